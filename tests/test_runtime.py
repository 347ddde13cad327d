"""deskdl.ml.runtime: the objects of the TensorFlow import leave the cycle collector's work."""

from __future__ import annotations

import gc

from deskdl.ml.runtime import settle_imports


def test_settle_imports_freezes_once():
    settle_imports()
    frozen = gc.get_freeze_count()
    assert frozen > 100_000  # TensorFlow and Keras alone make far more objects than this
    assert settle_imports() is False  # once per process, however often it is called
    assert gc.get_freeze_count() == frozen
