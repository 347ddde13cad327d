"""Saving a file whole or not at all (deskdl.core.project.atomic_write_text) and its temp files.

Pure core tests on a real folder (tmp_path). POSIX permission bits are checked, so this file
runs on Linux and macOS; on Windows only the read-only bit exists and these tests are skipped.
The clock of the stale-temp rule is a fake ``time`` module, so the one-minute limit is exact.
"""

from __future__ import annotations

import os
import stat
import threading
import types

import pytest

from deskdl.core import project as project_module
from deskdl.core.errors import ProjectError
from deskdl.core.project import STALE_TEMP_AGE, _remove_stale_temps, _umask, atomic_write_text

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits and pipes")

NOW = 1_800_000_000.0  # a fixed "now" for the fake clock


def mode_of(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def clock(monkeypatch):
    monkeypatch.setattr(project_module, "time", types.SimpleNamespace(time=lambda: NOW))


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    project_module._UMASK.clear()
    yield
    os.umask(old)
    project_module._UMASK.clear()


def aged(path, seconds: float):
    """Create ``path`` with a modification time ``seconds`` before the fake now."""
    path.write_text("{half", encoding="utf-8")
    os.utime(path, (NOW - seconds, NOW - seconds))
    return path


def test_the_new_file_keeps_the_permission_bits_of_the_one_it_replaces(tmp_path):
    target = tmp_path / "shared.deskdl"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)  # not the temp file's own 0600, not the usual 0644
    atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert mode_of(target) == 0o640


def test_a_new_file_gets_0666_less_the_umask(tmp_path, umask_027):
    target = tmp_path / "new.deskdl"
    atomic_write_text(target, "text")
    assert mode_of(target) == 0o640  # 0o666 & ~0o027
    assert os.umask(0o027) == 0o027  # reading the umask left it as it was


def test_the_umask_is_read_once_and_left_unchanged(umask_027):
    assert _umask() == 0o027
    assert os.umask(0o077) == 0o027  # _umask put it back
    assert _umask() == 0o027  # the first reading, kept


def test_without_fchmod_the_bits_are_set_by_name(tmp_path, monkeypatch):
    # Windows has no os.fchmod: the temp file's mode is then set with os.chmod before the rename.
    monkeypatch.delattr(os, "fchmod")
    target = tmp_path / "shared.deskdl"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o604)
    atomic_write_text(target, "new")
    assert (target.read_text(encoding="utf-8"), mode_of(target)) == ("new", 0o604)


def test_a_relative_name_is_written_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    atomic_write_text("plain.deskdl", "here")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.deskdl"]
    assert (tmp_path / "plain.deskdl").read_text(encoding="utf-8") == "here"


def test_a_pipe_is_written_in_place_and_stays_a_pipe(tmp_path):
    # `deskdl export -o /dev/null`: a rename over a device would replace it with a plain file. The test
    # uses a pipe of its own: never the real /dev/null, which a mutant (or a bug) would destroy.
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


def test_a_link_is_followed_and_kept(tmp_path):
    real = tmp_path / "real.deskdl"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.deskdl"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert (real.read_text(encoding="utf-8"), mode_of(real)) == ("new", 0o640)


def test_a_failed_rename_keeps_the_old_file_removes_the_temp_and_says_why(tmp_path, monkeypatch):
    target = tmp_path / "x.deskdl"
    target.write_text("old", encoding="utf-8")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ProjectError) as info:
        atomic_write_text(target, "new")
    assert info.value.message == f"{target}: could not be saved (No space left on device)"
    assert info.value.fix == "check free disk space and permissions"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.deskdl"]
    assert target.read_text(encoding="utf-8") == "old"


def test_a_save_removes_only_its_own_stale_temps(tmp_path, clock):
    target = tmp_path / "a.deskdl"
    aged(tmp_path / ".a.deskdl.k1ll3d.tmp", 3600)  # a killed save of a.deskdl: removed
    aged(tmp_path / ".a.deskdl.n0w.tmp", 10)  # a save in progress: kept
    aged(tmp_path / ".b.deskdl.k1ll3d.tmp", 3600)  # another file's: kept
    atomic_write_text(target, "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".a.deskdl.n0w.tmp", ".b.deskdl.k1ll3d.tmp",
                                                          "a.deskdl"]


def test_a_temp_is_stale_only_after_more_than_a_minute(tmp_path, clock):
    assert STALE_TEMP_AGE == 60.0
    aged(tmp_path / ".a.deskdl.exact.tmp", 60)  # exactly a minute: still a save in progress
    aged(tmp_path / ".a.deskdl.older.tmp", 61)
    assert _remove_stale_temps(tmp_path, ".a.deskdl.") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [".a.deskdl.exact.tmp"]


def test_the_count_of_removed_temps_is_returned(tmp_path, clock):
    for name in ("x1", "x2", "x3"):
        aged(tmp_path / f".a.deskdl.{name}.tmp", 120)
    assert _remove_stale_temps(tmp_path, ".a.deskdl.") == 3
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", [
    ".a.deskdl..tmp",  # no random part
    ".a.deskdl.v2.k1ll3d.tmp",  # the temp of a.deskdl.v2, another file
    ".a.deskdl.k1ll3d.bak",  # not a temp file
    "a.deskdl.k1ll3d.tmp",  # not hidden: not one of ours
])
def test_names_that_are_not_this_files_temps_are_kept(tmp_path, clock, name):
    aged(tmp_path / name, 3600)
    assert _remove_stale_temps(tmp_path, ".a.deskdl.") == 0
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_folder_or_a_link_named_like_a_temp_is_kept(tmp_path, clock):
    (tmp_path / ".a.deskdl.d1r.tmp").mkdir()
    victim = aged(tmp_path / "victim.txt", 3600)
    (tmp_path / ".a.deskdl.l1nk.tmp").symlink_to(victim)
    os.utime(tmp_path / ".a.deskdl.l1nk.tmp", (NOW - 3600, NOW - 3600), follow_symlinks=False)
    assert _remove_stale_temps(tmp_path, ".a.deskdl.") == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [".a.deskdl.d1r.tmp", ".a.deskdl.l1nk.tmp",
                                                          "victim.txt"]


def test_an_unreadable_folder_removes_nothing(tmp_path):
    assert _remove_stale_temps(tmp_path / "missing", ".a.deskdl.") == 0
