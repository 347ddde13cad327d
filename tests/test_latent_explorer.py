"""Issue 11, VAE: the latent explorer driven with pytest-qt on a tiny VAE trained for real."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.graph import ModelGraph
from deskdl.qt.workers import KeepOnWorker, ModelRef, TrainingHost

pytestmark = pytest.mark.keras

DATA = {"dataset": "digits", "params": {}}


def _graph(variational: bool = True, latent: int = 3) -> ModelGraph:
    g = ModelGraph()
    g.add_node("Input", {"shape": [8, 8, 1]}, node_id="image")
    g.add_node("Flatten", {}, node_id="flat", inputs=["image"])
    g.add_node("Dense", {"units": 32, "activation": "relu"}, node_id="enc", inputs=["flat"])
    if variational:
        g.add_node("Dense", {"units": latent}, node_id="mean", inputs=["enc"])
        g.add_node("Dense", {"units": latent}, node_id="log_var", inputs=["enc"])
        g.add_node("Sampling", {"beta": 0.015625}, node_id="z", inputs=["mean", "log_var"])
    else:
        g.add_node("Dense", {"units": latent}, node_id="z", inputs=["enc"])
    g.add_node("Dense", {"units": 32, "activation": "relu"}, node_id="dec", inputs=["z"])
    g.add_node("Dense", {"units": 64, "activation": "sigmoid"}, node_id="pix", inputs=["dec"])
    g.add_node("Reshape", {"target_shape": [8, 8, 1]}, node_id="out", inputs=["pix"])
    return g


def train_tiny(graph_dict: dict, kind: str, run_id: str) -> KeepOnWorker:
    """Runs on the Keras thread: 2 epochs on the digits; the model stays there."""
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingJob

    job = TrainingJob(graph=graph_dict, data=DATA, kind=kind,
                      training={"optimizer": {"type": "Adam", "learning_rate": 0.003}, "epochs": 2, "seed": 0,
                                "loss": "binary_crossentropy", "metrics": [], "batch_size": 64})
    result = run(job)
    assert result.ok, result.error and result.error.text
    return KeepOnWorker(run_id, result.model)


def _wait_call(qtbot, host, fn, *args):
    got = {}

    def done(tag, result):
        if tag == wanted:
            got["value"] = result

    host.worker.call_finished.connect(done)
    wanted = host.call(fn, *args)
    qtbot.waitUntil(lambda: "value" in got, timeout=120_000)
    host.worker.call_finished.disconnect(done)
    return got["value"]


@pytest.fixture
def host():
    h = TrainingHost()
    yield h
    assert h.shutdown(30_000)


def _explorer(qtbot, host, variational=True):
    from deskdl.qt.latent_explorer import LatentExplorer

    graph = _graph(variational).to_dict()
    kept = _wait_call(qtbot, host, train_tiny, graph, "vae" if variational else "autoencoder",
                      "run-vae" if variational else "run-ae")
    ex = LatentExplorer(host)
    qtbot.addWidget(ex)
    ex.resize(1000, 640)
    ex.show()
    with qtbot.waitSignal(ex.codes_ready, timeout=60_000):
        ex.set_model(kept["model"], graph, DATA)
    qtbot.waitUntil(lambda: ex.last_decoded is not None, timeout=30_000)
    return ex, kept["model"], graph


def test_explorer_plots_codes_decodes_live_latest_only_grid_sliders_and_walk(qtbot, host):
    from deskdl.ml.vae import decode_codes, explore_codes, walk
    from deskdl.qt.latent_explorer import GRID_SIDE, TEXT, WALK_STEPS

    ex, ref, graph = _explorer(qtbot, host)
    assert isinstance(ref, ModelRef)
    codes = _wait_call(qtbot, host, explore_codes, ref, graph, DATA)
    mean = codes["mean"]
    assert mean.shape == (359, 3)  # the digits test part, 3 code numbers
    # the plane: one dot per test picture, one colour (and legend entry) per digit
    assert sum(len(item.data) for item in ex.dots) == 359 and len(ex.dots) == 10
    assert [ex.dim_x.itemText(i) for i in range(3)] == ["code number 1", "code number 2", "code number 3"]
    assert ex.dims == (0, 1) and len(ex.sliders) == 3
    np.testing.assert_allclose(np.sort(ex.dots[0].data["x"]), np.sort(mean[codes["labels"] == 0, 0]),
                               rtol=1e-6)
    assert ex.message.text() == TEXT["vae"] and "no holes" in TEXT["vae"]
    # the pointer on the plane: the marker follows it and the decode of exactly that code arrives
    vb = ex.plot.getViewBox()
    (x0, x1), (y0, y1) = vb.viewRange()
    px, py = x0 + 0.3 * (x1 - x0), y0 + 0.6 * (y1 - y0)  # a point of the plane in view
    scene_pos = vb.mapViewToScene(pg_point(px, py))
    ex.last_decoded = None
    assert ex.plot.sceneBoundingRect().contains(scene_pos), (scene_pos, vb.viewRange())
    ex.view.scene().sigMouseMoved.emit(scene_pos)
    qtbot.waitUntil(lambda: ex.last_decoded is not None, timeout=30_000)
    z = ex.code
    assert z[0] == pytest.approx(px, abs=1e-4) and z[1] == pytest.approx(py, abs=1e-4) and z[2] == 0
    marker = ex.marker.data
    assert (marker["x"][0], marker["y"][0]) == (pytest.approx(z[0]), pytest.approx(z[1]))
    expected = _wait_call(qtbot, host, decode_codes, ref, graph, z[None])
    np.testing.assert_allclose(ex.last_decoded, expected[0], atol=1e-6)
    # a burst of pointer moves: one decode on its way, only the newest waits; the last one is shown
    before = ex.sent
    for x in np.linspace(-1.0, 1.0, 25):
        ex.point_to(float(x), 0.75)
    assert ex.sent - before == 1  # the other 24 wait as one (the newest), not as a queue
    qtbot.waitUntil(lambda: not ex._pending and ex._wanted is None, timeout=30_000)
    assert ex.sent - before == 2
    last = np.array([1.0, 0.75, 0.0], np.float32)
    np.testing.assert_allclose(ex.code, last)
    expected = _wait_call(qtbot, host, decode_codes, ref, graph, last[None])
    np.testing.assert_allclose(ex.last_decoded, expected[0], atol=1e-6)
    # a slider sets a code number that is not on the plane
    ex.last_decoded = None
    ex.sliders[2].setValue(150)
    qtbot.waitUntil(lambda: ex.last_decoded is not None and not ex._pending, timeout=30_000)
    assert ex.code.tolist() == pytest.approx([1.0, 0.75, 1.5])
    assert ex.slider_values[2].text() == "1.50"
    # another pair of code numbers on the plane: the dots move to code numbers 3 and 1
    ex.dim_x.setCurrentIndex(2)
    ex.dim_y.setCurrentIndex(0)
    assert ex.dims == (2, 0) and ex.plot.getAxis("bottom").labelText == "code number 3"
    zeros = np.sort(mean[codes["labels"] == 0, 0])
    np.testing.assert_allclose(np.sort(ex.dots[0].data["y"]), zeros, rtol=1e-6)
    # the grid of decodes over the plane
    qtbot.mouseClick(ex.grid_button, qtbot_left())
    qtbot.waitUntil(lambda: ex.last_grid is not None, timeout=30_000)
    assert ex.last_grid.shape == (GRID_SIDE * GRID_SIDE, 8, 8, 1) and ex.grid_image.isVisible()
    assert ex.grid_image.image.shape == (GRID_SIDE * 9 - 1, GRID_SIDE * 9 - 1)  # 8x8 pictures, 1-pixel gaps
    # a walk between test pictures 0 and 5: 10 decodes from one code to the other
    ex.walk_from.setValue(0)
    ex.walk_to.setValue(5)
    qtbot.mouseClick(ex.walk_button, qtbot_left())
    qtbot.waitUntil(lambda: ex.last_walk is not None, timeout=30_000)
    assert ex.last_walk.shape == (WALK_STEPS, 8, 8, 1)
    path = walk(mean[0], mean[5], WALK_STEPS)
    expected = _wait_call(qtbot, host, decode_codes, ref, graph, path)
    np.testing.assert_allclose(ex.last_walk, expected, atol=1e-5)
    xs, ys = ex.walk_line.getData()
    np.testing.assert_allclose(xs, path[:, 2], rtol=1e-6)
    assert ex.walk_strip.pixmap() is not None and not ex.walk_strip.pixmap().isNull()
    ex.reset()
    assert not ex.ready and ex.dots == [] and ex.sliders == [] and not ex.grid_image.isVisible()
    assert ex.message.text() == TEXT["none"]


def test_an_autoencoders_plane_is_explained_as_having_holes(qtbot, host):
    from deskdl.qt.latent_explorer import TEXT

    ex, _ref, _graph_dict = _explorer(qtbot, host, variational=False)
    assert ex.message.text() == TEXT["ae"]
    assert "full of holes" in TEXT["ae"] and "fills those holes" in TEXT["ae"]
    assert len(ex.sliders) == 3 and ex.last_decoded.shape == (8, 8, 1)


def pg_point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_vae_train_view_keeps_grids_and_scrubs_back(qtbot):
    from deskdl.core import events as ev
    from deskdl.qt.kinds import make_views, views_for
    from deskdl.qt.train.vae_view import WAITING, VaeTrainView

    assert views_for({"kind": "vae"}).train == ("deskdl.qt.train.vae_view:VaeTrainView",)
    [view] = make_views(views_for({"kind": "vae"}).train)
    assert isinstance(view, VaeTrainView)
    qtbot.addWidget(view)
    assert view.epoch_label.text() == WAITING and not view.slider.isEnabled()
    grids = [np.full((71, 71), v, np.float32) for v in (0.1, 0.5, 0.9)]
    for epoch, grid in zip((5, 10, 15), grids):
        view.on_picture(ev.Picture("", "samples", grid, epoch=epoch))
    view.on_picture(ev.Picture("", "something_else", np.zeros((2, 2))))  # not a VAE grid: ignored
    assert [e for e, _, _ in view.kept] == [5.0, 10.0, 15.0] and view.pictures_seen == 3
    assert view.epoch_label.text() == "After epoch 15 (latest)"
    np.testing.assert_array_equal(view.image.image, grids[2])
    view.slider.setValue(0)  # back to the first grid
    assert view.epoch_label.text() == "After epoch 5"
    np.testing.assert_array_equal(view.image.image, grids[0])
    view.on_picture(ev.Picture("", "samples", grids[1], epoch=20))  # looking back: stays there
    assert view.slider.value() == 0 and view.slider.maximum() == 3
    view.on_run_started(ev.RunStarted("", "vae", ("epoch", "batch"), {"epoch": 20}))
    assert view.kept == [] and view.epoch_label.text() == WAITING


def test_evaluate_tab_opens_the_latent_explorer_for_a_vae(qtbot, host):
    from deskdl.core.project import Project
    from deskdl.qt.evaluate_panel import EvaluatePanel

    project = Project(graph=_graph(), data=dict(DATA), kind="vae")
    kept = _wait_call(qtbot, host, train_tiny, project.graph.to_dict(), "vae", "run-eval")
    ev = EvaluatePanel(project, host)
    qtbot.addWidget(ev)
    ev.set_tensorflow_ready(True)
    assert not ev.pages.isTabVisible(1)
    with qtbot.waitSignal(ev.explorer.codes_ready, timeout=60_000):
        ev.set_result({"model": kept["model"], "kind": "vae", "data": dict(DATA), "status": "finished"})
    assert ev.pages.isTabVisible(1) and ev.pages.currentWidget() is ev.explorer
    assert len(ev.explorer.sliders) == 3
    ev.set_project(Project())  # another project: nothing of this one's code space stays
    assert not ev.pages.isTabVisible(1) and not ev.explorer.ready and ev.explorer.dots == []


def test_the_vae_curves_are_named_for_a_learner():
    from deskdl.qt.train.curves import pretty

    assert pretty("kl") == "KL divergence of the codes from N(0, 1)"
    assert pretty("reconstruction") == "Reconstruction loss"
