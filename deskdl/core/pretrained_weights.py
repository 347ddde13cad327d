"""Where the ImageNet weights of a ``keras.applications`` model live in the Keras cache (pure Python).

Keras's ``get_file`` keeps them in ``<keras home>/models/<file>``; the keras home is ``$KERAS_HOME``
or ``~/.keras`` (Keras falls back to ``/tmp/.keras`` when that cannot be written). The file name,
URL and checksum of each model's no-top weights come from Keras itself (recorded in
``resources/applications/table.json`` by :mod:`deskdl.ml.applications_table`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def keras_home() -> Path:
    """``$KERAS_HOME`` or ``~/.keras``, as Keras reads it (at call time)."""
    env = os.environ.get("KERAS_HOME")
    return Path(env).expanduser() if env else Path("~/.keras").expanduser()


def models_dir() -> Path:
    """``<keras home>/models``, where ``keras.applications`` looks for weights."""
    return keras_home() / "models"


def weights_side(name: str, side: int | None) -> int:
    """The input side whose weights Keras loads: MobileNet(V2) have several, the rest one."""
    from deskdl.core.layers.pretrained import table

    options = sorted(int(s) for s in table()[name]["weights"])
    if side in options:
        return int(side)
    return 224 if 224 in options else options[-1]


def weights_entry(name: str, side: int | None = None) -> dict[str, Any] | None:
    """File name, URL, checksum (or None), cache path and whether it is there, for ``name``'s weights."""
    from deskdl.core.layers.pretrained import table

    if name not in table():
        return None
    info = dict(table()[name]["weights"][str(weights_side(name, side))])
    path = keras_home() / info.get("subdir", "models") / info["file"]
    info["path"] = str(path)
    info["present"] = path.is_file() and path.stat().st_size > 0
    return info


def present_weights() -> list[tuple[str, str]]:
    """(model, file) for every application model whose ImageNet weights are in the cache."""
    from deskdl.core.layers.pretrained import table

    found = []
    for name, entry in sorted(table().items()):
        for info in entry["weights"].values():
            if (keras_home() / info.get("subdir", "models") / info["file"]).is_file():
                found.append((name, info["file"]))
    return found
