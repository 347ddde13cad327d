"""Where deskdl keeps its files and settings, and the bundled resources folder.

Tests (and portable installs) move every user folder with environment
variables: ``DESKDL_CONFIG_DIR`` for settings, ``DESKDL_DATA_DIR`` for the
recovery file and other data. Settings keys carry a version so a changed
meaning never reads an old value.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from deskdl import paths

APP_NAME = "deskdl"
ORG_NAME = "deskdl"

#: Settings keys (bump the suffix when a key's meaning changes).
KEY_GEOMETRY = "window/geometry/v1"
KEY_STATE = "window/state/v1"
#: One dock layout per stage tab (``KEY_STAGE_LAYOUT/Build``, ...) and each stage panel's own columns.
KEY_STAGE_LAYOUT = "window/stage_layout/v1"
KEY_STAGE_PANEL = "window/stage_panel/v1"
KEY_RECENT = "files/recent/v1"
KEY_THEME = "view/theme/v1"
KEY_LAST_DIR = "files/last_dir/v1"
MAX_RECENT = 8


def resources_dir() -> Path:
    """The bundled ``resources`` folder (:func:`deskdl.paths.resources_dir`: source, frozen or overridden)."""
    return paths.resources_dir()


def templates_dir() -> Path:
    """Starting points offered by File > New from template."""
    return resources_dir() / "templates"


def default_project_path() -> Path:
    """The project the app opens on when it is given none."""
    return resources_dir() / "projects" / "spiral.deskdl"


def data_dir() -> Path:
    """The user data folder (recovery files); ``DESKDL_DATA_DIR`` overrides it."""
    env = os.environ.get("DESKDL_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def make_settings() -> QSettings:
    """The app's settings store; an ini file in ``DESKDL_CONFIG_DIR`` when that is set."""
    env = os.environ.get("DESKDL_CONFIG_DIR")
    if env:
        Path(env).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(env) / "deskdl.ini"), QSettings.Format.IniFormat)
    return QSettings(ORG_NAME, APP_NAME)


def recent_files(settings: QSettings | None = None) -> list[str]:
    """Recently opened or saved projects, newest first, only those that still exist."""
    settings = settings or make_settings()
    value = settings.value(KEY_RECENT, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [p for p in (value or []) if isinstance(p, str) and Path(p).is_file()]


def add_recent_file(path: str | os.PathLike[str], settings: QSettings | None = None) -> list[str]:
    """Put ``path`` first in the recent list and return the new list."""
    settings = settings or make_settings()
    path = str(Path(path).resolve())
    items = [p for p in recent_files(settings) if p != path]
    items.insert(0, path)
    del items[MAX_RECENT:]
    settings.setValue(KEY_RECENT, items)
    return items
