"""Run comparison: two or more runs' settings side by side (what differs first) and final scores.

Pure: reads stored run records (:mod:`deskdl.core.history`). Settings are flattened to
dotted names (``optimizer.learning_rate``), with the data set and a sweep's own values
(a layer's units, say) beside the training settings.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from deskdl.core.i18n import N_, translator
from deskdl.core.sweep import TRAINING_NAMES

_ = translator("core.compare")

#: Final scores shown for every run, when any run has them.
SCORES = ("loss", "val_loss", "accuracy", "val_accuracy", "test_accuracy", "test_loss")
#: The rows that name no setting, as the table shows them (settings and scores keep the names the file
#: and Keras use: ``optimizer.learning_rate``, ``val_loss``).
ROW_LABELS = {"data set": N_("data set"), "epochs run": N_("epochs run"), "time (s)": N_("time (s)"),
              "status": N_("status")}
#: How a run ended, as the status row shows it (the run list's words).
STATUS_WORDS = {"finished": N_("finished"), "stopped": N_("stopped"), "early_stopped": N_("early_stopped"),
                "failed": N_("failed")}


@dataclass(frozen=True)
class CompareRow:
    """One setting or score across the runs; ``differs`` when the runs do not all agree."""

    name: str
    values: tuple[Any, ...]
    differs: bool
    kind: str = "setting"  # "setting" or "score"

    @property
    def label(self) -> str:
        """What the table shows for the row: ``name``, or its words in the app's language."""
        return _(ROW_LABELS[self.name]) if self.name in ROW_LABELS else self.name

    def shown(self, value: Any) -> Any:
        """``value`` as the table shows it: a run's ending in the app's language, anything else as it is."""
        if self.name == "status" and isinstance(value, str) and value in STATUS_WORDS:
            return _(STATUS_WORDS[value])
        return value


def flatten(doc: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}}`` -> ``{"a.b": 1}`` (lists stay values)."""
    out: dict[str, Any] = {}
    for k, v in doc.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping) and v:
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out


def run_settings(record: Mapping[str, Any]) -> dict[str, Any]:
    """A run's settings as dotted names: training settings, the data set, a sweep's own values."""
    out = flatten(record.get("settings") or {})
    data = record.get("dataset") or {}
    if data.get("dataset"):
        out["data set"] = data.get("dataset")
    for k, v in flatten(data.get("params") or {}).items():
        out[f"data.{k}"] = v
    for k, v in ((record.get("sweep") or {}).get("point") or {}).items():
        if k not in TRAINING_NAMES and not k.startswith("training."):  # those are in the settings already
            out.setdefault(k, v)
    return out


def _same(values: Sequence[Any]) -> bool:
    first = values[0]
    for v in values[1:]:
        if isinstance(v, float) and isinstance(first, float):
            if not (math.isclose(v, first, rel_tol=1e-9) or (math.isnan(v) and math.isnan(first))):
                return False
        elif v != first:
            return False
    return True


def _score(record: Mapping[str, Any], name: str) -> Any:
    if name.startswith("test_"):
        return (record.get("test") or {}).get(name[5:])
    return (record.get("final") or {}).get(name)


def compare(records: Sequence[Mapping[str, Any]], only_differences: bool = False) -> list[CompareRow]:
    """Rows for a side-by-side table: settings (those that differ first), then final scores."""
    if len(records) < 2:
        raise ValueError("comparing needs at least two runs")
    flat = [run_settings(r) for r in records]
    names: dict[str, None] = {}
    for f in flat:
        for k in f:
            names[k] = None
    rows = []
    for n in names:
        vals = tuple(f.get(n) for f in flat)
        rows.append(CompareRow(n, vals, not _same(vals)))
    rows.sort(key=lambda r: not r.differs)  # stable: the differences first, each group in file order
    if only_differences:
        rows = [r for r in rows if r.differs]
    for s in SCORES:
        vals = tuple(_score(r, s) for r in records)
        if any(v is not None for v in vals):
            rows.append(CompareRow(s, vals, not _same(vals), "score"))
    for extra in ("epochs_run", "duration_s", "status"):
        vals = tuple(r.get(extra) for r in records)
        rows.append(CompareRow(extra.replace("_", " ").replace("duration s", "time (s)"), vals,
                               not _same(vals), "score"))
    return rows
