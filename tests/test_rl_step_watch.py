"""Issue 12: Step one episode; frames at most 30 a second; "Watch the agent" plays any network.

Real TrainingControl, DQN trainer, gymnasium and Keras (tiny runs, fixed seeds); the view
with pytest-qt and a real TrainingHost (its Keras thread plays the episodes).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from deskdl.core import events as ev
from deskdl.core.project import Project
from deskdl.core.rl import ENVS
from deskdl.ml.trainers import run
from deskdl.ml.training import TrainingControl, TrainingJob

ROOT = Path(__file__).resolve().parents[1]


class Recorder:
    """A reporter that keeps every typed event with the time it came."""

    def __init__(self) -> None:
        self.events: list = []
        self.times: list[float] = []
        self.started = threading.Event()

    def emit(self, event) -> None:
        self.events.append(event)
        self.times.append(time.perf_counter())
        if isinstance(event, ev.RunStarted):
            self.started.set()

    def __getattr__(self, name):
        return lambda *a, **k: None

    def of(self, cls, name=None):
        return [e for e in self.events if isinstance(e, cls) and (name is None or e.name == name)]


@pytest.fixture(autouse=True)
def _pace():
    from deskdl.rl.pace import PACE

    before = PACE.mode
    yield PACE
    PACE.mode = before


def _job(**algorithm):
    p = Project.load(ROOT / "resources" / "templates" / "cartpole_dqn.deskdl")
    p.training["seed"] = 3
    p.algorithm = {**p.algorithm, "eval_every": 0, **algorithm}
    return TrainingJob.from_project(p)


def _wait(cond, seconds=60.0):
    t0 = time.monotonic()
    while not cond() and time.monotonic() - t0 < seconds:
        time.sleep(0.02)
    return cond()


def test_a_control_steps_one_episode_then_one_step():
    """A loop of 3-step episodes, as the RL trainers mark them: step("episode") runs the rest of one."""
    control = TrainingControl()
    done: list[tuple[int, int]] = []

    def loop():
        for episode in range(20):
            for t in range(3):
                done.append((episode, t))
                if not control.checkpoint():
                    return
            if not control.checkpoint("episode"):
                return

    control.pause()
    worker = threading.Thread(target=loop)
    worker.start()
    try:
        assert _wait(lambda: len(done) == 1)
        time.sleep(0.2)
        assert done == [(0, 0)]  # paused after the first step
        control.step("episode")
        assert _wait(lambda: len(done) == 3)
        time.sleep(0.2)
        assert done == [(0, 0), (0, 1), (0, 2)]  # the rest of episode 0, then paused at its end
        control.step("episode")
        assert _wait(lambda: len(done) == 6)
        time.sleep(0.2)
        assert done[3:] == [(1, 0), (1, 1), (1, 2)]  # a whole episode
        control.step()
        assert _wait(lambda: len(done) == 7)
        time.sleep(0.2)
        assert done[6:] == [(2, 0)]  # one environment step again
        assert control.is_paused()
    finally:
        control.stop()
        worker.join(10)
    assert not worker.is_alive()


def test_the_dqn_trainer_pauses_at_the_end_of_a_stepped_episode():
    control = TrainingControl()
    control.pause()
    rec = Recorder()
    out = {}
    worker = threading.Thread(target=lambda: out.setdefault("r", run(_job(episodes=5), rec, control)))
    worker.start()
    try:
        assert rec.started.wait(120)
        control.step("episode")

        def episodes():
            return [e for e in rec.of(ev.Scalars) if "return" in e.values]

        assert _wait(lambda: len(episodes()) == 1, 120)
        time.sleep(0.5)
        assert len(episodes()) == 1  # paused at the episode's end, not in the next one
        length = int(episodes()[0].values["length"])
    finally:
        control.stop()
        worker.join(120)
    result = out["r"]
    assert result.status == "stopped" and result.batches_run == length  # not one step more


def test_frames_come_at_most_30_a_second_in_real_time(_pace):
    _pace.mode = "realtime"  # CartPole's clock: 50 steps a second, every episode drawn
    control = TrainingControl()
    rec = Recorder()
    worker = threading.Thread(target=lambda: run(_job(episodes=1000), rec, control))
    worker.start()
    try:
        assert rec.started.wait(120)
        t0 = time.perf_counter()
        time.sleep(2.0)
    finally:
        control.stop()
        worker.join(120)
    frames = [t for e, t in zip(rec.events, rec.times) if isinstance(e, ev.Picture) and e.name == "env"
              and t >= t0]
    span = frames[-1] - frames[0]
    assert len(frames) >= 10  # it is drawn
    # At most 30 a second; an episode's last frame (the pole down) always comes, so allow a few of those.
    episodes_ended = sum(1 for e, t in zip(rec.events, rec.times)
                         if isinstance(e, ev.Scalars) and "return" in e.values and t >= t0)
    assert len(frames) - 1 <= 30 * span + episodes_ended + 1, (len(frames), span, episodes_ended)


def _conv_q_network():
    """A Q-network that is not a chain of Dense layers: a Conv1D over the 4 numbers of the state."""
    import keras

    keras.utils.set_random_seed(7)
    inp = keras.Input((4,))
    x = keras.layers.Reshape((4, 1))(inp)
    x = keras.layers.Conv1D(8, 2, activation="relu")(x)
    x = keras.layers.Flatten()(x)
    out = keras.layers.Dense(2)(x)
    return keras.Model(inp, out)


def test_a_greedy_episode_of_any_network_on_the_keras_side():
    from deskdl.rl.envs import make_env
    from deskdl.rl.watch import play_greedy_episode

    model = _conv_q_network()
    r = play_greedy_episode(model, "CartPole-v1", "q", seed=11)
    n = len(r["actions"])
    assert n >= 1 and r["observations"].shape == (n + 1, 4) and r["values"].shape == (n, 2)
    assert r["return"] == float(n)  # CartPole gives 1 a step
    q = np.asarray(model(r["observations"][:-1], training=False))
    np.testing.assert_allclose(r["values"], q, rtol=1e-5, atol=1e-6)
    assert r["actions"] == [int(a) for a in np.argmax(q, axis=1)]  # greedy: always the larger Q-value
    env, obs, _ = make_env("CartPole-v1", seed=11)  # the same game replayed gives the same states
    for i, a in enumerate(r["actions"]):
        np.testing.assert_allclose(r["observations"][i], obs, rtol=1e-6)
        obs, *_ = env.step(a)
    env.close()


def _keep(run_id):
    from deskdl.qt.workers import KeepOnWorker

    return KeepOnWorker(run_id, _conv_q_network())


def test_watch_the_agent_plays_a_network_that_is_not_all_dense(qtbot):
    from deskdl.qt.rl.view import RlTrainView
    from deskdl.qt.workers import TrainingHost

    host = TrainingHost()
    view = RlTrainView()
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    try:
        view.set_host(host)
        with qtbot.waitSignal(host.worker.call_finished, timeout=120_000) as made:
            host.call(_keep, "run-conv")
        ref = made.args[1]["model"]
        info = {"env": "CartPole-v1", "threshold": 475.0, "action_names": ["push left", "push right"],
                "values_kind": "q", "episodes": 3}
        view.on_run_started(ev.RunStarted("run-conv", "dqn", ("episode", "step"), {"episode": 3}, info))
        # The trainer's agent picture: no NumPy layers for a Conv1D network.
        view.on_picture(ev.Picture("run-conv", "agent", np.zeros(1), meta={"layers": None, "output": "q"}))
        assert not view.watch_button.isEnabled()  # not until the run's network is known
        view.on_run_ended(ev.RunEnded("run-conv", "finished", models_by_role={"model": ref}))
        assert view.can_watch() == "keras" and view.watch_button.isEnabled()
        qtbot.mouseClick(view.watch_button, Qt.MouseButton.LeftButton)
        assert view.watch_button.text() == "Stop"
        qtbot.waitUntil(lambda: view.watched_steps >= 5, timeout=60_000)
        replay = view._replay
        i = view._replay_at - 1
        assert replay is not None and i >= 0
        # The bars show the network's Q-values of the step just drawn, the chosen (larger) one in the accent.
        np.testing.assert_allclose(view.bar_heights, replay["values"][i], rtol=1e-6)
        assert replay["actions"][i] == int(np.argmax(replay["values"][i]))
        assert len(view.returns) == 0 and view.env_id == "CartPole-v1" and ENVS[view.env_id].discrete
        qtbot.mouseClick(view.watch_button, Qt.MouseButton.LeftButton)
        assert view.watch_button.text() == "Watch the agent" and view._replay is None
    finally:
        view.close()
        assert host.shutdown(30_000)
