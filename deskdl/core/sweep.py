"""Sweeps: many runs of one project, each with other settings (pure expansion, naming, results).

A sweep varies named settings. A name is one of

- a training setting: ``learning_rate``, ``batch_size``, ``epochs``, ``optimizer``,
  ``validation_split``, ``clipnorm``, or any ``training.KEY[.KEY]``;
- a layer's parameter: ``NODE.PARAM`` (``hidden_1.units``, ``dropout.rate``);
- a setting of the project kind: ``algorithm.NAME``.

Values are written as text, as on the command line (``--set NAME=VALUES``):

- a list: ``0.001,0.01,0.1`` or ``Adam,SGD``;
- a range with a count: ``lin(16,64,4)`` (16, 32, 48, 64), ``log(1e-4,1e-1,4)`` (0.0001,
  0.001, 0.01, 0.1); whole numbers at both ends of ``lin`` give whole numbers;
- a range without a count, ``log(1e-4,1e-1)``: for random search only (sampled).

:func:`expand` turns the settings into points (one dict of name -> value per run), as a
grid (every combination) or at random (``n`` points, reproducible with ``seed``), cut to
a budget of runs. The runner lives in :mod:`deskdl.ml.sweep`.
"""

from __future__ import annotations

import copy
import csv
import itertools
import math
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import translator

_ = translator("core.sweep")

#: Short names of training settings -> their path in ``project.training``.
TRAINING_NAMES: dict[str, tuple[str, ...]] = {
    "learning_rate": ("optimizer", "learning_rate"),
    "optimizer": ("optimizer", "type"),
    "batch_size": ("batch_size",),
    "epochs": ("epochs",),
    "validation_split": ("validation_split",),
    "clipnorm": ("clipnorm",),
    "clipvalue": ("clipvalue",),
    "seed": ("seed",),
}
#: The most runs one sweep may plan (a typo like lin(1,1000,1000) x 3 settings is refused).
MAX_POINTS = 1000

_RANGE = re.compile(r"^\s*(lin|log)\s*\(\s*([^,()]+)\s*,\s*([^,()]+)\s*(?:,\s*([^,()]+)\s*)?\)\s*$", re.I)


class SweepError(DeskdlError):
    """A sweep that cannot run as written (a one-line message with the fix)."""


@dataclass(frozen=True)
class Axis:
    """One swept setting: a list of ``values``, or a continuous range (``low``..``high``) to sample."""

    name: str
    values: tuple[Any, ...] = ()
    low: float | None = None
    high: float | None = None
    scale: str = "lin"  # "lin" or "log", for a continuous range
    whole: bool = False  # a range of whole numbers

    @property
    def continuous(self) -> bool:
        """A range with no count: only random search can use it."""
        return not self.values

    def sample(self, rng: random.Random) -> Any:
        """One value drawn at random (log ranges log-uniformly)."""
        if self.values:
            return rng.choice(self.values)
        lo, hi = float(self.low), float(self.high)
        if self.scale == "log":
            v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
        else:
            v = rng.uniform(lo, hi)
        return int(round(v)) if self.whole else _tidy(v)


def _tidy(v: float) -> float:
    """Round away float noise (0.30000000000000004 -> 0.3) keeping 6 significant digits."""
    return float(f"{v:.6g}")


def _number(text: str) -> int | float | None:
    t = text.strip()
    try:
        return int(t)
    except ValueError:
        pass
    try:
        v = float(t)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def _scalar(text: str) -> Any:
    """``"0.1"`` -> 0.1, ``"16"`` -> 16, ``"true"`` -> True, ``"none"`` -> None, else the text."""
    t = text.strip()
    low = t.lower()
    if low in ("true", "false"):
        return low == "true"
    if low in ("none", "null"):
        return None
    n = _number(t)
    return t if n is None else n


def parse_values(name: str, text: str) -> Axis:
    """The values of ``name`` from their text (see the module docstring)."""
    text = str(text).strip()
    if not text:
        raise SweepError(_("no values given for {name}").format(name=name),
                         _("write values after the '=', e.g. {name}=0.001,0.01 or "
                           "{name}=log(1e-4,1e-1,4)").format(name=name))
    m = _RANGE.match(text)
    if m:
        scale, a, b, count = m.group(1).lower(), _number(m.group(2)), _number(m.group(3)), m.group(4)
        if a is None or b is None:
            raise SweepError(_("{name}: the ends of {text} must be numbers").format(name=name, text=text),
                             _("write e.g. {scale}(1e-4,1e-1,4)").format(scale=scale))
        if scale == "log" and (a <= 0 or b <= 0):
            raise SweepError(_("{name}: a log range needs ends above 0, not {text}").format(
                                 name=name, text=text),
                             _("use lin(...) for ranges that reach 0 or below, or start at e.g. 1e-5"))
        whole = scale == "lin" and isinstance(a, int) and isinstance(b, int)
        if count is None:
            return Axis(name, (), float(a), float(b), scale, whole)
        n = _number(count)
        if not isinstance(n, int) or n < 1:
            raise SweepError(_("{name}: the count in {text} must be a whole number of at least 1").format(
                                 name=name, text=text),
                             _("write e.g. {scale}({low},{high},4)").format(
                                 scale=scale, low=m.group(2).strip(), high=m.group(3).strip()))
        return Axis(name, tuple(_range_points(float(a), float(b), n, scale, whole)))
    if "(" in text or ")" in text:
        raise SweepError(_("{name}: cannot read {text}").format(name=name, text=repr(text)),
                         _("write a list (0.1,0.2), lin(LOW,HIGH,COUNT) or log(LOW,HIGH,COUNT)"))
    values = [_scalar(v) for v in text.split(",") if v.strip()]
    if not values:
        raise SweepError(_("no values given for {name}").format(name=name),
                         _("write values after the '=', e.g. {name}=0.001,0.01").format(name=name))
    return Axis(name, tuple(dict.fromkeys(values)))  # repeated values run once


def _range_points(a: float, b: float, n: int, scale: str, whole: bool) -> list[Any]:
    if n == 1:
        pts = [a]
    elif scale == "log":
        la, lb = math.log10(a), math.log10(b)
        pts = [10 ** (la + (lb - la) * i / (n - 1)) for i in range(n)]
    else:
        pts = [a + (b - a) * i / (n - 1) for i in range(n)]
    if whole:
        return list(dict.fromkeys(int(round(p)) for p in pts))
    return [_tidy(p) for p in pts]


def parse_set(arg: str) -> Axis:
    """``"NAME=VALUES"`` (a ``--set`` argument) -> :class:`Axis`."""
    if "=" not in arg:
        raise SweepError(_("--set {arg} has no '='").format(arg=repr(arg)),
                         _("write --set NAME=VALUES, e.g. --set learning_rate=0.001,0.01"))
    name, text = arg.split("=", 1)
    name = name.strip()
    if not name:
        raise SweepError(_("--set {arg} names no setting").format(arg=repr(arg)),
                         _("write --set NAME=VALUES, e.g. --set batch_size=16,64"))
    return parse_values(name, text)


@dataclass
class SweepPlan:
    """What to run: the axes, grid or random, and a budget of runs and time."""

    axes: list[Axis] = field(default_factory=list)
    random_n: int | None = None  # None: grid
    seed: int = 0
    max_runs: int | None = None
    max_seconds: float | None = None

    @property
    def mode(self) -> str:
        """``"grid"`` or ``"random"``."""
        return "grid" if self.random_n is None else "random"


def expand(plan: SweepPlan) -> list[dict[str, Any]]:
    """The points to run, in order (one dict of setting name -> value per run)."""
    if not plan.axes:
        raise SweepError(_("the sweep varies nothing"),
                         _("name at least one setting, e.g. --set learning_rate=0.001,0.01"))
    names = [a.name for a in plan.axes]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise SweepError(_("{name} is set twice").format(name=dup),
                         _("give all of {name}'s values in one --set {name}=...").format(name=dup))
    if plan.random_n is None:
        cont = [a.name for a in plan.axes if a.continuous]
        if cont:
            raise SweepError(_("{name} is a range without a count, which only random search can use").format(
                                 name=cont[0]),
                             _("add a count, e.g. log(1e-4,1e-1,4), or ask for random search (--random N)"))
        total = math.prod(len(a.values) for a in plan.axes)
        if total > MAX_POINTS and not plan.max_runs:
            raise SweepError(_("the grid has {total} runs (more than {limit})").format(
                                 total=total, limit=MAX_POINTS),
                             _("use fewer values, a budget of runs, or random search (--random N)"))
        points = [dict(zip(names, combo)) for combo in
                  itertools.islice(itertools.product(*(a.values for a in plan.axes)), plan.max_runs or total)]
    else:
        if plan.random_n < 1:
            raise SweepError(_("random search needs at least 1 run, not {n}").format(n=plan.random_n),
                             _("write e.g. --random 8"))
        rng = random.Random(plan.seed)
        n = min(plan.random_n, plan.max_runs or plan.random_n, MAX_POINTS)
        points = [{a.name: a.sample(rng) for a in plan.axes} for _run in range(n)]
    return points


# ------------------------------------------------------------------ settings -> project
def setting_path(project: Any, name: str) -> tuple[str, tuple[str, ...]]:
    """Where ``name`` lives: ``("training", path)``, ``("layer", (node, param))``, ``("algorithm", (key,))``.

    Raises :class:`SweepError` (what is wrong and the names there are) for a name the project lacks.
    """
    if name in TRAINING_NAMES:
        return "training", TRAINING_NAMES[name]
    head, _dot, rest = name.partition(".")
    if head == "training" and rest:
        return "training", tuple(rest.split("."))
    if head == "algorithm" and rest:
        return "algorithm", (rest,)
    if rest and head in project.graph:
        node = project.graph.node(head)
        known = {p.name for p in node.kind.params}
        if rest not in known:
            raise SweepError(_("layer {layer} ({type}) has no setting {name}").format(
                                 layer=head, type=node.type, name=repr(rest)),
                             _("use one of: {names}").format(names=", ".join(sorted(known))))
        return "layer", (head, rest)
    if rest:
        raise SweepError(_("there is no layer {layer} in the model").format(layer=repr(head)),
                         _("name a layer of the model: {layers}").format(
                             layers=", ".join(project.graph.nodes)))
    # The example names a layer that has units (the first layer is usually the Input, which has none).
    nodes = list(project.graph.nodes)
    example = next((n for n in nodes if any(p.name == "units" for p in project.graph.node(n).kind.params)),
                   nodes[0] if nodes else "dense")
    raise SweepError(_("unknown setting {name}").format(name=repr(name)),
                     _("use {names}, a layer's LAYER.PARAM (e.g. {layer}.units), training.KEY or "
                       "algorithm.KEY").format(names=", ".join(TRAINING_NAMES), layer=example))


def check_names(project: Any, names: Iterable[str]) -> None:
    """Raise :class:`SweepError` for the first name that the project does not have."""
    for n in names:
        setting_path(project, n)


def apply_point(project: Any, point: Mapping[str, Any]) -> Any:
    """A copy of ``project`` with ``point``'s settings (the original is untouched; runs are not copied)."""
    clone = project.copy()
    clone.runs = []
    for name, value in point.items():
        where, path = setting_path(clone, name)
        if where == "layer":
            clone.graph.set_params(path[0], {path[1]: value})
        elif where == "algorithm":
            clone.algorithm = dict(clone.algorithm or {})
            clone.algorithm[path[0]] = value
        else:
            target = clone.training
            for key in path[:-1]:
                if not isinstance(target.get(key), dict):
                    target[key] = {}
                target = target[key]
            target[path[-1]] = copy.deepcopy(value)
    return clone


# ------------------------------------------------------------------ results
def is_lower_better(metric: str) -> bool:
    """Losses and errors are better low; accuracies high."""
    return any(w in metric for w in ("loss", "mae", "mse", "error"))


def result_rows(records: Sequence[Mapping[str, Any]], names: Sequence[str],
                metrics: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One row per run: id, status, each swept setting, final and best metrics, time.

    A record's swept values are read from its ``sweep`` entry (written by the runner).
    ``metrics`` default to every per-epoch metric any run has (``loss``, ``val_loss``, ...).
    """
    if metrics is None:
        seen: dict[str, None] = {}
        for r in records:
            for k in (r.get("history") or {}):
                if k not in ("lr", "learning_rate", "epoch") and k not in names:  # the rate is a setting
                    seen[k] = None
        metrics = list(seen)
    rows = []
    for r in records:
        point = (r.get("sweep") or {}).get("point") or {}
        row: dict[str, Any] = {"run": r.get("id"), "status": r.get("status")}
        for n in names:
            row[n] = point.get(n)
        hist = r.get("history") or {}
        for m in metrics:
            vals = [v for v in (hist.get(m) or []) if isinstance(v, (int, float)) and math.isfinite(v)]
            final = (r.get("final") or {}).get(m)
            row[m] = final if final is not None else (vals[-1] if vals else None)
            row[f"best_{m}"] = (min(vals) if is_lower_better(m) else max(vals)) if vals else None
        row["epochs"] = r.get("epochs_run")
        row["time_s"] = r.get("duration_s")
        rows.append(row)
    return rows


def best_row(rows: Sequence[Mapping[str, Any]], metric: str) -> int | None:
    """Index of the best row by ``metric`` (None when no row has it)."""
    scored = [(i, r.get(metric)) for i, r in enumerate(rows) if isinstance(r.get(metric), (int, float))]
    if not scored:
        return None
    pick = min if is_lower_better(metric) else max
    return pick(scored, key=lambda iv: iv[1])[0]


def default_metric(rows: Sequence[Mapping[str, Any]]) -> str | None:
    """The metric to rank by: validation loss, else loss, else the first one there is."""
    keys = [k for k in (rows[0] if rows else {}) if k not in ("run", "status", "epochs", "time_s")]
    for m in ("val_loss", "loss"):
        if any(r.get(m) is not None for r in rows):
            return m
    return next((k for k in keys if not k.startswith("best_")), None)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.6g}"
    return str(v)


def write_csv(path: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """``rows`` as CSV with a header (the first row's keys, then any others)."""
    keys: dict[str, None] = {}
    for r in rows:
        for k in r:
            keys[k] = None
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(list(keys))
        for r in rows:
            w.writerow([_cell(r.get(k)) for k in keys])


# ------------------------------------------------------------------ parallel coordinates
@dataclass(frozen=True)
class ParallelAxis:
    """One vertical axis of a parallel-coordinates plot: each run's position on it, 0..1 (None: no value)."""

    name: str
    positions: tuple[float | None, ...]
    ticks: tuple[tuple[float, str], ...]  # (position, label) for the axis's end values or categories
    log: bool = False


def _fmt(v: Any) -> str:
    return f"{v:.3g}" if isinstance(v, float) else str(v)


def parallel_axes(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> list[ParallelAxis]:
    """Axes for ``columns`` of ``rows``, each run's value placed between 0 and 1.

    Numbers are scaled linearly, or on a log scale when all are positive and spread over more
    than a factor of 20 (as learning rates are); other values (optimizer names) evenly spaced.
    """
    axes = []
    for col in columns:
        vals = [r.get(col) for r in rows]
        nums = [v for v in vals if isinstance(v, (int, float)) and not isinstance(v, bool)
                and math.isfinite(float(v))]
        if nums and len(nums) == sum(v is not None for v in vals):
            lo, hi = min(nums), max(nums)
            log = lo > 0 and hi / lo > 20
            f = math.log10 if log else float
            a, b = f(lo), f(hi)
            span = b - a

            def pos(v, f=f, a=a, span=span):
                if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(float(v)):
                    return None
                return 0.5 if span == 0 else (f(v) - a) / span
            ticks = ((0.0, _fmt(lo)), (1.0, _fmt(hi))) if span else ((0.5, _fmt(lo)),)
            axes.append(ParallelAxis(col, tuple(pos(v) for v in vals), ticks, log))
        else:
            cats = list(dict.fromkeys(str(v) for v in vals if v is not None))
            n = len(cats)
            where = {c: (0.5 if n == 1 else i / (n - 1)) for i, c in enumerate(cats)}
            axes.append(ParallelAxis(col, tuple(where.get(str(v)) if v is not None else None for v in vals),
                                     tuple((p, c) for c, p in where.items())))
    return axes
