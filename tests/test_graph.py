"""ModelGraph: ids, ordered inputs, events, typed errors and their boolean twins."""

from __future__ import annotations

import pytest

from deskdl.core.errors import (
    ArityError,
    CycleError,
    DuplicateIdError,
    GraphError,
    SelfLoopError,
    UnknownLayerError,
    UnknownNodeError,
)
from deskdl.core.graph import ModelGraph


def chain():
    g = ModelGraph()
    g.add_node("Input", {"shape": [2]}, "x")
    g.add_node("Dense", {"units": 4}, "h", inputs=["x"])
    g.add_node("Dense", {"units": 2}, "y", inputs=["h"])
    return g


def record(graph):
    seen = []
    for ev in ("node_added", "node_removed", "edge_added", "edge_removed", "params_changed",
               "outputs_changed", "reset"):
        graph.events.connect(ev, lambda _ev=ev, **kw: seen.append((_ev, kw)))
    return seen


def test_add_assigns_readable_unique_ids_and_defaults():
    g = ModelGraph()
    a = g.add_node("Dense")
    b = g.add_node("Dense")
    assert (a, b) == ("dense_1", "dense_2")
    assert g.node(a).params["units"] == 8
    assert g.node(a).params["activation"] == "linear"


def test_events_fire_for_every_change():
    g = chain()
    seen = record(g)
    g.set_params("h", {"units": 5})
    g.add_node("Dense", node_id="z")
    g.connect("y", "z")
    g.disconnect("y", "z")
    g.remove_node("z")
    assert [e for e, _ in seen] == ["params_changed", "node_added", "edge_added", "edge_removed",
                                    "node_removed"]
    assert seen[0][1]["node_id"] == "h"


def test_add_node_at_an_index_keeps_the_rest_of_the_order():
    g = chain()
    order = list(g.nodes)
    nodes_dict = g.nodes
    seen = record(g)
    g.add_node("Dense", {"units": 2}, "z", inputs=[order[0]], index=1)
    assert list(g.nodes) == [order[0], "z", *order[1:]]
    assert g.nodes is nodes_dict  # the same dict, reordered in place
    assert [e for e, _ in seen] == ["node_added"] and seen[0][1]["node"].id == "z"
    g.add_node("Dense", node_id="first", index=0)
    g.add_node("Dense", node_id="last", index=99)
    assert list(g.nodes) == ["first", order[0], "z", *order[1:], "last"]
    assert g.node("z").inputs == [order[0]]


def test_catch_all_changed_event():
    g = chain()
    events = []
    g.events.connect("changed", lambda event, **kw: events.append(event))
    g.set_params("h", {"units": 3})
    assert events == ["params_changed"]


def test_remove_cascades_links_both_ways():
    g = chain()
    seen = record(g)
    g.remove_node("h")
    assert g.node("y").inputs == []
    assert g.consumers("x") == []
    removed = [kw for e, kw in seen if e == "edge_removed"]
    assert {(r["src"], r["dst"]) for r in removed} == {("x", "h"), ("h", "y")}
    assert seen[-1][0] == "node_removed"


def test_typed_errors_and_boolean_twins():
    g = chain()
    with pytest.raises(CycleError):
        g.check_connect("y", "h")
    assert not g.can_connect("y", "h")
    with pytest.raises(SelfLoopError):
        g.check_connect("h", "h")
    with pytest.raises(ArityError):
        g.check_connect("x", "y")  # y already has its one input
    assert not g.can_connect("x", "y")
    assert g.can_connect("x", "y", slot=0)  # replacing the occupied slot is fine
    with pytest.raises(ArityError):
        g.check_connect("h", "x")  # Input takes no inputs
    with pytest.raises(UnknownNodeError):
        g.check_connect("nope", "y")
    with pytest.raises(UnknownLayerError):
        g.add_node("Dense3000")
    with pytest.raises(DuplicateIdError):
        g.add_node("Dense", node_id="h")
    with pytest.raises(GraphError):
        g.add_node("Dense", node_id="bad id!")


def test_connect_into_occupied_slot_replaces_the_link():
    g = chain()
    g.add_node("Dense", {"units": 3}, "alt", inputs=["x"])
    seen = record(g)
    g.connect("alt", "y", slot=0)
    assert g.node("y").inputs == ["alt"]
    assert [e for e, _ in seen] == ["edge_removed", "edge_added"]


def test_insert_between_keeps_slot_and_order():
    g = chain()
    new = g.insert_between("Dropout", "h", "y", 0) if _has("Dropout") else g.insert_between(
        "Dense", "h", "y", 0)
    assert g.node("y").inputs == [new]
    assert g.node(new).inputs == ["h"]


def _has(name):
    from deskdl.core import catalog

    return catalog.has(name)


def test_outputs_default_to_unconsumed_nodes_and_follow_edits():
    g = chain()
    assert g.outputs() == ["y"]
    g.add_node("Dense", node_id="y2", inputs=["y"])
    assert g.outputs() == ["y2"]
    g.set_outputs(["y"])
    assert g.outputs() == ["y"]
    g.remove_node("y")
    assert g.outputs() == []


def test_dag_with_skip_connection_order_and_chain_detection():
    g = chain()
    assert g.is_chain()
    g.add_node("Dense", {"units": 2}, "skip", inputs=["x"])
    assert not g.is_chain()
    order = g.topological_order()
    assert order.index("x") < order.index("h") < order.index("y")
    assert order.index("x") < order.index("skip")


def test_round_trip_through_dict_is_exact():
    g = chain()
    g.add_node("Dense", {"units": 2}, "side", inputs=["x"])
    g.set_outputs(["y", "side"])
    again = ModelGraph.from_dict(g.to_dict())
    assert again.to_dict() == g.to_dict()
    assert again.explicit_outputs is None  # same as the default, so it keeps following edits


def test_from_dict_reports_structural_problems_with_place():
    with pytest.raises(GraphError, match=r"nodes\[1\].*'q'.*does not exist|'q', which does not exist"):
        ModelGraph.from_dict({"nodes": [{"id": "x", "type": "Input"},
                                        {"id": "h", "type": "Dense", "inputs": ["q"]}]})
    with pytest.raises(UnknownLayerError, match=r"nodes\[0\] \(a\).*Dens"):
        ModelGraph.from_dict({"nodes": [{"id": "a", "type": "Dens"}]})
    with pytest.raises(DuplicateIdError):
        ModelGraph.from_dict({"nodes": [{"id": "a", "type": "Input"}, {"id": "a", "type": "Input"}]})
    with pytest.raises(GraphError):
        ModelGraph.from_dict({"nodes": "nope"})


def test_load_dict_replaces_everything_with_one_reset_event():
    g = chain()
    seen = record(g)
    g.load_dict({"nodes": [{"id": "i", "type": "Input", "params": {"shape": [3]}}]})
    assert [e for e, _ in seen] == ["reset"]
    assert list(g.nodes) == ["i"]


def test_keras_name_keeps_ascii_letters_and_drops_accents():
    from deskdl.core.graph import keras_name

    assert keras_name("Xoắn ốc") == "Xoan_oc"
    assert keras_name("Mô hình đầu tiên!") == "Mo_hinh_dau_tien"
    assert keras_name("Đồ án 2") == "Do_an_2"
    assert keras_name("spiral (copy)") == "spiral_copy"
    assert keras_name("日本語") == "model" and keras_name("", "gan") == "gan"
