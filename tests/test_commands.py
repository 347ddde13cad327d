"""Undo commands: every edit undoes back to the exact graph (ids, params, link order, positions)."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QUndoStack

from deskdl.core import catalog
from deskdl.core.catalog import FixAction
from deskdl.core.graph import ModelGraph
from deskdl.qt.commands import (
    AddNodeCommand,
    ApplyFixCommand,
    ArrangeCommand,
    ConnectCommand,
    DictLayoutStore,
    DisconnectCommand,
    InsertOnEdgeCommand,
    MoveNodesCommand,
    PasteCommand,
    RemoveNodesCommand,
    SetParamsCommand,
    restore_inputs,
)

MERGE = "Concatenate" if catalog.has("Concatenate") else None


def snapshot(graph, store):
    return copy.deepcopy(graph.to_dict()), copy.deepcopy(store.layout)


@pytest.fixture
def model(qapp):
    g = ModelGraph()
    store = DictLayoutStore()
    x = g.add_node("Input", {"shape": [4]}, "x")
    store.layout["x"] = [0.0, 0.0]
    prev = x
    for i in range(3):
        prev = g.add_node("Dense", {"units": 4 + i}, f"d{i}", inputs=[prev])
        store.layout[prev] = [200.0 * (i + 1), 0.0]
    return g, store, QUndoStack()


def test_add_undo_redo_keeps_id_and_position(model):
    g, store, stack = model
    before = snapshot(g, store)
    cmd = AddNodeCommand(g, store, "Dense", {"units": 3}, (10, 20), inputs=["d2"])
    stack.push(cmd)
    nid = cmd.node_id
    assert g.node(nid).inputs == ["d2"] and store.layout[nid] == [10.0, 20.0]
    stack.undo()
    assert snapshot(g, store) == before
    stack.redo()
    assert cmd.node_id == nid and g.node(nid).params["units"] == 3


def test_remove_middle_node_cascades_and_undo_restores_exactly(model):
    g, store, stack = model
    before = snapshot(g, store)
    stack.push(RemoveNodesCommand(g, store, ["d1"]))
    assert "d1" not in g and g.node("d2").inputs == [] and "d1" not in store.layout
    stack.undo()
    assert snapshot(g, store) == before  # same ids, params, order of nodes and links, positions
    stack.redo()
    stack.undo()
    assert snapshot(g, store) == before


def test_undo_of_a_deletion_is_a_small_update_not_a_reload(qapp):
    """Undo puts the nodes back at their old index: node_added and edge_added events, no reset."""
    g = ModelGraph()
    store = DictLayoutStore()
    prev = g.add_node("Input", {"shape": [4]}, "x")
    for i in range(40):
        prev = g.add_node("Dense", {"units": 4}, f"d{i}", inputs=[prev])
        store.layout[prev] = [200.0 * i, 0.0]
    stack = QUndoStack()
    before = snapshot(g, store)
    stack.push(RemoveNodesCommand(g, store, ["d3", "d20", "d21"]))
    events = []
    g.events.connect("changed", lambda event, **kw: events.append(event))
    stack.undo()
    assert snapshot(g, store) == before
    assert "reset" not in events and events.count("node_added") == 3


@pytest.mark.skipif(MERGE is None, reason="needs a multi-input layer in the catalog")
def test_remove_restores_link_order_of_multi_input_layers(model):
    g, store, stack = model
    g.add_node("Dense", {}, "e", inputs=["x"])
    g.add_node(MERGE, {}, "m", inputs=["d0", "e", "d2"])
    before = snapshot(g, store)
    stack.push(RemoveNodesCommand(g, store, ["e"]))
    assert g.node("m").inputs == ["d0", "d2"]
    stack.undo()
    assert g.node("m").inputs == ["d0", "e", "d2"]
    assert snapshot(g, store) == before


def test_remove_several_with_links_between_them(model):
    g, store, stack = model
    before = snapshot(g, store)
    stack.push(RemoveNodesCommand(g, store, ["d2", "d0", "d1"]))
    assert list(g.nodes) == ["x"]
    stack.undo()
    assert snapshot(g, store) == before


def test_remove_keeps_explicit_outputs(model):
    g, store, stack = model
    g.set_outputs(["d1", "d2"])
    before = snapshot(g, store)
    stack.push(RemoveNodesCommand(g, store, ["d1"]))
    stack.undo()
    assert g.explicit_outputs == ["d1", "d2"] and snapshot(g, store) == before


def test_connect_replacing_a_slot_and_undo(model):
    g, store, stack = model
    g.add_node("Dense", {}, "e", inputs=["x"])
    stack.push(ConnectCommand(g, "e", "d1", 0))  # replaces d0 -> d1
    assert g.node("d1").inputs == ["e"]
    stack.undo()
    assert g.node("d1").inputs == ["d0"]


def test_disconnect_and_undo(model):
    g, store, stack = model
    stack.push(DisconnectCommand(g, "d0", "d1", 0))
    assert g.node("d1").inputs == []
    stack.undo()
    assert g.node("d1").inputs == ["d0"]


def test_restore_inputs_reinserts_in_the_middle():
    g = ModelGraph()
    for n in "abc":
        g.add_node("Input", {"shape": [2]}, n)
    if MERGE is None:
        pytest.skip("needs a multi-input layer")
    g.add_node(MERGE, {}, "m", inputs=["a", "b", "c"])
    g.disconnect("b", "m", 1)
    restore_inputs(g, "m", ["a", "b", "c"])
    assert g.node("m").inputs == ["a", "b", "c"]


def test_insert_on_edge_and_undo(model):
    g, store, stack = model
    before = snapshot(g, store)
    cmd = InsertOnEdgeCommand(g, store, "Dense", "d0", "d1", 0, (300, 50), {"units": 9},
                              moves={"d1": ((400.0, 0.0), (520.0, 0.0))})
    stack.push(cmd)
    new = cmd.node_id
    assert g.node("d1").inputs == [new] and g.node(new).inputs == ["d0"]
    assert store.layout["d1"] == [520.0, 0.0] and store.layout[new] == [300.0, 50.0]
    stack.undo()
    assert snapshot(g, store) == before


def test_set_params_merges_consecutive_edits_of_the_same_param(model):
    g, store, stack = model
    before = snapshot(g, store)
    for units in (10, 11, 12):
        stack.push(SetParamsCommand(g, "d0", {"units": units}))
    assert stack.count() == 1 and g.node("d0").params["units"] == 12
    stack.push(SetParamsCommand(g, "d0", {"activation": "relu"}))
    assert stack.count() == 2
    stack.push(SetParamsCommand(g, "d1", {"activation": "relu"}))
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    assert g.node("d0").params["units"] == 12 and g.node("d0").params["activation"] == "linear"
    stack.undo()
    assert snapshot(g, store) == before


def test_moves_and_arrange(model):
    g, store, stack = model
    stack.push(MoveNodesCommand(store, {"d0": (200, 0)}, {"d0": (250, 40)}))
    assert store.layout["d0"] == [250.0, 40.0]
    stack.push(ArrangeCommand(store, {"d0": (250, 40)}, {"d0": (0, 0)}, "LR", "TB"))
    stack.undo()
    stack.undo()
    assert store.layout["d0"] == [200.0, 0.0]


def test_paste_gives_fresh_ids_and_keeps_internal_links(model):
    g, store, stack = model
    payload = {
        "format": "deskdl-nodes",
        "nodes": [
            {"id": "d0", "type": "Dense", "params": {"units": 4}, "inputs": ["x"]},
            {"id": "d1", "type": "Dense", "params": {"units": 5}, "inputs": ["d0"]},
        ],
        "layout": {"d0": [200, 0], "d1": [400, 0]},
    }
    payload["nodes"][0]["inputs"] = []  # the outside link was dropped when copying
    before = snapshot(g, store)
    cmd = PasteCommand(g, store, payload, (40, 40))
    stack.push(cmd)
    a, b = cmd.new_ids
    assert a not in before[0] and g.node(b).inputs == [a] and g.node(a).inputs == []
    assert store.layout[b] == [440.0, 40.0]
    stack.undo()
    assert snapshot(g, store) == before
    stack.redo()
    assert cmd.new_ids == [a, b]


def test_fix_insert_before_and_set_param(model):
    g, store, stack = model
    before = snapshot(g, store)
    stack.push(ApplyFixCommand(g, store, FixAction("Insert", "insert_before", "d1", "Dense", {"units": 7}, 0),
                               (1, 2)))
    new = g.node("d1").inputs[0]
    assert new != "d0" and g.node(new).inputs == ["d0"] and g.node(new).params["units"] == 7
    stack.push(ApplyFixCommand(g, store, FixAction("Fix", "set_param", "d2", params={"units": 1})))
    assert g.node("d2").params["units"] == 1
    stack.undo()
    stack.undo()
    assert snapshot(g, store) == before


def test_fix_add_input_links_the_first_layer(qapp):
    g = ModelGraph()
    g.add_node("Dense", {}, "d")
    store, stack = DictLayoutStore(), QUndoStack()
    cmd = ApplyFixCommand(g, store, FixAction("Add an Input layer", "add_input"))
    stack.push(cmd)
    assert g.node("d").inputs == [cmd.node_id] and g.node(cmd.node_id).type == "Input"
    stack.undo()
    assert list(g.nodes) == ["d"] and g.node("d").inputs == []


def test_refused_edit_leaves_no_undo_step(model):
    g, store, stack = model
    cmd = ConnectCommand(g, "d2", "d0", 0)  # would make a cycle
    stack.push(cmd)
    assert stack.count() == 0 and cmd.error is not None and "circle" in cmd.error.text
    cmd = AddNodeCommand(g, store, "NoSuchLayer")
    stack.push(cmd)
    assert stack.count() == 0 and cmd.error is not None


def test_long_sequence_undoes_to_the_original_and_redoes_to_the_end(model):
    g, store, stack = model
    original = snapshot(g, store)
    stack.push(AddNodeCommand(g, store, "Dense", {"units": 2}, (0, 300), inputs=["x"], node_id="side"))
    stack.push(SetParamsCommand(g, "d1", {"units": 33}))
    stack.push(InsertOnEdgeCommand(g, store, "Dense", "d1", "d2", 0, (500, 80)))
    stack.push(RemoveNodesCommand(g, store, ["d0"]))
    stack.push(ConnectCommand(g, "side", "d1"))
    stack.push(MoveNodesCommand(store, {"d2": (600, 0)}, {"d2": (700, 10)}))
    stack.push(DisconnectCommand(g, "side", "d1"))
    final = snapshot(g, store)
    assert stack.count() == 7
    while stack.canUndo():
        stack.undo()
    assert snapshot(g, store) == original
    while stack.canRedo():
        stack.redo()
    assert snapshot(g, store) == final
