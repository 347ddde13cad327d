"""Run history: one plain record per training run, kept in ``project.runs``.

A record is JSON-ready (numbers, text, lists, dicts) so the project file can
store it and a teacher can read it. :class:`RunRecord` builds and reads them;
:func:`append_run` and :func:`compare_runs` are pure functions over the list,
so the GUI's "runs" table and the CLI share them.

Record fields: ``id``, ``started`` (ISO time), ``status`` (``finished``,
``stopped``, ``early_stopped``, ``failed``), ``dataset`` (id and params),
``settings`` (the training dict used), ``epochs_run``, ``duration_s``,
``final`` (last epoch's metrics, incl. ``val_*``), ``test`` (test-set
metrics, may be empty), ``history`` (metric name -> per-epoch list),
``params`` (the model's parameter count, as Keras's ``count_params``), ``trainable`` (the weights
training changed: frozen layers' do not count; left out by older records) and optional ``model_file``; for
kinds other than supervised ``kind``, and for kinds with several roles
``model_files`` (role -> file name; ``model_file`` stays role ``model``'s).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Oldest records are dropped beyond this many, so project files stay small.
MAX_RUNS = 50


def _clean(value: Any) -> Any:
    """JSON-safe copy: NaN/inf become ``None``, numpy scalars become floats."""
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f if math.isfinite(f) else None


@dataclass
class RunRecord:
    """One training run, as stored in ``project.runs``."""

    id: str
    started: str = ""
    status: str = "finished"
    dataset: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    epochs_run: int = 0
    duration_s: float = 0.0
    final: dict[str, float | None] = field(default_factory=dict)
    test: dict[str, float | None] = field(default_factory=dict)
    history: dict[str, list[float | None]] = field(default_factory=dict)
    params: int | None = None
    #: Trainable weights (frozen layers' excluded): tells a frozen base's run from a fine-tuned one's.
    trainable: int | None = None
    model_file: str | None = None
    #: The project kind (:mod:`deskdl.core.kinds`); left out for supervised runs (as every older record).
    kind: str | None = None
    #: role -> file name of its trained model, for kinds with several roles (``model_file`` is role "model").
    model_files: dict[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record as the project file stores it (NaN becomes ``null``)."""
        out = {
            "id": self.id, "started": self.started, "status": self.status,
            "dataset": self.dataset, "settings": self.settings, "epochs_run": int(self.epochs_run),
            "duration_s": round(float(self.duration_s), 3), "final": self.final, "test": self.test,
            "history": self.history,
        }
        if self.params is not None:
            out["params"] = int(self.params)
        if self.trainable is not None:
            out["trainable"] = int(self.trainable)
        if self.model_file:
            out["model_file"] = self.model_file
        if self.kind:
            out["kind"] = self.kind
        if self.model_files:
            out["model_files"] = dict(self.model_files)
        return _clean(out)

    def files_by_role(self) -> dict[str, str]:
        """Each role's model file name (``model_file`` under ``"model"``)."""
        out = {"model": self.model_file} if self.model_file else {}
        out.update(self.model_files or {})
        return out

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> RunRecord:
        """Read a stored record; missing fields get defaults, unknown ones are dropped."""
        known = cls.__dataclass_fields__
        kwargs = {k: copy.deepcopy(v) for k, v in doc.items() if k in known}
        kwargs.setdefault("id", "run")
        return cls(**kwargs)

    def metric(self, name: str) -> float | None:
        """A final metric: ``test_accuracy`` reads the test set, others the last epoch."""
        if name.startswith("test_"):
            return self.test.get(name[5:])
        return self.final.get(name)


def next_run_id(runs: Sequence[Mapping[str, Any]]) -> str:
    """``run-N`` with N one more than the highest number used so far."""
    best = 0
    for r in runs:
        rid = str(r.get("id", ""))
        if rid.startswith("run-") and rid[4:].isdigit():
            best = max(best, int(rid[4:]))
    return f"run-{best + 1}"


def append_run(runs: Sequence[Mapping[str, Any]], record: RunRecord | Mapping[str, Any],
               limit: int = MAX_RUNS) -> list[dict[str, Any]]:
    """A new list: ``runs`` plus ``record`` (oldest dropped beyond ``limit``). ``runs`` is untouched."""
    doc = record.to_dict() if isinstance(record, RunRecord) else _clean(dict(record))
    out = [copy.deepcopy(dict(r)) for r in runs] + [doc]
    return out[-limit:] if limit > 0 else out


def compare_runs(runs: Sequence[Mapping[str, Any]],
                 metrics: Sequence[str] = ("loss", "val_loss", "accuracy", "val_accuracy", "test_accuracy"),
                 ) -> list[dict[str, Any]]:
    """Rows for a comparison table: id, status, epochs, time, optimizer, rate, and ``metrics``.

    Metric names starting with ``test_`` read the test-set results; missing values are ``None``.
    """
    rows = []
    for doc in runs:
        rec = RunRecord.from_dict(doc)
        opt = rec.settings.get("optimizer", {}) if isinstance(rec.settings, Mapping) else {}
        row: dict[str, Any] = {
            "id": rec.id, "status": rec.status, "epochs": rec.epochs_run,
            "time_s": rec.duration_s, "optimizer": opt.get("type"),
            "learning_rate": opt.get("learning_rate"), "batch_size": rec.settings.get("batch_size"),
            "dataset": rec.dataset.get("dataset"),
        }
        for m in metrics:
            row[m] = rec.metric(m)
        rows.append(row)
    return rows


def best_run(runs: Sequence[Mapping[str, Any]], metric: str = "val_loss") -> dict[str, Any] | None:
    """The run with the best ``metric`` (lowest for losses/errors, highest otherwise)."""
    lower = any(w in metric for w in ("loss", "mae", "mse", "error"))
    scored = [(RunRecord.from_dict(r).metric(metric), r) for r in runs]
    scored = [(v, r) for v, r in scored if v is not None]
    if not scored:
        return None
    pick = min if lower else max
    return dict(pick(scored, key=lambda vr: vr[0])[1])
