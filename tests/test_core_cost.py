"""Pure tests of deskdl/core/cost.py: each layer kind's multiply-adds, memory, the Summary's lines.

Every expected number is worked out by hand in the comment beside it (the textbook counts the module's
docstring gives: Dense ``inputs x units`` per position, a convolution ``kernel area x input channels /
groups`` per output value, an RNN ``gates x units x (features + units)`` per step, ...). No Qt, no
TensorFlow: this file is in bench/mutation.py's CORE_TESTS.
"""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest

from deskdl.core import cost
from deskdl.core.analysis import Analysis, NodeInfo
from deskdl.core.cost import Cost, LayerCost, layer_macs
from deskdl.core.graph import ModelGraph


def macs(type_name, params, ins, out):
    """layer_macs, checked to be a plain int (the Summary formats it as a count)."""
    value = layer_macs(type_name, params, ins, out)
    assert type(value) is int, (type_name, value)
    return value


# ---------------------------------------------------------------- layer_macs, one kind at a time
def test_nothing_to_multiply_without_inputs_or_output_shape():
    assert macs("Dense", {"units": 4}, [], (None, 4)) == 0
    assert layer_macs("Dense", {"units": 4}, [(None, 3)], None) == 0
    assert macs("Flatten", {}, [(None, 2, 3)], (None, 6)) == 0
    assert macs("MaxPooling2D", {}, [(None, 4, 4, 2)], (None, 2, 2, 2)) == 0


def test_dense_multiplies_per_position_with_units_from_params_or_the_output():
    assert macs("Dense", {"units": 3}, [(None, 20)], (None, 3)) == 20 * 3  # one position
    assert macs("Dense", {}, [(None, 20)], (None, 5)) == 20 * 5  # units read from the output's last axis
    assert macs("Dense", {}, [(None, 7, 5)], (None, 7, 4)) == 7 * 5 * 4  # the last axis, not the steps
    assert macs("Dense", {"units": 9}, [(None, 20)], (None, 5)) == 20 * 9  # the params' units win
    assert macs("Dense", {"units": 4}, [(None, 7, 5)], (None, 7, 4)) == 7 * 5 * 4  # 7 positions
    assert macs("Dense", {"units": 4}, [(None, 2, 3, 5)], (None, 2, 3, 4)) == 6 * 5 * 4
    # an unknown sequence length: no position count, no multiply-adds
    assert macs("Dense", {"units": 4}, [(None, None, 5)], (None, None, 4)) == 0


def test_convolutions_count_kernel_area_times_input_channels_per_output_value():
    # Conv1D, default kernel 3: 8 x 4 = 32 outputs, each 3 taps x 2 channels
    assert macs("Conv1D", {"filters": 4}, [(None, 10, 2)], (None, 8, 4)) == 32 * 3 * 2
    # Conv2D with 2 groups: 4 x 4 x 6 = 96 outputs, each 3x3 taps x 4 / 2 channels = 96 x 18 = 1728
    assert macs("Conv2D", {"kernel_size": [3, 3], "groups": 2}, [(None, 6, 6, 4)], (None, 4, 4, 6)) == 1728
    # groups None counts as 1; a scalar kernel is square: 5 x 5 x 2 = 50 outputs x 1 x 3 channels
    assert macs("Conv2D", {"kernel_size": 1, "groups": None}, [(None, 5, 5, 3)], (None, 5, 5, 2)) == 150
    # Conv3D kernel 2x3x1 = 6 taps: 3 x 3 x 6 x 5 = 270 outputs x 6 x 2 channels = 3240
    assert macs("Conv3D", {"kernel_size": [2, 3, 1]}, [(None, 4, 5, 6, 2)], (None, 3, 3, 6, 5)) == 3240
    # an output with an unknown size has no count
    assert macs("Conv1D", {"kernel_size": 3}, [(None, None, 2)], (None, None, 4)) == 0


def test_transposed_convolutions_count_per_input_value():
    # each of the 4 x 4 x 2 = 32 input values is spread over 3x3 taps of every one of 5 filters
    assert macs("Conv2DTranspose", {}, [(None, 4, 4, 2)], (None, 8, 8, 5)) == 32 * 9 * 5
    # filters from the params win over the output's last axis
    assert macs("Conv2DTranspose", {"filters": 7}, [(None, 4, 4, 2)], (None, 8, 8, 5)) == 32 * 9 * 7
    # Conv1DTranspose kernel 2: 3 x 4 = 12 inputs x 2 taps x 6 filters
    assert macs("Conv1DTranspose", {"kernel_size": 2, "filters": 6}, [(None, 3, 4)], (None, 6, 6)) == 144
    # Conv3DTranspose kernel 1x2x1: 2 x 2 x 2 x 1 = 8 inputs x 2 taps x 3 filters
    assert (
        macs(
            "Conv3DTranspose",
            {"kernel_size": [1, 2, 1], "filters": 3},
            [(None, 2, 2, 2, 1)],
            (None, 2, 4, 2, 3),
        )
        == 48
    )
    assert macs("Conv2DTranspose", {"filters": 3}, [(None, None, 2, 1)], (None, 4, 4, 3)) == 0


def test_depthwise_convolutions_count_one_channel_per_output_value():
    # 3 x 3 x 4 = 36 outputs (2 channels x multiplier 2), each 3x3 taps of one channel
    assert macs("DepthwiseConv2D", {"kernel_size": [3, 3]}, [(None, 5, 5, 2)], (None, 3, 3, 4)) == 36 * 9
    # a 3x1 kernel: 3 x 5 x 2 = 30 outputs x 3 taps
    assert macs("DepthwiseConv2D", {"kernel_size": [3, 1]}, [(None, 5, 5, 2)], (None, 3, 5, 2)) == 90
    # DepthwiseConv1D, default kernel 3: 5 x 3 = 15 outputs x 3 taps
    assert macs("DepthwiseConv1D", {}, [(None, 7, 3)], (None, 5, 3)) == 45


def test_separable_convolutions_add_the_depthwise_and_the_pointwise_parts():
    # 3 x 3 = 9 positions; depthwise: 9 positions x 3 channels x multiplier 2 x 9 taps = 486;
    # pointwise: 9 positions x 4 filters x 6 intermediate channels = 216
    assert (
        macs("SeparableConv2D", {"kernel_size": 3, "depth_multiplier": 2}, [(None, 5, 5, 3)], (None, 3, 3, 4))
        == 486 + 216
    )
    # default kernel 3 and a multiplier of None (1): 4 positions x 2 channels x 3 taps = 24,
    # then 4 positions x 5 filters x 2 channels = 40
    assert macs("SeparableConv1D", {"depth_multiplier": None}, [(None, 6, 2)], (None, 4, 5)) == 24 + 40
    assert macs("SeparableConv1D", {}, [(None, 6, 2)], (None, 4, 5)) == 24 + 40  # multiplier 1 by default
    # kernel 2x2: 4 x 4 = 16 positions x 3 channels x 4 taps = 192; then 16 x 2 filters x 3 = 96
    assert macs("SeparableConv2D", {"kernel_size": 2}, [(None, 5, 5, 3)], (None, 4, 4, 2)) == 192 + 96


def test_recurrent_layers_count_gates_times_units_times_features_and_units_per_step():
    # SimpleRNN: 1 gate; 6 steps x 5 units x (3 features + 5 units)
    assert macs("SimpleRNN", {"units": 5}, [(None, 6, 3)], (None, 5)) == 6 * 1 * 5 * 8
    # GRU: 3 gates
    assert macs("GRU", {"units": 8}, [(None, 5, 3)], (None, 8)) == 5 * 3 * 8 * 11
    # LSTM: 4 gates; units default to 1: 2 steps x 4 x 1 x (3 + 1)
    assert macs("LSTM", {}, [(None, 2, 3)], (None, 1)) == 32


def test_bidirectional_counts_its_inner_layer_twice():
    gru = {"layer": {"type": "GRU", "params": {"units": 4}}}
    assert macs("Bidirectional", gru, [(None, 5, 3)], (None, 8)) == 2 * 5 * 3 * 4 * 7  # 840
    # no inner layer: an LSTM of 16 units; 2 x 2 steps x 4 gates x 16 x (3 + 16)
    assert macs("Bidirectional", {}, [(None, 2, 3)], (None, 32)) == 4864
    assert macs("Bidirectional", {"layer": None}, [(None, 2, 3)], (None, 32)) == 4864
    # inner params None: 16 units; a SimpleRNN has 1 gate: 2 x 1 step x 1 x 16 x (1 + 16)
    assert (
        macs("Bidirectional", {"layer": {"type": "SimpleRNN", "params": None}}, [(None, 1, 1)], (None, 32))
        == 544
    )
    # an inner type without a gate count is counted as an LSTM (4): 2 x 1 x 4 x 2 x (1 + 2)
    assert (
        macs("Bidirectional", {"layer": {"type": "Foo", "params": {"units": 2}}}, [(None, 1, 1)], (None, 4))
        == 48
    )


def test_attention_counts_projections_scores_and_the_output_projection():
    q, v, k = (None, 3, 4), (None, 5, 6), (None, 5, 7)
    # 2 heads, key_dim 3, value_dim = key_dim; tq = 3 query steps, tv = 5 value steps
    # projections: q 3*2*3*4 = 72, k 5*2*3*7 = 210, v 5*2*3*6 = 180
    # scores and weighted sum: 2*3*5*3 + 2*3*5*3 = 180; output projection 3*2*3*4 = 72
    params = {"num_heads": 2, "key_dim": 3}
    assert macs("MultiHeadAttention", params, [q, v, k], (None, 3, 4)) == 462 + 180 + 72
    # value_dim 2: v projection 5*2*2*6 = 120; weighted sum 2*3*5*2 = 60; output 3*2*2*4 = 48
    params = {"num_heads": 2, "key_dim": 3, "value_dim": 2}
    assert macs("MultiHeadAttention", params, [q, v, k], (None, 3, 4)) == (72 + 210 + 120) + (90 + 60) + 48
    # two inputs: the key is the value. q (2 steps, 4), v (3 steps, 5), 1 head, key_dim 2:
    # projections 2*1*2*4 + 3*1*2*5 + 3*1*2*5 = 76; scores 2*3*2 + 2*3*2 = 24; output 2*1*2*4 = 16
    assert macs("MultiHeadAttention", {"key_dim": 2}, [(None, 2, 4), (None, 3, 5)], (None, 2, 4)) == 116
    # one input (self-attention), 1 head and key_dim 1 by default: tq = tv = 3, 4 features:
    # projections 3 x (3*1*1*4) = 36; scores 9 + 9 = 18; output 3*1*1*4 = 12
    assert macs("MultiHeadAttention", {}, [(None, 3, 4)], (None, 3, 4)) == 66
    # a query of unknown length counts 0 query steps: projections 0 + 3 + 3, no scores, no output
    assert macs("MultiHeadAttention", {}, [(None, None, 1), (None, 3, 1)], (None, None, 1)) == 6
    # values of unknown length count 0 value steps: the query projection 3 and the output projection 3
    assert macs("MultiHeadAttention", {}, [(None, 3, 1), (None, None, 1)], (None, 3, 1)) == 6


def test_normalisations_scale_and_shift_every_value():
    assert macs("BatchNormalization", {}, [(None, 4, 5)], (None, 4, 5)) == 20
    assert macs("LayerNormalization", {}, [(None, 4, 5)], (None, 4, 5)) == 20
    assert macs("BatchNormalization", {}, [(None, None, 3)], (None, None, 3)) == 0


def test_values_per_example_and_kernel_pairs():
    assert cost._prod(None) is None
    assert cost._prod((None,)) == 1  # a batch of scalars: one value each
    assert cost._prod((None, 2, 3)) == 6 and cost._prod([None, 4]) == 4
    assert cost._prod((None, None, 3)) is None and cost._prod((None, 3, None)) is None
    assert cost._pair([3, 5], 2) == (3, 5) and cost._pair((2.0, 1), 2) == (2, 1)
    assert cost._pair(3, 2) == (3, 3) and cost._pair("4", 3) == (4, 4, 4)


# ---------------------------------------------------------------- estimate on a graph
def chain(*layers, shape):
    g = ModelGraph()
    prev = g.add_node("Input", {"shape": list(shape)}, node_id="input")
    for i, (t, params) in enumerate(layers):
        prev = g.add_node(t, params, node_id=f"l{i}", inputs=[prev])
    return g


def test_estimate_lists_every_layer_with_its_figures():
    c = cost.estimate(
        chain(("Dense", {"units": 4}), ("Dense", {"units": 2}), shape=[3]), batch_size=5, optimizer="SGD"
    )
    # Dense 3 -> 4: 12 multiply-adds, 16 weights, 4 outputs; Dense 4 -> 2: 8, 10, 2; the Input has none
    assert c.layers == [
        LayerCost("input", "Input", 0, 0, 0),
        LayerCost("l0", "Dense", 12, 16, 4),
        LayerCost("l1", "Dense", 8, 10, 2),
    ]
    assert c.batch_size == 5 and c.optimizer == "SGD" and c.unknown == []
    assert (c.macs, c.params, c.param_bytes) == (20, 26, 104)


def test_estimate_keeps_the_batch_size_at_least_one_and_the_optimizer_as_text():
    c = cost.estimate(chain(("Dense", {"units": 1}), shape=[2]), batch_size=0, optimizer=None)
    assert c.batch_size == 1 and c.optimizer == "None"
    assert cost.estimate(chain(("Dense", {"units": 1}), shape=[2]), batch_size="7").batch_size == 7
    default = cost.estimate(chain(("Dense", {"units": 1}), shape=[2]))
    assert (default.batch_size, default.optimizer) == (32, "Adam")


def test_layers_of_unknown_shape_count_as_zero_and_are_named():
    # an Input of shape [None, 5]: the Dense's output (None, None, 4) has no size per example
    c = cost.estimate(chain(("Dense", {"units": 4}), shape=[None, 5]))
    assert c.unknown == ["input", "l0"]
    assert c.layers == [LayerCost("input", "Input", 0, 0, 0), LayerCost("l0", "Dense", 0, 24, 0)]
    # an unknown length before a pooling of known output: its input's size is unknown, so it is named
    c = cost.estimate(chain(("GlobalAveragePooling1D", {}), shape=[None, 5]))
    assert c.unknown == ["input", "l0"] and c.layers[1] == LayerCost("l0", "GlobalAveragePooling1D", 0, 0, 5)
    # an LSTM over an unknown length: named once, its count not even tried (it would fail on None steps)
    c = cost.estimate(chain(("LSTM", {"units": 2}), shape=[None, 3]))
    assert c.unknown == ["input", "l0"] and c.layers[1].macs == 0
    # a Dense with no input has no shape at all: left out of the layers, named in unknown
    g = ModelGraph()
    g.add_node("Input", {"shape": [5]}, node_id="input")
    g.add_node("Dense", {"units": 4}, node_id="d")
    g.add_node("Dense", {"units": 2}, node_id="e", inputs=["d"])
    c = cost.estimate(g)
    assert [layer.id for layer in c.layers] == ["input"] and c.unknown == ["d", "e"]


def test_a_layer_whose_count_fails_counts_as_zero_and_is_named():
    # a hand-made analysis (the function takes one): a separable convolution with 0 filters divides by 0,
    # and "lost" has no entry at all
    g = ModelGraph()
    g.add_node("Input", {"shape": [3, 1, 2]}, node_id="x")
    g.add_node("SeparableConv2D", {"filters": 1, "kernel_size": 1}, node_id="s", inputs=["x"])
    g.add_node("Dense", {"units": 2}, node_id="lost", inputs=["x"])
    g.add_node("Dense", {"units": 2}, node_id="d", inputs=["x"])
    a = Analysis(
        nodes={
            "x": NodeInfo((None, 3, 1, 2)),
            "s": NodeInfo((None, 3, 1, 0), trainable=5),
            "d": NodeInfo((None, 3, 1, 2), trainable=6),
        },
        order=["x", "s", "lost", "d"],
    )
    c = cost.estimate(g, analysis=a)
    # the Dense: 3 x 1 positions x 2 inputs x 2 units = 12 multiply-adds, 6 outputs
    assert c.layers == [
        LayerCost("x", "Input", 0, 0, 0),
        LayerCost("s", "SeparableConv2D", 0, 5, 0),
        LayerCost("d", "Dense", 12, 6, 6),
    ]
    assert c.unknown == ["s", "lost"]


def test_estimate_project_reads_batch_size_and_optimizer():
    g = chain(("Dense", {"units": 1}), shape=[2])
    c = cost.estimate_project(
        SimpleNamespace(graph=g, training={"batch_size": 8, "optimizer": {"type": "RMSprop"}})
    )
    assert (c.batch_size, c.optimizer, c.macs) == (8, "RMSprop", 2)
    for training in ({}, None, {"batch_size": 0, "optimizer": None}, {"optimizer": {"type": ""}}):
        c = cost.estimate_project(SimpleNamespace(graph=g, training=training))
        assert (c.batch_size, c.optimizer) == (32, "Adam"), training


# ---------------------------------------------------------------- memory and fitting
def one_layer(params=100, activations=10, batch_size=32, optimizer="SGD"):
    return Cost([LayerCost("d", "Dense", 0, params, activations)], batch_size=batch_size, optimizer=optimizer)


def test_cost_defaults_and_totals():
    c = Cost()
    assert (c.layers, c.batch_size, c.optimizer, c.unknown) == ([], 32, "Adam", [])
    c = Cost([LayerCost("a", "Dense", 7, 100, 10), LayerCost("b", "Dense", 5, 20, 3)], batch_size=2)
    assert (c.macs, c.params, c.param_bytes) == (12, 120, 480)
    assert c.activation_bytes == 13 * 2 * 4  # every output value of the batch, 4 bytes each
    assert c.batch_macs() == 12 * 2 * 3  # forward and two backward products


@pytest.mark.parametrize(
    ("optimizer", "copies"),
    [
        # the weight and its gradient, plus the optimizer's slots (Keras: SGD without momentum keeps none,
        # Adagrad and RMSprop one accumulator, Adam and AdamW two moments, Adadelta two accumulators)
        ("SGD", 2),
        ("Adagrad", 3),
        ("RMSprop", 3),
        ("Adam", 4),
        ("AdamW", 4),
        ("Adadelta", 4),
        ("Nadam", 4),  # not in the table: counted like Adam
    ],
)
def test_training_keeps_weights_gradients_and_optimizer_slots(optimizer, copies):
    c = one_layer(params=100, activations=10, batch_size=5, optimizer=optimizer)
    assert c.training_param_bytes == 400 * copies
    assert c.training_bytes == 400 * copies + 10 * 5 * 4


def test_largest_batch_fits_in_four_fifths_of_the_free_memory():
    c = one_layer(params=100, activations=10, optimizer="SGD")  # weights+gradients 800 bytes, 40 a example
    assert c.largest_batch(10_000) == 180  # (0.8 x 10000 - 800) // 40 = 7200 // 40
    assert c.largest_batch(10_049) == 180 and c.largest_batch(10_050) == 181  # 8040 - 800 = 7240 = 181 x 40
    assert c.largest_batch(1_000) == 0  # exactly the weights: no room for an example
    assert c.largest_batch(500) == 0
    # a model without outputs to keep: any batch size (1 << 30) once the weights fit, none before
    empty = one_layer(params=100, activations=0)
    assert empty.largest_batch(2_000) == 1 << 30 and empty.largest_batch(1_000) == 0
    assert one_layer(params=0, activations=0).largest_batch(1) == 1 << 30  # room 0.8 bytes is room


def test_fits_compares_the_training_step_with_four_fifths_of_the_free_memory():
    c = one_layer(params=100, activations=10, batch_size=32, optimizer="SGD")  # 800 + 10 x 32 x 4 = 2080
    assert c.training_bytes == 2080
    assert c.fits(2600) is True  # 0.8 x 2600 = 2080
    assert c.fits(2599) is False
    assert c.fits(None) is None and c.fits(0) is None


# ---------------------------------------------------------------- the Summary's words
def test_human_bytes_uses_1024_steps():
    assert [cost.human_bytes(n) for n in (0, 512, 1023, 1024, 1536, 1024**2 * 3, 1024**3 * 2.25)] == [
        "0 bytes",
        "512 bytes",
        "1023 bytes",
        "1.0 KB",
        "1.5 KB",
        "3.0 MB",
        "2.2 GB",
    ]
    assert cost.human_bytes(5 * 1024**4) == "5120.0 GB"  # no TB: GB is the last unit
    assert cost.human_bytes(-1536) == "-1.5 KB"


def test_human_count_uses_three_significant_digits():
    assert [cost.human_count(n) for n in (0, 12.7, 999, 1000, 1234567, 2.5e9)] == [
        "0",
        "12",
        "999",
        "1 k",
        "1.23 M",
        "2.5 G",
    ]
    assert cost.human_count(-1500) == "-1.5 k" and cost.human_count(1e6) == "1 M"
    assert cost.human_count(1e9) == "1 G" and cost.human_count(999_500_000) == "1 G"


def test_human_count_moves_up_a_unit_where_three_digits_would_round_to_1000():
    # 999_999 / 1000 = 999.999, which "%.3g" writes "1e+03": the count is "1 M" instead
    assert [cost.human_count(n) for n in (999.4, 999.5, 999_499, 999_500, 999_999, 999_499_999)] == [
        "999",
        "1 k",
        "999 k",
        "1 M",
        "1 M",
        "999 M",
    ]


SMALL = [LayerCost("in", "Input", 0, 0, 0), LayerCost("d", "Dense", 2000, 2010, 10)]


def test_describe_says_the_totals_in_three_lines():
    c = Cost(list(SMALL), batch_size=4, optimizer="SGD")
    # 2000 x 4 x 3 = 24000 for a batch; weights 2010 x 4 = 8040 bytes = 7.85 KB, with SGD twice that
    # (16080 = 15.70 KB); outputs 10 x 4 x 4 = 160 bytes
    assert cost.describe(c) == [
        "Multiply-adds per example: 2 k (a training step on a batch of 4 does about 24 k: "
        "forward and backward).",
        "Weights: 7.9 KB; while training with SGD 15.7 KB (gradients and the optimizer's own copies).",
        "Layer outputs for a batch of 4: 160 bytes (kept for the backward pass).",
    ]


def test_describe_names_layers_of_unknown_shape():
    c = Cost(list(SMALL), batch_size=4, optimizer="SGD", unknown=["a", "b"])
    assert cost.describe(c)[3] == "Layers with unknown shapes count as 0: a, b."
    assert len(cost.describe(c)) == 4


def test_describe_says_when_the_step_fits():
    c = Cost(list(SMALL), batch_size=4, optimizer="SGD")  # 16080 + 160 = 16240 bytes = 15.86 KB
    # 0.8 x 100000 = 80000 >= 16240; 100000 bytes = 97.66 KB
    assert cost.describe(c, 100_000)[-1] == "Fits: 15.9 KB of the 97.7 KB free on this computer."
    assert cost.describe(c, 100_000, "the GPU")[-1] == "Fits: 15.9 KB of the 97.7 KB free on the GPU."


def test_describe_warns_with_the_largest_batch_that_fits():
    c = Cost(list(SMALL), batch_size=200, optimizer="SGD")  # 16080 + 10 x 200 x 4 = 24080 bytes = 23.5 KB
    # 0.8 x 30000 = 24000 < 24080; (24000 - 16080) // 40 = 198; 30000 bytes = 29.3 KB
    assert cost.describe(c, 30_000)[-1] == (
        "Warning: one training step needs about 23.5 KB but this computer "
        "has 29.3 KB free: use a batch size of at most 198."
    )
    # 0.8 x 20163 = 16130.4: room for 50.4 bytes, one example of 40
    c = Cost(list(SMALL), batch_size=4, optimizer="SGD")
    assert cost.describe(c, 20_163, "the GPU")[-1] == (
        "Warning: one training step needs about 15.9 KB but the GPU has 19.7 KB free: use a batch size of "
        "at most 1."
    )


def test_describe_says_when_the_weights_alone_do_not_fit():
    c = Cost(list(SMALL), batch_size=4, optimizer="SGD")
    # 0.8 x 20000 = 16000 < 16080 bytes of weights and gradients; 20000 bytes = 19.5 KB
    assert cost.describe(c, 20_000, "the GPU")[-1] == (
        "Warning: one training step needs about 15.9 KB but the GPU has 19.5 KB free: make the model smaller "
        "(fewer units or filters): its weights alone do not fit."
    )
    assert len(cost.describe(c, 20_000)) == 4


# ---------------------------------------------------------------- free memory (fakes at the edge)
class FakeFile:
    def __init__(self, lines):
        self.lines = lines

    def __enter__(self):
        return iter(self.lines)

    def __exit__(self, *exc):
        return False


@pytest.fixture
def meminfo(monkeypatch):
    """Replace the module's ``open`` with one that serves /proc/meminfo's lines (or raises)."""
    calls = []

    def install(lines=None, error=None):
        def fake_open(path, *args, **kwargs):
            calls.append((path, args, kwargs))
            if error is not None:
                raise error
            return FakeFile(lines)

        monkeypatch.setattr(cost, "open", fake_open, raising=False)
        return calls

    return install


def test_available_ram_reads_memavailable_in_kilobytes(meminfo, monkeypatch):
    monkeypatch.setattr(os, "sysconf", lambda name: pytest.fail("sysconf asked although meminfo answered"))
    calls = meminfo(
        [
            "MemTotal:       16000 kB\n",
            "MemFree:  10 kB\n",
            "MemAvailable:    2048 kB\n",
            "MemAvailable:    1 kB\n",
        ]
    )
    assert cost.available_ram() == 2048 * 1024
    assert calls == [("/proc/meminfo", (), {"encoding": "ascii"})]


@pytest.mark.parametrize("how", ["no line", "oserror", "bad number", "no number"])
def test_available_ram_falls_back_to_free_pages(meminfo, monkeypatch, how):
    pages = {"SC_AVPHYS_PAGES": 3, "SC_PAGE_SIZE": 4096}
    monkeypatch.setattr(os, "sysconf", lambda name: pages[name])
    if how == "no line":
        meminfo(["MemTotal: 16000 kB\n"])
    elif how == "oserror":
        meminfo(error=FileNotFoundError(2, "No such file"))
    elif how == "bad number":
        meminfo(["MemAvailable: lots kB\n"])
    else:
        meminfo(["MemAvailable:\n"])
    assert cost.available_ram() == 3 * 4096


@pytest.mark.parametrize("error", [ValueError("unknown name"), OSError(22, "Invalid argument")])
def test_available_ram_is_unknown_when_both_ways_fail(meminfo, monkeypatch, error):
    meminfo(error=OSError(2, "No such file"))

    def sysconf(name):
        raise error

    monkeypatch.setattr(os, "sysconf", sysconf)
    assert cost.available_ram() is None


def test_available_ram_is_unknown_without_sysconf(meminfo, monkeypatch):
    meminfo(error=OSError(2, "No such file"))
    monkeypatch.delattr(os, "sysconf")  # Windows has no os.sysconf
    assert cost.available_ram() is None
