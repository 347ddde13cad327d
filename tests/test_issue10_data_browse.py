"""Issue 10: looking at data sets in the Data tab changes nothing until "Use this data set"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from deskdl.core.project import Project
from deskdl.ml import datasets
from deskdl.qt.data_panel import ID_ROLE, DataPanel


@pytest.fixture
def panel(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))  # MNIST is not on this computer
    project = Project(name="spiral lesson")
    project.data = {"dataset": "spiral", "params": {"samples": 300}, "target": "labels"}
    p = DataPanel(project)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    yield p
    p.host.shutdown()


def _click(qtbot, panel: DataPanel, did: str) -> None:
    """A real mouse click on the data set's row in the list."""
    for i in range(panel.list.count()):
        item = panel.list.item(i)
        if item.data(ID_ROLE) == did:
            panel.list.scrollToItem(item)
            rect = panel.list.visualItemRect(item)
            qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(did)


def test_clicking_a_missing_set_only_shows_it(qtbot, panel):
    changed = []
    panel.data_changed.connect(lambda: changed.append(1))
    _click(qtbot, panel, "mnist")
    assert panel.shown_id() == "mnist" and panel.title.text() == datasets.get("mnist").title
    assert panel.project.data == {"dataset": "spiral", "params": {"samples": 300}, "target": "labels"}
    assert changed == []  # the project did not change, so Start still trains on the spiral
    assert panel.fetch_box.isVisibleTo(panel)  # Import / Download offered
    assert panel.use_button.isVisibleTo(panel) and not panel.use_button.isEnabled()
    assert "Download or import" in panel.use_button.toolTip()
    spiral, mnist = datasets.get("spiral").title, datasets.get("mnist").title
    assert f"looking at {mnist}. This project still learns from {spiral}" in panel.choice_note.text()


def test_use_this_data_set_switches_with_the_settings_chosen(qtbot, panel):
    changed = []
    panel.data_changed.connect(lambda: changed.append(1))
    _click(qtbot, panel, "circle")
    _p, spin = panel._editors["samples"]
    spin.setValue(200)  # a setting of the set being looked at
    qtbot.waitUntil(lambda: panel.bundle is not None and len(panel.bundle.x_train) + len(panel.bundle.x_test)
                    == 200, timeout=3_000)
    assert panel.project.data["dataset"] == "spiral" and changed == []
    assert panel.use_button.isEnabled()
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert panel.project.data == {"dataset": "circle", "params": {"samples": 200}, "target": "labels"}
    assert changed == [1]
    assert not panel.use_button.isVisibleTo(panel)
    assert panel.choice_note.text() == "This project learns from this data set (bold in the list)."
    assert [panel.list.item(i).font().bold() for i in range(panel.list.count())].count(True) == 1


def test_going_back_to_the_projects_set_shows_its_own_settings(qtbot, panel):
    _click(qtbot, panel, "xor")
    _click(qtbot, panel, "spiral")
    assert not panel.is_browsing() and not panel.use_button.isVisibleTo(panel)
    _p, spin = panel._editors["samples"]
    assert spin.value() == 300  # the project's, not the default
    spin.setValue(400)  # editing the project's own set changes the project at once, as before
    assert panel.project.data["params"] == {"samples": 400}


def test_opening_another_project_shows_its_data_set(qtbot, panel):
    _click(qtbot, panel, "xor")
    other = Project(name="other")
    other.data = {"dataset": "gaussian", "params": {}}
    panel.set_project(other)
    assert panel.shown_id() == "gaussian" and not panel.is_browsing()
    assert panel.list.currentItem().data(ID_ROLE) == "gaussian"


# ---------------------------------------------------------------------------------------- templates
def test_a_template_opens_with_one_click_and_once_on_a_double_click(qtbot, monkeypatch, tmp_path):
    from deskdl.qt.sidebar import TEMPLATE_TIP
    from tests.qt_helpers import close_quietly, guard_dialogs, make_window

    guard_dialogs(monkeypatch)
    w = make_window(qtbot, monkeypatch, tmp_path)
    try:
        w.resize(1360, 860)
        w.show()
        view = w.sidebar.templates
        names = [view.item(i).text() for i in range(view.count())]
        item = view.item(names.index("Autoencoder" if "Autoencoder" in names else names[0]))
        assert "Click to start" in item.toolTip() and "Click to start" in TEMPLATE_TIP
        opened = []
        w.sidebar.template_chosen.connect(opened.append)
        view.scrollToItem(item)
        pos = view.visualItemRect(item).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert len(opened) == 1
        assert w.project.name == Project.load(opened[0]).name  # the template is the open project
        assert w.project.path is None
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert len(opened) == 1  # a double-click right after does not open it again
    finally:
        close_quietly(w)
