"""``deskdl train FILE`` for a reinforcement-learning project (kinds ``dqn``, ``policy_gradient``).

Trains the agent headless with one updating progress line on stderr (a line
every 10 episodes when stderr is not a terminal) and writes into the output
folder (default ``./<project-name>-run``):

* ``returns.csv``: one row per episode (return, the average of the last 100,
  length, and the algorithm's own values), written as each episode ends, so a
  long run keeps nothing in memory for it;
* ``model.keras``: the trained network, a plain Keras model that maps one
  observation to the action values (DQN: Q-values) or the policy's scores (logits);
* ``report.txt``: the task, the settings, and the final evaluation of 100 greedy episodes (in the
  language deskdl speaks; ``returns.csv`` is for programs and stays English).

``--epochs N`` trains N episodes. Ctrl+C stops the run cleanly: the files of what
was learned so far are written. Bad input (an unknown environment, a network that
does not fit, DQN on continuous actions, impossible settings) exits with status 2
and one line ``deskdl: error: FILE: ...``.
"""

from __future__ import annotations

import contextlib
import csv
import math
import signal
import sys
import time
from pathlib import Path
from typing import Any

from deskdl.core.i18n import tr, translator
from deskdl.ml.cli_train import (
    _BAD_INPUT_KINDS,
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    _BadInput,
    _check_writable,
    _error_line,
    _safe_name,
    _say,
    _setup_device,
    status_word,
)

_ = translator("rl.cli_train")

OUTPUT_FILES = ("returns.csv", "model.keras", "report.txt")


def is_rl_project(file: str) -> bool:
    """Whether ``file`` is a project of a kind that acts in an environment (False if it does not load)."""
    from deskdl.core.kinds import DATA_ENVIRONMENT, kind_of
    from deskdl.core.project import Project

    try:
        return kind_of(Project.load(file)).data == DATA_ENVIRONMENT
    except Exception:  # noqa: BLE001 - the ordinary path reports a file that does not load
        return False


class EpisodeReporter:
    """Prints progress and writes ``returns.csv`` row by row as episodes end."""

    def __init__(self, csv_path: Path, episodes: int) -> None:
        self.episodes = episodes
        self._fh = open(csv_path, "w", newline="", encoding="utf-8")
        self._csv = csv.writer(self._fh)
        self._keys: list[str] | None = None
        self._tty = bool(sys.stderr is not None and sys.stderr.isatty())
        self._last = 0.0
        self.threshold: float | None = None
        self.title = ""

    def emit(self, event: Any) -> None:
        """Typed events: the run's start, and one Scalars per episode."""
        from deskdl.core import events as ev

        if isinstance(event, ev.RunStarted):
            info = event.info
            self.threshold = info.get("threshold")
            self._keys = list(info.get("scalars") or [])
            if self._keys:
                self._csv.writerow(["episode", *self._keys])
            _say(_("training a {agent} agent on {env}: {params} parameters, {n} episodes (solved: "
                   "average {threshold} over 100 episodes)").format(
                agent=self.title, env=info.get("env"), params=info.get("params"), n=self.episodes,
                threshold=f"{self.threshold:g}") + "\n")
            return
        if not isinstance(event, ev.Scalars) or "return" not in event.values:
            if isinstance(event, ev.Scalars) and "greedy_100" in event.values:
                line = _("episode {n}: 100 greedy episodes average {value}").format(
                    n=event.epoch + 1, value=f"{event.values['greedy_100']:.1f}")
                _say(("\r" if self._tty else "") + line + " " * 20 + "\n")
            return
        v = event.values
        if self._keys is None:
            self._keys = list(v)
            self._csv.writerow(["episode", *self._keys])
        self._csv.writerow([event.epoch + 1, *(_num(v[k]) if k in v else "" for k in self._keys)])
        n = event.epoch + 1
        line = _("episode {n}/{total}: return {value}, average of the last 100 {average}").format(
            n=n, total=self.episodes, value=f"{v['return']:.1f}", average=f"{v['average_100']:.1f}")
        if "epsilon" in v:
            line += _(", epsilon {value}").format(value=f"{v['epsilon']:.2f}")
        now = time.monotonic()
        if self._tty:
            if now - self._last >= 0.1 or n == self.episodes:
                self._last = now
                _say("\r" + line + " " * 8)
        elif n % 10 == 0 or n == self.episodes:
            _say(line + "\n")

    def close(self) -> None:
        """Finish the progress line and the CSV file."""
        if self._tty:
            _say("\n")
        self._fh.close()

    def run_failed(self, *args: Any, **kw: Any) -> None:
        """The caller prints the error."""

    def __getattr__(self, name: str):
        return lambda *a, **k: None  # the named hooks of older reporters: nothing to do


def _num(v: float) -> str:
    return f"{v:.6g}" if math.isfinite(v) else str(v)


def run(args: Any) -> int:
    """Train ``args.file`` (an RL project); returns the exit status."""
    file = str(args.file)
    try:
        return _run(args, file)
    except _BadInput as err:
        _say(_error_line(file, str(err)))
        return EXIT_BAD_INPUT


def _run(args: Any, file: str) -> int:
    from deskdl.core.errors import DeskdlError
    from deskdl.core.kinds import kind_of
    from deskdl.core.project import Project
    from deskdl.core.rl import project_problems
    from deskdl.core.training import check_training

    try:
        project = Project.load(file)
    except DeskdlError as err:
        raise _BadInput(err.text) from None
    kind = kind_of(project)
    episodes = getattr(args, "epochs", None)
    if episodes is not None:
        if isinstance(episodes, bool) or not isinstance(episodes, int) or episodes < 1:
            raise _BadInput(_("--epochs (episodes, for an agent) must be a whole number of at least 1, "
                              "not {value}").format(value=repr(episodes)))
        project.algorithm = {**project.algorithm, "episodes": episodes}
    problems = project_problems(project)
    if problems:
        raise _BadInput(problems[0].text)
    from deskdl.core.training import training_with_defaults

    bad = check_training(training_with_defaults(project.training))
    if bad:
        raise _BadInput(_("the training settings have a problem: {problem}; fix it in the project's "
                          "'training'").format(problem=bad[0]))
    out = Path(getattr(args, "out", None) or f"{_safe_name(project.name)}-run")
    _check_writable(out)
    out.mkdir(parents=True, exist_ok=True)
    _setup_device(getattr(args, "device", None))
    from deskdl.logsetup import import_tensorflow_quietly, setup_logging

    import_tensorflow_quietly()
    setup_logging()
    from deskdl.ml.trainers import run as run_trainer
    from deskdl.ml.training import TrainingControl, TrainingJob
    from deskdl.rl.pace import OFF, PACE

    PACE.mode = OFF  # nothing is drawn headless
    job = TrainingJob.from_project(project)
    a = kind.with_defaults(project.algorithm)
    reporter = EpisodeReporter(out / "returns.csv", int(a["episodes"]))
    reporter.title = tr("core.kinds", kind.title)
    control = TrainingControl()
    started = time.perf_counter()
    with _stop_on_interrupt(control):
        try:
            result = run_trainer(job, reporter, control)
        finally:
            reporter.close()
    elapsed = time.perf_counter() - started
    if result.status == "failed":
        err = result.error
        if err is not None and err.kind in _BAD_INPUT_KINDS:
            raise _BadInput(err.text)
        _say(_error_line(file, err.text if err else _("training failed")))
        _write_report(out / "report.txt", project, a, result, elapsed, None)
        return EXIT_FAILED
    model_file = out / "model.keras"
    result.model.save(str(model_file))
    _write_report(out / "report.txt", project, a, result, elapsed, model_file)
    t = result.test
    _say(_("{status}: {n} episodes in {seconds} s; 100 greedy episodes average {value} ({solved}); "
           "wrote {folder}").format(
        status=status_word(result.status), n=result.epochs_run, seconds=f"{elapsed:.1f}",
        value=f"{t['greedy_return']:.1f}", solved=_("solved") if t["solved"] else _("not solved"),
        folder=out) + "\n")
    return EXIT_OK


@contextlib.contextmanager
def _stop_on_interrupt(control):
    """Ctrl+C (and SIGTERM) stop the run at the next step, so what it learned is still written."""
    def on_signal(signum, frame):
        control.stop()

    previous = {}
    try:
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, on_signal)
    except (ValueError, OSError, AttributeError):  # not the main thread
        pass
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _write_report(path: Path, project, a: dict[str, Any], result, elapsed: float,
                  model_file: Path | None) -> None:
    from deskdl.core.kinds import kind_of
    from deskdl.core.rl import ENVS

    facts = ENVS[a["env"]]
    t = result.test
    opt = project.training.get("optimizer", {})
    status = status_word(result.status)
    lines = [
        _("deskdl training report: {name}").format(name=project.name),
        _("project file: {path}").format(path=project.path),
        _("agent: {kind}").format(kind=tr("core.kinds", kind_of(project).title)),
        _("task: {env}: {description}").format(env=facts.id, description=" ".join(
            tr("core.rl", text) for text in (facts.state_text, facts.actions_text, facts.reward_text,
                                             facts.solved_text))),
        _("status: {status}").format(status=f"{status} ({result.early_stop})" if result.early_stop
                                     else status),
        _("episodes run: {n} of {planned}").format(n=result.epochs_run, planned=a["episodes"]),
        _("environment steps: {n}").format(n=result.batches_run),
        _("time: {seconds} s").format(seconds=f"{elapsed:.2f}"),
        _("parameters: {n}").format(n=result.params),
        _("optimizer: {name}, learning rate {rate}, seed {seed}").format(
            name=opt.get("type"), rate=opt.get("learning_rate"), seed=project.training.get("seed")),
        _("settings: {values}").format(values=", ".join(f"{k} {v}" for k, v in a.items())),
        "",
        _("last episode:"),
        *(f"  {k}: {v:.6g}" for k, v in result.final.items()),
        "",
    ]
    if result.status != "failed" and "greedy_return" in t:
        kept = int(t["kept_episode"])
        lines += [
            _("final evaluation: 100 greedy episodes (no exploration), average return {value}").format(
                value=f"{t['greedy_return']:.2f}"),
            _("solved (average at least {target}): {answer}").format(
                target=f"{facts.target:g}", answer=_("yes") if t["solved"] else _("no")),
            _("the saved network is the one after episode {n}").format(n=kept),
        ]
    if result.error is not None:
        lines += ["", _("error: {text}").format(text=result.error.text)]
    if model_file is not None:
        out = _("one Q-value per action") if result.kind == "dqn" else _("the policy scores")
        lines += ["", _("model: {file} (one observation in, {out} out)").format(file=model_file.name,
                                                                                 out=out)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
