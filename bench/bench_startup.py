"""Cold start to a drawn main window, against a bare PySide6 window as the baseline.

Each run is a fresh interpreter (``python -c``). The parent passes its
``time.perf_counter()`` just before launching (a system-wide monotonic clock on
Linux, macOS and Windows), so the child reports the time from process launch
to a painted window, interpreter start-up included. The child also reports
whether ``tensorflow`` was in ``sys.modules`` at that moment: the GUI thread
must never import it (and the Keras thread is not even started yet).

Run: ``.venv/bin/python bench/bench_startup.py [runs]``. Target: deskdl under 1.5 s.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

DESKDL = r"""
import os, sys, time, json
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtWidgets import QApplication
from deskdl.qt.app import create_window
w = create_window(None, screenshot=True)
w.show()
app = QApplication.instance()
while w.windowHandle() is None or not w.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
w.repaint()
t = time.perf_counter() - t0
print(json.dumps({"seconds": t, "tensorflow": "tensorflow" in sys.modules, "keras": "keras" in sys.modules,
                  "nodes": len(w.project.graph)}))
w.discard_changes()
os._exit(0)
"""

BASELINE = r"""
import os, sys, time, json
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.resize(1440, 900)
w.show()
while w.windowHandle() is None or not w.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
w.repaint()
print(json.dumps({"seconds": time.perf_counter() - t0}))
os._exit(0)
"""


def run_once(code: str, env: dict[str, str]) -> dict:
    env = dict(env, BENCH_T0=repr(time.perf_counter()))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKDL_CONFIG_DIR=os.path.join(tmp, "c"),
                   DESKDL_DATA_DIR=os.path.join(tmp, "d"))
        run_once(BASELINE, env)  # warm the OS file cache once for both
        run_once(DESKDL, env)
        base, desk = [], []
        for _ in range(runs):
            base.append(run_once(BASELINE, env)["seconds"])
            result = run_once(DESKDL, env)
            assert not result["tensorflow"] and not result["keras"], "the GUI thread imported TensorFlow"
            assert result["nodes"] == 4, "the default project did not load"
            desk.append(result["seconds"])
    mb, md = statistics.median(base), statistics.median(desk)
    print(f"runs: {runs} (fresh interpreter each, offscreen, warm file cache)")
    print(f"bare PySide6 window : median {mb:.3f} s  (min {min(base):.3f}, max {max(base):.3f})")
    print(f"deskdl main window  : median {md:.3f} s  (min {min(desk):.3f}, max {max(desk):.3f})")
    print(f"ratio deskdl / bare : {md / mb:.2f}x   target < 1.5 s: {'met' if md < 1.5 else 'NOT met'}")
    print("tensorflow in sys.modules when the window was drawn: never")


if __name__ == "__main__":
    main()
