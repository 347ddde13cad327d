"""Issue 14: groups fold blocks of layers into one card; shapes, Problems, summary and files see through them.

Pure core tests (no Qt, no Keras): the graph's group methods and events, the
checks a fold must pass, the project file (version 2 only with a group, loaded
back equal), analysis through groups equal to the flat graph, and the layout of
a grouped graph.
"""

from __future__ import annotations

import pytest

from deskdl.core.analysis import analyze, group_info, summary_rows
from deskdl.core.errors import DuplicateIdError, GraphError
from deskdl.core.graph import ModelGraph
from deskdl.core.layout import arrange_grouped
from deskdl.core.project import Project


def residual() -> ModelGraph:
    """image -> stem -> conv_a -> conv_b -> add(stem, conv_b) -> pool -> out."""
    g = ModelGraph()
    g.add_node("Input", {"shape": [8, 8, 3]}, "image")
    g.add_node("Conv2D", {"filters": 4, "kernel_size": 3, "padding": "same"}, "stem", ["image"])
    g.add_node("Conv2D", {"filters": 4, "kernel_size": 3, "padding": "same"}, "conv_a", ["stem"])
    g.add_node("Conv2D", {"filters": 4, "kernel_size": 3, "padding": "same"}, "conv_b", ["conv_a"])
    g.add_node("Add", {}, "add", ["stem", "conv_b"])
    g.add_node("GlobalAveragePooling2D", {}, "pool", ["add"])
    g.add_node("Dense", {"units": 2}, "out", ["pool"])
    return g


def test_fold_and_unfold_emit_events_and_keep_the_layers():
    g = residual()
    seen = []
    g.events.connect("changed",
                     lambda event, **kw: seen.append((event, getattr(kw.get("group"), "id", None))))
    gid = g.add_group(["conv_b", "conv_a", "add"])
    assert gid == "group_1"
    assert g.groups[gid].members == ["conv_a", "conv_b", "add"]  # model order, not selection order
    assert [g.group_of(n) for n in ("stem", "conv_a", "conv_b", "add")] == [None, gid, gid, gid]
    assert g.group_inputs(gid) == [("stem", "conv_a", 0), ("stem", "add", 0)]
    assert g.group_outputs(gid) == ["add"]
    group = g.remove_group(gid)
    assert group.members == ["conv_a", "conv_b", "add"] and not g.groups and g.group_of("add") is None
    assert len(g) == 7
    assert seen == [("group_added", gid), ("group_removed", gid)]


def test_a_fold_that_is_not_one_block_is_refused_with_the_way_out():
    g = residual()
    # stem -> conv_a -> conv_b -> add: folding stem and add leaves conv_a/conv_b outside, between them
    with pytest.raises(GraphError) as err:
        g.add_group(["stem", "add"])
    assert err.value.message == ("these layers are not one block: data leaves them through conv_b "
                                 "and comes back into add")
    assert err.value.fix == "add conv_b to the selection, or leave add out"
    with pytest.raises(GraphError, match="at least two layers"):
        g.add_group(["stem"])
    g.add_group(["conv_a", "conv_b"], "body")
    with pytest.raises(GraphError, match="conv_b is already in the group body"):
        g.add_group(["conv_b", "add"])
    with pytest.raises(DuplicateIdError):
        g.add_group(["pool", "out"], "stem")
    with pytest.raises(DuplicateIdError):
        g.add_node("Dense", {"units": 1}, "body", ["out"])
    assert g.new_id("Group") == "group_1"


def test_deleting_a_member_shrinks_the_group_and_a_group_of_one_unfolds():
    g = residual()
    g.add_group(["conv_a", "conv_b", "add"], "body")
    g.remove_node("conv_b")
    assert g.groups["body"].members == ["conv_a", "add"]
    g.remove_node("add")
    assert g.groups == {} and g.group_of("conv_a") is None


def test_groups_are_saved_as_version_2_and_load_back_equal(tmp_path):
    project = Project(graph=residual(), name="r")
    assert project.file_version() == 1 and "groups" not in project.to_dict()["model"]
    project.graph.add_group(["conv_a", "conv_b", "add"], "body", "Block")
    project.layout.update({"body": [300.0, 10.0], "conv_a": [300.0, 10.0]})
    doc = project.to_dict()
    assert doc["version"] == 2
    assert doc["model"]["groups"] == [
        {"id": "body", "label": "Block", "members": ["conv_a", "conv_b", "add"]}]
    assert doc["layout"]["body"] == [300.0, 10.0]
    path = project.save(tmp_path / "r.deskdl")
    back = Project.load(path)
    assert back.to_dict() == doc
    assert back.graph.groups["body"].members == ["conv_a", "conv_b", "add"]
    assert back.graph.group_of("add") == "body"
    back.graph.remove_group("body")
    assert back.file_version() == 1


def test_a_file_with_a_broken_group_is_refused_with_where_and_why():
    doc = Project(graph=residual()).to_dict()
    doc["model"]["groups"] = [{"id": "g", "members": ["conv_a", "nope"]}]
    with pytest.raises(Exception) as err:
        Project.from_dict(doc, "x.deskdl")
    assert str(err.value.message) == "x.deskdl: model.groups[0] (g): there is no layer with id 'nope'"


def test_shapes_params_and_summary_through_groups_equal_the_flat_graph():
    flat = residual()
    grouped = residual()
    grouped.add_group(["conv_a", "conv_b", "add"], "body")
    a, b = analyze(flat), analyze(grouped)
    assert a.nodes == b.nodes and a.order == b.order and a.diagnostics == b.diagnostics
    assert summary_rows(flat, a) == summary_rows(grouped, b)
    info = group_info(grouped, b, "body")
    # two 3x3 convolutions 4 -> 4 channels: 2 * (3*3*4*4 + 4) = 296
    assert (info.shape, info.trainable, info.non_trainable) == ((None, 8, 8, 4), 296, 0)
    assert b.total == (3 * 3 * 3 * 4 + 4) + 296 + (4 * 2 + 2)  # stem, the group, out


def test_problems_inside_a_group_name_the_group():
    g = residual()
    g.add_group(["conv_a", "conv_b", "add"], "body")
    g.set_params("conv_b", {"filters": 0})
    diags = [d for d in analyze(g).diagnostics if d.node_id == "conv_b"]
    assert len(diags) == 1
    assert diags[0].message.startswith("conv_b (in the group body): ")
    g.set_params("conv_b", {"filters": 4, "padding": "valid"})  # 6x6 cannot be added to 8x8
    add = [d for d in analyze(g).diagnostics if d.node_id == "add"]
    assert add and add[0].message.startswith("add (in the group body): ")


def test_scope_graphs_and_the_grouped_layout():
    g = residual()
    g.add_group(["conv_a", "conv_b", "add"], "body")
    top = g.scope_graph(None)
    assert {nid: n.inputs for nid, n in top.nodes.items()} == {
        "image": [], "stem": ["image"], "pool": ["body"], "out": ["pool"], "body": ["stem"]}
    inside = g.scope_graph("body")
    assert {nid: n.inputs for nid, n in inside.nodes.items()} == {
        "conv_a": [], "conv_b": ["conv_a"], "add": ["conv_b"]}
    pos = arrange_grouped(g)
    assert set(pos) == set(g.nodes) | {"body"}
    # the top level is a chain of 5 cards; the group's inside starts where its card is
    xs = [pos[n][0] for n in ("image", "stem", "body", "pool", "out")]
    assert xs == sorted(xs) and len(set(xs)) == 5
    assert pos["conv_a"] == pos["body"]
    assert pos["conv_a"][0] < pos["conv_b"][0] < pos["add"][0]


def test_edits_keep_a_group_whole():
    g = residual()
    g.add_group(["conv_a", "conv_b", "add"], "body")
    inside = g.insert_between("BatchNormalization", "conv_a", "conv_b", 0)  # a link inside the group
    assert g.group_of(inside) == "body"
    assert g.groups["body"].members == ["conv_a", "conv_b", "add", inside]  # model order
    entering = g.insert_between("BatchNormalization", "stem", "conv_a", 0)  # a link into the group
    assert g.group_of(entering) is None
    added = g.add_node("Dropout", {"rate": 0.1}, inputs=["add"], group="body")  # added while it is open
    assert g.group_of(added) == "body" and g.group_outputs("body") == ["add", added]


def test_a_file_whose_group_is_no_longer_one_block_still_opens():
    g = residual()
    g.add_group(["stem", "conv_a"], "head")
    g.add_node("Dense", {"units": 4}, "side", ["stem"])  # later edits: stem -> side -> back -> conv_a
    g.add_node("Activation", {"activation": "relu"}, "back", ["side"])
    g.disconnect("stem", "conv_a")
    g.connect("back", "conv_a", 0)
    g.remove_group("head")
    with pytest.raises(GraphError, match="not one block"):  # folding it now is refused
        g.check_group(["stem", "conv_a"])
    g.add_group(["stem", "conv_a"], "head", check_block=False)  # as the file had it
    back = Project.from_dict(Project(graph=g).to_dict())
    assert back.graph.groups["head"].members == ["stem", "conv_a"]
