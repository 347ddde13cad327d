"""The trained model travels with the project file.

Saving a project that has a trained model (the last run of this session, or
one loaded with the project) also writes that model, weights included, as a
plain Keras file beside it: ``lesson.deskdl`` gets ``lesson.trained.keras``
(it loads in any Keras with ``keras.saving.load_model``). The run's record in
the project names the file (``model_file``), so opening the project later
loads the model on the Keras thread and the Evaluate and Inspect tabs show it
at once, without training again. Only the newest trained model is kept: one
file per project and role. A kind with several graphs (a GAN's generator and
discriminator) writes one file per role, ``lesson.<role>.trained.keras``, and
the record names them in ``model_files`` (role -> file name); role ``model``
keeps ``lesson.trained.keras`` and ``model_file``, so older projects load as before.

The model file is written after the project file, on the Keras thread, first
under a temporary name and then renamed, so a failed write never leaves a
half-written model; a missing or broken model file only means "train again".
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from deskdl.core.i18n import N_, translator
from deskdl.core.project import SUFFIX
from deskdl.ml import model_files
from deskdl.ml.model_files import save_model_file  # run on the Keras thread; tests replace it here
from deskdl.qt.workers import KeepOnWorker

#: What a project's model file is called: the project's name with this ending.
MODEL_ENDING = ".trained.keras"

_ = translator("qt.trained")

TEXT = {
    "saved": N_("Saved the trained model beside the project: {name}"),
    "save_failed": N_("The project was saved, but its trained model could not be written"),
    "loaded": N_("Loaded the trained model saved with this project ({run}); see the Evaluate and Inspect "
                 "tabs."),
    "missing": N_("This project's trained model file {name} is missing; train again to get a model."),
    "load_failed": N_("This project's trained model file {name} could not be read ({why}); train again "
                      "to get a model."),
}


def model_path_for(project_path: str | os.PathLike[str]) -> Path:
    """``dir/lesson.deskdl`` -> ``dir/lesson.trained.keras``.

    Only the ``.deskdl`` ending is dropped: ``week1.part1`` and ``week1.part2`` (saved
    without it) must not share one model file.
    """
    p = Path(project_path)
    base = p.name[:-len(SUFFIX)] if p.name.endswith(SUFFIX) and len(p.name) > len(SUFFIX) else p.name
    return p.with_name(base + MODEL_ENDING)


def role_model_path_for(project_path: str | os.PathLike[str], role: str) -> Path:
    """``lesson.trained.keras`` for role ``"model"``, else ``lesson.<role>.trained.keras``."""
    path = model_path_for(project_path)
    if role == "model":
        return path
    return path.with_name(path.name[:-len(MODEL_ENDING)] + f".{role}{MODEL_ENDING}")


def refs_by_role(result: Mapping[str, Any]) -> dict[str, Any]:
    """A run result's (or a loaded payload's) model references by role."""
    out = {"model": result["model"]} if result.get("model") is not None else {}
    models = result.get("models")
    if isinstance(models, Mapping):
        out.update({role: ref for role, ref in models.items() if ref is not None})
    return out


def load_model_files(paths: Mapping[str, str], keep_as: str) -> KeepOnWorker:
    """Keras thread: read one saved model per role; the worker keeps them all under ``keep_as``.

    The GUI gets ``{"model": ModelRef}`` (if role ``model`` is among them), ``"models"`` by role
    and ``input_shape`` of the role ``model`` (or of the first role).
    """
    models = model_files.load_model_files(paths)
    first = models.get("model") or next(iter(models.values()))
    others = {role: m for role, m in models.items() if role != "model"}
    return KeepOnWorker(keep_as, models.get("model"), {"input_shape": model_files.input_shape(first)},
                        models=others)


def load_model_file(path: str, keep_as: str) -> KeepOnWorker:
    """Keras thread: read a model saved by :func:`save_model_file` (deskdl's own layers known).

    The model stays with the worker under ``keep_as``; the GUI gets a ``ModelRef``
    and the model's ``input_shape`` (without the batch axis).
    """
    model = model_files.load_model_file(path)
    return KeepOnWorker(keep_as, model, {"input_shape": model_files.input_shape(model)})


def saved_run(project: Any) -> dict[str, Any] | None:
    """The run record that names the project's model files (the newest such run), if any."""
    for rec in reversed(list(getattr(project, "runs", None) or [])):
        if isinstance(rec, Mapping) and (rec.get("model_file") or rec.get("model_files")):
            return rec  # type: ignore[return-value]
    return None


def files_of(rec: Mapping[str, Any]) -> dict[str, str]:
    """A record's model file names by role (``model_file`` is role ``model``'s)."""
    out = {"model": str(rec["model_file"])} if rec.get("model_file") else {}
    files = rec.get("model_files")
    if isinstance(files, Mapping):
        out.update({str(role): str(name) for role, name in files.items() if name})
    return out


def _name_files(rec: dict[str, Any], path: Path, roles: Any) -> None:
    """Write the record's ``model_file`` / ``model_files`` for the roles saved beside ``path``."""
    rec.pop("model_file", None)
    rec.pop("model_files", None)
    others = {}
    for role in roles:
        if role == "model":
            rec["model_file"] = role_model_path_for(path, role).name
        else:
            others[role] = role_model_path_for(path, role).name
    if others:
        rec["model_files"] = others


class TrainedModelKeeper(QObject):
    """Keeps the newest trained model, writes it beside the saved project and loads it back.

    Signals:
        model_loaded(dict): a model was read back for the open project; the payload
            looks like a finished run's (``model``, ``run_id``, ``data``, ``test``, ...),
            so the Evaluate and Inspect tabs take it like one.
        message(str): a sentence for the status bar.
    """

    model_loaded = Signal(object)
    message = Signal(str)

    def __init__(self, host: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.project: Any = None
        self.latest: dict[str, Any] | None = None  # payload of the newest trained model
        self._tf_ready = False
        self._pending_load: tuple[Path, dict[str, Any]] | None = None
        self._save_when_loaded: str | None = None  # saved before its model had loaded: write it then
        self._tags: dict[str, tuple[str, Any]] = {}
        host.worker.call_finished.connect(self._on_call_finished)
        host.worker.call_failed.connect(self._on_call_failed)

    # ------------------------------------------------------------------ events
    @Slot(object)
    def on_run_completed(self, result: object) -> None:
        """A run ended: its models are now the ones to keep."""
        if isinstance(result, Mapping) and refs_by_role(result):
            self.latest = dict(result)

    @Slot(object)
    def on_project_changed(self, project: object) -> None:
        """Another project: forget the old model; load the new project's, if it has one."""
        self.project = project
        self.latest = None
        self._pending_load = None
        self._save_when_loaded = None
        rec = saved_run(project)
        path = getattr(project, "path", None)
        if rec is None or path is None:
            return
        files = {role: Path(path).with_name(name) for role, name in files_of(rec).items()}
        for file in files.values():
            if not file.is_file():
                text = _(TEXT["missing"]).format(name=file.name)  # after the window's "Opened ..." message
                QTimer.singleShot(0, lambda t=text: self.message.emit(t))
                return
        self._pending_load = (files, dict(rec))
        self._load_if_ready()

    def set_tensorflow_ready(self, ready: bool) -> None:
        """TensorFlow is loaded: a waiting model can be read now."""
        self._tf_ready = bool(ready)
        self._load_if_ready()

    @Slot(object)
    def on_about_to_save(self, path: object) -> None:
        """Before the project file is written: name the model file in the kept run's record."""
        if self.project is None:
            return
        if self.latest is None:
            rec = saved_run(self.project) if self._loading() else None
            if rec is not None:  # written beside the new file once it has loaded (on_saved)
                _name_files(rec, Path(str(path)), list(files_of(rec)))
            return
        run_id = self.latest.get("run_id")
        for rec in self.project.runs:
            if not isinstance(rec, dict):
                continue
            if rec.get("id") == run_id:
                _name_files(rec, Path(str(path)), list(refs_by_role(self.latest)))
            else:
                rec.pop("model_file", None)  # one model file per project and role: the newest run's
                rec.pop("model_files", None)

    @Slot(object)
    def on_saved(self, path: object) -> None:
        """The project file was written: write the model beside it (Keras thread)."""
        if self.latest is None:
            if self._loading():
                self._save_when_loaded = str(path)
            return
        self._save_all(self.latest, str(path))

    def _save_all(self, payload: Mapping[str, Any], project_path: str) -> None:
        """Queue one model file write per role (Keras thread)."""
        for role, ref in refs_by_role(payload).items():
            target = str(role_model_path_for(Path(project_path), role))
            tag = self.host.call(save_model_file, ref, target)
            self._tags[tag] = ("save", target)

    def wait_for_saves(self, timeout_s: float = 60.0) -> bool:
        """Block (handling events) until queued model writes are done; True when none is left.

        The window calls it on close before the Keras thread is shut down, which drops
        queued work: a project saved from the 'Save changes?' question keeps its model.
        """
        deadline = time.monotonic() + timeout_s
        while any(kind == "save" for kind, _extra in self._tags.values()):
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents()
            QThread.msleep(5)
        return True

    def _loading(self) -> bool:
        """Whether the open project's model is still waiting for TensorFlow or being read."""
        return self._pending_load is not None or any(
            kind == "load" and extra[2] is self.project for kind, extra in self._tags.values())

    # ------------------------------------------------------------------ Keras thread calls
    def _load_if_ready(self) -> None:
        if not self._tf_ready or self._pending_load is None:
            return
        files, rec = self._pending_load
        self._pending_load = None
        file = files.get("model") or next(iter(files.values()))
        keep_as = f"saved:{rec.get('id') or file.name}"
        if list(files) == ["model"]:
            tag = self.host.call(load_model_file, str(file), keep_as)
        else:
            tag = self.host.call(load_model_files, {role: str(f) for role, f in files.items()}, keep_as)
        self._tags[tag] = ("load", (file, rec, self.project))

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        what = self._tags.pop(tag, None)
        if what is None:
            return
        kind, extra = what
        if kind == "save":
            self.message.emit(_(TEXT["saved"]).format(name=Path(str(result)).name))
            return
        file, rec, project = extra
        if project is not self.project:  # another project was opened meanwhile
            return
        payload = self._payload(result, rec, project)
        self.latest = payload
        self.model_loaded.emit(payload)
        self.message.emit(_(TEXT["loaded"]).format(run=rec.get("id") or file.name))
        target, self._save_when_loaded = self._save_when_loaded, None
        if target is not None:
            self._save_all(payload, target)

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, details: str) -> None:
        what = self._tags.pop(tag, None)
        if what is None:
            return
        kind, extra = what
        if kind == "save":
            from deskdl.qt import dialogs

            parent = self.parent() if hasattr(self.parent(), "isVisible") else None
            dialogs.show_failure(parent, _(TEXT["save_failed"]), message, details)
            return
        file, _rec, project = extra
        if project is self.project:
            self._save_when_loaded = None
            why = (message.splitlines()[0] if message else _("unknown error"))[:160]
            self.message.emit(_(TEXT["load_failed"]).format(name=file.name, why=why))

    @staticmethod
    def _payload(loaded: Mapping[str, Any], rec: Mapping[str, Any], project: Any) -> dict[str, Any]:
        out = {"model": loaded.get("model"), "run_id": rec.get("id"), "status": rec.get("status", "finished"),
                "test": dict(rec.get("test") or {}), "final": dict(rec.get("final") or {}),
                "data": copy.deepcopy(dict(rec.get("dataset") or project.data)),
                "input_shape": loaded.get("input_shape"), "loaded": True,
                "epochs_run": rec.get("epochs_run"), "settings": copy.deepcopy(rec.get("settings"))}
        if loaded.get("models"):
            out["models"] = dict(loaded["models"])
        if rec.get("kind"):
            out["kind"] = rec["kind"]
        return out
