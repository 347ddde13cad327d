"""Learner events of the uncertainty and filter lessons: a click on the plane, Run on 'What excites a
filter', an uncertainty picture painted, and Show me ticking the uncertainty box."""

from __future__ import annotations

import numpy as np

from tests.test_lessons_gui import _tidy, course_dir, window  # noqa: F401 - pytest fixtures


def test_plane_clicks_excite_runs_and_uncertainty_are_reported(window, qtbot):  # noqa: F811
    from deskdl.qt import settings as app_settings

    assert window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    lessons = window.lessons
    lessons.open_lesson("reading")
    window.select_stage("Train")
    train = window.stage_tab("Train")
    train.boundary.click_point(0.5, -0.25)
    train.boundary.set_uncertainty((-1.2, 1.2, -1.2, 1.2), np.full((4, 4), 0.1, np.float32), 30)
    inspect = window.stage_tab("Inspect")
    window.select_stage("Inspect")
    inspect.tabs.setCurrentWidget(inspect.excite)
    inspect.excite.run_button.click()
    events = [(e.name, dict(e.data)) for e in lessons.session.events]
    assert ("plane_clicked", {"x": 0.5, "y": -0.25}) in events, events
    names = [n for n, _ in events]
    assert "uncertainty_viewed" in names and "filter_excited" in names, names


def test_show_me_ticks_the_uncertainty_box(window, qtbot):  # noqa: F811
    from deskdl.core.lessons.model import Action
    from deskdl.qt import settings as app_settings
    from deskdl.qt.train import boundary as B

    assert window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    lessons = window.lessons
    lessons.open_lesson("reading")
    window.select_stage("Train")
    lessons._do(Action("event", {"name": "uncertainty_viewed"}))
    box = window.stage_tab("Train").boundary
    assert box.answer_line() == B.UNC_NO_MODEL  # the box was ticked; without a trained model it says so
    assert "uncertainty_viewed" in [e.name for e in lessons.session.events]
