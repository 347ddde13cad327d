"""Build the Linux one-folder app with packaging/build.py and run the frozen app.

Slow (a cold build is about five minutes on two cores), but it is part of the normal suite:
CI runs everything, and a frozen build breaks in ways no source test sees (a module imported
from a string, a Qt plugin pruned too far, a data file left behind). Reruns with unchanged
inputs reuse the cached build (build.py keys it by a hash of the inputs).

Set ``DESKDL_SKIP_FROZEN=1`` to skip it on a machine that cannot build (no PyPI to fetch
PyInstaller from, too little disk).
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"  # build.py's default: a release build from the same inputs is reused
BUNDLE = DIST / "deskdl"
EXE = BUNDLE / ("deskdl.exe" if sys.platform == "win32" else "deskdl")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the packaging test builds for Linux"),
    pytest.mark.skipif(bool(os.environ.get("DESKDL_SKIP_FROZEN")), reason="DESKDL_SKIP_FROZEN is set"),
]


@pytest.fixture(scope="module")
def built():
    """Run build.py once for the module; returns its output."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")],
                          capture_output=True, text=True, timeout=40 * 60, cwd=ROOT)
    took = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    print(f"build.py took {took:.0f} s")
    return proc.stdout


def _frozen_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "DESKDL_", "VIRTUAL_ENV")) and k not in ("KERAS_HOME",)}
    env.update(QT_QPA_PLATFORM="offscreen", DESKDL_DATA_DIR=str(tmp_path / "data"),
               DESKDL_CONFIG_DIR=str(tmp_path / "config"), KERAS_HOME=str(tmp_path / "keras"))
    # The frozen app must not lean on the source tree or the venv: run it from elsewhere, no PATH to them.
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if p and not p.startswith(str(ROOT)))
    return env


def test_build_reports_size_and_makes_the_archive(built):
    assert "biggest parts:" in built and "MiB" in built
    tars = sorted(DIST.glob("deskdl-*-linux-*.tar.gz"))
    assert tars, built
    with tarfile.open(tars[-1], "r:gz") as tar:
        names = set()
        for member in tar:
            names.add(member.name)
            if len(names) > 20 and {"deskdl/deskdl", "deskdl/install.sh"} <= names:
                break
    assert "deskdl/deskdl" in names and "deskdl/install.sh" in names


def test_bundle_carries_resources_and_leaves_out_dev_tools(built):
    internal = BUNDLE / "_internal"
    for rel in ("resources/projects/spiral.deskdl", "resources/datasets/optdigits_8x8.npz",
                "resources/icons/deskdl.png", "resources/i18n/deskdl_vi.qm"):
        assert (internal / rel).is_file(), rel
    assert not list((internal / "resources" / "i18n").glob("*/*.ts"))  # sources stay out
    assert list((internal / "resources" / "templates").glob("*.deskdl"))
    for unwanted in ("pytest", "_pytest", "hypothesis", "importlinter", "tkinter", "tensorboard",
                     "PySide6/Qt/translations", "PySide6/QtQml.abi3.so", "PySide6/QtNetwork.abi3.so"):
        assert not (internal / unwanted).exists(), unwanted
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqoffscreen.so").is_file()
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert (plugins / "imageformats" / "libqsvg.so").is_file()
    assert not (plugins / "sqldrivers").exists() and not (plugins / "qmltooling").exists()


def test_frozen_self_test(built, tmp_path):
    t0 = time.perf_counter()
    proc = subprocess.run([str(EXE), "--self-test"], capture_output=True, text=True, timeout=300,
                          env=_frozen_env(tmp_path), cwd=tmp_path)
    print(f"frozen --self-test took {time.perf_counter() - t0:.1f} s")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(frozen app)" in proc.stdout
    assert "self-test passed" in proc.stdout
    assert str(BUNDLE) in proc.stdout  # resources found inside the bundle, not the checkout
    assert (tmp_path / "data" / "logs" / "deskdl.log").is_file()


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_frozen_screenshot(built, tmp_path):
    shot = tmp_path / "shot.png"
    t0 = time.perf_counter()
    proc = subprocess.run([str(EXE), "--screenshot", str(shot)], capture_output=True, text=True,
                          timeout=300, env=_frozen_env(tmp_path), cwd=tmp_path)
    print(f"frozen --screenshot took {time.perf_counter() - t0:.1f} s")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert shot.is_file()
    width, height = _png_size(shot)
    assert width >= 800 and height >= 500
    assert shot.stat().st_size > 20_000  # a drawn window, not a blank one
