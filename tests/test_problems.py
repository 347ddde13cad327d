"""The problems list: diagnostics shown, click selects, Fix repairs in one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
from deskdl.qt.problems import ALL_GOOD, ProblemsPanel


@pytest.fixture
def setup(qtbot):
    graph = ModelGraph()
    graph.add_node("Input", {"shape": [784]}, "inp")
    graph.add_node("Conv2D", {"filters": 4}, "conv", ["inp"])
    graph.add_node("Flatten", {}, "flat", ["conv"])
    graph.add_node("Dense", {"units": 10, "activation": "softmax"}, "out", ["flat"])
    editor = GraphEditor(SimpleProject(graph, {}))
    panel = ProblemsPanel()
    panel.set_editor(editor)
    panel.set_analysis(editor.analysis)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    return editor, panel, graph


def test_lists_diagnostics_with_node_and_fix(setup):
    editor, panel, graph = setup
    assert panel.tree.topLevelItemCount() == len(editor.analysis.diagnostics) == 1
    item = panel.tree.topLevelItem(0)
    assert item.text(1) == "conv"
    assert "Conv2D needs an image-shaped input" in item.text(2)
    assert not item.icon(0).isNull()
    button = panel.fix_button(0)
    assert button is not None and "Reshape" in button.toolTip()


def test_click_selects_the_node(setup, qtbot):
    editor, panel, graph = setup
    panel.show()
    qtbot.waitExposed(panel)
    item = panel.tree.topLevelItem(0)
    rect = panel.tree.visualItemRect(item)
    with qtbot.waitSignal(panel.node_requested) as sig:
        QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == ["conv"]
    assert editor.selected_ids() == ["conv"]


def test_fix_button_applies_the_fix_and_undoes(setup, qtbot):
    editor, panel, graph = setup
    counts = []
    panel.count_changed.connect(lambda e, w: counts.append((e, w)))
    panel.fix_button(0).click()
    assert analyze(graph).ok
    reshape = [n for n in graph.nodes.values() if n.type == "Reshape"]
    assert len(reshape) == 1 and graph.node("conv").inputs == [reshape[0].id]
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(2) == ALL_GOOD)
    assert counts[-1] == (0, 0)
    editor.undo_stack.undo()
    assert not analyze(graph).ok
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(1) == "conv")


def test_no_problems_row_and_tab_title(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_analysis(None)
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(2) == ALL_GOOD
    assert panel.fix_button(0) is None
    assert ProblemsPanel.tab_title(0, 0) == "Problems"
    assert ProblemsPanel.tab_title(2, 1) == "Problems (3)"


def test_errors_come_before_warnings(qtbot):
    graph = ModelGraph()
    graph.add_node("Input", {"shape": [28, 28, 1]}, "img")
    graph.add_node("Dense", {"units": 4}, "d", ["img"])  # a warning (Dense on an image)
    graph.add_node("Dense", {"units": 0}, "bad", ["d"])  # an error
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_analysis(analyze(graph))
    severities = [panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).severity
                  for i in range(panel.tree.topLevelItemCount())]
    assert severities == sorted(severities, key=lambda s: s != "error")
    assert severities[0] == "error" and "warning" in severities


@pytest.mark.parametrize("width", [500, 800])
def test_long_problem_text_wraps_instead_of_being_cut(setup, qtbot, width):
    _, panel, _ = setup
    panel.resize(width, 260)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(20)
    tree = panel.tree
    item = tree.topLevelItem(0)
    text = item.text(2)
    assert len(text) > 120  # the Conv2D-after-a-flat-input problem, with its fix
    col = tree.columnWidth(2)
    fm = tree.fontMetrics()
    needed = fm.boundingRect(0, 0, col - 12, 100_000, int(Qt.TextFlag.TextWordWrap), text).height()
    assert fm.horizontalAdvance(text) > col  # it does not fit on one line at this width
    assert tree.visualItemRect(item).height() >= needed
    # narrower still: the row grows with the wrapped text
    before = tree.visualItemRect(item).height()
    panel.resize(width - 150, 260)
    qtbot.wait(20)
    assert tree.visualItemRect(item).height() >= before
    assert tree.visualItemRect(item).height() >= fm.boundingRect(
        0, 0, tree.columnWidth(2) - 12, 100_000, int(Qt.TextFlag.TextWordWrap), text).height()
