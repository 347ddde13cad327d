"""Graph mutations tell their listeners exactly what changed, in order; refusals say what to do.

The canvas follows the model only through these events, so a wrong slot, a missing ``dst`` or a
wrong order shows as a stale or wrong picture. Pure core, milliseconds (found by mutation testing).
"""

from __future__ import annotations

import pytest

from deskdl.core.errors import ArityError, CycleError, DuplicateIdError, GraphError, SelfLoopError
from deskdl.core.graph import ModelGraph


def recorded(graph: ModelGraph) -> list[tuple]:
    log: list[tuple] = []

    def on_changed(event, **payload):
        if "node" in payload:
            payload["node"] = payload["node"].id
        log.append((event, payload))

    graph.events.connect("changed", on_changed)
    return log


def chain() -> ModelGraph:
    g = ModelGraph()
    g.add_node("Input", {"shape": [4]}, "x")
    g.add_node("Dense", {"units": 3}, "h", inputs=["x"])
    g.add_node("Dense", {"units": 2}, "out", inputs=["h"])
    return g


def test_adding_nodes():
    g = ModelGraph()
    log = recorded(g)
    g.add_node("Input", {"shape": [4]}, "x")
    nid = g.add_node("Dense", {"units": 3}, inputs=["x"])
    assert nid == "dense_1" and g.add_node("Dense") == "dense_2"
    assert log == [("node_added", {"node": "x"}), ("node_added", {"node": "dense_1"}),
                   ("node_added", {"node": "dense_2"})]
    assert g.nodes["dense_1"].inputs == ["x"] and g.nodes["dense_2"].params["units"] == 8
    g.add_node("Dropout", {}, "first", index=0)
    assert list(g.nodes) == ["first", "x", "dense_1", "dense_2"]


def test_new_ids_are_readable_and_fresh():
    g = ModelGraph()
    assert [g.new_id(t) for t in ("Dense", "Conv2DTranspose", "LSTM", "MaxPooling2D")] == [
        "dense_1", "conv2d_transpose_1", "lstm_1", "max_pooling2d_1"]
    g.add_node("Dense", {}, "dense_1")
    g.add_node("Dense", {}, "dense_2")
    assert g.new_id("Dense") == "dense_3"


def test_params_events_carry_the_whole_params():
    g = chain()
    log = recorded(g)
    g.set_params("h", {"units": 5})
    full = dict(g.nodes["h"].params)
    assert full["units"] == 5 and full["activation"] == "linear"
    g.replace_params("out", {"units": 9})
    assert log == [("params_changed", {"node_id": "h", "params": full}),
                   ("params_changed", {"node_id": "out", "params": {"units": 9}})]
    assert g.nodes["out"].params == {"units": 9}


def test_connect_into_a_taken_slot_replaces_the_link():
    g = chain()
    g.add_node("Input", {"shape": [4]}, "x2")
    log = recorded(g)
    assert g.connect("x2", "h", 0) == 0
    assert g.nodes["h"].inputs == ["x2"]
    assert log == [("edge_removed", {"src": "x", "dst": "h", "slot": 0}),
                   ("edge_added", {"src": "x2", "dst": "h", "slot": 0})]


def test_connect_appends_at_the_next_slot():
    g = chain()
    g.add_node("Add", {}, "sum", inputs=["h"])
    log = recorded(g)
    assert g.connect("x", "sum") == 1 and g.connect("out", "sum", 2) == 2
    assert g.nodes["sum"].inputs == ["h", "x", "out"]
    assert log == [("edge_added", {"src": "x", "dst": "sum", "slot": 1}),
                   ("edge_added", {"src": "out", "dst": "sum", "slot": 2})]


def test_disconnect_moves_later_slots_up():
    g = chain()
    g.add_node("Add", {}, "sum", inputs=["x", "h", "out"])
    log = recorded(g)
    assert g.disconnect("h", "sum") == 1
    assert g.nodes["sum"].inputs == ["x", "out"]
    assert g.disconnect("out", "sum", 1) == 1
    assert log == [("edge_removed", {"src": "h", "dst": "sum", "slot": 1}),
                   ("edge_removed", {"src": "out", "dst": "sum", "slot": 1})]
    with pytest.raises(GraphError, match="^h is not linked to sum$"):
        g.disconnect("h", "sum")
    with pytest.raises(GraphError, match="^x is not linked to input 1 of sum$"):
        g.disconnect("x", "sum", 1)


def test_insert_between_rewires_one_link():
    g = chain()
    log = recorded(g)
    new = g.insert_between("Dropout", "h", "out", 0, {"rate": 0.3})
    assert new == "dropout_1" and g.nodes["out"].inputs == ["dropout_1"]
    assert g.nodes[new].inputs == ["h"] and g.nodes[new].params["rate"] == 0.3
    assert log == [("node_added", {"node": "dropout_1"}),
                   ("edge_removed", {"src": "h", "dst": "out", "slot": 0}),
                   ("edge_added", {"src": "dropout_1", "dst": "out", "slot": 0})]
    with pytest.raises(GraphError, match="^x does not feed input 0 of out$"):
        g.insert_between("Dropout", "x", "out", 0)


def test_remove_node_drops_each_link_then_the_node():
    g = chain()
    g.add_node("Add", {}, "sum", inputs=["h", "x", "h"])
    g.set_outputs(["out", "h"])
    log = recorded(g)
    removed = g.remove_node("h")
    assert removed.id == "h"
    # Links out of h, highest slot first (so the slots of the others stay right), then into h.
    assert log == [("edge_removed", {"src": "h", "dst": "sum", "slot": 2}),
                   ("edge_removed", {"src": "h", "dst": "out", "slot": 0}),
                   ("edge_removed", {"src": "h", "dst": "sum", "slot": 0}),
                   ("edge_removed", {"src": "x", "dst": "h", "slot": 0}),
                   ("outputs_changed", {"outputs": ["out"]}),
                   ("node_removed", {"node": "h"})]
    assert g.nodes["sum"].inputs == ["x"] and "h" not in g.nodes


def test_outputs_and_reset():
    g = chain()
    log = recorded(g)
    g.set_outputs(["h"])
    assert g.outputs() == ["h"] and g.explicit_outputs == ["h"]
    g.set_outputs(None)
    assert g.outputs() == ["out"] and g.explicit_outputs is None
    g.clear()
    assert log == [("outputs_changed", {"outputs": ["h"]}), ("outputs_changed", {"outputs": None}),
                   ("reset", {})]
    assert len(g) == 0


def test_blocked_events_are_not_sent():
    g = chain()
    log = recorded(g)
    with g.events.blocked():
        g.set_params("h", {"units": 1})
    g.set_params("h", {"units": 2})
    assert [e for e, _ in log] == ["params_changed"]


@pytest.mark.parametrize("src, dst, slot, error, message, fix", [
    ("h", "h", None, SelfLoopError, "a layer cannot feed itself", "connect it to a different layer"),
    ("h", "x", None, ArityError, "Input layers take no inputs: data starts there",
     "connect into a layer further along instead"),
    ("out", "h", 0, CycleError, "linking out to h would make data go round in a circle",
     "networks here must flow one way; link to a layer further along instead"),
    ("x", "out", None, ArityError, "out (Dense) already has its 1 input",
     "remove one of its links first, or use an Add or Concatenate layer to merge"),
    ("x", "out", 1, ArityError, "out (Dense) already has its 1 input",
     "remove one of its links first, or use an Add or Concatenate layer to merge"),
])
def test_refused_links_say_why_and_what_to_do(src, dst, slot, error, message, fix):
    g = chain()
    with pytest.raises(error) as info:
        g.check_connect(src, dst, slot)
    assert (info.value.message, info.value.fix) == (message, fix)
    assert not g.can_connect(src, dst, slot)


def test_a_slot_beyond_the_next_free_one_is_refused():
    g = chain()
    g.add_node("Add", {}, "sum", inputs=["x"])
    assert g.can_connect("h", "sum", 1) and g.can_connect("h", "sum", 0)
    with pytest.raises(ArityError) as info:
        g.check_connect("h", "sum", 2)
    assert (info.value.message, info.value.fix) == ("input slot 2 of sum does not exist yet",
                                                    "use the next free slot")


def test_refused_nodes_say_why():
    g = chain()
    with pytest.raises(DuplicateIdError) as info:
        g.add_node("Dense", {}, "h")
    assert (info.value.message, info.value.fix) == ("the id 'h' is already used", "pick another name")
    with pytest.raises(GraphError) as info:
        g.add_node("Dense", {}, "2nd layer")
    assert (info.value.message, info.value.fix) == (
        "'2nd layer' is not a usable id", "use letters, digits and underscores, starting with a letter")
    with pytest.raises(ArityError) as info:
        g.add_node("Dense", {}, inputs=["x", "h"])
    assert info.value.message == "Dense takes 1 input, not 2"
    assert g.add_node("Add", {}, inputs=["x", "h", "out"]) == "add_1"  # 2 or more: any number


def test_is_chain():
    assert chain().is_chain()
    g = chain()
    g.add_node("Input", {"shape": [4]}, "x2")  # two inputs
    assert not g.is_chain()
    g = chain()
    g.add_node("Dense", {}, "side", inputs=["h"])  # two outputs
    assert not g.is_chain()
    g = chain()
    g.add_node("Add", {}, "sum", inputs=["h", "x"])  # one input, one output, but a skip link
    g.set_outputs(["sum"])
    g.remove_node("out")
    assert not g.is_chain()
    assert not ModelGraph().is_chain()


def test_reaches_follows_every_branch():
    g = chain()
    g.add_node("Dense", {}, "side", inputs=["x"])
    g.add_node("Dense", {}, "tail", inputs=["side"])
    assert g.reaches("x", "tail") and g.reaches("x", "out") and g.reaches("h", "out")
    assert not g.reaches("out", "x") and not g.reaches("h", "tail")


def test_copy_and_load_dict_keep_everything_apart():
    g = chain()
    g.set_outputs(["h", "out"])
    c = g.copy()
    assert c.to_dict() == g.to_dict() and c.explicit_outputs == ["h", "out"]
    c.set_params("h", {"units": 99})
    assert g.nodes["h"].params["units"] == 3
    other = ModelGraph()
    other.load_dict(g.to_dict())
    assert other.explicit_outputs == ["h", "out"] and other.to_dict() == g.to_dict()
    other.clear()
    assert other.explicit_outputs is None and other.outputs() == []


def test_insert_between_with_a_chosen_id():
    g = chain()
    assert g.insert_between("Dropout", "h", "out", 0, node_id="drop") == "drop"
    assert g.nodes["out"].inputs == ["drop"]


def test_a_node_fed_twice_by_one_layer_loses_both_links_last_first():
    g = chain()
    g.add_node("Add", {}, "sum", inputs=["x", "x"])
    log = recorded(g)
    g.remove_node("sum")
    assert log == [("edge_removed", {"src": "x", "dst": "sum", "slot": 1}),
                   ("edge_removed", {"src": "x", "dst": "sum", "slot": 0}),
                   ("node_removed", {"node": "sum"})]


def test_params_are_copied_in():
    g = chain()
    given = {"units": 4, "kernel_regularizer": {"class_name": "L2", "config": {"l2": 0.1}}}
    g.set_params("h", given)
    given["kernel_regularizer"]["config"]["l2"] = 9.0
    assert g.nodes["h"].params["kernel_regularizer"] == {"class_name": "L2", "config": {"l2": 0.1}}
    g.replace_params("out", given)
    given["kernel_regularizer"]["config"]["l2"] = 5.0
    assert g.nodes["out"].params["kernel_regularizer"]["config"] == {"l2": 9.0}
