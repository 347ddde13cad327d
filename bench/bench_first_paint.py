"""Launch to a painted window on a real X server with a window manager (issue 10).

``bench_startup.py`` measures offscreen, where a window is "exposed" at once;
under a window manager the window is mapped later, and a start-up that does
its heavy work first shows a black window. This bench starts ``deskdl`` on
``$DISPLAY`` (e.g. ``Xvfb :101 -screen 0 1440x900x24`` with ``openbox``),
grabs the whole screen with ImageMagick's ``import`` at fixed times after
launch and prints how bright it is: about 0 is a black screen (or a black
window), about 0.9 the painted light-theme window. Each run also starts a bare
white PySide6 window the same way, the floor on a machine as busy as this one.

Run: ``DISPLAY=:101 .venv/bin/python bench/bench_first_paint.py [runs]``
(needs ``import`` and ``convert`` from ImageMagick).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMES = (0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0)
#: Mean screen brightness above which the window counts as painted.
PAINTED = 0.5


def brightness(path: str) -> float:
    """Mean brightness of the image at ``path`` (0 black .. 1 white)."""
    out = subprocess.run(["convert", path, "-format", "%[fx:mean]", "info:"], capture_output=True,
                         text=True, check=True)
    return float(out.stdout.strip())


BARE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.setStyleSheet("background: white")
w.resize(1360, 860)
w.show()
app.exec()
"""


def run_once(tmp: str, bare: bool = False) -> list[float]:
    """Screen brightness at each of :data:`TIMES` after launching the app (or the bare window)."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DESKDL_CONFIG_DIR=os.path.join(tmp, "c"), DESKDL_DATA_DIR=os.path.join(tmp, "d"))
    command = [sys.executable, "-c", BARE] if bare else [str(Path(sys.executable).with_name("deskdl"))]
    t0 = time.monotonic()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    values = []
    try:
        for i, t in enumerate(TIMES):
            time.sleep(max(0.0, t0 + t - time.monotonic()))
            shot = os.path.join(tmp, f"shot{i}.png")
            subprocess.run(["import", "-window", "root", shot], check=True, capture_output=True)
            values.append(brightness(shot))
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return values


def main() -> None:
    """Print one line per run and the time the window was first seen painted."""
    if not os.environ.get("DISPLAY"):
        sys.exit("bench_first_paint: set DISPLAY to an X server with a window manager (see the docstring)")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    print("seconds after launch:  " + "  ".join(f"{t:4.1f}" for t in TIMES))
    for _ in range(runs):
        for bare in (True, False):
            with tempfile.TemporaryDirectory() as tmp:
                values = run_once(tmp, bare)
            first = next((t for t, v in zip(TIMES, values, strict=True) if v > PAINTED), None)
            shown = "  ".join(f"{v:4.2f}" for v in values)
            name = "bare window" if bare else "deskdl     "
            print(f"{name}:          {shown}   painted by {first if first else '> ' + str(TIMES[-1])} s")


if __name__ == "__main__":
    main()
