"""Run a sweep: the points one after another on the calling (Keras) thread, each a normal run.

Each point is applied to a copy of the project (:func:`deskdl.core.sweep.apply_point`),
trained by the project kind's trainer (:func:`deskdl.ml.trainers.run`, which never
raises), and its record appended to the ORIGINAL project's ``runs`` with a ``sweep``
entry (the sweep's id and the point), so it shows in the run list and its curves open
like any run's. A failed run is recorded as failed and the sweep goes on. Stop ends the
current run and the rest; "stop the rest" lets the current run finish.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deskdl.core.history import RunRecord, append_run, next_run_id
from deskdl.core.sweep import apply_point


class SweepControl:
    """Stop, stop-the-rest and pause for a whole sweep (thread-safe; the GUI calls, the runner reads)."""

    def __init__(self) -> None:
        self._rest = threading.Event()
        self.current: Any = None  # the TrainingControl of the run under way
        self._lock = threading.Lock()
        self._paused = False

    def new_run_control(self) -> Any:
        """A fresh control for the next run (paused if the sweep is paused)."""
        from deskdl.ml.training import TrainingControl

        with self._lock:
            self.current = TrainingControl()
            if self._paused:
                self.current.pause()
            return self.current

    def stop(self) -> None:
        """End the run under way and skip the rest."""
        self._rest.set()
        with self._lock:
            if self.current is not None:
                self.current.stop()
                self.current.resume()

    def stop_rest(self) -> None:
        """Let the run under way finish, then stop."""
        self._rest.set()

    def pause(self) -> None:
        """Pause the run under way (and start the next ones paused)."""
        with self._lock:
            self._paused = True
            if self.current is not None:
                self.current.pause()

    def resume(self) -> None:
        """Carry on."""
        with self._lock:
            self._paused = False
            if self.current is not None:
                self.current.resume()

    @property
    def rest_stopped(self) -> bool:
        """No more runs will start."""
        return self._rest.is_set()


@dataclass
class SweepOutcome:
    """What the sweep did: the records of its runs (in order) and why it ended."""

    sweep_id: str
    records: list[dict[str, Any]] = field(default_factory=list)
    ended: str = "done"  # "done", "stopped", "budget" (time)
    skipped: int = 0


def next_sweep_id(runs: Sequence[Mapping[str, Any]]) -> str:
    """``sweep-N``, one more than the highest N among the runs' sweeps."""
    best = 0
    for r in runs:
        sid = str((r.get("sweep") or {}).get("id", ""))
        if sid.startswith("sweep-") and sid[6:].isdigit():
            best = max(best, int(sid[6:]))
    return f"sweep-{best + 1}"


def run_sweep(project: Any, points: Sequence[Mapping[str, Any]], *, control: SweepControl | None = None,
              max_seconds: float | None = None, reporter_for: Callable[[int, str], Any] | None = None,
              on_run_ended: Callable[[int, dict[str, Any]], None] | None = None,
              train: Callable[..., Any] | None = None, **job_options: Any) -> SweepOutcome:
    """Train ``project`` once per point; see the module docstring.

    ``reporter_for(index, run_id)`` gives each run's reporter (None: silent);
    ``on_run_ended(index, record)`` is called after each run's record is stored;
    ``train(job, reporter, control)`` defaults to :func:`deskdl.ml.trainers.run`;
    ``job_options`` go to :meth:`TrainingJob.from_project` (e.g. ``keep_model=False``).
    A run that does not start within ``max_seconds`` of the sweep's start is skipped.
    """
    from deskdl.ml import datasets
    from deskdl.ml.training import TrainingJob

    if train is None:
        from deskdl.ml.trainers import run as train
    control = control or SweepControl()
    out = SweepOutcome(next_sweep_id(project.runs))
    t0 = time.monotonic()
    bundles: dict[str, Any] = {}
    for i, point in enumerate(points):
        if control.rest_stopped:
            out.ended, out.skipped = "stopped", len(points) - i
            break
        if max_seconds is not None and time.monotonic() - t0 >= max_seconds:
            out.ended, out.skipped = "budget", len(points) - i
            break
        run_id = next_run_id(project.runs)
        started = time.monotonic()
        record: dict[str, Any]
        try:
            variant = apply_point(project, point)
            key = repr(sorted(variant.data.items()))
            if key not in bundles:  # the same data for every run: load it once
                bundles[key] = datasets.load_config(variant.data)
            job = TrainingJob.from_project(variant, bundle=bundles[key], **job_options)
            reporter = reporter_for(i, run_id) if reporter_for else None
            result = train(job, reporter, control.new_run_control())
            record = dict(result.record or {})
            if not record:  # a trainer failed before it recorded anything
                record = RunRecord(run_id, status=result.status, settings=dict(job.training),
                                   duration_s=time.monotonic() - started).to_dict()
            if result.error is not None:
                record["error"] = result.error.text
        except Exception as err:  # noqa: BLE001 - one bad point must not end the sweep
            text = getattr(err, "text", None) or f"{type(err).__name__}: {err}"
            record = RunRecord(run_id, status="failed", settings=dict(project.training),
                               duration_s=time.monotonic() - started).to_dict()
            record["error"] = text
        record["id"] = run_id
        record["sweep"] = {"id": out.sweep_id, "index": i, "point": dict(point)}
        project.runs = append_run(project.runs, record)
        stored = project.runs[-1]
        out.records.append(stored)
        if on_run_ended is not None:
            on_run_ended(i, stored)
    return out
