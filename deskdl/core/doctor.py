"""The training doctor: reads a run's curves (and, when given, the model's insides) like a teacher.

Pure functions over plain data: a run record's ``history`` (metric name -> per-epoch
list, as :mod:`deskdl.core.history` stores it), the training settings, the model graph,
the class balance, a confusion matrix and the Inspect tab's per-layer statistics. Each
:class:`Finding` names what is wrong, the evidence (a stretch of epochs, a layer) and
one concrete remedy as a list of :class:`Change` that :func:`apply_changes` makes to a
project in one click. The thresholds are chosen so that the shipped templates' healthy
runs raise nothing (tests/test_doctor.py trains them): a doctor that cries wolf teaches
learners to ignore it.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deskdl.core.i18n import translator

_ = translator("core.doctor")

#: Fewest epochs before the curves are read at all (fewer says nothing about a trend).
MIN_EPOCHS = 5
#: Validation loss must rise this much above its lowest point (relative) to call it overfitting ...
OVERFIT_RISE = 0.10
#: ... and by at least this share of what it fell from the first epoch to that lowest point.
OVERFIT_RISE_OF_DROP = 0.10
#: Underfitting: the loss fell by less than this share of its first value ...
UNDERFIT_DROP = 0.25
#: ... and the last third of the epochs changed it by less than this share.
FLAT_CHANGE = 0.03
#: Learning rate too high: the training loss went up in at least this share of the epochs ...
OSCILLATE_SHARE = 0.3
#: ... each time by at least this share of its value.
OSCILLATE_STEP = 0.05
#: Learning rate too low: the decline is this straight (R squared of a line through it) ...
STRAIGHT_R2 = 0.97
#: ... and the last third fell at least this fraction as fast as the first third.
STRAIGHT_RATIO = 0.6
#: Dead ReLUs: a layer with at least this share of units never active on the data.
DEAD_SHARE = 0.5
#: Majority class: accuracy within this of the largest class's share ...
MAJORITY_MARGIN = 0.02
#: ... or one class receiving at least this share of all predictions.
MAJORITY_PREDICTED = 0.95
#: Vanishing gradients: the first layer's gradient norm is below this fraction of the last's.
VANISH_RATIO = 1e-3
#: Exploding gradients: a layer's gradient norm above this.
EXPLODE_NORM = 1e3


@dataclass(frozen=True)
class Change:
    """One edit of a project: a training setting or a layer's parameter.

    ``where`` is ``"training"`` (``path`` = keys into ``project.training``, e.g.
    ``("optimizer", "learning_rate")``) or ``"layer"`` (``path`` = ``(node id, param)``).
    """

    where: str
    path: tuple[str, ...]
    value: Any

    def describe(self) -> str:
        """The change in plain words (for the Apply button's tooltip)."""
        if self.where == "layer":
            return _("set {param} of layer {id} to {value}").format(param=self.path[1], id=self.path[0],
                                                                    value=repr(self.value))
        return _("set training {setting} to {value}").format(setting=" ".join(self.path).replace("_", " "),
                                                             value=repr(self.value))


@dataclass(frozen=True)
class Finding:
    """One diagnosis: what, the evidence, and one remedy (``changes``) applied in one click."""

    code: str
    title: str
    evidence: str
    remedy: str
    changes: tuple[Change, ...] = ()
    epochs: tuple[int, int] | None = None  # 1-based, inclusive
    layer: str | None = None
    others: str = ""  # other remedies, in words only

    def text(self) -> str:
        """Title, evidence and remedy as one paragraph."""
        out = _("{title}: {evidence} Remedy: {remedy}").format(title=self.title, evidence=self.evidence,
                                                               remedy=self.remedy)
        return out + (" " + _("Also possible: {others}").format(others=self.others) if self.others else "")


@dataclass
class Evidence:
    """What the doctor may read besides the curves (all optional)."""

    training: Mapping[str, Any] = field(default_factory=dict)
    graph: Mapping[str, Any] | None = None  # ModelGraph.to_dict()
    class_counts: Sequence[int] | None = None
    confusion: Sequence[Sequence[int]] | None = None  # rows: true class, columns: predicted
    activations: Mapping[str, Mapping[str, Any]] | None = None  # deskdl.ml.inspect.activation_stats
    gradient_norms: Mapping[str, float] | None = None  # layer -> norm, input side first


# ------------------------------------------------------------------ curve helpers
def _series(history: Mapping[str, Sequence[Any]], name: str) -> list[float] | None:
    values = history.get(name)
    if not values:
        return None
    out = []
    for v in values:
        try:
            out.append(float(v) if v is not None else math.nan)
        except (TypeError, ValueError):
            out.append(math.nan)
    return out


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else math.nan


def _smooth(xs: Sequence[float], k: int = 3) -> list[float]:
    """Centred running mean of width ``k`` (shorter at the ends): one noisy epoch is no trend."""
    h = k // 2
    return [_mean(xs[max(0, i - h): i + h + 1]) for i in range(len(xs))]


def _r2_line(ys: Sequence[float]) -> tuple[float, float]:
    """Slope and R squared of the least-squares line through ``ys`` against 0, 1, 2, ..."""
    n = len(ys)
    xm, ym = (n - 1) / 2, _mean(ys)
    sxx = sum((i - xm) ** 2 for i in range(n))
    sxy = sum((i - xm) * (y - ym) for i, y in enumerate(ys))
    syy = sum((y - ym) ** 2 for y in ys)
    slope = sxy / sxx if sxx else 0.0
    r2 = (sxy * sxy) / (sxx * syy) if sxx and syy else 0.0
    return slope, r2


def _lr(training: Mapping[str, Any]) -> float | None:
    opt = training.get("optimizer") if isinstance(training, Mapping) else None
    lr = opt.get("learning_rate") if isinstance(opt, Mapping) else None
    return float(lr) if isinstance(lr, (int, float)) and not isinstance(lr, bool) else None


def _nice(x: float) -> float:
    """``x`` rounded to 2 significant digits (learning rates read as 0.001, not 0.0010000000000000002)."""
    return float(f"{x:.2g}")


def _hidden_dense(graph: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    """Dense nodes that feed another layer (the output layer keeps its size: it is the classes)."""
    if not graph:
        return []
    nodes = graph.get("nodes") or []
    fed = {src for n in nodes for src in (n.get("inputs") or [])}
    return [n for n in nodes if n.get("type") == "Dense" and n.get("id") in fed]


# ------------------------------------------------------------------ the findings
def _overfitting(loss: list[float], val: list[float], training: Mapping[str, Any]) -> Finding | None:
    n = min(len(loss), len(val))
    if n < MIN_EPOCHS or any(math.isnan(v) for v in val[:n]):
        return None
    sv = _smooth(val[:n])
    best = min(range(n), key=lambda i: sv[i])
    end = _mean(val[n - 2:n])
    rise = end - sv[best]
    drop = val[0] - sv[best]
    if best > n - 3 or rise <= OVERFIT_RISE * sv[best] or rise <= OVERFIT_RISE_OF_DROP * max(drop, 0.0):
        return None
    if not loss[n - 1] < loss[best]:  # the training loss must still be falling
        return None
    gap = val[n - 1] - loss[n - 1]
    es = training.get("early_stopping") if isinstance(training, Mapping) else None
    if isinstance(es, Mapping) and es.get("enabled"):
        changes = (Change("training", ("epochs",), best + 1 + 2),)
        remedy = _("stop near epoch {best}: set epochs to {epochs} (early stopping is on already; "
                   "add Dropout or L2 to train longer without overfitting).").format(best=best + 1,
                                                                                    epochs=best + 3)
    else:
        changes = (Change("training", ("early_stopping", "enabled"), True),
                   Change("training", ("early_stopping", "monitor"), "val_loss"),
                   Change("training", ("early_stopping", "restore_best_weights"), True))
        remedy = _("turn on early stopping on the validation loss, keeping the best epoch's weights.")
    return Finding(
        "overfitting", _("Overfitting"),
        _("the validation loss was lowest at epoch {best} ({low:.4g}) and rose to {end:.4g} by "
          "epoch {n} while the training loss kept falling to {loss:.4g}; the gap between them is {gap:.4g}. "
          "The model is learning the training examples by heart.").format(
            best=best + 1, low=sv[best], end=end, n=n, loss=loss[n - 1], gap=gap),
        remedy, changes, (best + 1, n),
        others=_("a Dropout layer after a hidden layer, L2 weight regularization, more data or "
                 "augmentation."))


def _lr_too_high(loss: list[float], training: Mapping[str, Any]) -> Finding | None:
    n = len(loss)
    if n < MIN_EPOCHS:
        return None
    lr = _lr(training)
    bad = next((i for i, v in enumerate(loss) if not math.isfinite(v)), None)
    # Rises after the loss fell below a twentieth of its start are the noise of a solved task, not steps
    # that overshoot (a near-zero loss doubling from 0.002 to 0.004 means nothing).
    low = 0.05 * loss[0] if math.isfinite(loss[0]) else 0.0
    ups = [i for i in range(1, n) if math.isfinite(loss[i]) and math.isfinite(loss[i - 1])
           and loss[i] > loss[i - 1] * (1 + OSCILLATE_STEP) and loss[i] > low]
    climbing = math.isfinite(loss[-1]) and _mean(loss[-2:]) > loss[0] * 1.05
    if bad is not None:
        evidence = _("the training loss became NaN (not a number) at epoch {epoch}: the weights "
                     "blew up.").format(
            epoch=bad + 1)
        span = (bad + 1, bad + 1)
    elif climbing:
        evidence = _("the training loss climbed from {first:.4g} at epoch 1 to {last:.4g} at epoch "
                     "{n}.").format(
            first=loss[0], last=loss[-1], n=n)
        span = (1, n)
    elif len(ups) >= max(2, OSCILLATE_SHARE * (n - 1)):
        evidence = _("the training loss went up in {ups} of {n} epochs (first at epoch {first}): each step "
                     "overshoots the valley and lands on the other side.").format(ups=len(ups), n=n - 1,
                                                                                  first=ups[0] + 1)
        span = (ups[0] + 1, ups[-1] + 1)
    else:
        return None
    changes: tuple[Change, ...] = ()
    remedy = _("lower the learning rate ten times.")
    if lr is not None:
        changes = (Change("training", ("optimizer", "learning_rate"), _nice(lr / 10)),)
        remedy = _("lower the learning rate ten times, from {lr:g} to "
                   "{new:g}.").format(lr=lr, new=_nice(lr / 10))
    return Finding("lr_high", _("Learning rate too high"), evidence, remedy, changes, span,
                   others=_("gradient clipping (clipnorm 1.0), a decaying learning-rate schedule."))


def _lr_too_low(loss: list[float], training: Mapping[str, Any]) -> Finding | None:
    n = len(loss)
    if n < MIN_EPOCHS or not all(math.isfinite(v) for v in loss):
        return None
    slope, r2 = _r2_line(loss)
    third = max(2, n // 3)
    first = loss[0] - loss[third - 1]
    last = loss[n - third] - loss[n - 1]
    drop = (loss[0] - loss[-1]) / loss[0] if loss[0] > 0 else 0.0
    if not (slope < 0 and r2 >= STRAIGHT_R2 and first > 0 and last >= STRAIGHT_RATIO * first and drop < 0.5):
        return None
    lr = _lr(training)
    changes: tuple[Change, ...] = ()
    remedy = _("raise the learning rate ten times.")
    if lr is not None:
        changes = (Change("training", ("optimizer", "learning_rate"), _nice(lr * 10)),)
        remedy = _("raise the learning rate ten times, from {lr:g} to "
                   "{new:g}.").format(lr=lr, new=_nice(lr * 10))
    return Finding(
        "lr_low", _("Learning rate too low"),
        _("the training loss falls in a slow straight line (from {first:.4g} to {last:.4g} over {n} epochs, "
          "{drop:.0%} in all) and is falling as fast at the end as at the start: each step is tiny.").format(
            first=loss[0], last=loss[-1], n=n, drop=drop),
        remedy, changes, (1, n), others=_("more epochs."))


def _underfitting(loss: list[float], val: list[float] | None, training: Mapping[str, Any],
                  graph: Mapping[str, Any] | None) -> Finding | None:
    n = len(loss)
    if n < MIN_EPOCHS or not all(math.isfinite(v) for v in loss) or loss[0] <= 0:
        return None
    third = max(2, n // 3)
    drop = (loss[0] - loss[-1]) / loss[0]
    tail = loss[n - third:]
    flat = (max(tail) - min(tail)) / max(abs(_mean(tail)), 1e-12)
    if drop >= UNDERFIT_DROP or flat >= FLAT_CHANGE:
        return None
    if val is not None and len(val) >= n and math.isfinite(val[n - 1]) and val[n - 1] < loss[-1] * 0.5:
        return None  # validation does much better: not a weak model
    hidden = _hidden_dense(graph)
    if hidden:
        changes = tuple(Change("layer", (str(h["id"]), "units"),
                               int((h.get("params") or {}).get("units", 8)) * 2) for h in hidden)
        names = ", ".join(str(h["id"]) for h in hidden)
        remedy = _("a larger model: double the units of the hidden layers ({names}).").format(names=names)
    else:
        lr = _lr(training)
        changes = (Change("training", ("optimizer", "learning_rate"), _nice(lr * 3)),) if lr else ()
        remedy = (_("a higher learning rate ({new:g} instead of "
                    "{lr:g}).").format(new=_nice(lr * 3), lr=lr) if lr
                  else _("a larger model (more units or layers)."))
    return Finding(
        "underfitting", _("Underfitting"),
        _("both losses stay high and flat: the training loss only fell {drop:.0%} (from {first:.4g} to "
          "{last:.4g}) and barely moved over the last {third} epochs. The model is too weak for the data or "
          "stuck.").format(drop=drop, first=loss[0], last=loss[-1], third=third),
        remedy, changes, (n - third + 1, n), others=_("more epochs, a higher learning rate, more layers."))


def _majority(history: Mapping[str, Sequence[Any]], ev: Evidence) -> Finding | None:
    counts = [int(c) for c in (ev.class_counts or [])]
    predicted_share = None
    if ev.confusion:
        cols = [sum(int(row[j]) for row in ev.confusion) for j in range(len(ev.confusion[0]))]
        total = sum(cols)
        if total:
            j = max(range(len(cols)), key=lambda k: cols[k])
            predicted_share = (j, cols[j] / total)
            if not counts:
                counts = [sum(int(v) for v in row) for row in ev.confusion]
    if len(counts) < 2 or sum(counts) == 0:
        return None
    major = max(range(len(counts)), key=lambda k: counts[k])
    share = counts[major] / sum(counts)
    if share >= 1 - 1e-9:
        return None
    acc = _series(history, "val_accuracy") or _series(history, "accuracy")
    last_acc = acc[-1] if acc and math.isfinite(acc[-1]) else None
    if predicted_share is not None and predicted_share[1] >= MAJORITY_PREDICTED > share:
        j, got = predicted_share
        evidence = _("{got:.0%} of all predictions are class {j}, though it is only {share:.0%} of the "
                     "examples.").format(got=got, j=j, share=counts[j] / sum(counts))
    elif (last_acc is not None and acc is not None and share >= 0.6
          and abs(last_acc - share) <= MAJORITY_MARGIN and max(acc) <= share + MAJORITY_MARGIN):
        evidence = _("the accuracy ({acc:.1%}) is just the share of the largest class, class {major} "
                     "({share:.1%}): answering class {major} every time scores the same.").format(
            acc=last_acc, major=major, share=share)
    else:
        return None
    return Finding("majority_class", _("Predicts only the majority class"), evidence,
                   _("weigh each class by how rare it is (class weights 'balanced') so mistakes on rare "
                     "classes count as much."),
                   (Change("training", ("class_weight",), "balanced"),),
                   others=_("more examples of the rare classes, a metric that sees them (per-class recall)."))


def _start_bias(graph: Mapping[str, Any] | None, name: str) -> float | None:
    """The one number layer ``name``'s biases start at, when its bias_initializer is a constant."""
    for node in (graph or {}).get("nodes") or []:
        if isinstance(node, Mapping) and node.get("id") == name:
            init = (node.get("params") or {}).get("bias_initializer")
            if isinstance(init, Mapping) and init.get("class_name") == "Constant":
                value = (init.get("config") or {}).get("value")
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    return float(value)
    return None


def _dead_relus(ev: Evidence, training: Mapping[str, Any]) -> list[Finding]:
    out = []
    for name, st in (ev.activations or {}).items():
        dead, units = int(st.get("dead", -1)), int(st.get("units", 0))
        if dead < 0 or units <= 0 or dead / units < DEAD_SHARE:
            continue
        start = _start_bias(ev.graph, name)
        if start is not None and start < 0:  # the cause is the start, not the steps (the dead-ReLU lab)
            out.append(Finding(
                "dead_relu", _("Dead ReLUs"),
                _("{dead} of {units} units of layer {name} ({share:.0%}) output 0 for every example: "
                  "they no longer learn (a ReLU with a negative input passes no gradient back).").format(
                    dead=dead, units=units, name=name, share=dead / units),
                _("start the biases of {name} at 0 (bias_initializer zeros): they start at {value:g}, "
                  "which keeps a unit's input below zero for every example from the first step.").format(
                    name=name, value=start),
                (Change("layer", (name, "bias_initializer"), "zeros"),), layer=name,
                others=_("leaky_relu, whose small slope below zero lets a unit recover.")))
            continue
        out.append(Finding(
            "dead_relu", _("Dead ReLUs"),
            _("{dead} of {units} units of layer {name} ({share:.0%}) output 0 for every example: "
              "they no longer learn (a ReLU with a negative input passes no gradient back).").format(
                dead=dead, units=units, name=name, share=dead / units),
            _("use leaky_relu in {name}: a small slope below zero keeps every unit "
              "learning.").format(name=name),
            (Change("layer", (name, "activation"), "leaky_relu"),), layer=name,
            others=_("a lower learning rate; He initialization.")))
    return out


def _gradients(ev: Evidence) -> list[Finding]:
    norms = [(k, float(v)) for k, v in (ev.gradient_norms or {}).items() if v is not None]
    if len(norms) < 1:
        return []
    out = []
    big = [(k, v) for k, v in norms if not math.isfinite(v) or v > EXPLODE_NORM]
    if big:
        k, v = big[0]
        out.append(Finding(
            "exploding_gradients", _("Exploding gradients"),
            _("the gradient of layer {name} has norm {norm:.3g}: one step moves its weights far too "
              "much.").format(
                name=k, norm=v),
            _("clip the gradients: clipnorm 1.0 rescales any larger gradient to length 1."),
            (Change("training", ("clipnorm",), 1.0),), layer=k, others=_("a lower learning rate.")))
    if len(norms) >= 2:
        (k0, first), (_last_name, last) = norms[0], norms[-1]
        if math.isfinite(first) and math.isfinite(last) and last > 0 and first < VANISH_RATIO * last:
            hidden = [k for k, _norm in norms[:-1]]
            out.append(Finding(
                "vanishing_gradients", _("Vanishing gradients"),
                _("the gradient reaching the first layer {name} (norm {first:.3g}) is {ratio:.1e} "
                  "times that of the last layer (norm {last:.3g}): the early layers hardly learn.").format(
                    name=k0, first=first, ratio=first / last, last=last),
                _("use relu in the hidden layers: its slope is 1 wherever it is active, so "
                  "gradients keep their size on the way back."),
                tuple(Change("layer", (k, "activation"), "relu") for k in hidden), layer=k0,
                others=_("BatchNormalization between layers, residual connections, fewer layers.")))
    return out


def diagnose(history: Mapping[str, Sequence[Any]], evidence: Evidence | None = None) -> list[Finding]:
    """Findings for a run's per-epoch ``history`` (and the optional ``evidence``); empty when healthy."""
    ev = evidence or Evidence()
    training = ev.training or {}
    out: list[Finding] = []
    loss = _series(history, "loss")
    val = _series(history, "val_loss")
    if loss:
        high = _lr_too_high(loss, training)
        if high:
            out.append(high)
        else:
            for f in (_overfitting(loss, val, training) if val else None,
                      _lr_too_low(loss, training),
                      _underfitting(loss, val, training, ev.graph)):
                if f is not None:
                    out.append(f)
                    if f.code in ("lr_low", "underfitting"):
                        break  # a slow straight line is not also 'flat': one reading of the curve
    maj = _majority(history, ev)
    if maj:
        out.append(maj)
    out += _dead_relus(ev, training)
    out += _gradients(ev)
    return out


def diagnose_record(record: Mapping[str, Any], graph: Mapping[str, Any] | None = None,
                    **evidence: Any) -> list[Finding]:
    """:func:`diagnose` for a stored run record (its history and the settings it ran with)."""
    return diagnose(record.get("history") or {},
                    Evidence(training=record.get("settings") or {}, graph=graph, **evidence))


def apply_changes(project: Any, changes: Sequence[Change]) -> list[str]:
    """Make ``changes`` to ``project`` (training dict and graph); returns them in words.

    Layer changes go through ``ModelGraph.set_params`` so the editor follows the
    graph's own events; a layer that is gone is skipped (named in the answer).
    """
    done = []
    for ch in changes:
        if ch.where == "training":
            target = project.training
            for key in ch.path[:-1]:
                if not isinstance(target.get(key), dict):
                    target[key] = {}
                target = target[key]
            target[ch.path[-1]] = copy.deepcopy(ch.value)
            done.append(ch.describe())
        elif ch.where == "layer":
            node_id, param = ch.path
            if node_id in project.graph:
                project.graph.set_params(node_id, {param: ch.value})
                done.append(ch.describe())
            else:
                done.append(_("skipped: layer {id} is no longer in the model").format(id=node_id))
    return done
