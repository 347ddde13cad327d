"""Issue 10: ``deskdl train --out`` never loses or mixes files, and checks its settings first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskdl.ml import cli_train
from tests.test_cli_train import _args, _one_error_line, _project


def _old_run(folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True)
    files = {"metrics.csv": b"epoch,loss\n1,0.5\n", "model.keras": b"old model",
             "report.txt": b"old report\n"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_negative_seed_is_bad_input_before_training(tmp_path, capsys):
    f = _project(tmp_path / "p.deskdl", seed=-1)
    out = tmp_path / "run"
    assert cli_train.run(_args(f, out=out)) == 2
    line = _one_error_line(capsys, f)
    assert "the seed must be a whole number from 0 to 4294967295" in line and "not -1" in line
    assert not out.exists()


def test_nan_learning_rate_is_bad_input(tmp_path, capsys):
    f = tmp_path / "nan.deskdl"
    f.write_text('{"format": "deskdl-project", "version": 1, "model": {"nodes": [{"id": "in", '
                 '"type": "Input", "params": {"shape": [2]}}]}, "training": {"optimizer": {"type": "Adam", '
                 '"learning_rate": NaN}}}')
    assert cli_train.run(_args(f, out=tmp_path / "run")) == 2
    line = _one_error_line(capsys, f)
    assert "the learning rate must be a number above 0" in line and "NaN (not a number)" in line
    assert "grew so large" not in line
    assert not (tmp_path / "run").exists()


def test_output_folder_that_cannot_be_made_is_refused_before_training(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    f = _project(tmp_path / "p.deskdl")
    started = time.perf_counter()
    assert cli_train.run(_args(f, out=blocker / "run")) == 2
    line = _one_error_line(capsys, f)
    assert f"cannot make the output folder {blocker / 'run'}" in line and "is a file" in line
    assert time.perf_counter() - started < 2  # refused before the data set loads or anything trains
    assert cli_train.run(_args(f, out=blocker)) == 2
    assert "is a file, not a folder" in _one_error_line(capsys, f)


@pytest.mark.keras
def test_bad_input_found_by_the_run_leaves_no_empty_folder(tmp_path, capsys):
    f = _project(tmp_path / "mm.deskdl", data={"dataset": "digits"})
    out = tmp_path / "deep" / "o"
    assert cli_train.run(_args(f, out=out)) == 2
    _one_error_line(capsys, f)
    assert not (tmp_path / "deep").exists()


@pytest.mark.keras
def test_good_run_replaces_every_old_file_and_leaves_no_temporary(tmp_path, capsys):
    out = tmp_path / "run"
    old = _old_run(out)
    f = _project(tmp_path / "p.deskdl")
    assert cli_train.run(_args(f, epochs=1, out=out)) == 0
    assert _listing(out) == ["metrics.csv", "model.keras", "report.txt"]
    for name, data in old.items():
        assert (out / name).read_bytes() != data
    import keras

    model = keras.saving.load_model(str(out / "model.keras"), safe_mode=True)
    assert model.output_shape == (None, 2)


@pytest.mark.keras
def test_failed_run_removes_an_older_model_beside_its_report(tmp_path, capsys):
    out = tmp_path / "run"
    _old_run(out)
    f = _project(tmp_path / "p.deskdl", optimizer={"type": "Adam", "learning_rate": 1e6})
    assert cli_train.run(_args(f, epochs=2, out=out)) == 1
    assert _listing(out) == ["metrics.csv", "report.txt"]
    report = (out / "report.txt").read_text()
    assert "status: failed" in report and "model:" not in report


@pytest.mark.keras
def test_interrupt_while_the_model_is_written_keeps_the_old_run_whole(tmp_path, capsys, monkeypatch):
    import keras

    out = tmp_path / "run"
    old = _old_run(out)

    def half_save(self, filepath, *a, **kw):
        Path(filepath).write_bytes(b"PK\x03\x04 half a zip")
        raise KeyboardInterrupt

    monkeypatch.setattr(keras.Model, "save", half_save)
    f = _project(tmp_path / "p.deskdl")
    with pytest.raises(KeyboardInterrupt):
        cli_train.run(_args(f, epochs=1, out=out))
    assert _listing(out) == sorted(old)
    for name, data in old.items():
        assert (out / name).read_bytes() == data


@pytest.mark.keras
def test_signal_during_the_swap_waits_until_all_files_are_in(tmp_path, capsys, monkeypatch):
    out = tmp_path / "run"
    _old_run(out)
    real_replace = os.replace
    sent = []

    def replace(src, dst):
        if not sent:
            sent.append(dst)
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C right in the middle of the swap
        real_replace(src, dst)

    monkeypatch.setattr(cli_train.os, "replace", replace)
    f = _project(tmp_path / "p.deskdl")
    with pytest.raises(KeyboardInterrupt):
        cli_train.run(_args(f, epochs=1, out=out))
    assert sent and _listing(out) == ["metrics.csv", "model.keras", "report.txt"]
    assert "status: finished" in (out / "report.txt").read_text()
    assert (out / "model.keras").read_bytes()[:2] == b"PK"


@pytest.mark.keras
@pytest.mark.parametrize("sig, delay", [(signal.SIGTERM, 0.0), (signal.SIGINT, 0.5), (signal.SIGTERM, 1.5)])
def test_killed_while_training_leaves_the_old_run_and_no_temporary(tmp_path, sig, delay):
    out = tmp_path / "run"
    old = _old_run(out)
    f = _project(tmp_path / "p.deskdl", epochs=100000)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "deskdl.cli", "train", str(f), "--out", str(out)],
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = proc.stderr.readline()
        assert first.startswith("training on"), first
        time.sleep(delay)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)  # the run stops at its next execution, not at the end
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == "deskdl: stopped"
    assert _listing(out) == sorted(old)
    assert (out / "model.keras").read_bytes() == old["model.keras"]


@pytest.mark.keras
def test_training_failure_details_go_to_the_log(tmp_path, capsys):
    from deskdl.logsetup import log_path

    f = _project(tmp_path / "p.deskdl", optimizer={"type": "Adam", "learning_rate": 1e6})
    assert cli_train.run(_args(f, epochs=2, out=tmp_path / "run")) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("training on") and err[-1].startswith(f"deskdl: error: {f}: the loss is")
    assert len(err) == 2  # progress, then the one error line: the details are in the log
    log = log_path().read_text()
    assert "training 'Tiny_spiral' failed (exploding): the loss is exploding" in log and "Traceback" in log


@pytest.mark.keras
def test_error_after_tensorflow_loaded_is_still_one_line(tmp_path):
    f = _project(tmp_path / "mm.deskdl", data={"dataset": "digits"})
    proc = subprocess.run([sys.executable, "-m", "deskdl.cli", "train", str(f), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [proc.stderr.strip()], proc.stderr
    assert proc.stderr.startswith(f"deskdl: error: {f}: the data and the model do not fit together")
    devices = subprocess.run([sys.executable, "-m", "deskdl.cli", "devices", "--device", "cpu"],
                             capture_output=True, text=True, timeout=300)
    assert devices.returncode == 0 and devices.stderr == "" and "deskdl uses: CPU" in devices.stdout
