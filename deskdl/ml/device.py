"""Choose CPU or GPU once, before TensorFlow initialises its runtime.

TensorFlow fixes its devices on the first op (or the first call that lists
*logical* devices); after that, memory growth and visible devices can no
longer change. So :func:`setup_device` runs first, uses only physical-device
calls, sets memory growth the same way on every visible GPU (TensorFlow
requires that), limits TensorFlow to the chosen GPU (or hides all GPUs for
the CPU), and falls back to the CPU with a plain message when anything goes
wrong. A second call with a different choice cannot change anything: its
message says the choice takes effect after a restart.

``tf_config`` parameters take any object shaped like ``tf.config`` so tests
can record the call order without a GPU.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import N_, translator

_ = translator("ml.device")


class DeviceError(DeskdlError):
    """A device preference that is not ``auto``, ``cpu`` or ``gpu:N``."""


@dataclass(frozen=True)
class GpuInfo:
    """One physical GPU as TensorFlow reports it (before its runtime starts)."""

    index: int
    name: str
    device: str
    memory: int | None = None
    compute_capability: tuple[int, int] | None = None

    def describe(self) -> str:
        """``GPU 0: NVIDIA GeForce RTX 3060 (compute capability 8.6)``."""
        extra = []
        if self.compute_capability:
            extra.append(_("compute capability {version}").format(
                version=f"{self.compute_capability[0]}.{self.compute_capability[1]}"))
        if self.memory:
            extra.append(f"{self.memory / 2**30:.1f} GB")
        tail = f" ({', '.join(extra)})" if extra else ""
        return f"GPU {self.index}: {self.name}{tail}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``deskdl devices --json``."""
        cc = list(self.compute_capability) if self.compute_capability else None
        return {"index": self.index, "name": self.name, "device": self.device, "memory": self.memory,
                "compute_capability": cc}


@dataclass(frozen=True)
class DeviceChoice:
    """The device deskdl trains on: ``kind`` ``"cpu"`` or ``"gpu"``, and a sentence for the user."""

    kind: str
    index: int | None
    name: str
    message: str
    requested: str = "auto"
    #: How to get an unused NVIDIA GPU used (:func:`gpu_hint`), else empty; also part of ``message``.
    hint: str = ""

    @property
    def label(self) -> str:
        """Short text for the status bar: ``CPU``, ``CPU (NVIDIA GPU not used)`` or ``GPU 0 (name)``."""
        if self.kind == "cpu":
            return f"CPU ({_(GPU_UNUSED)})" if self.hint else "CPU"
        return f"GPU {self.index} ({self.name})"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``deskdl devices --json``."""
        return {"kind": self.kind, "index": self.index, "name": self.name, "label": self.label,
                "message": self.message, "requested": self.requested, "hint": self.hint}


_APPLIED: DeviceChoice | None = None


def parse_preference(preference: str | None) -> tuple[str, int | None]:
    """``("auto", None)``, ``("cpu", None)`` or ``("gpu", N)``; :class:`DeviceError` otherwise."""
    text = (preference or "auto").strip().lower()
    if text in ("auto", ""):
        return "auto", None
    if text == "cpu":
        return "cpu", None
    if text == "gpu":
        return "gpu", 0
    if text.startswith("gpu:"):
        number = text[4:]
        if number.isdigit():
            return "gpu", int(number)
    raise DeviceError(_("{device} is not a device deskdl knows").format(device=repr(preference)),
                      _("use cpu, gpu:0 (gpu:1, ... for further GPUs) or auto"))


def normalize_preference(preference: str | None) -> str:
    """The canonical spelling: ``auto``, ``cpu`` or ``gpu:N``."""
    kind, index = parse_preference(preference)
    return f"gpu:{index}" if kind == "gpu" else kind


def _tf_config(tf_config: Any) -> Any:
    if tf_config is not None:
        return tf_config
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import tensorflow as tf

    return tf.config


def list_gpus(tf_config: Any = None) -> list[GpuInfo]:
    """The physical GPUs TensorFlow sees, with the details it reports (no runtime start)."""
    cfg = _tf_config(tf_config)
    out = []
    for i, dev in enumerate(cfg.list_physical_devices("GPU")):
        details: dict[str, Any] = {}
        try:
            details = dict(cfg.experimental.get_device_details(dev) or {})
        except Exception:  # noqa: BLE001 - details are optional (some builds do not report them)
            details = {}
        cc = details.get("compute_capability")
        memory = details.get("memory_limit") or details.get("memory")
        out.append(GpuInfo(
            index=i,
            name=str(details.get("device_name") or getattr(dev, "name", f"GPU {i}")),
            device=str(getattr(dev, "name", f"/physical_device:GPU:{i}")),
            memory=int(memory) if isinstance(memory, (int, float)) else None,
            compute_capability=tuple(cc) if isinstance(cc, (tuple, list)) and len(cc) == 2 else None,
        ))
    return out


def _cpu(message: str, requested: str) -> DeviceChoice:
    return DeviceChoice("cpu", None, "CPU", message, requested)


def _short(err: BaseException) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def setup_device(preference: str | None = None, tf_config: Any = None) -> DeviceChoice:
    """Apply the device choice (``"cpu"``, ``"gpu:N"``, ``"auto"``/``None`` = first GPU); see the module doc.

    Never raises: a bad preference or a failing GPU set-up gives a CPU choice
    whose ``message`` says why.
    """
    global _APPLIED
    try:
        wanted = normalize_preference(preference)
    except DeviceError as err:
        wanted = None
        bad_text = err.text
    if _APPLIED is not None:
        if wanted is None or _same_effect(wanted, _APPLIED, tf_config):
            return _APPLIED
        return replace(_APPLIED, message=_(
            "deskdl is using the {label} now; the change to {wanted} takes effect after a "
            "restart.").format(label=_APPLIED.label, wanted=wanted), requested=_APPLIED.requested)

    os.environ["TF_FORCE_GPU_ALLOW_GROWTH"] = "true"  # backstop for GPUs made visible later
    if wanted is None:
        choice = _cpu(_("{problem}; using the CPU.").format(problem=bad_text), "cpu")
        try:
            _hide_gpus(_tf_config(tf_config))
        except Exception:  # noqa: BLE001 - hiding is best effort here
            pass
        _APPLIED = choice
        return choice
    choice = _apply(wanted, tf_config)
    _APPLIED = choice
    return choice


def _same_effect(wanted: str, applied: DeviceChoice, tf_config: Any) -> bool:
    if wanted == applied.requested:
        return True
    if wanted == "cpu":
        return applied.kind == "cpu"
    if wanted == "auto":
        if applied.kind == "gpu":
            return applied.index == 0
        try:  # auto means the CPU too when there is no GPU at all
            return not _tf_config(tf_config).list_physical_devices("GPU")
        except Exception:  # noqa: BLE001
            return False
    return applied.kind == "gpu" and wanted == f"gpu:{applied.index}"


def _hide_gpus(cfg: Any) -> None:
    gpus = cfg.list_physical_devices("GPU")
    for gpu in gpus:
        cfg.experimental.set_memory_growth(gpu, True)
    if gpus:
        cfg.set_visible_devices([], "GPU")


def _apply(wanted: str, tf_config: Any) -> DeviceChoice:
    kind, index = parse_preference(wanted)
    cfg = None
    try:
        cfg = _tf_config(tf_config)
        gpus = cfg.list_physical_devices("GPU")
        # TensorFlow insists memory growth is the same on every visible GPU: set it on all, first.
        for gpu in gpus:
            cfg.experimental.set_memory_growth(gpu, True)
        if kind == "cpu":
            if gpus:
                cfg.set_visible_devices([], "GPU")
            return _cpu(_("Training runs on the CPU, as chosen."), wanted)
        if not gpus:
            hint = gpu_hint()
            text = (_("There is no GPU {index} that TensorFlow can use, so training runs on the CPU.").format(
                index=index) if kind == "gpu"
                else _("No GPU that TensorFlow can use was found, so training runs on the CPU."))
            return replace(_cpu(f"{text} {hint}".strip(), wanted), hint=hint)
        index = 0 if index is None else index
        if index >= len(gpus):
            cfg.set_visible_devices([], "GPU")
            names = ", ".join(f"gpu:{i}" for i in range(len(gpus)))
            return _cpu(_("There is no GPU {index} (TensorFlow sees {n}: {names}), so training runs on the "
                          "CPU.").format(index=index, n=len(gpus), names=names), wanted)
        cfg.set_visible_devices([gpus[index]], "GPU")
        try:
            details = dict(cfg.experimental.get_device_details(gpus[index]) or {})
        except Exception:  # noqa: BLE001
            details = {}
        name = str(details.get("device_name") or getattr(gpus[index], "name", f"GPU {index}"))
        return DeviceChoice("gpu", index, name, f"Training runs on GPU {index} ({name}).", wanted)
    except Exception as err:  # noqa: BLE001 - any GPU trouble falls back to the CPU
        if cfg is not None:
            try:
                cfg.set_visible_devices([], "GPU")
            except Exception:  # noqa: BLE001 - the runtime may already be running
                pass
        if "initializ" in str(err):
            return _cpu(_("TensorFlow had already started, so deskdl could not choose the device; it uses "
                          "what TensorFlow picked. Restart deskdl to apply your choice."), wanted)
        return _cpu(_("The GPU could not be set up ({error}), so training runs on the CPU.").format(
            error=_short(err)), wanted)


# ---------------------------------------------------------------- an NVIDIA GPU left unused
GPU_UNUSED = N_("NVIDIA GPU not used")
GPU_EXTRA_HINT = N_(
    "This computer has an NVIDIA driver ({driver}), but the installed TensorFlow is the CPU-only build, so "
    "the GPU is not used. To train on it, install deskdl with its gpu extra, pip install -e \".[gpu]\" "
    "(TensorFlow with CUDA, about 3 GB), and restart deskdl.")
GPU_BOTH_HINT = N_(
    "This computer has an NVIDIA driver ({driver}), but both tensorflow-cpu and tensorflow are installed and "
    "the CPU-only files are the ones in use, so the GPU is not used. Run pip uninstall -y tensorflow-cpu, "
    "then pip install --force-reinstall \"tensorflow[and-cuda]==2.21.*\", and restart deskdl.")
GPU_FROZEN_HINT = N_(
    "This computer has an NVIDIA driver ({driver}), but this deskdl is its CPU build, so the GPU is not "
    "used. To train on it, install deskdl's GPU build instead (deskdl-gpu-<version>-linux-x86_64.tar.gz; "
    "the README's 'CPU or GPU' says how to make it).")
GPU_LIBS_HINT = N_(
    "This computer has an NVIDIA driver ({driver}) and TensorFlow is built with CUDA, but it found no GPU "
    "it can use: its CUDA libraries are probably missing (pip install -e \".[gpu]\" brings them), or the "
    "driver is too old for TensorFlow 2.21 (nvidia-smi shows its version). Restart deskdl afterwards.")


def nvidia_driver() -> str | None:
    """How an NVIDIA driver shows itself (/proc/driver/nvidia, nvidia-smi or libcuda.so), or None."""
    if Path("/proc/driver/nvidia/version").exists():
        return "/proc/driver/nvidia"
    if shutil.which("nvidia-smi"):
        return "nvidia-smi"
    import ctypes.util

    if ctypes.util.find_library("cuda"):
        return "libcuda.so"
    return None


def built_with_cuda() -> bool | None:
    """Whether the installed TensorFlow has CUDA support (None when TensorFlow cannot say)."""
    try:
        import tensorflow as tf

        return bool(tf.test.is_built_with_cuda())
    except Exception:  # noqa: BLE001 - no TensorFlow, or a broken one: nothing to advise
        return None


def installed(distribution: str) -> bool:
    """Whether a Python distribution (``tensorflow``, ``tensorflow-cpu``) is installed."""
    from importlib import metadata

    try:
        metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return False
    return True


def gpu_hint() -> str:
    """How to get the GPU used when an NVIDIA driver is present but TensorFlow sees no GPU ("" otherwise).

    Only Linux: TensorFlow has no native Windows GPU since 2.11 and no CUDA on Macs.
    """
    if not sys.platform.startswith("linux"):
        return ""
    driver = nvidia_driver()
    if driver is None:
        return ""
    cuda = built_with_cuda()
    if cuda is False:
        if getattr(sys, "frozen", False):  # an installed app: pip cannot change it
            return _(GPU_FROZEN_HINT).format(driver=driver)
        both = installed("tensorflow") and installed("tensorflow-cpu")
        return (_(GPU_BOTH_HINT) if both else _(GPU_EXTRA_HINT)).format(driver=driver)
    if cuda:
        return _(GPU_LIBS_HINT).format(driver=driver)
    return ""


def current_choice() -> DeviceChoice | None:
    """What :func:`setup_device` applied in this process, or ``None`` before it ran."""
    return _APPLIED


def reset_for_tests() -> None:
    """Forget the applied choice (tests only: a real process cannot undo TensorFlow's set-up)."""
    global _APPLIED
    _APPLIED = None


def describe(preference: str | None = None, tf_config: Any = None) -> dict[str, Any]:
    """What TensorFlow sees and what deskdl would use, for ``deskdl devices``.

    Applies the preference (a fresh CLI process has not started TensorFlow yet).
    """
    info: dict[str, Any] = {"preference": preference or "auto", "gpus": [], "cpus": []}
    try:
        cfg = _tf_config(tf_config)
        info["gpus"] = [g.to_dict() for g in list_gpus(cfg)]
        info["cpus"] = [str(getattr(d, "name", d)) for d in cfg.list_physical_devices("CPU")]
    except Exception as err:  # noqa: BLE001 - a broken TensorFlow still gets a report
        info["error"] = _short(err)
        cfg = tf_config
    choice = setup_device(preference, cfg)
    info["using"] = choice.to_dict()
    try:
        import tensorflow as tf

        info["tensorflow"] = tf.__version__
        info["built_with_cuda"] = bool(tf.test.is_built_with_cuda())
    except Exception:  # noqa: BLE001
        info["tensorflow"] = None
    return info
