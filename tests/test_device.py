"""Device set-up: a recording fake ``tf.config`` for GPU machines, and the real thing on this CPU."""

from __future__ import annotations

import os

import pytest

from deskdl.ml import device
from deskdl.ml.device import DeviceError, parse_preference, setup_device


class _Dev:
    def __init__(self, name: str) -> None:
        self.name = name
        self.device_type = "GPU"


class FakeConfig:
    """Shaped like ``tf.config``; records every call in order."""

    def __init__(self, gpus: int = 2, fail_on: str | None = None) -> None:
        self.calls: list[tuple] = []
        self.gpus = [_Dev(f"/physical_device:GPU:{i}") for i in range(gpus)]
        self.fail_on = fail_on
        self.failure_text = "Physical devices cannot be modified after being initialized"
        self.visible = [d.name for d in self.gpus]  # what TensorFlow would use: all GPUs until told
        outer = self

        class Experimental:
            def set_memory_growth(self, dev, flag):
                outer._call("set_memory_growth", dev.name, flag)

            def get_device_details(self, dev):
                outer._call("get_device_details", dev.name)
                i = int(dev.name[-1])
                return {"device_name": f"Fake GPU {i}", "compute_capability": (8, i)}

        self.experimental = Experimental()

    def _call(self, name, *args):
        self.calls.append((name, *args))
        if self.fail_on == name:
            raise RuntimeError(self.failure_text)

    def list_physical_devices(self, kind=None):
        self._call("list_physical_devices", kind)
        return list(self.gpus) if kind == "GPU" else [_Dev("/physical_device:CPU:0")]

    def set_visible_devices(self, devices, kind=None):
        names = [d.name for d in devices]
        # Only the failing call of a kind raises (the first); the fallback's own call then works.
        if self.fail_on == "set_visible_devices" and names == []:
            self.calls.append(("set_visible_devices", names, kind))
        else:
            self._call("set_visible_devices", names, kind)
        self.visible = names

    def list_logical_devices(self, kind=None):  # must never be called during set-up
        self._call("list_logical_devices", kind)
        return []

    def names(self):
        return [c[0] for c in self.calls]


@pytest.fixture(autouse=True)
def _fresh():
    device.reset_for_tests()
    yield
    device.reset_for_tests()


def _growth_before_visibility(cfg: FakeConfig, n: int) -> None:
    names = cfg.names()
    growth = [i for i, c in enumerate(cfg.calls) if c[0] == "set_memory_growth"]
    assert len(growth) == n, "memory growth on every GPU"
    assert {cfg.calls[i][1] for i in growth} == {g.name for g in cfg.gpus}
    assert all(cfg.calls[i][2] is True for i in growth), "the same way on all"
    if "set_visible_devices" in names:
        assert max(growth) < names.index("set_visible_devices")
    assert "list_logical_devices" not in names


def test_auto_picks_the_first_gpu_after_growth_on_all():
    cfg = FakeConfig(gpus=2)
    choice = setup_device(None, cfg)
    assert (choice.kind, choice.index, choice.name) == ("gpu", 0, "Fake GPU 0")
    _growth_before_visibility(cfg, 2)
    assert ("set_visible_devices", ["/physical_device:GPU:0"], "GPU") in cfg.calls
    assert os.environ["TF_FORCE_GPU_ALLOW_GROWTH"] == "true"
    assert "GPU 0" in choice.message and choice.label == "GPU 0 (Fake GPU 0)"


def test_pick_gpu_1():
    cfg = FakeConfig(gpus=3)
    choice = setup_device("gpu:1", cfg)
    assert (choice.kind, choice.index) == ("gpu", 1)
    _growth_before_visibility(cfg, 3)
    assert ("set_visible_devices", ["/physical_device:GPU:1"], "GPU") in cfg.calls


def test_cpu_hides_every_gpu():
    cfg = FakeConfig(gpus=2)
    choice = setup_device("cpu", cfg)
    assert choice.kind == "cpu" and choice.label == "CPU"
    _growth_before_visibility(cfg, 2)
    assert ("set_visible_devices", [], "GPU") in cfg.calls


def test_missing_gpu_index_falls_back_to_cpu_and_says_which_exist():
    cfg = FakeConfig(gpus=1)
    choice = setup_device("gpu:4", cfg)
    assert choice.kind == "cpu"
    assert "no GPU 4" in choice.message and "gpu:0" in choice.message
    assert ("set_visible_devices", [], "GPU") in cfg.calls


@pytest.mark.parametrize("fail_on", ["set_memory_growth", "set_visible_devices", "list_physical_devices"])
def test_any_failure_falls_back_to_cpu_with_a_plain_message(fail_on):
    cfg = FakeConfig(gpus=2, fail_on=fail_on)
    choice = setup_device("gpu:0", cfg)
    assert (choice.kind, choice.label, choice.requested) == ("cpu", "CPU", "gpu:0")
    assert choice.message == ("TensorFlow had already started, so deskdl could not choose the device; it "
                              "uses what TensorFlow picked. Restart deskdl to apply your choice.")
    assert "list_logical_devices" not in cfg.names()


@pytest.mark.parametrize("fail_on", ["set_memory_growth", "set_visible_devices"])
def test_a_failed_gpu_set_up_hides_every_gpu(fail_on):
    cfg = FakeConfig(gpus=2, fail_on=fail_on)
    cfg.failure_text = "CUDA driver version is insufficient"
    choice = setup_device("auto", cfg)
    # Falling back to the CPU means TensorFlow must not see the GPU that just failed either.
    assert cfg.visible == [] and cfg.calls[-1] == ("set_visible_devices", [], "GPU")
    assert choice.kind == "cpu" and choice.message == (
        "The GPU could not be set up (CUDA driver version is insufficient), so training runs on the CPU.")


def test_no_gpu_means_cpu():
    choice = setup_device("auto", FakeConfig(gpus=0))
    assert choice.kind == "cpu" and "No GPU" in choice.message


def test_a_second_different_choice_waits_for_a_restart():
    cfg = FakeConfig(gpus=2)
    first = setup_device("gpu:0", cfg)
    n = len(cfg.calls)
    assert setup_device("gpu:0", cfg) == first
    again = setup_device("gpu:1", cfg)
    assert again.kind == "gpu" and again.index == 0
    assert "after a restart" in again.message
    assert all(c[0] == "list_physical_devices" for c in cfg.calls[n:])  # nothing re-applied


def test_bad_preference_falls_back_to_cpu_and_parse_names_it():
    with pytest.raises(DeviceError, match="gpu:0"):
        parse_preference("tpu")
    assert parse_preference("GPU:2") == ("gpu", 2)
    assert parse_preference(None) == ("auto", None)
    choice = setup_device("banana", FakeConfig(gpus=1))
    assert choice.kind == "cpu" and "banana" in choice.message


def test_list_gpus_reports_details_from_physical_devices_only():
    cfg = FakeConfig(gpus=2)
    gpus = device.list_gpus(cfg)
    assert [g.name for g in gpus] == ["Fake GPU 0", "Fake GPU 1"]
    assert gpus[1].compute_capability == (8, 1)
    assert "compute capability 8.1" in gpus[1].describe()
    assert "list_logical_devices" not in cfg.names()


@pytest.mark.keras
def test_the_real_tensorflow_on_this_machine():
    import tensorflow as tf

    choice = setup_device("auto")
    gpus = tf.config.list_physical_devices("GPU")
    assert choice.kind == ("gpu" if gpus else "cpu")
    assert choice.message
    info = device.describe("cpu")
    assert info["tensorflow"] == tf.__version__
    assert info["cpus"]
