"""Issue 12: the agent's live view (environment, bars, speed, returns, watch and play) with pytest-qt."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from deskdl.core import events as ev
from deskdl.qt import kinds as qt_kinds
from deskdl.rl import pace as pace_mod
from deskdl.rl.render import scene


@pytest.fixture
def view(qtbot):
    from deskdl.qt.rl.view import RlTrainView

    before = pace_mod.PACE.mode
    v = RlTrainView()
    qtbot.addWidget(v)
    v.resize(640, 480)
    v.show()
    yield v
    pace_mod.PACE.mode = before


def _started(env="CartPole-v1", threshold=475.0, names=("push left", "push right"), kind="q"):
    info = {"env": env, "threshold": threshold, "action_names": list(names), "values_kind": kind}
    return ev.RunStarted("r1", "dqn", ("episode", "step"), {"episode": 10, "step": 500}, info)


def test_rl_kinds_have_the_view():
    for kind in ("dqn", "policy_gradient"):
        views = qt_kinds.views_for({"kind": kind})
        assert views.train == ("deskdl.qt.rl.view:RlTrainView",) and not views.decision_boundary


def test_cartpole_scene_geometry():
    s = scene("CartPole-v1", [1.0, 0.0, math.pi / 6, 0.0])
    xs, ys = s["lines"]["pole"]
    assert xs == [1.0, pytest.approx(1.5)] and ys == [0.0, pytest.approx(math.sqrt(3) / 2)]
    assert s["lines"]["cart"][0][:2] == [pytest.approx(0.8), pytest.approx(1.2)]
    tip = scene("Acrobot-v1", [1, 0, 1, 0, 0, 0])["points"]["tip"]  # both links hang straight down
    assert tip == (pytest.approx(0.0), pytest.approx(-2.0))


def test_frames_draw_the_state_and_bars_show_the_choice(view):
    view.on_run_started(_started())
    assert view.solved_line.value() == 475.0 and view.solved_line.isVisible()
    view.on_picture(ev.Picture("r1", "env", np.array([0.5, 0, -0.2, 0], np.float32),
                               meta={"env": "CartPole-v1", "values": [1.0, 3.0], "values_kind": "q",
                                     "action": 1}))
    xs, ys = view._lines["pole"].getData()
    assert xs[0] == pytest.approx(0.5) and xs[1] == pytest.approx(0.5 + math.sin(-0.2))
    assert list(view.bar_heights) == [1.0, 3.0]
    brushes = view.bars.opts["brushes"]
    assert brushes[1] != brushes[0]  # the chosen action stands out
    ticks = view.bars_plot.getAxis("bottom")._tickLevels[0]
    assert [t[1] for t in ticks] == ["left", "right"]  # short words under narrow bars; full names in the tip
    assert "left = push left" in view.bars_plot.toolTip() and "right = push right" in view.bars_plot.toolTip()
    # A policy's scores show as probabilities.
    view.set_bars([0.0, math.log(3.0)], 0, "logits")
    assert view.bar_heights == pytest.approx([0.25, 0.75])


def test_before_the_agent_acts_the_bars_show_an_empty_labelled_state(view):
    """No value axis for bars of nothing (it read 0 to 0.10) but a note; the first values bring the axis."""
    from deskdl.qt.rl.view import NO_VALUES_YET

    view.on_run_started(_started())
    left = view.bars_plot.getPlotItem().getAxis("left")
    assert not left.isVisible() and view.bars_empty.isVisible()
    assert view.bars_empty.textItem.toPlainText() == NO_VALUES_YET
    view.on_picture(ev.Picture("r1", "env", np.zeros(4, np.float32),
                               meta={"env": "CartPole-v1", "values": [12.0, 14.0], "values_kind": "q",
                                     "action": 1}))
    assert left.isVisible() and not view.bars_empty.isVisible()
    lo, hi = view.bars_plot.getViewBox().viewRange()[1]
    assert lo <= 0.0 and 14.0 <= hi < 30.0  # the axis follows the Q-values
    view.reset()  # the next run starts empty again
    assert not left.isVisible() and view.bars_empty.isVisible()


def test_a_frame_sets_only_what_moves(view):
    """30 frames a second in real time: the track is set once, the pole each frame, the axle moved."""
    changed = {"track": 0, "pole": 0}
    for name in changed:
        view._lines[name].sigPlotChanged.connect(lambda *_a, n=name: changed.__setitem__(n, changed[n] + 1))
    for x in (0.1, 0.2, 0.3):
        view.draw_state([x, 0.0, 0.05, 0.0])
    assert changed == {"track": 0, "pole": 3}
    assert view._points["axle"].pos().x() == pytest.approx(0.3)
    xs, _ys = view._lines["cart"].getData()
    assert xs[0] == pytest.approx(0.1)  # 0.3 - half the cart's 0.4


def test_the_q_value_axis_is_set_again_only_when_the_values_outgrow_it(view):
    """Following each frame's Q-values re-ticked the axis on every other frame (15 a second in real time)."""
    view.on_run_started(_started())
    changes = []
    view.bars_plot.getViewBox().sigYRangeChanged.connect(lambda *_a: changes.append(1))
    rng = np.random.default_rng(0)
    for _ in range(200):  # an episode's Q-values wander between 2 and 10
        view.set_bars(list(rng.uniform(2.0, 10.0, 2)), 0, "q")
    assert len(changes) <= 2
    lo, hi = view.bars_plot.getViewBox().viewRange()[1]
    assert lo == 0.0 and 10.0 <= hi <= 15.0
    view.set_bars([30.0, 31.0], 1, "q")  # the agent learnt: the axis grows with it
    assert view.bars_plot.getViewBox().viewRange()[1][1] >= 31.0
    view.set_bars([-5.0, 2.0], 1, "q")
    assert view.bars_plot.getViewBox().viewRange()[1][0] <= -5.0


def test_returns_plot_with_moving_average(view, qtbot):
    view.on_run_started(_started())
    for i, r in enumerate([10.0, 20.0, 30.0]):
        view.on_scalars(ev.Scalars("r1", i, -1, {"return": r, "average_100": (10.0 + r) / 2 if i else r},
                                   per=ev.PER_EPOCH))
    view.on_scalars(ev.Scalars("r1", 3, 5, {"loss": 1.0}))  # a batch row is not an episode
    qtbot.waitUntil(lambda: view.return_curve.getData()[0] is not None
                    and len(view.return_curve.getData()[0]) == 3, timeout=2000)  # the redraw timer drew them
    xs, ys = view.return_curve.getData()
    assert list(xs) == [1, 2, 3] and list(ys) == [10.0, 20.0, 30.0]
    assert list(view.average_curve.getData()[1]) == [10.0, 15.0, 20.0]


def test_the_speed_control_sets_the_pace(view, qtbot):
    i = view.speed.findData(pace_mod.OFF)
    view.speed.setCurrentIndex(i)
    assert pace_mod.PACE.mode == "off"
    view.speed.setCurrentIndex(view.speed.findData(pace_mod.REALTIME))
    assert pace_mod.PACE.mode == "realtime"


def test_watch_the_agent_plays_greedy_with_the_trained_layers(view, qtbot):
    view.on_run_started(_started())
    assert not view.watch_button.isEnabled()
    # A hand-made "network": push towards where the pole leans (a classic CartPole controller).
    w = np.array([[0, 0], [0, 0], [-10, 10], [-1, 1]], np.float32)
    layers = [{"w": w, "b": np.zeros(2, np.float32), "activation": "linear"}]
    view.on_picture(ev.Picture("r1", "agent", np.zeros(1), meta={"layers": layers, "output": "q",
                                                                  "greedy_return": 500.0}))
    assert view.watch_button.isEnabled()
    assert view.agent_action([0, 0, 0.1, 0])[0] == 1 and view.agent_action([0, 0, -0.1, 0])[0] == 0
    qtbot.mouseClick(view.watch_button, Qt.MouseButton.LeftButton)
    assert view.watch_button.text() == "Stop"
    qtbot.waitUntil(lambda: view._return >= 20, timeout=5000)  # it keeps the pole up
    qtbot.mouseClick(view.watch_button, Qt.MouseButton.LeftButton)
    assert view.watch_button.text() == "Watch the agent" and view._env is None


def test_the_learner_plays_cartpole_with_the_arrow_keys(view, qtbot):
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    assert view._mode == "play"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view._key_action == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view._key_action == 1
    # Always pushing right tips the pole over within a second or two.
    qtbot.waitUntil(lambda: view.last_human_return is not None, timeout=10_000)
    assert 5 <= view.last_human_return < 100
    assert view.status.text().startswith(f"Your return: {view.last_human_return:.0f}")


def test_the_train_tab_trains_an_agent_and_its_view_follows(qtbot):
    """The real Train tab, worker and DQN trainer: progress, the view's frames, returns and the agent."""
    from pathlib import Path

    from deskdl.core.project import Project
    from deskdl.qt.rl.view import RlTrainView
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.workers import TrainingHost

    root = Path(__file__).resolve().parents[1]
    p = Project.load(root / "resources" / "templates" / "cartpole_dqn.deskdl")
    p.algorithm = {**p.algorithm, "episodes": 6, "eval_every": 0}
    before = pace_mod.PACE.mode
    pace_mod.PACE.mode = pace_mod.FAST  # episode 0 is drawn
    host = TrainingHost()
    panel = TrainPanel(p, host)
    qtbot.addWidget(panel)
    panel.set_tensorflow_ready(True)
    panel.resize(1300, 800)
    panel.show()
    try:
        [view] = panel.kind_views
        assert isinstance(view, RlTrainView) and view.isVisibleTo(panel)
        assert not panel.boundary.isVisibleTo(panel)
        panel.start()
        qtbot.waitUntil(lambda: not panel.host.training, timeout=120_000)
        qtbot.wait(100)
        assert "6 of 6" in panel.progress.format()
        assert len(view.returns) == 6 and view.frames >= 1
        assert view.solved_line.value() == 475.0
        assert view.watch_button.isEnabled()  # the trained network arrived as NumPy layers
        assert panel.project.runs[-1]["kind"] == "dqn"
        assert len(panel.project.runs[-1]["history"]["return"]) == 6
    finally:
        pace_mod.PACE.mode = before
        assert host.shutdown(10_000)


def test_an_agents_train_tab_keeps_a_1280x720_window_its_size(qtbot, monkeypatch, tmp_path):
    """Build's docks and the agent's Train page must not add up while the tab changes (the window grew)."""
    from pathlib import Path

    from qt_helpers import make_window

    window = make_window(qtbot, monkeypatch, tmp_path)
    root = Path(__file__).resolve().parents[1]
    assert window.open_project(str(root / "resources" / "templates" / "cartpole_dqn.deskdl"))
    assert window.install_stage_tabs()
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    for name in ("Train", "Build", "Train", "Evaluate", "Build"):
        window.select_stage(name)
        qtbot.wait(30)
        assert (window.width(), window.height()) == (1280, 720), name


@pytest.mark.parametrize("env_id", ["CartPole-v1", "Acrobot-v1", "MountainCar-v0"])
def test_every_action_has_a_short_distinct_label(env_id):
    from deskdl.core.rl import ENVS
    from deskdl.qt.rl.view import short_name

    labels = [short_name(a) for a in ENVS[env_id].action_names]
    assert len(set(labels)) == len(labels) and all(len(t) <= 5 for t in labels), labels


def test_before_a_run_the_view_shows_the_projects_task_in_plain_words(qtbot, monkeypatch):
    """The Train tab's agent view names the chosen task, its state, actions, reward and solved rule."""
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from deskdl.core.project import Project
    from deskdl.qt.rl.view import RlTrainView
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.workers import TrainingHost

    root = Path(__file__).resolve().parents[1]
    host = TrainingHost()
    p = Project.load(root / "resources" / "templates" / "cartpole_reinforce.deskdl")
    panel = TrainPanel(p, host)
    qtbot.addWidget(panel)
    try:
        [view] = panel.kind_views
        assert isinstance(view, RlTrainView)
        assert view.status.text() == ("Balance a pole on a cart (CartPole-v1). Solved: an average return of "
                                      "475 over 100 episodes.")
        assert view.solved_line.isVisible() and view.solved_line.value() == 475.0  # the goal, before a run
        text = view.task_text()  # behind the link under it (and its tooltip)
        assert text.startswith("State: 4 numbers") and view.task_link.toolTip() == text
        assert "Reward: +1 for every step" in text and "Solved: an average return of 475" in text
        boxes = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a: boxes.append(a[1:]))
        view.task_link.linkActivated.emit("task")
        assert boxes == [("Balance a pole on a cart (CartPole-v1)", text)]
        # A policy's answer, not Q-values:
        assert view.bars_plot.getPlotItem().titleLabel.text == "probabilities"
        # Another task chosen in the settings: the picture, the bars and the words follow.
        combo = panel.algorithm_form.editors["env"]
        combo.setCurrentIndex(combo.findData("Acrobot-v1"))
        assert view.env_id == "Acrobot-v1" and "link_1" in view._lines
        assert view.status.text().startswith("Swing up a two-link arm (Acrobot-v1). Solved: an average")
        assert view.task_link.toolTip() == view.task_text() and view.task_text().startswith("State: 6 ")
        assert len(view.bar_heights) == 3 and view.solved_line.value() == -100.0
        combo.setCurrentIndex(combo.findData("Pendulum-v1"))
        assert view.bars_plot.getPlotItem().titleLabel.text == "mean action" and len(view.bar_heights) == 1
    finally:
        assert host.shutdown(10_000)


def test_an_agents_finished_run_is_listed_with_its_greedy_return():
    from deskdl.qt.train.jobs import past_run_label, run_tooltip

    agent = {"id": "run-1", "status": "early_stopped", "kind": "policy_gradient", "epochs_run": 60,
             "settings": {"optimizer": {"type": "Adam", "learning_rate": 0.01}},
             "final": {"return": 500.0, "loss": 0.0075}, "test": {"greedy_return": 481.7, "solved": 1.0}}
    # It stopped because it solved the task: the list says solved (not its record's early_stopped).
    assert past_run_label(agent, 0) == "run-1: Adam lr=0.01 · return 482 in 100 greedy games · solved"
    assert run_tooltip(agent["settings"], agent).splitlines()[2] == "solved after 60 episodes in 0.0 s"
    agent["test"] = {"greedy_return": 78.5, "solved": 0.0}
    agent["status"] = "stopped"
    assert past_run_label(agent, 0) == "run-1: Adam lr=0.01 · return 78 in 100 greedy games · stopped"
    fit = {**agent, "kind": "supervised", "test": {}, "final": {"val_loss": 0.25, "val_accuracy": 0.9}}
    assert "· loss 0.25, acc 90.0% ·" in past_run_label(fit, 0)


def test_choosing_another_task_lists_the_networks_misfits_with_fixes(qtbot, monkeypatch, tmp_path):
    """CartPole's network (4 in, 2 out) on Acrobot (6 numbers, 3 actions): two problems, two Fix buttons."""
    from pathlib import Path

    from qt_helpers import close_quietly, guard_dialogs, make_window

    guard_dialogs(monkeypatch)
    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        root = Path(__file__).resolve().parents[1]
        assert window.open_project(str(root / "resources" / "templates" / "cartpole_dqn.deskdl"))
        assert window.install_stage_tabs()
        assert not [d for d in window.problems.diagnostics if d.severity == "error"]
        combo = window.stage_tab("Train").algorithm_form.editors["env"]
        combo.setCurrentIndex(combo.findData("Acrobot-v1"))
        qtbot.waitUntil(lambda: any(d.severity == "error" for d in window.problems.diagnostics), timeout=3000)
        errors = [d for d in window.problems.diagnostics if d.severity == "error"]
        assert "but Acrobot-v1 gives 6 numbers each step" in errors[0].message, errors
        assert window.problems.fix_button(0).toolTip().find("Set shape to (6,)") >= 0
        window.problems.fix_button(0).click()
        qtbot.waitUntil(lambda: "must give 3 numbers" in window.problems.diagnostics[0].message, timeout=3000)
        window.problems.fix_button(0).click()  # Set units to 3
        qtbot.waitUntil(lambda: not [d for d in window.problems.diagnostics if d.severity == "error"],
                        timeout=3000)
        assert window.project.graph.nodes["q_values"].params["units"] == 3
    finally:
        close_quietly(window)


def test_a_solved_agents_progress_says_solved(qtbot):
    """An agent that stops because 100 greedy games reached the goal is 'Solved', not 'Early stopped'."""
    import time
    from pathlib import Path

    from deskdl.core.project import Project
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.workers import TrainingHost

    root = Path(__file__).resolve().parents[1]
    host = TrainingHost()
    panel = TrainPanel(Project.load(root / "resources" / "templates" / "cartpole_dqn.deskdl"), host)
    qtbot.addWidget(panel)
    try:
        for solved, words in ((1.0, "Solved after episode 60 of 1500"),
                              (0.0, "Early stopped after episode 60 of 1500")):
            panel._run_id, panel._t0, panel._epoch, panel._epochs = "run-1", time.monotonic(), 60, 1500
            panel._units = ("episode", "step")
            result = {"status": "early_stopped", "early_stop": "solved: ...", "history": {"return": [1.0]},
                      "test": {"greedy_return": 480.0, "solved": solved}}
            panel._on_run_finished({"run_id": "run-1", "result": result})
            assert panel.progress.format() == words
    finally:
        assert host.shutdown(10_000)


def test_the_evaluate_tab_shows_an_agents_greedy_games_and_measures_no_data_set(qtbot, monkeypatch):
    """An agent's project keeps an unused data block (a 2-D set): measuring the agent on it ended every run
    in an error dialog (expected shape=(None, 4), found (100, 2)); Evaluate reads its greedy games instead."""
    from pathlib import Path

    from deskdl.core.project import Project
    from deskdl.qt.evaluate_panel import EvaluatePanel
    from deskdl.qt.workers import ModelRef, TrainingHost

    root = Path(__file__).resolve().parents[1]
    p = Project.load(root / "resources" / "templates" / "cartpole_dqn.deskdl")
    host = TrainingHost()
    calls = []
    monkeypatch.setattr(host, "call", lambda fn, *a, **k: calls.append(fn.__name__) or "tag")
    try:
        panel = EvaluatePanel(p, host)
        qtbot.addWidget(panel)
        panel.set_tensorflow_ready(True)
        panel.set_result({"model": ModelRef("run-1"), "kind": "dqn", "status": "early_stopped",
                          "test": {"greedy_return": 481.7, "solved": 1.0}, "data": dict(p.data)})
        assert calls == []  # nothing measured on the data block
        assert "in 100 greedy games (always its best action) it averaged a return of 482, which solves the " \
               "task" in panel.message.text()
        panel.set_result({"model": ModelRef("run-2"), "kind": "dqn", "status": "stopped",
                          "test": {"greedy_return": 61.0, "solved": 0.0}, "data": dict(p.data)})
        assert calls == [] and "a return of 61. Watch it play" in panel.message.text()
    finally:
        assert host.shutdown(10_000)
