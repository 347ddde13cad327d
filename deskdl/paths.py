"""Where the bundled ``resources`` folder is, from source and in a frozen app.

From a source checkout (or an editable install) ``resources/`` sits next to the
``deskdl`` package. In a PyInstaller build it is unpacked beside the
executable's support files, in ``sys._MEIPASS``. ``DESKDL_RESOURCES`` overrides
both (tests, portable installs). This module imports nothing heavy: the
frozen app's log set-up and the self-test call it before Qt or Keras load.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside a PyInstaller (or similar) build."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The bundled ``resources`` folder (templates, projects, data sets, icons, lessons)."""
    env = os.environ.get("DESKDL_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A path inside :func:`resources_dir`, e.g. ``resource("templates", "mlp_2d.deskdl")``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's deskdl data folder (lesson progress, recovery files); ``DESKDL_DATA_DIR`` overrides it.

    The same folder as ``deskdl.qt.settings.data_dir`` (platformdirs' user data dir for app and
    author "deskdl"), without Qt, so the core and the command line find it too.
    """
    env = os.environ.get("DESKDL_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("deskdl", "deskdl"))
