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
from deskdl.core.lessons.model import Check

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
        parts.append(f"is {_show(args['equals'])}")
    if "one_of" in args:
        parts.append("is one of " + ", ".join(_show(v) for v in args["one_of"]))
    if "min" in args and "max" in args:
        parts.append(f"is between {_show(args['min'])} and {_show(args['max'])}")
    elif "min" in args:
        parts.append(f"is at least {_show(args['min'])}")
    elif "max" in args:
        parts.append(f"is at most {_show(args['max'])}")
    return " and ".join(parts)


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
    kind = check.get("type") or ("layers" if plural else "layer")
    if check.get("type") and plural:
        kind += " layers"
    elif check.get("type"):
        kind += " layer"
    where = check.get("where") or {}
    if where:
        kind += " with " + ", ".join(f"{k} {_show(v)}" for k, v in where.items())
    return kind


def _an(word: str) -> str:
    """``a Dense`` / ``an Add``: the article for a word, as read aloud."""
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


# ---------------------------------------------------------------- graph checks
def _layer_exists(check: Check, ctx: LessonContext) -> CheckResult:
    text = f"The model has {_an(_layer_words(check))}."
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, "No model is open.")
    found = _layers(graph, check)
    return CheckResult(bool(found), text, f"Found: {', '.join(n.id for n in found)}." if found else
                       f"There is no {_layer_words(check)} yet.")


def _layer_count(check: Check, ctx: LessonContext) -> CheckResult:
    text = f"The number of {_layer_words(check, plural=True)} {want_text(check.args)}."
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, "No model is open.")
    n = len(_layers(graph, check))
    return CheckResult(compare(n, check.args), text, f"The model has {n}.")


def _layer_setting(check: Check, ctx: LessonContext) -> CheckResult:
    setting = check.get("setting")
    who = f"layer {check.get('layer')}" if check.get("layer") else _an(f"{check.get('type')} layer")
    text = f"The setting {setting} of {who} {want_text(check.args)}."
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, "No model is open.")
    if check.get("layer"):
        node = graph.nodes.get(check.get("layer"))
        if node is None:
            return CheckResult(False, text, f"There is no layer {check.get('layer')} (was it deleted?).")
        nodes = [node]
    else:
        nodes = [n for n in graph.nodes.values() if n.type == check.get("type")]
        if not nodes:
            return CheckResult(False, text, f"There is no {check.get('type')} layer.")
    for node in nodes:
        if compare(node.params.get(setting), check.args):
            return CheckResult(True, text, f"{node.id}: {setting} is {_show(node.params.get(setting))}.")
    now = "; ".join(f"{n.id}: {_show(n.params.get(setting))}" for n in nodes[:4])
    return CheckResult(False, text, f"Now {now}.")


def _params(check: Check, ctx: LessonContext) -> CheckResult:
    layer = check.get("layer")
    whose = f"Layer {layer}'s" if layer else "The model's"
    text = f"{whose} parameter count {want_text(check.args)}."
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, "No model is open.")
    from deskdl.core.analysis import analyze

    analysis = analyze(graph)
    if layer is not None:
        info = analysis.nodes.get(layer)
        if info is None:
            return CheckResult(False, text, f"There is no layer {layer}.")
        if info.shape is None:
            return CheckResult(False, text, f"The size of {layer} is not known: see Problems.")
        return CheckResult(compare(info.params, check.args), text, f"It has {info.params:,} parameters.")
    if not analysis.ok:
        return CheckResult(False, text, "The model has a problem, so its size is not known: see Problems.")
    return CheckResult(compare(analysis.total, check.args), text, f"It has {analysis.total:,} parameters.")


def _output_shape(check: Check, ctx: LessonContext) -> CheckResult:
    layer = check.get("layer")
    text = f"The output shape of {layer} {want_text(check.args)}."
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, "No model is open.")
    from deskdl.core.analysis import analyze

    info = analyze(graph).nodes.get(layer)
    if info is None:
        return CheckResult(False, text, f"There is no layer {layer}.")
    if info.shape is None:
        return CheckResult(False, text, f"The shape of {layer} is not known: see Problems.")
    shape = list(info.shape[1:])
    return CheckResult(compare(shape, check.args), text, f"It is {_show(shape)}.")


def _model_valid(check: Check, ctx: LessonContext) -> CheckResult:
    text = "The model can be built (no errors in the Problems list)."
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, "No model is open.")
    from deskdl.core.analysis import analyze

    analysis = analyze(graph)
    if analysis.ok:
        return CheckResult(True, text, "No errors.")
    return CheckResult(False, text, " ".join(analysis.errors[0].text.split()))


#: Settings as a learner reads them (others are named by their path).
SETTING_WORDS = {
    "optimizer.type": "optimizer", "optimizer.learning_rate": "learning rate", "batch_size": "batch size",
    "epochs": "number of epochs", "optimizer.momentum": "momentum", "optimizer.nesterov": "Nesterov switch",
    "early_stopping.enabled": "early stopping switch", "early_stopping.patience": "early stopping patience",
    "validation_split": "validation share", "loss": "loss", "seed": "seed", "clipnorm": "clip norm",
    "dataset": "data set", "params.noise": "data set's noise",
    "params.samples": "data set's number of samples", "params.test_fraction": "test share",
}


def _link(check: Check, ctx: LessonContext) -> CheckResult:
    def words(end: str) -> str:
        return f"layer {check.get(end)}" if check.get(end) else _an(f"{check.get(end + '_type')} layer")

    def fits(node: Any, end: str) -> bool:
        return node.id == check.get(end) if check.get(end) else node.type == check.get(end + "_type")

    text = f"The output of {words('src')} goes straight into {words('dst')}."
    graph = _graph(ctx, check)
    if graph is None:
        return CheckResult(False, text, "No model is open.")
    nodes = graph.nodes
    for node in nodes.values():
        if not fits(node, "dst"):
            continue
        for src in node.inputs:
            if src in nodes and fits(nodes[src], "src"):
                return CheckResult(True, text, f"{src} feeds {node.id}.")
    return CheckResult(False, text, "There is no such link yet.")


def _setting_check(where: str, words: str) -> Callable[[Check, LessonContext], CheckResult]:
    def run(check: Check, ctx: LessonContext) -> CheckResult:
        setting = check.get("setting")
        name = SETTING_WORDS.get(setting) or f"{words} setting {setting}"
        text = f"The {name} {want_text(check.args)}."
        if ctx.project is None:
            return CheckResult(False, text, "No project is open.")
        found, value = get_path(getattr(ctx.project, where), setting)
        if not found:
            return CheckResult(False, text, f"The project has no {words} setting {setting}.")
        return CheckResult(compare(value, check.args), text, f"It is {_show(value)}.")
    return run


def _algorithm_setting(check: Check, ctx: LessonContext) -> CheckResult:
    setting = check.get("setting")
    # as the Train tab labels it: epsilon_end -> "Epsilon end"
    text = f"The setting {setting.replace('_', ' ').capitalize()} {want_text(check.args)}."
    if ctx.project is None:
        return CheckResult(False, text, "No project is open.")
    from deskdl.core.kinds import kind_of

    kind = kind_of(ctx.project)
    found, value = get_path(kind.with_defaults(getattr(ctx.project, "algorithm", None)), setting)
    if not found:
        return CheckResult(False, text, f"A {kind.title} project has no setting {setting}.")
    return CheckResult(compare(value, check.args), text, f"It is {_show(value)}.")


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
    return "No run yet." if check.get("scope", "step") == "any" else "No run since this step opened: train."


def _run_finished(check: Check, ctx: LessonContext) -> CheckResult:
    status = tuple(check.get("status") or ENDED_OK)
    kind, min_epochs = check.get("project_kind"), check.get("min_epochs")
    text = "A training run " + ("ends" if set(status) == set(ENDED_OK) else f"ends as {' or '.join(status)}")
    if kind:
        text += f" (a {kind} project)"
    if min_epochs:
        text += f" after at least {min_epochs} epochs"
    text += "."
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
        return CheckResult(True, text, f"Run {rec.get('id')} {rec.get('status')} after "
                                       f"{rec.get('epochs_run')} epochs.")
    last = runs[-1]
    return CheckResult(False, text, f"The newest run {last.get('status')} after "
                                    f"{last.get('epochs_run')} epochs.")


def _metric_words(name: str) -> str:
    if name.startswith("test_"):
        return f"test-set {name[5:]}"
    if name.startswith("val_"):
        return f"validation {name[4:]}"
    return f"training {name}"


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
    text = f"The newest run's {_metric_words(name)} {want}."
    rec = _newest(check, ctx)
    if rec is None:
        return CheckResult(False, text, _no_run(check))
    if rec.get("status") == "failed":
        return CheckResult(False, text, "The newest run failed.")
    value = RunRecord.from_dict(rec).metric(name)
    if value is None:
        return CheckResult(False, text, f"The newest run has no {_metric_words(name)}.")
    shown = _percent(value) if _is_share(name) else f"{value:.4g}"
    return CheckResult(compare(value, check.args), text, f"It is {shown}.")


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


_SHAPE_WORDS = {"up_then_down": "went up and then down again", "down_then_up": "went down and then up again",
                "falling": "fell", "rising": "rose"}


def _curve(check: Check, ctx: LessonContext) -> CheckResult:
    metric, shape, by = check.get("metric", "loss"), check.get("shape"), float(check.get("by", 0.0))
    text = f"In the newest run the {_metric_words(metric)} {_SHAPE_WORDS[shape]}"
    text += f" (by more than {by:.0%})." if by else "."
    rec = _newest(check, ctx)
    if rec is None:
        return CheckResult(False, text, _no_run(check))
    values = _values(rec, metric)
    if len(values) < 2:
        return CheckResult(False, text, f"The newest run has {len(values)} epochs of {metric}.")
    ok = curve_has_shape(values, shape, by)
    return CheckResult(ok, text, f"{metric} went {values[0]:.4g} -> ... -> {values[-1]:.4g} over "
                                 f"{len(values)} epochs.")


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
    text = "A run diverged: its loss became NaN (not a number) or blew up."
    rec = _newest(check, ctx)
    if rec is None:
        return CheckResult(False, text, _no_run(check))
    if run_diverged(rec):
        return CheckResult(True, text, f"Run {rec.get('id')} failed: its loss diverged.")
    return CheckResult(False, text, f"The newest run {rec.get('status')}" + (
        "." if rec.get("status") != "failed" else " for another reason."))


#: Fields of a run record that runs_compared also compares (besides training settings).
RUN_FIELDS = ("trainable", "params")


def _runs_compared(check: Check, ctx: LessonContext) -> CheckResult:
    setting, need = check.get("setting"), int(check.get("min", 2))
    text = f"At least {need} runs ended, each with another {setting}."
    values: list[Any] = []
    for rec in _runs(check, ctx):
        if rec.get("status") not in ENDED_OK:
            continue
        found, value = get_path(rec.get("settings") or {}, setting)
        if not found and setting in RUN_FIELDS:  # e.g. frozen vs fine-tuned layers: the trainable count
            found, value = rec.get(setting) is not None, rec.get(setting)
        if found and not any(_same(value, v) for v in values):
            values.append(value)
    detail = ("Runs so far with " + ", ".join(_show(v) for v in values) + ".") if values else \
        "No run has ended since this step opened."
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
    text = f"The training doctor finds {code.replace('_', ' ')}" + (f" in layer {layer}" if layer else "")
    text += " in the newest run."
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
    return CheckResult(False, text, f"It finds: {others}." if others else "It finds nothing wrong.")


# ---------------------------------------------------------------- learner events
def _event(check: Check, ctx: LessonContext) -> CheckResult:
    from deskdl.core.lessons.controls import EVENTS

    name, need, where = check.get("name"), int(check.get("min", 1)), check.get("where") or {}
    what = EVENTS.get(name, name).split(" (data:")[0]
    text = f"You {what}" + (f" ({need} times)." if need > 1 else ".")
    n = sum(1 for e in ctx.events if e.name == name
            and all(k in e.data and _same(e.data[k], v) for k, v in where.items()))
    return CheckResult(n >= need, text, f"Done {_count(n, 'time')}.")


# ---------------------------------------------------------------- combinators
def _all(check: Check, ctx: LessonContext) -> CheckResult:
    parts = tuple(evaluate(c, ctx) for c in check.checks)
    todo = [p for p in parts if not p.passed]
    detail = f"Still to do: {todo[0].text} {todo[0].detail}".strip() if todo else "All done."
    return CheckResult(not todo, " ".join(p.text for p in parts), detail, parts)


def _any(check: Check, ctx: LessonContext) -> CheckResult:
    parts = tuple(evaluate(c, ctx) for c in check.checks)
    ok = [p for p in parts if p.passed]
    return CheckResult(bool(ok), "One of: " + " Or: ".join(p.text for p in parts),
                       ok[0].detail if ok else "None of them yet.", parts)


def _not(check: Check, ctx: LessonContext) -> CheckResult:
    inner = evaluate(check.checks[0], ctx)
    return CheckResult(not inner.passed, f"Not: {inner.text}", inner.detail, (inner,))


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
