"""Process-wide set-up after TensorFlow is imported. Never imports Qt.

Importing TensorFlow and Keras creates about 280 000 Python objects that live
as long as the process. Python's cycle collector walks every one of them on
each full collection: about 0.12 s with the GIL held, which stalls the GUI
thread and adds to every training run (each run frees the previous model with
a full collection). :func:`settle_imports` moves them into the collector's
permanent generation (``gc.freeze``, microseconds), so later collections only
walk objects made since: a full collection drops from ~0.12 s to ~0.1 ms
(bench/bench_training.py shows the effect on run time). No collection runs
first: right after the imports there is no cyclic garbage to free (measured:
``gc.collect()`` finds 0 objects) and it would stall the GUI for 0.12 s.

The cost: an object that is alive at that moment and later becomes part of
an unreachable reference cycle is never reclaimed. It is called once, right
after the imports, when little else exists yet.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_settled = False


def settle_imports() -> bool:
    """Import TensorFlow and Keras (if not yet) and freeze every object alive now; once per process.

    Returns True the first time (when it did the work), False afterwards.
    """
    global _settled
    with _lock:
        if _settled:
            return False
        import keras  # noqa: F401
        import tensorflow  # noqa: F401

        gc.freeze()
        _settled = True
        return True
