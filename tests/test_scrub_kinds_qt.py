"""Issue 16: the Train tab's one epoch slider also moves a GAN's or VAE's sample grid and the attention maps.

Also: the slider stays hidden until a run has more than one epoch to scrub.
"""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.events import Picture
from deskdl.core.project import Project
from deskdl.paths import resource
from deskdl.qt.train import TrainPanel
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
    p.resize(1280, 720)
    p.show()
    p._run_id = "r"  # as if a run of this project were on
    return p


def _send(panel, picture):
    """A picture through the worker's latest-only mailbox to the panel, as the worker's poke does."""
    panel.host.mailbox.put(picture)
    panel._on_pictures_waiting()


def _grid(name, epoch, value):
    return Picture("r", name, np.full((4, 3, 3), value, np.float32), epoch=epoch, levels=(0.0, 1.0))


def test_the_scrub_slider_is_hidden_until_there_is_something_to_scrub(qtbot, hosts):
    panel = _panel(qtbot, hosts, "mlp_2d.deskdl")
    assert panel.scrub.isHidden() and not panel.scrub.isEnabled()
    panel._add_scrub_epoch(1.0)
    assert panel.scrub.isHidden()  # one epoch: nothing to move between
    panel._add_scrub_epoch(2.0)
    assert panel.scrub.isVisible() and panel.scrub.isEnabled()
    panel._reset_run_state()  # a new run starts from nothing
    assert panel.scrub.isHidden()


def test_scrubbing_moves_the_gan_sample_grid(qtbot, hosts):
    panel = _panel(qtbot, hosts, "gan_digits_mlp.deskdl")
    view = panel.kind_views[0]
    assert type(view).__name__ == "GanTrainView"
    for e in (1, 2, 3, 4):
        _send(panel, _grid("samples", e - 0.5, e / 10 - 0.05))
        _send(panel, _grid("samples_epoch", float(e), e / 10))
    _send(panel, _grid("samples", 4.5, 0.45))  # the live grid, half-way through epoch 5
    assert panel.scrub.isVisible() and panel.scrub._epochs == [1.0, 2.0, 3.0, 4.0]
    assert np.nanmax(view.grid_image.image) == pytest.approx(0.45)
    with qtbot.waitSignal(panel.scrubbed) as got:
        panel.scrub.slider.setValue(1)
    assert got.args == [2.0]
    assert view.slider.value() == 1 and np.nanmax(view.grid_image.image) == pytest.approx(0.2)
    assert view.slider_label.text() == "after 2"
    _send(panel, _grid("samples", 4.8, 0.48))  # looking back: the new live grid waits
    assert np.nanmax(view.grid_image.image) == pytest.approx(0.2)
    panel.scrub.slider.setValue(3)  # the right end: the view follows the run again
    assert view.following and np.nanmax(view.grid_image.image) == pytest.approx(0.48)


def test_scrubbing_moves_the_vae_sample_grid(qtbot, hosts):
    panel = _panel(qtbot, hosts, "vae_digits.deskdl")
    view = panel.kind_views[0]
    assert type(view).__name__ == "VaeTrainView"
    for e in (1, 2, 3):
        _send(panel, Picture("r", "samples", np.full((5, 5), e / 10, np.float32), epoch=float(e)))
    assert panel.scrub._epochs == [1.0, 2.0, 3.0]
    panel.scrub.slider.setValue(0)
    assert view.slider.value() == 0 and view.epoch_label.text() == "After epoch 1"
    assert float(view.image.image.max()) == pytest.approx(0.1)
    panel.scrub.slider.setValue(2)
    assert view.epoch_label.text() == "After epoch 3 (latest)"


def _maps(value, steps=10):
    m = np.full((1, 2, steps, steps), 0.0, np.float32)
    m[0, 0, :, 0] = value
    return m


def _attention(epoch, value):
    meta = {"layers": ["attention"], "inputs": list("0123456789"), "answers": list("9876543210")}
    return Picture("r", "attention", _maps(value), epoch=epoch, levels=(0.0, 1.0), meta=meta)


def test_scrubbing_moves_the_attention_maps(qtbot, hosts):
    panel = _panel(qtbot, hosts, "transformer_reverse.deskdl")
    view = panel.kind_views[0]
    assert type(view).__name__ == "AttentionTrainView"
    for epoch, value in ((0.5, 0.05), (1.0, 0.1), (1.5, 0.15), (2.0, 0.2), (3.0, 0.3), (3.5, 0.35)):
        _send(panel, _attention(epoch, value))
    assert view.scrub_epochs() == [1.0, 2.0, 3.0]  # only epoch ends are kept
    assert panel.scrub._epochs == [1.0, 2.0, 3.0]
    assert view.images[0].image[0, 0] == pytest.approx(0.35)  # the newest, live
    panel.scrub.slider.setValue(1)
    assert view.images[0].image[0, 0] == pytest.approx(0.2, abs=1e-3)  # float16 copies
    assert view.status.text().startswith("Test example: 0 1 2 3 4 5 6 7 8 9 -> 9 8 7 6 5 4 3 2 1 0; "
                                         "maps after 2 epochs (scrubbed back")
    _send(panel, _attention(3.8, 0.38))  # scrubbed back: the live maps wait
    assert view.images[0].image[0, 0] == pytest.approx(0.2, abs=1e-3)
    panel.scrub.slider.setValue(0)
    assert view.images[0].image[0, 0] == pytest.approx(0.1, abs=1e-3)
    panel.scrub.slider.setValue(2)  # the right end: the newest maps again
    assert view.images[0].image[0, 0] == pytest.approx(0.38)
    assert view.status.text().endswith("maps after 3.8 epochs")


def test_attention_snapshots_stay_within_their_memory_budget(qtbot):
    from deskdl.qt.seq import attention_view

    view = attention_view.AttentionTrainView()
    qtbot.addWidget(view)
    big = np.zeros((2, 4, 40, 40), np.float32)  # 12,800 values: 25.6 kB in float16
    for e in range(1, 501):
        view.on_picture(Picture("r", "attention", big, epoch=float(e), meta={}))
    kept = view.scrub_epochs()
    assert view.snapshots.nbytes <= attention_view.MAX_SNAPSHOT_BYTES
    assert kept[0] == 1.0 and kept[-1] == 500.0 and 40 < len(kept) <= 164
    gaps = np.diff(kept[:-1])
    assert gaps.min() == gaps.max()  # evenly spread over the whole run
