"""Quitting while TensorFlow still imports on the Keras thread never aborts the process.

A start-up that raised (a panel failing to build) left the 'deskdl-keras'
QThread importing TensorFlow; Python then tore the window down with the thread
running and Qt aborted ("QThread: Destroyed while thread 'deskdl-keras' is
still running", SIGABRT, exit 134) instead of exiting with the one-line error.
The subprocess tests use a stand-in loader that sleeps instead of importing
TensorFlow, so they take seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from deskdl.paths import resource
from deskdl.qt.tf_loader import KerasThread

#: Run in the child: a TensorFlow "import" that takes LOAD_S seconds, then the given code.
PRELUDE = """
import os, sys, time
import deskdl.qt.tf_loader as tf_loader

def slow_load(device=None):
    time.sleep(float(os.environ["LOAD_S"]))
    return {"device": "CPU (stand-in)", "tensorflow": "0", "keras": "0", "note": ""}

tf_loader.load_tensorflow = slow_load
"""

#: The screenshot start-up, with the stage tabs failing as a half-edited module made them fail.
BROKEN_TABS = PRELUDE + """
from deskdl.qt.main_window import MainWindow

def broken(self):
    self.keras.start()
    raise NameError("name 'field' is not defined")

MainWindow.install_stage_tabs = broken
from deskdl.cli import main
sys.exit(main(sys.argv[1:]))
"""

#: A script that starts the Keras thread and exits without calling shutdown().
NO_SHUTDOWN = PRELUDE + """
from PySide6.QtWidgets import QApplication
app = QApplication([])
keras = tf_loader.KerasThread()
keras.start()
time.sleep(0.3)
print("leaving", keras.state)
"""

ABORT_SIGNS = ("Destroyed while thread", "Fatal Python error", "terminate called", "Aborted")


def _run(tmp_path, code: str, *args: str, load_s: float = 3.0, **env: str):
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOAD_S=str(load_s),
                   DESKDL_DATA_DIR=str(tmp_path / "data"), DESKDL_CONFIG_DIR=str(tmp_path / "config"),
                   **env)
    out = subprocess.run([sys.executable, "-X", "faulthandler", "-c", code, *args], capture_output=True,
                         text=True, timeout=90, env=environ)
    for sign in ABORT_SIGNS:
        assert sign not in out.stderr, f"exit {out.returncode}:\n{out.stderr[-3000:]}"
    return out


def _shot_args(tmp_path, tab: str = "Train") -> list[str]:
    return ["--project", str(resource("templates", "resnet_block.deskdl")), "--theme", "dark",
            "--tab", tab, "--screenshot", str(tmp_path / "shot.png")]


def test_a_start_up_error_while_tensorflow_loads_exits_with_the_error_not_an_abort(tmp_path):
    out = _run(tmp_path, BROKEN_TABS, *_shot_args(tmp_path))
    assert out.returncode == 2, out.stderr[-3000:]
    assert "deskdl: error: unexpected problem: NameError: name 'field' is not defined" in out.stderr


def test_a_script_that_never_shuts_the_keras_thread_down_still_exits_cleanly(tmp_path):
    out = _run(tmp_path, NO_SHUTDOWN, load_s=2.0)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["leaving", "loading"]


def test_an_early_screenshot_quits_cleanly_while_tensorflow_still_loads(tmp_path):
    code = PRELUDE + "from deskdl.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    out = _run(tmp_path, code, *_shot_args(tmp_path, "Data"), DESKDL_SCREENSHOT_EARLY="1")
    assert out.returncode == 0, out.stderr[-3000:]
    assert (tmp_path / "shot.png").stat().st_size > 10_000


def test_shutdown_keeps_a_thread_that_has_not_ended_and_joins_it_later(qapp):
    started, gate = threading.Event(), threading.Event()

    def load():
        started.set()
        gate.wait(10)
        return {"device": "CPU"}

    keras = KerasThread(loader=load)
    keras.start()
    try:
        assert started.wait(10)
        assert keras.shutdown(timeout_ms=200) is False  # still "importing": not dropped (Qt would abort)
        assert keras.worker_thread is not None and keras.worker_thread.isRunning()
    finally:
        gate.set()
    assert keras.shutdown() is True
    assert keras.worker_thread is None
    assert keras.shutdown() is True  # idempotent
