"""Analysis details pinned exactly: each bad parameter's fix, loops, dead ends, summary rows.

Pure core, milliseconds; these gaps were found by mutation testing (bench/mutation.py).
"""

from __future__ import annotations

from deskdl.core.analysis import analyze, format_shape, summary_rows
from deskdl.core.graph import ModelGraph

ACTIVATIONS = ("linear, relu, sigmoid, tanh, softmax, elu, selu, gelu, leaky_relu, silu, softplus, relu6, "
               "hard_sigmoid, hard_silu")


def test_each_bad_parameter_gets_its_own_fix():
    g = ModelGraph()
    g.add_node("Input", {"shape": [4]}, "x")
    bad = {"units": 0, "activation": "banana", "bogus": 1, "use_bias": "yes"}
    g.add_node("Dense", bad, "h", inputs=["x"])
    got = [(d.node_id, d.severity, d.message, d.fix) for d in analyze(g).diagnostics]
    assert got == [
        ("h", "error", "h: Dense has no parameter 'bogus' (it takes: units, activation, use_bias, "
                       "kernel_initializer, bias_initializer, kernel_regularizer)", "remove this parameter"),
        ("h", "error", "h: units must be at least 1, not 0", "use a value between 1 and 1,000,000"),
        ("h", "error", "h: activation must be one of " + ", ".join(f"'{a}'" for a in ACTIVATIONS.split(", "))
         + ", not 'banana'", "choose one of: " + ACTIVATIONS),
        ("h", "error", "h: use_bias must be true or false",
         "set use_bias again: add a learned offset (bias) to every output."),
    ]


def test_a_loop_stops_the_shapes_at_the_loop_and_names_each_node_on_it():
    g = ModelGraph.from_dict({"nodes": [
        {"id": "x", "type": "Input", "params": {"shape": [4]}},
        {"id": "a", "type": "Dense", "params": {"units": 3}, "inputs": ["x"]},
        {"id": "b", "type": "Add", "inputs": ["a", "c"]},
        {"id": "c", "type": "Dense", "params": {"units": 3}, "inputs": ["b"]},
        {"id": "d", "type": "Dense", "params": {"units": 2}, "inputs": ["c"]}]})
    a = analyze(g)
    assert a.order == ["x", "a"]  # what comes before the loop still gets its shape
    assert {k: v.shape for k, v in a.nodes.items()} == {"x": (None, 4), "a": (None, 3)}
    assert [(d.node_id, d.message) for d in a.errors] == [
        ("b", "b is part of a loop: data would flow round in a circle"),
        ("c", "c is part of a loop: data would flow round in a circle")]
    assert summary_rows(g, a) == [{"id": "x", "type": "Input", "output_shape": [None, 4], "params": 0},
                                  {"id": "a", "type": "Dense", "output_shape": [None, 3], "params": 15}]


def test_with_chosen_outputs_a_dead_end_is_a_warning_on_that_node_only():
    g = ModelGraph()
    g.add_node("Input", {"shape": [4]}, "x")
    g.add_node("Dense", {"units": 3}, "h", inputs=["x"])
    g.add_node("Dense", {"units": 3}, "dead", inputs=["x"])
    assert analyze(g).diagnostics == []  # without chosen outputs both are outputs
    g.set_outputs(["h"])
    a = analyze(g)
    assert [(d.node_id, d.severity, d.message, d.fix) for d in a.diagnostics] == [
        ("dead", "warning", "dead leads nowhere: it is not an output and nothing reads it",
         "link it onward, mark it as an output, or delete it")]
    assert a.ok and a.for_node("h") == [] and [d.node_id for d in a.for_node("dead")] == ["dead"]


def test_a_fix_action_points_at_the_node_that_needs_it():
    g = ModelGraph()
    g.add_node("Input", {"shape": [784]}, "x")
    g.add_node("Conv2D", {}, "conv", inputs=["x"])
    action = analyze(g).diagnostics[0].action
    assert (action.label, action.op, action.node_id, action.layer, action.params, action.slot) == (
        "Insert Reshape to (28, 28, 1)", "insert_before", "conv", "Reshape", {"target_shape": [28, 28, 1]}, 0)


def test_summary_rows_and_keras_style_shapes():
    g = ModelGraph()
    g.add_node("Input", {"shape": [4]}, "x")
    g.add_node("Dense", {"units": 0}, "bad", inputs=["x"])
    g.add_node("Dense", {"units": 2}, "after", inputs=["bad"])
    rows = summary_rows(g)
    assert rows == [{"id": "x", "type": "Input", "output_shape": [None, 4], "params": 0},
                    {"id": "bad", "type": "Dense", "output_shape": None, "params": 0},
                    {"id": "after", "type": "Dense", "output_shape": None, "params": 0}]
    assert [format_shape(s) for s in [(None,), (None, 4), (None, 28, 28, 1), None]] == [
        "(None,)", "(None, 4)", "(None, 28, 28, 1)", "?"]


def test_fix_for_each_kind_of_parameter_spec():
    from deskdl.core.analysis import _fix_for_param
    from deskdl.core.catalog import ParamSpec

    assert _fix_for_param(None) == "remove this parameter"
    assert _fix_for_param(ParamSpec("n", "int", 1, "How many.", min=0)) == "use a value of at least 0"
    assert _fix_for_param(ParamSpec("n", "int", 1, "How many.", min=2, max=5)) == (
        "use a value between 2 and 5")
    # No minimum: the help says what the value means. A wrapped layer's choices are not a choice list.
    assert _fix_for_param(ParamSpec("n", "int", 1, "How many.", max=5)) == "set n again: how many."
    assert _fix_for_param(ParamSpec("layer", "layer", None, "The layer inside.", choices=("LSTM",))) == (
        "set layer again: the layer inside.")
    mode = ParamSpec("mode", "choice", "a", "Mode.", choices=("a", "b"))
    assert _fix_for_param(mode) == "choose one of: a, b"


def test_a_layer_or_an_id_named_like_its_role():
    from deskdl.core.analysis import named

    assert named("output", "output") == "the output layer"
    assert named("output", "Output") == "the output layer"
    assert named("Output", "output") == "the Output layer"
    assert named("output", "dense_3") == "the output dense_3"
