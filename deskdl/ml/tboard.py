"""Logs others can read: a run's per-epoch metrics as TensorBoard event files and as CSV.

The event files follow Keras's own ``TensorBoard`` callback: ``train/`` holds the training
values and ``validation/`` the ``val_*`` ones, each under ``epoch_<metric>``, one step per
epoch (0-based, as Keras writes), so ``tensorboard --logdir DIR`` overlays them just as it
does for a run trained with that callback. They are written with TensorFlow's own
``tf.summary.write`` and the scalars plugin's metadata, which needs no ``tensorboard``
package (``tf.summary.scalar`` does).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

#: History keys that are not metrics of the model (the learning rate is written, under its own name).
_SKIP = ("epoch",)


def _split(history: Mapping[str, Sequence[Any]]) -> dict[str, dict[str, list[float | None]]]:
    """``{"train": {"epoch_loss": [...]}, "validation": {"epoch_loss": [...]}}``."""
    out: dict[str, dict[str, list[float | None]]] = {"train": {}, "validation": {}}
    for key, values in history.items():
        if key in _SKIP:
            continue
        side, name = ("validation", key[4:]) if key.startswith("val_") else ("train", key)
        if name in ("lr", "learning_rate"):
            name = "learning_rate"
        vals = []
        for v in values:
            try:
                vals.append(float(v) if v is not None else None)
            except (TypeError, ValueError):
                vals.append(None)
        out[side][f"epoch_{name}"] = vals
    return {k: v for k, v in out.items() if v}


def write_tensorboard(history: Mapping[str, Sequence[Any]], logdir: str | Path) -> list[Path]:
    """Write ``history`` (metric -> per-epoch values) as event files under ``logdir``; returns them.

    ``None`` (no value that epoch) is skipped; a NaN loss is written as NaN.
    """
    import tensorflow as tf
    from tensorflow.core.framework import summary_pb2

    meta = summary_pb2.SummaryMetadata(
        plugin_data=summary_pb2.SummaryMetadata.PluginData(plugin_name="scalars", content=b""),
        data_class=summary_pb2.DATA_CLASS_SCALAR)
    root = Path(logdir)
    written = []
    for side, metrics in _split(history).items():
        folder = root / side
        folder.mkdir(parents=True, exist_ok=True)
        before = set(folder.iterdir())
        writer = tf.summary.create_file_writer(str(folder))
        try:
            with writer.as_default():
                for tag, values in metrics.items():
                    for step, v in enumerate(values):
                        if v is None:
                            continue
                        tf.summary.write(tag, tf.constant(v, tf.float32), step=step, metadata=meta)
            writer.flush()
        finally:
            writer.close()
        written += sorted(set(folder.iterdir()) - before)
    return written


def read_tensorboard(logdir: str | Path) -> dict[str, dict[str, list[tuple[int, float]]]]:
    """Read event files back with TensorFlow's summary reader: side -> tag -> [(step, value)]."""
    import tensorflow as tf

    out: dict[str, dict[str, list[tuple[int, float]]]] = {}
    for f in sorted(Path(logdir).glob("*/events.out.tfevents.*")):
        side = f.parent.name
        for event in tf.compat.v1.train.summary_iterator(str(f)):
            for value in event.summary.value:
                has_tensor = value.HasField("tensor")
                v = float(tf.make_ndarray(value.tensor)) if has_tensor else float(value.simple_value)
                out.setdefault(side, {}).setdefault(value.tag, []).append((int(event.step), v))
    return out


def write_csv(history: Mapping[str, Sequence[Any]], path: str | Path) -> Path:
    """``history`` as CSV: a row per epoch (1-based), a column per metric; blanks where a run has none."""
    keys = [k for k in history if k not in _SKIP]
    n = max((len(history[k]) for k in keys), default=0)
    path = Path(path)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["epoch", *keys])
        for i in range(n):
            row: list[Any] = [i + 1]
            for k in keys:
                v = history[k][i] if i < len(history[k]) else None
                if v is None:
                    row.append("")
                else:
                    f = float(v)
                    row.append(f"{f:.6g}" if math.isfinite(f) else str(f))
            w.writerow(row)
    return path
