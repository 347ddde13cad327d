"""Typed errors of the core, and the one way any error becomes words for a learner.

Every error deskdl raises on purpose is a :class:`DeskdlError` with a message and a fix.
:func:`learner_message` turns *any* exception (those, running out of memory, a Keras or
Python error) into a :class:`LearnerMessage`; its :attr:`~LearnerMessage.line` is the one-line
form (the CLI, ``str(err)``) and its :attr:`~LearnerMessage.paragraph` the GUI's form (a
sentence, then "What to do: ..."). The worker's failures (:func:`deskdl.qt.workers.describe_failure`),
a run's :class:`~deskdl.ml.training.TrainingError` and the CLI all go through these.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from deskdl.core.i18n import N_, translator

_ = translator("core.errors")


def one_line(message: str, fix: str = "") -> str:
    """Message and fix as one line: ``"what is wrong: what to do"``."""
    if fix:
        return f"{message.rstrip('.')}: {fix[0].lower()}{fix[1:]}"
    return message


def paragraph(message: str, fix: str = "") -> str:
    """``message`` as a sentence, then the fix on its own line after "What to do:"."""
    text = message.strip()
    text = text[:1].upper() + text[1:]
    if text and text[-1] not in ".!?":
        text += "."
    if fix:
        fix = fix.strip()
        text += "\n\n" + _("What to do: {fix}").format(fix=fix[:1].lower() + fix[1:])
        if fix[-1] not in ".!?":
            text += "."
    return text


class DeskdlError(Exception):
    """Base of every error deskdl raises on purpose.

    ``message`` says what is wrong in plain words; ``fix`` says one concrete
    thing to do about it. ``str(err)`` joins both, ready for a dialog or the CLI.
    ``kind`` names the family for :func:`learner_message` (subclasses set it).
    """

    kind = "error"

    def __init__(self, message: str, fix: str = "", *, node_id: str | None = None) -> None:
        self.message = message
        self.fix = fix
        self.node_id = node_id
        super().__init__(self.text)

    @property
    def text(self) -> str:
        """Message and fix as one sentence pair (:func:`one_line`)."""
        return one_line(self.message, self.fix)


#: Running out of memory is a teaching moment (DESIGN.md §4): what happened, and what to change.
OOM_TEXT = N_("the computer ran out of memory for this model and batch size")
OOM_FIX = N_("halve the batch size, or use fewer filters or units, or smaller images; nothing was lost: "
             "your model and settings are unchanged")
#: The fix for an error deskdl did not foresee: the app lives on, and the details hold the report.
UNEXPECTED_FIX = N_("the app is fine and nothing was lost; 'Show details' has the full technical report")


@dataclass(frozen=True)
class LearnerMessage:
    """What went wrong and what to do, for a learner; ``details`` is the technical report.

    ``kind``: ``error``, ``oom``, ``data``, ``build``, or a run's own (``nan``, ``settings`` ...).
    """

    message: str
    fix: str = ""
    kind: str = "error"
    details: str = ""
    node_id: str | None = None

    @property
    def line(self) -> str:
        """One line (:func:`one_line`), for the CLI and status lines."""
        return one_line(self.message, self.fix)

    @property
    def paragraph(self) -> str:
        """A sentence and "What to do: ..." (:func:`paragraph`), for the GUI."""
        return paragraph(self.message, self.fix)


def error_line(file: str | None, text: str) -> str:
    """``deskdl: error: FILE: text`` on one line (the file named once): every command line error."""
    text = " ".join(str(text).split())
    if file:
        for prefix in (f"{file}: ", f"{file} "):
            if text.startswith(prefix):
                text = text[len(prefix):]
                break
        return f"deskdl: error: {file}: {text}"
    return f"deskdl: error: {text}"


def is_out_of_memory(err: BaseException) -> bool:
    """TensorFlow's ResourceExhaustedError, Python's MemoryError, or TF's "OOM when allocating"."""
    return (type(err).__name__ == "ResourceExhaustedError" or isinstance(err, MemoryError)
            or (not isinstance(err, DeskdlError) and "OOM" in str(err)[:200]))


def learner_message(err: BaseException) -> LearnerMessage:
    """The one way deskdl turns an exception into words a learner can act on.

    A :class:`DeskdlError` keeps its message, fix, kind and node; running out of memory gets
    :data:`OOM_TEXT` and :data:`OOM_FIX`; anything else names the error and its first line,
    with :data:`UNEXPECTED_FIX`. ``details`` is the traceback (or the error's own details).
    """
    details = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    if is_out_of_memory(err):
        return LearnerMessage(_(OOM_TEXT), _(OOM_FIX), "oom", details)
    if isinstance(err, DeskdlError):
        return LearnerMessage(err.message, err.fix, str(getattr(err, "kind", "error") or "error"),
                              getattr(err, "details", "") or details, err.node_id)
    name = type(err).__name__
    text = str(err).strip()
    first = text.splitlines()[0] if text else name
    if len(first) > 300:
        first = first[:300] + "..."
    return LearnerMessage(_("training stopped with an error: {name}: {first}").format(name=name, first=first),
                          _(UNEXPECTED_FIX), "error", details)


class GraphError(DeskdlError):
    """A graph edit that cannot be made."""


class UnknownNodeError(GraphError):
    """A node id that is not in the graph."""


class DuplicateIdError(GraphError):
    """Adding a node whose id is already taken."""


class UnknownLayerError(GraphError):
    """A layer type that the catalog does not know."""


class CycleError(GraphError):
    """A link that would make data flow in a circle."""


class ArityError(GraphError):
    """A link to a layer that already has all the inputs it can take."""


class SelfLoopError(CycleError):
    """A link from a layer to itself."""


class ParamError(DeskdlError):
    """A parameter value that the layer cannot accept."""


class ShapeError(DeskdlError):
    """Input shapes that a layer cannot work with.

    ``action`` is an optional :class:`deskdl.core.catalog.FixAction` (without
    node id) that repairs the graph in one click, e.g. insert a Flatten.
    """

    def __init__(self, message: str, fix: str = "", *, action: object = None,
                 node_id: str | None = None) -> None:
        super().__init__(message, fix, node_id=node_id)
        self.action = action


class ProjectError(DeskdlError):
    """A project file that cannot be read or written."""
