"""Issue 10: opening another project leaves nothing of the old one on any stage; results to trust.

Each stage is compared with a fresh one that opened the new project directly: after project A
(trained, stopped, drawn on), opening B must look exactly like opening B first.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from deskdl.core.project import Project
from deskdl.qt import evaluate_panel
from deskdl.qt.evaluate_panel import EvaluatePanel
from deskdl.qt.train import TrainPanel, jobs
from deskdl.qt.workers import TrainingHost
from tests._fake_training import FakeControl, fake_runner


def _project(name: str, dataset: str, loss: str = "sparse_categorical_crossentropy",
             metrics: tuple[str, ...] = ("accuracy",)) -> Project:
    p = Project(name=name)
    p.data = {"dataset": dataset, "params": {}}
    p.training["loss"] = loss
    p.training["metrics"] = list(metrics)
    return p


def _plot_titles(curves) -> list[str]:
    """Titles of the plots laid out in the curves view, top to bottom."""
    from deskdl.qt.train._pg import pg

    layout = curves.findChild(pg.GraphicsLayoutWidget).ci
    rows = sorted((min(r for r, _c in cells), item) for item, cells in layout.items.items())
    return [item.titleLabel.text for _row, item in rows]


def _train_state(panel: TrainPanel) -> dict:
    """What the Train tab shows (apart from the settings form, which shows the project's settings)."""
    return {"progress": (panel.progress.format(), panel.progress.value(), panel.progress.maximum()),
            "status": panel.status.text(), "banner": panel.banner.isVisibleTo(panel),
            "plots": _plot_titles(panel.curves),
            "ranges": [panel.curves.plot(n).getViewBox().viewRange() for n in ("loss", "lr")],
            "runs": panel.runs.run_ids(), "boundary": panel.boundary.isVisibleTo(panel),
            "grid": panel.boundary.image_array() is not None,
            "boundary_status": panel.boundary._status.text(),
            "buttons": [b.isEnabled() for b in (panel.start_button, panel.pause_button,
                                                panel.stop_button, panel.step_button, panel.continue_box)]}


def test_train_tab_after_another_project_looks_like_a_fresh_one(qtbot, monkeypatch):
    """The status "Stopped after epoch 2 of 3", the accuracy plot and the old boundary all go."""
    monkeypatch.setattr(jobs, "make_job", lambda project, **kw: {"fake": True})
    # 30 epochs of 0.2 s: Stop lands long before the end even when the machine is busy (with 3 epochs a
    # loaded machine sometimes finished the run before the Stop arrived, and the status said "Finished").
    host = TrainingHost(runner=fake_runner(epochs=30, steps=20, delay=0.01), control_factory=FakeControl)
    a = _project("A", "spiral")
    panel = TrainPanel(a, host)
    qtbot.addWidget(panel)
    panel.set_tensorflow_ready(True)
    b = _project("B", "digits", loss="mean_squared_error", metrics=("mae",))
    try:
        assert panel.start()
        qtbot.waitUntil(lambda: panel.boundary.image_array() is not None, timeout=10_000)
        panel.stop()
        qtbot.waitUntil(lambda: not host.training, timeout=10_000)
        qtbot.waitUntil(lambda: panel.progress.format() != "", timeout=5000)
        assert panel.progress.format().startswith("Stopped after epoch")
        assert "Accuracy" in _plot_titles(panel.curves)  # A's metric had its plot
        assert a.runs  # A has a stopped run

        panel.set_project(b)  # File > Open: B (an autoencoder-like project without runs)

        fresh = TrainPanel(b, TrainingHost(runner=fake_runner(), control_factory=FakeControl))
        qtbot.addWidget(fresh)
        fresh.set_tensorflow_ready(True)
        assert _train_state(panel) == _train_state(fresh)
        assert panel.progress.format() == "Ready: press Start (F5)"
        assert _plot_titles(panel.curves) == ["Loss", "Learning rate"]
        assert fresh.host.shutdown(10_000)
    finally:
        assert host.shutdown(10_000)


def test_reopening_a_project_with_runs_shows_only_its_metrics(qtbot):
    """A project whose runs measured mae shows a mae plot; the next one (accuracy) does not keep it."""
    host = TrainingHost(runner=fake_runner(), control_factory=FakeControl)
    lstm = _project("lstm", "sine_sequence", loss="mean_squared_error", metrics=("mae",))
    lstm.runs.append({"id": "run-1", "status": "finished", "history": {"loss": [0.5, 0.4], "mae": [0.6, 0.5]},
                      "final": {"loss": 0.4, "mae": 0.5}, "settings": dict(lstm.training)})
    panel = TrainPanel(lstm, host)
    qtbot.addWidget(panel)
    try:
        assert _plot_titles(panel.curves) == ["Loss", "Mean absolute error", "Learning rate"]
        panel.set_project(_project("spiral", "spiral"))
        assert _plot_titles(panel.curves) == ["Loss", "Learning rate"]  # no empty "Mean absolute error" plot
        panel.set_project(lstm)
        assert _plot_titles(panel.curves) == ["Loss", "Mean absolute error", "Learning rate"]
        assert panel.curves.series("run-1", "mae", "train") is not None
    finally:
        assert host.shutdown(10_000)


# ---------------------------------------------------------------------------------------- Evaluate
def _report(model, data, training=None, **_options):
    out = {"class_names": [str(i) for i in range(10)], "n_test": 4, "task": "classification",
           "vocabulary": [], "confusion": np.eye(10, dtype=int),
           "misclassified": {"x": np.zeros((1, 8, 8)), "y_true": np.array([3]), "y_pred": np.array([5]),
                             "probs": np.full((1, 10), 0.1)}}
    if training is not None:
        out["test"] = {"loss": 0.25, "accuracy": 0.875, "asked_for": training["loss"]}
    return out


def _answer(model, x):
    time.sleep(0.05)
    return np.linspace(0, 1, 10) if model == "model of A" else np.linspace(1, 0, 10)


def _evaluate_state(ev: EvaluatePanel) -> dict:
    return {"message": ev.message.text(), "metrics": ev.metrics.text(), "mistakes": ev.mistakes.count(),
            "mistakes_title": ev.mistakes_box.title(), "confusion": ev.confusion.isVisibleTo(ev),
            "pad_empty": ev.pad.is_empty(), "preview": ev.pad_preview.pixmap().isNull(),
            "bars": len(ev.bars.values), "rebuilt": ev.rebuilt.pixmap().isNull(),
            "typed": ev.text_input.text(), "read": ev.text_read.text(), "page": ev.try_stack.currentIndex(),
            "help": ev.pad_help.text(), "examples": len(ev._example_buttons),
            "enabled": [w.isEnabled() for w in (ev.pad, ev.text_input, ev.save_button, ev.evaluate_button)]}


def test_evaluate_after_another_project_keeps_no_drawing_or_answer(qtbot, monkeypatch):
    """A digit drawn for project A's model is not left in the pad (nor its answer in the bars) for B."""
    monkeypatch.setattr(evaluate_panel, "evaluate_model", _report)
    monkeypatch.setattr(evaluate_panel, "predict_one", _answer)
    host = TrainingHost()
    try:
        ev = EvaluatePanel(_project("A", "digits"), host)
        qtbot.addWidget(ev)
        ev.set_tensorflow_ready(True)
        ev.set_result({"model": "model of A", "run_id": "run-1", "test": {"accuracy": 0.9},
                       "data": {"dataset": "digits", "params": {}}, "input_shape": [8, 8, 1],
                       "class_names": [str(i) for i in range(10)]})
        qtbot.waitUntil(lambda: ev.mistakes.count() == 1, timeout=5_000)
        ev.pad.stroke([(0.3, 0.2), (0.7, 0.2), (0.45, 0.9)])  # a 7
        qtbot.waitUntil(lambda: float(ev.bars.values.max(initial=0)) > 0.5, timeout=5_000)
        ev.pad.stroke([(0.3, 0.5), (0.6, 0.5)])  # an answer still owed when B opens
        b = _project("B", "digits")
        ev.set_project(b)
        qtbot.wait(300)
        fresh = EvaluatePanel(b, TrainingHost())
        qtbot.addWidget(fresh)
        fresh.set_tensorflow_ready(True)
        assert _evaluate_state(ev) == _evaluate_state(fresh)
        assert ev.pad.is_empty()
        assert fresh.host.shutdown(10_000)
    finally:
        assert host.shutdown(10_000)


def test_a_stopped_run_gets_its_test_scores(qtbot, monkeypatch):
    """Training skips the test set when stopped; Evaluate measures it with the run's loss and metrics."""
    monkeypatch.setattr(evaluate_panel, "evaluate_model", _report)
    host = TrainingHost()
    try:
        a = _project("A", "digits", loss="categorical_crossentropy")
        a.runs.append({"id": "run-1", "status": "stopped", "test": {}, "history": {"loss": [1.0]}})
        ev = EvaluatePanel(a, host)
        qtbot.addWidget(ev)
        ev.set_tensorflow_ready(True)
        ev.set_result({"model": "model of A", "run_id": "run-1", "status": "stopped", "test": {},
                       "data": {"dataset": "digits", "params": {}}, "input_shape": [8, 8, 1],
                       "record": {"settings": dict(a.training)}})
        qtbot.waitUntil(lambda: ev.mistakes.count() == 1, timeout=5_000)
        text = ev.metrics.text()
        assert "<b>87.5%</b>" in text and "<b>0.25</b>" in text
        assert "categorical_crossentropy" in text  # measured with the run's own loss
        assert a.runs[0]["test"]["accuracy"] == 0.875  # the run's record has them too
    finally:
        assert host.shutdown(10_000)


# ---------------------------------------------------------------------------------------- with Keras
@pytest.mark.keras
def test_test_scores_equal_keras_evaluate_of_the_compiled_model():
    """Evaluate's own scores are the numbers model.evaluate gives with the run's loss and metrics."""
    import keras

    from deskdl.ml import datasets
    from deskdl.ml.evaluate_report import test_scores

    bundle = datasets.load_config({"dataset": "circle", "params": {}})
    keras.utils.set_random_seed(3)
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(8, activation="tanh"),
                              keras.layers.Dense(2, activation="softmax")])
    training = {"loss": "categorical_crossentropy", "metrics": ["accuracy"], "batch_size": 16}
    got = test_scores(model, bundle, training)
    model.compile(loss="categorical_crossentropy", metrics=["accuracy"])
    y = keras.utils.to_categorical(bundle.y_test, 2)
    want = model.evaluate(bundle.x_test.astype("float32"), y, verbose=0, return_dict=True)
    assert set(got) == {"loss", "accuracy"}
    assert got["loss"] == pytest.approx(float(want["loss"]), rel=1e-6)
    assert got["accuracy"] == pytest.approx(float(want["accuracy"]), abs=1e-9)


@pytest.mark.keras
def test_stopped_run_is_scored_and_a_reopened_project_shows_its_boundary(qtbot, monkeypatch, tmp_path):
    """Stop a run: Evaluate shows its test scores. Reopen the saved project: the boundary shows at once."""
    from deskdl.qt.tf_loader import KerasThread
    from tests._models import spiral_project
    from tests.qt_helpers import close_quietly, guard_dialogs, make_window

    guard_dialogs(monkeypatch)

    def window():
        w = make_window(qtbot, monkeypatch, tmp_path, keras=KerasThread())
        with qtbot.waitSignal(w.keras.loaded, timeout=120_000):
            w.start_tensorflow()
        assert w.install_stage_tabs()
        return w

    path = tmp_path / "spiral.deskdl"
    w = window()
    try:
        w.set_project(spiral_project(epochs=500))
        train, ev = w.stage_tab("Train"), w.stage_tab("Evaluate")
        assert train.start()
        qtbot.waitUntil(lambda: len(train.history().get("loss", [])) >= 2, timeout=120_000)
        with qtbot.waitSignal(train.run_completed, timeout=60_000):
            train.stop()
        assert w.project.runs[-1]["status"] == "stopped"
        qtbot.waitUntil(lambda: "%" in ev.metrics.text(), timeout=60_000)
        assert "accuracy" in ev.metrics.text() and "loss" in ev.metrics.text()
        scores = w.project.runs[-1]["test"]
        assert set(scores) == {"loss", "accuracy"} and 0 <= scores["accuracy"] <= 1
        assert w.save_project_as(path)
        qtbot.waitUntil(lambda: "Saved the trained model" in w.status.currentMessage(), timeout=60_000)
    finally:
        close_quietly(w)

    w2 = window()
    try:
        assert w2.open_project(path)
        train2, ev2 = w2.stage_tab("Train"), w2.stage_tab("Evaluate")
        qtbot.waitUntil(lambda: train2.boundary.image_array() is not None, timeout=60_000)  # no Step needed
        epochs = w2.project.runs[-1]["epochs_run"]
        assert train2.boundary._status.text() == f"after {epochs} epoch" + ("" if epochs == 1 else "s")
        assert not train2.host.training
        qtbot.waitUntil(lambda: "%" in ev2.metrics.text(), timeout=60_000)  # scores after reopening too
    finally:
        close_quietly(w2)


# ---------------------------------------------------------------------------------------- closing
def _fake_training_window(qtbot, monkeypatch, tmp_path, epochs=3, steps=5, delay=0.002):
    from deskdl.qt import workers
    from tests.qt_helpers import make_window

    monkeypatch.setattr(jobs, "make_job", lambda project, **kw: {"fake": True})
    runner = fake_runner(epochs=epochs, steps=steps, delay=delay)
    monkeypatch.setattr(workers, "_default_runner", lambda: runner)
    monkeypatch.setattr(workers.TrainingHost, "_new_control", lambda self: FakeControl())
    w = make_window(qtbot, monkeypatch, tmp_path)
    assert w.install_stage_tabs()
    w.start_tensorflow()
    qtbot.waitUntil(lambda: w.keras.is_ready, timeout=10_000)
    return w


def _answering(monkeypatch, answers):
    """QMessageBox.question answers from ``answers`` (title -> button); the titles asked are recorded."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def question(_parent, title, _text, *args, **kwargs):
        asked.append(title)
        return answers[title]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_closing_while_a_run_trains_asks_first_and_keeps_the_run(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from deskdl.qt.main_window import UNSAVED_TITLE
    from deskdl.qt.stages import TRAINING_TITLE
    from tests.qt_helpers import close_quietly

    w = _fake_training_window(qtbot, monkeypatch, tmp_path, epochs=50, steps=20, delay=0.01)
    try:
        w.show()
        train = w.stage_tab("Train")
        assert not w.is_modified()  # a fresh project: nothing would make the window ask
        assert train.start()
        qtbot.waitUntil(lambda: train.curves.has_run(train.current_run_id), timeout=5_000)
        asked = _answering(monkeypatch, {TRAINING_TITLE: QMessageBox.StandardButton.Cancel})
        assert not w.close()  # asked, and the learner chose to go on training
        assert asked == [TRAINING_TITLE] and w.isVisible() and train.host.training

        asked = _answering(monkeypatch, {TRAINING_TITLE: QMessageBox.StandardButton.Yes,
                                         UNSAVED_TITLE: QMessageBox.StandardButton.Cancel})
        assert not w.close()  # stopped; then "Save changes?" for the stopped run, and Cancel keeps the window
        assert asked == [TRAINING_TITLE, UNSAVED_TITLE]
        assert not train.host.training
        assert [r["status"] for r in w.project.runs] == ["stopped"]
        assert w.is_modified()
    finally:
        close_quietly(w)


def test_a_finished_run_marks_the_project_unsaved(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from deskdl.qt.main_window import UNSAVED_TITLE
    from tests.qt_helpers import close_quietly

    w = _fake_training_window(qtbot, monkeypatch, tmp_path)
    try:
        path = tmp_path / "saved.deskdl"
        assert w.save_project_as(path)
        assert not w.is_modified()
        train = w.stage_tab("Train")
        with qtbot.waitSignal(train.run_completed, timeout=10_000):
            assert train.start()
        assert w.is_modified() and w.isWindowModified()
        asked = _answering(monkeypatch, {UNSAVED_TITLE: QMessageBox.StandardButton.Cancel})
        assert not w.close()
        assert asked == [UNSAVED_TITLE]  # the run is not lost without a prompt
    finally:
        close_quietly(w)


# ---------------------------------------------------------------------------------------- every stage
def stage_signature(stage) -> list:
    """What a stage tab shows, as plain values: texts, button states, plots, pictures, the pad's ink.

    Only widgets visible in the stage count (a hidden banner or page shows nothing).
    """
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QProgressBar,
        QWidget,
    )

    from deskdl.qt.drawing_pad import DrawingPad
    from deskdl.qt.train._pg import pg

    out = []
    for w in stage.findChildren(QWidget):
        if not w.isVisibleTo(stage):
            continue
        name = type(w).__name__
        if isinstance(w, QLabel):
            pix = w.pixmap()
            picture = None if pix is None or pix.isNull() else pix.toImage().bits().tobytes()
            out.append((name, w.text(), picture))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text(), w.isEnabled(), w.isChecked()))
        elif isinstance(w, QProgressBar):
            out.append((name, w.format(), w.value()))
        elif isinstance(w, QLineEdit):
            out.append((name, w.text()))
        elif isinstance(w, QComboBox):
            out.append((name, w.currentText()))
        elif isinstance(w, QListWidget):
            out.append((name, [w.item(i).text() for i in range(w.count())]))
        elif isinstance(w, DrawingPad):
            out.append((name, int(w.ink().sum())))
        elif isinstance(w, pg.GraphicsView):
            for item in w.scene().items():
                if isinstance(item, pg.PlotItem):
                    ranges = [[round(float(v), 6) for v in r] for r in item.getViewBox().viewRange()]
                    out.append(("plot", item.titleLabel.text, ranges))
                elif isinstance(item, pg.ImageItem):
                    out.append(("image", item.image is None))
                elif isinstance(item, pg.PlotDataItem):
                    out.append(("curve", 0 if item.xData is None else len(item.xData)))
                elif isinstance(item, pg.ScatterPlotItem):
                    out.append(("points", len(item.data)))
    return sorted(out, key=repr)


@pytest.mark.keras
def test_every_stage_after_another_project_looks_as_if_it_had_been_opened_first(qtbot, monkeypatch, tmp_path):
    """Train a digits CNN, draw a digit, then open the autoencoder template: every stage shows what a
    window that opened the autoencoder first shows (no old status, plots, pad drawing or scores)."""
    from PySide6.QtWidgets import QMessageBox

    from deskdl.paths import resource
    from deskdl.qt.tf_loader import KerasThread
    from tests._models import digits_project
    from tests.qt_helpers import close_quietly, make_window

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    template = resource("templates", "autoencoder.deskdl")

    def window():
        w = make_window(qtbot, monkeypatch, tmp_path, keras=KerasThread())
        with qtbot.waitSignal(w.keras.loaded, timeout=120_000):
            w.start_tensorflow()
        assert w.install_stage_tabs()
        w.resize(1360, 860)
        return w

    def signatures(w):
        qtbot.wait(300)  # plot timers and queued answers
        return {w.stages.tabText(i): stage_signature(w.stages.widget(i)) for i in range(w.stages.count())
                if w.stages.tabText(i) != "Build"}

    fresh = window()
    try:
        assert fresh.new_from_template(template)
        want = signatures(fresh)
    finally:
        close_quietly(fresh)

    w = window()
    try:
        w.set_project(digits_project(epochs=2))
        train, ev = w.stage_tab("Train"), w.stage_tab("Evaluate")
        with qtbot.waitSignal(train.run_completed, timeout=120_000):
            assert train.start()
        qtbot.waitUntil(lambda: "%" in ev.metrics.text(), timeout=60_000)
        ev.pad.stroke([(0.3, 0.2), (0.7, 0.2), (0.45, 0.9)])  # a 7
        qtbot.waitUntil(lambda: float(ev.bars.values.max(initial=0)) > 0, timeout=30_000)
        for name in ("Data", "Train", "Evaluate", "Inspect"):  # every stage has been looked at
            w.select_stage(name)
            qtbot.wait(200)
        w.select_stage("Build")
        assert w.new_from_template(template)
        got = signatures(w)
    finally:
        close_quietly(w)
    for stage in want:
        assert got[stage] == want[stage], stage


def test_a_drawing_left_on_the_pad_is_answered_by_the_new_model(qtbot, monkeypatch):
    """A new run's model arrives: the bars show its answer to the drawing, not the last model's."""
    monkeypatch.setattr(evaluate_panel, "evaluate_model", _report)
    monkeypatch.setattr(evaluate_panel, "predict_one", _answer)
    host = TrainingHost()
    try:
        ev = EvaluatePanel(_project("A", "digits"), host)
        qtbot.addWidget(ev)
        ev.set_tensorflow_ready(True)
        result = {"run_id": "run-1", "test": {"accuracy": 0.9}, "data": {"dataset": "digits", "params": {}},
                  "input_shape": [8, 8, 1], "class_names": [str(i) for i in range(10)]}
        ev.set_result({**result, "model": "model of A"})
        ev.pad.stroke([(0.3, 0.2), (0.7, 0.2), (0.45, 0.9)])
        qtbot.waitUntil(lambda: ev.bars.values.size == 10 and ev.bars.values[-1] == 1.0, timeout=5_000)
        ev.set_result({**result, "run_id": "run-2", "model": "model of run 2"})
        qtbot.waitUntil(lambda: ev.bars.values[0] == 1.0, timeout=5_000)  # run 2's answer
        assert not ev.pad.is_empty()  # the learner's drawing stays within the project
    finally:
        assert host.shutdown(10_000)


def test_opening_a_template_while_a_run_trains_asks_first(qtbot, monkeypatch, tmp_path):
    """One click on a template must not silently throw away a run in progress."""
    from PySide6.QtWidgets import QMessageBox

    from deskdl.paths import resource
    from deskdl.qt.main_window import UNSAVED_TITLE
    from deskdl.qt.stages import TRAINING_TITLE
    from tests.qt_helpers import close_quietly

    w = _fake_training_window(qtbot, monkeypatch, tmp_path, epochs=50, steps=20, delay=0.01)
    try:
        w.show()
        train = w.stage_tab("Train")
        old = w.project
        assert train.start()
        qtbot.waitUntil(lambda: train.curves.has_run(train.current_run_id), timeout=5_000)
        template = str(resource("templates", "autoencoder.deskdl"))
        asked = _answering(monkeypatch, {TRAINING_TITLE: QMessageBox.StandardButton.Cancel})
        assert not w.new_from_template(template)
        assert asked == [TRAINING_TITLE] and w.project is old and train.host.training

        asked = _answering(monkeypatch, {TRAINING_TITLE: QMessageBox.StandardButton.Yes,
                                         UNSAVED_TITLE: QMessageBox.StandardButton.Discard})
        assert w.new_from_template(template)
        assert asked == [TRAINING_TITLE, UNSAVED_TITLE]  # the stopped run was offered for saving
        assert [r["status"] for r in old.runs] == ["stopped"]
        assert w.project is not old and w.project.runs == [] and not train.host.training
    finally:
        close_quietly(w)
