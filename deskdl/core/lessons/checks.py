"""Evaluate a step's check against what is true now: the project, its runs, what the learner did.

:func:`evaluate` is pure: it reads a :class:`LessonContext` and returns a
:class:`CheckResult` (passed, the goal in words, and what is the case now). The GUI
calls it whenever the project changes, a run ends or a learner event arrives; the
headless verifier calls it after a step's "show me". Nothing here raises for a
project that is odd or half-built: a check that cannot be true simply does not pass.

Run checks look at the runs made since the step opened (``scope = "step"``, the
default: a run from an earlier step must not tick this one) unless the check says
``scope = "any"``; the context carries the ids of the runs that existed when the step
opened (:attr:`LessonContext.old_runs`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deskdl.core.history import RunRecord
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.lessons.model import Check

_ = translator("core.lessons.checks")

#: Run endings that count as a completed run.
ENDED_OK = ("finished", "early_stopped")
#: ``error.kind`` values of a run whose loss became NaN or blew up.
DIVERGED_KINDS = ("nan", "exploding")


@dataclass(frozen=True)
class LearnerEvent:
    """Something the learner did in the app, reported by the GUI (see ``controls.EVENTS``)."""

    name: str
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class LessonContext:
    """What a check reads.

    Attributes:
        project: the open :class:`~deskdl.core.project.Project` (``None``: no project open).
        runs: run records (as ``project.runs`` stores them), oldest first; ``None`` means
            ``project.runs``.
        events: learner events since the step opened, oldest first.
        old_runs: ids of the runs that existed when the step opened (``scope = "step"``
            ignores them).
    """

    project: Any = None
    runs: Sequence[Mapping[str, Any]] | None = None
    events: Sequence[LearnerEvent] = ()
    old_runs: frozenset[str] = frozenset()

    def all_runs(self) -> list[Mapping[str, Any]]:
        """Every run record, oldest first."""
        if self.runs is not None:
            return list(self.runs)
        return list(getattr(self.project, "runs", None) or [])


@dataclass(frozen=True)
class CheckResult:
    """The answer of one check: ``passed``, the goal (``text``) and what is the case now (``detail``)."""

    passed: bool
    text: str
    detail: str = ""
    parts: tuple[CheckResult, ...] = ()

    def __bool__(self) -> bool:
        return self.passed


# ---------------------------------------------------------------- helpers
def get_path(doc: Any, path: str) -> tuple[bool, Any]:
    """``(found, value)`` of a dotted path such as ``optimizer.learning_rate`` in nested dicts."""
    value = doc
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return False, None
        value = value[part]
    return True, value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b if isinstance(a, bool) and isinstance(b, bool) else False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def _show(v: Any) -> str:
    if isinstance(v, str):
        return f'"{v}"'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (list, tuple)):
        return "(" + ", ".join(_show(x) for x in v) + ")"
    return str(v)


def compare(value: Any, args: Mapping[str, Any]) -> bool:
    """Whether ``value`` meets ``equals`` / ``one_of`` / ``min`` / ``max`` of ``args`` (all given ones)."""
    if "equals" in args and not _same(value, args["equals"]):
        return False
    if "one_of" in args and not any(_same(value, v) for v in args["one_of"]):
        return False
    for key, ok in (("min", lambda v, m: v >= m), ("max", lambda v, m: v <= m)):
        if key in args:
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
                return False
            if not ok(value, args[key]):
                return False
    return True


def want_text(args: Mapping[str, Any]) -> str:
    """``is 0.01`` / ``is one of ...`` / ``is at least 0.9`` ... in words."""
    parts = []
    if "equals" in args:
        parts.append(_("is {value}").format(value=_show(args["equals"])))
    if "one_of" in args:
        parts.append(_("is one of {values}").format(values=", ".join(_show(v) for v in args["one_of"])))
    if "min" in args and "max" in args:
        parts.append(_("is between {low} and {high}").format(low=_show(args["min"]), high=_show(args["max"])))
    elif "min" in args:
        parts.append(_("is at least {value}").format(value=_show(args["min"])))
    elif "max" in args:
        parts.append(_("is at most {value}").format(value=_show(args["max"])))
    return _(" and ").join(parts)


def _graph(ctx: LessonContext, check: Check):
    project = ctx.project
    if project is None:
        return None
    role = check.get("role")
    if role:
        return project.graphs.get(role)
    return project.graph


def _layers(graph, check: Check) -> list[Any]:
    """The graph's nodes of the check's ``type`` (any but Input when none) matching its ``where``."""
    kind = check.get("type")
    where = check.get("where") or {}
    out = []
    for node in graph.nodes.values():
        if kind is None and node.type == "Input":
            continue
        if kind is not None and node.type != kind:
            continue
        if all(k in node.params and _same(node.params[k], v) for k, v in where.items()):
            out.append(node)
    return out


def _layer_words(check: Check, plural: bool = False) -> str:
    kind = check.get("type")
    if kind:
        words = (_("{type} layers") if plural else _("{type} layer")).format(type=kind)
    else:
        words = _("layers") if plural else _("layer")
    where = check.get("where") or {}
    if where:
        words = _("{layers} with {settings}").format(
            layers=words, settings=", ".join(f"{k} {_show(v)}" for k, v in where.items()))
    return words


def _an(word: str) -> str:
    """``a Dense`` / ``an Add``: the article for a word, as read aloud."""
    return (_("an {word}") if word[:1].lower() in "aeiou" else _("a {word}")).format(word=word)


NO_MODEL = N_("No model is open.")
NO_PROJECT = N_("No project is open.")
#: The goal of an event check, for each learner event: "You " and the event's description in
#: ``controls.EVENTS`` without its data (a test keeps the two the same).
EVENT_GOALS = {
    "tab_opened": N_("You opened a tab"),
    "layer_selected": N_("You selected a layer on the canvas"),
    "run_started": N_("You started a training run"),
    "run_finished": N_("You a training run ended"),
    "run_stopped": N_("You pressed Stop during a run"),
    "runs_overlaid": N_("You showed two or more runs' curves together"),
    "dataset_changed": N_("You picked another data set"),
    "data_viewed": N_("You looked at the data in the Data tab"),
    "boundary_viewed": N_("You looked at the decision boundary"),
    "uncertainty_viewed": N_("You looked at the model's uncertainty (MC dropout) painted over the plane"),
    "plane_clicked": N_("You clicked a spot of the 2-D plane to read the model's answer there"),
    "filter_excited": N_("You pressed Run on the Inspect tab's 'What excites a filter' page"),
    "evaluated": N_("You ran the evaluation of the trained model on the test set"),
    "digit_drawn": N_("You drew a digit on the drawing pad and the model read it"),
    "filters_viewed": N_("You looked at the learned filters in the Inspect tab"),
    "temperature_changed": N_("You moved the sampling temperature slider"),
    "text_generated": N_("You generated text or a tune from a trained model"),
    "agent_watched": N_("You pressed 'Watch the agent' to see the trained agent play"),
    "attention_read": N_("You clicked a row of an attention map to read which places it takes from"),
    "epsilon_changed": N_("You moved the Adversarial page's epsilon slider"),
    "weights_listed": N_("You opened File > Pretrained Weights, which lists the ImageNet weights on this "
                         "computer"),
    "adversarial_flipped": N_("You changed the model's right answer to a test picture into a wrong one with "
                              "the fast gradient sign attack"),
    "hint_shown": N_("You asked for a hint"),
}


# ---------------------------------------------------------------- graph checks
def _layer_exists(check: Check, ctx: LessonContext) -> CheckResult:
    text = _("The model has {a_layer}.").format(a_layer=_an(_layer_words(check)))
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, _(NO_MODEL))
    found = _layers(graph, check)
    return CheckResult(bool(found), text, _("Found: {layers}.").format(layers=", ".join(n.id for n in found))
                       if found else _("There is no {layer} yet.").format(layer=_layer_words(check)))


def _layer_count(check: Check, ctx: LessonContext) -> CheckResult:
    text = _("The number of {layers} {want}.").format(layers=_layer_words(check, plural=True),
                                                      want=want_text(check.args))
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, _(NO_MODEL))
    n = len(_layers(graph, check))
    return CheckResult(compare(n, check.args), text, _("The model has {n}.").format(n=n))


def _layer_setting(check: Check, ctx: LessonContext) -> CheckResult:
    setting = check.get("setting")
    who = (_("layer {id}").format(id=check.get("layer")) if check.get("layer")
           else _an(_("{type} layer").format(type=check.get("type"))))
    text = _("The setting {setting} of {layer} {want}.").format(setting=setting, layer=who,
                                                                want=want_text(check.args))
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, _(NO_MODEL))
    if check.get("layer"):
        node = graph.nodes.get(check.get("layer"))
        if node is None:
            return CheckResult(False, text, _("There is no layer {id} (was it deleted?).").format(
                id=check.get("layer")))
        nodes = [node]
    else:
        nodes = [n for n in graph.nodes.values() if n.type == check.get("type")]
        if not nodes:
            return CheckResult(False, text, _("There is no {type} layer.").format(type=check.get("type")))
    for node in nodes:
        if compare(node.params.get(setting), check.args):
            return CheckResult(True, text, _("{id}: {setting} is {value}.").format(
                id=node.id, setting=setting, value=_show(node.params.get(setting))))
    now = "; ".join(f"{n.id}: {_show(n.params.get(setting))}" for n in nodes[:4])
    return CheckResult(False, text, _("Now {values}.").format(values=now))


def _params(check: Check, ctx: LessonContext) -> CheckResult:
    layer = check.get("layer")
    want = want_text(check.args)
    text = (_("Layer {id}'s parameter count {want}.").format(id=layer, want=want) if layer
            else _("The model's parameter count {want}.").format(want=want))
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, _(NO_MODEL))
    from deskdl.core.analysis import analyze

    analysis = analyze(graph)
    if layer is not None:
        info = analysis.nodes.get(layer)
        if info is None:
            return CheckResult(False, text, _("There is no layer {id}.").format(id=layer))
        if info.shape is None:
            return CheckResult(False, text,
                               _("The size of {id} is not known: see Problems.").format(id=layer))
        return CheckResult(compare(info.params, check.args), text,
                           _("It has {n} parameters.").format(n=f"{info.params:,}"))
    if not analysis.ok:
        return CheckResult(False, text, _("The model has a problem, so its size is not known: see Problems."))
    return CheckResult(compare(analysis.total, check.args), text,
                       _("It has {n} parameters.").format(n=f"{analysis.total:,}"))


def _output_shape(check: Check, ctx: LessonContext) -> CheckResult:
    layer = check.get("layer")
    text = _("The output shape of {id} {want}.").format(id=layer, want=want_text(check.args))
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, _(NO_MODEL))
    from deskdl.core.analysis import analyze

    info = analyze(graph).nodes.get(layer)
    if info is None:
        return CheckResult(False, text, _("There is no layer {id}.").format(id=layer))
    if info.shape is None:
        return CheckResult(False, text, _("The shape of {id} is not known: see Problems.").format(id=layer))
    shape = list(info.shape[1:])
    return CheckResult(compare(shape, check.args), text, _("It is {value}.").format(value=_show(shape)))


def _model_valid(check: Check, ctx: LessonContext) -> CheckResult:
    text = _("The model can be built (no errors in the Problems list).")
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, _(NO_MODEL))
    from deskdl.core.analysis import analyze

    analysis = analyze(graph)
    if analysis.ok:
        return CheckResult(True, text, _("No errors."))
    return CheckResult(False, text, " ".join(analysis.errors[0].text.split()))


#: Settings as a learner reads them (others are named by their path).
SETTING_WORDS = {
    "optimizer.type": N_("optimizer"), "optimizer.learning_rate": N_("learning rate"),
    "batch_size": N_("batch size"), "epochs": N_("number of epochs"), "optimizer.momentum": N_("momentum"),
    "optimizer.nesterov": N_("Nesterov switch"), "early_stopping.enabled": N_("early stopping switch"),
    "early_stopping.patience": N_("early stopping patience"), "validation_split": N_("validation share"),
    "loss": N_("loss"), "seed": N_("seed"), "clipnorm": N_("clip norm"), "dataset": N_("data set"),
    "params.noise": N_("data set's noise"), "params.samples": N_("data set's number of samples"),
    "params.test_fraction": N_("test share"),
}
#: The other settings of the Train and Data tabs, named by their path.
_OTHER_SETTING = {"training": N_("training setting {setting}"), "data": N_("data setting {setting}")}


def _link(check: Check, ctx: LessonContext) -> CheckResult:
    def words(end: str) -> str:
        return (_("layer {id}").format(id=check.get(end)) if check.get(end)
                else _an(_("{type} layer").format(type=check.get(end + "_type"))))

    def fits(node: Any, end: str) -> bool:
        return node.id == check.get(end) if check.get(end) else node.type == check.get(end + "_type")

    text = _("The output of {src} goes straight into {dst}.").format(src=words("src"), dst=words("dst"))
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, _(NO_MODEL))
    nodes = graph.nodes
    for node in nodes.values():
        if not fits(node, "dst"):
            continue
        for src in node.inputs:
            if src in nodes and fits(nodes[src], "src"):
                return CheckResult(True, text, _("{src} feeds {dst}.").format(src=src, dst=node.id))
    return CheckResult(False, text, _("There is no such link yet."))


def _setting_check(where: str, words: str) -> Callable[[Check, LessonContext], CheckResult]:
    def run(check: Check, ctx: LessonContext) -> CheckResult:
        setting = check.get("setting")
        other = _(_OTHER_SETTING[words]).format(setting=setting)
        name = _(SETTING_WORDS[setting]) if setting in SETTING_WORDS else other
        text = _("The {name} {want}.").format(name=name, want=want_text(check.args))
        if ctx.project is None:
            return CheckResult(False, text, _(NO_PROJECT))
        found, value = get_path(getattr(ctx.project, where), setting)
        if not found:
            return CheckResult(False, text, _("The project has no {setting}.").format(setting=other))
        return CheckResult(compare(value, check.args), text, _("It is {value}.").format(value=_show(value)))
    return run


def _algorithm_setting(check: Check, ctx: LessonContext) -> CheckResult:
    setting = check.get("setting")
    # as the Train tab labels it: epsilon_end -> "Epsilon end"
    text = _("The setting {setting} {want}.").format(setting=setting.replace("_", " ").capitalize(),
                                                     want=want_text(check.args))
    if ctx.project is None:
        return CheckResult(False, text, _(NO_PROJECT))
    from deskdl.core.kinds import kind_of

    kind = kind_of(ctx.project)
    found, value = get_path(kind.with_defaults(getattr(ctx.project, "algorithm", None)), setting)
    if not found:
        return CheckResult(False, text, _("A {kind} project has no setting {setting}.").format(
            kind=tr("core.kinds", kind.title), setting=setting))
    return CheckResult(compare(value, check.args), text, _("It is {value}.").format(value=_show(value)))


# ---------------------------------------------------------------- run checks
def _runs(check: Check, ctx: LessonContext) -> list[Mapping[str, Any]]:
    runs = ctx.all_runs()
    if check.get("scope", "step") == "any":
        return runs
    return [r for r in runs if str(r.get("id", "")) not in ctx.old_runs]


def _newest(check: Check, ctx: LessonContext) -> Mapping[str, Any] | None:
    runs = _runs(check, ctx)
    return runs[-1] if runs else None


def _no_run(check: Check) -> str:
    if check.get("scope", "step") == "any":
        return _("No run yet.")
    return _("No run since this step opened: train.")


#: A run's ending as the checks' details write it (the record's own word, translated).
STATUS_WORDS = {"finished": N_("finished"), "early_stopped": N_("early_stopped"), "stopped": N_("stopped"),
                "failed": N_("failed")}


def _status(status: Any) -> str:
    return _(STATUS_WORDS[status]) if status in STATUS_WORDS else str(status)


def _run_finished(check: Check, ctx: LessonContext) -> CheckResult:
    status = tuple(check.get("status") or ENDED_OK)
    kind, min_epochs = check.get("project_kind"), check.get("min_epochs")
    if set(status) == set(ENDED_OK):
        text = _("A training run ends")
    else:
        endings = _(" or ").join(_status(s) for s in status)
        text = _("A training run ends as {statuses}").format(statuses=endings)
    if kind:
        text = _("{goal} (a {kind} project)").format(goal=text, kind=kind)
    if min_epochs:
        text = _("{goal} after at least {n} epochs").format(goal=text, n=min_epochs)
    text = _("{goal}.").format(goal=text)
    runs = _runs(check, ctx)
    if not runs:
        return CheckResult(False, text, _no_run(check))
    for rec in reversed(runs):
        if rec.get("status") not in status:
            continue
        if kind and (rec.get("kind") or "supervised") != kind:
            continue
        if min_epochs and int(rec.get("epochs_run") or 0) < min_epochs:
            continue
        return CheckResult(True, text, _("Run {id} {status} after {n} epochs.").format(
            id=rec.get("id"), status=_status(rec.get("status")), n=rec.get("epochs_run")))
    last = runs[-1]
    return CheckResult(False, text, _("The newest run {status} after {n} epochs.").format(
        status=_status(last.get("status")), n=last.get("epochs_run")))


#: Metric names as the checks write them (others as the run records name them).
METRIC_WORDS = {"loss": N_("loss"), "accuracy": N_("accuracy")}


def _metric_words(name: str) -> str:
    if name.startswith("test_"):
        return _("test-set {metric}").format(metric=_(METRIC_WORDS.get(name[5:], name[5:])))
    if name.startswith("val_"):
        return _("validation {metric}").format(metric=_(METRIC_WORDS.get(name[4:], name[4:])))
    return _("training {metric}").format(metric=_(METRIC_WORDS.get(name, name)))


def _is_share(metric: str) -> bool:
    """Accuracy-like metrics read as percentages (0.95 is 95 %)."""
    return "accuracy" in metric


def _percent(value: float) -> str:
    return f"{100 * value:.4g} %"


def _metric(check: Check, ctx: LessonContext) -> CheckResult:
    name = check.get("metric")
    if _is_share(name):
        bounds = {k: _percent(v) for k, v in check.args.items() if k in ("min", "max")}
        want = want_text(bounds).replace('"', "")
    else:
        want = want_text(check.args)
    text = _("The newest run's {metric} {want}.").format(metric=_metric_words(name), want=want)
    rec = _newest(check, ctx)
    if rec is None:
        return CheckResult(False, text, _no_run(check))
    if rec.get("status") == "failed":
        return CheckResult(False, text, _("The newest run failed."))
    value = RunRecord.from_dict(rec).metric(name)
    if value is None:
        return CheckResult(False, text,
                           _("The newest run has no {metric}.").format(metric=_metric_words(name)))
    shown = _percent(value) if _is_share(name) else f"{value:.4g}"
    return CheckResult(compare(value, check.args), text, _("It is {value}.").format(value=shown))


def _values(rec: Mapping[str, Any], metric: str) -> list[float]:
    hist = rec.get("history") or {}
    values = hist.get(metric) if isinstance(hist, Mapping) else None
    out = []
    for v in values or []:
        if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
            out.append(float(v))
    return out


def curve_has_shape(values: Sequence[float], shape: str, by: float = 0.0) -> bool:
    """Whether a curve went ``up_then_down``, ``down_then_up``, ``falling`` or ``rising``.

    Up then down: some epoch's value is above an earlier one's and a later one is
    below it again, each change bigger than ``by`` times the value it starts from
    (down then up the other way round). Falling/rising compare the last value with
    the first.
    """
    v = list(values)
    if len(v) < 2:
        return False
    if shape in ("falling", "rising"):
        change = v[-1] - v[0]
        return change < -by * abs(v[0]) if shape == "falling" else change > by * abs(v[0])
    sign = 1.0 if shape == "up_then_down" else -1.0
    for j in range(1, len(v) - 1):
        before = any(sign * (v[j] - v[i]) > by * abs(v[i]) and v[j] != v[i] for i in range(j))
        after = any(sign * (v[j] - v[k]) > by * abs(v[j]) and v[j] != v[k] for k in range(j + 1, len(v)))
        if before and after:
            return True
    return False


_SHAPE_WORDS = {"up_then_down": N_("went up and then down again"),
                "down_then_up": N_("went down and then up again"),
                "falling": N_("fell"), "rising": N_("rose")}


def _curve(check: Check, ctx: LessonContext) -> CheckResult:
    metric, shape, by = check.get("metric", "loss"), check.get("shape"), float(check.get("by", 0.0))
    words, went = _metric_words(metric), _(_SHAPE_WORDS[shape])
    text = (_("In the newest run the {metric} {shape} (by more than {by}).").format(
        metric=words, shape=went, by=f"{by:.0%}") if by
            else _("In the newest run the {metric} {shape}.").format(metric=words, shape=went))
    rec = _newest(check, ctx)
    if rec is None:
        return CheckResult(False, text, _no_run(check))
    values = _values(rec, metric)
    if len(values) < 2:
        return CheckResult(False, text, _("The newest run has {n} epochs of {metric}.").format(
            n=len(values), metric=metric))
    ok = curve_has_shape(values, shape, by)
    return CheckResult(ok, text, _("{metric} went {first} -> ... -> {last} over {n} epochs.").format(
        metric=metric, first=f"{values[0]:.4g}", last=f"{values[-1]:.4g}", n=len(values)))


def run_diverged(rec: Mapping[str, Any]) -> bool:
    """Whether a run record is of a run whose loss became NaN or exploded."""
    if rec.get("status") != "failed":
        return False
    error = rec.get("error")
    if isinstance(error, Mapping) and error.get("kind") is not None:
        return error.get("kind") in DIVERGED_KINDS
    hist = rec.get("history") or {}  # an older record: NaN is stored as null
    return isinstance(hist, Mapping) and any(v is None for v in hist.get("loss") or [])


def _diverged(check: Check, ctx: LessonContext) -> CheckResult:
    text = _("A run diverged: its loss became NaN (not a number) or blew up.")
    rec = _newest(check, ctx)
    if rec is None:
        return CheckResult(False, text, _no_run(check))
    if run_diverged(rec):
        return CheckResult(True, text, _("Run {id} failed: its loss diverged.").format(id=rec.get("id")))
    if rec.get("status") == "failed":
        return CheckResult(False, text, _("The newest run failed for another reason."))
    return CheckResult(False, text, _("The newest run {status}.").format(status=_status(rec.get("status"))))


#: Fields of a run record that runs_compared also compares (besides training settings).
RUN_FIELDS = ("trainable", "params")


def _runs_compared(check: Check, ctx: LessonContext) -> CheckResult:
    setting, need = check.get("setting"), int(check.get("min", 2))
    text = _("At least {n} runs ended, each with another {setting}.").format(n=need, setting=setting)
    values: list[Any] = []
    for rec in _runs(check, ctx):
        if rec.get("status") not in ENDED_OK:
            continue
        found, value = get_path(rec.get("settings") or {}, setting)
        if not found and setting in RUN_FIELDS:  # e.g. frozen vs fine-tuned layers: the trainable count
            found, value = rec.get(setting) is not None, rec.get(setting)
        if found and not any(_same(value, v) for v in values):
            values.append(value)
    detail = (_("Runs so far with {values}.").format(values=", ".join(_show(v) for v in values)) if values
              else _("No run has ended since this step opened."))
    return CheckResult(len(values) >= need, text, detail)


def run_evidence(activations: Mapping[str, Any] | None, gradient_norms: Mapping[str, Any] | None,
                 class_counts: Sequence[int] | None = None) -> dict[str, Any]:
    """What the doctor read besides the curves at a run's end, small enough to keep with the run.

    ``activations``: Inspect's per-layer statistics (only the dead ReLU counts are kept);
    ``gradient_norms``: the last per-layer gradient norms, input side first. The app and
    ``--verify`` store it as the run record's ``evidence``; the ``doctor`` check reads it.
    """
    out: dict[str, Any] = {}
    dead = {}
    for name, st in (activations or {}).items():
        if isinstance(st, Mapping) and isinstance(st.get("dead"), int) and st["dead"] >= 0:
            dead[str(name)] = [int(st["dead"]), int(st.get("units") or 0)]
    if dead:
        out["dead"] = dead
    norms = {str(k): float(v) for k, v in (gradient_norms or {}).items() if isinstance(v, (int, float))}
    if norms:
        out["gradient_norms"] = norms
    if class_counts:
        out["class_counts"] = [int(c) for c in class_counts]
    return out


def _doctor(check: Check, ctx: LessonContext) -> CheckResult:
    from deskdl.core.doctor import diagnose_record

    code, layer = check.get("finding"), check.get("layer")
    finding = code.replace("_", " ")
    text = (_("The training doctor finds {finding} in layer {id} in the newest run.").format(
        finding=finding, id=layer) if layer
            else _("The training doctor finds {finding} in the newest run.").format(finding=finding))
    rec = _newest(check, ctx)
    if rec is None:
        return CheckResult(False, text, _no_run(check))
    graph = getattr(getattr(ctx.project, "graph", None), "to_dict", None)
    ev = rec.get("evidence") if isinstance(rec.get("evidence"), Mapping) else {}
    dead = {k: {"dead": v[0], "units": v[1]} for k, v in (ev.get("dead") or {}).items()}
    found = diagnose_record(rec, graph() if graph else None, activations=dead or None,
                            gradient_norms=ev.get("gradient_norms") or None,
                            class_counts=ev.get("class_counts") or None)
    hit = next((f for f in found if f.code == code and (not layer or f.layer == layer)), None)
    if hit is not None:
        return CheckResult(True, text, f"{hit.title}: {hit.evidence}")
    others = ", ".join(f.title.lower() for f in found)
    return CheckResult(False, text, _("It finds: {findings}.").format(findings=others) if others
                       else _("It finds nothing wrong."))


# ---------------------------------------------------------------- learner events
def _event(check: Check, ctx: LessonContext) -> CheckResult:
    from deskdl.core.lessons.controls import EVENTS

    name, need, where = check.get("name"), int(check.get("min", 1)), check.get("where") or {}
    goal = (_(EVENT_GOALS[name]) if name in EVENT_GOALS
            else "You " + EVENTS.get(name, name).split(" (data:")[0])
    text = _("{goal} ({n} times).").format(goal=goal, n=need) if need > 1 else _("{goal}.").format(goal=goal)
    n = sum(1 for e in ctx.events if e.name == name
            and all(k in e.data and _same(e.data[k], v) for k, v in where.items()))
    return CheckResult(n >= need, text, _("Done 1 time.") if n == 1 else _("Done {n} times.").format(n=n))


# ---------------------------------------------------------------- combinators
def _all(check: Check, ctx: LessonContext) -> CheckResult:
    parts = tuple(evaluate(c, ctx) for c in check.checks)
    todo = [p for p in parts if not p.passed]
    detail = (_("Still to do: {goal} {now}").format(goal=todo[0].text, now=todo[0].detail).strip() if todo
              else _("All done."))
    return CheckResult(not todo, " ".join(p.text for p in parts), detail, parts)


def _any(check: Check, ctx: LessonContext) -> CheckResult:
    parts = tuple(evaluate(c, ctx) for c in check.checks)
    ok = [p for p in parts if p.passed]
    return CheckResult(bool(ok), _("One of: {goals}").format(goals=_(" Or: ").join(p.text for p in parts)),
                       ok[0].detail if ok else _("None of them yet."), parts)


def _not(check: Check, ctx: LessonContext) -> CheckResult:
    inner = evaluate(check.checks[0], ctx)
    return CheckResult(not inner.passed, _("Not: {goal}").format(goal=inner.text), inner.detail, (inner,))


EVALUATORS: dict[str, Callable[[Check, LessonContext], CheckResult]] = {
    "layer_exists": _layer_exists, "layer_count": _layer_count, "layer_setting": _layer_setting,
    "params": _params, "output_shape": _output_shape, "model_valid": _model_valid, "link": _link,
    "training_setting": _setting_check("training", "training"),
    "data_setting": _setting_check("data", "data"),
    "algorithm_setting": _algorithm_setting,
    "run_finished": _run_finished, "metric": _metric, "curve": _curve, "diverged": _diverged,
    "runs_compared": _runs_compared, "doctor": _doctor,
    "event": _event, "all": _all, "any": _any, "not": _not,
}


def evaluate(check: Check, ctx: LessonContext) -> CheckResult:
    """Evaluate ``check`` in ``ctx``; the result's text is the check's own ``text`` when it has one."""
    result = EVALUATORS[check.kind](check, ctx)
    if check.text:
        result = CheckResult(result.passed, check.text, result.detail, result.parts)
    return result
