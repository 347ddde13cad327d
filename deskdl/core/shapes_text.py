"""The one way deskdl writes a tensor shape for the learner (issue 18).

Every view that shows a shape (Properties, Summary, the Problems list, canvas cards and
links, the data checks and the shape messages of the catalog) calls :func:`shape_text`.

The notation is the shape of ONE example, the batch dimension left out, written as a
Python tuple: ``(28, 28, 1)`` for a grey image, ``(784,)`` for a flat vector,
``(any, 16)`` for a sequence whose length may vary. Why this one:

* it is what ``x.shape[1:]`` prints for a NumPy array of examples, and what the learner
  types for an Input (``28, 28, 1``), so the app, the exported code and the data agree;
* the batch size is not part of the model (Keras fills it in at training time), so
  showing ``None`` in every shape only adds a puzzle; :data:`BATCH_NOTE` explains it once
  where shapes first appear (the Summary's heading, the Properties shape line);
* it fits a canvas card and link (``(28, 28, 1)`` is 11 characters) and reads the same
  in a sentence ("Reshape to (28, 28, 1)"), which ``28×28×1`` with ``?`` did not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from deskdl.core.i18n import N_, tr

#: How a size that may vary (``None`` in Keras) is written (in English; :func:`shape_text` shows it in the
#: app's language, ``tr("core.shapes_text", ANY)``: nothing reads a shown shape back).
ANY = N_("any")
#: How a shape that is not known (the layer has a problem upstream) is written.
UNKNOWN = "?"
#: The one explanation of the missing batch dimension, shown where shapes first appear.
#: Marked for translation (context "core.shapes_text"): show it with ``tr("core.shapes_text", BATCH_NOTE)``.
BATCH_NOTE = N_("Shapes are for one example: (28, 28, 1) is one 28×28 grey image. Keras also puts the batch "
                "(how many examples go through at once) in front, shown as None in Keras's own summary; "
                "'any' marks a size that may vary.")
#: The same in one line, for the Summary's caption (its tooltip has :data:`BATCH_NOTE`).
BATCH_NOTE_SHORT = N_("Shapes are for one example; Keras adds the batch size in front (None in its summary).")


def shape_text(shape: Sequence[Any] | None, *, batch: bool = False) -> str:
    """``shape`` the way deskdl shows it: ``(28, 28, 1)``, ``(784,)``, ``(any, 16)``.

    ``batch=True`` means ``shape`` starts with the batch dimension, as Keras and
    :mod:`deskdl.core.analysis` keep shapes; it is left out. ``None`` gives ``?``.
    """
    if shape is None:
        return UNKNOWN
    dims = list(shape)[1:] if batch else list(shape)
    any_size = tr("core.shapes_text", ANY)
    words = [any_size if d is None else str(d) for d in dims]
    return f"({words[0]},)" if len(words) == 1 else f"({', '.join(words)})"


__all__ = ["ANY", "BATCH_NOTE", "BATCH_NOTE_SHORT", "UNKNOWN", "shape_text"]
