"""The Train tab's bridge to the ml side: job snapshots, payload reading, run records.

Kept apart from the widgets so that the one place which knows the shape of
``TrainingJob``, probe payloads and ``project.runs`` records is small.
"""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Mapping
from typing import Any

import numpy as np

from deskdl.core import history as run_history
from deskdl.core.i18n import N_, translator
from deskdl.core.project import Project

_ = translator("qt.train.jobs")

KINDS_2D = ("points2d", "regression2d")


def make_job(project: Project, **options: Any) -> Any:
    """An immutable snapshot of what to train (graph, data choice, settings); ``options`` are job fields."""
    from deskdl.ml.training import TrainingJob

    maker = getattr(TrainingJob, "from_project", None)
    if maker is not None:
        return maker(project, **options)
    return TrainingJob(model=project.graph.to_dict(), data=copy.deepcopy(project.data),
                       training=copy.deepcopy(project.training))


def new_run_id(project: Project) -> str:
    """The next free ``run-N`` id of the project."""
    return run_history.next_run_id(project.runs)


def run_id_of(run: Mapping[str, Any]) -> str:
    """The id of a stored run record."""
    return str(run.get("id", ""))


def history_of(run: Mapping[str, Any]) -> dict[str, list]:
    """Per-epoch metric lists of a stored run."""
    h = run.get("history")
    return dict(h) if isinstance(h, Mapping) else {}


def _kind(kind_id: Any):
    """The kind declared for ``kind_id`` (None when unknown: words as for a supervised model)."""
    from deskdl.core.kinds import get_kind

    try:
        return get_kind(str(kind_id or "supervised"))
    except Exception:  # noqa: BLE001 - an unknown kind
        return None


def run_label(project: Project, run_id: str) -> str:
    """List text for a new run: its id, optimizer and learning rate, and its batch size or episodes."""
    t = project.training
    opt = t.get("optimizer", {})
    kind = _kind(getattr(project, "kind", None))
    if kind is not None and kind.units[0] == "episode":  # an agent: its replay batch is an algorithm setting
        episodes = kind.with_defaults(getattr(project, "algorithm", None)).get("episodes")
        size = _("{n} episodes").format(n=episodes)
    else:
        size = _("batch {n}").format(n=t.get("batch_size"))
    return f"{run_id}: {opt.get('type')} lr={opt.get('learning_rate'):g}, {size} " + _("(training…)")


def past_run_label(run: Mapping[str, Any], n: int) -> str:
    """List text for a stored run, with its final validation or training loss."""
    rec = run_history.RunRecord.from_dict(run)
    opt = rec.settings.get("optimizer", {}) if isinstance(rec.settings, Mapping) else {}
    best = rec.final.get("val_loss", rec.final.get("loss"))
    acc = rec.final.get("val_accuracy", rec.final.get("accuracy"))
    score = _("loss {loss:.3g}").format(loss=best) if isinstance(best, (int, float)) else _("loss n/a")
    if isinstance(acc, (int, float)):
        score += ", " + _("acc {acc:.1%}").format(acc=acc)
    test = rec.test or {}
    if isinstance(test.get("greedy_return"), (int, float)):  # an agent: what it learned, not its loss
        score = _("return {value:.0f} in 100 greedy games").format(value=test["greedy_return"])
    lr = opt.get("learning_rate")
    lr_txt = f" lr={lr:g}" if isinstance(lr, (int, float)) else ""
    return f"{rec.id}: {opt.get('type', '?')}{lr_txt} · {score} · {_status_word(ended_as(rec))}"


#: How a run ended, in the run list's words.
_STATUS_WORDS = {"finished": N_("finished"), "stopped": N_("stopped"), "early_stopped": N_("early_stopped"),
                 "solved": N_("solved"), "failed": N_("failed")}


def _status_word(status: str) -> str:
    word = _STATUS_WORDS.get(status, status)
    return _(word)


def ended_as(rec: run_history.RunRecord) -> str:
    """How a run ended, for the run list: an agent that stopped because it reached the task's goal says so.

    Its record keeps ``early_stopped`` (lessons accept that ending), but "solved" is why it stopped.
    """
    if rec.status in ("early_stopped", "finished") and (rec.test or {}).get("solved"):
        return "solved"
    return rec.status


def run_tooltip(settings: Mapping[str, Any], run: Mapping[str, Any] | None = None, kind: str | None = None,
                algorithm: Mapping[str, Any] | None = None) -> str:
    """The settings of a run in a few lines, in the words of its kind.

    ``kind``: the project's kind id (else the run record's); ``algorithm``: the project's
    ``algorithm`` block (else the record's). A GAN names no compiled loss, an agent its task
    and episodes instead of a batch size and epochs (issue 12).
    """
    opt = settings.get("optimizer", {}) if isinstance(settings, Mapping) else {}
    pk = _kind(kind or (run.get("kind") if isinstance(run, Mapping) else None))
    if algorithm is None and isinstance(run, Mapping) and isinstance(run.get("settings"), Mapping):
        algorithm = run["settings"].get("algorithm")
    unit = pk.units[0] if pk is not None else "epoch"
    lines = [_("optimizer {name} (learning rate {lr})").format(name=opt.get("type"),
                                                               lr=opt.get("learning_rate"))]
    if unit == "episode":
        a = pk.with_defaults(algorithm if isinstance(algorithm, Mapping) else None)
        lines.append(_("{env}, {n} episodes").format(env=a.get("env"), n=a.get("episodes")))
    elif pk is not None and not pk.uses_loss:
        lines.append(_("batch size {batch}, epochs {epochs}").format(batch=settings.get("batch_size"),
                                                                     epochs=settings.get("epochs")))
    else:
        lines.append(_("loss {loss}, batch size {batch}, epochs {epochs}").format(
            loss=settings.get("loss"), batch=settings.get("batch_size"), epochs=settings.get("epochs")))
    if run:
        rec = run_history.RunRecord.from_dict(run)
        status = _status_word(ended_as(rec))
        if unit == "episode":
            lines.append(_("{status} after {n} episodes in {s:.1f} s").format(
                status=status, n=rec.epochs_run, s=rec.duration_s))
        else:
            lines.append(_("{status} after {n} epochs in {s:.1f} s").format(
                status=status, n=rec.epochs_run, s=rec.duration_s))
        if rec.dataset:
            lines.append(_("data: {name}").format(name=rec.dataset.get("dataset")))
    return "\n".join(lines)


def make_run_record(project: Project, run_id: str, status: str, history: Mapping[str, Any],
                    result: Mapping[str, Any], seconds: float) -> dict[str, Any]:
    """A ``project.runs`` record (see :mod:`deskdl.core.history`)."""
    hist = {k: list(v) for k, v in history.items() if k != "epoch" and isinstance(v, (list, tuple))}
    final = {k: v[-1] for k, v in hist.items() if v}
    status = str(result.get("status") or status)
    if result.get("stopped_early") or result.get("early_stopped"):
        status = "early_stopped"
    rec = run_history.RunRecord(
        id=run_id,
        started=_dt.datetime.now().isoformat(timespec="seconds"),
        status=status,
        dataset=copy.deepcopy(project.data),
        settings=copy.deepcopy(project.training),
        epochs_run=len(next(iter(hist.values()), [])),
        duration_s=float(seconds),
        final=final,
        test=dict(result.get("test") or result.get("test_metrics") or {}),
        history=hist,
        params=result.get("params") if isinstance(result.get("params"), int) else None,
    )
    return rec.to_dict()


def steps_of(payload: Mapping[str, Any]) -> int | None:
    """Batches per epoch from a ``run_started`` payload."""
    for key in ("steps_per_epoch", "steps", "batches_per_epoch"):
        v = payload.get(key)
        if isinstance(v, (int, float)) and v > 0:
            return int(v)
    return None


def epoch_index(payload: Mapping[str, Any]) -> int:
    """The 0-based epoch a payload belongs to."""
    return int(payload.get("epoch", 0))


def reason_text(reason: str, early_stop: str = "") -> str:
    """A sentence for why a run ended early.

    ``early_stop`` is the runner's own account of an early stop (which loss it watched,
    and a warning when that was the training loss); without it the sentence is generic.
    """
    if reason in ("early_stopping", "early_stopped") and early_stop:
        return early_stop
    return {
        "stopped": _("Stopped by you. The weights learned so far are kept."),
        "early_stopping": _("Stopped early: the watched loss stopped improving."),
        "early_stopped": _("Stopped early: the watched loss stopped improving."),
        "nan": _("Stopped: the loss became NaN."),
    }.get(reason) or _("Ended: {reason}").format(reason=reason)


# ------------------------------------------------------------------ 2-D data
def boundary_points(data: Mapping[str, Any]) -> dict[str, Any] | None:
    """Train and test points of a 2-D data set for the boundary view, or ``None`` for other sets.

    The 2-D sets are generated with NumPy in milliseconds, so this runs on the GUI thread.
    """
    from deskdl.ml import datasets

    try:
        info = datasets.get(str(data.get("dataset")))
    except Exception:  # noqa: BLE001 - unknown data set: no boundary view
        return None
    if info.kind not in KINDS_2D:
        return None
    try:
        bundle = datasets.load_config(data)
    except Exception:  # noqa: BLE001 - bad settings are reported by the Data tab
        return None
    return points_of_bundle(bundle)


def points_of_bundle(bundle: Any) -> dict[str, Any] | None:
    """``set_points`` arguments from a data bundle."""
    kind = getattr(bundle, "kind", None) or getattr(getattr(bundle, "info", None), "kind", None)
    if kind not in KINDS_2D:
        return None
    task = "regression" if kind == "regression2d" else "classification"
    names = getattr(bundle, "class_names", None)
    return {
        "x_train": np.asarray(bundle.x_train), "y_train": np.asarray(bundle.y_train),
        "x_test": np.asarray(bundle.x_test) if getattr(bundle, "x_test", None) is not None else None,
        "y_test": np.asarray(bundle.y_test) if getattr(bundle, "y_test", None) is not None else None,
        "task": task, "n_classes": len(names) if names else None, "class_names": names,
    }


def points_from_payload(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """Boundary points carried by a ``run_started`` payload (2-D sets only), if any."""
    if payload.get("x_train") is None or payload.get("kind") not in KINDS_2D:
        return None
    names = payload.get("class_names") or None
    return {
        "x_train": np.asarray(payload["x_train"]), "y_train": np.asarray(payload["y_train"]),
        "x_test": payload.get("x_test"), "y_test": payload.get("y_test"),
        "task": "regression" if payload.get("task") == "regression" else "classification",
        "n_classes": len(names) if names else None, "class_names": names,
    }


def answer_grid(model: Any) -> dict[str, Any]:
    """Runs on the Keras thread: ``model``'s answer on the decision-boundary grid (as a probe has it).

    For a model that sent no probes: one loaded with a reopened project.
    """
    from deskdl.ml import evaluate
    from deskdl.ml.training import GRID_RESOLUTION

    grid = evaluate.decision_grid(model, resolution=GRID_RESOLUTION)
    return {"values": np.asarray(grid["values"], dtype=np.float32), "extent": list(grid["extent"])}


def uncertainty_grid(model: Any, task: str | None = None) -> dict[str, Any]:
    """Runs on the Keras thread: MC dropout over the plane (``deskdl.ml.uncertainty.uncertainty_grid``)."""
    from deskdl.ml import uncertainty

    return uncertainty.uncertainty_grid(model, task=task)


def answer_at(model: Any, x: float, y: float) -> dict[str, Any]:
    """Runs on the Keras thread: ``model``'s output at the one spot ``(x, y)`` of the plane."""
    from deskdl.ml import evaluate

    out = evaluate.predict(model, np.array([[x, y]], dtype=np.float32), batch_size=1)[0]
    return {"x": float(x), "y": float(y), "values": [float(v) for v in np.ravel(out)]}


def grid_from_probe(payload: Mapping[str, Any]) -> tuple[tuple, np.ndarray, float | None] | None:
    """``(extent, values, epoch)`` from a decision-boundary probe payload."""
    grid = payload.get("grid") if isinstance(payload.get("grid"), Mapping) else payload
    values = grid.get("values", grid.get("probs", grid.get("z")))
    extent = grid.get("extent")
    if values is None or extent is None:
        return None
    values = np.asarray(values)
    res = grid.get("resolution")
    if values.ndim <= 2 and res and values.shape[0] == int(res) ** 2:
        values = values.reshape(int(res), int(res), *values.shape[1:])
    epoch = payload.get("epoch_float", payload.get("epoch"))
    return tuple(float(e) for e in extent), values, (float(epoch) if epoch is not None else None)
