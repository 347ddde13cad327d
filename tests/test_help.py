"""Issue 10: Help > deskdl Guide (F1) explains every tab, lists the real shortcuts and folders; About."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from qt_helpers import FAKE_INFO, close_all, guard_dialogs, make_window

from deskdl import __version__, logsetup
from deskdl.qt import help as deskdl_help
from deskdl.qt import settings as app_settings
from deskdl.qt.main_window import recovery_dir


@pytest.fixture(autouse=True)
def _tidy(monkeypatch):
    guard_dialogs(monkeypatch)
    yield
    close_all()


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    w = make_window(qtbot, monkeypatch, tmp_path)
    w.install_stage_tabs()
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def _every_shortcut(window):
    """Each action with a shortcut, found without the help module: (text, keys)."""
    acts = {id(a): a for a in window.findChildren(type(window.action_map["new"]))}
    acts.update({id(a): a for a in window.editor.action_map.values()})
    out = set()
    for act in acts.values():
        native = QKeySequence.SequenceFormat.NativeText
        keys = [k.toString(native) for k in act.shortcuts() if not k.isEmpty()]
        if keys:
            out.add(" or ".join(keys))
    return out


def test_f1_opens_the_guide_naming_every_tab_and_the_real_shortcuts(window, qtbot):
    qtbot.keyClick(window.editor.view, Qt.Key.Key_F1)
    dialog = window.guide_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "deskdl Guide"
    text = dialog.browser.toPlainText()
    tabs = [window.stages.tabText(i) for i in range(window.stages.count())]
    assert tabs == ["Build", "Data", "Train", "Evaluate", "Inspect"]
    for tab in tabs:
        assert re.search(rf"^{tab}$", text, re.M), f"no heading for the {tab} tab"
    # The shortcuts in the guide are exactly the window's shortcuts.
    md = deskdl_help.guide_markdown(window)
    table = re.findall(r"^\| (.+?) \| (.+?) \|$", md, re.M)[2:]  # skip header and rule
    shown = {keys for _, keys in table}
    assert shown == _every_shortcut(window)
    rows = dict(table)
    assert rows["Help > deskdl Guide"] == "F1"
    assert rows["File > Save"] == QKeySequence(QKeySequence.StandardKey.Save).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert rows["View > Stages > Train"] == "Ctrl+3"
    assert rows["View > Arrange Left to Right"] == "Ctrl+L"
    for what, keys in table:
        assert "{{" not in what and keys in text


def test_guide_names_the_real_folders(window, qtbot):
    dialog = deskdl_help.show_guide(window)
    text = dialog.browser.toPlainText()
    assert "{{" not in text
    for where in (str(recovery_dir()), str(logsetup.log_path()), app_settings.make_settings().fileName()):
        assert where in text
    assert str(recovery_dir()).startswith(str(app_settings.data_dir()))
    # Opening again reuses the one guide window.
    assert deskdl_help.show_guide(window) is dialog


def test_guide_says_plainly_when_its_file_is_missing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(deskdl_help, "guide_path", lambda: tmp_path / "gone.md")
    dialog = deskdl_help.show_guide(window)
    assert dialog.browser.toPlainText() == deskdl_help.GUIDE_MISSING.format(path=tmp_path / "gone.md")


def test_about_names_version_licence_credits_and_keras_once_loaded(window, qtbot):
    window.action_map["help_about"].trigger()
    box = window.about_box
    assert box.isVisible()
    text = box.text()
    assert f"deskdl {__version__}" in text and "MIT licence" in text
    assert "Alpaydin" in text and "CC BY 4.0" in text and "10.24432/C50P49" in text
    if window.keras.info.get("keras"):
        assert f"Keras {FAKE_INFO['keras']}, TensorFlow {FAKE_INFO['tensorflow']}" in text
    window.keras.info = {}
    assert deskdl_help.NOT_LOADED in deskdl_help.about_html(window)
    window.keras.info = dict(FAKE_INFO)
    assert "Keras 0.test, TensorFlow 0.test" in deskdl_help.about_html(window)
    box.close()


def test_help_menu_is_last_and_holds_guide_and_about(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions()] == ["deskdl Guide", "Gradients through time…", "",
                                                       "About deskdl"]


def test_no_two_commands_of_the_window_share_a_key(qtbot, monkeypatch, tmp_path):
    """A key bound to two actions does neither (Qt reports it ambiguous): Ctrl+L was Arrange and Lessons."""
    from PySide6.QtGui import QAction, QShortcut

    from tests.qt_helpers import make_window

    window = make_window(qtbot, monkeypatch, tmp_path)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    for shortcut in window.findChildren(QShortcut):
        owners.setdefault(shortcut.key().toString(), []).append(shortcut.objectName() or "a shortcut")
    shared = {key: names for key, names in owners.items() if key and len(names) > 1}
    assert shared == {}
    assert owners["Ctrl+L"] == ["Arrange &Left to Right"] and owners["Ctrl+B"] == ["&Browse Lessons…"]
