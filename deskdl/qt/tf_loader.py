"""TensorFlow loads on its own thread so the window is usable at once.

:class:`KerasThread` owns one QThread for all Keras work (DESIGN.md §3:
Keras keeps per-thread state and TF is not safe for concurrent use). Its first
job imports TensorFlow and Keras and sets up the device; later jobs (importing
a ``.keras`` file, a training run) go through :meth:`KerasThread.submit` and
run one at a time on the same thread. The GUI thread never imports TensorFlow.

Results come back as queued signals to the GUI-thread :class:`KerasThread`
object, which calls the callbacks given to ``submit`` there.

A QThread must never be destroyed while it runs: Qt aborts the process
("QThread: Destroyed while thread 'deskdl-keras' is still running", SIGABRT).
:meth:`KerasThread.shutdown` therefore keeps its thread until it has really
ended, and an ``atexit`` hook joins any Keras thread still running when
Python exits (a start-up that raised while TensorFlow was importing, a script
that never called ``shutdown``) before PySide6 tears the widgets down.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import os
import sys
import traceback
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from deskdl.core.i18n import translator

IDLE, LOADING, READY, FAILED = "idle", "loading", "ready", "failed"

#: How long quitting waits for the Keras thread (a TensorFlow import or a batch cannot be cut short).
SHUTDOWN_TIMEOUT_MS = 60_000

_log = logging.getLogger(__name__)
_ = translator("qt.tf_loader")

#: Keras threads that were started and not yet joined (for the exit hook).
_running: weakref.WeakSet[KerasThread] = weakref.WeakSet()


def load_tensorflow(device: str | None = None) -> dict[str, Any]:
    """Import TensorFlow and Keras, choose the device; runs on the Keras thread.

    Returns a plain dict (it crosses threads): ``device`` (a label such as
    ``"CPU"`` or a GPU name), ``tensorflow`` and ``keras`` versions, and
    ``note`` (a sentence for the user when the device fell back, else ``""``).
    """
    import os

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("TF_FORCE_GPU_ALLOW_GROWTH", "true")
    info: dict[str, Any] = {"device": "CPU", "note": ""}
    from deskdl.logsetup import import_tensorflow_quietly

    try:
        import_tensorflow_quietly()  # its start-up banners go to deskdl.log, not the terminal
    except ImportError:
        pass  # the imports below raise it again, for the "TensorFlow did not load" status
    try:
        from deskdl.ml import device as device_mod
    except ImportError:
        device_mod = None
    setup = getattr(device_mod, "setup_device", None)
    result = None
    fallback_note = ""
    if setup is not None:
        try:
            result = setup(device) if device is not None else setup()
        except Exception as err:  # noqa: BLE001 - a bad --device choice must not cost TensorFlow
            if device is None:
                raise
            fallback_note = _("{problem} Using the automatic choice instead.").format(
                problem=getattr(err, "text", None) or err)
            result = setup()
    import keras
    import tensorflow as tf

    from deskdl.ml.runtime import settle_imports

    settle_imports()
    info["tensorflow"] = tf.__version__
    info["keras"] = keras.__version__
    info.update(_device_info(result, tf))
    if fallback_note:
        info["note"] = fallback_note
    return info


def _device_info(result: Any, tf: Any) -> dict[str, Any]:
    """Turn whatever ``setup_device`` returned into ``device``/``note`` entries."""
    out: dict[str, Any] = {}
    if result is not None:
        get = result.get if isinstance(result, dict) else lambda k, d=None: getattr(result, k, d)
        label = get("label") or get("name") or get("device")
        if isinstance(label, str) and label:
            out["device"] = label
        note = get("note") or get("message") or get("warning")
        if isinstance(note, str):
            out["note"] = note
        if not out and isinstance(result, str):
            out["device"] = result
        return out
    try:
        gpus = tf.config.list_physical_devices("GPU")
    except Exception:  # noqa: BLE001 - a broken GPU stack still leaves the CPU
        gpus = []
    if gpus:
        out["device"] = f"GPU ({gpus[0].name.split(':', 1)[-1]})"
    return out


class PythonLoopThread(QThread):
    """A QThread whose event loop runs inside one Python call, keeping one Python thread state.

    A plain QThread runs each queued Python slot with a fresh thread state;
    TensorFlow's pybind11 code caches the state of the thread it first ran on,
    so the second job on such a thread crashes inside ``gil_scoped_acquire``
    (a segfault in ``take_gil``). Running ``exec()`` from a Python ``run()``
    keeps one state alive for the thread's whole life.
    """

    python_loop = True

    def run(self) -> None:
        """Process queued jobs until ``quit()``."""
        _yield_to_gui()
        self.exec()


def _yield_to_gui() -> None:
    """Give this thread (and the TensorFlow threads it will create) a lower CPU priority.

    On Linux the nice value is per thread and new threads inherit it, so TF's
    compute pools, created from here, step aside when the GUI thread needs a
    core: the window stays responsive while training still uses idle cores.
    """
    import os
    import threading

    if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 5)
        except OSError:
            pass


class _JobWorker(QObject):
    """Lives on the Keras thread; runs one callable per queued ``run_job`` call."""

    job_finished = Signal(int, object)
    job_failed = Signal(int, str)

    @Slot(int, object)
    def run_job(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except BaseException as err:  # noqa: BLE001 - every failure goes back to the GUI
            from deskdl.core.errors import DeskdlError, paragraph

            if isinstance(err, DeskdlError):  # the GUI's form: a sentence, then "What to do: ..."
                text = paragraph(err.message, err.fix)
            else:
                text = "".join(traceback.format_exception(err))
            self.job_failed.emit(job_id, str(text))
        else:
            self.job_finished.emit(job_id, result)


class KerasThread(QObject):
    """The one thread where TensorFlow lives, and its loading state.

    Signals: ``loaded(dict)`` once TF is ready (the dict of :func:`load_tensorflow`),
    ``load_failed(str)`` if it could not be imported, ``state_changed(str)``
    with ``idle``/``loading``/``ready``/``failed``, ``busy_changed(bool)`` while
    any job runs. ``loader`` replaces :func:`load_tensorflow` (tests use a fake).
    """

    loaded = Signal(dict)
    load_failed = Signal(str)
    state_changed = Signal(str)
    busy_changed = Signal(bool)
    _submit = Signal(int, object)

    def __init__(self, loader: Callable[[], dict] | None = None, parent: QObject | None = None,
                 device: str | None = None) -> None:
        super().__init__(parent)
        self._loader = loader or (lambda: load_tensorflow(device))
        self.state = IDLE
        self.info: dict[str, Any] = {}
        self.error = ""
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._thread: QThread | None = None
        self._worker: _JobWorker | None = None
        self._load_queued = False

    @property
    def is_ready(self) -> bool:
        """True once TensorFlow imported fine on the Keras thread."""
        return self.state == READY

    @property
    def worker_thread(self) -> QThread | None:
        """The QThread all Keras work runs on (None before :meth:`start`).

        Other workers (training) ``moveToThread`` onto it so every Keras call
        happens on this one thread. Not ``thread()``: that is QObject's own
        method and answers the GUI thread this object lives on.
        """
        return self._thread

    @property
    def busy(self) -> bool:
        """Whether a job (the load included) is queued or running."""
        return bool(self._callbacks)

    def start(self) -> None:
        """Start the thread and queue the TensorFlow load (once)."""
        self.start_thread()
        if self._load_queued:
            return
        self._load_queued = True
        self._set_state(LOADING)
        self._queue(self._loader, self._on_loaded, self._on_load_failed)

    def start_thread(self) -> None:
        """Start the thread without loading TensorFlow yet (idempotent).

        Workers can move onto the thread at once while the window is still being
        built: the TensorFlow import holds the GIL for long stretches, so it only
        begins with :meth:`start`, once the window has painted and its tabs exist.
        """
        if self._thread is not None:
            return
        self._thread = PythonLoopThread()
        self._thread.setObjectName("deskdl-keras")
        self._worker = _JobWorker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run_job)
        self._worker.job_finished.connect(self._on_job_finished)
        self._worker.job_failed.connect(self._on_job_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        _running.add(self)

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[str], None] | None = None) -> int:
        """Run ``fn()`` on the Keras thread after the jobs before it; returns a job id.

        ``on_done(result)`` or ``on_error(text)`` is called on the GUI thread.
        ``fn`` must not touch widgets. Jobs queued before TF is ready run after the load.
        """
        self.start()  # the load is always the first job
        return self._queue(fn, on_done, on_error)

    def _queue(self, fn, on_done, on_error) -> int:
        job_id = next(self._ids)
        was_busy = self.busy
        self._callbacks[job_id] = (on_done, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        self._submit.emit(job_id, fn)
        return job_id

    def shutdown(self, timeout_ms: int = SHUTDOWN_TIMEOUT_MS) -> bool:
        """Stop the thread after its current job (call on exit; blocks until it ends).

        Jobs still queued behind the current one are dropped. Returns True once
        the thread has ended (or never started). If it is still busy after
        ``timeout_ms`` (a TensorFlow import, a long batch) it returns False and
        keeps the thread: dropping a running QThread makes Qt abort the process.
        """
        thread = self._thread
        if thread is None:
            return True
        thread.quit()
        if not thread.wait(timeout_ms) and thread.isRunning():
            _log.warning("the Keras thread did not end within %d ms", timeout_ms)
            return False
        self._thread = None
        self._worker = None
        self._load_queued = False
        _running.discard(self)
        return True

    # ------------------------------------------------------------------ slots
    @Slot(int, object)
    def _on_job_finished(self, job_id: int, result: object) -> None:
        on_done, _on_error = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        if on_done is not None:
            on_done(result)

    @Slot(int, str)
    def _on_job_failed(self, job_id: int, text: str) -> None:
        _on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        if on_error is not None:
            on_error(text)

    def _on_loaded(self, info: object) -> None:
        self.info = dict(info) if isinstance(info, dict) else {"device": str(info)}
        self.info.setdefault("device", "CPU")
        self._set_state(READY)
        self.loaded.emit(self.info)

    def _on_load_failed(self, text: str) -> None:
        self.error = text
        self._set_state(FAILED)
        self.load_failed.emit(text)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)


def exit_now(code: int) -> None:
    """End the process at once with ``code``, skipping Python's and Qt's teardown.

    The last resort when a Keras thread cannot be joined: tearing down with it
    still running ends in a SIGABRT (Qt) or a crash inside TensorFlow. Logs and
    standard streams are flushed first.
    """
    _log.error("quitting without teardown: the Keras thread is still busy")
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def join_all(timeout_ms: int = SHUTDOWN_TIMEOUT_MS) -> bool:
    """Shut down every Keras thread still running; True when all of them ended."""
    ok = True
    for keras in list(_running):
        try:
            ok = keras.shutdown(timeout_ms) and ok
        except RuntimeError:  # its C++ side is gone already; nothing of ours left to join
            _running.discard(keras)
    return ok


# atexit runs hooks last-in first-out: this one is registered after PySide6's own (QtCore's import
# above registers them), so it runs before PySide6 and Python start destroying objects.
@atexit.register
def _join_at_exit() -> None:
    """Join Keras threads still running when Python exits, before anything is torn down."""
    if not join_all():
        exit_now(1)
