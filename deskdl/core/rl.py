"""What reinforcement learning needs that is not gymnasium or Keras: the tasks' facts and the checks.

The classic-control tasks deskdl teaches with are described here in plain
words (:data:`ENVS`): what the agent observes, what it can do, how it is
rewarded and what counts as solved (gymnasium's own ``spec.reward_threshold``;
a test checks every number here against gymnasium's registry). The Problems
list, Start and ``deskdl train`` use :func:`settings_problems` (a setting that
makes no sense together with another, DQN on continuous actions) and
:func:`network_problems` (the network's input must be the observation, its
output one value per action), so the same words appear everywhere.

Pure Python: no gymnasium, no Keras, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from deskdl.core.analysis import ERROR, Diagnostic, analyze
from deskdl.core.catalog import FixAction
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import N_, tr, translator

_ = translator("core.rl")

DQN = "dqn"
POLICY_GRADIENT = "policy_gradient"
#: The kinds that learn by acting in an environment.
RL_KINDS = (DQN, POLICY_GRADIENT)


@dataclass(frozen=True)
class EnvFacts:
    """One environment, for a learner and for the checks.

    ``actions`` is the number of actions for a discrete task (0 for continuous);
    ``action_size`` the number of values in a continuous action; ``threshold`` the
    average return (over 100 episodes) gymnasium calls solved, or None if it names none.
    """

    id: str
    title: str
    observation: tuple[str, ...]
    actions: int
    action_names: tuple[str, ...]
    action_size: int
    action_low: float
    action_high: float
    max_steps: int
    threshold: float | None
    fps: int
    state_text: str
    actions_text: str
    reward_text: str
    solved_text: str

    @property
    def discrete(self) -> bool:
        """Whether the agent picks one of a few actions (DQN can learn it)."""
        return self.actions > 0

    @property
    def obs_size(self) -> int:
        """How many numbers the agent observes each step."""
        return len(self.observation)

    @property
    def outputs(self) -> int:
        """How many numbers the network gives: one per action, or one per value of a continuous action."""
        return self.actions if self.discrete else self.action_size

    @property
    def target(self) -> float:
        """The average return to aim for: gymnasium's threshold, or deskdl's own goal when it has none."""
        return self.threshold if self.threshold is not None else GOALS[self.id]

    def description(self) -> str:
        """The task in a few plain sentences."""
        return " ".join((self.state_text, self.actions_text, self.reward_text, self.solved_text))


ENVS: dict[str, EnvFacts] = {e.id: e for e in (
    EnvFacts(
        "CartPole-v1", N_("Balance a pole on a cart"),
        ("cart position", "cart velocity", "pole angle", "pole angular velocity"),
        2, (N_("push left"), N_("push right")), 1, 0.0, 1.0, 500, 475.0, 50,
        N_("State: 4 numbers: the cart's position and velocity, the pole's angle from upright "
           "(radians) and how fast it turns."),
        N_("Actions: 2: push the cart left or push it right (with the same force)."),
        N_("Reward: +1 for every step, so the return is how many steps the pole stayed up. An episode ends "
           "when the pole leans more than 12 degrees, the cart leaves the track (2.4 from the centre) or "
           "after 500 steps."),
        N_("Solved: an average return of 475 over 100 episodes."),
    ),
    EnvFacts(
        "Acrobot-v1", N_("Swing up a two-link arm"),
        ("cos of joint 1", "sin of joint 1", "cos of joint 2", "sin of joint 2",
         "joint 1 angular velocity", "joint 2 angular velocity"),
        3, (N_("torque -1"), N_("no torque"), N_("torque +1")), 1, 0.0, 2.0, 500, -100.0, 15,
        N_("State: 6 numbers: the cosine and sine of the two joint angles and the two angular velocities."),
        N_("Actions: 3: turn the middle joint with torque -1, 0 or +1 (only that joint has a motor)."),
        N_("Reward: -1 for every step until the free end swings above the bar (a height of one link above "
           "the top joint); the episode ends then, or after 500 steps."),
        N_("Solved: an average return of -100 over 100 episodes (reaching up within about 100 steps)."),
    ),
    EnvFacts(
        "MountainCar-v0", N_("Drive a car up a hill"),
        ("position", "velocity"),
        3, (N_("accelerate left"), N_("do not accelerate"), N_("accelerate right")),
        1, 0.0, 2.0, 200, -110.0, 30,

        N_("State: 2 numbers: the car's position (from -1.2 to 0.6) and velocity (from -0.07 to 0.07)."),
        N_("Actions: 3: accelerate left, do nothing, or accelerate right. The engine is too weak to drive "
           "straight up: the car must swing back and forth to gain speed."),
        N_("Reward: -1 for every step until the car reaches the flag (position 0.5); the episode ends then, "
           "or after 200 steps. Random actions almost never reach it, so the agent sees only -200 for a "
           "long time."),
        N_("Solved: an average return of -110 over 100 episodes."),
    ),
    EnvFacts(
        "Pendulum-v1", N_("Swing a pendulum up and hold it"),
        ("cos of angle", "sin of angle", "angular velocity"),
        0, (), 1, -2.0, 2.0, 200, None, 30,
        N_("State: 3 numbers: the cosine and sine of the pendulum's angle (0 is upright) and its angular "
           "velocity."),
        N_("Actions: continuous: 1 number, the torque at the pivot, from -2 to 2. DQN cannot learn it "
           "(it needs a few separate actions); REINFORCE can."),
        N_("Reward: minus (angle squared + 0.1 x angular velocity squared + 0.001 x torque squared) every "
           "step, so 0 is the best a step can score. Every episode lasts 200 steps."),
        N_("Solved: gymnasium names no threshold; deskdl aims for an average return of -200 over 100 "
           "episodes (it swings up and holds the pendulum most of the time)."),
    ),
)}
#: Goals for the tasks gymnasium names no threshold for.
GOALS = {"Pendulum-v1": -200.0}
DEFAULT_ENV = "CartPole-v1"


class UnknownEnv(KeyError):
    """An environment id deskdl does not teach with."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown environment"


def env_facts(env_id: str) -> EnvFacts:
    """The facts of ``env_id``; :class:`UnknownEnv` (with the ids deskdl offers) otherwise."""
    try:
        return ENVS[env_id]
    except (KeyError, TypeError):
        raise UnknownEnv(_("deskdl does not know the environment {env}: choose one of {envs}").format(
            env=repr(env_id), envs=", ".join(ENVS))) from None


def settings_problems(kind_id: str, algorithm: Mapping[str, Any]) -> list[str]:
    """Problems between settings (each one alone is already checked), in plain words with the fix."""
    out = []
    env_id = algorithm.get("env")
    facts = ENVS.get(env_id) if isinstance(env_id, str) else None
    if kind_id == DQN:
        if facts is not None and not facts.discrete:
            out.append(_("DQN needs a few separate actions, but {env} takes a continuous action (a "
                         "number): choose REINFORCE (policy gradient) for it, or a task with separate "
                         "actions such as CartPole-v1").format(env=env_id))
        buf, batch = algorithm.get("buffer_size"), algorithm.get("batch_size")
        if isinstance(buf, int) and isinstance(batch, int) and buf < batch:
            out.append(_("algorithm.buffer_size ({buffer}) is smaller than algorithm.batch_size ({batch}): a "
                         "batch is drawn from the replay buffer, so make the buffer at least as large as a "
                         "batch").format(buffer=buf, batch=batch))
        start, end = algorithm.get("epsilon_start"), algorithm.get("epsilon_end")
        if isinstance(start, (int, float)) and isinstance(end, (int, float)) and end > start:
            out.append(_("algorithm.epsilon_end ({end:g}) is larger than algorithm.epsilon_start "
                         "({start:g}): exploration should shrink as the agent learns, so make the end at "
                         "most the start").format(end=end, start=start))
    return out


def _output_node(graph: ModelGraph, analysis) -> str | None:
    return analysis.outputs[0] if len(analysis.outputs) == 1 else None


def network_problems(graph: ModelGraph | Mapping[str, Any], kind_id: str, env_id: str) -> list[Diagnostic]:
    """Why the network does not fit the environment and the algorithm (empty when it does).

    The network's own errors (a layer that does not fit) are its analysis's and are
    not repeated. Its Input must be the observation (``(n,)``); its one output gives one
    value per action (DQN: Q-values, linear; REINFORCE: logits or probabilities) or, for a
    continuous action, the mean of each of its values.
    """
    if not isinstance(graph, ModelGraph):
        graph = ModelGraph.from_dict(dict(graph))
    facts = ENVS.get(env_id)
    if facts is None:
        return []
    out: list[Diagnostic] = []
    inputs = graph.inputs()
    want_in = [facts.obs_size]
    if len(inputs) != 1:
        msg = _("the network has {n} Inputs, but an agent's network reads one thing: the observation, {size} "
                "numbers").format(n=len(inputs), size=facts.obs_size)
        out.append(Diagnostic(None, ERROR, msg,
                              _("keep exactly one Input, shaped ({size},)").format(size=facts.obs_size)))
        return out
    shape = list(graph.nodes[inputs[0]].params.get("shape") or [])
    shown_in = f"({', '.join(map(str, shape))}{',' if len(shape) == 1 else ''})"
    if shape != want_in:
        out.append(Diagnostic(
            inputs[0], ERROR,
            _("the Input {id} has shape {shape}, but {env} gives {size} numbers each step ({names})").format(
                id=inputs[0], shape=shown_in, env=env_id, size=facts.obs_size,
                names=", ".join(facts.observation)),
            _("set the Input's shape to ({size},)").format(size=facts.obs_size),
            FixAction(_("Set shape to ({size},)").format(size=facts.obs_size), "set_param", inputs[0],
                      params={"shape": want_in}),
            param="shape"))
    analysis = analyze(graph)
    if not analysis.ok:
        return out
    nid = _output_node(graph, analysis)
    if nid is None:
        msg = _("the network has {n} outputs, but an agent's network gives one: a value per action").format(
            n=len(analysis.outputs))
        out.append(Diagnostic(None, ERROR, msg, _("connect the loose ends so one layer is the output")))
        return out
    info = analysis.nodes.get(nid)
    got = tuple(info.shape[1:]) if info is not None and info.shape is not None else None
    want = facts.outputs
    node = graph.nodes[nid]
    names = ", ".join(_(name) for name in facts.action_names)
    if kind_id == DQN:
        what = _("one Q-value per action ({names})").format(names=names)
    elif facts.discrete:
        what = _("one score per action ({names})").format(names=names)
    elif want == 1:
        what = _("the mean of the action (1 number)")
    else:
        what = _("the mean of the action ({n} numbers)").format(n=want)
    if got != (want,):
        shown = "(?)" if got is None else f"({', '.join(map(str, got))}{',' if len(got) == 1 else ''})"
        action = None
        if node.type == "Dense":
            action = FixAction(_("Set units to {n}").format(n=want), "set_param", nid, params={"units": want})
        msg = _("the output {id} gives shape {shape}, but on {env} the network must give {n} numbers: "
                "{what}").format(id=nid, shape=shown, env=env_id, n=want, what=what)
        out.append(Diagnostic(nid, ERROR, msg,
                              _("make the last layer a Dense with {n} units").format(n=want), action,
                              param="units"))
        return out
    act = node.params.get("activation") if node.type == "Dense" else None
    if kind_id == DQN and act not in (None, "linear"):
        out.append(Diagnostic(nid, ERROR, _("the output {id} uses the {act} activation, but Q-values are "
                                            "expected returns and can be any number (CartPole's reach "
                                            "100)").format(id=nid, act=act),
                              _("set its activation to linear"),
                              FixAction(_("Set activation to linear"), "set_param", nid,
                                        params={"activation": "linear"}), param="activation"))
    if kind_id == POLICY_GRADIENT and facts.discrete and act not in (None, "linear", "softmax"):
        out.append(Diagnostic(nid, ERROR, _("the output {id} uses the {act} activation, but a policy gives "
                                            "scores (logits, linear) or probabilities (softmax) for the "
                                            "actions").format(id=nid, act=act),
                              _("set its activation to linear (deskdl turns scores into probabilities)"),
                              FixAction(_("Set activation to linear"), "set_param", nid,
                                        params={"activation": "linear"}), param="activation"))
    if kind_id == POLICY_GRADIENT and not facts.discrete and act not in (None, "linear", "tanh"):
        msg = _("the output {id} uses the {act} activation, but the mean of a continuous action on {env} "
                "must reach from {low} to {high}").format(id=nid, act=act, env=env_id,
                                                          low=f"{facts.action_low:g}",
                                                          high=f"{facts.action_high:g}")
        out.append(Diagnostic(nid, ERROR, msg,
                              _("set its activation to linear (or tanh, which deskdl scales to the range)"),
                              FixAction(_("Set activation to linear"), "set_param", nid,
                                        params={"activation": "linear"}), param="activation"))
    return out


def output_is_softmax(graph: ModelGraph | Mapping[str, Any]) -> bool:
    """Whether the network's output already gives probabilities (a softmax), not scores."""
    if not isinstance(graph, ModelGraph):
        graph = ModelGraph.from_dict(dict(graph))
    analysis = analyze(graph)
    nid = _output_node(graph, analysis)
    return nid is not None and graph.nodes[nid].params.get("activation") == "softmax"


def output_is_tanh(graph: ModelGraph | Mapping[str, Any]) -> bool:
    """Whether the network's output is squashed by tanh (scaled to the action's range)."""
    if not isinstance(graph, ModelGraph):
        graph = ModelGraph.from_dict(dict(graph))
    analysis = analyze(graph)
    nid = _output_node(graph, analysis)
    return nid is not None and graph.nodes[nid].params.get("activation") == "tanh"


def project_problems(project: Any) -> list[Diagnostic]:
    """What Start would refuse in an RL project, for the Problems list: settings, then the network."""
    from deskdl.core.kinds import kind_of

    kind = kind_of(project)
    algorithm = kind.with_defaults(getattr(project, "algorithm", None))
    fix = _("change it in the Train tab's settings")
    title = tr("core.kinds", kind.title)
    out = [Diagnostic(None, ERROR, _("{kind} settings: {problem}").format(kind=title, problem=p), fix)
           for p in kind.check(project.algorithm)]
    if algorithm.get("env") in ENVS:
        out += network_problems(project.graph, kind.id, algorithm["env"])
    return out


__all__ = ["DEFAULT_ENV", "DQN", "ENVS", "EnvFacts", "GOALS", "POLICY_GRADIENT", "RL_KINDS", "UnknownEnv",
           "env_facts", "network_problems", "output_is_softmax", "output_is_tanh", "project_problems",
           "settings_problems"]
