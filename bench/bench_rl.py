"""Bench: the CartPole agents against issue 12's targets, on this machine.

Targets (2 cores, the shipped templates' defaults):
* CartPole-v1 with DQN solved (100 greedy episodes average at least 475) within
  5 minutes of wall time, for 3 of 3 seeds; with REINFORCE for 2 of 3 seeds; A2C (its own
  template) 3 of 3 (the average return of its last 20 training episodes is printed too);
* environment steps per second of deskdl's DQN against a plain Keras DQN script
  written the usual way (a ``tf.function`` train step, ``model(obs)`` to act), same
  network and settings, in the same run: at least 1.0x, aim for 2x;
* MountainCar-v0 with its own DQN template (``--algos mountaincar``: gymnasium's solved, an
  average of -110, within the budget); ``--others``: Acrobot-v1 with the CartPole DQN template's
  settings and MountainCar-v0's template, one seed each.

Prints one line per run: seed, status, wall time, episodes, steps, the average return of the
last 20 training episodes, the final 100-episode greedy average and whether it is solved.

    .venv/bin/python bench/bench_rl.py [--algos dqn,reinforce,a2c] [--seeds 1,2,3] [--budget 300]
        [--speed-steps 4000] [--others] [--skip-speed] [--gui S] [--memory N]
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEMPLATES = {"dqn": "cartpole_dqn", "reinforce": "cartpole_reinforce", "a2c": "cartpole_a2c",
             "mountaincar": "mountaincar_dqn"}


class _Quiet:
    def __getattr__(self, name):
        return lambda *a, **k: None


def train(template: str, seed: int, budget: float, **algorithm):
    """Train a template's project with ``seed`` for at most ``budget`` seconds; returns (result, seconds)."""
    from deskdl.core.project import Project
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingControl, TrainingJob

    p = Project.load(ROOT / "resources" / "templates" / f"{template}.deskdl")
    p.training["seed"] = seed
    p.algorithm = {**p.algorithm, **algorithm}
    control = TrainingControl()
    timer = threading.Timer(budget, control.stop)
    timer.start()
    t = time.perf_counter()
    try:
        result = run(TrainingJob.from_project(p), _Quiet(), control)
    finally:
        timer.cancel()
    return result, time.perf_counter() - t


def line(name: str, seed: int, result, seconds: float) -> str:
    t = result.test
    if result.status == "failed":
        return f"{name:24s} seed {seed}: FAILED {result.error.text if result.error else ''}"
    last_20 = np.mean((result.history.get("return") or [float("nan")])[-20:])
    return (f"{name:24s} seed {seed}: {result.status:13s} {seconds:6.1f} s  {result.epochs_run:5d} episodes "
            f"{result.batches_run:7d} steps  last-20 {last_20:7.1f}  greedy-100 "
            f"{t.get('greedy_return', float('nan')):8.1f}  solved {'yes' if t.get('solved') else 'no'}")


def plain_keras_dqn(steps: int, seed: int, a: dict, lr: float, units: int = 64) -> float:
    """A DQN written the usual way (model(obs) to act, a tf.function train step); returns steps per second."""
    import gymnasium as gym
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(seed)

    def net():
        return keras.Sequential([keras.Input((4,)), keras.layers.Dense(units, activation="relu"),
                                 keras.layers.Dense(units, activation="relu"), keras.layers.Dense(2)])

    model, target = net(), net()
    target.set_weights(model.get_weights())
    opt = keras.optimizers.Adam(lr)
    huber = keras.losses.Huber()
    gamma = a["gamma"]

    @tf.function
    def train_step(o, act, r, o2, d):
        pick = tf.argmax(model(o2), axis=1, output_type=tf.int32)
        nxt = tf.gather(target(o2), pick, axis=1, batch_dims=1)
        y = r + gamma * (1 - d) * nxt
        with tf.GradientTape() as tape:
            q = tf.gather(model(o), act, axis=1, batch_dims=1)
            loss = huber(y, q)
        opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
        return loss

    size, bs = a["buffer_size"], a["batch_size"]
    Ob = np.zeros((size, 4), np.float32)
    O2 = np.zeros((size, 4), np.float32)
    A = np.zeros(size, np.int32)
    R = np.zeros(size, np.float32)
    D = np.zeros(size, np.float32)
    rng = np.random.default_rng(seed)
    env = gym.make("CartPole-v1")
    obs, _ = env.reset(seed=seed)
    n = updates = 0
    t = time.perf_counter()
    for step in range(steps):
        eps = max(a["epsilon_end"], a["epsilon_start"] - step / a["epsilon_steps"])
        if rng.random() < eps:
            act = int(rng.integers(2))
        else:
            act = int(np.argmax(model(obs[None].astype(np.float32))[0]))
        obs2, r, term, trunc, _ = env.step(act)
        i = step % size
        Ob[i], A[i], R[i], O2[i], D[i] = obs, act, r, obs2, term
        n = min(n + 1, size)
        obs = obs2
        if term or trunc:
            obs, _ = env.reset()
        if step >= a["learning_starts"] and step % a["train_every"] == 0:
            idx = rng.integers(0, n, bs)
            train_step(Ob[idx], A[idx], R[idx], O2[idx], D[idx])
            updates += 1
            if updates % a["target_update"] == 0:
                target.set_weights(model.get_weights())
    return steps / (time.perf_counter() - t)


def deskdl_dqn_speed(steps: int, seed: int) -> float:
    """deskdl's DQN trainer on the template for ``steps`` environment steps; returns steps per second."""
    from deskdl.core.project import Project
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingControl, TrainingJob

    p = Project.load(ROOT / "resources" / "templates" / "cartpole_dqn.deskdl")
    p.training["seed"] = seed
    p.algorithm = {**p.algorithm, "episodes": 100_000, "eval_every": 0, "stop_when_solved": False}
    control = TrainingControl()
    marks = {}

    class Counter(_Quiet):
        def emit(self, event):
            if type(event).__name__ == "RunStarted":
                marks["t0"] = time.perf_counter()

    counter = Counter()
    done = {"n": 0}
    real_checkpoint = control.checkpoint

    def checkpoint(unit=None):  # the trainer also marks each episode's end: checkpoint("episode")
        if unit is None:
            done["n"] += 1
            if done["n"] >= steps and "t1" not in marks:
                marks["t1"] = time.perf_counter()
                control.stop()
        return real_checkpoint(unit)

    control.checkpoint = checkpoint
    result = run(TrainingJob.from_project(p), counter, control)
    if "t1" not in marks:
        raise SystemExit(f"deskdl's DQN stopped before {steps} steps: {result.status} "
                         f"{result.error.text if result.error else ''}")
    return steps / (marks["t1"] - marks["t0"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--algos", default="dqn,reinforce,a2c")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--budget", type=float, default=300.0)
    ap.add_argument("--speed-steps", type=int, default=4000)
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--others", action="store_true", help="also Acrobot-v1 and MountainCar-v0 (DQN, seed 1)")
    ap.add_argument("--gui", type=float, default=0.0, metavar="S",
                    help="also: the GUI event loop's lateness while the Train tab trains the DQN template "
                         "for S seconds in each drawing mode")
    ap.add_argument("--memory", type=int, default=0, metavar="N",
                    help="also: the process's resident memory over N short episodes of each algorithm")
    args = ap.parse_args()
    from deskdl.logsetup import import_tensorflow_quietly

    import_tensorflow_quietly()
    print(f"cpus {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}", flush=True)
    if not args.skip_speed:
        from deskdl.core.kinds import get_kind
        from deskdl.core.project import Project

        p = Project.load(ROOT / "resources" / "templates" / "cartpole_dqn.deskdl")
        a = get_kind("dqn").with_defaults(p.algorithm)
        lr = p.training["optimizer"]["learning_rate"]
        ours = deskdl_dqn_speed(args.speed_steps, 1)
        plain = plain_keras_dqn(args.speed_steps, 1, a, lr)
        print(f"speed ({args.speed_steps} CartPole steps, learning from step {a['learning_starts']}): "
              f"deskdl DQN {ours:.0f} steps/s, plain Keras DQN {plain:.0f} steps/s: {ours / plain:.2f}x",
              flush=True)
    for algo in [s for s in args.algos.split(",") if s]:
        solved = 0
        seeds = [int(s) for s in args.seeds.split(",")]
        for seed in seeds:
            # The template's own episodes (a target is about its defaults; it stops once solved).
            result, seconds = train(TEMPLATES[algo], seed, args.budget)
            solved += bool(result.test.get("solved")) and seconds <= args.budget + 5
            print(line(TEMPLATES[algo], seed, result, seconds), flush=True)
        print(f"{TEMPLATES[algo]}: solved within {args.budget:.0f} s for {solved} of {len(seeds)} seeds",
              flush=True)
    if args.gui > 0:
        gui_latency(args.gui)
    if args.memory > 0:
        for algo in ("dqn", "reinforce"):
            memory(algo, args.memory)
    if args.others:
        result, seconds = _other("Acrobot-v1", 6, args.budget)
        print(line("Acrobot-v1 dqn", 1, result, seconds), flush=True)
        result, seconds = train("mountaincar_dqn", 1, args.budget)  # its own template (inputs scaled)
        print(line("mountaincar_dqn", 1, result, seconds), flush=True)


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory(algo: str, episodes: int) -> None:
    """Resident memory every tenth of ``episodes`` short episodes (the agent kept from learning to balance).

    DQN acts at random (epsilon 1) but trains every other step as usual; REINFORCE learns with a learning
    rate of 1e-6. Episodes stay about 20 steps long, so thousands fit in minutes; what could grow with
    episodes (histories, traces, evaluation environments) would show.
    """
    from deskdl.core.events import Scalars
    from deskdl.core.project import Project
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingControl, TrainingJob

    p = Project.load(ROOT / "resources" / "templates" / f"{TEMPLATES[algo]}.deskdl")
    p.training["seed"] = 1
    extra = {"epsilon_start": 1.0, "epsilon_end": 1.0} if algo == "dqn" else {}
    if algo != "dqn":
        p.training["optimizer"] = {**p.training["optimizer"], "learning_rate": 1e-6}
    p.algorithm = {**p.algorithm, "episodes": episodes, "eval_every": 50, "stop_when_solved": False, **extra}
    marks = []
    t0 = time.perf_counter()

    class Sampler(_Quiet):
        def emit(self, event):
            if isinstance(event, Scalars) and "return" in event.values and (event.epoch + 1) % max(
                    1, episodes // 10) == 0:
                marks.append((event.epoch + 1, _rss_mb(), time.perf_counter() - t0))

    result = run(TrainingJob.from_project(p), Sampler(), TrainingControl())
    print(f"memory {algo}: {result.status}, {result.epochs_run} episodes, {result.batches_run} steps; "
          "resident MB at episode: " + ", ".join(f"{e}: {m:.0f}" for e, m, _ in marks)
          + (f"; growth from the 2nd mark {marks[-1][1] - marks[1][1]:+.1f} MB" if len(marks) > 2 else ""),
          flush=True)


def gui_latency(seconds: float) -> None:
    """p50/p99 lateness of a 5 ms QTimer on the GUI thread while the real Train tab trains an agent."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from deskdl.core.project import Project
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.workers import TrainingHost
    from deskdl.rl import pace

    app = QApplication.instance() or QApplication([])
    for mode in ("idle", pace.REALTIME, pace.FAST, pace.OFF):  # idle: the Train tab open, nothing training
        p = Project.load(ROOT / "resources" / "templates" / "cartpole_dqn.deskdl")
        p.algorithm = {**p.algorithm, "episodes": 100_000}
        pace.PACE.mode = mode if mode != "idle" else pace.FAST
        host = TrainingHost()
        panel = TrainPanel(p, host)
        panel.set_tensorflow_ready(True)
        panel.resize(1300, 800)
        panel.show()
        late: list[float] = []
        clock = QElapsedTimer()
        clock.start()

        last = [0]

        def probe(late=late, clock=clock, last=last):
            now = clock.nsecsElapsed()
            if last[0]:
                late.append(max(0.0, (now - last[0]) / 1e6 - 5.0))
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(probe)
        if mode != "idle":
            panel.start()
        t0 = time.perf_counter()
        drawn = mode in (pace.OFF, "idle")
        while not drawn and time.perf_counter() - t0 < 60:
            drawn = any(v.frames for v in panel.kind_views)
            app.processEvents()
            time.sleep(0.005)
        timer.start(5)
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()  # the real event loop, as in the app
        timer.stop()
        frames = sum(v.frames for v in panel.kind_views)
        episodes = sum(len(v.returns) for v in panel.kind_views)
        panel.stop_and_wait()
        host.shutdown(20_000)
        a = np.asarray(late[1:] or [0.0])
        print(f"GUI while training, drawing {mode:8s}: timer lateness p50 {np.percentile(a, 50):.1f} ms, "
              f"p99 {np.percentile(a, 99):.1f} ms over {seconds:.0f} s; {frames} frames drawn, {episodes} "
              "episodes", flush=True)
        panel.deleteLater()
        app.processEvents()


def _other(env: str, obs: int, budget: float):
    """The DQN template with its Input and output resized for ``env``."""
    import threading as _t

    from deskdl.core.project import Project
    from deskdl.core.rl import ENVS
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingControl, TrainingJob

    p = Project.load(ROOT / "resources" / "templates" / "cartpole_dqn.deskdl")
    p.graph.set_params("observation", {"shape": [obs]})
    p.graph.set_params("q_values", {"units": ENVS[env].actions})
    p.training["seed"] = 1
    p.algorithm = {**p.algorithm, "env": env, "episodes": 100_000}
    control = TrainingControl()
    timer = _t.Timer(budget, control.stop)
    timer.start()
    t = time.perf_counter()
    try:
        result = run(TrainingJob.from_project(p), _Quiet(), control)
    finally:
        timer.cancel()
    return result, time.perf_counter() - t


if __name__ == "__main__":
    main()
