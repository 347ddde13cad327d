"""Issue 11, debiasing: the biased shapes, the latent-density weights and one tiny run of the whole lesson."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from deskdl.core import bias_data
from deskdl.core.events import Picture, RunStarted, Scalars
from deskdl.core.kinds import DEBIAS, kind_of
from deskdl.core.project import Project
from deskdl.ml.debias import latent_weights, weight_summary
from deskdl.paths import resource


# ------------------------------------------------------------------ the data set
def test_the_same_seed_draws_the_same_pictures_and_another_seed_others():
    a = bias_data.biased_shapes(200, 40, 0.05, 0.05, seed=3)
    b = bias_data.biased_shapes(200, 40, 0.05, 0.05, seed=3)
    c = bias_data.biased_shapes(200, 40, 0.05, 0.05, seed=4)
    for f in dataclasses.fields(a):
        assert np.array_equal(getattr(a, f.name), getattr(b, f.name)), f.name
    assert not np.array_equal(a.x_train, c.x_train)
    # the test part does not move when the training part grows
    d = bias_data.biased_shapes(400, 40, 0.05, 0.05, seed=3)
    assert np.array_equal(a.x_test, d.x_test) and np.array_equal(a.g_test, d.g_test)


def test_the_rare_style_has_its_share_in_training_and_half_of_the_test_part():
    d = bias_data.biased_shapes(2000, 1000, 0.02, 0.05, seed=0)
    assert int((d.g_train == bias_data.RARE).sum()) == bias_data.rare_count(2000, 0.02) == 40
    assert int((d.g_test == bias_data.RARE).sum()) == 500
    assert np.bincount(d.y_train).tolist() == [500] * 4  # shape classes balanced
    assert np.bincount(d.y_test).tolist() == [250] * 4
    assert set(np.unique(d.g_train)) == {0, 1}


def test_pictures_are_28x28_bytes_in_the_two_styles():
    d = bias_data.biased_shapes(300, 60, 0.2, 0.0, seed=1)
    assert d.x_train.shape == (300, 28, 28) and d.x_train.dtype == np.uint8
    assert d.x_test.shape == (60, 28, 28) and d.y_train.dtype == np.int64
    corners = d.x_train[:, :2, :2].reshape(len(d.x_train), -1).mean(axis=1)  # background
    assert corners[d.g_train == bias_data.COMMON].max() <= 0.2 * 255 + 1  # normal: background near 0
    assert corners[d.g_train == bias_data.RARE].min() >= 0.75 * 255 - 1  # inverted: background near 1
    assert d.x_train.min() >= 0 and d.x_train.max() <= 255


@pytest.mark.parametrize("kw, words", [({"rare_share": 0.0}, "rare_share must be above 0"),
                                       ({"samples": 3}, "samples must be a whole number of at least 10"),
                                       ({"noise": 2.0}, "noise must be between 0 and 1")])
def test_bad_settings_say_what_is_wrong(kw, words):
    with pytest.raises(ValueError, match=words):
        bias_data.biased_shapes(**kw)


def test_accuracy_by_group_counts_each_subgroup_on_its_own():
    correct = np.array([1, 1, 0, 1, 0, 0], bool)
    groups = np.array([0, 0, 0, 0, 1, 1])
    assert bias_data.accuracy_by_group(correct, groups) == [0.75, 0.0]


def test_the_registry_loads_it_scaled_with_its_subgroups():
    from deskdl.ml import datasets
    from deskdl.ml.datasets.biased_shapes import load_with_groups

    b = datasets.load("biased_shapes", {"samples": 100, "test_samples": 20, "seed": 2})
    assert b.x_train.shape == (100, 28, 28, 1) and b.x_test.shape == (20, 28, 28, 1)
    assert b.x_train.dtype == np.float32 and 0.0 <= b.x_train.min() and b.x_train.max() <= 1.0
    assert b.class_names == ["circle", "square", "triangle", "cross"]
    again, g_train, g_test = load_with_groups({"samples": 100, "test_samples": 20, "seed": 2})
    assert np.array_equal(again.x_train, b.x_train)
    assert int(g_train.sum()) == 2 and int(g_test.sum()) == 10  # 2% of 100 rare; half of the test part
    with pytest.raises(datasets.DataError, match="rare_share must be between"):
        datasets.load("biased_shapes", {"rare_share": 0.9})


# ------------------------------------------------------------------ the weights
def test_weights_are_one_over_the_histogram_density_with_mean_one():
    # one code number, bins [0, 0.5) and [0.5, 1]: shares 3/4 and 1/4, so 1/density is 4/3 and 4
    codes = np.array([[0.0], [0.0], [0.0], [1.0]])
    assert latent_weights(codes, bins=2, alpha=0.0) == pytest.approx([2 / 3, 2 / 3, 2 / 3, 2.0])
    # alpha 0.25 smooths: (3/4 + 1/4, 1/4 + 1/4) / 1.5 = (2/3, 1/3), so 1/density = 1.5 and 3, mean 1.875
    assert latent_weights(codes, bins=2, alpha=0.25) == pytest.approx([0.8, 0.8, 0.8, 1.6])


def test_weights_multiply_over_the_code_numbers():
    # number 0: shares (3/4, 1/4); number 1: shares (1/4, 3/4). Products 16/3, 16/9, 16/9, 16/3; mean 32/9
    codes = np.array([[0.0, 0.0], [0.0, 1.0], [0.0, 1.0], [1.0, 1.0]])
    assert latent_weights(codes, bins=2, alpha=0.0) == pytest.approx([1.5, 0.5, 0.5, 1.5])
    # a number every picture shares (a constant column) changes nothing
    flat = np.column_stack([codes, np.full(4, 7.0)])
    assert latent_weights(flat, bins=2, alpha=0.0) == pytest.approx([1.5, 0.5, 0.5, 1.5])
    # a large alpha flattens the histogram: every weight tends to 1
    assert latent_weights(codes, bins=2, alpha=1e6) == pytest.approx([1.0] * 4, abs=1e-5)


def test_bad_weight_settings_are_refused_with_the_reason():
    with pytest.raises(ValueError, match="bins must be a whole number of at least 1"):
        latent_weights(np.zeros((3, 2)), bins=0)
    with pytest.raises(ValueError, match="alpha must be a number of at least 0"):
        latent_weights(np.zeros((3, 2)), alpha=-1.0)


def test_epoch_order_shuffles_alike_for_a_seed_or_draws_by_weight():
    from deskdl.ml.debias import epoch_order

    a = epoch_order(10, seed=1, epoch=0)
    assert sorted(a.tolist()) == list(range(10)) and np.array_equal(a, epoch_order(10, 1, 0))
    assert not np.array_equal(a, epoch_order(10, 1, 1))  # another epoch, another order
    # all the weight on picture 2: every draw is picture 2
    assert epoch_order(4, 0, 0, np.array([0.0, 0.0, 5.0, 0.0])).tolist() == [2, 2, 2, 2]
    # weight 9 against 1: picture 0 comes up about 9 times as often
    drawn = epoch_order(20_000, 0, 0, np.r_[9.0, np.ones(19_999) / 19_999])
    assert 0.88 < float(np.mean(drawn == 0)) < 0.92


def test_weight_summary_names_the_most_up_weighted_pictures():
    w = np.array([0.5, 4.0, 0.5, 2.0, 1.0])
    g = np.array([0, 1, 0, 1, 0])
    s = weight_summary(w, g, bins=4)
    assert s["top"][:3] == [1, 3, 4] and s["top_weights"][:3] == [4.0, 2.0, 1.0]
    assert s["top_groups"][:2] == [1, 1]
    assert s["mean_by_group"] == pytest.approx([2 / 3, 3.0])
    assert s["weight_share_by_group"] == pytest.approx([2 / 8, 6 / 8])
    assert s["share_by_group"] == pytest.approx([0.6, 0.4])
    assert [sum(c) for c in s["counts"]] == [3, 2] and len(s["edges"]) == 5


# ------------------------------------------------------------------ the kind and its template
def test_the_template_is_a_debias_project_on_the_biased_shapes():
    p = Project.load(resource("templates", "debias_shapes.deskdl"))
    assert kind_of(p) is DEBIAS and p.data["dataset"] == "biased_shapes"
    assert DEBIAS.check(p.algorithm) == []
    assert DEBIAS.check({"alpha": -1}) == ["algorithm.alpha must be from 0 to 100, not -1"]
    assert DEBIAS.check({"method": "oversample"}) == [
        "algorithm.method must be one of resample, weight, not 'oversample'"]


def test_the_problems_list_names_a_wrong_data_set_and_bad_settings_before_start():
    from deskdl.ml.debias import start_problems

    p = Project.load(resource("templates", "debias_shapes.deskdl"))
    assert start_problems(p) == []
    p.data = {"dataset": "shapes", "params": {}}
    p.algorithm = {"bins": 1}
    problems = start_problems(p)
    assert [d.message for d in problems] == [
        "Debiasing settings: algorithm.bins must be from 2 to 200, not 1",
        "the debiasing lesson needs the data set 'Biased shapes', whose pictures know their subgroup "
        "(the rare style), but this project uses 'shapes'"]
    assert problems[1].fix == "choose 'Biased shapes (28x28, a rare style)' in the Data tab"


# ------------------------------------------------------------------ one tiny run (Keras)
def _tiny_job(**data_params):
    from deskdl.ml.training import TrainingJob

    p = Project.load(resource("templates", "debias_shapes.deskdl"))
    job = TrainingJob.from_project(p, epochs=1)
    params = {"samples": 120, "test_samples": 40, **data_params}
    return dataclasses.replace(job, data={"dataset": "biased_shapes", "params": params},
                               algorithm={"vae_epochs": 1, "latent_dim": 2})


@pytest.mark.parametrize("method", ["resample", "weight"])
def test_a_tiny_run_trains_the_vae_and_both_classifiers_and_measures_each_subgroup(method):
    from deskdl.ml import trainers
    from deskdl.ml.training import ListReporter

    rep = ListReporter()
    job = _tiny_job()
    job = dataclasses.replace(job, algorithm={**job.algorithm, "method": method})
    result = trainers.run(job, rep)
    assert result.status == "finished", result.error
    events = [a[0] for a, _ in rep.named("emit")]
    started = [e for e in events if isinstance(e, RunStarted)]
    assert len(started) == 1 and started[0].kind == "debias" and started[0].plan["epoch"] == 3  # 1 + 2 x 1
    assert started[0].info["params"] == 14212 and started[0].info["rare_in_train"] == 2
    epoch_values = [e.values for e in events if isinstance(e, Scalars) and e.per == "epoch"]
    assert [sorted(v) for v in epoch_values] == [["vae_loss"], ["accuracy", "loss"],
                                                 ["weighted_accuracy", "weighted_loss"]]
    pictures = {e.name: e for e in events if isinstance(e, Picture)}
    assert set(pictures) == {"weights", "upweighted", "accuracy"}
    assert pictures["upweighted"].array.shape == (4 * 29 - 1, 4 * 29 - 1)  # 16 pictures, 4 x 4
    assert np.isfinite(pictures["accuracy"].array).all()
    block = result.record["debias"]
    assert block["groups"] == list(bias_data.GROUPS) and block["rare_in_train"] == 2
    for row in block["accuracy"]:
        assert len(row) == 2 and all(0.0 <= a <= 1.0 for a in row)
    weights = block["weights"]
    assert len(weights["top"]) == 16 and sum(map(sum, weights["counts"])) == 120
    assert set(result.test) >= {"accuracy", "accuracy_without_weights", "accuracy_inverted"}
    assert result.model is not None and result.record["kind"] == "debias"


def test_another_data_set_is_refused_with_its_fix():
    from deskdl.ml import trainers
    from deskdl.ml.training import ListReporter

    job = dataclasses.replace(_tiny_job(), data={"dataset": "shapes", "params": {}})
    rep = ListReporter()
    result = trainers.run(job, rep)
    assert result.status == "failed"
    assert "needs the data set 'Biased shapes'" in result.error.message
    assert "Data tab" in result.error.fix


def test_a_stopped_run_ends_cleanly_without_figures():
    from deskdl.ml import trainers
    from deskdl.ml.training import ListReporter, TrainingControl

    control = TrainingControl()
    control.stop()  # Stop pressed before the first batch ends
    result = trainers.run(_tiny_job(), ListReporter(), control)
    assert result.status == "stopped" and result.error is None
    assert result.record["debias"]["accuracy"] == [[None, None], [None, None]]
    assert result.test == {} and result.model is None


def test_bad_debiasing_settings_fail_with_their_fix():
    from deskdl.ml import trainers
    from deskdl.ml.training import ListReporter

    job = dataclasses.replace(_tiny_job(), algorithm={"bins": 1})
    result = trainers.run(job, ListReporter())
    assert result.status == "failed"
    assert result.error.message == ("the debiasing settings have a problem: algorithm.bins must be from 2 to "
                                    "200, not 1")
    assert "Train tab" in result.error.fix


def test_continue_is_refused_with_the_reason():
    from deskdl.ml import trainers
    from deskdl.ml.training import ListReporter

    job = dataclasses.replace(_tiny_job(), initial_weights="earlier.keras")
    result = trainers.run(job, ListReporter())
    assert result.status == "failed" and "cannot continue an earlier model" in result.error.message
    assert result.error.fix == "untick Continue and press Start"
