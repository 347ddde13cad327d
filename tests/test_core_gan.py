"""Pure tests of deskdl.core.gan: the checks between a GAN's two graphs and the data, and its variety measure.

Each message is the sentence the learner reads; numbers are worked out by hand in the comments
(no Qt, no TensorFlow; milliseconds).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from deskdl.core import gan as G
from deskdl.core.analysis import ERROR, WARNING
from deskdl.core.graph import ModelGraph


def dense_graph(prefix: str, shape, layers):
    """Input of ``shape``, then Dense layers ``(units, activation)``: ids ``<prefix>_in``, ``<prefix>_1``."""
    nodes = [{"id": f"{prefix}_in", "type": "Input", "params": {"shape": list(shape)}}]
    last = f"{prefix}_in"
    for i, (units, act) in enumerate(layers, 1):
        nid = f"{prefix}_{i}"
        params = {"units": units, "activation": act}
        nodes.append({"id": nid, "type": "Dense", "params": params, "inputs": [last]})
        last = nid
    return {"nodes": nodes}


def then(graph, nid, kind, params=None):
    """``graph`` with one more node ``nid`` of ``kind`` after its last one."""
    nodes = list(graph["nodes"])
    nodes.append({"id": nid, "type": kind, "params": dict(params or {}), "inputs": [nodes[-1]["id"]]})
    return {"nodes": nodes}


GEN = dense_graph("g", (4,), [(8, "relu"), (2, "linear")])
DISC = dense_graph("d", (2,), [(8, "relu"), (1, "sigmoid")])
TWO_INPUTS = {"nodes": [
    {"id": "a", "type": "Input", "params": {"shape": [2]}},
    {"id": "b", "type": "Input", "params": {"shape": [2]}},
    {"id": "c", "type": "Concatenate", "inputs": ["a", "b"]},
    {"id": "o", "type": "Dense", "params": {"units": 1, "activation": "sigmoid"}, "inputs": ["c"]},
]}
TWO_OUTPUTS = {"nodes": [
    {"id": "a", "type": "Input", "params": {"shape": [2]}},
    {"id": "x", "type": "Dense", "params": {"units": 2}, "inputs": ["a"]},
    {"id": "y", "type": "Dense", "params": {"units": 2}, "inputs": ["a"]},
]}


def problems(gen=GEN, disc=DISC, data=(2,)):
    return [(d.node_id, d.severity, d.message, d.fix)
            for d in G.gan_problems({G.GENERATOR: gen, G.DISCRIMINATOR: disc}, data)]


def test_the_roles_and_their_words():
    assert G.ROLES == ("generator", "discriminator") and (G.GENERATOR, G.DISCRIMINATOR) == G.ROLES
    assert G.ROLE_TITLES == {"generator": "Generator", "discriminator": "Discriminator"}
    assert G.D_ACTIVATIONS == ("sigmoid", "linear")
    assert G.COLLAPSE_VARIETY == 0.35


# ------------------------------------------------------------------ shapes and noise
@pytest.mark.parametrize("shape,text", [(None, "(unknown)"), ((2,), "(2,)"), ((8, 8, 1), "(8, 8, 1)"),
                                        ((None, 3), "(?, 3)"), ([5], "(5,)")])
def test_shapes_are_written_like_python_tuples(shape, text):
    assert G._shape_text(shape) == text


def test_the_noise_size_is_the_one_flat_inputs_length():
    assert G.noise_size(ModelGraph.from_dict(GEN)) == 4


@pytest.mark.parametrize("graph", [dense_graph("g", (4, 4), [(2, "linear")]), TWO_INPUTS,
                                   dense_graph("g", (0,), [(2, "linear")])])
def test_no_noise_size_without_one_flat_input(graph):
    assert G.noise_size(ModelGraph.from_dict(graph)) is None


# ------------------------------------------------------------------ gan_problems: roles and counts
def test_a_fitting_gan_has_no_problems():
    assert problems() == []


def test_graph_objects_are_taken_as_well_as_dicts():
    graphs = {G.GENERATOR: ModelGraph.from_dict(GEN), G.DISCRIMINATOR: ModelGraph.from_dict(DISC)}
    assert G.gan_problems(graphs, (2,)) == []


def test_both_roles_missing_are_two_errors_generator_first():
    assert [(d.node_id, d.severity, d.message, d.fix) for d in G.gan_problems({}, (2,))] == [
        (None, ERROR, "the GAN has no generator: it needs a generator and a discriminator",
         "switch the Build tab to Generator and draw one that turns a noise vector (its Input) into a sample "
         "shaped like the data, or start from a GAN template"),
        (None, ERROR, "the GAN has no discriminator: it needs a discriminator and a generator",
         "switch the Build tab to Discriminator and draw one that reads a sample and gives 1 number: real "
         "(1) or fake (0), or start from a GAN template"),
    ]


def test_an_empty_graph_counts_as_missing():
    assert [m for _, _, m, _ in problems(gen={"nodes": []})] == [
        "the GAN has no generator: it needs a generator and a discriminator"]


def test_a_generator_with_two_inputs_is_told_to_keep_one():
    assert problems(gen=TWO_INPUTS) == [
        (None, ERROR, "the generator has 2 Inputs, but it takes one: the noise vector",
         "keep exactly one Input in the generator, shaped (noise size,), for example (32,)")]


def test_a_generator_without_an_input_is_told_to_keep_one():
    gen = {"nodes": [{"id": "o", "type": "Dense", "params": {"units": 2}}]}
    assert [m for _, _, m, _ in problems(gen=gen)] == [
        "the generator has 0 Inputs, but it takes one: the noise vector"]


def test_noise_that_is_not_flat_is_an_error_at_the_input():
    assert problems(gen=dense_graph("g", (4, 4), [(2, "linear")])) == [
        ("g_in", ERROR, "the generator's Input g_in has shape (4, 4), but its noise must be a flat vector",
         "set its shape to one number, for example (32,)")]


def test_a_generator_with_two_outputs_must_make_one_sample():
    assert problems(gen=TWO_OUTPUTS) == [
        (None, ERROR, "the generator has 2 outputs, but it must make one sample",
         "link every branch into one last layer")]


def test_a_discriminator_with_two_outputs_must_give_one_verdict():
    assert problems(disc=TWO_OUTPUTS) == [
        (None, ERROR, "the discriminator has 2 outputs, but it must give one verdict",
         "link every branch into one last Dense layer with 1 unit")]


def test_a_discriminator_with_two_inputs_reads_one_sample():
    assert problems(disc=TWO_INPUTS) == [
        (None, ERROR, "the discriminator has 2 Inputs, but it reads one sample",
         "keep exactly one Input, shaped like the data")]


def test_count_errors_come_alone_and_in_order():
    # both graphs wrong in their counts: the shape checks after them are not reached (a wrong data
    # shape would add an error otherwise)
    got = problems(gen=TWO_INPUTS, disc=TWO_OUTPUTS, data=(7,))
    assert [m for _, _, m, _ in got] == [
        "the generator has 2 Inputs, but it takes one: the noise vector",
        "the discriminator has 2 outputs, but it must give one verdict",
    ]


# ------------------------------------------------------------------ gan_problems: shapes
def test_a_flat_generator_output_of_the_datas_size_needs_a_reshape():
    gen = dense_graph("g", (4,), [(64, "sigmoid")])
    disc = then(dense_graph("d", (8, 8, 1), []), "d_flat", "Flatten")
    disc = then(disc, "d_out", "Dense", {"units": 1, "activation": "sigmoid"})
    assert problems(gen, disc, (8, 8, 1)) == [
        ("g_1", ERROR,
         "the generator makes samples of shape (64,), but the data's samples have shape (8, 8, 1)",
         "add a Reshape to (8, 8, 1) at the end of the generator")]


def test_a_flat_generator_output_of_another_size_needs_units_and_a_reshape():
    gen = dense_graph("g", (4,), [(10, "sigmoid")])
    disc = then(dense_graph("d", (8, 8, 1), []), "d_flat", "Flatten")
    disc = then(disc, "d_out", "Dense", {"units": 1, "activation": "sigmoid"})
    (p,) = problems(gen, disc, (8, 8, 1))
    assert p[3] == "give g_1 64 units and add a Reshape to (8, 8, 1) after it"  # 8 x 8 x 1 = 64


def test_flat_data_of_another_size_needs_other_units():
    gen = dense_graph("g", (4,), [(8, "relu"), (3, "linear")])
    assert problems(gen, dense_graph("d", (2,), [(1, "sigmoid")]), (2,)) == [
        ("g_2", ERROR, "the generator makes samples of shape (3,), but the data's samples have shape (2,)",
         "give g_2 2 units")]


def test_a_picture_of_another_size_needs_other_last_layers():
    gen = then(dense_graph("g", (4,), [(4, "relu")]), "g_img", "Reshape", {"target_shape": [2, 2, 1]})
    disc = then(dense_graph("d", (3, 3, 1), []), "d_flat", "Flatten")
    disc = then(disc, "d_out", "Dense", {"units": 1, "activation": "sigmoid"})
    assert problems(gen, disc, (3, 3, 1)) == [
        ("g_img", ERROR, "the generator makes samples of shape (2, 2, 1), but the data's samples have shape "
         "(3, 3, 1)", "change the generator's last layers so it ends in shape (3, 3, 1)")]


def test_a_picture_of_the_same_size_in_another_shape_needs_a_reshape():
    gen = then(dense_graph("g", (4,), [(4, "relu")]), "g_img", "Reshape", {"target_shape": [1, 4, 1]})
    disc = then(dense_graph("d", (2, 2, 1), []), "d_flat", "Flatten")
    disc = then(disc, "d_out", "Dense", {"units": 1, "activation": "sigmoid"})
    (p,) = problems(gen, disc, (2, 2, 1))
    assert p[3] == "add a Reshape to (2, 2, 1) at the end of the generator"


def test_the_discriminator_must_read_the_datas_shape():
    disc = dense_graph("d", (3,), [(1, "sigmoid")])
    assert problems(disc=disc) == [
        ("d_in", ERROR, "the discriminator's Input d_in takes shape (3,), but it must read samples shaped "
         "like the data, (2,)", "set the shape of d_in to (2,)")]


def test_without_a_data_shape_the_discriminator_must_read_the_generators_samples():
    disc = dense_graph("d", (3,), [(1, "sigmoid")])
    assert problems(disc=disc, data=None) == [
        ("d_in", ERROR, "the discriminator's Input d_in takes shape (3,), but the generator makes samples of "
         "shape (2,)", "set the shape of d_in to (2,)")]


def test_without_a_data_shape_fitting_graphs_have_no_problems():
    assert problems(data=None) == []


def test_a_list_data_shape_is_the_same_as_a_tuple():
    assert problems(data=[2]) == []


def test_a_discriminator_ending_in_several_units_of_dense_is_told_to_give_1():
    assert problems(disc=dense_graph("d", (2,), [(3, "sigmoid")])) == [
        ("d_1", ERROR, "the discriminator ends in shape (3,), but it must give 1 number per sample (how real "
         "it looks)", "set d_1's units to 1 (activation sigmoid)")]


def test_a_discriminator_ending_in_another_layer_is_told_to_add_a_dense():
    disc = then(dense_graph("d", (2,), [(3, "linear")]), "d_act", "Activation", {"activation": "sigmoid"})
    assert problems(disc=disc) == [
        ("d_act", ERROR, "the discriminator ends in shape (3,), but it must give 1 number per sample (how "
         "real it looks)", "end it with a Dense layer of 1 unit (sigmoid) after d_act")]


def test_a_discriminator_ending_in_a_picture_is_told_to_flatten():
    disc = dense_graph("d", (2, 2, 1), [(1, "sigmoid")])  # Dense acts on the last axis: (2, 2, 1)
    gen = then(dense_graph("g", (4,), [(4, "relu")]), "g_img", "Reshape", {"target_shape": [2, 2, 1]})
    assert problems(gen, disc, (2, 2, 1)) == [
        ("d_1", ERROR, "the discriminator ends in shape (2, 2, 1), but it must give 1 number per sample (how "
         "real it looks)", "end it with Flatten and a Dense layer of 1 unit (sigmoid)")]


@pytest.mark.parametrize("act", ["softmax", "relu", "tanh"])
def test_a_discriminator_activation_other_than_sigmoid_or_linear_is_a_warning(act):
    assert problems(disc=dense_graph("d", (2,), [(1, act)])) == [
        ("d_1", WARNING, f"the discriminator's last activation is {act}, but its output is read as a "
         "probability (sigmoid) or a logit (linear)", "set d_1's activation to sigmoid")]


def test_a_linear_discriminator_is_fine():
    assert problems(disc=dense_graph("d", (2,), [(1, "linear")])) == []


def test_an_activation_layer_at_the_end_is_checked_too():
    disc = then(dense_graph("d", (2,), [(1, "linear")]), "d_act", "Activation", {"activation": "tanh"})
    assert [(n, s) for n, s, _, _ in problems(disc=disc)] == [("d_act", WARNING)]


def test_an_activation_layer_without_a_setting_uses_its_default_relu():
    # The catalog's Activation defaults to relu: a discriminator ending in one gives no logits.
    disc = then(dense_graph("d", (2,), [(1, "linear")]), "d_act", "Activation")
    assert [m for _, _, m, _ in problems(disc=disc)] == [
        "the discriminator's last activation is relu, but its output is read as a probability (sigmoid) or a "
        "logit (linear)"]
    assert G.discriminator_logits(disc) is False


def test_a_dense_without_an_activation_setting_is_linear():
    disc = {"nodes": [{"id": "d_in", "type": "Input", "params": {"shape": [2]}},
                      {"id": "d_1", "type": "Dense", "params": {"units": 1}, "inputs": ["d_in"]}]}
    assert problems(disc=disc) == []
    assert G.discriminator_logits(disc) is True


def test_shape_errors_and_the_warning_come_in_order():
    disc = dense_graph("d", (3,), [(2, "softmax")])
    got = [(n, s) for n, s, _, _ in problems(disc=disc)]
    assert got == [("d_in", ERROR), ("d_1", ERROR), ("d_1", WARNING)]


# ------------------------------------------------------------------ discriminator_logits
def test_a_sigmoid_discriminator_gives_probabilities():
    assert G.discriminator_logits(DISC) is False
    assert G.discriminator_logits(ModelGraph.from_dict(DISC)) is False


def test_a_linear_discriminator_gives_logits():
    assert G.discriminator_logits(dense_graph("d", (2,), [(1, "linear")])) is True


def test_a_discriminator_ending_in_a_layer_without_activation_gives_logits():
    assert G.discriminator_logits(then(dense_graph("d", (2,), [(1, "linear")]), "d_f", "Flatten")) is True


def test_a_discriminator_without_layers_gives_no_logits():
    assert G.discriminator_logits({"nodes": []}) is False


# ------------------------------------------------------------------ variety
def test_mean_pairwise_distance_of_three_points_on_a_line():
    # (0, 0), (3, 4), (6, 8): distances 5, 10, 5, mean 20 / 3
    assert G.mean_pairwise_distance(np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]])) == pytest.approx(20 / 3)


def test_mean_pairwise_distance_flattens_each_sample():
    pictures = np.array([[[0.0], [0.0]], [[3.0], [4.0]]])  # two (2, 1) pictures: distance 5
    assert G.mean_pairwise_distance(pictures) == pytest.approx(5.0)


def test_mean_pairwise_distance_of_one_sample_is_0():
    assert G.mean_pairwise_distance(np.ones((1, 3))) == 0.0


def test_equal_samples_are_at_distance_exactly_0():
    # |x|^2 + |x|^2 - 2 x.x rounds to a tiny negative number for this x: it must be 0, not NaN
    x = np.array([[266.4029657850216, 674.7037183792322, -83.1862857311104, 884.3608260891059,
                   -430.5070158355942]])
    assert G.mean_pairwise_distance(np.repeat(x, 2, axis=0)) == 0.0


def test_variety_is_the_ratio_of_the_mean_distances():
    real = np.array([[0.0, 0.0], [3.0, 4.0]])  # 5
    assert G.variety(real * 2, real) == pytest.approx(2.0)
    assert G.variety(real * 0.25, real) == pytest.approx(0.25)


def test_variety_against_real_samples_that_are_all_alike_is_0():
    assert G.variety(np.array([[0.0], [1.0]]), np.zeros((4, 1))) == 0.0


@pytest.mark.parametrize("value,best,want", [
    (0.35, None, False),  # at the line: not collapsed
    (0.3499, None, True),  # below it, with no run to compare with
    (float("nan"), None, False),
    (float("inf"), None, False),
    (0.1, 0.35, True),  # fallen from 0.35 = max(2 x 0.1, 0.35)
    (0.1, 0.3499, False),
    (0.3, 0.6, True),  # fallen from 0.6 = max(2 x 0.3, 0.35)
    (0.3, 0.5999, False),
    (0.1, float("nan"), False),
])
def test_collapse_is_low_variety_fallen_from_at_least_twice_as_high(value, best, want):
    assert bool(G.collapsed(value, best)) is want


def test_collapse_text_with_the_best_of_the_run():
    assert G.variety_text(0.1, best=0.8) == (
        "Mode collapse: the samples have lost their variety (they differ 10% as much as real samples do, "
        "down from 80%).")


def test_collapse_text_without_a_best_names_the_value_twice():
    assert G.variety_text(0.2) == (
        "Mode collapse: the samples have lost their variety (they differ 20% as much as real samples do, "
        "down from 20%).")


def test_low_variety_never_higher_is_not_yet_collapse():
    assert G.variety_text(0.1, best=0.12) == (
        "The samples still look alike (they differ 10% as much as real samples do): early on a generator "
        "makes much the same picture for any noise. Variety should grow as it learns; if it stays this low, "
        "that is mode collapse.")


def test_healthy_variety_text():
    assert G.variety_text(0.35) == (
        "Variety: the samples differ 35% as much as real samples do (100% is like the data).")


def test_the_collapse_explanation_names_the_remedies():
    assert G.MODE_COLLAPSE_WHY.endswith(
        "Try a smaller learning rate for the generator, more discriminator steps per round "
        "(algorithm.d_steps), label smoothing, or a larger noise vector.")


# ------------------------------------------------------------------ modes_covered
CENTRES = np.array([[0.0, 0.0], [10.0, 0.0]])


def test_a_mode_is_covered_with_a_quarter_of_its_fair_share_nearby():
    # 8 points, 2 modes: a fair share is 4, a quarter of it 1; mode 1 has exactly 1 point
    pts = np.array([[0.0, 0.0]] * 7 + [[10.0, 0.5]])
    assert G.modes_covered(pts, CENTRES, 1.0) == [True, True]


def test_a_point_exactly_at_the_radius_counts():
    pts = np.array([[0.0, 0.0]] * 7 + [[11.0, 0.0]])
    assert G.modes_covered(pts, CENTRES, 1.0) == [True, True]


def test_points_beyond_the_radius_cover_nothing():
    pts = np.array([[0.0, 0.0]] * 7 + [[11.5, 0.0]])
    assert G.modes_covered(pts, CENTRES, 1.0) == [True, False]


def test_too_few_points_do_not_cover_a_mode():
    # 9 points: a quarter of the fair share 4.5 is 1.125; 1 point near mode 1 is not enough
    pts = np.array([[0.0, 0.0]] * 8 + [[10.0, 0.0]])
    assert G.modes_covered(pts, CENTRES, 1.0) == [True, False]
    assert G.modes_covered(pts, CENTRES, 1.0, share=1 / 9 * 2) == [True, True]  # need 1.0


def test_each_point_counts_for_its_nearest_mode_only():
    pts = np.array([[4.0, 0.0]] * 4 + [[6.0, 0.0]] * 1)  # all within radius 6 of both centres
    assert G.modes_covered(pts, CENTRES, 6.0, share=0.5) == [True, False]  # need 1.25: 4 and 1


def test_points_may_be_given_flat():
    assert G.modes_covered([0.0, 0.0, 10.0, 0.0], CENTRES, 0.5) == [True, True]
    assert all(type(b) is bool for b in G.modes_covered([0.0, 0.0, 10.0, 0.0], CENTRES, 0.5))


def test_modes_covered_gives_one_answer_per_centre():
    centres = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
    assert G.modes_covered(np.zeros((6, 2)), centres, 1.0) == [True, False, False]


def test_variety_of_the_data_is_one():
    rng = np.random.default_rng(0)
    real = rng.normal(size=(16, 3))
    assert G.variety(real, real) == pytest.approx(1.0)
    assert math.isfinite(G.mean_pairwise_distance(real))


# ------------------------------------------------------------------ second round (from the mutation run)
def test_a_flat_generator_output_for_data_of_two_axes_needs_units_and_a_reshape():
    gen = dense_graph("g", (4,), [(10, "sigmoid")])
    disc = then(dense_graph("d", (3, 3), []), "d_flat", "Flatten")
    disc = then(disc, "d_out", "Dense", {"units": 1, "activation": "sigmoid"})
    (p,) = problems(gen, disc, (3, 3))
    assert p[3] == "give g_1 9 units and add a Reshape to (3, 3) after it"  # 3 x 3 = 9


BROKEN_GEN = then(dense_graph("g", (4,), [(2, "linear")]), "g_r", "Reshape", {"target_shape": [5]})


def test_a_generator_whose_shape_is_unknown_is_left_to_its_own_analysis():
    # 2 values cannot be reshaped to 5: the generator's analysis reports it; no shape is compared here
    assert problems(gen=BROKEN_GEN) == []
    assert problems(gen=BROKEN_GEN, data=None) == []


def test_a_discriminator_ending_in_two_axes_is_told_to_flatten():
    disc = dense_graph("d", (2, 2), [(1, "sigmoid")])  # Dense on the last axis: (2, 1)
    gen = then(dense_graph("g", (4,), [(4, "relu")]), "g_img", "Reshape", {"target_shape": [2, 2]})
    (p,) = problems(gen, disc, (2, 2))
    assert p[2:] == ("the discriminator ends in shape (2, 1), but it must give 1 number per sample (how real "
                     "it looks)", "end it with Flatten and a Dense layer of 1 unit (sigmoid)")


def test_a_discriminator_ending_in_a_layer_without_activation_has_no_warning():
    disc = then(dense_graph("d", (2,), [(1, "sigmoid")]), "d_flat", "Flatten")  # (1,): fits, no activation
    assert problems(disc=disc) == []


def test_variety_against_real_samples_closer_than_1():
    real = np.array([[0.0], [0.5]])  # mean distance 0.5
    assert G.variety(np.array([[0.0], [1.0]]), real) == pytest.approx(2.0)


def test_a_discriminator_output_of_unknown_length_is_not_compared():
    # An Input of shape (None, 2) reads sequences of any length: the output (?, 1) has no known sample
    # shape, so only the Input's mismatch with the generator's samples is reported.
    disc = dense_graph("d", (None, 2), [(1, "sigmoid")])
    assert problems(disc=disc, data=None) == [
        ("d_in", ERROR, "the discriminator's Input d_in takes shape (?, 2), but the generator makes samples "
         "of shape (2,)", "set the shape of d_in to (2,)")]


def test_distances_are_computed_in_double_precision():
    # float32: 10000^2 and 10000.5^2 differ by 10000.25, but float32 keeps them only to 8: the square
    # distance 0.25 would be lost. As float64 the distance is exactly 0.5.
    x = np.array([[10000.0], [10000.5]], dtype=np.float32)
    assert G.mean_pairwise_distance(x) == pytest.approx(0.5, rel=1e-9)
