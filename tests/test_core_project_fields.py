"""Project files field by field (core/project.py): what each field becomes, what each bad value says.

test_project.py covers the example and the format; this file pins every field's reading and every
refusal's exact words, so a slip in one of them shows (they were found by mutation testing).
"""

from __future__ import annotations

import json
import os

import pytest

from deskdl.core.errors import ProjectError
from deskdl.core.project import Project, atomic_write_text
from deskdl.core.training import training_with_defaults

MODEL = {"nodes": [{"id": "x", "type": "Input", "params": {"shape": [2]}},
                   {"id": "y", "type": "Dense", "params": {"units": 3}, "inputs": ["x"]}]}


def doc(**fields):
    return {"format": "deskdl-project", "version": 1, "model": MODEL, **fields}


def test_every_field_is_read():
    runs = [{"id": "run-1", "status": "finished"}]
    p = Project.from_dict(doc(name="Week 1", description="Two inputs, three classes.",
                              data={"dataset": "xor", "params": {"noise": 0.3}},
                              training={"epochs": 7, "optimizer": {"type": "SGD"}},
                              layout={"x": [1, 2.5], "y": [30, 40]}, runs=runs, teacher="Ms Lee"))
    assert (p.name, p.description) == ("Week 1", "Two inputs, three classes.")
    assert p.data == {"dataset": "xor", "params": {"noise": 0.3}}
    assert p.training == training_with_defaults({"epochs": 7, "optimizer": {"type": "SGD"}})
    assert p.training["epochs"] == 7 and p.training["optimizer"] == {"type": "SGD", "learning_rate": 0.01}
    assert p.layout == {"x": [1.0, 2.5], "y": [30.0, 40.0]}
    assert p.runs == runs and p.runs is not runs
    assert p.extra == {"teacher": "Ms Lee"}


def test_missing_fields_get_their_defaults():
    p = Project.from_dict(doc())
    assert (p.name, p.description, p.layout, p.runs, p.extra) == ("Untitled", "", {}, [], {})
    assert p.data == {"dataset": "spiral", "params": {}} and p.training == training_with_defaults(None)


def test_layout_keeps_only_pairs_of_numbers():
    p = Project.from_dict(doc(layout={"x": [1, 2], "y": [1, 2, 3], "z": ["1", 2], "w": [True, 2],
                                      "v": 5, "u": (3, 4.5)}))
    assert p.layout == {"x": [1.0, 2.0], "u": [3.0, 4.5]}


def test_runs_that_are_not_a_list_are_dropped():
    assert Project.from_dict(doc(runs={"id": "run-1"})).runs == []
    assert Project.from_dict(doc(runs=None)).runs == []


def test_loading_does_not_change_the_given_document():
    given = doc(training={"epochs": 3}, layout={"x": [1, 2]})
    before = json.loads(json.dumps(given))
    p = Project.from_dict(given)
    p.training["epochs"] = 9
    p.graph.set_params("y", {"units": 5})
    assert given == before


@pytest.mark.parametrize("change, message", [
    ({"format": "keras"}, "project: this is not a deskdl project (its 'format' is 'keras')"),
    ({"version": "1"}, "project: 'version' must be a whole number, not '1'"),
    ({"version": -1}, "project: 'version' must be a whole number, not -1"),
    ({"version": True}, "project: 'version' must be a whole number, not True"),
    ({"data": [1]}, "project: 'data' must be an object"),
    ({"training": "fast"}, "project: 'training' must be an object"),
    ({"layout": []}, "project: 'layout' must be an object"),
    ({"name": 3}, "project: 'name' must be text"),
])
def test_each_bad_field_is_refused_in_words(change, message):
    with pytest.raises(ProjectError) as info:
        Project.from_dict({**doc(), **change})
    assert info.value.message == message


def test_refusals_say_how_to_fix_it():
    with pytest.raises(ProjectError) as info:
        Project.from_dict(doc(format="x"))
    assert info.value.fix == 'a project file starts with {"format": "deskdl-project", "version": 1, ...}'
    with pytest.raises(ProjectError) as info:
        Project.from_dict({"format": "deskdl-project", "version": 1})
    assert (info.value.message, info.value.fix) == ("project: the project has no 'model'",
                                                    "add a 'model' with a list of 'nodes'")
    with pytest.raises(ProjectError) as info:
        Project.from_dict(doc(version=99), source="a.deskdl")
    assert info.value.message.startswith("a.deskdl: this project was saved by a newer deskdl "
                                         "(file version 99")
    assert info.value.fix == "update deskdl to open it"
    with pytest.raises(ProjectError) as info:
        Project.from_dict([1, 2])
    assert info.value.message == "project: the file must hold a JSON object, not list"


def test_a_graph_error_names_the_source_and_keeps_its_fix_and_node():
    bad = {"nodes": [{"id": "x", "type": "Input", "params": {"shape": [2]}},
                     {"id": "y", "type": "Dense", "inputs": ["nowhere"]}]}
    with pytest.raises(ProjectError) as info:
        Project.from_dict(doc(model=bad), source="lesson.deskdl")
    err = info.value
    assert err.message.startswith("lesson.deskdl: ") and "nowhere" in err.message
    assert err.fix and err.node_id == "y"


def test_json_errors_give_line_and_column(tmp_path):
    with pytest.raises(ProjectError) as info:
        Project.from_json('{"format": "deskdl-project",\n  "version": 1,,}', "b.deskdl")
    assert info.value.message == ("b.deskdl: the file is not valid JSON (Expecting property name enclosed in "
                                  "double quotes at line 2, column 16)")  # the second comma
    assert info.value.fix == "fix that spot in a text editor, or open a backup"


def test_load_names_the_file(tmp_path):
    with pytest.raises(ProjectError) as info:
        Project.load(tmp_path / "none.deskdl")
    missing = tmp_path / "none.deskdl"
    assert (info.value.message, info.value.fix) == (f"{missing}: no such file", "check the path")
    (tmp_path / "bin.deskdl").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ProjectError) as info:
        Project.load(tmp_path / "bin.deskdl")
    assert info.value.message == f"{tmp_path / 'bin.deskdl'}: cannot be read (UnicodeDecodeError)"
    p = tmp_path / "ok.deskdl"
    p.write_text(json.dumps(doc(name="ok")))
    loaded = Project.load(p)
    assert loaded.path == p and loaded.name == "ok"


def test_save_round_trip_keeps_every_field(tmp_path):
    p = Project.from_dict(doc(name="R", description="d", layout={"x": [1, 2]}, runs=[{"id": "run-1"}],
                              teacher={"a": 1}))
    target = p.save(tmp_path / "r.deskdl")
    assert target == tmp_path / "r.deskdl" and p.path == target
    again = Project.load(target)
    assert again.to_dict() == p.to_dict()
    assert (again.name, again.description, again.layout, again.runs, again.extra) == (
        "R", "d", {"x": [1.0, 2.0]}, [{"id": "run-1"}], {"teacher": {"a": 1}})
    copy = again.copy()
    copy.layout["x"][0] = 99.0
    copy.runs.append({"id": "run-2"})
    assert again.layout == {"x": [1.0, 2.0]} and again.runs == [{"id": "run-1"}]


def test_atomic_write_replaces_the_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "a.deskdl"
    target.write_text("old")
    os.chmod(target, 0o644)
    atomic_write_text(target, "new ü")
    assert target.read_text(encoding="utf-8") == "new ü"
    assert sorted(f.name for f in tmp_path.iterdir()) == ["a.deskdl"]
    if os.name == "posix":
        assert os.stat(target).st_mode & 0o777 == 0o644  # the permission bits of the replaced file


def test_atomic_write_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(ProjectError) as info:
        atomic_write_text(tmp_path / "no" / "a.deskdl", "x")
    assert info.value.message.startswith(f"{tmp_path / 'no' / 'a.deskdl'}: cannot write in {tmp_path / 'no'}")
    assert info.value.fix == "choose a folder you may write to"


def test_a_too_deeply_nested_file_says_where_in_80_characters():
    from deskdl.core.project import _too_deep, too_deep_at

    deep: list = []
    cur = deep
    for _ in range(120):
        cur.append([])
        cur = cur[0]
    with pytest.raises(ProjectError) as info:
        Project.from_dict(doc(x=deep))
    path = "x" + "[0]" * 26 + "[..."  # the path cut at 80 characters
    assert info.value.message == (
        "project: the file is too deeply nested: lists or objects inside each other more than 100 levels "
        f"deep (at {path}); no deskdl project needs that")
    assert info.value.fix == "open a backup, or remove that part in a text editor"
    assert _too_deep("f", "a" * 80).message.endswith("(at " + "a" * 80 + "); no deskdl project needs that")
    assert _too_deep("f").message == ("f: the file is too deeply nested: lists or objects inside each other "
                                      "more than 100 levels deep; no deskdl project needs that")
    assert too_deep_at({"a": [[1]]}, 2) == "a[0]" and too_deep_at({"a": 1}, 2) is None


def test_version_0_files_with_both_names_keep_the_new_ones():
    old = {"format": "deskdl-project", "version": 0, "model": {
        "nodes": [{"id": "x", "type": "Input", "params": {"shape": [2]}, "config": {"shape": [9]}}],
        "layers": [{"id": "z", "type": "Input", "config": {"shape": [5]}}]}}
    p = Project.from_dict(old)
    assert list(p.graph.nodes) == ["x"] and p.graph.nodes["x"].params == {"shape": [2]}
