"""analyze's diagnostics in full: which node, how bad, the sentence the learner reads, the fix.

Pure core tests (no Qt, no Keras). Each graph is small enough to work out by hand; the
expected texts are the ones the Problems list shows, and the shapes and parameter counts
are Keras's (Dense: inputs x units + units).
"""

from __future__ import annotations

from deskdl.core.analysis import ERROR, WARNING, analyze, group_info
from deskdl.core.catalog import FixAction
from deskdl.core.graph import ModelGraph

NO_INPUT = (None, ERROR, "the model has no Input layer, so there is nowhere for data to enter",
            "add an Input layer from the palette and link it to the first layer",
            FixAction("Add an Input layer", "add_input"), None)
NO_OUTPUT = (None, ERROR, "the model has no output layer",
             "add a layer after the Input (for example a Dense layer) to produce the prediction", None, None)
UNLINKED_FIX = "link it to the first layer, or delete it"


def graph(*nodes) -> ModelGraph:
    """``(id, type, params, inputs)`` tuples as a graph read from a file (so arity is not refused)."""
    return ModelGraph.from_dict({"nodes": [{"id": nid, "type": typ, "params": params, "inputs": list(inputs)}
                                           for nid, typ, params, inputs in nodes]})


def rows(analysis):
    return [(d.node_id, d.severity, d.message, d.fix, d.action, d.param) for d in analysis.diagnostics]


def shapes(analysis):
    return {nid: (info.shape, info.params) for nid, info in analysis.nodes.items()}


def test_a_problem_at_one_layer_leaves_the_later_layers_analysed():
    # Order: x, few, many, badp, conv, h1, after, h2, h3 (Kahn's order, ties in file order).
    # Each kind of problem (too few inputs, too many, a bad parameter, a shape error, an upstream
    # problem) comes before h1/h2/h3 in that order, and those still get their shapes.
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("few", "Add", {}, ["x"]),
              ("many", "Dense", {"units": 2}, ["x", "x"]),
              ("badp", "Dense", {"units": 0}, ["x"]),
              ("conv", "Conv2D", {"filters": 2, "kernel_size": 3}, ["x"]),
              ("after", "Dense", {"units": 2}, ["conv"]),
              ("h1", "Dense", {"units": 3}, ["x"]),
              ("h2", "Dense", {"units": 5}, ["h1"]),
              ("h3", "Dense", {"units": 1}, ["h2"]))
    a = analyze(g)
    assert a.order == ["x", "few", "many", "badp", "conv", "h1", "after", "h2", "h3"]
    assert shapes(a) == {"x": ((None, 4), 0), "few": (None, 0), "many": (None, 0), "badp": (None, 0),
                         "conv": (None, 0), "after": (None, 0),
                         "h1": ((None, 3), 15), "h2": ((None, 5), 20), "h3": ((None, 1), 6)}
    assert a.total == 41  # 15 + 20 + 6


def test_each_arity_problem_is_said_with_its_own_fix():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("few", "Add", {}, ["x"]),
              ("many", "Dense", {"units": 2}, ["x", "x"]))
    assert rows(analyze(g)) == [
        ("few", ERROR, "few (Add) needs 2 or more inputs but has 1", "link another layer into it",
         None, None),
        ("many", ERROR, "many (Dense) takes 1 input but has 2",
         "remove the extra links, or merge them first with Add or Concatenate", None, None)]


def test_a_shape_error_names_the_layer_and_points_its_one_click_fix_at_it():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("conv", "Conv2D", {"filters": 2, "kernel_size": 3}, ["x"]))
    # 4 values make a 2 x 2 image with 1 channel.
    assert rows(analyze(g)) == [
        ("conv", ERROR, "conv: Conv2D needs an image-shaped input (height, width, channels) but receives a "
         "flat vector of 4 values",
         "insert a Reshape to (2, 2, 1) before it (or, if a Flatten made it flat, remove that Flatten)",
         FixAction("Insert Reshape to (2, 2, 1)", "insert_before", "conv", "Reshape",
                   {"target_shape": [2, 2, 1]}), None)]


def test_a_layer_note_is_a_warning_with_the_layers_own_settings():
    # Dense(5) on an 8x8x3 image works per pixel: (8, 8, 5), 3 * 5 + 5 = 20 parameters.
    g = graph(("img", "Input", {"shape": [8, 8, 3]}, []), ("d", "Dense", {"units": 5}, ["img"]))
    a = analyze(g)
    assert shapes(a) == {"img": ((None, 8, 8, 3), 0), "d": ((None, 8, 8, 5), 20)}
    assert rows(a) == [
        ("d", WARNING, "d: Dense receives an image-shaped tensor (8, 8, 3) (height, width, channels) and "
         "works on each position separately, so its output is (8, 8, 5) rather than one vector per example",
         "insert a Flatten (or a global pooling layer) before it to turn the image into a vector",
         FixAction("Insert Flatten", "insert_before", "d", "Flatten"), None)]
    assert a.ok


def test_a_loop_says_how_to_break_it_and_leaves_no_output():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("a", "Dense", {"units": 3}, ["x"]),
              ("b", "Add", {}, ["a", "c"]),
              ("c", "Dense", {"units": 3}, ["b"]))
    a = analyze(g)
    loop, fix = "data would flow round in a circle", "remove one of the links in the loop"
    assert rows(a) == [("b", ERROR, f"b is part of a loop: {loop}", fix, None, None),
                       ("c", ERROR, f"c is part of a loop: {loop}", fix, None, None),
                       NO_OUTPUT]
    assert a.outputs == []


def test_an_empty_graph_only_lacks_an_input():
    a = analyze(ModelGraph())
    assert rows(a) == [NO_INPUT]
    assert (a.order, a.outputs, a.nodes) == ([], [], {})


def test_a_layer_without_input_in_a_graph_without_input():
    a = analyze(graph(("d", "Dense", {"units": 2}, [])))
    assert rows(a) == [NO_INPUT, ("d", ERROR, "d (Dense) has no input linked, so no data reaches it",
                                  "drag a link from the output of an earlier layer to it, or delete it",
                                  None, None)]
    assert a.outputs == ["d"]


def test_a_lone_input_is_not_called_unlinked():
    # One node: the missing output is the problem; "not linked to anything" would say it twice.
    a = analyze(graph(("x", "Input", {"shape": [4]}, [])))
    assert rows(a) == [NO_OUTPUT]


def test_two_unlinked_inputs_are_each_named():
    a = analyze(graph(("x", "Input", {"shape": [4]}, []), ("input", "Input", {"shape": [4]}, [])))
    assert rows(a) == [NO_OUTPUT,
                       ("x", WARNING, "the Input x is not linked to anything", UNLINKED_FIX, None, None),
                       ("input", WARNING, "the Input layer is not linked to anything", UNLINKED_FIX,
                        None, None)]


def test_a_branch_without_an_input_is_an_error_on_each_of_its_layers():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("h", "Dense", {"units": 2}, ["x"]),
              ("d1", "Dense", {"units": 2}, []),
              ("d2", "Dense", {"units": 2}, ["d1"]))
    a = analyze(g)
    assert rows(a) == [
        ("d1", ERROR, "d1 (Dense) has no input linked, so no data reaches it",
         "drag a link from the output of an earlier layer to it, or delete it", None, None),
        ("d2", ERROR, "d2 is not connected to any Input", "link the start of its branch to an Input layer",
         None, None)]
    assert a.outputs == ["h", "d2"]


def test_with_chosen_outputs_an_unlinked_input_is_unlinked_not_a_dead_end():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("h", "Dense", {"units": 2}, ["x"]),
              ("y", "Input", {"shape": [4]}, []))
    g.set_outputs(["h"])
    assert g.explicit_outputs == ["h"]
    assert rows(analyze(g)) == [
        ("y", WARNING, "the Input y is not linked to anything", UNLINKED_FIX, None, None)]


def test_a_layer_reached_from_a_second_input_too_is_connected():
    # x2 -> c and x1 -> f, x1 -> c: the walk from the inputs meets c twice; f is still reached.
    g = graph(("x1", "Input", {"shape": [4]}, []),
              ("x2", "Input", {"shape": [4]}, []),
              ("f", "Dense", {"units": 4}, ["x1"]),
              ("c", "Add", {}, ["x2", "x1"]))
    a = analyze(g)
    assert rows(a) == []
    assert shapes(a) == {"x1": ((None, 4), 0), "x2": ((None, 4), 0), "f": ((None, 4), 20),
                         "c": ((None, 4), 0)}


def test_problems_in_a_folded_group_name_the_group():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("h", "Dense", {"units": 2}, ["x"]),
              ("d1", "Dense", {"units": 2}, []),
              ("d2", "Dense", {"units": 2}, ["d1"]))
    g.add_group(["d1", "d2"], "side")
    assert rows(analyze(g)) == [
        ("d1", ERROR, "d1 (in the group side) (Dense) has no input linked, so no data reaches it",
         "drag a link from the output of an earlier layer to it, or delete it", None, None),
        ("d2", ERROR, "d2 (in the group side) is not connected to any Input",
         "link the start of its branch to an Input layer", None, None)]


def test_a_group_problem_keeps_its_one_click_fix_and_its_parameter():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("d", "Dense", {"units": 4}, ["x"]),
              ("conv", "Conv2D", {"filters": 2, "kernel_size": 3}, ["d"]),
              ("bad", "Dense", {"units": 0}, ["d"]))
    g.add_group(["d", "conv", "bad"], "blk")
    assert rows(analyze(g)) == [
        ("conv", ERROR, "conv (in the group blk): Conv2D needs an image-shaped input (height, width, "
         "channels) "
         "but receives a flat vector of 4 values",
         "insert a Reshape to (2, 2, 1) before it (or, if a Flatten made it flat, remove that Flatten)",
         FixAction("Insert Reshape to (2, 2, 1)", "insert_before", "conv", "Reshape",
                   {"target_shape": [2, 2, 1]}), None),
        ("bad", ERROR, "bad (in the group blk): units must be at least 1, not 0",
         "use a value between 1 and 1,000,000", None, "units")]


def test_a_problem_that_does_not_start_with_the_layer_names_the_group_at_the_end():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("h", "Dense", {"units": 2}, ["x"]),
              ("y", "Input", {"shape": [4]}, []),
              ("z", "Dense", {"units": 2}, ["y"]))
    g.add_group(["y", "z"], "side")
    g.disconnect("y", "z")
    assert rows(analyze(g)) == [
        ("z", ERROR, "z (in the group side) (Dense) has no input linked, so no data reaches it",
         "drag a link from the output of an earlier layer to it, or delete it", None, None),
        ("y", WARNING, "the Input y is not linked to anything (in the group side)", UNLINKED_FIX, None, None)]


def normalized_block() -> ModelGraph:
    """x -> d1 Dense(3) -> bn1 -> d2 Dense(3) -> bn2 -> out Dense(1), with d1..bn2 folded as blk."""
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("d1", "Dense", {"units": 3}, ["x"]),
              ("bn1", "BatchNormalization", {}, ["d1"]),
              ("d2", "Dense", {"units": 3}, ["bn1"]),
              ("bn2", "BatchNormalization", {}, ["d2"]),
              ("out", "Dense", {"units": 1}, ["bn2"]))
    g.add_group(["d1", "bn1", "d2", "bn2"], "blk")
    return g


def test_a_group_counts_the_parameters_of_all_its_layers():
    g = normalized_block()
    info = group_info(g, analyze(g), "blk")
    # Trainable: d1 4*3+3 = 15, bn1 gamma+beta 6, d2 3*3+3 = 12, bn2 6; moving mean+variance 6 per BN.
    assert (info.shape, info.trainable, info.non_trainable) == ((None, 3), 39, 12)


def test_a_group_uses_the_outputs_it_is_given():
    g = normalized_block()
    assert group_info(g, analyze(g), "blk", outputs=["x"]).shape == (None, 4)


def test_a_group_with_two_outputs_has_no_single_shape():
    g = graph(("x", "Input", {"shape": [4]}, []),
              ("a", "Dense", {"units": 2}, ["x"]),
              ("b", "Dense", {"units": 3}, ["x"]))
    g.add_group(["a", "b"], "two")
    info = group_info(g, analyze(g), "two")
    assert (info.shape, info.trainable, info.non_trainable) == (None, 25, 0)  # 4*2+2 + 4*3+3
