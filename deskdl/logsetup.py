"""Logging to a file, and safe standard streams, for windowed and frozen builds.

A windowed app (``pythonw``, a PyInstaller build made with ``console=False``
on Windows) starts with ``sys.stdout = sys.stderr = None``: the first
``print`` or progress bar from Keras raises, and Python's logging has nowhere
to write. :func:`setup_logging` fixes both, and must run before Keras or
TensorFlow are imported:

* a ``None`` stream becomes a writable null stream (``os.devnull``);
* the root logger writes to ``deskdl.log`` in the user's log folder
  (``platformdirs.user_log_dir``, or ``$DESKDL_DATA_DIR/logs`` when that is
  set, as in tests and portable installs), rotated at 1 MB, three old files
  kept; ``warnings`` go there too, and uncaught exceptions (also those that
  PySide6 reports from slots) are logged before the usual hook runs;
* TensorFlow's C++ log is quietened (``TF_CPP_MIN_LOG_LEVEL=2``, unless the
  user set it) and, when there was no real stderr, file descriptor 2 is
  pointed at the log file so what C++ still prints lands there too;
* ``faulthandler`` writes a hard crash's Python stack to ``crash.log`` beside
  the log (unless something, such as pytest, enabled it already).

It is cheap (stdlib only; platformdirs when no override is set) and
idempotent: call it from every entry point.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import tempfile
import warnings
from pathlib import Path
from typing import IO, Any

APP_NAME = "deskdl"
LOG_FILE = "deskdl.log"
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3

_state: dict[str, Any] = {"handler": None, "path": None, "fault_file": None, "hooked": False}


def log_dir() -> Path:
    """The folder for log files: ``$DESKDL_DATA_DIR/logs`` if set, else the platform's user log folder."""
    env = os.environ.get("DESKDL_DATA_DIR")
    if env:
        return Path(env) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_NAME))


def log_path() -> Path:
    """The current log file (it may not exist yet)."""
    return log_dir() / LOG_FILE


def fix_std_streams() -> list[str]:
    """Replace a ``None`` ``sys.stdout``/``sys.stderr`` (and their ``__dunder__`` twins) with a null stream.

    Returns the names that were replaced (empty from a terminal).
    """
    replaced = []
    for name in ("stdout", "stderr", "__stdout__", "__stderr__"):
        if getattr(sys, name, None) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives for the process
            replaced.append(name)
    return replaced


def _redirect_fd2(path: Path) -> None:
    """Point file descriptor 2 at the log, so C++ libraries' stderr output is kept (best effort)."""
    try:
        fd = os.open(str(path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.dup2(fd, 2)
        os.close(fd)
    except OSError:
        pass


def _excepthook(exc_type, exc, tb) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        logging.getLogger("deskdl").critical("uncaught exception", exc_info=(exc_type, exc, tb))
    previous = _state.get("previous_hook") or sys.__excepthook__
    try:
        previous(exc_type, exc, tb)
    except Exception:  # noqa: BLE001 - a broken stream must not hide the logged error
        pass


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Make streams safe and send logging, warnings and crashes to the log file.

    Returns the log file's path, or ``None`` when no log folder could be made
    (a read-only home): the app still runs, it just keeps no log.
    """
    replaced = fix_std_streams()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    root = logging.getLogger()
    if _state["path"] != path:
        old = _state["handler"]
        if old is not None:
            root.removeHandler(old)
            old.close()
        try:
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
            )
        except OSError:
            return None
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler.setLevel(level)
        root.addHandler(handler)
        _state.update(handler=handler, path=path)
        if root.level > level or root.level == logging.NOTSET:
            root.setLevel(level)
        _enable_faulthandler(path)
    logging.captureWarnings(True)
    if not _state["hooked"]:
        _state["previous_hook"] = sys.excepthook
        sys.excepthook = _excepthook
        _state["hooked"] = True
    if "stderr" in replaced and os.name != "nt":
        _redirect_fd2(path)
    logging.getLogger("deskdl").info(
        "deskdl started (python %s, %s%s)", sys.version.split()[0], sys.platform,
        ", frozen" if getattr(sys, "frozen", False) else "",
    )
    return path


def _enable_faulthandler(path: Path) -> None:
    """Dump the Python stack of a hard crash (segfault, abort) into a ``crash.log`` beside the log."""
    old: IO[str] | None = _state["fault_file"]
    if old is None and faulthandler.is_enabled():
        return  # someone else (pytest, python -X faulthandler) already reports crashes
    try:
        fault = open(path.with_name("crash.log"), "a", encoding="utf-8")  # noqa: SIM115 - lives for the process
    except OSError:
        return
    try:
        faulthandler.enable(file=fault)
    except (OSError, ValueError, RuntimeError):
        fault.close()
        return
    _state["fault_file"] = fault
    if old is not None:
        old.close()


def quiet_tensorflow_settings() -> None:
    """Settings that keep TensorFlow's and Keras's chatter off the terminal; cheap, call before any TF import.

    The one place for them (the CLI and the app both call it): the C++ log level,
    Python warnings from Keras, TensorFlow, absl and h5py, and absl's Python log.
    oneDNN stays on (it is faster); its start-up notice is caught by
    :func:`import_tensorflow_quietly`.
    """
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("TF_FORCE_GPU_ALLOW_GROWTH", "true")  # importing needs no whole GPU
    warnings.filterwarnings("ignore", module=r"(keras|tensorflow|absl|h5py)(\..*)?")
    try:
        import absl.logging

        absl.logging.set_verbosity(absl.logging.ERROR)
    except ImportError:  # pragma: no cover - absl comes with TensorFlow
        pass


def import_tensorflow_quietly() -> None:
    """Import TensorFlow and Keras with what their C++ start-up prints kept off the terminal.

    TensorFlow 2.21 prints "All log messages before absl::InitializeLog() ..." and the
    oneDNN notice straight to file descriptor 2 while it loads, whatever
    ``TF_CPP_MIN_LOG_LEVEL`` says, so an error line of ours was no longer the only line
    on stderr. During the import, descriptor 2 points at a temporary file; what landed
    there goes to the log file. Once per process (a no-op when TensorFlow is loaded).
    """
    if "tensorflow" in sys.modules:
        return
    quiet_tensorflow_settings()
    try:
        saved = os.dup(2)
    except OSError:  # no descriptor 2 at all (a windowed app): nothing to keep clean
        import keras  # noqa: F401
        import tensorflow  # noqa: F401
        return
    with tempfile.TemporaryFile() as caught:
        for stream in (sys.stderr, sys.__stderr__):
            _flush(stream)
        os.dup2(caught.fileno(), 2)
        try:
            import keras  # noqa: F401
            import tensorflow  # noqa: F401
        finally:
            for stream in (sys.stderr, sys.__stderr__):
                _flush(stream)
            os.dup2(saved, 2)
            os.close(saved)
        caught.seek(0)
        text = caught.read().decode("utf-8", "replace").strip()
    if text:
        logging.getLogger("deskdl.tensorflow").info("TensorFlow said while loading:\n%s", text)


def _flush(stream: Any) -> None:
    try:
        stream.flush()
    except (AttributeError, OSError, ValueError):
        pass
