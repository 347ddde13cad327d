"""Frozen app figures: bundle size, start-up to a drawn window, self-test time; source alongside.

    python bench/bench_frozen.py [--bundle dist/deskdl] [--runs 3] [--drop-caches]

Build first (``python packaging/build.py``). Each start is a fresh process that renders the
window offscreen with ``--screenshot`` into a temp file:

* "window drawn": ``DESKDL_SCREENSHOT_EARLY=1``, so the grab happens as soon as the window is
  laid out and painted (what a learner sees first; TensorFlow is still loading);
* "TensorFlow ready": the default screenshot, which waits until the Keras thread has imported
  TensorFlow and the status bar shows the device.

Both are timed from the process start until the PNG appears (the process lingers after that,
joining the Keras thread). "self-test" is the whole ``--self-test`` run.

The same is timed from source (``python -c "from deskdl.qt.app import run; ..."`` in this
interpreter) in the same run, so both see the same machine state. Medians of ``--runs``; the
first frozen run is also shown apart, since it is the coldest (``--drop-caches`` empties the
page cache before every run, as root on Linux, for true cold starts).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SHOT = ("import sys; from types import SimpleNamespace; from deskdl.logsetup import setup_logging; "
               "setup_logging(); from deskdl.qt.app import run; "
               "raise SystemExit(run(SimpleNamespace(screenshot=sys.argv[1])))")
SOURCE_SELFTEST = "import sys; from deskdl.selftest import main; raise SystemExit(main())"


def drop_caches() -> None:
    try:
        subprocess.run(["sync"], check=False)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as err:
        print(f"  (could not drop the page cache: {err})")


def timed(cmd: list[str], env: dict[str, str], cold: bool, shot: str | None = None) -> float:
    """Seconds until ``shot`` exists (the window was grabbed), else until the process ends.

    The process itself lives longer than its screenshot: on the way out it waits for the Keras
    thread to finish importing TensorFlow.
    """
    if cold:
        drop_caches()
    if shot:
        Path(shot).unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = None
    while proc.poll() is None:
        if shot and seen is None and Path(shot).exists() and Path(shot).stat().st_size > 0:
            seen = time.perf_counter() - t0
        time.sleep(0.01)
    took = time.perf_counter() - t0
    out, err = proc.communicate()
    if proc.returncode != 0 and not (shot and seen is not None):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{out[-2000:]}\n{err[-2000:]}")
    if shot and seen is None:
        seen = took if Path(shot).exists() else float("nan")
    return seen if shot else took


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", default=str(ROOT / "dist" / "deskdl"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--drop-caches", action="store_true")
    args = ap.parse_args()
    bundle = Path(args.bundle)
    exe = bundle / ("deskdl-cli.exe" if sys.platform == "win32" else "deskdl")
    if not exe.exists():
        raise SystemExit(f"no frozen app at {exe}: run  python packaging/build.py  first")

    total = size_of(bundle)
    internal = bundle / "_internal"
    parts = sorted(((p.name, size_of(p) if p.is_dir() else p.lstat().st_size) for p in internal.iterdir()
                    if not p.is_symlink()), key=lambda x: -x[1])
    print(f"bundle {bundle}: {total / 2**20:.0f} MiB")
    for name, size in parts[:8]:
        print(f"  {size / 2**20:7.1f} MiB  {name}")

    with tempfile.TemporaryDirectory(prefix="deskdl-bench-") as tmp:
        base = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKDL_DATA_DIR=f"{tmp}/data",
                    DESKDL_CONFIG_DIR=f"{tmp}/config", TF_CPP_MIN_LOG_LEVEL="2")
        early = dict(base, DESKDL_SCREENSHOT_EARLY="1")
        shot = f"{tmp}/shot.png"
        cases = [
            ("window drawn", "frozen", [str(exe), "--screenshot", shot], early),
            ("window drawn", "source", [sys.executable, "-c", SOURCE_SHOT, shot], early),
            ("TensorFlow ready", "frozen", [str(exe), "--screenshot", shot], base),
            ("TensorFlow ready", "source", [sys.executable, "-c", SOURCE_SHOT, shot], base),
            ("self-test", "frozen", [str(exe), "--self-test"], base),
            ("self-test", "source", [sys.executable, "-c", SOURCE_SELFTEST], base),
        ]
        results: dict[tuple[str, str], list[float]] = {}
        for run in range(args.runs):  # interleaved, so a warming page cache favours neither side
            for what, kind, cmd, env in cases:
                watch = shot if "--self-test" not in cmd and SOURCE_SELFTEST not in cmd else None
                results.setdefault((what, kind), []).append(timed(cmd, env, args.drop_caches, watch))
            print(f"  run {run + 1}/{args.runs} done")
    print(f"\n{'':18}{'frozen':>22}{'source':>22}")
    for what in ("window drawn", "TensorFlow ready", "self-test"):
        f, s = results[(what, "frozen")], results[(what, "source")]
        print(f"{what:18}{statistics.median(f):>9.2f} s (1st {f[0]:5.2f}){statistics.median(s):>9.2f} s "
              f"(1st {s[0]:5.2f})")
    cold = "yes" if args.drop_caches else "no (the first run is the coldest)"
    print(f"\nmedian of {args.runs}; cold caches: {cold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
