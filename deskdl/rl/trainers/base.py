"""What the DQN and policy-gradient trainers share: set-up, the episode loop's events, evaluation.

One unit of work is one environment step: :meth:`TrainingControl.checkpoint` is
called after each, so Pause, Step (one step) and Stop act within a step; and
``checkpoint("episode")`` after each episode, where a Step of one episode
(``control.step("episode")``) pauses. After
each episode the trainer emits one :class:`~deskdl.core.events.Scalars` (per
"epoch", here an episode): ``return``, ``average_100`` (the mean of the last 100
returns, the number "solved" is judged by), ``length`` and the algorithm's own
(epsilon, loss, buffer fill...). While an episode is drawn (:mod:`deskdl.rl.pace`)
a latest-only :class:`~deskdl.core.events.Picture` named ``"env"``, at most
:data:`~deskdl.rl.pace.MAX_FPS` a second even in real time, carries the
observation, and in ``meta`` the network's answer for it (``values``: Q-values or
action probabilities), the action taken, and where the episode is. At the end a
Picture ``"agent"`` carries the trained network as NumPy layers
(:mod:`deskdl.rl.numpy_policy`) for "Watch the agent".

Memory stays flat over long runs: the moving average keeps 100 returns, and the
history the run keeps is compacted (:class:`CompactHistory`); ``deskdl train``
writes every episode to ``returns.csv`` as it ends.
"""

from __future__ import annotations

import copy
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np

from deskdl.core.events import PER_EPOCH, Picture, RunStarted, Scalars
from deskdl.core.graph import ModelGraph
from deskdl.core.history import RunRecord
from deskdl.core.i18n import tr, translator
from deskdl.core.kinds import get_kind
from deskdl.core.rl import ENVS, EnvFacts, network_problems
from deskdl.ml.trainers import Throttle, emit, run_safely, started_at
from deskdl.ml.training import NullReporter, TrainingControl, TrainingError, TrainingJob, TrainingResult
from deskdl.rl import pace as pace_mod
from deskdl.rl.envs import EnvironmentProblem, make_env

_ = translator("rl.trainers.base")

#: Greedy episodes in an evaluation (the "solved" rule's 100).
EVAL_EPISODES = 100
#: Greedy episodes of the quick look that decides whether a full evaluation is worth its time.
QUICK_EPISODES = 10
#: At most this many points per history curve; older points are merged in pairs.
HISTORY_POINTS = 4096


class CompactHistory:
    """Per-episode values, at most ``limit`` points: when full, neighbouring pairs merge (means).

    ``stride`` says how many episodes each point stands for now.
    """

    def __init__(self, limit: int = HISTORY_POINTS) -> None:
        self.limit = max(2, int(limit))
        self.stride = 1
        self.values: dict[str, list[float]] = {}
        self._partial: dict[str, list[float]] = {}  # key -> [sum, episodes] not yet a full point

    def add(self, row: dict[str, float]) -> None:
        """One episode's values."""
        for key, v in row.items():
            acc = self._partial.setdefault(key, [0.0, 0])
            acc[0] += float(v)
            acc[1] += 1
            if acc[1] >= self.stride:
                self.values.setdefault(key, []).append(acc[0] / acc[1])
                self._partial[key] = [0.0, 0]
        if any(len(v) > self.limit for v in self.values.values()):
            old = self.stride
            self.stride *= 2
            for key, vals in self.values.items():
                n = len(vals) // 2 * 2
                self.values[key] = [0.5 * (vals[i] + vals[i + 1]) for i in range(0, n, 2)]
                if n < len(vals):  # an odd point waits for the next episodes
                    acc = self._partial.setdefault(key, [0.0, 0])
                    acc[0] += vals[-1] * old
                    acc[1] += old

    def as_dict(self) -> dict[str, list[float]]:
        """A copy of the curves."""
        return {k: list(v) for k, v in self.values.items()}


def greedy_returns(act_batch: Callable[[np.ndarray], np.ndarray], env_id: str, episodes: int = EVAL_EPISODES,
                   seed: int = 10_000) -> np.ndarray:
    """The returns of ``episodes`` greedy episodes, played side by side (one network call per step for all).

    ``act_batch(obs)`` maps a ``(k, obs_size)`` float32 array to ``k`` actions.
    Episode ``i`` starts from ``reset(seed=seed + i)``, so two evaluations of the
    same network give the same returns.
    """
    envs, obs = [], []
    for i in range(episodes):
        env, o, _ = make_env(env_id, seed=seed + i)
        envs.append(env)
        obs.append(o)
    obs_arr = np.asarray(obs, np.float32)
    returns = np.zeros(episodes, np.float64)
    active = list(range(episodes))
    while active:
        actions = act_batch(obs_arr[active])
        still = []
        for a, i in zip(actions, active):
            o, r, term, trunc, _ = envs[i].step(a)
            returns[i] += float(r)
            obs_arr[i] = o
            if not (term or trunc):
                still.append(i)
        active = still
    for env in envs:
        env.close()
    return returns


def _plain_action(action: Any) -> Any:
    """An action as plain Python (an int, a list of floats, or None at an episode's end)."""
    if action is None:
        return None
    if np.isscalar(action) or np.ndim(action) == 0:
        return int(action) if float(action).is_integer() else float(action)
    return [float(v) for v in np.ravel(action)]


class RlRun:
    """One run of an RL kind. Subclasses give ``setup_agent``, ``act``, ``after_step``, ``end_episode``."""

    kind_id = ""

    def __init__(self, job: TrainingJob, reporter: Any, control: TrainingControl, pace=None) -> None:
        self.job = job
        self.reporter = reporter
        self.control = control
        self.pace = pace or pace_mod.PACE
        self.wall = started_at()
        self.started = time.perf_counter()
        self.history = CompactHistory()
        self.recent: deque[float] = deque(maxlen=100)
        self.picture_clock = Throttle(1.0 / pace_mod.MAX_FPS)
        self.episode = 0
        self.steps = 0
        self.stopped = False
        self.solved_at: int | None = None
        self.best: tuple[float, int, list[np.ndarray]] | None = None
        self.evals: list[tuple[int, float]] = []
        self.last: dict[str, float] = {}

    # -- set-up
    def check(self) -> dict[str, Any]:
        """The kind's settings with defaults, after the checks Start makes; raises :class:`TrainingError`."""
        kind = get_kind(self.kind_id)
        problems = kind.check(self.job.algorithm)
        if problems:
            raise TrainingError(_("the {kind} settings have a problem: {problem}").format(
                                    kind=tr("core.kinds", kind.title), problem=problems[0]),
                                _("fix it in the Train tab's settings (the project's 'algorithm')"),
                                kind="settings")
        algorithm = kind.with_defaults(self.job.algorithm)
        errors = network_problems(self.job.graph, self.kind_id, algorithm["env"])
        if errors:
            e = errors[0]
            raise TrainingError(_("the network does not fit the task: {problem}").format(problem=e.message),
                                e.fix, kind="mismatch", node_id=e.node_id)
        return algorithm

    def setup(self) -> None:
        """Check, make the environment and the network, then announce the run."""
        import keras

        from deskdl.ml.build import build_model

        self.algorithm = a = self.check()
        self.facts: EnvFacts = ENVS[a["env"]]
        seed = self.job.training.get("seed")
        self.seed = 0 if seed is None else int(seed)
        if seed is not None:
            keras.utils.set_random_seed(int(seed))
        self.rng = np.random.default_rng(self.seed)
        try:
            self.env, self.obs, _ = make_env(a["env"], seed=self.seed)
        except EnvironmentProblem as err:
            raise TrainingError(err.message, err.fix, kind="settings") from None
        self.graph = ModelGraph.from_dict(self.job.graph)
        self.model = build_model(self.graph, name=self.job.name)
        self.episodes = int(a["episodes"])
        self.setup_agent()
        info = {
            "env": self.facts.id, "title": self.facts.title, "task": "reinforcement",
            "description": self.facts.description(), "threshold": self.facts.target,
            "gym_threshold": self.facts.threshold, "observation": list(self.facts.observation),
            "action_names": list(self.facts.action_names), "discrete": self.facts.discrete,
            "max_steps": self.facts.max_steps, "fps": self.facts.fps, "episodes": self.episodes,
            "epochs": self.episodes, "steps_per_epoch": self.facts.max_steps,
            "params": int(self.model.count_params()), "n_train": 0, "steps_per_execution": 1,
            "class_names": [], "values_kind": self.values_kind, "scalars": list(self.scalars),
        }
        emit(self.reporter, RunStarted("", self.kind_id, ("episode", "step"),
                                       {"episode": self.episodes, "step": self.facts.max_steps}, info))

    # -- subclass hooks
    values_kind = "q"
    #: The names of the per-episode scalars, in order (a value may be missing until it exists: the loss).
    scalars: tuple[str, ...] = ("return", "average_100", "length")

    def setup_agent(self) -> None:
        """Make the algorithm's own parts (target network, buffer, compiled steps)."""
        raise NotImplementedError

    def act(self, obs: np.ndarray, want_values: bool) -> tuple[Any, np.ndarray | None]:
        """The action for ``obs`` (and the network's answer when asked or computed anyway)."""
        raise NotImplementedError

    def after_step(self, obs, action, reward, next_obs, terminated, truncated) -> None:
        """Learn from one step (DQN) or remember it (policy gradient)."""

    def end_episode(self) -> dict[str, float]:
        """The episode is over: learn (policy gradient) and give its own scalars."""
        return {}

    def act_batch(self, obs: np.ndarray) -> np.ndarray:
        """Greedy actions for a batch of observations (evaluation)."""
        raise NotImplementedError

    # -- the loop
    def _picture(self, obs, action, values, t: int, ret: float) -> None:
        meta = {"env": self.facts.id, "values": None if values is None else [float(v) for v in values],
                "values_kind": self.values_kind, "action": _plain_action(action), "episode": self.episode,
                "step": t, "return": ret,
                "action_names": list(self.facts.action_names)}
        emit(self.reporter, Picture("", "env", np.asarray(obs, np.float32).copy(), epoch=float(self.episode),
                                    levels=(0.0, 1.0), meta=meta))

    def _agent_picture(self, score: float) -> None:
        """The trained network as NumPy layers (``meta["layers"]``): "Watch the agent" plays without Keras."""
        from deskdl.core.rl import output_is_softmax, output_is_tanh
        from deskdl.rl.numpy_policy import dense_layers

        if self.kind_id == "dqn":
            output = "q"
        elif self.facts.discrete:
            output = "probabilities" if output_is_softmax(self.graph) else "logits"
        else:
            output = "tanh_mean" if output_is_tanh(self.graph) else "mean"
        meta = {"env": self.facts.id, "layers": dense_layers(self.graph, self.model), "output": output,
                "greedy_return": score, "kind": self.kind_id}
        emit(self.reporter, Picture("", "agent", np.zeros(1, np.float32), epoch=float(self.episode),
                                    meta=meta))

    def run_episode(self) -> bool:
        """One episode; False when the run must stop."""
        obs = self.obs
        ret, t = 0.0, 0
        draws = self.pace.draws(self.episode)
        realtime = self.pace.mode == pace_mod.REALTIME
        tick = time.perf_counter()
        while True:
            # At most MAX_FPS frames a second, in real time too (CartPole's clock is 50 steps a second):
            # the GUI draws each frame it gets, and a frame costs it a few milliseconds.
            drawing = draws and self.picture_clock.due()
            action, values = self.act(obs, drawing)
            if drawing:
                self._picture(obs, action, values, t, ret)
            next_obs, reward, terminated, truncated, _ = self.env.step(action)
            ret += float(reward)
            t += 1
            self.steps += 1
            self.after_step(obs, action, float(reward), next_obs, terminated, truncated)
            obs = next_obs
            if realtime:
                tick += 1.0 / self.facts.fps
                delay = tick - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                else:
                    tick = time.perf_counter()
            if not self.control.checkpoint():
                self.stopped = True
                return False
            if terminated or truncated:
                break
        if draws:
            self._picture(obs, None, None, t, ret)
        self.obs, _ = self.env.reset()
        self.recent.append(ret)
        row = {"return": ret, "average_100": float(np.mean(self.recent)), "length": float(t)}
        row.update(self.end_episode())
        self.last = row
        self.history.add(row)
        emit(self.reporter, Scalars("", self.episode, -1, row, per=PER_EPOCH, steps=self.facts.max_steps))
        self.episode += 1
        if not self.control.checkpoint("episode"):  # a Step of one episode pauses here
            self.stopped = True
            return False
        return True

    def _maybe_evaluate(self) -> None:
        every = int(self.algorithm["eval_every"])
        if every <= 0 or self.episode % every:
            return
        target = self.facts.target
        seed = 20_000 + self.seed + self.episode
        quick = greedy_returns(self.act_batch, self.facts.id, QUICK_EPISODES, seed)
        if np.mean(quick) < target:
            return
        score = self.evaluate()
        emit(self.reporter, Scalars("", self.episode - 1, -1, {"greedy_100": score}, per=PER_EPOCH,
                                    steps=self.facts.max_steps))
        if score >= target and self.algorithm["stop_when_solved"]:
            self.solved_at = self.episode

    def evaluate(self) -> float:
        """The mean return of 100 greedy episodes (remembers the best network so far)."""
        returns = greedy_returns(self.act_batch, self.facts.id, EVAL_EPISODES, 10_000 + self.seed)
        score = float(np.mean(returns))
        self.evals.append((self.episode, score))
        if self.best is None or score > self.best[0]:
            self.best = (score, self.episode, [np.array(w, copy=True) for w in self.model.get_weights()])
        return score

    def train(self) -> TrainingResult:
        """Episodes until the plan, a stop, or solved; then the final evaluation."""
        self.setup()
        while self.episode < self.episodes:
            if not self.run_episode():
                break
            self._maybe_evaluate()
            if self.solved_at is not None:
                break
        return self.finish()

    def finish(self) -> TrainingResult:
        """Evaluate, keep the best network seen, and build the result and its run record."""
        self.env.close()
        if self.solved_at is not None:
            status, note = "early_stopped", (f"solved: 100 greedy episodes averaged at least "
                                             f"{self.facts.target:g} after episode {self.solved_at}")
        else:
            status, note = ("stopped" if self.stopped else "finished"), ""
        final_eval = self.evals[-1][1] if self.solved_at is not None else self.evaluate()
        kept = self.episode
        if self.best is not None and self.best[0] > final_eval:
            final_eval, kept = self.best[0], self.best[1]
            self.model.set_weights(self.best[2])
        self._agent_picture(final_eval)
        test = {"greedy_return": final_eval, "greedy_episodes": float(EVAL_EPISODES),
                "solved": float(final_eval >= self.facts.target), "kept_episode": float(kept)}
        result = TrainingResult(status=status, epochs_run=self.episode, early_stop=note,
                                history=self.history.as_dict(), final=dict(self.last), test=test,
                                duration_s=time.perf_counter() - self.started, batches_run=self.steps,
                                params=int(self.model.count_params()), task="reinforcement",
                                model=self.model if self.job.keep_model else None, kind=self.kind_id)
        result.record = RunRecord(
            id="", started=self.wall, status=status, dataset={"env": self.facts.id},
            settings={**copy.deepcopy(dict(self.job.training)), "algorithm": dict(self.algorithm)},
            epochs_run=self.episode, duration_s=result.duration_s, final=dict(result.final), test=test,
            history=result.history, params=result.params, kind=self.kind_id,
        ).to_dict()
        return result


def run_rl(run_class: type[RlRun], job: TrainingJob, reporter: Any = None,
           control: TrainingControl | None = None) -> TrainingResult:
    """Run one RL job with ``run_class``; never raises for the run's failure (see :func:`run_safely`)."""
    reporter = reporter or NullReporter()
    control = control or TrainingControl()
    return run_safely(job, reporter, lambda: run_class(job, reporter, control).train())
