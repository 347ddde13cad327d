"""``deskdl --self-test``: prove that this install works, headless, in well under a minute.

Lab admins run it after installing (and CI runs it on the frozen app), so it
exercises what a frozen build most often loses: bundled files (resources,
data sets), modules imported from strings (gymnasium environments, Keras
layers), Qt plugins (platform, image formats) and Keras saving with
``safe_mode=True``. Each check prints one line, ``ok`` or ``FAILED``, with its
time and a short detail; a failed check prints what went wrong and what to do.
The exit code is 0 when every check passed, 1 otherwise.

Checks that need an earlier one (training needs TensorFlow) are skipped, not
failed, when it failed, so the first ``FAILED`` line is the one to read.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

log = logging.getLogger("deskdl.selftest")

#: The files a working install must have, relative to the resources folder.
REQUIRED_RESOURCES = (
    "projects/spiral.deskdl",
    "datasets/optdigits_8x8.npz",
)

TRAIN_STEPS = 5
BATCH = 32


class CheckFailed(Exception):
    """A check that found something wrong; ``fix`` says what to do about it."""

    def __init__(self, message: str, fix: str = "") -> None:
        super().__init__(message)
        self.fix = fix


@dataclass
class Check:
    """One line of the report."""

    name: str
    func: Callable[[dict[str, Any]], str]
    needs: tuple[str, ...] = ()
    status: str = "pending"  # ok, FAILED, skipped
    detail: str = ""
    seconds: float = 0.0
    trace: str = field(default="", repr=False)


# ----------------------------------------------------------------------------- checks
def _check_python(ctx: dict[str, Any]) -> str:
    import deskdl

    frozen = " (frozen app)" if getattr(sys, "frozen", False) else ""
    return (f"deskdl {deskdl.__version__}{frozen}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}")


def _check_resources(ctx: dict[str, Any]) -> str:
    from deskdl.core.errors import DeskdlError
    from deskdl.core.project import Project
    from deskdl.paths import resources_dir

    root = resources_dir()
    if not root.is_dir():
        raise CheckFailed(f"the resources folder {root} is missing", "reinstall deskdl")
    missing = [r for r in REQUIRED_RESOURCES if not (root / r).is_file()]
    if missing:
        raise CheckFailed(f"missing in {root}: {', '.join(missing)}", "reinstall deskdl")
    templates = sorted((root / "templates").glob("*.deskdl"))
    if not templates:
        raise CheckFailed(f"no project templates in {root / 'templates'}", "reinstall deskdl")
    projects = {}
    for path in [root / "projects" / "spiral.deskdl", *templates]:
        try:
            projects[path.stem] = Project.load(path)
        except DeskdlError as err:
            raise CheckFailed(f"{path.name} does not load: {err}", "reinstall deskdl") from err
    ctx["projects"] = projects
    ctx["default_project"] = projects["spiral"]
    return f"{root}: default project and {len(templates)} templates load"


def _check_datasets(ctx: dict[str, Any]) -> str:
    import numpy as np

    from deskdl.ml import datasets

    digits = datasets.load("digits")
    spiral = datasets.load_config(ctx["default_project"].data) if "default_project" in ctx else \
        datasets.load("spiral")
    if not (np.isfinite(digits.x_train).all() and len(digits.x_train) > 1000):
        raise CheckFailed("the bundled digits file looks damaged", "reinstall deskdl")
    ctx["spiral"] = spiral
    keras_sets = [k for k in datasets.KNOWN]
    present = [k for k in keras_sets if datasets.is_available(k)]
    cached = ", ".join(present) if present else "none"
    return (f"digits {digits.x_train.shape[1:]} x {len(digits.x_train) + len(digits.x_test)}, "
            f"spiral {len(spiral.x_train)}; Keras cache {datasets.datasets_dir()} has: {cached}")


def _check_weights(ctx: dict[str, Any]) -> str:
    """Which keras.applications ImageNet weights the Keras cache holds (for the pretrained base)."""
    from deskdl.core.layers.pretrained import application_names
    from deskdl.core.pretrained_weights import models_dir, present_weights

    names = application_names()
    found = present_weights()
    listed = ", ".join(f"{name} ({file})" for name, file in found) if found else "none"
    return (f"{len(names)} pretrained bases known; ImageNet weights in {models_dir()}: {listed}"
            + ("" if found else " (pretrained bases will start from random weights)"))


def _check_tensorflow(ctx: dict[str, Any]) -> str:
    import keras
    import tensorflow as tf

    ctx["keras"] = keras
    gpus = tf.config.list_physical_devices("GPU")
    device = f"{len(gpus)} GPU(s)" if gpus else "CPU only"
    return f"TensorFlow {tf.__version__}, Keras {keras.__version__}, {device}"


def _check_build_train(ctx: dict[str, Any]) -> str:
    import numpy as np

    from deskdl.ml.build import build_model

    keras = ctx["keras"]
    keras.utils.set_random_seed(0)
    project = ctx["default_project"]
    built = []
    for name, proj in ctx["projects"].items():
        if name == "spiral":
            continue
        build_model(proj.graph, name=f"selftest_{name}")
        built.append(name)
    model = build_model(project.graph, name="selftest")
    data = ctx["spiral"]
    n = TRAIN_STEPS * BATCH
    x, y = data.x_train[:n], data.y_train[:n]
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    hist = model.fit(x, y, batch_size=BATCH, epochs=2, verbose=0, shuffle=False)
    losses = hist.history["loss"]
    if not np.all(np.isfinite(losses)):
        raise CheckFailed(f"training gave a non-finite loss {losses}", "report this as a bug")
    ctx["model"], ctx["probe"] = model, data.x_test[:16]
    return (f"{model.count_params()} parameters, {2 * TRAIN_STEPS} steps, loss {losses[0]:.3f} -> "
            f"{losses[-1]:.3f}; templates built: {', '.join(built) or 'none'}")


def _check_save_load(ctx: dict[str, Any]) -> str:
    import numpy as np

    from deskdl.ml.custom_layers import custom_objects

    keras, model, probe = ctx["keras"], ctx["model"], ctx["probe"]
    custom_objects()
    with tempfile.TemporaryDirectory(prefix="deskdl-selftest-") as tmp:
        path = Path(tmp) / "selftest.keras"
        model.save(path)
        size = path.stat().st_size
        again = keras.models.load_model(path, safe_mode=True)
    a = model.predict(probe, verbose=0)
    b = again.predict(probe, verbose=0)
    if not np.allclose(a, b, atol=1e-6):
        raise CheckFailed("the reloaded model predicts differently", "report this as a bug")
    return f".keras file of {size / 1024:.0f} KiB saved and reloaded with safe_mode=True; same predictions"


def _check_cartpole(ctx: dict[str, Any]) -> str:
    import numpy as np

    from deskdl.rl.envs import make
    from deskdl.rl.render import render_frame

    env = make("CartPole-v1")
    try:
        env.reset(seed=0)
        steps = 0
        for i in range(10):
            _, _, terminated, truncated, _ = env.step(i % 2)
            steps += 1
            if terminated or truncated:
                break
        frame = render_frame(env)
        state = np.asarray(env.unwrapped.state, dtype=float)
    finally:
        env.close()
    if frame.shape != (400, 600, 3) or frame.dtype != np.uint8:
        raise CheckFailed(f"the frame has shape {frame.shape} {frame.dtype}", "report this as a bug")
    drawn = int((frame.min(axis=2) < 200).sum())
    if drawn < 500:
        raise CheckFailed("the CartPole frame is (almost) blank", "report this as a bug")
    ctx["frame"] = frame
    return f"CartPole-v1 stepped {steps} times, pole at {np.degrees(state[2]):+.1f} deg, frame 600x400"


def _check_qt(ctx: dict[str, Any]) -> str:
    if not os.environ.get("QT_QPA_PLATFORM") and (sys.platform.startswith("linux")
                                                  and not os.environ.get("DISPLAY")
                                                  and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication, QImage, QImageReader
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "deskdl"])
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "svg", "ico"} - formats
    if missing:
        names = ", ".join(sorted(missing))
        raise CheckFailed(f"Qt reads no {names} images (its image format plugins are missing)",
                          "reinstall deskdl")
    frame = ctx.get("frame")
    if frame is not None:
        h, w, _ = frame.shape
        image = QImage(frame.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888)
        with tempfile.TemporaryDirectory(prefix="deskdl-selftest-") as tmp:
            path = str(Path(tmp) / "frame.png")
            if not image.save(path, "PNG") or QImage(path).size().width() != w:
                raise CheckFailed("Qt could not write and read back a PNG", "reinstall deskdl")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import pyqtgraph as pg
    import PySide6

    plot = pg.PlotWidget()  # pyqtgraph pulls in QtOpenGL and more: a build that left them out fails here
    plot.plot([0.0, 1.0, 0.5])
    plot.resize(200, 150)
    if plot.grab().isNull():
        raise CheckFailed("Qt could not draw a plot offscreen", "reinstall deskdl")
    plot.close()
    plot.deleteLater()
    return (f"PySide6 {PySide6.__version__}, pyqtgraph {pg.__version__}, platform "
            f"{QGuiApplication.platformName()}, image formats png/svg/ico; {type(app).__name__} ok")


def _check_log(ctx: dict[str, Any]) -> str:
    from deskdl.logsetup import log_path

    path = log_path()
    log.info("self-test log check")
    return f"log file {path}"


CHECKS: tuple[tuple[str, Callable[[dict[str, Any]], str], tuple[str, ...]], ...] = (
    ("python", _check_python, ()),
    ("resources", _check_resources, ()),
    ("datasets", _check_datasets, ("resources",)),
    ("weights", _check_weights, ("resources",)),
    ("tensorflow", _check_tensorflow, ()),
    ("build+train", _check_build_train, ("resources", "datasets", "tensorflow")),
    ("save+load", _check_save_load, ("build+train",)),
    ("cartpole", _check_cartpole, ()),
    ("qt", _check_qt, ()),
    ("log", _check_log, ()),
)


# ----------------------------------------------------------------------------- runner
def _emit(stream: IO[str] | None, text: str) -> None:
    log.info("%s", text)
    if stream is None:
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass  # a closed or missing console must not fail the self-test


def run(stream: IO[str] | None = None, only: tuple[str, ...] | None = None) -> int:
    """Run the checks, writing one line each to ``stream``; 0 when all passed, else 1.

    ``only`` limits the run to the named checks (the others are not run).
    """
    if stream is None:
        stream = sys.stdout
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    ctx: dict[str, Any] = {}
    checks = [Check(n, f, needs) for n, f, needs in CHECKS if only is None or n in only]
    width = max(len(c.name) for c in checks)
    _emit(stream, "deskdl self-test")
    start = time.perf_counter()
    done: dict[str, str] = {}
    for check in checks:
        blocked = [n for n in check.needs if done.get(n, "ok") != "ok"]
        if blocked:
            check.status, check.detail = "skipped", f"needs {', '.join(blocked)}"
        else:
            t0 = time.perf_counter()
            try:
                check.detail = check.func(ctx)
                check.status = "ok"
            except CheckFailed as err:
                check.status = "FAILED"
                check.detail = str(err) + (f" -- {err.fix}" if err.fix else "")
            except Exception as err:  # noqa: BLE001 - every failure becomes a report line
                check.status = "FAILED"
                check.detail = f"{type(err).__name__}: {err}"
                check.trace = traceback.format_exc()
            check.seconds = time.perf_counter() - t0
        done[check.name] = check.status
        _emit(stream, f"  {check.status:<7} {check.name:<{width}} {check.seconds:6.2f} s  {check.detail}")
        if check.trace:
            log.error("self-test check %s failed:\n%s", check.name, check.trace)
    total = time.perf_counter() - start
    failed = [c.name for c in checks if c.status != "ok"]
    if failed:
        _emit(stream, f"self-test FAILED: {len(failed)} of {len(checks)} checks did not pass "
                      f"({', '.join(failed)}) in {total:.1f} s")
        for c in checks:
            if c.trace:
                _emit(stream, f"--- {c.name}\n{c.trace.rstrip()}")
        return 1
    _emit(stream, f"self-test passed: {len(checks)} checks in {total:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m deskdl.selftest`` (the same as ``deskdl --self-test``)."""
    from deskdl.logsetup import setup_logging

    setup_logging()
    return run(sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
