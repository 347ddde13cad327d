"""Whole-graph analysis: shapes and counts for good graphs, teaching diagnostics for bad ones."""

from __future__ import annotations

from deskdl.core.analysis import ERROR, WARNING, analyze, format_shape, summary_rows
from deskdl.core.graph import ModelGraph


def graph(*nodes, outputs=None):
    data = {"nodes": [{"id": n[0], "type": n[1], "params": n[2] if len(n) > 2 else {},
                       "inputs": n[3] if len(n) > 3 else []} for n in nodes]}
    if outputs is not None:
        data["outputs"] = outputs
    return ModelGraph.from_dict(data)


def mnist_cnn():
    return graph(
        ("x", "Input", {"shape": [28, 28, 1]}),
        ("c", "Conv2D", {"filters": 8, "kernel_size": 3}, ["x"]),
        ("p", "MaxPooling2D", {}, ["c"]),
        ("f", "Flatten", {}, ["p"]),
        ("y", "Dense", {"units": 10, "activation": "softmax"}, ["f"]),
    )


def test_good_graph_has_shapes_and_counts():
    a = analyze(mnist_cnn())
    assert a.ok and a.diagnostics == []
    assert a.nodes["c"].shape == (None, 26, 26, 8)
    assert a.nodes["p"].shape == (None, 13, 13, 8)
    assert a.nodes["f"].shape == (None, 1352)
    assert a.nodes["y"].trainable == 1352 * 10 + 10
    assert a.total == 80 + 13530
    assert [r["id"] for r in summary_rows(mnist_cnn())] == ["x", "c", "p", "f", "y"]
    assert format_shape(a.nodes["y"].shape) == "(None, 10)"


def test_cycle_is_reported_on_each_node_of_the_loop():
    g = graph(("x", "Input", {"shape": [4]}), ("a", "Add", {}, ["x", "b"]), ("b", "Dense", {}, ["a"]))
    a = analyze(g)
    assert {d.node_id for d in a.errors} >= {"a", "b"}
    assert any("loop" in d.message for d in a.errors)


def test_no_input_and_no_output():
    a = analyze(graph(("d", "Dense")))
    texts = [d.message for d in a.errors]
    assert any("no Input" in t for t in texts)
    assert any(d.action is not None and d.action.op == "add_input" for d in a.errors)
    assert any("no output" in d.message for d in analyze(graph(("x", "Input"))).errors)


def test_unlinked_layer_and_dangling_branch():
    g = graph(("x", "Input", {"shape": [4]}), ("d", "Dense", {}, ["x"]), ("lost", "Dense"),
              ("side", "Dense", {}, ["x"]), outputs=["d"])
    a = analyze(g)
    assert any(d.node_id == "lost" and "no input linked" in d.message for d in a.errors)
    assert any(d.node_id == "side" and d.severity == WARNING and "leads nowhere" in d.message
               for d in a.diagnostics)


def test_wrong_arity():
    g = graph(("x", "Input", {"shape": [4]}), ("s", "Subtract", {}, ["x", "x", "x"]),
              ("m", "Add", {}, ["x"]))
    a = analyze(g)
    assert any(d.node_id == "s" and "takes 2 inputs but has 3" in d.message for d in a.errors)
    assert any(d.node_id == "m" and "needs 2 or more inputs but has 1" in d.message for d in a.errors)


def test_invalid_param_names_the_param_and_a_fix():
    g = graph(("x", "Input", {"shape": [4]}), ("d", "Dense", {"units": 0, "bogus": 1}, ["x"]))
    a = analyze(g)
    by_param = {d.param: d for d in a.errors}
    assert "at least 1" in by_param["units"].message and by_param["units"].fix
    assert "no parameter 'bogus'" in by_param["bogus"].message
    assert a.nodes["d"].shape is None


def test_shape_mismatch_gives_one_click_fix_pointed_at_the_node():
    g = graph(("x", "Input", {"shape": [784]}), ("c", "Conv2D", {}, ["x"]), ("f", "Flatten", {}, ["c"]))
    a = analyze(g)
    (err,) = a.errors  # the Flatten after it stays quiet: the problem is upstream
    assert err.node_id == "c" and err.severity == ERROR
    assert "Conv2D needs an image-shaped input (height, width, channels) but receives a flat vector " \
           "of 784 values" in err.message
    assert "Reshape to (28, 28, 1)" in err.text
    assert err.action.op == "insert_before" and err.action.node_id == "c"
    assert err.action.layer == "Reshape" and err.action.params == {"target_shape": [28, 28, 1]}


def test_applying_the_fix_action_repairs_the_graph():
    g = graph(("x", "Input", {"shape": [784]}), ("c", "Conv2D", {}, ["x"]), ("f", "Flatten", {}, ["c"]))
    act = analyze(g).errors[0].action
    node = g.node(act.node_id)
    g.insert_between(act.layer, node.inputs[act.slot], act.node_id, act.slot, act.params)
    assert analyze(g).ok


def test_merge_mismatch_is_explained():
    g = graph(("x", "Input", {"shape": [4]}), ("a", "Dense", {"units": 3}, ["x"]),
              ("b", "Dense", {"units": 5}, ["x"]), ("m", "Add", {}, ["a", "b"]))
    (err,) = analyze(g).errors
    assert err.node_id == "m" and "(3,) and (5,)" in err.message and "Concatenate" in err.fix


def test_dense_on_an_image_warns_with_flatten_fix():
    g = graph(("x", "Input", {"shape": [28, 28, 1]}), ("d", "Dense", {"units": 10}, ["x"]))
    a = analyze(g)
    assert a.ok  # Keras accepts it ...
    (warn,) = a.diagnostics  # ... but a learner rarely means it
    assert warn.severity == WARNING and warn.node_id == "d"
    assert warn.action.layer == "Flatten" and warn.action.node_id == "d"
    assert a.nodes["d"].shape == (None, 28, 28, 10)


def test_problems_downstream_of_an_error_are_not_repeated():
    g = graph(("x", "Input", {"shape": [3]}), ("r", "Reshape", {"target_shape": [2, 2]}, ["x"]),
              ("d", "Dense", {}, ["r"]), ("e", "Dense", {}, ["d"]))
    a = analyze(g)
    assert [d.node_id for d in a.errors] == ["r"]
    assert "needs 4 values" in a.errors[0].message
