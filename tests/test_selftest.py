"""The self-test, the numpy CartPole renderer, the environment list and the log set-up."""

from __future__ import annotations

import importlib.util
import io
import math
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from deskdl import selftest
from deskdl.rl import envs
from deskdl.rl.render import AXLE, POLE, pole_tip, render_cartpole, render_frame

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", DESKDL_DATA_DIR=str(tmp_path / "data"),
               DESKDL_CONFIG_DIR=str(tmp_path / "config"), KERAS_HOME=str(tmp_path / "keras"))
    env.pop("DESKDL_RESOURCES", None)
    return env


def _check_report(out: str) -> None:
    for name, _, _ in selftest.CHECKS:
        lines = [ln for ln in out.splitlines() if ln.split()[1:2] == [name]]
        assert lines, f"no report line for {name}:\n{out}"
        assert lines[0].split()[0] == "ok", lines[0]
        assert " s  " in lines[0]  # each line carries its time
    assert "self-test passed" in out


# ----------------------------------------------------------------------------- self-test
@pytest.mark.slow
@pytest.mark.keras
def test_deskdl_self_test_from_source(tmp_path):
    """``deskdl --self-test`` (the console script) exits 0 with one ok line per check."""
    if importlib.util.find_spec("deskdl.cli") is None:
        pytest.skip("deskdl/cli.py does not exist yet")
    exe = shutil.which("deskdl", path=str(Path(sys.executable).parent)) or shutil.which("deskdl")
    cmd = [exe, "--self-test"] if exe else [sys.executable, "-c", "from deskdl.cli import main; "
                                            "raise SystemExit(main(['--self-test']))"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=_env(tmp_path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    _check_report(proc.stdout)
    assert (tmp_path / "data" / "logs" / "deskdl.log").is_file()


def test_self_test_light_checks_in_process(qapp, tmp_path, monkeypatch):
    """The checks that need no TensorFlow pass in-process (fast feedback on resources, gym, Qt)."""
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    out = io.StringIO()
    code = selftest.run(out, only=("python", "resources", "datasets", "cartpole", "qt", "log"))
    text = out.getvalue()
    assert code == 0, text
    assert "templates load" in text
    assert "CartPole-v1 stepped" in text


def test_self_test_reports_missing_resources(tmp_path, monkeypatch):
    """A broken install exits non-zero with the check named, the reason, and what to do."""
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("DESKDL_RESOURCES", str(tmp_path / "empty"))
    out = io.StringIO()
    code = selftest.run(out, only=("resources", "datasets"))
    text = out.getvalue()
    assert code == 1
    resources = next(ln for ln in text.splitlines() if " resources " in ln)
    assert resources.split()[0] == "FAILED"
    assert "projects/spiral.deskdl" in resources and "reinstall deskdl" in resources
    datasets = next(ln for ln in text.splitlines() if " datasets " in ln)
    assert datasets.split()[0] == "skipped" and "needs resources" in datasets
    assert "self-test FAILED: 2 of 2" in text


def test_self_test_survives_a_missing_console(tmp_path, monkeypatch):
    """With no stdout at all (a windowed build), the report still reaches the log."""
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run(None, only=("python",)) == 0


# ----------------------------------------------------------------------------- renderer
def _pole_pixels(img: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    near = np.abs(img.astype(int) - np.array(POLE)).sum(axis=2) < 30
    rows, cols = np.nonzero(near)
    return rows, cols


@pytest.mark.parametrize("theta", [-0.2, -0.05, 0.0, 0.1, 0.2])
def test_pole_angle_follows_the_state(theta):
    x = 0.4
    img = render_cartpole([x, 0.0, theta, 0.0])
    assert img.shape == (400, 600, 3) and img.dtype == np.uint8
    rows, cols = _pole_pixels(img)
    assert len(rows) > 300  # a pole about 10 x 100 pixels
    # The pole's pixels lie on a line through the axle at angle theta from vertical.
    cart_col = x * 600 / 4.8 + 300
    axle_row = 400 - (100 + 30 / 4)
    far = rows < axle_row - 20  # away from the axle disc
    slope = np.polyfit(axle_row - rows[far], cols[far] - cart_col, 1)[0]
    assert slope == pytest.approx(math.tan(theta), abs=0.02)
    # The drawn tip is where pole_tip says.
    tc, tr = pole_tip([x, 0.0, theta, 0.0])
    assert np.min(np.hypot(cols - tc, rows - tr)) < 3


def test_pole_leans_the_way_theta_says():
    left = _pole_pixels(render_cartpole([0, 0, -0.15, 0]))[1].mean()
    up = _pole_pixels(render_cartpole([0, 0, 0.0, 0]))[1].mean()
    right = _pole_pixels(render_cartpole([0, 0, 0.15, 0]))[1].mean()
    assert left < up - 5 and right > up + 5


def test_cart_moves_with_x():
    def cart_centre(x):
        img = render_cartpole([x, 0, 0, 0])
        black = img.max(axis=2) < 40
        black[:, :] &= np.arange(400)[:, None] > 250  # below the pole tip, the cart body and track
        cols = np.nonzero(black.sum(axis=0) > 5)[0]
        return cols.mean()

    assert cart_centre(1.0) - cart_centre(0.0) == pytest.approx(125, abs=2)  # 600 px / 4.8 units


def test_render_frame_draws_the_real_env():
    env = envs.make("CartPole-v1")
    try:
        env.reset(seed=3)
        for _ in range(8):
            env.step(1)
        frame = render_frame(env)
        state = env.unwrapped.state
        assert np.array_equal(frame, render_cartpole(state))
        assert (np.abs(frame.astype(int) - np.array(AXLE)).sum(axis=2) < 30).any()
    finally:
        env.close()


def test_render_frame_refuses_what_it_cannot_draw():
    env = envs.make("CartPole-v1")
    with pytest.raises(ValueError, match="reset"):
        render_frame(env)
    env.close()
    other = envs.make("MountainCar-v0")
    other.reset(seed=0)
    with pytest.raises(NotImplementedError, match="MountainCarEnv"):
        render_frame(other)
    other.close()


def test_every_listed_environment_is_made_without_pygame():
    for env_id in envs.ENV_MODULES:
        env = envs.make(env_id)
        env.reset(seed=0)
        env.close()
    assert "pygame" not in sys.modules
    with pytest.raises(envs.UnknownEnvironment, match="offers"):
        envs.make("LunarLander-v3")


# ----------------------------------------------------------------------------- paths and logs
def test_resources_dir_from_source_frozen_and_override(tmp_path, monkeypatch):
    from deskdl import paths

    monkeypatch.delenv("DESKDL_RESOURCES", raising=False)
    assert paths.resources_dir() == ROOT / "resources"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    monkeypatch.setenv("DESKDL_RESOURCES", str(tmp_path / "r"))
    assert paths.resource("templates", "a.deskdl") == tmp_path / "r" / "templates" / "a.deskdl"


def test_log_setup_with_no_console(tmp_path):
    """A windowed start (stdout and stderr None): printing works, logs and warnings reach the file."""
    code = textwrap.dedent("""
        import sys, logging, warnings
        sys.stdout = None
        sys.stderr = None
        from deskdl.logsetup import setup_logging
        path = setup_logging()
        print("printed into the void")
        warnings.warn("a warning for the log")
        logging.getLogger("deskdl.test").info("an info line")
        sys.stderr.write("stderr is writable\\n")
        import os
        assert os.environ["TF_CPP_MIN_LOG_LEVEL"] == "2"
        raise RuntimeError("uncaught, logged")
    """)
    env = dict(os.environ, DESKDL_DATA_DIR=str(tmp_path))
    env.pop("TF_CPP_MIN_LOG_LEVEL", None)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1
    log = (tmp_path / "logs" / "deskdl.log").read_text(encoding="utf-8")
    assert "a warning for the log" in log
    assert "an info line" in log
    assert "RuntimeError: uncaught, logged" in log
    assert "deskdl started" in log


def test_datasets_and_qt_settings_find_resources_like_a_frozen_app(tmp_path, monkeypatch):
    """The data sets and the Qt settings ask deskdl.paths, so a frozen build finds its resources."""
    pytest.importorskip("PySide6")
    from deskdl.ml import datasets
    from deskdl.qt import settings

    monkeypatch.delenv("DESKDL_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert datasets.resources_dir() == tmp_path / "resources"
    assert settings.resources_dir() == tmp_path / "resources"
    assert settings.templates_dir() == tmp_path / "resources" / "templates"
