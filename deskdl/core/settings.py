"""Preferences that must be read before Qt or TensorFlow start: a small JSON file.

The device choice has to be known before TensorFlow initialises its runtime,
which happens long before a ``QSettings`` object could be made (and the CLI
never makes one). So these few preferences live in ``settings.json`` in the
user config folder (``platformdirs.user_config_dir``), or in
``$DESKDL_CONFIG_DIR`` when that is set (tests, portable installs).

The file is versioned (``{"version": 1, "values": {...}}``) and written
atomically. A missing, unreadable or damaged file reads as "all defaults": a
broken preference must never keep the app from starting.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from deskdl.core.project import atomic_write_text

APP_NAME = "deskdl"
FILE_NAME = "settings.json"
VERSION = 1

#: Known keys with their defaults. ``device``: ``"auto"``, ``"cpu"`` or ``"gpu:N"``; ``language``:
#: ``"system"`` (the system's, if deskdl has it) or a code of ``deskdl.core.i18n.LANGUAGES``.
DEFAULTS: dict[str, Any] = {"device": "auto", "language": "system"}


def config_dir() -> Path:
    """The folder holding ``settings.json`` (``DESKDL_CONFIG_DIR`` overrides it)."""
    env = os.environ.get("DESKDL_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_NAME))


def settings_path() -> Path:
    """Where the settings file is (it may not exist yet)."""
    return config_dir() / FILE_NAME


def load_all() -> dict[str, Any]:
    """Every stored value over the defaults; damaged files count as empty."""
    values = dict(DEFAULTS)
    try:
        doc = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        return values
    if isinstance(doc, dict) and isinstance(doc.get("values"), dict):
        values.update(doc["values"])
    return values


def get(key: str, default: Any = None) -> Any:
    """The stored value of ``key``, else its default (``default`` for unknown keys)."""
    return load_all().get(key, DEFAULTS.get(key, default))


def set(key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    """Store ``value`` under ``key`` (``None`` removes it); raises ``ProjectError`` if it cannot."""
    values = load_all()
    if value is None:
        values.pop(key, None)
    else:
        values[key] = value
    stored = {k: v for k, v in values.items() if k not in DEFAULTS or v != DEFAULTS[k]}
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps({"version": VERSION, "values": stored}, indent=2) + "\n")


def get_device() -> str:
    """The saved device preference: ``"auto"``, ``"cpu"`` or ``"gpu:N"``."""
    value = get("device")
    return value if isinstance(value, str) and value else "auto"


def set_device(value: str | None) -> None:
    """Save the device preference (``None`` goes back to ``"auto"``)."""
    set("device", value)
