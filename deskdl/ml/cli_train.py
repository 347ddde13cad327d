"""``deskdl train FILE [--epochs N] [--out DIR] [--device D]``: the app's training, headless.

Runs the project kind's trainer (:func:`deskdl.ml.trainers.run`; for supervised
models and autoencoders :func:`deskdl.ml.training.run_training`) with a text progress bar on
stderr (Keras's own bars stay off: ``fit(verbose=0)``) and writes into the
output folder (default ``./<project-name>-run``):

* ``metrics.csv``: one row per epoch (loss, metrics, ``val_*``, learning rate);
* ``model.keras``: the trained model (``keras.saving.load_model`` opens it); a kind with
  several graphs writes one file per role instead (a GAN: ``generator.keras``, which maps
  noise to a sample, and ``discriminator.keras``);
* ``report.txt``: settings, final and test metrics, time (in the language deskdl speaks: it is for
  people; ``metrics.csv`` is for programs and stays English);
* the kind's own files (its ``extra["outputs"]`` function, e.g. a GAN's ``samples.npy`` and
  a PNG sample grid every few epochs), made from the trained models and the pictures the
  trainer sent.

Bad input (missing or broken file, unknown data set, data that does not fit
the model, impossible settings) exits with status 2 and one line
``deskdl: error: FILE: ...``. A run that fails while training (NaN loss, out
of memory) exits with status 1 after explaining why. ``cli.py`` owns the
argument parser and calls :func:`run`.
"""

from __future__ import annotations

import contextlib
import csv
import math
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from deskdl.core.errors import error_line
from deskdl.core.i18n import N_, translator

_ = translator("ml.cli_train")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
_BAD_INPUT_KINDS = ("build", "data", "mismatch", "settings")


class _BadInput(Exception):
    pass


def _say(text: str) -> None:
    stream = sys.stderr
    if stream is not None:
        stream.write(text)
        stream.flush()


def _error_line(file: str, message: str) -> str:
    """:func:`deskdl.core.errors.error_line` with its newline, for stderr."""
    return error_line(file, message) + "\n"


class ProgressReporter:
    """Prints one updating progress line per epoch to stderr (at most ~10 updates a second)."""

    def __init__(self, width: int = 24, interval: float = 0.1) -> None:
        self.width = width
        self.interval = interval
        self.epochs = 0
        self._last = 0.0
        self._tty = bool(sys.stderr is not None and sys.stderr.isatty())
        #: Every picture a typed trainer sent, oldest first (the kind's output files are made from them).
        self.pictures: list[Any] = []

    def emit(self, event: Any) -> None:
        """A typed event (:mod:`deskdl.core.events`) of kinds other than supervised: printed like fit's."""
        from deskdl.core import events as ev

        if isinstance(event, ev.RunStarted):
            info = dict(event.info)
            info.setdefault("epochs", int(event.plan.get(event.units[0], 0)) if event.units else 0)
            self.run_started(info)
        elif isinstance(event, ev.Scalars):
            if event.per == ev.PER_EPOCH:
                self.epoch_ended(event.epoch, dict(event.values))
            else:
                self.batch_ended(event.epoch, event.step, steps=event.steps or 1, logs=dict(event.values))
        elif isinstance(event, ev.Picture):
            self.pictures.append(event)

    def run_started(self, info: dict[str, Any]) -> None:
        """Print one line about the data and model."""
        self.epochs = int(info.get("epochs", 0))
        _say(_("training on {data}: {n} examples, {params} parameters, {epochs} epochs "
               "(steps_per_execution {spe})").format(
            data=info.get("title") or info.get("dataset"), n=info.get("n_train"), params=info.get("params"),
            epochs=self.epochs, spe=info.get("steps_per_execution")) + "\n")

    def epoch_started(self, epoch: int, *args: Any, **kw: Any) -> None:
        """Nothing to print."""

    def batch_ended(self, epoch: int, step: int, *args: Any, steps: int = 1, logs: Any = None,
                    **kw: Any) -> None:
        """Redraw the bar (terminals only)."""
        now = time.monotonic()
        if not self._tty or now - self._last < self.interval:
            return
        self._last = now
        done = (step + 1) / max(steps, 1)
        bar = "#" * int(done * self.width)
        logs = dict(logs or {})
        name = "loss" if "loss" in logs else next(iter(logs), "loss")  # a GAN has d_loss and g_loss
        value = logs.get(name, float("nan"))
        head = _("epoch {n}/{total}").format(n=epoch + 1, total=self.epochs)
        _say(f"\r{head} [{bar:<{self.width}}] {name} {value:.4f} ")

    def epoch_ended(self, epoch: int, logs: dict[str, float], *args: Any, **kw: Any) -> None:
        """Print the epoch's metrics."""
        parts = [f"{k} {v:.4f}" for k, v in logs.items() if k != "learning_rate" and isinstance(v, float)]
        line = _("epoch {n}/{total}: {metrics}").format(n=epoch + 1, total=self.epochs,
                                                        metrics=", ".join(parts))
        _say(("\r" + line + " " * 10 + "\n") if self._tty else line + "\n")

    def probe(self, *args: Any, **kw: Any) -> None:
        """Nothing to draw here."""

    def run_finished(self, *args: Any, **kw: Any) -> None:
        """The caller prints the summary."""

    def run_failed(self, *args: Any, **kw: Any) -> None:
        """The caller prints the error."""


def _setup_device(device: str | None) -> None:
    """Apply ``--device`` before TensorFlow starts, through ``deskdl.ml.device`` when it exists."""
    if not device:
        return
    try:
        from deskdl.ml import device as device_mod  # written by the device helper
    except ImportError:
        device_mod = None
    for name in ("configure", "setup", "setup_device", "apply"):
        fn = getattr(device_mod, name, None)
        if callable(fn):
            fn(device)
            return
    if device.lower() == "cpu":
        os.environ["CUDA_VISIBLE_DEVICES"] = "-1"


def run(args: Any) -> int:
    """Train ``args.file``; see the module docstring. Returns the exit status."""
    file = str(args.file)
    try:
        return _run(args, file)
    except _BadInput as err:
        _say(_error_line(file, str(err)))
        return EXIT_BAD_INPUT


def _run(args: Any, file: str) -> int:
    from deskdl.core.errors import DeskdlError
    from deskdl.core.project import Project
    from deskdl.core.training import check_training, merge_defaults

    try:
        project = Project.load(file)
    except DeskdlError as err:
        raise _BadInput(err.text) from None
    overrides: dict[str, Any] = {}
    epochs = getattr(args, "epochs", None)
    if epochs is not None:
        if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 1:
            raise _BadInput(_("--epochs must be a whole number of at least 1, not {value}").format(
                value=repr(epochs)))
        overrides["epochs"] = epochs
    problems = check_training(merge_defaults(project.training, overrides))
    if problems:
        raise _BadInput(_("the training settings have a problem: {problem}; fix it in the project's "
                          "'training' (or in the app's Train tab)").format(problem=problems[0]))
    out = Path(getattr(args, "out", None) or f"{_safe_name(project.name)}-run")
    _check_writable(out)
    _setup_device(getattr(args, "device", None))
    from deskdl.logsetup import import_tensorflow_quietly

    import_tensorflow_quietly()  # its start-up banners go to the log: stderr keeps our lines only

    from deskdl.ml import datasets
    from deskdl.ml.trainers import run as run_trainer  # the project kind's trainer (fit for supervised)
    from deskdl.ml.training import TrainingControl, TrainingJob

    try:
        bundle = datasets.load_config(project.data)
    except DeskdlError as err:
        raise _BadInput(err.text) from None
    job = TrainingJob.from_project(project, bundle=bundle, **overrides)

    from deskdl.logsetup import setup_logging

    setup_logging()  # a failed run's details go to deskdl.log (run_training logs them)
    reporter = ProgressReporter()
    started = time.perf_counter()
    control = TrainingControl()
    with _signals_stop(control) as signalled:
        result = run_trainer(job, reporter, control)
    elapsed = time.perf_counter() - started
    if signalled:  # Ctrl+C or SIGTERM: the run was stopped cleanly; the folder stays as it was
        raise _Interrupted()
    if result.status == "failed":
        err = result.error
        if err is not None and err.kind in _BAD_INPUT_KINDS:
            raise _BadInput(err.text)
        _say(_error_line(file, err.text if err else _("training failed")))
        _write_outputs(out, project, job, result, elapsed, with_model=False)
        return EXIT_FAILED
    _write_outputs(out, project, job, result, elapsed, with_model=True, pictures=reporter.pictures)
    _say(finished_line(result, elapsed, out) + "\n")
    return EXIT_OK


def status_word(status: str) -> str:
    """A run's status (``finished``, ``stopped``, ``failed``...) as a person reads it."""
    return _(STATUS_WORDS[status]) if status in STATUS_WORDS else status


#: A run's status as the last line and the report say it.
STATUS_WORDS = {"finished": N_("finished"), "stopped": N_("stopped"), "failed": N_("failed"),
                "early_stopped": N_("stopped early")}


def finished_line(result, elapsed: float, out: Path) -> str:
    """The last line of a run: ``finished: 5 epochs in 2.1 s, test accuracy 0.9000; wrote DIR``."""
    acc = result.test.get("accuracy")
    if acc is not None:
        tail = _(", test accuracy {value}").format(value=f"{acc:.4f}")
    elif "loss" in result.test:
        tail = _(", test loss {value}").format(value=f"{result.test['loss']:.4g}")
    else:
        tail = ""
    return _("{status}: {n} epochs in {seconds} s{tail}; wrote {folder}").format(
        status=status_word(result.status), n=result.epochs_run, seconds=f"{elapsed:.1f}", tail=tail,
        folder=out)


#: The files one run writes into its output folder; they always come from the same run.
OUTPUT_FILES = ("metrics.csv", "model.keras", "report.txt")
_TMP_PREFIX = ".deskdl-"


def _check_writable(out: Path) -> None:
    """Refuse, before any training, an output folder that cannot be made or written (nothing is created)."""
    if out.exists() and not out.is_dir():
        raise _BadInput(_("--out {path} is a file, not a folder: name a folder (it is made if needed)")
                        .format(path=out))
    probe = out
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if not probe.is_dir():
        raise _BadInput(_("cannot make the output folder {path}: {file} is a file, not a folder").format(
            path=out, file=probe))
    try:  # a real try: access() says yes to root on a read-only disk
        with tempfile.TemporaryFile(prefix=_TMP_PREFIX, dir=probe):
            pass
    except OSError as err:
        where = err.strerror if probe == out else f"{probe}: {err.strerror}"
        raise _BadInput(_("cannot write in the output folder {path} ({why}): choose a folder you may write "
                          "to with --out").format(path=out, why=where)) from None


class _Interrupted(KeyboardInterrupt):
    """Ctrl+C or SIGTERM: the run is abandoned and the output folder left as it was."""


@contextlib.contextmanager
def _signals_stop(control):
    """While training, Ctrl+C and SIGTERM stop the run through ``control`` (a second one stops at once).

    An exception raised straight from a signal handler can land inside TensorFlow's own
    Python code (tf.data, tracing), which may print it and carry on; ``control.stop()``
    ends ``fit`` at the next execution boundary, like the app's Stop button.
    """
    signalled: list[int] = []

    def on_signal(signum, frame):
        if signalled:
            raise _Interrupted()
        signalled.append(signum)
        control.stop()

    previous = {}
    try:
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, on_signal)
    except (ValueError, OSError, AttributeError):  # not the main thread: Python's defaults stay
        pass
    try:
        yield signalled
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def _signals_deferred():
    """Hold SIGINT and SIGTERM while the files are swapped in; a signal that came meanwhile acts after."""
    got: list[int] = []

    def later(signum, frame):
        got.append(signum)

    previous = {}
    try:
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, later)
    except (ValueError, OSError, AttributeError):  # not the main thread: nothing to hold
        pass
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if got:
            raise _Interrupted()


def _model_files(result) -> dict[str, Any]:
    """File name -> trained model: ``model.keras``, or one ``<role>.keras`` per role of a multi-graph kind."""
    files = {"model.keras": result.model} if result.model is not None else {}
    files.update({f"{role}.keras": m for role, m in (result.models or {}).items() if m is not None})
    return files


def _kind_files(job, result, pictures: list[Any]) -> dict[str, Any]:
    """The kind's own output files (name -> function(path) writing it), from its ``extra["outputs"]``."""
    import importlib

    from deskdl.core.kinds import get_kind

    ref = get_kind(job.kind).extra.get("outputs")
    if not ref:
        return {}
    module, _sep, name = ref.partition(":")
    return dict(getattr(importlib.import_module(module), name)(job, result, pictures))


def _stale_model_files(job) -> list[str]:
    """Model files an earlier run of this project may have left (removed when this run fails)."""
    from deskdl.core.kinds import get_kind

    kind = get_kind(job.kind)
    return ["model.keras"] + ([f"{role}.keras" for role in kind.roles] if kind.multi_role else [])


def _write_outputs(out: Path, project, job, result, elapsed: float, *, with_model: bool,
                   pictures: list[Any] = ()) -> None:
    """Write the run's files under temporary names, then swap them in together.

    Interrupted while writing (Ctrl+C, SIGTERM, a full disk), the folder keeps the
    previous run's files untouched and no temporary file is left. The swap itself
    holds the signals, so a folder never shows one run's model beside another run's
    report: a failed run (no model) removes an older ``model.keras``.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _BadInput(_("cannot create the output folder {path} ({why})").format(
            path=out, why=err.strerror)) from None
    tmp: dict[str, Path] = {}
    try:
        tmp["metrics.csv"] = _temp_name(out, "metrics.csv")
        _write_metrics(tmp["metrics.csv"], result.history)
        models = _model_files(result) if with_model else {}
        for name, model in models.items():
            tmp[name] = _temp_name(out, name)
            model.save(str(tmp[name]))
        if with_model:
            for name, write in _kind_files(job, result, list(pictures)).items():
                tmp[name] = _temp_name(out, name)
                write(tmp[name])
        tmp["report.txt"] = _temp_name(out, "report.txt")
        _write_report(tmp["report.txt"], project, job, result, elapsed,
                      out / "model.keras" if "model.keras" in models else None,
                      [n for n in tmp if n != "report.txt"])
        with _signals_deferred():
            if not with_model:
                for name in _stale_model_files(job):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(out / name)
            # the models first: they are the slow ones
            last = ("metrics.csv", "report.txt")
            for name in sorted(tmp, key=lambda n: (not n.endswith(".keras"), n in last)):
                os.replace(tmp.pop(name), out / name)
    except OSError as err:
        raise _BadInput(_("cannot write the results into {path} ({why})").format(
            path=out, why=err.strerror or err)) from None
    finally:
        for path in tmp.values():
            with contextlib.suppress(OSError):
                os.unlink(path)


def _temp_name(out: Path, name: str) -> Path:
    """A fresh temporary file name beside ``out/name`` (Keras insists on the ``.keras`` ending)."""
    suffix = "".join(Path(name).suffixes)
    fd, path = tempfile.mkstemp(prefix=f"{_TMP_PREFIX}{Path(name).stem}.", suffix=suffix, dir=out)
    os.close(fd)
    return Path(path)


def _safe_name(name: str) -> str:
    out = "".join(c if c.isalnum() or c in "-_" else "-" for c in (name or "project").strip())
    return out.strip("-") or "project"


def _write_metrics(path: Path, history: dict[str, list[float]]) -> None:
    keys = list(history)
    n = max((len(v) for v in history.values()), default=0)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["epoch", *keys])
        for i in range(n):
            row = [i + 1]
            for k in keys:
                v = history[k][i] if i < len(history[k]) else ""
                row.append("" if v == "" else (f"{v:.6g}" if math.isfinite(v) else str(v)))
            w.writerow(row)


def _own_layers(project) -> list[str]:
    """The names of deskdl's own layer classes (ml.custom_layers) the project's model uses, sorted."""
    from deskdl.ml.custom_layers import custom_objects

    try:
        types = {node.type for node in project.graph.nodes.values()}
    except AttributeError:  # a kind without one graph
        return []
    return sorted(types & set(custom_objects()))


def _planned_epochs(job, result) -> str:
    """The epochs a run planned, as the report says them (a debiasing run trains three models)."""
    if getattr(result, "kind", None) == "debias":
        from deskdl.core.kinds import DEBIAS

        vae = int(DEBIAS.with_defaults(job.algorithm)["vae_epochs"])
        each = int(job.training["epochs"])
        return _("{total} ({vae} of the VAE, then {each} for each of the two classifiers)").format(
            total=vae + 2 * each, vae=vae, each=each)
    return str(job.training["epochs"])


def _write_report(path: Path, project, job, result, elapsed: float, model_file: Path | None,
                  written: list[str] = ()) -> None:
    t = job.training
    opt = t["optimizer"]
    lines = [
        _("deskdl training report: {name}").format(name=project.name),
        _("project file: {path}").format(path=project.path),
        _("data set: {name}").format(name=f"{job.data.get('dataset')} {job.data.get('params') or ''}"
                                     .rstrip()),
        _("status: {status}").format(status=status_word(result.status)),
        _("epochs run: {n} of {planned}").format(n=result.epochs_run, planned=_planned_epochs(job, result)),
        _("time: {seconds} s").format(seconds=f"{elapsed:.2f}"),
        _("parameters: {n}").format(n=result.params),
        _("optimizer: {name}, learning rate {rate}, schedule {schedule}").format(
            name=opt["type"], rate=opt["learning_rate"], schedule=t["schedule"]["type"]),
        _("loss: {loss}, batch size {batch}, validation split {split}, seed {seed}").format(
            loss=t["loss"], batch=t["batch_size"], split=t["validation_split"], seed=t.get("seed")),
        _("steps per execution: {n}").format(n=result.steps_per_execution),
        "",
        _("final epoch:"),
        *(f"  {k}: {v:.6g}" for k, v in result.final.items()),
        "",
        _("test set:"),
        *(f"  {k}: {v:.6g}" for k, v in result.test.items()),
    ]
    if "accuracy" in result.test:
        lines.append(_("test accuracy: {value}").format(value=f"{result.test['accuracy']:.4f}"))
    if result.error is not None:
        lines += ["", _("error: {text}").format(text=result.error.text)]
    if model_file is not None:
        lines += ["", _("model: {file}").format(file=model_file.name)]
        own = _own_layers(project)
        if own:  # plain Keras cannot load these without their classes
            text = _("it uses deskdl's own layer {names}: to load it with plain Keras, first run the class "
                     "definitions from the script 'deskdl export' writes (they register themselves with "
                     "Keras), or import deskdl.ml.custom_layers") if len(own) == 1 else _(
                "it uses deskdl's own layers {names}: to load it with plain Keras, first run the class "
                "definitions from the script 'deskdl export' writes (they register themselves with "
                "Keras), or import deskdl.ml.custom_layers")
            lines += ["  " + text.format(names=", ".join(own))]
    others = [n for n in written if n not in ("metrics.csv", "model.keras")]
    if others:
        lines += ["", _("files: {names}").format(names=", ".join(others))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
