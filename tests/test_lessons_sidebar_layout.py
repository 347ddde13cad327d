"""The sidebar's Lessons section stays readable in the window at 1280x720 (issue 15).

With the app's theme and a few recent projects the Project dock is short: its Lessons note was
squeezed to two of its three lines (the third cut off under the Browse button), seen in a
screenshot. A long lesson title on the 'Go on with' button neither widens the sidebar nor is cut.
"""

from __future__ import annotations

import pytest
from qt_helpers import close_all, make_window

from deskdl.core.lessons.progress import LessonProgress
from deskdl.core.project import Project
from deskdl.qt import theme


@pytest.fixture
def styled(qapp):
    """The app's own light theme, as the window starts with it; the old one comes back afterwards."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    theme.apply_theme("light", qapp)
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path, styled):
    from deskdl.qt.app import _open_default

    w = make_window(qtbot, monkeypatch, tmp_path)
    _open_default(w)
    w.sidebar.set_recent([str(tmp_path / f"project_{i}.deskdl") for i in range(5)])
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(50)  # word-wrapped labels settle their height at their final width
    yield w
    close_all()


def _inside(child, ancestor) -> bool:
    top_left = child.mapTo(ancestor, child.rect().topLeft())
    return top_left.y() >= 0 and top_left.y() + child.height() <= ancestor.height()


@pytest.mark.parametrize("name", [None, "Digits network on few pictures"], ids=["spiral", "two-line-name"])
def test_lessons_note_shows_every_line_at_1280x720(window, qtbot, name):
    if name:  # a project name on two lines (the vision_overfitting lesson's) took the note's last line
        project = Project()
        project.name = name
        window.sidebar.set_project(project)
        qtbot.wait(50)
        assert window.sidebar.name.height() >= 2 * window.sidebar.name.fontMetrics().lineSpacing()
    section = window.lessons.sidebar_section
    note = section.note
    assert (window.width(), window.height()) == (1280, 720)
    assert note.isVisible() and note.wordWrap()
    lines = note.heightForWidth(note.width()) // note.fontMetrics().lineSpacing()
    assert lines >= 2  # the sidebar is narrow: the note wraps
    assert note.height() >= note.heightForWidth(note.width())
    # nothing below it overlaps it: the Browse button starts under its last line
    browse = section.browse_button
    assert browse.mapTo(section, browse.rect().topLeft()).y() >= note.geometry().bottom()
    assert _inside(section, window.sidebar)
    # the lists keep at least three rows each and the Layers dock stays usable
    for view in (window.sidebar.templates, window.sidebar.recent):
        assert view.height() >= 3 * view.sizeHintForRow(0)
    assert window.palette_dock.height() >= 200


def test_a_long_lesson_title_is_shortened_on_the_button_not_cut(window, qtbot):
    section = window.lessons.sidebar_section
    lesson = window.lessons.course().find("transfer_learning")
    assert len(lesson.title) > 60
    width = window.sidebar.width()
    section.set_continue(lesson, LessonProgress(step=2))
    qtbot.wait(50)
    button = section.continue_button
    assert button.isVisible() and not section.note.isVisible()
    assert window.sidebar.width() == width  # the sidebar did not grow
    text = button.text()
    assert text.startswith("Go on with “Transfer") and "…" in text and text.endswith("(step 3 of 6)")
    assert button.fontMetrics().horizontalAdvance(text) <= button.width()
    assert lesson.title in button.toolTip()
    section.set_continue(None, None)
    assert section.note.isVisible() and not button.isVisible()


def test_the_step_text_keeps_room_beside_a_long_task_at_1280x720(window, qtbot):
    """On Build the lesson sits above the Properties: a task with five checks left its text one line."""
    lessons = window.lessons
    assert lessons.open_lesson("vision_overfitting", restart=True)
    for _ in range(3):  # to the batch normalization step: a long text, a task with five checks
        lessons.session.done.add(lessons.session.step.id)
        lessons.next_step()
    assert lessons.session.step.id == "batchnorm"
    qtbot.wait(100)
    panel = lessons.panel
    viewport = panel.scroll.viewport()
    top = panel.text.mapTo(viewport, panel.text.rect().topLeft()).y()
    lines = (viewport.height() - top) // panel.text.fontMetrics().lineSpacing()
    assert lines >= 3, lines
    # the task and its check take at most 40 % of the panel and scroll to their end
    area = panel.task_scroll
    assert area.height() <= 0.4 * panel.height() + 1
    assert area.verticalScrollBar().maximum() > 0
    assert panel.task_box.height() >= panel.task_box.heightForWidth(panel.task_box.width())
