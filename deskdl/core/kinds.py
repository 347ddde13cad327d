"""Kinds of project, declared in one place (DESIGN.md §3b).

A *kind* says what sort of learning a project does: which graphs it has
(its **roles**: ``("model",)`` for a classifier, ``("generator",
"discriminator")`` for a GAN), what data it takes, the settings of its
``algorithm`` block (defaults and plain-words checks) and its **trainer**, as a
lazy import string (``"deskdl.ml.trainers.fit:FitTrainer"``) that only the ml
ring resolves (:func:`deskdl.ml.trainers.trainer_for`). The Qt side keeps one
table from kind to its views (:mod:`deskdl.qt.kinds`).

Adding a kind = one :class:`ProjectKind` entry here + a trainer + its views +
tests; no panel should ask "is the data set id X?" or "is the target the
inputs?" again: it asks :func:`kind_of`.

Pure Python: no Qt, no Keras.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import N_, translator

_ = translator("core.kinds")

#: What a kind learns from (``ProjectKind.data``).
DATA_LABELLED = "labelled"  # inputs and answers (x, y): fit learns y from x
DATA_INPUTS = "inputs"  # inputs only; the targets are the inputs themselves (rebuild them)
DATA_SAMPLES = "samples"  # inputs only, as examples of what to generate (a GAN's real data)
DATA_ENVIRONMENT = "environment"  # no data set: an environment to act in (reinforcement learning)
DATA_TEXT = "text"  # a text corpus (sequence generation)
DATA_KINDS = (DATA_LABELLED, DATA_INPUTS, DATA_SAMPLES, DATA_ENVIRONMENT, DATA_TEXT)

#: The kind of a project that does not say (every version-1 file).
DEFAULT_KIND = "supervised"
#: The role of the one graph of a single-model kind (``project.graph``, ``NAME.trained.keras``).
MODEL_ROLE = "model"


class KindError(DeskdlError):
    """A kind that does not exist, or ``algorithm`` settings it cannot accept."""


@dataclass(frozen=True)
class Setting:
    """One setting of a kind's ``algorithm`` block.

    ``type`` is ``"int"``, ``"float"``, ``"bool"``, ``"choice"`` or ``"text"``;
    ``low``/``high`` bound numbers (inclusive), ``choices`` lists a choice's values.
    """

    name: str
    type: str
    default: Any
    help: str
    low: float | None = None
    high: float | None = None
    choices: tuple[Any, ...] = ()

    def check(self, value: Any) -> str | None:
        """A plain-words problem with ``value``, or ``None`` when it is usable."""
        shown = f"algorithm.{self.name}"
        if self.type == "bool":
            if isinstance(value, bool):
                return None
            return _("{setting} must be true or false, not {value}").format(setting=shown, value=repr(value))
        if self.type == "choice":
            if value in self.choices:
                return None
            return _("{setting} must be one of {choices}, not {value}").format(
                setting=shown, choices=", ".join(map(str, self.choices)), value=repr(value))
        if self.type == "text":
            return None if isinstance(value, str) else _("{setting} must be text, not {value}").format(
                setting=shown, value=repr(value))
        whole = self.type == "int"
        ok_type = (isinstance(value, int) if whole else isinstance(value, (int, float)))
        if isinstance(value, bool) or not ok_type or (not whole and not math.isfinite(value)):
            what = _("a whole number") if whole else _("a number")
            return _("{setting} must be {what}{range}, not {value}").format(
                setting=shown, what=what, range=self._range_text(), value=repr(value))
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            return _("{setting} must be{range}, not {value}").format(
                setting=shown, range=self._range_text(), value=repr(value))
        return None

    def _range_text(self) -> str:
        if self.low is not None and self.high is not None:
            return _(" from {low} to {high}").format(low=f"{self.low:g}", high=f"{self.high:g}")
        if self.low is not None:
            return _(" of at least {low}").format(low=f"{self.low:g}")
        if self.high is not None:
            return _(" of at most {high}").format(high=f"{self.high:g}")
        return ""


@dataclass(frozen=True)
class ProjectKind:
    """One kind of project: its roles, data, settings and trainer.

    Attributes:
        id: the value of the project file's ``kind`` field.
        title: its name for a learner ("Variational autoencoder").
        summary: one sentence on what it learns.
        roles: the graphs it has, in the order the editor shows them. A single-model
            kind has ``("model",)`` and keeps it in the file's ``model``; others keep
            theirs in ``models`` by role.
        data: what it learns from (one of :data:`DATA_KINDS`).
        settings: its ``algorithm`` block's settings.
        trainer: ``"package.module:name"`` of its trainer, imported lazily by the ml ring.
        units: the trainer's units of work, outermost first (``("epoch", "batch")``);
            pause, step and stop act at the innermost one.
        uses_loss: whether ``training.loss`` (the closed list of compiled losses) applies;
            a kind with its own losses (a GAN, a VAE's KL term) says False or adds its own.
    """

    id: str
    title: str
    summary: str
    roles: tuple[str, ...]
    data: str
    trainer: str
    settings: tuple[Setting, ...] = ()
    units: tuple[str, ...] = ("epoch", "batch")
    uses_loss: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def multi_role(self) -> bool:
        """Whether the kind has several graphs (kept under ``models`` in the file)."""
        return self.roles != (MODEL_ROLE,)

    @property
    def unit(self) -> str:
        """The innermost unit of work: where pause, step and stop act."""
        return self.units[-1]

    def setting(self, name: str) -> Setting:
        """The setting called ``name`` (``KeyError`` if the kind has none)."""
        for s in self.settings:
            if s.name == name:
                return s
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        """The ``algorithm`` block with every setting at its default."""
        return {s.name: s.default for s in self.settings}

    def with_defaults(self, algorithm: Mapping[str, Any] | None) -> dict[str, Any]:
        """The project's ``algorithm`` block over the defaults (unknown keys kept for newer files)."""
        out = self.defaults()
        out.update(dict(algorithm or {}))
        return out

    def check(self, algorithm: Mapping[str, Any] | None) -> list[str]:
        """Plain-words problems with an ``algorithm`` block (empty when usable).

        Settings left out take their default; a key the kind does not know is a
        problem (most likely a typo), named with the keys it does know.
        """
        if algorithm is not None and not isinstance(algorithm, Mapping):
            return [f"'algorithm' must be an object of settings, not {type(algorithm).__name__}"]
        problems = []
        given = dict(algorithm or {})
        known = {s.name for s in self.settings}
        for key in given:
            if key not in known:
                if known:
                    problems.append(f"a {self.title.lower()} has no setting algorithm.{key} "
                                    f"(its settings: {', '.join(sorted(known))})")
                else:
                    problems.append(f"a {self.title.lower()} has no algorithm settings, "
                                    f"so algorithm.{key} means nothing")
        for s in self.settings:
            if s.name in given:
                problem = s.check(given[s.name])
                if problem:
                    problems.append(problem)
        return problems


# ------------------------------------------------------------------ the kinds
SUPERVISED = ProjectKind(
    id="supervised", title=N_("Supervised model"),
    summary=N_("learns to give the data set's answer (a class or a value) for each input"),
    roles=(MODEL_ROLE,), data=DATA_LABELLED, trainer="deskdl.ml.trainers.fit:FitTrainer",
)
AUTOENCODER = ProjectKind(
    id="autoencoder", title=N_("Autoencoder"),
    summary=N_("learns to rebuild each input through a narrow middle layer (its code)"),
    roles=(MODEL_ROLE,), data=DATA_INPUTS, trainer="deskdl.ml.trainers.fit:FitTrainer",
)
VAE = ProjectKind(
    id="vae", title=N_("Variational autoencoder"),
    summary=(N_("learns to rebuild each input from a random code near the input's own, so that every "
             "point of the code space decodes to something that looks like the data")),
    roles=(MODEL_ROLE,), data=DATA_INPUTS, trainer="deskdl.ml.trainers.vae:VaeTrainer",
    extra={"outputs": "deskdl.ml.trainers.vae:output_files", "checks": "deskdl.ml.vae:start_problems"},
    # beta is not a kind setting: it is the Sampling layer's own parameter (the layer adds the KL term
    # itself, so the same graph trains the same way as any kind and in an exported script).
    settings=(
        Setting("latent", "text", "", N_("the id of the Sampling node whose output is the code (the "
                "latent node); empty: the graph's only Sampling node")),
        Setting("sample_every", "int", 5, N_("epochs between two grids of decoded random codes "
                "(deskdl train writes each as a PNG)"), low=1, high=1000),
    ),
)
GAN = ProjectKind(
    id="gan", title=N_("Generative adversarial network"),
    summary=(N_("a generator learns to turn random noise into samples that a discriminator, trained "
             "at the same time, cannot tell from the real data")),
    roles=("generator", "discriminator"), data=DATA_SAMPLES, trainer="deskdl.ml.trainers.gan:GanTrainer",
    uses_loss=False, extra={"checks": "deskdl.ml.trainers.gan:start_problems",
                            "outputs": "deskdl.ml.trainers.gan:output_files"},
    settings=(
        Setting("d_steps", "int", 1, N_("discriminator updates in each round"), low=1, high=20),
        Setting("g_steps", "int", 1, N_("generator updates in each round"), low=1, high=20),
        Setting("label_smoothing", "float", 0.0, N_("the discriminator learns to answer 1 - this (not 1) "
                "for real samples, so it grows less sure of itself and the generator keeps learning "
                "(0.1 is common)"), low=0.0, high=0.5),
        Setting("sample_every", "int", 5,
                N_("epochs between two saved sample grids (deskdl train writes each "
                "as a PNG)"), low=1, high=1000),
    ),
)

@dataclass(frozen=True)
class RlKind(ProjectKind):
    """A kind that learns by acting in an environment: its settings are also checked together."""

    def check(self, algorithm: Mapping[str, Any] | None) -> list[str]:
        """Each setting alone, then the settings together (:func:`deskdl.core.rl.settings_problems`)."""
        problems = super().check(algorithm)
        if problems or (algorithm is not None and not isinstance(algorithm, Mapping)):
            return problems
        from deskdl.core.rl import settings_problems

        return settings_problems(self.id, self.with_defaults(algorithm))


_RL_ENVS = ("CartPole-v1", "Acrobot-v1", "MountainCar-v0", "Pendulum-v1")
_RL_COMMON = (
    Setting("env", "choice", "CartPole-v1", N_("the task the agent learns (gymnasium's classic control)"),
            choices=_RL_ENVS),
    Setting("episodes", "int", 300, N_("how many episodes (games, from reset to the end) to train for"),
            low=1, high=1_000_000),
    Setting("gamma", "float", 0.99, N_("the discount: how much a reward one step later is worth (0.99: "
            "rewards about 100 steps ahead still count)"), low=1e-6, high=1.0),
    Setting("eval_every", "int", 10, N_("every this many episodes play 10 greedy episodes (no exploration); "
            "if they reach the solved average, play 100 to see if the task is solved (0: never)"),
            low=0, high=100_000),
    Setting("stop_when_solved", "bool", True,
            N_("stop once 100 greedy episodes reach the solved average, and "
            "keep that network")),
)
DQN = RlKind(
    id="dqn", title=N_("Deep Q-network (DQN)"),
    summary=N_("learns the value of each action in each state (its Q-values) from replayed experience, "
               "and acts by picking the action with the largest value"),
    roles=(MODEL_ROLE,), data=DATA_ENVIRONMENT, trainer="deskdl.rl.trainers.dqn:DqnTrainer",
    units=("episode", "step"), uses_loss=False, extra={"checks": "deskdl.core.rl:project_problems"},
    settings=_RL_COMMON + (
        Setting("epsilon_start", "float", 1.0, N_("the share of random actions at the start (exploration)"),
                low=0.0, high=1.0),
        Setting("epsilon_end", "float", 0.02, N_("the share of random actions once exploration has shrunk"),
                low=0.0, high=1.0),
        Setting("epsilon_steps", "int", 10_000,
                N_("environment steps over which epsilon shrinks from its start "
                "to its end"), low=1, high=10_000_000),
        Setting("buffer_size", "int", 50_000, N_("how many past steps the replay buffer remembers"),
                low=1, high=5_000_000),
        Setting("batch_size", "int", 64, N_("how many remembered steps each training step learns from"),
                low=1, high=4096),
        Setting("learning_starts", "int", 1000,
                N_("environment steps of acting before the first training step "
                "(so the buffer holds varied experience)"), low=0, high=10_000_000),
        Setting("train_every", "int", 1,
                N_("environment steps between two training steps"), low=1, high=1000),
        Setting("target_update", "int", 500, N_("training steps between two copies of the network into the "
                "target network (which gives the learning targets)"), low=1, high=1_000_000),
        Setting("loss", "choice", "huber", N_("huber: like squared error for small errors, but grows only "
                "linearly for large ones (steadier); mse: squared error"), choices=("huber", "mse")),
        Setting("double", "bool", True, N_("Double DQN: the network picks the next action and the target "
                "network values it, which stops Q-values from growing too optimistic")),
    ),
)
POLICY_GRADIENT = RlKind(
    id="policy_gradient", title=N_("Policy gradient (REINFORCE)"),
    summary=N_("learns the probability of each action in each state directly, making the actions of "
               "episodes with a high return more likely"),
    roles=(MODEL_ROLE,), data=DATA_ENVIRONMENT, trainer="deskdl.rl.trainers.pg:PolicyGradientTrainer",
    units=("episode", "step"), uses_loss=False, extra={"checks": "deskdl.core.rl:project_problems"},
    settings=_RL_COMMON + (
        Setting("method", "choice", "reinforce",
                N_("reinforce: weigh each action by the return that followed "
                "it; a2c (actor-critic): by how much better the steps after it went than a learned critic "
                "expected (each step's surprise, the nearer ones counting more)"),
                choices=("reinforce", "a2c")),
        Setting("baseline", "bool", True, N_("REINFORCE: subtract a learned estimate of the return (a value "
                "network) so only better-than-expected actions become more likely (less noisy learning)")),
        Setting("normalize_returns", "bool", True,
                N_("scale each episode's weights to mean 0 and spread 1, so "
                "the step size does not depend on the size of the rewards")),
        Setting("entropy", "float", 0.0, N_("a bonus for keeping the policy random (exploration); 0.01 is "
                "common"),
                low=0.0, high=1.0),
        Setting("critic_lr_factor", "float", 1.0,
                N_("the critic (value network: A2C, or REINFORCE's baseline) "
                "learns with the learning rate times this; a critic that keeps up with the policy gives it "
                "better weights (the A2C template uses 3)"), low=0.01, high=100.0),
        Setting("gae_lambda", "float", 0.95, N_("A2C: how far each action's weight looks past its own step's "
                "surprise (0: that step only; 1: to the episode's end, like REINFORCE)"), low=0.0, high=1.0),
    ),
)

SEQUENCE_GENERATION = ProjectKind(
    id="sequence_generation", title=N_("Sequence generation"),
    summary=(N_("learns which character comes next after a window of text, then writes new text (or tunes) "
             "one character at a time from its own guesses")),
    roles=(MODEL_ROLE,), data=DATA_TEXT, trainer="deskdl.ml.trainers.charlm:CharTrainer",
    extra={"outputs": "deskdl.ml.trainers.charlm:output_files"},
    settings=(
        Setting("temperatures", "text", "0.2, 0.5, 1.0, 1.2",
                N_("while it trains, samples are written at these "
                "temperatures (numbers separated by commas): low = safe and repetitive, 1 = the model's own "
                "odds, above 1 = wilder")),
        Setting("sample_every", "float", 5.0, N_("seconds between two samples while it trains"), low=0.5,
                high=3600.0),
        Setting("sample_length", "int", 200, N_("characters in each sample"), low=10, high=5000),
        Setting("prime", "text", "", N_("the text each sample starts from (empty: the start of the training "
                "text)")),
    ),
)

SEQUENCE_TO_SEQUENCE = ProjectKind(
    id="sequence_to_sequence", title=N_("Sequence to sequence (attention)"),
    summary=(N_("learns an answer at every step of a sequence (reverse or sort digits), while the attention "
             "maps of one test example show which steps each step looks at")),
    roles=(MODEL_ROLE,), data=DATA_LABELLED, trainer="deskdl.ml.trainers.attention:AttentionTrainer",
    settings=(
        Setting("map_every", "float", 2.0, N_("seconds between two attention maps while it trains"), low=0.2,
                high=3600.0),
        Setting("example", "int", 0, N_("which test sequence's attention maps are shown (its number)"), low=0,
                high=1_000_000),
    ),
)

DEBIAS = ProjectKind(
    id="debias", title=N_("Debiasing with a VAE"),
    summary=(N_("trains the classifier twice on a biased data set, once as it is and once with each picture "
             "weighted by how rare a small VAE finds it, and compares their accuracy on each subgroup")),
    roles=(MODEL_ROLE,), data=DATA_LABELLED, trainer="deskdl.ml.trainers.debias:DebiasTrainer",
    extra={"checks": "deskdl.ml.debias:start_problems"},
    settings=(
        Setting("latent_dim", "int", 8, N_("code numbers of the VAE that looks for rare pictures"), low=1,
                high=64),
        Setting("vae_epochs", "int", 10,
                N_("epochs the VAE trains on the training pictures (it sees no labels)"),
                low=1, high=1000),
        Setting("beta", "float", 1 / 784, N_("the weight of the VAE's KL term (1 / pixels is the textbook "
                "value)"), low=0.0, high=10.0),
        Setting("bins", "int", 10,
                N_("bins of each code number's histogram, which estimates how common a code "
                "is"), low=2, high=200),
        Setting("alpha", "float", 0.3,
                N_("smoothing added to each bin's share before weighting by 1 / density: "
                "small = rare pictures get much more weight, large = the weights move towards 1"), low=0.0,
                high=100.0),
        Setting("method", "choice", "resample", N_("how the weights act. resample: each epoch draws the "
                "training pictures at random with replacement, each with a chance proportional to its "
                "weight, so rare pictures come up more often (as Amini et al. do); weight: every picture "
                "once an epoch, its loss multiplied by its weight"), choices=("resample", "weight")),
    ),
)

#: Every kind this deskdl knows, by id. (Next: dqn and policy_gradient with data "environment"
#: and roles like ("q_network",) or ("policy",); sequence_generation with data "text".)
KINDS: dict[str, ProjectKind] = {k.id: k for k in (SUPERVISED, AUTOENCODER, VAE, GAN, DQN, POLICY_GRADIENT)}
KINDS[SEQUENCE_GENERATION.id] = SEQUENCE_GENERATION  # issue 13
KINDS[SEQUENCE_TO_SEQUENCE.id] = SEQUENCE_TO_SEQUENCE  # issue 13
ATTENTION_CLASSIFIER = ProjectKind(
    id="attention_classifier", title=N_("Classifier with attention"),
    summary=(N_("learns one answer for a whole sequence (is a review positive?) while the attention maps of "
             "one test example show which words each word looks at")),
    roles=(MODEL_ROLE,), data=DATA_LABELLED, trainer="deskdl.ml.trainers.attention:AttentionTrainer",
    settings=SEQUENCE_TO_SEQUENCE.settings,
)
KINDS[ATTENTION_CLASSIFIER.id] = ATTENTION_CLASSIFIER  # issue 13: attention on the reviews
KINDS[DEBIAS.id] = DEBIAS  # issue 11 (debiasing)


def register(kind: ProjectKind) -> ProjectKind:
    """Add (or replace) a kind; returns it. For kinds declared outside this module (tests, plug-ins)."""
    if kind.data not in DATA_KINDS:
        raise ValueError(f"unknown data kind {kind.data!r}")
    if not kind.roles or len(set(kind.roles)) != len(kind.roles):
        raise ValueError("a kind needs one or more distinct roles")
    if ":" not in kind.trainer:
        raise ValueError("a kind's trainer is 'package.module:name'")
    KINDS[kind.id] = kind
    return kind


def get_kind(kind_id: str | None) -> ProjectKind:
    """The kind called ``kind_id`` (``None``/empty: :data:`DEFAULT_KIND`); :class:`KindError` if unknown."""
    key = kind_id or DEFAULT_KIND
    try:
        return KINDS[key]
    except (KeyError, TypeError):
        raise KindError(_("this deskdl does not know the project kind {kind}").format(kind=repr(key)),
                        _("use one of {kinds}, or update deskdl").format(
                            kinds=", ".join(sorted(KINDS)))) from None


def kind_of(project: Any) -> ProjectKind:
    """The kind of a project, a project document, or a run record.

    The project's ``kind`` if it says one; otherwise (every version-1 file) an
    autoencoder when its data's ``target`` is ``"inputs"``, else supervised.
    Accepts a :class:`~deskdl.core.project.Project` (attributes ``kind``, ``data``)
    or a mapping with ``kind`` and ``data`` keys.
    """
    if isinstance(project, Mapping):
        declared, data = project.get("kind"), project.get("data")
    else:
        declared, data = getattr(project, "kind", None), getattr(project, "data", None)
    if declared:
        return get_kind(declared)
    if isinstance(data, Mapping) and data.get("target") == "inputs":
        return AUTOENCODER
    return SUPERVISED


def learns_inputs(project: Any) -> bool:
    """Whether the project's targets are its inputs (an autoencoder or a VAE rebuilds them)."""
    return kind_of(project).data == DATA_INPUTS


__all__ = ["AUTOENCODER", "DATA_ENVIRONMENT", "DEBIAS", "DQN", "POLICY_GRADIENT", "RlKind",
           "DATA_INPUTS", "DATA_KINDS", "DATA_LABELLED", "DATA_SAMPLES",
           "DATA_TEXT", "DEFAULT_KIND", "GAN", "KINDS", "KindError", "MODEL_ROLE", "ProjectKind",
           "SUPERVISED", "Setting", "VAE", "get_kind", "kind_of", "learns_inputs", "register"]
