"""Issue 12: ``deskdl train`` and ``deskdl export`` on reinforcement-learning projects."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from deskdl.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _write(tmp_path: Path, template: str = "cartpole_dqn", algorithm=None, units=None, name="agent") -> Path:
    doc = json.loads((ROOT / "resources" / "templates" / f"{template}.deskdl").read_text())
    doc["algorithm"].update(algorithm or {})
    if units is not None:
        doc["model"]["nodes"][-1]["params"]["units"] = units
    f = tmp_path / f"{name}.deskdl"
    f.write_text(json.dumps(doc))
    return f


def test_train_writes_returns_report_and_a_plain_keras_network(tmp_path, capsys):
    import gymnasium
    import keras

    f = _write(tmp_path, algorithm={"episodes": 12})
    out = tmp_path / "run"
    assert main(["train", str(f), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "training a Deep Q-network (DQN) agent on CartPole-v1" in err
    assert "episode 10/12: return" in err and "; wrote " in err
    rows = list(csv.reader((out / "returns.csv").open()))
    assert rows[0] == ["episode", "return", "average_100", "length", "epsilon", "loss", "buffer_fill"]
    assert [r[0] for r in rows[1:]] == [str(i) for i in range(1, 13)]
    assert all(float(r[1]) == float(r[3]) for r in rows[1:])  # CartPole: the return is the length
    report = (out / "report.txt").read_text()
    assert "final evaluation: 100 greedy episodes (no exploration), average return" in report
    assert "Solved: an average return of 475 over 100 episodes." in report
    model = keras.models.load_model(out / "model.keras", safe_mode=True)
    env = gymnasium.make("CartPole-v1")
    obs, _ = env.reset(seed=0)
    q = model(obs[None].astype(np.float32)).numpy()
    assert q.shape == (1, 2)
    env.step(int(np.argmax(q)))


@pytest.mark.parametrize("algorithm,units,words", [
    ({"env": "Breakout-v5"}, None, "algorithm.env must be one of CartPole-v1, Acrobot-v1, MountainCar-v0, "
                                   "Pendulum-v1, not 'Breakout-v5'"),
    ({}, 3, "the output q_values gives shape (3,), but on CartPole-v1 the network must give 2 numbers"),
    ({"env": "Pendulum-v1"}, None, "DQN needs a few separate actions, but Pendulum-v1 takes a continuous "
                                   "action"),
    ({"gamma": 2}, None, "algorithm.gamma must be from 1e-06 to 1, not 2"),
    ({"buffer_size": 16, "batch_size": 64}, None, "algorithm.buffer_size (16) is smaller than "
                                                  "algorithm.batch_size (64)"),
])
def test_bad_input_is_one_line_with_its_fix(tmp_path, capsys, algorithm, units, words):
    f = _write(tmp_path, algorithm=algorithm, units=units)
    assert main(["train", str(f), "--out", str(tmp_path / "run")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"deskdl: error: {f}: ") and words in err[0], err
    assert not (tmp_path / "run").exists()


def test_epochs_means_episodes_and_must_be_positive(tmp_path, capsys):
    f = _write(tmp_path)
    assert main(["train", str(f), "--epochs", "0"]) == 2
    err = capsys.readouterr().err
    assert "--epochs (episodes, for an agent) must be a whole number of at least 1, not 0" in err


@pytest.mark.parametrize("template", ["cartpole_reinforce", "cartpole_a2c"])
def test_export_writes_a_runnable_keras_gymnasium_script(tmp_path, capsys, template):
    f = _write(tmp_path, template=template, algorithm={"episodes": 2})
    script = tmp_path / "agent.py"
    assert main(["export", str(f), "-o", str(script)]) == 0
    text = script.read_text()
    assert "import gymnasium as gym" in text and 'ENV = "CartPole-v1"' in text
    if template == "cartpole_a2c":  # the critic's faster learning and the clipping are in the script too
        assert "CLIP = {'clipnorm': 1.0}" in text and '"critic_lr_factor": 3.0' in text
        assert 'Adam(LEARNING_RATE * a["critic_lr_factor"], **CLIP)' in text
    assert 'keras.layers.Dense(2, name="policy")' in text
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "episode 2: return" in done.stdout and "100 greedy episodes: average return" in done.stdout
    assert (tmp_path / "agent.keras").exists()


@pytest.mark.parametrize("problem, words", [
    ("import", "the environment CartPole-v1 cannot start: the package gymnasium is missing"),
    ("extra", "the environment CartPole-v1 needs an extra of gymnasium that is not installed (pygame is "
              "not installed"),
])
def test_a_missing_install_is_explained_in_one_line(tmp_path, capsys, monkeypatch, problem, words):
    """gymnasium (or an extra it needs) missing: what is missing and the pip line, no traceback."""
    import gymnasium.error

    from deskdl.rl import envs

    def make(env_id, **kwargs):
        if problem == "import":
            raise ImportError("No module named 'gymnasium'", name="gymnasium")
        raise gymnasium.error.DependencyNotInstalled("pygame is not installed, run `pip install pygame`")

    monkeypatch.setattr(envs, "make", make)
    f = _write(tmp_path, algorithm={"episodes": 2})
    assert main(["train", str(f), "--out", str(tmp_path / "run")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and "pip install 'gymnasium[classic-control]'" in err[0], err
    assert "Traceback" not in err[0]
