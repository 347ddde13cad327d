"""The project sidebar: a long description stays readable, and the lists stay usable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from deskdl.core.project import Project
from deskdl.paths import resource
from deskdl.qt.sidebar import ProjectSidebar, list_templates


def _sidebar(qtbot, template: str, width: int = 270, height: int = 330, recent: int = 4) -> ProjectSidebar:
    bar = ProjectSidebar()
    qtbot.addWidget(bar)
    bar.set_templates(list_templates(resource("templates")))
    bar.set_recent([f"/tmp/project_{i}.deskdl" for i in range(recent)])
    bar.set_project(Project.load(resource("templates", template)))
    bar.resize(width, height)
    bar.show()
    qtbot.waitExposed(bar)
    qtbot.wait(50)  # let the word-wrapped label settle its height at its final width
    return bar


def _visible_height(child, ancestor) -> int:
    """Height of ``child`` that lies inside ``ancestor`` (both widgets, child inside ancestor)."""
    top = child.mapTo(ancestor, child.rect().topLeft()).y()
    return max(0, min(top + child.height(), ancestor.height()) - max(top, 0))


@pytest.mark.parametrize("height", [330, 260])
def test_long_description_can_be_read_to_the_end(qtbot, height):
    bar = _sidebar(qtbot, "lstm_sequence.deskdl", height=height)
    full = Project.load(resource("templates", "lstm_sequence.deskdl")).description
    assert len(full) > 500
    assert bar.description.text() == full
    area = bar.description_area
    bar_v = area.verticalScrollBar()
    # the text is taller than the room it has, so the area scrolls instead of cutting it off
    assert bar_v.maximum() > 0
    assert bar.description.height() >= bar.description.heightForWidth(bar.description.width())
    bar_v.setValue(bar_v.maximum())
    qtbot.wait(10)
    # scrolled to the end, the label's last line is inside the visible viewport
    viewport = area.viewport()
    bottom = bar.description.mapTo(viewport, bar.description.rect().bottomLeft()).y()
    assert 0 < bottom <= viewport.height()
    # a few lines of it are always visible
    assert area.height() >= 4 * bar.description.fontMetrics().lineSpacing()


def test_lists_stay_usable_and_do_not_overlap_the_description(qtbot):
    bar = _sidebar(qtbot, "lstm_sequence.deskdl", height=330)
    area = bar.description_area
    for view in (bar.templates, bar.recent):
        assert view.isVisible()
        assert view.geometry().top() >= area.geometry().bottom()
        # at least three rows of each list show, whatever the description's length
        assert _visible_height(view, bar) >= 3 * view.sizeHintForRow(0)
    assert bar.templates.geometry().bottom() < bar.recent.geometry().top()
    assert bar.recent.geometry().bottom() <= bar.height()


def test_all_templates_show_when_there_is_room(qtbot):
    # 19 templates under 5 section headers are 24 rows: 720 px (was 520 for 11 ungrouped rows)
    bar = _sidebar(qtbot, "lstm_sequence.deskdl", height=720)
    view = bar.templates
    assert view.count() == 24
    assert view.verticalScrollBar().maximum() == 0
    assert view.height() >= view.count() * view.sizeHintForRow(0)


def test_templates_are_grouped_by_course_section(qtbot):
    bar = _sidebar(qtbot, "mlp_2d.deskdl", height=330)
    assert bar.template_sections() == {
        "Basics": ["MLP for 2D points"],
        "Vision": ["CNN for digits", "ResNet block"],
        "Sequences": ["Attention on film reviews", "LSTM for sequences",
                      "Transformer block: reverse 10 digits", "Tune writer (character GRU)"],
        "Generative models": ["Autoencoder", "Autoencoder 2-D code", "DCGAN for 28x28 shapes",
                              "Debiasing with a VAE", "GAN for 2-D points (ring of 8)",
                              "GAN for 8x8 digits (MLP)", "VAE digits", "VAE shapes"],
        "Reinforcement learning": ["CartPole A2C", "CartPole DQN", "CartPole REINFORCE", "MountainCar DQN"],
    }
    view = bar.templates
    opened = []
    bar.template_chosen.connect(opened.append)
    # a header is not a template: it cannot be selected, and a click on it opens nothing
    header = view.item(0)
    assert header.text() == "Basics" and header.flags() == Qt.ItemFlag.NoItemFlags
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(header).center())
    assert opened == [] and not view.selectedItems()
    # the short sidebar shows at least 3 rows and scrolls to every template, each opening with one click
    assert view.verticalScrollBar().maximum() > 0
    assert _visible_height(view, bar) >= 3 * view.sizeHintForRow(0)
    items = bar.template_items()
    assert len(items) == len(list_templates(resource("templates"))) == 19
    for item in items:
        view.scrollToItem(item)
        rect = view.visualItemRect(item)
        assert view.viewport().rect().contains(rect), item.text()
        bar._last_template = None  # each click is a new one, not the second half of a double-click
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert opened[-1] == item.data(Qt.ItemDataRole.UserRole)
    assert len(opened) == 19


def test_short_description_needs_no_scrolling(qtbot):
    bar = _sidebar(qtbot, "mlp_2d.deskdl", height=400)
    assert bar.description_area.verticalScrollBar().maximum() == 0
    assert bar.description.text().startswith("A multi-layer perceptron")


def test_description_follows_the_project(qtbot):
    # 700 px: room for the template list, the project's file path whole (it wraps) and the short
    # description whole
    bar = _sidebar(qtbot, "lstm_sequence.deskdl", height=700)
    project = Project.load(resource("templates", "mlp_2d.deskdl"))
    bar.set_project(project)
    qtbot.wait(50)
    assert project.description.startswith("A multi-layer perceptron")
    assert bar.description.text() == project.description  # the new project's own words, whole
    assert bar.description_area.verticalScrollBar().maximum() == 0


def test_added_section_goes_above_the_spare_room(qtbot):
    from PySide6.QtWidgets import QListWidget

    bar = _sidebar(qtbot, "mlp_2d.deskdl", height=700)
    lessons = QListWidget()
    lessons.addItems(["Lesson 1", "Lesson 2"])
    bar.add_section("Lessons", lessons)
    qtbot.wait(50)
    assert lessons.isVisible()
    assert lessons.geometry().top() > bar.recent.geometry().bottom()
    # the bottom stretch stays last, so nothing lands below the spare room
    last = bar._layout.itemAt(bar._layout.count() - 1)
    assert last.spacerItem() is not None
