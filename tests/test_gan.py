"""Issue 11, GANs: core checks and measures, the trainer on tiny data, the views, the role switcher."""

from __future__ import annotations

import math

import numpy as np
import pytest

from deskdl import paths
from deskdl.core import datagen
from deskdl.core import gan as G
from deskdl.core.analysis import ERROR, WARNING
from deskdl.core.events import Picture, RunStarted, Scalars
from deskdl.core.graph import ModelGraph
from deskdl.core.kinds import get_kind
from deskdl.core.project import Project


def dense_graph(prefix: str, shape, layers):
    """Input of ``shape``, then Dense layers ``(units, activation)``: ids ``<prefix>_in``, ``<prefix>_1``."""
    nodes = [{"id": f"{prefix}_in", "type": "Input", "params": {"shape": list(shape)}}]
    last = f"{prefix}_in"
    for i, (units, act) in enumerate(layers, 1):
        nid = f"{prefix}_{i}"
        nodes.append(
            {"id": nid, "type": "Dense", "params": {"units": units, "activation": act}, "inputs": [last]}
        )
        last = nid
    return {"nodes": nodes}


GEN_2D = dense_graph("g", (4,), [(16, "relu"), (2, "linear")])
DISC_2D = dense_graph("d", (2,), [(16, "relu"), (1, "sigmoid")])


def template(name: str) -> Project:
    return Project.load(paths.resources_dir() / "templates" / f"{name}.deskdl")


# ------------------------------------------------------------------ core: data and checks
def test_ring_of_gaussians_puts_every_point_near_one_of_8_centres():
    x, y = datagen.ring_of_gaussians(400, 0.0, 1)
    assert x.shape == (400, 2) and x.dtype == np.float32 and y.dtype == np.int64
    assert sorted(set(y.tolist())) == list(range(8))
    c = datagen.ring_centres()
    assert c.shape == (8, 2) and np.allclose(np.hypot(c[:, 0], c[:, 1]), 0.8)
    assert np.allclose(c[0], [0.8, 0.0]) and np.allclose(c[2], [0.0, 0.8], atol=1e-6)
    dist = np.linalg.norm(x - c[y], axis=1)
    assert dist.max() < 5 * datagen.ring_std(0.0) == pytest.approx(0.25)
    np.testing.assert_array_equal(x, datagen.ring_of_gaussians(400, 0.0, 1)[0])


def test_ring8_data_set_loads_as_2d_points_in_the_plot_extent():
    from deskdl.ml import datasets

    b = datasets.load("ring8", {"samples": 500, "seed": 2})
    assert b.x_train.shape == (400, 2) and b.x_test.shape == (100, 2)
    assert b.kind == "points2d" and b.class_names[0] == "0" and b.n_classes == 8
    assert np.abs(b.x_train).max() < datagen.EXTENT_2D[1]


def test_a_fitting_gan_has_no_problems_and_each_template_fits_its_data():
    assert G.gan_problems({"generator": GEN_2D, "discriminator": DISC_2D}, (2,)) == []
    from deskdl.ml import datasets

    for name in ("gan_digits_mlp", "gan_ring_2d", "dcgan_shapes"):
        p = template(name)
        assert p.kind == "gan" and list(p.graphs) == ["generator", "discriminator"]
        assert G.gan_problems(p.graphs, datasets.get(p.data["dataset"]).input_shape) == [], name


def test_a_missing_role_is_one_error_with_its_fix():
    problems = G.gan_problems({"generator": GEN_2D}, (2,))
    assert [(d.severity, d.message) for d in problems] == [
        (ERROR, "the GAN has no discriminator: it needs a discriminator and a generator")
    ]
    assert problems[0].fix == (
        "switch the Build tab to Discriminator and draw one that reads a sample and "
        "gives 1 number: real (1) or fake (0), or start from a GAN template"
    )


def test_a_generator_that_does_not_make_the_data_shape_is_told_how_to_fix_it():
    gen = dense_graph("g", (4,), [(64, "sigmoid")])
    disc = dense_graph("d", (8, 8, 1), [(1, "sigmoid")])  # Dense on an image: acts on the last axis
    disc["nodes"][1]["inputs"] = ["d_flat"]
    disc["nodes"].insert(1, {"id": "d_flat", "type": "Flatten", "inputs": ["d_in"]})
    (p,) = [
        d for d in G.gan_problems({"generator": gen, "discriminator": disc}, (8, 8, 1)) if d.node_id == "g_1"
    ]
    assert (
        p.message == "the generator makes samples of shape (64,), but the data's samples have shape (8, 8, 1)"
    )
    assert p.fix == "add a Reshape to (8, 8, 1) at the end of the generator"
    gen = dense_graph("g", (4,), [(10, "sigmoid")])
    (p,) = [
        d for d in G.gan_problems({"generator": gen, "discriminator": disc}, (8, 8, 1)) if d.node_id == "g_1"
    ]
    assert p.fix == "give g_1 64 units and add a Reshape to (8, 8, 1) after it"


def test_the_discriminator_must_read_the_data_shape_and_end_in_one_unit():
    disc = dense_graph("d", (3,), [(2, "softmax")])
    problems = G.gan_problems({"generator": GEN_2D, "discriminator": disc}, (2,))
    assert [(d.node_id, d.severity) for d in problems] == [("d_in", ERROR), ("d_1", ERROR), ("d_1", WARNING)]
    assert problems[0].message == (
        "the discriminator's Input d_in takes shape (3,), but it must read samples shaped like the data, (2,)"
    )
    assert problems[0].fix == "set the shape of d_in to (2,)"
    assert problems[1].message == (
        "the discriminator ends in shape (2,), but it must give 1 number per sample (how real it looks)"
    )
    assert problems[1].fix == "set d_1's units to 1 (activation sigmoid)"
    assert problems[2].fix == "set d_1's activation to sigmoid"


def test_the_noise_must_be_one_flat_input():
    gen = dense_graph("g", (4, 4), [(2, "linear")])
    (p,) = G.gan_problems({"generator": gen, "discriminator": DISC_2D}, (2,))
    assert p.node_id == "g_in" and p.message.startswith("the generator's Input g_in has shape (4, 4)")
    assert G.noise_size(ModelGraph.from_dict(GEN_2D)) == 4


def test_variety_is_one_for_the_data_itself_and_zero_when_all_samples_are_alike():
    rng = np.random.default_rng(0)
    real = rng.normal(size=(64, 8, 8, 1))
    assert G.variety(real, real) == pytest.approx(1.0)
    same = np.repeat(real[:1], 64, axis=0)
    assert G.variety(same, real) == 0.0
    assert G.collapsed(0.1) and not G.collapsed(0.9) and not G.collapsed(float("nan"))
    assert G.collapsed(0.1, best=0.8) and not G.collapsed(0.1, best=0.15)  # lost, versus not yet gained
    assert G.variety_text(0.1, best=0.8) == (
        "Mode collapse: the samples have lost their variety (they differ 10% as much as real samples do, "
        "down from 80%)."
    )
    assert G.variety_text(0.1, best=0.12).startswith(
        "The samples still look alike (they differ 10% as much as real samples do): early on"
    )
    assert G.variety_text(0.93) == (
        "Variety: the samples differ 93% as much as real samples do (100% is like the data)."
    )
    # exact: two samples at distance 5, one pair
    assert G.mean_pairwise_distance(np.array([[0.0, 0.0], [3.0, 4.0]])) == pytest.approx(5.0)


def test_modes_covered_counts_a_mode_only_with_enough_points_near_it():
    centres = datagen.ring_centres()
    pts = np.repeat(centres[:3], 40, axis=0)  # 120 points, 40 on each of the first 3 modes
    assert G.modes_covered(pts, centres, 0.15) == [True, True, True] + [False] * 5
    pts = np.concatenate([pts, centres[3:4]])  # 1 point on mode 3: below a quarter of a fair share (3.8)
    assert G.modes_covered(pts, centres, 0.15)[3] is False


def test_gan_settings_are_checked_in_plain_words():
    kind = get_kind("gan")
    assert kind.defaults() == {"d_steps": 1, "g_steps": 1, "label_smoothing": 0.0, "sample_every": 5}
    assert kind.check({"label_smoothing": 0.7}) == [
        "algorithm.label_smoothing must be from 0 to 0.5, not 0.7"
    ]
    assert kind.check({"d_steps": 0}) == ["algorithm.d_steps must be from 1 to 20, not 0"]


# ------------------------------------------------------------------ the trainer (tiny Keras runs)
def gan_job(**overrides):
    from deskdl.ml.training import TrainingJob

    kw = dict(
        graph=GEN_2D,
        graphs={"generator": GEN_2D, "discriminator": DISC_2D},
        kind="gan",
        data={"dataset": "ring8", "params": {"samples": 320}},
        training={
            "optimizer": {"type": "Adam", "learning_rate": 0.002, "beta_1": 0.5},
            "epochs": 3,
            "batch_size": 32,
            "seed": 0,
            "loss": "binary_crossentropy",
            "metrics": [],
        },
    )
    for key in ("epochs", "batch_size"):
        if key in overrides:
            kw["training"][key] = overrides.pop(key)
    kw.update(overrides)
    return TrainingJob(**kw)


def events_of(rep, cls):
    return [a[0] for a, _ in rep.named("emit") if isinstance(a[0], cls)]


def test_the_trainer_trains_both_roles_and_reports_typed_events():
    from deskdl.ml.trainers import run
    from deskdl.ml.trainers.gan import GRID, HEATMAP_RES, POINTS_2D, SCALARS, WARP_LINES, WARP_POINTS
    from deskdl.ml.training import ListReporter

    rep = ListReporter()
    job = gan_job()
    before = job.graphs["generator"]
    result = run(job, rep)
    assert result.status == "finished", result.error and result.error.details
    assert result.epochs_run == 3 and result.kind == "gan" and result.model is None
    assert set(result.models) == {"generator", "discriminator"}
    gen, disc = result.models["generator"], result.models["discriminator"]
    assert tuple(gen.output_shape) == (None, 2) and tuple(disc.output_shape) == (None, 1)
    assert result.batches_run == 3 * 8  # 256 training points // 32 = 8 rounds per epoch
    assert set(result.history) == {*SCALARS, "variety"} and all(len(v) == 3 for v in result.history.values())
    assert all(math.isfinite(v) for v in result.final.values())
    assert 0 <= result.final["d_real"] <= 1 and 0 <= result.final["d_fake"] <= 1
    assert result.record["kind"] == "gan" and result.record["epochs_run"] == 3
    (started,) = events_of(rep, RunStarted)
    assert started.kind == "gan" and started.plan == {"epoch": 3, "batch": 8}
    assert started.info["noise_size"] == 4 and started.info["input_shape"] == [2]
    assert started.info["real_points"].shape == (256, 2) and started.info["centres"].shape == (8, 2)
    epoch_scalars = [s for s in events_of(rep, Scalars) if s.per == "epoch"]
    assert [s.epoch for s in epoch_scalars] == [0, 1, 2]
    assert set(epoch_scalars[0].values) == {*SCALARS, "variety"}
    pics = events_of(rep, Picture)
    assert pics and {p.name for p in pics} == {"gan2d", "gan2d_epoch"}
    assert [p.epoch for p in pics if p.name == "gan2d_epoch"] == [1.0, 2.0, 3.0]
    last = pics[-1]
    assert last.array.shape == (HEATMAP_RES, HEATMAP_RES) and 0 <= last.array.min() <= last.array.max() <= 1
    assert last.meta["points"].shape == (POINTS_2D, 2)
    assert last.meta["warp"].shape == (2, WARP_LINES, WARP_POINTS, 2)
    assert len(last.meta["modes_covered"]) == 8 and last.epoch == 3.0
    assert job.graphs["generator"] == before and GRID == 8


def test_image_gans_send_the_fixed_noise_grid_live_and_at_each_epoch_end():
    from deskdl.ml.trainers import run
    from deskdl.ml.trainers.gan import fixed_noise
    from deskdl.ml.training import ListReporter

    p = template("gan_digits_mlp")
    from deskdl.ml.training import TrainingJob

    job = TrainingJob.from_project(p, epochs=2, batch_size=128)
    rep = ListReporter()
    result = run(job, rep)
    assert result.ok, result.error and result.error.details
    pics = events_of(rep, Picture)
    live = [q for q in pics if q.name == "samples"]
    ends = [q for q in pics if q.name == "samples_epoch"]
    assert [q.epoch for q in ends] == [1.0, 2.0]
    assert live and live[0].epoch == 0.0  # the untrained generator's grid comes first
    assert ends[-1].array.shape == (64, 8, 8, 1)
    assert ends[-1].levels == (0.0, 1.0)  # the digits' own range, divided by 16
    gen = result.models["generator"]
    np.testing.assert_allclose(ends[-1].array, gen.predict(fixed_noise(64, 32), verbose=0), atol=1e-5)
    assert 0 <= ends[-1].meta["variety"] < 3


def test_stop_acts_within_one_execution_and_keeps_the_models():
    from deskdl.ml.trainers import run
    from deskdl.ml.training import ListReporter, TrainingControl

    control = TrainingControl()

    def on_event(name, args, kwargs):
        if name == "emit" and isinstance(args[0], Scalars) and args[0].per == "batch":
            control.stop()

    rep = ListReporter(on_event=on_event)
    result = run(gan_job(epochs=50, steps_per_execution=2), rep, control)
    assert result.status == "stopped" and result.batches_run == 2
    assert set(result.models) == {"generator", "discriminator"}


def test_a_step_runs_exactly_one_round():
    import threading
    import time

    from deskdl.ml.trainers import run
    from deskdl.ml.training import ListReporter, TrainingControl

    control = TrainingControl()
    control.pause()
    rounds = []
    rep = ListReporter(
        on_event=lambda n, a, k: (
            rounds.append(a[0].step)
            if n == "emit" and isinstance(a[0], Scalars) and a[0].per == "batch"
            else None
        )
    )
    out = {}
    t = threading.Thread(
        target=lambda: out.setdefault("r", run(gan_job(epochs=5, steps_per_execution=4), rep, control))
    )
    t.start()
    deadline = time.time() + 60
    while not rounds and time.time() < deadline:  # the first execution (4 rounds) runs, then it pauses
        time.sleep(0.02)
    time.sleep(0.3)
    assert rounds == [3]
    control.step()
    while len(rounds) < 2 and time.time() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)
    assert rounds == [3, 4]  # one more round: the 5th of the epoch (0-based 4)
    control.stop()
    t.join(60)
    assert out["r"].status == "stopped" and out["r"].batches_run == 5


def test_nan_in_a_loss_stops_with_an_explanation():
    from deskdl.ml import datasets
    from deskdl.ml.trainers import run
    from deskdl.ml.training import ListReporter

    b = datasets.load("ring8", {"samples": 320})
    b.x_train[:] = np.nan
    rep = ListReporter()
    logits = dense_graph("d", (2,), [(1, "linear")])  # no relu (on CPU it maps NaN to 0): the loss sees NaN
    result = run(gan_job(bundle=b, graphs={"generator": GEN_2D, "discriminator": logits}), rep)
    assert result.status == "failed" and result.error.kind == "nan"
    assert result.error.message.startswith("the discriminator's loss became NaN (not a number) in epoch 1")
    assert "0.0002 with beta_1 0.5" in result.error.fix
    assert len(rep.named("run_failed")) == 1


def test_a_gan_whose_generator_does_not_fit_fails_with_one_message():
    from deskdl.ml.trainers import run
    from deskdl.ml.training import ListReporter

    gen = dense_graph("g", (4,), [(3, "linear")])
    result = run(gan_job(graphs={"generator": gen, "discriminator": DISC_2D}), ListReporter())
    assert result.status == "failed" and result.error.kind == "mismatch"
    assert result.error.text == (
        "the GAN cannot train: the generator makes samples of shape (3,), but the "
        "data's samples have shape (2,): give g_1 2 units"
    )


def test_start_problems_reads_the_data_shape_and_the_settings():
    from deskdl.ml.trainers.gan import start_problems

    p = template("gan_ring_2d")
    assert start_problems(p) == []
    p.algorithm = {"d_steps": 0}
    p.role_graphs["discriminator"].set_params("d_point", {"shape": [3]})
    texts = [d.text for d in start_problems(p)]
    assert texts == [
        "the discriminator's Input d_point takes shape (3,), but it must read samples shaped like "
        "the data, (2,). Set the shape of d_point to (2,)",
        "GAN settings: algorithm.d_steps must be from 1 to 20, not 0. Change it in the Train tab's settings",
    ]


# ------------------------------------------------------------------ Qt: the live view and the role switcher
def test_tile_lays_out_samples_with_gaps():
    from deskdl.qt.train.gan_view import tile

    s = np.arange(4 * 2 * 3, dtype=np.float32).reshape(4, 2, 3, 1)
    out = tile(s, columns=2)
    assert out.shape == (5, 7)
    np.testing.assert_array_equal(out[:2, :3], s[0, ..., 0])
    np.testing.assert_array_equal(out[3:, 4:], s[3, ..., 0])
    assert np.isnan(out[2]).all() and np.isnan(out[:, 3]).all()


def grid_picture(name, epoch, value, variety=0.9):
    return Picture(
        "r1",
        name,
        np.full((64, 8, 8, 1), value, np.float32),
        epoch=epoch,
        levels=(0.0, 1.0),
        meta={"variety": variety},
    )


def test_the_sample_grid_shows_the_newest_picture_and_scrubs_back_through_epochs(qtbot):
    from deskdl.qt.train.gan_view import LIVE_TEXT, GanTrainView

    view = GanTrainView()
    qtbot.addWidget(view)
    view.on_run_started(
        RunStarted(
            "r1",
            "gan",
            ("epoch", "batch"),
            {"epoch": 3, "batch": 10},
            {"input_shape": [8, 8, 1], "levels": [0.0, 1.0]},
        )
    )
    assert view.stack.currentIndex() == 0
    view.on_picture(grid_picture("samples", 0.5, 0.2))
    assert view.grid_image.image.shape == (71, 71) and np.nanmax(view.grid_image.image) == pytest.approx(0.2)
    assert view.grid_image.levels.tolist() == [0.0, 1.0]
    for e in (1, 2):
        view.on_picture(grid_picture("samples_epoch", float(e), e / 10))
    view.on_picture(grid_picture("samples", 2.5, 0.7))
    assert view.slider.maximum() == 2 and view.following
    assert (
        np.nanmax(view.grid_image.image) == pytest.approx(0.7)
        and view.slider_label.text() == f"{LIVE_TEXT}: 2.5"
    )
    view.slider.setValue(0)  # back to the end of epoch 1
    assert np.nanmax(view.grid_image.image) == pytest.approx(0.1)
    assert view.slider_label.text() == "after 1" and view.grid_plot.titleLabel.text == "Fixed-noise samples"
    view.on_picture(grid_picture("samples", 2.8, 0.9))  # scrubbed back: the live grid waits
    assert np.nanmax(view.grid_image.image) == pytest.approx(0.1)
    view.slider.setValue(2)
    assert np.nanmax(view.grid_image.image) == pytest.approx(0.9)
    view.reset()
    assert view.kept == [] and view.slider.maximum() == 0 and view.grid_image.image is None


def test_kept_epochs_are_thinned_evenly_and_keep_the_newest(qtbot):
    from deskdl.qt.train import gan_view

    view = gan_view.GanTrainView()
    qtbot.addWidget(view)
    for e in range(1, gan_view.MAX_KEPT + 2):
        view.on_picture(grid_picture("samples_epoch", float(e), 0.5))
    epochs = [e for e, _ in view.kept]
    assert len(epochs) == (gan_view.MAX_KEPT + 1 + 1) // 2 and epochs[-1] == gan_view.MAX_KEPT + 1
    assert np.all(np.diff(epochs) == 2)


def test_mode_collapse_is_shown_and_explained(qtbot):
    from deskdl.qt.train.gan_view import GanTrainView

    view = GanTrainView()
    qtbot.addWidget(view)

    def epoch_end(epoch, variety):
        values = {"d_loss": 0.6, "g_loss": 0.9, "d_real": 0.55, "d_fake": 0.45, "variety": variety}
        view.on_scalars(Scalars("r1", epoch, -1, values, per="epoch"))

    epoch_end(0, 0.12)  # low from the start: not collapse yet
    assert view.variety_label.text() == G.variety_text(0.12, 0.12) and view.variety_label.styleSheet() == ""
    assert view.d_caption.text().startswith("D(real) 0.55, D(fake) 0.45: the discriminator's mean answers")
    view.on_picture(grid_picture("samples", 1.2, 0.5, variety=0.3))  # a live grid's variety: not a verdict
    view.on_scalars(Scalars("r1", 1, 3, {"variety": 0.05}, steps=8))  # nor a batch value
    assert view.variety_label.text() == G.variety_text(0.12, 0.12)
    epoch_end(1, 0.8)
    assert view.variety_label.text().startswith("Variety: the samples differ 80%")
    epoch_end(2, 0.15)  # fell from 80%: collapse, in red, with the why in the tooltip
    assert view.variety_label.text() == (
        "Mode collapse: the samples have lost their variety (they differ 15% as much as real samples do, "
        "down from 80%). Hover here for why and what to do."
    )
    assert "#b00020" in view.variety_label.styleSheet()
    assert view.variety_label.toolTip() == G.MODE_COLLAPSE_WHY
    view.reset()
    assert view.variety_label.text() == "" and math.isnan(view.best_variety)


def test_the_2d_view_draws_real_and_generated_points_heatmap_and_warped_grid(qtbot):
    from deskdl.qt.train.gan_view import GanTrainView

    view = GanTrainView()
    qtbot.addWidget(view)
    real = datagen.ring_of_gaussians(100, 0, 0)[0]
    view.on_run_started(
        RunStarted(
            "r1",
            "gan",
            ("epoch", "batch"),
            {"epoch": 3, "batch": 10},
            {
                "input_shape": [2],
                "real_points": real,
                "extent": [-1.2, 1.2, -1.2, 1.2],
                "centres": datagen.ring_centres(),
            },
        )
    )
    assert view.stack.currentIndex() == 1 and len(view.real_pts.data) == 100
    warp = np.zeros((2, 3, 5, 2), np.float32)
    pic = Picture(
        "r1",
        "gan2d",
        np.full((6, 6), 0.25, np.float32),
        epoch=1.5,
        meta={
            "points": np.zeros((7, 2), np.float32),
            "warp": warp,
            "extent": [-1.2, 1.2, -1.2, 1.2],
            "modes_covered": [True] * 6 + [False] * 2,
            "variety": 0.9,
        },
    )
    view.on_picture(pic)
    assert len(view.fake_pts.data) == 7 and view.heat.image.shape == (6, 6)
    xs, _ = view.warp.getData()
    assert len(xs) == 6 * 6 and np.isnan(xs).sum() == 6  # 6 lines of 5 points, each ended by a gap
    assert view.modes_label.text().startswith("Modes covered: 6 of 8 — the generator has not")


def test_the_gan_kind_names_its_train_view():
    from deskdl.qt import kinds as qt_kinds

    p = template("gan_ring_2d")
    views = qt_kinds.views_for(p)
    assert views.train == ("deskdl.qt.train.gan_view:GanTrainView",) and not views.decision_boundary


def test_the_role_bar_switches_the_canvas_between_generator_and_discriminator(qtbot, monkeypatch, tmp_path):
    from tests.qt_helpers import close_quietly, make_window

    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        assert window.new_from_template(paths.resources_dir() / "templates" / "gan_digits_mlp.deskdl")
        bar = window.editor.role_bar
        assert not bar.isHidden() and list(bar.buttons) == ["generator", "discriminator"]
        assert bar.buttons["generator"].isChecked() and window.editor.role == "generator"
        assert bar.label.text() == (
            "Showing the generator: it turns a noise vector (its Input) into a sample shaped like the data."
        )
        assert set(window.editor.scene.node_items()) == set(window.project.graph_of("generator").nodes)
        bar.buttons["discriminator"].click()
        assert window.editor.role == "discriminator" and window.project.graph is window.project.graph_of(
            "discriminator"
        )
        assert set(window.editor.scene.node_items()) == {
            "d_image",
            "d_flatten",
            "d_dense_1",
            "d_drop_1",
            "d_dense_2",
            "d_drop_2",
            "d_real_or_fake",
        }
        assert window.summary.table.rowCount() == 7 and not window.is_modified()
        window.editor.set_params("d_real_or_fake", {"units": 2, "activation": "sigmoid"})
        texts = [d.text for d in window.problems.diagnostics]
        assert (
            "the discriminator ends in shape (2,), but it must give 1 number per sample (how real it looks). "
            "Set d_real_or_fake's units to 1 (activation sigmoid)"
        ) in texts
        bar.buttons["generator"].click()
        assert window.is_modified()  # the discriminator's edit is not forgotten by the switch
        doc = window.project.to_dict()
        assert doc["models"]["discriminator"]["nodes"][-1]["params"]["units"] == 2
    finally:
        close_quietly(window)


def test_a_single_model_project_has_no_role_bar(qtbot, monkeypatch, tmp_path):
    from tests.qt_helpers import close_quietly, make_window

    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        assert window.new_from_template(paths.resources_dir() / "templates" / "mlp_2d.deskdl")
        assert window.editor.role_bar.isHidden() and window.editor.role == "model"
        assert not window.editor.show_role("generator")
    finally:
        close_quietly(window)


# ------------------------------------------------------------------ deskdl train and deskdl export
def test_deskdl_train_writes_both_models_samples_and_grids(tmp_path):
    import keras

    from deskdl.cli import main as cli_main
    from deskdl.core import png

    p = template("gan_digits_mlp")
    p.algorithm = dict(p.algorithm, sample_every=2)
    src = tmp_path / "gan.deskdl"
    p.save(src)
    out = tmp_path / "run"
    assert cli_main(["train", str(src), "--epochs", "3", "--out", str(out)]) == 0
    names = sorted(f.name for f in out.iterdir())
    assert names == [
        "discriminator.keras",
        "generator.keras",
        "metrics.csv",
        "report.txt",
        "samples.npy",
        "samples_epoch_0002.png",
        "samples_epoch_0003.png",
    ]
    samples = np.load(out / "samples.npy")
    assert samples.shape == (256, 8, 8, 1) and samples.dtype == np.float32
    assert 0.0 <= samples.min() and samples.max() <= 1.0  # the sigmoid output: the digits' 0..1 range
    gen = keras.saving.load_model(out / "generator.keras", safe_mode=True)
    assert tuple(gen.input_shape) == (None, 32) and tuple(gen.output_shape) == (None, 8, 8, 1)
    disc = keras.saving.load_model(out / "discriminator.keras", safe_mode=True)
    assert tuple(disc.output_shape) == (None, 1)
    from deskdl.ml.trainers.gan import fixed_noise

    np.testing.assert_allclose(samples, gen.predict(fixed_noise(256, 32), verbose=0), atol=1e-5)
    head = (out / "samples_epoch_0003.png").read_bytes()
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    assert int.from_bytes(head[16:20], "big") == 71 * 3  # 8 samples of 8 px and 7 gaps, 3x enlarged
    report = (out / "report.txt").read_text()
    assert "files: generator.keras, discriminator.keras, samples_epoch_0002.png" in report
    header = (out / "metrics.csv").read_text().splitlines()[0]
    assert header == "epoch,d_fake,d_loss,d_real,g_loss,variety"
    assert png.encode(np.zeros((1, 1), np.uint8))[:8] == b"\x89PNG\r\n\x1a\n"


def test_deskdl_train_refuses_a_gan_whose_generator_does_not_fit(tmp_path, capsys):
    from deskdl.cli import main as cli_main

    p = template("gan_ring_2d")
    p.role_graphs["generator"].set_params("g_point", {"units": 3, "activation": "linear"})
    src = tmp_path / "bad.deskdl"
    p.save(src)
    assert cli_main(["train", str(src), "--epochs", "1", "--out", str(tmp_path / "run")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == (
        f"deskdl: error: {src}: the GAN cannot train: the generator makes samples of shape (3,), "
        "but the data's samples have shape (2,): give g_point 2 units"
    )
    assert not (tmp_path / "run").exists()


def test_a_gan_file_without_its_discriminator_is_refused_when_opened(tmp_path):
    import json

    from deskdl.core.errors import ProjectError

    doc = json.loads((paths.resources_dir() / "templates" / "gan_ring_2d.deskdl").read_text())
    del doc["models"]["discriminator"]
    src = tmp_path / "one_role.deskdl"
    src.write_text(json.dumps(doc))
    with pytest.raises(ProjectError) as err:
        Project.load(src)
    assert "discriminator" in err.value.text


def test_export_writes_a_runnable_plain_keras_gan(tmp_path):
    import subprocess
    import sys

    from deskdl.ml.export import export_python

    text = export_python(template("gan_ring_2d"))
    assert "class GAN(keras.Model):" in text and "def train_step(self, real):" in text
    assert "NOISE_SIZE = 8" in text and "D_STEPS = 1" in text and "LOGITS = False" in text
    assert "def ring_of_gaussians(" in text and "def build_generator():" in text
    script = tmp_path / "gan.py"
    script.write_text(text.replace("EPOCHS = 100", "EPOCHS = 1"))
    run = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**__import__("os").environ, "TF_CPP_MIN_LOG_LEVEL": "3"},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    samples = np.load(tmp_path / "samples.npy")
    assert samples.shape == (256, 2)
    assert (tmp_path / "generator.keras").exists() and (tmp_path / "discriminator.keras").exists()


def test_export_refuses_a_gan_whose_discriminator_does_not_end_in_one_unit():
    from deskdl.ml.export import ExportError, export_python

    p = template("gan_ring_2d")
    p.role_graphs["discriminator"].set_params("d_real_or_fake", {"units": 2, "activation": "sigmoid"})
    with pytest.raises(ExportError) as err:
        export_python(p)
    assert err.value.text == (
        "the discriminator ends in shape (2,), but it must give 1 number per sample (how real "
        "it looks): set d_real_or_fake's units to 1 (activation sigmoid)"
    )


class _SyncWorker(__import__("PySide6.QtCore", fromlist=["QObject"]).QObject):
    from PySide6.QtCore import Signal

    call_finished = Signal(str, object)
    call_failed = Signal(str, str, str)


class _SyncHost:
    """Runs host.call on this thread and answers on the next turn of the event loop, like the real host."""

    def __init__(self):
        self.worker = _SyncWorker()
        self.n = 0

    def call(self, fn, *args, **kwargs):
        self.n += 1
        tag = f"t{self.n}"
        from PySide6.QtCore import QTimer

        value = fn(*args, **kwargs)
        QTimer.singleShot(0, lambda: self.worker.call_finished.emit(tag, value))
        return tag


def test_the_evaluate_page_shows_samples_of_new_noise(qtbot):
    import keras

    from deskdl.ml.build import build_model
    from deskdl.qt.gan_samples import GanSamplesPage, generate_samples

    p = template("gan_digits_mlp")
    gen = build_model(p.graph_of("generator"), name="generator")
    page = GanSamplesPage(_SyncHost())
    qtbot.addWidget(page)
    assert not page.new_button.isEnabled()
    page.set_generator(gen, p.data)
    qtbot.waitUntil(lambda: page.samples is not None)
    assert page.stack.currentIndex() == 0 and page.samples.shape == (64, 8, 8, 1)
    assert page.grid_image.image.shape == (71, 71) and page.message.text().startswith("64 samples")
    first = page.samples
    page.new_button.click()
    qtbot.waitUntil(lambda: page.samples is not first)
    assert not np.allclose(first, page.samples)  # new noise, new samples
    np.testing.assert_allclose(page.samples, generate_samples(gen, 64, 2), atol=1e-6)
    ring = template("gan_ring_2d")
    page.set_generator(build_model(ring.graph_of("generator")), ring.data)
    qtbot.waitUntil(lambda: page.samples is not None)
    assert page.stack.currentIndex() == 1 and page.samples.shape == (1000, 2)
    assert len(page.real_pts.data) == 1000 and len(page.fake_pts.data) == 1000
    assert page.modes_label.text().startswith("Modes covered: ")
    page.reset()
    assert page.samples is None and not page.new_button.isEnabled()
    keras.backend.clear_session()


# ---------------------------------------------------------- the targets, smaller budgets (bench_gan.py)
def _bench():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_gan", paths.resources_dir().parent / "bench" / "bench_gan.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ring_gan_covers_all_8_modes_in_60_epochs():
    """The bench's target is all 8 within 2 minutes (100 epochs take about 12 s on 2 cores)."""
    from deskdl.ml import datasets
    from deskdl.ml.trainers.gan import generate

    bench = _bench()
    p = template("gan_ring_2d")
    _, result, _ = bench.deskdl_gan(p, datasets.load_config(p.data), 60, 128)
    points = generate(result.models["generator"], 2000, 8)
    assert G.modes_covered(points, datagen.ring_centres(), 3 * datagen.ring_std(0.0)) == [True] * 8


def test_the_digits_gan_makes_readable_digits_of_every_kind_in_200_epochs():
    """A classifier trained on the real digits reads the samples (the bench's budget: 600 epochs, >= 70%)."""
    from deskdl.ml import datasets
    from deskdl.ml.trainers.gan import generate

    bench = _bench()
    p = template("gan_digits_mlp")
    bundle = datasets.load_config(p.data)
    classifier, accuracy = bench.digits_classifier(bundle)
    assert accuracy > 0.95
    _, result, _ = bench.deskdl_gan(p, bundle, 200, 64)
    confident, shares = bench.read_samples(classifier, generate(result.models["generator"], 256, 32))
    assert confident >= 0.5, confident  # measured 0.65
    assert shares.min() >= 0.03, shares  # every digit (measured: the least common 5.9%)
