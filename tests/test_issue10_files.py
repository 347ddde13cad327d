"""Issue 10: saves keep permissions and clean up, deep JSON gets a plain error, the app never hangs."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskdl.cli import main
from deskdl.core.errors import ProjectError
from deskdl.core.project import MAX_DEPTH, Project, atomic_write_text

GOOD = {"format": "deskdl-project", "version": 1, "name": "p",
        "model": {"nodes": [{"id": "in", "type": "Input", "params": {"shape": [2]}},
                            {"id": "out", "type": "Dense", "params": {"units": 2}, "inputs": ["in"]}]}}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o600, 0o640])
def test_save_keeps_the_mode_of_the_file_it_replaces(tmp_path, mode):
    target = tmp_path / "lesson.deskdl"
    target.write_text(json.dumps(GOOD))
    target.chmod(mode)
    Project.from_dict(GOOD).save(target)
    assert _mode(target) == mode
    assert Project.load(target).name == "p"


def test_new_file_gets_the_umask_default(tmp_path, umask_022):
    import deskdl.core.project as project_mod

    project_mod._UMASK.clear()
    target = tmp_path / "new.deskdl"
    Project.from_dict(GOOD).save(target)
    assert _mode(target) == 0o644


def test_export_output_keeps_its_mode(tmp_path, capsys):
    proj = tmp_path / "p.deskdl"
    proj.write_text(json.dumps(GOOD))
    script = tmp_path / "p.py"
    script.write_text("# old\n")
    script.chmod(0o755)
    assert main(["export", str(proj), "-o", str(script)]) == 0
    assert _mode(script) == 0o755 and "keras" in script.read_text()


def test_temp_files_of_a_killed_save_are_removed_by_the_next_save(tmp_path):
    target = tmp_path / "lesson.deskdl"
    stale = tmp_path / ".lesson.deskdl.k1ll3d_x.tmp"
    fresh = tmp_path / ".lesson.deskdl.inprogr3.tmp"  # another save, right now: left alone
    other = tmp_path / ".other.deskdl.abcdefgh.tmp"  # another file's leftover: not ours to judge
    for p in (stale, fresh, other):
        p.write_text("{half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    Project.from_dict(GOOD).save(target)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([".lesson.deskdl.inprogr3.tmp", ".other.deskdl.abcdefgh.tmp", "lesson.deskdl"])


def test_a_failed_save_leaves_no_temp_and_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "x.deskdl"
    target.write_text("old")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(ProjectError, match="No space left"):
        atomic_write_text(target, "new")
    assert [p.name for p in tmp_path.iterdir()] == ["x.deskdl"] and target.read_text() == "old"


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000,
    json.dumps(GOOD)[:-1] + ', "notes": ' + "[" * 500 + "]" * 500 + "}",
    json.dumps(GOOD)[:-1] + ', "notes": ' + '{"a": ' * 500 + "1" + "}" * 500 + "}",
])
def test_deeply_nested_json_is_a_plain_error(tmp_path, text):
    f = tmp_path / "deep.deskdl"
    f.write_text(text)
    with pytest.raises(ProjectError) as info:
        Project.load(f)
    assert "too deeply nested" in info.value.text and f"more than {MAX_DEPTH} levels" in info.value.text


def test_deeply_nested_json_on_the_command_line_is_one_line(tmp_path, capsys):
    f = tmp_path / "deep.deskdl"
    f.write_text(json.dumps(GOOD)[:-1] + ', "notes": ' + "[" * 500 + "]" * 500 + "}")
    assert main(["summary", str(f)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"deskdl: error: {f}: the file is too deeply nested")


def test_a_real_project_is_far_from_the_depth_limit():
    from deskdl.core.project import too_deep_at
    from deskdl.paths import resource

    for path in sorted(Path(resource("templates")).glob("*.deskdl")):
        doc = json.loads(path.read_text())
        assert too_deep_at(doc, limit=12) is None, path


def test_the_app_shows_the_deep_file_error_and_stays_up(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from tests.qt_helpers import close_quietly, make_window

    window = make_window(qtbot, monkeypatch, tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(text))
    before = window.project
    f = tmp_path / "deep.deskdl"
    f.write_text("[" * 100_000 + "]" * 100_000)
    try:
        assert not window.open_project(f)
        assert window.project is before and window.isEnabled()
        assert len(shown) == 1 and "too deeply nested" in shown[0]
    finally:
        close_quietly(window)


def _deskdl(*args, env=None, timeout=60):
    full = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "deskdl.cli", *args], capture_output=True, text=True,
                          env=full, timeout=timeout)


@pytest.mark.parametrize("content", ["{not json", "[" * 100_000 + "]" * 100_000])
def test_screenshot_of_an_unreadable_project_exits_2_without_waiting(tmp_path, content):
    f = tmp_path / "bad.deskdl"
    f.write_text(content)
    started = time.perf_counter()
    proc = _deskdl("--project", str(f), "--screenshot", str(tmp_path / "shot.png"),
                   env={"QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"deskdl: error: {f}: ")
    assert not (tmp_path / "shot.png").exists()
    assert time.perf_counter() - started < 30


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_no_x_server_is_a_message_not_an_abort(tmp_path):
    from deskdl.qt.platform_check import XCB_LIBRARIES, _load, platform_problem

    proc = _deskdl(env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":77", "WAYLAND_DISPLAY": ""})
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-500:])
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot open a window" in lines[0]
    missing = [lib for lib in XCB_LIBRARIES if not _load(lib)]
    # On a machine without Qt's xcb libraries those are named first (the window could not open anyway).
    assert ("DISPLAY=:77" in lines[0]) is not bool(missing) and all(lib in lines[0] for lib in missing)
    # With the libraries there, the real display check names the X server nobody answers at.
    text = platform_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":77"}, load=lambda name: True,
                            platform="linux")
    assert text is not None and "no X server answers at DISPLAY=:77" in text


def test_missing_xcb_libraries_name_the_packages(monkeypatch, capsys):
    import deskdl.qt.platform_check as pc

    # Every other library is there (also on a machine that lacks them all): only these two are named.
    monkeypatch.setattr(pc, "_load", lambda name: name not in ("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "libxcb-cursor.so.0, libxcb-icccm.so.4" in err[0]
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in err[0]
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in err[0]


@pytest.mark.parametrize("env, platform, expected", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({}, "linux", True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "darwin", False),
    ({}, "win32", False),
])
def test_only_the_xcb_platform_is_checked(env, platform, expected):
    from deskdl.qt.platform_check import platform_problem, uses_xcb

    assert uses_xcb(env, platform) is expected
    if not expected:
        assert platform_problem(env, load=lambda n: False, platform=platform) is None


DEEP = "[" * 100_000 + "]" * 100_000


def test_deep_settings_file_reads_as_defaults():
    from deskdl.core import settings

    path = settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DEEP)
    assert settings.load_all() == settings.DEFAULTS


def test_deep_template_is_skipped_in_the_list(tmp_path):
    from deskdl.qt.sidebar import list_templates

    (tmp_path / "a.deskdl").write_text(json.dumps({**GOOD, "name": "Fine"}))
    (tmp_path / "b.deskdl").write_text(DEEP)
    assert [t.name for t in list_templates(tmp_path)] == ["Fine"]


def test_deep_clipboard_text_is_not_pasted(qtbot):
    from PySide6.QtGui import QGuiApplication

    from deskdl.core.graph import ModelGraph
    from deskdl.qt.canvas.editor import GraphEditor, SimpleProject

    editor = GraphEditor(SimpleProject(ModelGraph(), {}))
    qtbot.addWidget(editor)
    QGuiApplication.clipboard().setText(DEEP)
    assert editor._clipboard_payload() is None


@pytest.mark.keras
def test_the_app_loads_tensorflow_without_banners_on_the_terminal(tmp_path):
    code = ("from deskdl.logsetup import setup_logging; setup_logging()\n"
            "from deskdl.qt.tf_loader import load_tensorflow\n"
            "info = load_tensorflow('cpu'); print(info['device'])\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, DESKDL_DATA_DIR=str(tmp_path)))
    assert proc.returncode == 0 and proc.stdout.strip() == "CPU", proc.stderr
    assert proc.stderr == ""
    log = (tmp_path / "logs" / "deskdl.log").read_text()
    assert "TensorFlow said while loading" in log


def test_a_save_to_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path):
    """`deskdl export -o /dev/null` once replaced the device with a plain file (rename over it)."""
    import threading

    pipe = tmp_path / "out.pipe"
    os.mkfifo(pipe)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    atomic_write_text(pipe, "through the pipe")
    reader.join(5)
    assert got == ["through the pipe"]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pipe"]


def test_a_save_through_a_link_replaces_the_file_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.deskdl"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.deskdl"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"
