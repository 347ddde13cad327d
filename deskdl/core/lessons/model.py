"""The lesson model: a lesson is a few steps; a step has text, actions, hints and a check.

Plain frozen dataclasses, built by :mod:`deskdl.core.lessons.loader` from a
teacher's TOML file and never changed afterwards (a session keeps its own
state). The tables of action ops and check kinds below are the schema the
loader enforces and ``resources/lessons/README.md`` documents: one entry per op
or kind with its arguments, so adding a kind is one entry here plus its
evaluation function.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import N_


class LessonError(DeskdlError):
    """A lesson file that cannot be used; the message names the file, the step and the field."""


# ---------------------------------------------------------------- argument specs
#: Argument types: "text", "number" (int or float), "int", "bool", "value" (any TOML value),
#: "table" (key -> value), "texts" (list of text), "values" (list of values), "check" (one check
#: table), "checks" (a list of check tables).
@dataclass(frozen=True)
class ArgSpec:
    """One argument of an action op or a check kind."""

    name: str
    type: str
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()


def _a(name: str, type_: str, help_: str, required: bool = False, choices: tuple[str, ...] = ()) -> ArgSpec:
    return ArgSpec(name, type_, required, help_, choices)


_COMPARE = (
    _a("equals", "value", N_("the value must be exactly this")),
    _a("one_of", "values", N_("the value must be one of these")),
    _a("min", "number", N_("the value must be at least this")),
    _a("max", "number", N_("the value must be at most this")),
)
#: Check kinds that compare one value take one or more of these (at least one is required).
COMPARE_ARGS = tuple(a.name for a in _COMPARE)
_ROLE = _a("role", "text",
           N_("which graph of a project with several (a GAN's 'generator'); default: the first"))
_SCOPE = _a("scope", "text",
            N_("which runs count: 'step' (made since this step opened, the default) or 'any'"),
            choices=("step", "any"))


@dataclass(frozen=True)
class KindSpec:
    """A check kind or an action op: its arguments and a one-line description."""

    name: str
    args: tuple[ArgSpec, ...]
    help: str
    #: "graph", "run", "learner", "combinator" for checks; "project", "train", "event", "gui" for actions.
    group: str = ""
    #: For checks that compare a value: one of ``COMPARE_ARGS`` must be given.
    compares: bool = False

    def arg(self, name: str) -> ArgSpec | None:
        """The spec of argument ``name``, or None."""
        return next((a for a in self.args if a.name == name), None)


CHECK_KINDS: dict[str, KindSpec] = {k.name: k for k in (
    # ---- the graph
    KindSpec("layer_exists", (_a("type", "text", N_("the Keras layer class, e.g. 'Dense' (default: any layer "
                                                    "but Input)")),
                              _a("where", "table", N_("settings the layer must have, e.g. "
                                                      "{activation = 'relu'}")),
                              _ROLE),
             "the model has at least one layer of this type (with these settings)", "graph"),
    KindSpec("layer_count", (_a("type", "text", N_("the Keras layer class (default: any layer but Input)")),
                             _a("where", "table", N_("settings the counted layers must have")),
                             _a("min", "int", N_("at least this many")),
                             _a("max", "int", N_("at most this many")),
                             _ROLE),
             "the number of layers of this type (with these settings) is within min..max", "graph"),
    KindSpec("layer_setting", (_a("layer", "text", N_("the layer's id (as in the project file)")),
                               _a("type", "text", N_("instead of an id: any layer of this Keras class")),
                               _a("setting", "text", N_("the setting's name, e.g. 'units' or 'activation'"),
                                  required=True), *_COMPARE, _ROLE),
             "a setting of a layer has a value", "graph", compares=True),
    KindSpec("params", (_a("min", "int", N_("at least this many parameters")),
                        _a("max", "int", N_("at most this many parameters")),
                        _a("layer", "text", N_("count only this layer's parameters (its id)")), _ROLE),
             "the model's (or one layer's) parameter count, trainable and not, is within min..max", "graph"),
    KindSpec("output_shape", (_a("layer", "text", N_("the layer's id"), required=True),
                              _a("equals", "values",
                                 N_("the shape without the batch size, e.g. [26, 26, 8]")),
                              _a("one_of", "values", N_("a list of such shapes")), _ROLE),
             "a layer's output shape (as the Summary shows it, without the batch size)", "graph",
             compares=True),
    KindSpec("model_valid", (_ROLE,), "the model can be built: the Problems list shows no error", "graph"),
    KindSpec("link", (_a("src", "text", N_("the id of the layer whose output is used")),
                      _a("src_type", "text", N_("instead of src: any layer of this Keras class")),
                      _a("dst", "text", N_("the id of the layer that receives it")),
                      _a("dst_type", "text", N_("instead of dst: any layer of this Keras class")), _ROLE),
             "one layer's output goes straight into another layer", "graph"),
    KindSpec("training_setting", (_a("setting", "text", N_("a training setting, dots for nested ones: "
                                                           "'batch_size', 'optimizer.type', "
                                                           "'optimizer.learning_rate', "
                                                           "'early_stopping.enabled'"),
                                     required=True), *_COMPARE),
             "a training setting has a value", "graph", compares=True),
    KindSpec("data_setting", (_a("setting", "text", N_("'dataset' or a data setting such as 'params.noise'"),
                                 required=True), *_COMPARE),
             "a data setting has a value", "graph", compares=True),
    KindSpec("algorithm_setting", (_a("setting", "text", N_("a setting of the project's kind (an agent's, a "
                                                            "GAN's): 'episodes', 'epsilon_end', "
                                                            "'baseline', ..."),
                                      required=True), *_COMPARE),
             "a setting of the project's kind has a value (a setting left out of the file has its default)",
             "graph", compares=True),
    # ---- runs
    KindSpec("run_finished", (_a("status", "values",
                                 N_("accepted endings (default: finished, early_stopped)")),
                              _a("project_kind", "text", N_("the project kind, e.g. 'supervised' or 'gan' "
                                                                    "(default: any)")),
                              _a("min_epochs", "int", N_("at least this many epochs were trained")), _SCOPE),
             "a training run ended", "run"),
    KindSpec("metric", (_a("metric", "text", N_("'loss', 'accuracy', 'val_loss', 'val_accuracy', "
                                               "'test_accuracy', 'test_loss', ... (test_ reads the test "
                                               "set, the rest the last epoch)"), required=True),
                        _a("min", "number", N_("at least this")),
                        _a("max", "number", N_("at most this")), _SCOPE),
             "a metric of the newest run is within min..max (a failed run never passes)", "run"),
    KindSpec("curve", (_a("metric", "text", N_("the per-epoch curve: 'loss' (default), 'val_loss', "
                                               "'accuracy', ...")),
                       _a("shape", "text", N_("how the curve goes"), required=True,
                          choices=("up_then_down", "down_then_up", "falling", "rising")),
                       _a("by", "number", N_("how big the rise or fall must be, as a share of the value "
                                             "(default 0.0: any)")), _SCOPE),
             "the newest run's curve went up then down, down then up, fell or rose", "run"),
    KindSpec("diverged", (_SCOPE,),
             "the newest run failed because its loss became NaN or exploded", "run"),
    KindSpec("runs_compared", (_a("setting", "text", N_("the training setting that differs between the runs, "
                                                        "e.g. 'optimizer.type', or 'trainable' (the "
                                                        "trainable weight count) or 'params' (all)"),
                                  required=True),
                               _a("min", "int", N_("at least this many different values (default 2)")),
                               _SCOPE),
             "runs that ended were made with at least min different values of a setting", "run"),
    KindSpec("doctor", (_a("finding", "text", N_("what the training doctor finds in the newest run"),
                           required=True, choices=("overfitting", "underfitting", "lr_high", "lr_low",
                                                   "majority_class", "dead_relu", "vanishing_gradients",
                                                   "exploding_gradients")),
                        _a("layer", "text", N_("the layer the finding must name (its id)")), _SCOPE),
             "the training doctor finds this in the newest run (as the Doctor box shows it)", "run"),
    # ---- what the learner did
    KindSpec("event", (_a("name", "text", N_("the event's name (see the list of learner events)"),
                          required=True),
                       _a("min", "int", N_("at least this many times (default 1)")),
                       _a("where", "table", N_("details the event must have, e.g. {tab = 'Data'}"))),
             "the learner did something in the app (since this step opened)", "learner"),
    # ---- combinators
    KindSpec("all", (_a("checks", "checks", N_("the checks"), required=True),),
             "every one of the checks passes", "combinator"),
    KindSpec("any", (_a("checks", "checks", N_("the checks"), required=True),),
             "at least one of the checks passes", "combinator"),
    KindSpec("not", (_a("check", "check", N_("the check"), required=True),), "the check does not pass",
             "combinator"),
)}
for _spec in CHECK_KINDS.values():  # every check may say in its own words what it wants
    object.__setattr__(_spec, "args", (*_spec.args, _a("text", "text", N_("what the learner sees as the goal "
                                                                          "(default: made from the check)"))))

ACTION_OPS: dict[str, KindSpec] = {k.name: k for k in (
    # ---- the project (pure functions on the core project; the same edits as the Build tab's)
    KindSpec("open_template", (_a("template", "text",
                                  N_("a template's file name without .deskdl, e.g. 'mlp_2d'"),
                                  required=True),),
             "open a copy of a template from resources/templates", "project"),
    KindSpec("open_project", (_a("file", "text", N_("a .deskdl file beside the lesson file"),
                                 required=True),),
             "open a copy of a project file that comes with the lesson", "project"),
    KindSpec("add_layer", (_a("type", "text", N_("the Keras layer class, e.g. 'Dense'"), required=True),
                           _a("id", "text", N_("the new layer's id (default: made from the type)")),
                           _a("params", "table", N_("its settings, e.g. {units = 8, activation = 'relu'}")),
                           _a("after", "text", N_("the id of the layer that feeds it")),
                           _a("before", "text", N_("the id of the layer it feeds (with after: put it on the "
                                                   "link between them)"))),
             "add a layer", "project"),
    KindSpec("set_layer", (_a("layer", "text", N_("the layer's id"), required=True),
                           _a("params", "table", N_("the settings to change, e.g. {activation = 'tanh'}"),
                              required=True)),
             "change settings of a layer", "project"),
    KindSpec("delete_layer", (_a("layer", "text", N_("the layer's id"), required=True),),
             "delete a layer (and its links)", "project"),
    KindSpec("connect", (_a("src", "text", N_("the id of the layer whose output is used"), required=True),
                         _a("dst", "text", N_("the id of the layer that receives it"), required=True),
                         _a("slot", "int", N_("which input of dst (default: the next free one)"))),
             "link one layer's output to another layer's input", "project"),
    KindSpec("disconnect", (_a("src", "text", N_("the id of the feeding layer"), required=True),
                            _a("dst", "text", N_("the id of the receiving layer"), required=True)),
             "remove a link", "project"),
    KindSpec("set_training", (_a("setting", "text", N_("a training setting, dots for nested ones, e.g. "
                                                       "'optimizer.learning_rate'"), required=True),
                              _a("value", "value", N_("its new value"), required=True)),
             "change a training setting", "project"),
    KindSpec("set_data", (_a("setting", "text", N_("'dataset' or e.g. 'params.noise'"), required=True),
                          _a("value", "value", N_("its new value"), required=True)),
             "change the data set or one of its settings", "project"),
    KindSpec("set_algorithm", (_a("setting", "text", N_("a setting of the project's kind (an agent's, a "
                                                        "GAN's), e.g. 'episodes' or 'epsilon_end'"),
                                  required=True),
                               _a("value", "value", N_("its new value"), required=True)),
             "change a setting of the project's kind (the Train tab's kind settings)", "project"),
    # ---- training (the ml ring runs it headless; the GUI through its Train tab)
    KindSpec("train", (_a("epochs", "int", N_("train this many epochs instead of the project's")),),
             "train the model with the project's settings, as the Train button does", "train"),
    # ---- a learner event (headless: recorded; the GUI does the thing or reports it)
    KindSpec("event", (_a("name", "text", N_("the event's name"), required=True),
                       _a("data", "table", N_("its details, e.g. {tab = 'Data'}"))),
             "do what the learner would do in the app (report this learner event)", "event"),
    # ---- GUI only (no-ops headless)
    KindSpec("switch_tab", (_a("tab", "text", N_("Build, Data, Train, Evaluate or Inspect"), required=True),),
             "show a tab", "gui"),
    KindSpec("select_layer", (_a("layer", "text", N_("the layer's id"), required=True),),
             "select a layer on the canvas (its settings show)", "gui"),
    KindSpec("highlight", (_a("control", "text", N_("a control id (see the list of controls)"),
                              required=True),),
             "draw the learner's eye to a control", "gui"),
)}

#: Ops that change the project without the GUI.
PROJECT_OPS = tuple(n for n, s in ACTION_OPS.items() if s.group == "project")
#: Ops the headless runner skips (the GUI performs them).
GUI_OPS = tuple(n for n, s in ACTION_OPS.items() if s.group == "gui")


# ---------------------------------------------------------------- the model
@dataclass(frozen=True)
class Action:
    """One action: ``op`` (a key of :data:`ACTION_OPS`) and its arguments."""

    op: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        """An argument, or ``default``."""
        return self.args.get(name, default)

    def to_dict(self) -> dict[str, Any]:
        """As the lesson file writes it."""
        return {"op": self.op, **dict(self.args)}


@dataclass(frozen=True)
class Check:
    """One check: ``kind`` (a key of :data:`CHECK_KINDS`), its arguments, and sub-checks for all/any/not."""

    kind: str
    args: Mapping[str, Any] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    #: What the learner sees as the goal (the file's ``text``, else made from the check).
    text: str = ""

    def get(self, name: str, default: Any = None) -> Any:
        """An argument, or ``default``."""
        return self.args.get(name, default)


@dataclass(frozen=True)
class Step:
    """One step of a lesson."""

    id: str
    title: str
    text: str
    task: str = ""
    hints: tuple[str, ...] = ()
    #: Done when the step opens: set the stage (open a project, switch tab, highlight a control).
    actions: tuple[Action, ...] = ()
    #: "Show me": does the task (the reference solution ``deskdl lessons --verify`` runs).
    show_me: tuple[Action, ...] = ()
    #: ``None``: a step to read; it counts as done when the learner moves on.
    check: Check | None = None
    #: Control ids locked, hidden or highlighted while this step is open (besides the lesson's own).
    lock: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    highlight: tuple[str, ...] = ()
    #: 1-based position in the lesson (messages say "step 3").
    number: int = 0


@dataclass(frozen=True)
class Lesson:
    """A lesson as loaded from its file."""

    id: str
    title: str
    section: str
    steps: tuple[Step, ...]
    summary: str = ""
    #: About how long the lesson takes, in minutes (the teacher's estimate).
    minutes: int = 0
    #: Position within its section (lower first; then the title).
    order: int = 0
    #: A project file beside the lesson (its path), or a template id, opened when the lesson starts.
    project: Path | None = None
    template: str | None = None
    #: Controls locked or hidden for the whole lesson.
    lock: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    path: Path | None = None

    @property
    def folder(self) -> Path | None:
        """The folder of the lesson file (its own project files live here)."""
        return self.path.parent if self.path is not None else None

    def start_actions(self) -> tuple[Action, ...]:
        """The actions that open the lesson's project (empty when it names none)."""
        if self.project is not None:
            return (Action("open_project", {"file": str(self.project)}),)
        if self.template:
            return (Action("open_template", {"template": self.template}),)
        return ()

    def step_index(self, step_id: str) -> int:
        """The 0-based index of the step called ``step_id`` (``ValueError`` if none)."""
        for i, step in enumerate(self.steps):
            if step.id == step_id:
                return i
        raise ValueError(f"lesson {self.id} has no step {step_id!r}")

    def locked(self, index: int) -> tuple[str, ...]:
        """Control ids locked during step ``index`` (the lesson's and the step's)."""
        return tuple(dict.fromkeys((*self.lock, *self.steps[index].lock)))

    def hidden(self, index: int) -> tuple[str, ...]:
        """Control ids hidden during step ``index`` (the lesson's and the step's)."""
        return tuple(dict.fromkeys((*self.hide, *self.steps[index].hide)))


@dataclass(frozen=True)
class Section:
    """A course section: a folder of lessons under ``resources/lessons``."""

    id: str
    title: str
    order: int
    lessons: tuple[Lesson, ...] = ()

    @property
    def minutes(self) -> int:
        """The lessons' minutes added up."""
        return sum(lesson.minutes for lesson in self.lessons)
