"""Issues 11 and 12: the Train tab shows what each kind of project has, and gives its live view room.

A GAN: no empty "Loss" plot (its losses are d_loss and g_loss), no loss, validation or early
stopping settings, a right column wide enough for a square 2-D plane of at least 300 px. An
agent: episodes, not epochs (settings, progress, curves' axis, Stop and Step), a Step of one
episode, and its return plotted by its own view, not twice.
"""

from __future__ import annotations

import pytest

from deskdl.core import events as ev
from deskdl.core.project import Project
from deskdl.paths import resource
from deskdl.qt.train import TrainPanel
from deskdl.qt.train.curves import TrainingCurves
from deskdl.qt.workers import TrainingHost
from tests._fake_training import FakeControl, fake_runner


@pytest.fixture
def hosts():
    made = []
    yield made
    for host in made:
        assert host.shutdown(10_000)


def _panel(qtbot, hosts, template):
    host = TrainingHost(runner=fake_runner(), control_factory=FakeControl)
    hosts.append(host)
    p = TrainPanel(Project.load(resource("templates", template)), host)
    qtbot.addWidget(p)
    p.set_tensorflow_ready(True)
    p.resize(1280, 680)
    p.show()
    qtbot.waitExposed(p)
    return p


def _shown(panel, widget):
    """Shown, or shown once its column is unfolded (at 1280 px the settings column starts folded)."""
    return widget.isVisibleTo(panel.settings if panel.settings.isAncestorOf(widget) else panel)


def test_a_gan_shows_its_own_plots_and_settings(qtbot, hosts):
    panel = _panel(qtbot, hosts, "gan_ring_2d.deskdl")
    assert panel.curves.plot_names() == ["d_loss", "g_loss", "d_real", "d_fake"]  # no empty "Loss"
    assert panel.curves.plot("loss") is None and panel.curves.plot("lr") is None
    s = panel.settings
    assert not _shown(panel, s.loss_box)
    assert not any(_shown(panel, w) for w in (s.validation_split, s.early, s.patience))
    assert _shown(panel, s.epochs) and _shown(panel, s.batch_size)  # a GAN trains in epochs of batches
    assert s.data_box.title() == "Batches and epochs"
    assert not _shown(panel, panel.step_unit)  # a GAN steps one batch
    assert not _shown(panel, panel.doctor)  # it reads a fit's curves only
    assert "validation" not in panel.curves._legend.text()


def test_a_gan_run_adds_plots_for_the_values_it_reports_and_marks_nan_on_its_top_plot(qtbot, hosts):
    panel = _panel(qtbot, hosts, "gan_digits_mlp.deskdl")
    curves = panel.curves
    curves.begin_run("r", "#0072B2", epochs=10)
    curves.add_epoch("r", 1, {"d_loss": 0.7, "g_loss": 0.8, "variety": 0.9, "learning_rate": 0.001})
    assert curves.plot_names() == ["d_loss", "g_loss", "d_real", "d_fake", "variety", "lr"]
    curves.mark_nan("r", 1.5, "loss became NaN")
    [line] = curves._runs["r"].nan_lines
    assert line.getViewBox() is curves.plot("d_loss").getViewBox()
    # The others share the top plot's x axis.
    assert curves.plot("variety").getViewBox().linkedView(0) is curves.plot("d_loss").getViewBox()
    curves.remove_run("r")
    assert line.getViewBox() is None


def test_the_gan_plane_gets_a_square_of_at_least_300_px_at_1280x720(qtbot, hosts):
    panel = _panel(qtbot, hosts, "gan_ring_2d.deskdl")
    [view] = panel.kind_views
    info = {"input_shape": [2], "levels": [-1.0, 1.0], "real_points": [[0.0, 1.0], [1.0, 0.0]],
            "extent": [-1.5, 1.5, -1.5, 1.5]}
    view.on_run_started(ev.RunStarted("r", "gan", ("epoch", "batch"), {"epoch": 3, "batch": 4}, info))
    qtbot.wait(50)
    plane = view.plane_widget
    assert plane.isVisible()
    assert plane.width() >= 300 and plane.height() >= 300, plane.size()
    assert panel._right.width() >= 330


def test_the_right_column_of_a_supervised_project_stays_as_it_was(qtbot, hosts):
    panel = _panel(qtbot, hosts, "mlp_2d.deskdl")
    assert panel.curves.plot_names()[0] == "loss" and panel.curves.plot_names()[-1] == "lr"
    assert panel._right.maximumWidth() == 420 and panel._right.minimumWidth() == 240
    assert _shown(panel, panel.settings.validation_split) and _shown(panel, panel.doctor)
    assert panel.settings.data_box.title() == "Batches and epochs"


def test_an_agent_counts_episodes_and_steps_one_episode(qtbot, hosts):
    panel = _panel(qtbot, hosts, "cartpole_dqn.deskdl")
    s = panel.settings
    # Episodes and the replay batch size are the algorithm's own settings (above): no epochs here.
    assert not _shown(panel, s.epochs) and not _shown(panel, s.batch_size)
    assert not _shown(panel, s.validation_split) and _shown(panel, s.seed)
    assert s.data_box.title() == "Repeatability"
    assert _shown(panel, panel.step_unit)
    assert [panel.step_unit.itemText(i) for i in range(panel.step_unit.count())] == \
        ["one environment step", "one episode"]
    assert panel.curves.plot_names() == ["length", "epsilon", "loss", "buffer_fill"]
    assert panel.curves.plot("loss").getAxis("bottom").labelText == "episode"
    assert "episode" in panel.curves._legend.text()
    # Its return and average are drawn by its own view (with the solved line), not again here.
    panel.curves.begin_run("r", "#0072B2", epochs=600)
    panel.curves.add_epoch("r", 1, {"return": 20.0, "average_100": 20.0, "length": 20.0})
    assert panel.curves.plot("return") is None and panel.curves.series("r", "return", "train") is None
    assert list(panel.curves.series("r", "length", "train").y) == [20.0]


def test_an_agents_progress_and_stop_say_episode(qtbot, hosts):
    panel = _panel(qtbot, hosts, "cartpole_dqn.deskdl")
    panel._run_id = "r"
    panel._reset_run_state()
    panel.curves.begin_run("r", "#0072B2", epochs=panel._epochs)
    assert panel._epochs == 1500  # the algorithm's episodes, not training.epochs (20)
    panel._on_run_started({"run_id": "r", "epochs": 1500, "steps_per_epoch": 500,
                           "scalars": ["return", "average_100", "length", "epsilon", "loss", "buffer_fill"]})
    panel._on_epoch_ended({"run_id": "r", "epoch": 0, "logs": {"return": 12.0, "length": 12.0}})
    panel._update_progress()
    assert panel.progress.format().startswith("Episode 2/1500 ·"), panel.progress.format()
    assert "step" not in panel.progress.format()
    panel.step_unit.setCurrentIndex(1)
    assert panel._step_name() == "episode"


def test_ensure_plots_lays_out_once(qtbot):
    curves = TrainingCurves()
    qtbot.addWidget(curves)
    calls = []
    real = curves._relayout
    curves._relayout = lambda: (calls.append(1), real())
    curves.ensure_plots(["loss", "val_accuracy", "mae", "learning_rate", "epoch"])
    assert curves.plot_names() == ["loss", "accuracy", "mae", "lr"] and len(calls) == 1
    curves.ensure_plots(["accuracy"])
    assert len(calls) == 1  # nothing new: no re-layout


def test_the_text_generator_fits_the_narrow_right_column(qtbot):
    """Issue 11 (sequence kinds): nothing cut at the Train tab's ~330 px; with room, text beside choices."""
    from PySide6.QtWidgets import QBoxLayout

    from deskdl.qt.seq.generate_panel import GenerationPanel

    panel = GenerationPanel()
    qtbot.addWidget(panel)
    panel.resize(330, 420)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.body.direction() == QBoxLayout.Direction.TopToBottom  # the choices under the text
    assert panel.write_button.width() >= panel.write_button.sizeHint().width()  # not cut in half
    assert panel.slider.width() >= 100  # the temperature slider is usable
    qtbot.waitUntil(lambda: panel.output.width() >= 300 and panel.choices.width() >= 300)  # the whole width
    panel.resize(760, 420)
    qtbot.waitUntil(lambda: panel.body.direction() == QBoxLayout.Direction.LeftToRight)
    qtbot.waitUntil(lambda: panel.output.width() > panel.choices.width())
    assert panel.choices.maximumWidth() == 220


def test_the_run_list_speaks_of_each_kinds_settings(qtbot, hosts):
    from deskdl.qt.train import jobs

    agent = _panel(qtbot, hosts, "cartpole_dqn.deskdl")
    assert jobs.run_label(agent.project, "run-1") == "run-1: Adam lr=0.002, 1500 episodes (training…)"
    tip = agent._tooltip(agent.project.training)
    assert tip.splitlines()[1] == "CartPole-v1, 1500 episodes" and "crossentropy" not in tip
    record = {"id": "run-1", "kind": "dqn", "status": "stopped", "epochs_run": 12, "duration_s": 3.0,
              "settings": {**agent.project.training, "algorithm": {"env": "CartPole-v1", "episodes": 50}},
              "history": {"return": [1.0]}}
    assert agent._tooltip(agent.project.training, record).splitlines()[1:] == \
        ["CartPole-v1, 50 episodes", "stopped after 12 episodes in 3.0 s"]
    gan = _panel(qtbot, hosts, "gan_ring_2d.deskdl")
    assert "loss" not in gan._tooltip(gan.project.training)  # a GAN has no compiled loss
    plain = _panel(qtbot, hosts, "mlp_2d.deskdl")
    assert plain._tooltip(plain.project.training).splitlines()[1].startswith("loss ")
    assert ", batch " in jobs.run_label(plain.project, "run-1")
