"""Typed errors of the core. Each carries a learner-facing message and a fix."""

from __future__ import annotations


class DeskdlError(Exception):
    """Base of every error deskdl raises on purpose.

    ``message`` says what is wrong in plain words; ``fix`` says one concrete
    thing to do about it. ``str(err)`` joins both, ready for a dialog or the CLI.
    """

    def __init__(self, message: str, fix: str = "", *, node_id: str | None = None) -> None:
        self.message = message
        self.fix = fix
        self.node_id = node_id
        super().__init__(self.text)

    @property
    def text(self) -> str:
        """Message and fix as one sentence pair."""
        if self.fix:
            return f"{self.message.rstrip('.')}: {self.fix[0].lower()}{self.fix[1:]}"
        return self.message


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
