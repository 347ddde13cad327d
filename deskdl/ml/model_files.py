"""A trained model's ``.keras`` file, written and read on the Keras thread.

The Qt side (:mod:`deskdl.qt.trained`, the Evaluate tab's Save) only asks the
worker to run these; nothing here knows a window exists.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def save_model_file(model: Any, path: str) -> str:
    """Write ``model`` to ``path`` via a temporary file and a rename.

    If the write fails, an older file at ``path`` (an earlier run's model) is removed too:
    the project just saved names the newest run, and opening it should say "train again"
    rather than show the older model under the newer run's scores.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.stem}.saving.keras")
    try:
        model.save(str(tmp))
        os.replace(tmp, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        if tmp.exists():
            tmp.unlink()
    return str(target)


def save_model(model: Any, path: str) -> str:
    """Write a ``.keras`` file the learner chose (the ending is added when missing); returns its path."""
    if not path.endswith(".keras"):
        path += ".keras"
    model.save(path)
    return path


def load_model_file(path: str) -> Any:
    """Read a model saved by :func:`save_model_file`: safe mode, deskdl's own layers known, not compiled."""
    import keras

    from deskdl.ml.custom_layers import custom_objects

    return keras.saving.load_model(path, custom_objects=custom_objects(), compile=False, safe_mode=True)


def load_model_files(paths: Mapping[str, str]) -> dict[str, Any]:
    """One saved model per role (:func:`load_model_file` each)."""
    return {role: load_model_file(path) for role, path in paths.items()}


def input_shape(model: Any) -> list[int | None]:
    """The shape of one input example of ``model`` (its first input, without the batch axis)."""
    return [None if d is None else int(d) for d in model.inputs[0].shape[1:]]
