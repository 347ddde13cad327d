"""The main window, driven through its real widgets and methods (dialogs monkeypatched)."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from qt_helpers import FAKE_INFO, close_all, close_quietly, fake_keras, guard_dialogs, make_window

from deskdl.core.analysis import analyze
from deskdl.core.project import Project
from deskdl.qt import settings as app_settings
from deskdl.qt.sidebar import list_templates

TEMPLATES = sorted(app_settings.templates_dir().glob("*.deskdl"))
WANTED = {"mlp_2d", "cnn_digits", "lstm_sequence", "autoencoder", "resnet_block"}


@pytest.fixture(autouse=True)
def _tidy(monkeypatch):
    guard_dialogs(monkeypatch)
    yield
    close_all()


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    w = make_window(qtbot, monkeypatch, tmp_path)
    yield w
    close_quietly(w)


def _no_dialogs(monkeypatch, answer=QMessageBox.StandardButton.Discard):
    calls = []

    def ask(*args, **kwargs):
        calls.append(args)
        return answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    monkeypatch.setattr(QMessageBox, "warning", ask)
    return calls


def test_every_wanted_template_exists_and_is_listed():
    assert WANTED <= {p.stem for p in TEMPLATES}
    assert len(list_templates(app_settings.templates_dir())) == len(TEMPLATES)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
def test_template_loads_valid(window, path):
    assert window.new_from_template(path)
    analysis = analyze(window.project.graph)
    assert analysis.ok and not analysis.diagnostics, [d.text for d in analysis.diagnostics]
    assert window.project.path is None  # a template is a starting point, not the file to save over
    # one layout for the graphs of every role (a GAN's generator and discriminator), and a spot
    # for each folded group's card
    assert set(window.project.layout) == {n for g in window.project.graphs.values()
                                          for n in [*g.nodes, *g.groups]}
    assert window.windowTitle() == f"{window.project.name}[*] — deskdl"
    assert not window.isWindowModified()
    assert window.problems.tree.topLevelItemCount() == 1  # the "no problems" row
    assert window.summary.table.rowCount() == len(window.project.graph)


def test_default_project_is_the_spiral(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("DESKDL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESKDL_CONFIG_DIR", str(tmp_path / "config"))
    from deskdl.qt.app import create_window

    w = create_window(None, screenshot=True)
    g = w.project.graph
    assert [n.type for n in g.nodes.values()] == ["Input", "Dense", "Dense", "Dense"]
    assert [n.params.get("activation") for n in list(g.nodes.values())[1:]] == ["relu", "relu", "softmax"]
    assert w.project.data["dataset"] == "spiral"
    assert w.project.training["optimizer"] == {"type": "Adam", "learning_rate": 0.02}
    assert w.project.path is None and analyze(g).ok
    close_quietly(w)


def test_edit_marks_modified_and_undo_cleans(window):
    window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    assert window.editor.set_params("hidden_1", {"units": 5})
    assert window.isWindowModified() and window.is_modified()
    window.editor.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_and_open_round_trip(window, tmp_path, monkeypatch):
    _no_dialogs(monkeypatch)
    window.new_from_template(app_settings.templates_dir() / "resnet_block.deskdl")
    window.editor.set_params("stem", {"filters": 8})
    target = tmp_path / "mine"
    assert window.save_project_as(target)
    saved = tmp_path / "mine.deskdl"
    assert saved.is_file() and window.project.path == saved
    assert not window.is_modified()
    assert str(saved.resolve()) in app_settings.recent_files(window.settings)
    assert window.sidebar.recent.count() == 1
    before = window.project.to_dict()
    assert window.new_project() and len(window.project.graph) == 0
    assert window.open_project(saved)
    assert window.project.to_dict() == before
    assert window.project.graph.node("stem").params["filters"] == 8


def test_save_without_path_asks_for_one(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "asked.deskdl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.editor.add_layer("Input")
    assert window.save_project() and target.is_file()


def test_broken_file_leaves_project_untouched(window, tmp_path, monkeypatch):
    calls = _no_dialogs(monkeypatch)
    window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    project = window.project
    before = project.to_dict()
    bad = tmp_path / "broken.deskdl"
    bad.write_text('{"format": "deskdl-project", "version": 1, "model": {"nodes": [', encoding="utf-8")
    assert not window.open_project(bad)
    assert window.project is project and project.to_dict() == before
    assert len(calls) == 1 and "not valid JSON" in calls[0][2]
    unknown = tmp_path / "unknown.deskdl"
    unknown.write_text(json.dumps({"format": "deskdl-project", "version": 1,
                                   "model": {"nodes": [{"id": "a", "type": "Densse"}]}}), encoding="utf-8")
    assert not window.open_project(unknown)
    assert window.project is project and "Densse" in calls[1][2]


def test_tf_actions_wait_for_the_loader(qtbot, monkeypatch, tmp_path):
    gate = threading.Event()
    w = make_window(qtbot, monkeypatch, tmp_path, keras=fake_keras(gate))
    act = w.action_map["import_keras"]
    assert not act.isEnabled()
    w.show()
    w.start_tensorflow()
    assert w.keras.state == "loading"
    assert "loading" in w.status.device.text().lower()
    assert "TensorFlow" in w.status.activity.text() and w.status.busy.isVisibleTo(w.status)
    assert not act.isEnabled()
    with qtbot.waitSignal(w.keras.loaded, timeout=5000):
        gate.set()
    assert act.isEnabled()
    assert w.status.device.text() == f"Device: {FAKE_INFO['device']}"
    assert not w.status.busy.isVisibleTo(w.status)
    late = w.action_map["export_python"].__class__("Train", w)
    w.register_tf_action(late)  # registered after loading: enabled at once
    assert late.isEnabled()
    close_quietly(w)


def test_loader_failure_keeps_building(qtbot, monkeypatch, tmp_path):
    from deskdl.qt.tf_loader import KerasThread

    def boom():
        raise ImportError("no tensorflow here")

    w = make_window(qtbot, monkeypatch, tmp_path, keras=KerasThread(loader=boom))
    with qtbot.waitSignal(w.keras.load_failed, timeout=5000):
        w.start_tensorflow()
    assert not w.action_map["import_keras"].isEnabled()
    assert "did not load" in w.status.device.text()
    assert "no tensorflow here" in w.status.device.toolTip()
    assert w.editor.add_layer("Input")  # building still works
    close_quietly(w)


@pytest.mark.slow
@pytest.mark.keras
def test_real_tensorflow_loader(qtbot, monkeypatch, tmp_path):
    from deskdl.qt.tf_loader import KerasThread

    w = make_window(qtbot, monkeypatch, tmp_path, keras=KerasThread())
    with qtbot.waitSignals([w.keras.loaded], raising=True, timeout=120_000,
                           check_params_cbs=None):
        w.start_tensorflow()
    assert w.action_map["import_keras"].isEnabled()
    assert w.status.device.text().startswith("Device: ")
    assert "loading" not in w.status.device.text()
    close_quietly(w)


def test_recovery_offered_after_a_crash(qtbot, monkeypatch, tmp_path):
    first = make_window(qtbot, monkeypatch, tmp_path)
    first.new_from_template(app_settings.templates_dir() / "cnn_digits.deskdl")
    first.editor.set_params("conv_1", {"filters": 4})
    assert first.autosave() and first.has_recovery()
    wanted = first.project.to_dict()
    # the "crash": the first window never closes cleanly; a new session starts
    second = make_window(qtbot, monkeypatch, tmp_path)
    asked = []

    def answer(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert second.offer_recovery()
    assert asked and "CNN for digits" in asked[0]
    assert second.project.to_dict() == wanted
    assert second.is_modified() and second.isWindowModified()
    assert second.project.path is None
    close_quietly(second)  # a clean exit removes the recovery file
    assert not first.has_recovery()
    close_quietly(first)


def test_recovery_declined_is_removed(window, monkeypatch):
    window.editor.add_layer("Input")
    assert window.autosave()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not window.offer_recovery() and not window.has_recovery()
    assert not window.autosave.__self__.offer_recovery()  # nothing left to offer


def test_nothing_to_autosave_when_clean(window):
    assert not window.autosave() and not window.has_recovery()


def test_closing_with_unsaved_changes_asks(window, monkeypatch):
    window.show()
    window.editor.add_layer("Input")
    calls = _no_dialogs(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and len(calls) == 1 and "not saved" in calls[0][2]
    calls = _no_dialogs(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()
    assert not window.isVisible() and len(calls) == 1


def test_closing_with_save_writes_the_file(window, monkeypatch, tmp_path):
    window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    window.save_project_as(tmp_path / "a.deskdl")
    window.editor.set_params("hidden_1", {"units": 3})
    _no_dialogs(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close()
    assert Project.load(tmp_path / "a.deskdl").graph.node("hidden_1").params["units"] == 3


def test_add_stage_tab_api(window):
    class Stage(QLabel):
        def __init__(self):
            super().__init__("stage")
            self.projects = []

        def set_project(self, project):
            self.projects.append(project)

    stage = Stage()
    index = window.add_stage_tab("Train", stage, tooltip="Train it")
    assert window.stage_names()[index] == "Train" and window.stage_tab("train") is stage
    assert stage.projects == [window.project]
    assert window.select_stage("TRAIN") and window.stages.currentWidget() is stage
    assert not window.select_stage("Nope")
    window.new_project()
    assert stage.projects[-1] is window.project
    assert [a.text() for a in window.stage_menu.actions()] == window.stage_names()


def test_live_summary_and_code_follow_edits(window, qtbot):
    window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    assert window.summary.table.rowCount() == 4
    assert "354" in window.summary.totals.text()
    window.editor.set_params("hidden_1", {"units": 4})
    qtbot.waitUntil(lambda: window.summary.table.item(1, 3).text() == "12")
    window.code.update_now()
    code = window.code.view.toPlainText()
    # The code view shows the edited layer, not the template's 16 units.
    assert 'keras.layers.Dense(4, activation="relu", name="hidden_1"),' in code
    assert 'Dense(16, activation="relu", name="hidden_1")' not in code
    # copy_code() is exercised in test_copy_code (separately: see the note there)


def test_problem_count_on_the_tab(window):
    window.editor.add_layer("Dense")
    window.editor.scene.flush()
    title = window.details.tabText(window.details.indexOf(window.problems))
    assert title.startswith("Problems (")


def test_theme_switch_is_remembered(window):
    window.set_theme("dark")
    from deskdl.qt import theme

    assert theme.is_dark() and window.theme_actions["dark"].isChecked()
    window.set_theme("light")
    assert not theme.is_dark() and window.theme_actions["light"].isChecked()
    assert window.settings.value(app_settings.KEY_THEME) == "light"


def test_geometry_and_build_layout_are_remembered_by_the_next_window(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QRect

    from deskdl.qt.main_window import LAYOUT_VERSION

    first = make_window(qtbot, monkeypatch, tmp_path)
    first.setGeometry(30, 40, 700, 500)  # inside the offscreen screen (800 x 800)
    first.save_window_state()
    build_layout = first.saveState(LAYOUT_VERSION)
    assert first.settings.value(f"{app_settings.KEY_STAGE_LAYOUT}/Build") == build_layout
    close_quietly(first)
    second = make_window(qtbot, monkeypatch, tmp_path)  # the next run, same settings folder
    assert second.geometry() != QRect(30, 40, 700, 500)
    second.restore_window_state()
    assert second.geometry() == QRect(30, 40, 700, 500)
    close_quietly(second)


def test_gui_thread_never_imports_tensorflow():
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from deskdl.qt.app import create_window;"
        "w = create_window(None, screenshot=True); w.show();"
        "from PySide6.QtWidgets import QApplication; QApplication.processEvents();"
        "print('tensorflow' in sys.modules, 'keras' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "False"], out.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.keras
def test_import_of_a_real_keras_file_shows_what_was_not_carried_over(qtbot, monkeypatch, tmp_path):
    """File > Import: the importer's warnings (here a frozen layer) appear in one plain message."""
    import keras

    from deskdl.qt.tf_loader import KerasThread

    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="relu", name="hidden"),
                              keras.layers.Dense(2, activation="softmax", name="out")])
    model.get_layer("hidden").trainable = False
    path = tmp_path / "frozen.keras"
    model.save(path)
    w = make_window(qtbot, monkeypatch, tmp_path, keras=KerasThread())
    with qtbot.waitSignal(w.keras.loaded, timeout=120_000):
        w.start_tensorflow()
    monkeypatch.setattr(w, "maybe_save", lambda: True)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(("FAILED", text)))
    assert w.import_keras(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    (title, text), = shown
    assert title != "FAILED", text
    assert "hidden" in text and "frozen" in text and text.startswith("• ")
    assert list(w.project.graph.nodes)[1:] == ["hidden", "out"]
    close_quietly(w)


def test_window_fits_a_small_lab_screen(qtbot, window):
    """With every tab installed (and the Train tab's longest status line), the window fits 1280 x 720."""
    assert window.install_stage_tabs()
    window.show()
    train = window.stage_tab("Train")
    train.status.setText("TensorFlow is still loading… Start becomes available in a moment.")
    for name in window.stage_names():
        window.select_stage(name)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, (name, hint)


# ------------------------------------------------------------ each stage owns its layout (issue 10)
from layout_probe import SIZES, measure_stage  # noqa: E402

from deskdl.qt.main_window import STAGE_DOCKS  # noqa: E402

BUILD_DOCKS = set(STAGE_DOCKS["Build"])


def _staged_window(qtbot, monkeypatch, tmp_path, size=(1440, 900), restore=False):
    from deskdl.qt.app import _open_default
    from deskdl.qt.main_window import MainWindow

    if restore:
        window = MainWindow(keras=fake_keras(), restore_state=True)
        from qt_helpers import WINDOWS

        WINDOWS.append(window)
    else:
        window = make_window(qtbot, monkeypatch, tmp_path)
    _open_default(window)
    assert window.install_stage_tabs()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown_docks(window) -> set[str]:
    return {d.objectName() for d in window.docks() if d.isVisible()}


def _settle(qtbot):
    qtbot.wait(30)


def test_build_docks_appear_with_build_only(qtbot, monkeypatch, tmp_path):
    window = _staged_window(qtbot, monkeypatch, tmp_path)
    assert BUILD_DOCKS == {"dockProject", "dockLayers", "dockProperties", "dockDetails"}
    assert _shown_docks(window) == BUILD_DOCKS
    for name in ("Data", "Train", "Evaluate", "Inspect"):
        window.select_stage(name)
        _settle(qtbot)
        assert _shown_docks(window) == set(), name
        # the stage gets the whole width of the window
        assert window.stages.width() == window.width(), name
    window.select_stage("Build")
    _settle(qtbot)
    assert _shown_docks(window) == BUILD_DOCKS


def test_a_stage_remembers_its_own_layout_also_after_a_restart(qtbot, monkeypatch, tmp_path):
    window = _staged_window(qtbot, monkeypatch, tmp_path)
    window.select_stage("Train")
    window.project_dock.toggleViewAction().trigger()  # the learner wants the Project dock on Train
    window.select_stage("Build")
    window.properties_dock.toggleViewAction().trigger()  # and no Properties on Build
    window.select_stage("Evaluate")
    _settle(qtbot)
    assert _shown_docks(window) == set()
    window.select_stage("Train")
    _settle(qtbot)
    assert _shown_docks(window) == {"dockProject"}
    window.select_stage("Build")
    _settle(qtbot)
    assert _shown_docks(window) == BUILD_DOCKS - {"dockProperties"}
    train = window.stage_tab("Train")
    train.columns.set_settings_shown(False)
    close_quietly(window)  # closing remembers the layouts (QSettings, versioned keys)

    again = _staged_window(qtbot, monkeypatch, tmp_path, restore=True)
    assert _shown_docks(again) == BUILD_DOCKS - {"dockProperties"}
    again.select_stage("Train")
    _settle(qtbot)
    assert _shown_docks(again) == {"dockProject"}
    assert not again.stage_tab("Train").columns.settings_shown()
    again.select_stage("Data")
    _settle(qtbot)
    assert _shown_docks(again) == set()
    close_quietly(again)


def test_reset_layout_restores_every_stage(qtbot, monkeypatch, tmp_path):
    window = _staged_window(qtbot, monkeypatch, tmp_path)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.reset_layout_action in view_menu.actions()
    window.palette_dock.setFloating(True)
    window.details_dock.hide()
    window.select_stage("Train")
    window.details_dock.show()
    window.stage_tab("Train").columns.set_settings_shown(False)
    window.save_window_state()
    assert window.settings.value(f"{app_settings.KEY_STAGE_LAYOUT}/Train") is not None
    window.reset_layout_action.trigger()
    _settle(qtbot)
    assert _shown_docks(window) == set()  # Train as it starts
    assert window.stage_tab("Train").columns.settings_shown()
    assert window.settings.value(f"{app_settings.KEY_STAGE_LAYOUT}/Train") is None
    assert "default" in window.status.currentMessage()
    window.select_stage("Build")
    _settle(qtbot)
    assert _shown_docks(window) == BUILD_DOCKS
    assert not window.palette_dock.isFloating()
    assert window.dockWidgetArea(window.palette_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.details_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    # the Project dock sits above the Layers dock again
    assert window.project_dock.geometry().bottom() < window.palette_dock.geometry().top()


def test_details_enlarged_on_build_does_not_push_past_the_status_bar_on_train(qtbot, monkeypatch, tmp_path):
    window = _staged_window(qtbot, monkeypatch, tmp_path, size=(1280, 720))
    window.resizeDocks([window.details_dock], [560], Qt.Orientation.Vertical)
    _settle(qtbot)
    assert window.details_dock.height() > 250  # as tall as Build lets it be
    window.select_stage("Train")
    _settle(qtbot)
    train = window.stage_tab("Train")
    assert (window.width(), window.height()) == (1280, 720)
    bottom = train.mapTo(window, train.rect().bottomLeft()).y()
    assert bottom < window.statusBar().geometry().top()
    assert train.curves.plot("loss").getViewBox().sceneBoundingRect().height() > 250


def test_find_layer_goes_to_build(qtbot, monkeypatch, tmp_path):
    window = _staged_window(qtbot, monkeypatch, tmp_path)
    window.select_stage("Train")
    window.action_map["find_layer"].trigger()
    assert window.current_stage() == "Build" and window.palette_dock.isVisible()


def test_train_settings_column_folds_away(qtbot, monkeypatch, tmp_path):
    window = _staged_window(qtbot, monkeypatch, tmp_path, size=(1440, 900))
    window.select_stage("Train")
    _settle(qtbot)
    train = window.stage_tab("Train")
    toggle = train.columns.toggle
    column = train.splitter.widget(0)
    assert toggle.isVisible() and toggle.text() == "Settings"
    assert toggle.isChecked() and column.isVisible()  # room enough at 1440: shown
    before = train.curves.width()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert not toggle.isChecked() and not column.isVisible()
    assert train.curves.width() - before >= column.minimumWidth()
    assert "Show" in toggle.toolTip()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert toggle.isChecked() and column.isVisible() and abs(train.curves.width() - before) <= 2


def test_train_settings_fold_by_themselves_only_when_the_curves_lack_room(qtbot, monkeypatch, tmp_path):
    window = _staged_window(qtbot, monkeypatch, tmp_path, size=(1440, 900))
    window.select_stage("Train")
    train = window.stage_tab("Train")
    column = train.splitter.widget(0)
    column.setMinimumWidth(520)  # a wide settings column (long labels, a large font)
    window.resize(1280, 720)
    _settle(qtbot)
    assert not column.isVisible() and not train.columns.toggle.isChecked()
    assert train.curves.width() >= 0.5 * window.width()
    qtbot.mouseClick(train.columns.toggle, Qt.MouseButton.LeftButton)  # the learner wants them anyway
    _settle(qtbot)
    assert column.isVisible()
    window.resize(1300, 720)
    _settle(qtbot)
    assert column.isVisible()  # the learner's choice stays
    window.reset_layout()
    _settle(qtbot)
    assert not column.isVisible()  # back to the automatic choice


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_tab_gives_its_plots_room(qtbot, monkeypatch, tmp_path, size):
    """Rendered at 1280x720 and 1440x900: plots are wide enough for their titles and tick labels."""
    window = _staged_window(qtbot, monkeypatch, tmp_path, size=size)
    train = window.stage_tab("Train")
    # A long finished run with a metric: three plots, four-digit epochs, small learning rates.
    epochs = 1000
    history = {"loss": [2.5 / (1 + e) for e in range(epochs)],
               "val_loss": [2.6 / (1 + e) for e in range(epochs)],
               "accuracy": [min(0.999, 0.5 + e / 2000) for e in range(epochs)],
               "learning_rate": [0.0125 * 0.999 ** e for e in range(epochs)]}
    train.curves.load_history("run-1", "#1f77b4", history)
    train.curves.redraw()
    seen = {}
    for stage in window.stage_names():
        for m in measure_stage(window, stage):
            seen.setdefault(stage, []).append(m)
            where = f"{stage} / {m.title or 'untitled'} at {size}"
            assert not m.title_clipped, f"{where}: title needs {m.title_needed:.0f} of {m.title_room:.0f} px"
            assert not m.tick_overlaps, f"{where}: tick labels collide: {m.tick_overlaps}"
            assert not m.tick_clipped, f"{where}: tick labels cut off: {m.tick_clipped}"
            assert not m.outside, f"{where}: the plot runs past the edge of its view"
            assert m.view_width >= 100 and m.view_height >= 40 or not m.title, (where, m)
    assert {"Data", "Train", "Evaluate", "Inspect"} <= set(seen)
    curves = {m.title: m for m in seen["Train"]}
    assert {"Loss", "Accuracy", "Learning rate"} <= set(curves)
    for title in ("Loss", "Accuracy", "Learning rate"):
        assert curves[title].width >= 0.5 * window.width(), (title, curves[title].width, size)
    # The 2-D plane beside them stays big enough to see the spiral's arms (it was 70 px high at 1280x720).
    plane = curves["Decision boundary"]
    assert plane.view_width >= 140 and plane.view_height >= 140, (plane, size)


def test_first_start_fits_a_small_screen(qtbot, monkeypatch, tmp_path):
    """At 1280x720 the first window (1360x860 before) reached past the screen, status bar and all."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    from deskdl.qt.main_window import FRAME_ALLOWANCE, MainWindow

    class Screen:
        def availableGeometry(self):  # noqa: N802 - Qt's name
            return QRect(0, 0, 1280, 720)

    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(MainWindow, "screen", lambda self: Screen())
    window = make_window(qtbot, monkeypatch, tmp_path)
    assert (window.width(), window.height()) == (1280, 720 - FRAME_ALLOWANCE)
    monkeypatch.setattr(Screen, "availableGeometry", lambda self: QRect(0, 0, 1920, 1080))
    assert (window.first_size().width(), window.first_size().height()) == (1360, 860)


def test_every_template_fits_every_tab_at_1280x720(qtbot, monkeypatch, tmp_path):
    """The same measures for each template (other data sets, no decision boundary, other views)."""
    from deskdl.qt.train.curves import TrainingCurves

    window = _staged_window(qtbot, monkeypatch, tmp_path, size=(1280, 720))
    for path in TEMPLATES:
        assert window.new_from_template(path)
        _settle(qtbot)
        for stage in window.stage_names():
            for m in measure_stage(window, stage):
                where = f"{path.stem} / {stage} / {m.title or 'untitled'}"
                assert not (m.title_clipped or m.tick_overlaps or m.tick_clipped or m.outside), (where, m)
                if stage == "Train" and m.title == "Loss":
                    # the curves get half the window; more than 3 plots go two to a row in it
                    curves = window.stage_tab("Train").findChild(TrainingCurves)
                    assert curves.width() >= 0.5 * window.width(), (where, curves.width())
                    assert m.width >= 0.35 * window.width(), (where, m.width)
