"""Project.load, save, to_dict and copy: the messages a failed read or write shows, and copies that
share nothing. Pure core tests (no Qt, no Keras) on a real folder (tmp_path).
"""

from __future__ import annotations

import json

import pytest

from deskdl.core.errors import ProjectError
from deskdl.core.project import Project

GRAPH = {"nodes": [{"id": "x", "type": "Input", "params": {"shape": [4]}},
                   {"id": "d", "type": "Dense", "params": {"units": 2}, "inputs": ["x"]}]}
DOC = {"format": "deskdl-project", "version": 1, "name": "p", "model": GRAPH}
READ_FIX = "check that it is a deskdl project and that you may read it"


def load_error(path) -> tuple[str, str]:
    with pytest.raises(ProjectError) as info:
        Project.load(path)
    return info.value.message, info.value.fix


def test_a_folder_is_not_a_project(tmp_path):
    assert load_error(tmp_path) == (f"{tmp_path}: cannot be read (IsADirectoryError)", READ_FIX)


def test_a_file_that_is_not_utf8_is_not_a_project(tmp_path):
    path = tmp_path / "photo.deskdl"
    path.write_bytes(b"\xff\xd8\xff\xe0 a JPEG, renamed")
    assert load_error(path) == (f"{path}: cannot be read (UnicodeDecodeError)", READ_FIX)


def test_a_file_is_read_as_utf8(tmp_path):
    path = tmp_path / "ü.deskdl"
    path.write_bytes(json.dumps(dict(DOC, name="Größe"), ensure_ascii=False).encode("utf-8"))
    assert Project.load(path).name == "Größe"


def test_a_json_error_names_the_file_line_and_column(tmp_path):
    path = tmp_path / "cut.deskdl"
    path.write_text('{"format": 1', encoding="utf-8")
    assert load_error(path) == (
        f"{path}: the file is not valid JSON (Expecting ',' delimiter at line 1, column 13)",
        "fix that spot in a text editor, or open a backup")


def test_a_file_of_the_wrong_format_is_named_in_the_refusal(tmp_path):
    path = tmp_path / "other.deskdl"
    path.write_text('{"format": "other"}', encoding="utf-8")
    assert load_error(path)[0] == f"{path}: this is not a deskdl project (its 'format' is 'other')"


def test_json_nested_too_deep_for_python_names_the_source():
    with pytest.raises(ProjectError) as info:
        Project.from_json("[" * 100_000 + "]" * 100_000, "deep.deskdl")
    assert info.value.message == ("deep.deskdl: the file is too deeply nested: lists or objects inside each "
                                  "other more than 100 levels deep; no deskdl project needs that")


def test_save_without_a_name_says_use_save_as():
    with pytest.raises(ProjectError) as info:
        Project.from_dict(DOC).save()
    assert (info.value.message, info.value.fix) == ("the project has no file name yet", "use Save As")


def test_save_without_a_path_writes_where_the_project_was_loaded_from(tmp_path):
    path = tmp_path / "p.deskdl"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    p = Project.load(path)
    p.name = "renamed"
    assert p.save() == path
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == "renamed"


def test_a_value_json_cannot_store_is_refused_before_anything_is_written(tmp_path):
    p = Project.from_dict(DOC)
    p.training["epochs"] = float("nan")
    target = tmp_path / "p.deskdl"
    with pytest.raises(ProjectError) as info:
        p.save(target)
    cannot = f"{target}: the project holds a value JSON cannot store (Out of range float values"
    assert info.value.message.startswith(cannot)
    assert list(tmp_path.iterdir()) == [] and p.path is None


def test_the_document_shares_nothing_with_the_project():
    p = Project.from_dict(dict(DOC, runs=[{"id": "r1", "loss": [1.0]}], notes={"a": [1]}))
    doc = p.to_dict()
    doc["data"]["params"]["n"] = 5
    doc["training"]["optimizer"]["learning_rate"] = 9.0
    doc["runs"][0]["loss"].append(0.5)
    doc["notes"]["a"].append(2)
    again = p.to_dict()
    assert "n" not in again["data"]["params"]
    assert again["training"]["optimizer"]["learning_rate"] == 0.01
    assert again["runs"] == [{"id": "r1", "loss": [1.0]}] and again["notes"] == {"a": [1]}


def test_the_layout_of_a_deleted_layer_is_not_saved():
    p = Project.from_dict(dict(DOC, layout={"x": [0, 0], "d": [0, 100], "gone": [5, 5]}))
    assert p.to_dict()["layout"] == {"x": [0.0, 0.0], "d": [0.0, 100.0]}


def test_a_copy_keeps_the_file_name(tmp_path):
    path = tmp_path / "p.deskdl"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    assert Project.load(path).copy().path == path


def test_json_text_without_a_source_is_called_project():
    with pytest.raises(ProjectError) as info:
        Project.from_json("{")
    assert info.value.message.startswith("project: the file is not valid JSON (")


def test_a_save_removes_every_stale_temp_among_other_files(tmp_path):
    import os
    import time

    old = time.time() - 3600
    # Many of each, so that in any order the folder lists them some stale temp comes after a kept file.
    kept = [".p.deskdl..tmp", ".p.deskdl.v2.x.tmp", ".p.deskdl.y.bak", "a.txt", "b.txt",
            *(f".p.deskdl.v{i}.x.tmp" for i in range(3, 12))]
    names = kept + [f".p.deskdl.s{i}.tmp" for i in range(20)]
    for name in names:
        (tmp_path / name).write_text("{half", encoding="utf-8")
        os.utime(tmp_path / name, (old, old))
    Project.from_dict(DOC).save(tmp_path / "p.deskdl")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, "p.deskdl"])


def test_a_stale_temp_that_cannot_be_removed_does_not_stop_the_others(tmp_path, monkeypatch):
    import os
    import time

    old = time.time() - 3600
    names = [f".p.deskdl.s{i}.tmp" for i in range(20)]
    for name in names:
        (tmp_path / name).write_text("{half", encoding="utf-8")
        os.utime(tmp_path / name, (old, old))
    real_unlink = os.unlink

    def unlink(path, *args, **kwargs):  # one leftover is locked (another program holds it open on Windows)
        if os.path.basename(path) == ".p.deskdl.s7.tmp":
            raise PermissionError(13, "Permission denied")
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    Project.from_dict(DOC).save(tmp_path / "p.deskdl")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".p.deskdl.s7.tmp", "p.deskdl"]
