"""Issue 12: the DQN and policy-gradient trainers on CartPole (real Keras and gymnasium, fixed seeds)."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from deskdl.core import events as ev
from deskdl.core.project import Project
from deskdl.ml.trainers import run
from deskdl.ml.training import TrainingControl, TrainingJob

ROOT = Path(__file__).resolve().parents[1]


class Recorder:
    """A reporter that keeps every typed event (and the failure)."""

    def __init__(self) -> None:
        self.events: list = []
        self.error = None
        self.started = threading.Event()

    def emit(self, event) -> None:
        self.events.append(event)
        if isinstance(event, ev.RunStarted):
            self.started.set()

    def run_failed(self, error) -> None:
        self.error = error

    def __getattr__(self, name):
        return lambda *a, **k: None

    def of(self, cls):
        return [e for e in self.events if isinstance(e, cls)]


def _project(template: str, seed: int = 1, **algorithm) -> Project:
    p = Project.load(ROOT / "resources" / "templates" / f"{template}.deskdl")
    p.training["seed"] = seed
    p.algorithm = {**p.algorithm, **algorithm}
    return p


@pytest.fixture(autouse=True)
def _not_drawn_by_default():
    from deskdl.rl.pace import PACE

    before = PACE.mode
    yield
    PACE.mode = before


def _best_20(returns: list[float]) -> float:
    r = np.asarray(returns)
    return max(float(r[i:i + 20].mean()) for i in range(len(r) - 19))


def test_reinforce_learns_to_balance_in_seconds():
    rec = Recorder()
    result = run(TrainingJob.from_project(_project("cartpole_reinforce", episodes=65, eval_every=0)), rec)
    assert result.ok, rec.error
    returns = [e.values["return"] for e in rec.of(ev.Scalars) if "return" in e.values]
    assert len(returns) == 65 == result.epochs_run
    assert np.mean(returns[:20]) < 60  # random pushes keep the pole up for about 20 steps
    assert _best_20(returns) >= 100
    names = set(rec.of(ev.Scalars)[0].values)
    assert names == {"return", "average_100", "length", "loss", "entropy", "value_loss"}


def test_a2c_learns_to_balance_in_seconds():
    """Actor-critic on the REINFORCE template: with one step's advantage and a new critic it locked onto one
    push within 5 episodes (returns about 9, 20-episode best 11.5); with GAE (lambda 0.95) it learns."""
    rec = Recorder()
    result = run(TrainingJob.from_project(_project("cartpole_reinforce", method="a2c", episodes=70,
                                                   eval_every=0)), rec)
    assert result.ok, rec.error
    rows = [e.values for e in rec.of(ev.Scalars) if "return" in e.values]
    returns = [r["return"] for r in rows]
    assert len(returns) == 70 and set(rows[0]) == {"return", "average_100", "length", "loss", "entropy",
                                                   "value_loss"}
    assert _best_20(returns) >= 100, returns


def test_the_a2c_template_learns_to_balance_in_seconds():
    """The A2C template (critic 3x the actor's learning rate, entropy 0.01, clipnorm 1): seed 1 passes a
    20-episode average of 195 by episode 108 (bench_rl: its greedy agent solves seeds 1-3 in 120-200)."""
    rec = Recorder()
    result = run(TrainingJob.from_project(_project("cartpole_a2c", episodes=115, eval_every=0)), rec)
    assert result.ok, rec.error
    returns = [e.values["return"] for e in rec.of(ev.Scalars) if "return" in e.values]
    assert len(returns) == 115 and _best_20(returns) >= 150, returns


def test_a2c_settings_reach_the_critic_and_the_advantage():
    from deskdl.rl.trainers.pg import _PgRun

    p = _project("cartpole_a2c", gae_lambda=0.8)
    assert p.training["optimizer"]["learning_rate"] == 0.003 and p.algorithm["critic_lr_factor"] == 3.0
    r = _PgRun(TrainingJob.from_project(p), Recorder(), TrainingControl())
    r.setup()
    try:
        assert float(r.optimizer.learning_rate) == pytest.approx(0.003)
        assert float(r.critic_optimizer.learning_rate) == pytest.approx(0.009)  # the critic keeps up
        assert r.optimizer.clipnorm == r.critic_optimizer.clipnorm == 1.0
        assert r.gae_lambda == 0.8
    finally:
        r.env.close()


def test_dqn_learns_to_balance_in_seconds():
    rec = Recorder()
    job = TrainingJob.from_project(_project("cartpole_dqn", episodes=150, eval_every=0))
    result = run(job, rec)
    assert result.ok, rec.error
    started = rec.of(ev.RunStarted)[0]
    assert started.kind == "dqn" and started.units == ("episode", "step") and started.plan == {"episode": 150,
                                                                                              "step": 500}
    scalars = [e.values for e in rec.of(ev.Scalars)]
    assert set(scalars[0]) == {"return", "average_100", "length", "epsilon", "buffer_fill"}  # no loss yet
    assert set(scalars[-1]) == {"return", "average_100", "length", "epsilon", "loss", "buffer_fill"}
    assert started.info["scalars"] == ["return", "average_100", "length", "epsilon", "loss", "buffer_fill"]
    assert scalars[-1]["epsilon"] < scalars[0]["epsilon"]
    # The greedy agent (no random pushes) keeps the pole up far longer than random play (~20 steps).
    assert result.test["greedy_return"] >= 100, result.test
    assert result.record["kind"] == "dqn" and len(result.record["history"]["return"]) == 150


def test_pause_step_and_stop_act_on_single_environment_steps():
    from deskdl.rl.pace import PACE

    PACE.mode = "realtime"  # every step drawn: the pictures show which step the agent is at
    control = TrainingControl()
    control.pause()
    rec = Recorder()
    out = {}
    job = TrainingJob.from_project(_project("cartpole_dqn", episodes=5, eval_every=0))
    worker = threading.Thread(target=lambda: out.setdefault("r", run(job, rec, control)))
    worker.start()
    try:
        assert rec.started.wait(60)

        def frames():
            return [e.meta["step"] for e in rec.of(ev.Picture)]

        deadline = 60
        import time

        t0 = time.monotonic()
        while frames() != [0] and time.monotonic() - t0 < deadline:
            time.sleep(0.02)
        time.sleep(0.3)
        assert frames() == [0]  # the first step ran, then the run paused
        for k in (1, 2, 3):
            control.step()
            t0 = time.monotonic()
            while len(frames()) < k + 1 and time.monotonic() - t0 < deadline:
                time.sleep(0.02)
            time.sleep(0.2)
            assert frames() == list(range(k + 1))  # exactly one more step each time
    finally:
        control.stop()
        worker.join(120)
    result = out["r"]
    assert result.status == "stopped" and result.batches_run == 4


def test_the_saved_network_loads_with_plain_keras_and_plays(tmp_path):
    import gymnasium
    import keras

    rec = Recorder()
    result = run(TrainingJob.from_project(_project("cartpole_reinforce", episodes=30, eval_every=0)), rec)
    assert result.ok, rec.error
    path = tmp_path / "agent.keras"
    result.model.save(path)
    model = keras.models.load_model(path, safe_mode=True)
    assert model.input_shape == (None, 4) and model.output_shape == (None, 2)
    env = gymnasium.make("CartPole-v1")
    obs, _ = env.reset(seed=10_001)  # the evaluation's second episode
    total, done = 0.0, False
    while not done:
        action = int(np.argmax(model(obs[None].astype(np.float32))[0]))
        obs, reward, terminated, truncated, _ = env.step(action)
        total += reward
        done = terminated or truncated
    from deskdl.rl.trainers.base import greedy_returns

    expected = greedy_returns(lambda o: np.argmax(model(o).numpy(), axis=1), "CartPole-v1", 2, 10_000)[1]
    assert total == expected > 0  # plain Keras plays exactly as deskdl's greedy evaluation


@pytest.mark.parametrize("change,words", [
    ({"graph_units": 3}, "the network does not fit the task: the output q_values gives shape (3,)"),
    ({"env": "Pendulum-v1"}, "DQN needs a few separate actions, but Pendulum-v1 takes a continuous action"),
    ({"gamma": 2}, "algorithm.gamma must be from 1e-06 to 1, not 2"),
    ({"buffer_size": 10}, "algorithm.buffer_size (10) is smaller than algorithm.batch_size (64)"),
])
def test_bad_settings_fail_with_one_clear_message(change, words):
    p = _project("cartpole_dqn")
    units = change.pop("graph_units", None)
    if units:
        p.graph.set_params("q_values", {"units": units})
    p.algorithm = {**p.algorithm, **change}
    rec = Recorder()
    result = run(TrainingJob.from_project(p), rec)
    assert result.status == "failed"
    assert words in result.error.text and "\n" not in result.error.text
    assert result.error.kind in ("settings", "mismatch")


def test_reinforce_on_a_continuous_action_runs():
    p = _project("cartpole_reinforce", env="Pendulum-v1", episodes=2, eval_every=0)
    p.graph.set_params("observation", {"shape": [3]})
    p.graph.set_params("policy", {"units": 1})
    rec = Recorder()
    result = run(TrainingJob.from_project(p), rec)
    assert result.ok, rec.error
    assert [e.values["length"] for e in rec.of(ev.Scalars)] == [200.0, 200.0]
    assert -2000 < result.test["greedy_return"] < 0


@pytest.mark.parametrize("template, algorithm, fns", [
    ("cartpole_dqn", {"learning_starts": 100, "target_update": 20}, ("q_fn", "train_fn", "act_train_fn",
                                                                     "copy_fn")),
    ("cartpole_reinforce", {"method": "a2c"}, ("policy_fn", "learn_fn", "values_fn")),
])
def test_the_compiled_steps_are_traced_once_over_a_run(template, algorithm, fns):
    """Episodes of every length, drawn or not, evaluations of 10 and 100 games: no step is traced again."""
    from deskdl.rl.pace import PACE
    from deskdl.rl.trainers.dqn import _DqnRun
    from deskdl.rl.trainers.pg import _PgRun

    PACE.mode = "fast"  # every 10th episode drawn: the act step also runs with its values asked for
    p = _project(template, episodes=25, eval_every=5, **algorithm)
    run_class = _DqnRun if template == "cartpole_dqn" else _PgRun
    agent = run_class(TrainingJob.from_project(p), Recorder(), TrainingControl())
    result = agent.train()
    assert result.epochs_run == 25 and len(set(result.history["length"])) > 5  # episodes of many lengths
    counts = {name: getattr(agent, name).experimental_get_tracing_count() for name in fns}
    assert counts == dict.fromkeys(fns, 1), counts
