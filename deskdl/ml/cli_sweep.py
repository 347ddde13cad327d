"""``deskdl sweep PROJECT --set NAME=VALUES ... [--random N] [--out DIR]``: a sweep without the window.

Further options: ``--seed S`` (random search), ``--max-runs N``, ``--max-minutes M``, ``--epochs N``.

Runs every point (:func:`deskdl.core.sweep.expand`) one after another with the project kind's
trainer and writes into the output folder (default ``./<project-name>-sweep``):

* ``results.csv``: one row per run (its id, status, the swept settings, final and best metrics,
  epochs, time);
* ``runs.json``: the runs' full records (curves per epoch), as the project file keeps them.

The project file itself is not changed. One failed run does not stop the sweep (its row says
``failed``); Ctrl+C stops the run under way and the rest, and the rows so far are still written.
Bad input (an unknown setting, unreadable values) exits with status 2 and one line; a sweep in
which every run failed exits with status 1.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from deskdl.core.i18n import N_, translator
from deskdl.ml.cli_train import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    _BadInput,
    _check_writable,
    _error_line,
    _safe_name,
    _say,
    _setup_device,
    _signals_stop,
    status_word,
)

_ = translator("ml.cli_sweep")


#: How the points were chosen, as the first line says it (``SweepPlan.mode``).
MODE_WORDS = {"grid": N_("grid"), "random": N_("random")}


def run(args: Any) -> int:
    """Run the sweep of ``args.file``; returns the exit status."""
    file = str(args.file)
    try:
        return _run(args, file)
    except _BadInput as err:
        _say(_error_line(file, str(err)))
        return EXIT_BAD_INPUT


def plan_from_args(args: Any, project: Any):
    """The :class:`~deskdl.core.sweep.SweepPlan` and its points, checked against ``project``."""
    from deskdl.core.sweep import SweepError, SweepPlan, check_names, expand, parse_set

    sets = list(getattr(args, "set", None) or [])
    if not sets:
        raise _BadInput(_("name at least one setting to vary, e.g. --set learning_rate=0.001,0.01,0.1"))
    try:
        axes = [parse_set(s) for s in sets]
        check_names(project, [a.name for a in axes])
        minutes = getattr(args, "max_minutes", None)
        plan = SweepPlan(axes, random_n=getattr(args, "random", None),
                         seed=int(getattr(args, "seed", 0) or 0), max_runs=getattr(args, "max_runs", None),
                         max_seconds=float(minutes) * 60 if minutes else None)
        return plan, expand(plan)
    except SweepError as err:
        raise _BadInput(err.text) from None


def _run(args: Any, file: str) -> int:
    from deskdl.core.errors import DeskdlError
    from deskdl.core.project import Project
    from deskdl.core.sweep import default_metric, result_rows, write_csv

    try:
        project = Project.load(file)
    except DeskdlError as err:
        raise _BadInput(err.text) from None
    epochs = getattr(args, "epochs", None)
    if epochs is not None:
        if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 1:
            raise _BadInput(_("--epochs must be a whole number of at least 1, not {value}").format(
                value=repr(epochs)))
        project.training["epochs"] = epochs
    plan, points = plan_from_args(args, project)
    out = Path(getattr(args, "out", None) or f"{_safe_name(project.name)}-sweep")
    _check_writable(out)
    _setup_device(getattr(args, "device", None))
    from deskdl.logsetup import import_tensorflow_quietly, setup_logging

    import_tensorflow_quietly()
    setup_logging()
    from deskdl.ml.sweep import SweepControl, run_sweep

    names = [a.name for a in plan.axes]
    control = SweepControl()
    mode = _(MODE_WORDS[plan.mode]) if plan.mode in MODE_WORDS else plan.mode
    _say(_("sweep of {file}: {n} runs ({mode}) varying {names}").format(
        file=file, n=len(points), mode=mode, names=", ".join(names)) + "\n")

    def ended(i: int, record: dict[str, Any]) -> None:
        point = ", ".join(f"{k}={v}" for k, v in record["sweep"]["point"].items())
        final = record.get("final") or {}
        score = next((f"{m} {final[m]:.4g}" for m in ("val_loss", "loss") if final.get(m) is not None), "")
        if record.get("status") == "failed":
            tail = f": {record.get('error')}"
        else:
            tail = f", {score}" if score else ""
        _say(_("  run {n}/{total} ({point}): {status}{tail}").format(
            n=i + 1, total=len(points), point=point, status=status_word(str(record.get("status"))),
            tail=tail) + "\n")

    started = time.perf_counter()
    try:
        with _signals_stop(control):
            outcome = run_sweep(project, points, control=control, max_seconds=plan.max_seconds,
                                on_run_ended=ended, keep_model=False)
    except DeskdlError as err:  # the data set cannot be loaded
        raise _BadInput(err.text) from None
    rows = result_rows(outcome.records, names)
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_csv(out / "results.csv", rows)
        (out / "runs.json").write_text(json.dumps(outcome.records, indent=1), encoding="utf-8")
    except OSError as err:
        raise _BadInput(_("cannot write the results into {path} ({why})").format(
            path=out, why=err.strerror or err)) from None
    metric = default_metric(rows)
    from deskdl.core.sweep import best_row

    best = best_row(rows, metric) if metric else None
    note = {"stopped": _("stopped"), "budget": _("time budget used up")}.get(outcome.ended)
    more = _(" ({note}; {n} not run)").format(note=note, n=outcome.skipped) if note else ""
    best_text = ""
    if best is not None:
        best_text = _("; best {metric}: {value} in {run}").format(
            metric=metric, value=f"{rows[best][metric]:.4g}", run=rows[best]["run"])
    took = time.perf_counter() - started
    _say(_("{n} runs in {seconds} s{more}{best}; wrote {file}").format(
        n=len(rows), seconds=f"{took:.1f}", more=more, best=best_text, file=out / "results.csv") + "\n")
    if rows and all(r["status"] == "failed" for r in rows):
        return EXIT_FAILED
    return EXIT_OK


