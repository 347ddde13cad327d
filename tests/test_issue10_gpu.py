"""Issue 10: the gpu extra, and how deskdl says to get an unused NVIDIA GPU used (fakes; no GPU here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from deskdl.ml import device
from tests.test_device import FakeConfig

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    device.reset_for_tests()
    monkeypatch.setattr(sys, "platform", "linux")
    yield
    device.reset_for_tests()


def _machine(monkeypatch, *, driver, cuda, dists=("tensorflow-cpu",)):
    monkeypatch.setattr(device, "nvidia_driver", lambda: driver)
    monkeypatch.setattr(device, "built_with_cuda", lambda: cuda)
    monkeypatch.setattr(device, "installed", lambda name: name in dists)


def test_gpu_extra_brings_tensorflow_with_cuda_on_linux():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    gpu = project["optional-dependencies"]["gpu"]
    assert gpu == ["tensorflow[and-cuda]==2.21.*; sys_platform == 'linux'"]
    assert "tensorflow-cpu==2.21.*; sys_platform == 'linux'" in project["dependencies"]
    readme = (ROOT / "README.md").read_text()
    assert 'pip install -e ".[gpu]"' in readme and '-e ".[dev,gpu]"' in readme


def test_driver_without_cuda_build_says_install_the_gpu_extra(monkeypatch):
    _machine(monkeypatch, driver="/proc/driver/nvidia", cuda=False)
    choice = device.setup_device("auto", FakeConfig(gpus=0))
    assert choice.kind == "cpu" and choice.label == "CPU (NVIDIA GPU not used)"
    cpu_text = "No GPU that TensorFlow can use was found, so training runs on the CPU. "
    assert choice.message.startswith(cpu_text)
    assert "NVIDIA driver (/proc/driver/nvidia)" in choice.hint and "CPU-only build" in choice.hint
    assert 'pip install -e ".[gpu]"' in choice.hint and choice.hint in choice.message
    assert choice.to_dict()["hint"] == choice.hint


def test_both_builds_installed_says_which_to_remove(monkeypatch):
    _machine(monkeypatch, driver="nvidia-smi", cuda=False, dists=("tensorflow-cpu", "tensorflow"))
    choice = device.setup_device("gpu:0", FakeConfig(gpus=0))
    assert choice.message.startswith("There is no GPU 0 that TensorFlow can use, so training runs on the CPU")
    assert "pip uninstall -y tensorflow-cpu" in choice.hint
    assert 'pip install --force-reinstall "tensorflow[and-cuda]==2.21.*"' in choice.hint


def test_cuda_build_without_a_gpu_points_at_the_libraries(monkeypatch):
    _machine(monkeypatch, driver="libcuda.so", cuda=True, dists=("tensorflow",))
    choice = device.setup_device(None, FakeConfig(gpus=0))
    assert "built with CUDA" in choice.hint and "CUDA libraries" in choice.hint


@pytest.mark.parametrize("driver, cuda, platform", [
    (None, False, "linux"),  # no NVIDIA driver: the CPU is all there is, nothing to advise
    ("nvidia-smi", False, "win32"),  # TensorFlow has no native Windows GPU
    ("nvidia-smi", None, "linux"),  # TensorFlow cannot say
])
def test_no_hint_when_there_is_nothing_to_do(monkeypatch, driver, cuda, platform):
    _machine(monkeypatch, driver=driver, cuda=cuda)
    monkeypatch.setattr(sys, "platform", platform)
    choice = device.setup_device(None, FakeConfig(gpus=0))
    assert choice.hint == "" and choice.label == "CPU"
    assert choice.message == "No GPU that TensorFlow can use was found, so training runs on the CPU."


def test_a_working_gpu_or_a_cpu_choice_gets_no_hint(monkeypatch):
    _machine(monkeypatch, driver="/proc/driver/nvidia", cuda=False)
    assert device.setup_device("cpu", FakeConfig(gpus=0)).hint == ""
    device.reset_for_tests()
    choice = device.setup_device("auto", FakeConfig(gpus=1))
    assert choice.kind == "gpu" and choice.hint == ""


def test_devices_command_prints_the_hint(monkeypatch, capsys):
    from deskdl.cli import main

    _machine(monkeypatch, driver="/proc/driver/nvidia", cuda=False)
    fake = FakeConfig(gpus=0)
    real_describe = device.describe
    monkeypatch.setattr(device, "describe", lambda pref=None: real_describe(pref, fake))
    assert main(["devices"]) == 0
    out = capsys.readouterr().out
    assert "deskdl uses: CPU (NVIDIA GPU not used)" in out and 'pip install -e ".[gpu]"' in out
    device.reset_for_tests()
    assert main(["devices", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert 'pip install -e ".[gpu]"' in doc["using"]["hint"]


def test_status_bar_shows_the_hint(monkeypatch):
    from deskdl.qt.tf_loader import _device_info

    _machine(monkeypatch, driver="/proc/driver/nvidia", cuda=False)
    info = _device_info(device.setup_device(None, FakeConfig(gpus=0)), None)
    assert info["device"] == "CPU (NVIDIA GPU not used)" and 'pip install -e ".[gpu]"' in info["note"]


def test_driver_detection_on_this_machine_is_plain_data():
    found = device.nvidia_driver()
    assert found in (None, "/proc/driver/nvidia", "nvidia-smi", "libcuda.so")


def test_the_installed_cpu_build_points_at_the_gpu_build(monkeypatch):
    _machine(monkeypatch, driver="/proc/driver/nvidia", cuda=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    choice = device.setup_device(None, FakeConfig(gpus=0))
    assert "this deskdl is its CPU build" in choice.hint and "deskdl-gpu-<version>" in choice.hint
    assert "pip" not in choice.hint
