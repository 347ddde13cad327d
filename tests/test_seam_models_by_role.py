"""Issue 11: trained models by run and role, on the worker and on disk (a file per role, named by the run)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Slot

from deskdl.core.graph import ModelGraph
from deskdl.core.project import Project
from deskdl.qt.trained import (
    TrainedModelKeeper,
    files_of,
    model_path_for,
    refs_by_role,
    role_model_path_for,
)
from deskdl.qt.workers import KeepOnWorker, ModelRef, TrainingHost


def test_one_file_per_role_beside_the_project(tmp_path):
    p = tmp_path / "ring.deskdl"
    assert role_model_path_for(p, "model") == model_path_for(p) == tmp_path / "ring.trained.keras"
    assert role_model_path_for(p, "generator") == tmp_path / "ring.generator.trained.keras"
    assert files_of({"model_file": "a.trained.keras"}) == {"model": "a.trained.keras"}
    assert files_of({"model_files": {"generator": "g", "discriminator": "d"}}) == {
        "generator": "g", "discriminator": "d"}
    assert refs_by_role({"model": ModelRef("r"), "models": {"generator": ModelRef("r", "generator")}}) == {
        "model": ModelRef("r"), "generator": ModelRef("r", "generator")}


def _gan_project():
    p = Project(name="ring")
    p.kind = "gan"
    g, d = ModelGraph(), ModelGraph()
    g.add_node("Input", {"shape": [3]}, "z")
    d.add_node("Input", {"shape": [2]}, "s")
    p.role_graphs = {"generator": g, "discriminator": d}
    p.graph = g
    p.runs.append({"id": "run-1", "status": "finished", "kind": "gan", "history": {"d_loss": [0.7]}})
    return p


def _two_models(run_id):
    """Keras thread: a tiny generator (3 -> 2) and discriminator (2 -> 1), kept on the worker."""
    import keras

    g = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
    d = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid")])
    return KeepOnWorker(run_id, None, {}, models={"generator": g, "discriminator": d})


class Answers(QObject):
    def __init__(self, host):
        super().__init__()
        self.got = {}
        host.worker.call_finished.connect(self.on_done)

    @Slot(str, object)
    def on_done(self, tag, value):
        self.got[tag] = value


@pytest.mark.keras
def test_a_gan_run_saves_a_file_per_role_and_loads_them_back(qtbot, tmp_path):
    host = TrainingHost()
    answers = Answers(host)
    try:
        tag = host.call(_two_models, "run-1")
        qtbot.waitUntil(lambda: tag in answers.got, timeout=60_000)
        kept = answers.got[tag]
        assert "model" not in kept
        assert kept["models"] == {"generator": ModelRef("run-1", "generator"),
                                  "discriminator": ModelRef("run-1", "discriminator")}
        project = _gan_project()
        keeper = TrainedModelKeeper(host)
        keeper.on_project_changed(project)
        keeper.on_run_completed({"run_id": "run-1", "status": "finished", **kept})
        path = tmp_path / "ring.deskdl"
        keeper.on_about_to_save(path)
        rec = project.runs[-1]
        assert "model_file" not in rec
        assert rec["model_files"] == {"generator": "ring.generator.trained.keras",
                                      "discriminator": "ring.discriminator.trained.keras"}
        project.save(path)
        keeper.on_saved(path)
        assert keeper.wait_for_saves(60)
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "ring.deskdl", "ring.discriminator.trained.keras", "ring.generator.trained.keras"]

        reopened = Project.load(path)
        assert reopened.runs[-1]["model_files"] == rec["model_files"]
        loaded = []
        keeper2 = TrainedModelKeeper(host)
        keeper2.model_loaded.connect(loaded.append)
        keeper2.set_tensorflow_ready(True)
        keeper2.on_project_changed(reopened)
        qtbot.waitUntil(lambda: bool(loaded), timeout=60_000)
        [payload] = loaded
        assert payload["model"] is None and payload["kind"] == "gan"
        assert payload["models"] == {"generator": ModelRef("saved:run-1", "generator"),
                                     "discriminator": ModelRef("saved:run-1", "discriminator")}
        tag = host.call(lambda m: m.count_params(), payload["models"]["discriminator"])
        qtbot.waitUntil(lambda: tag in answers.got, timeout=30_000)
        assert answers.got[tag] == 2 * 1 + 1
    finally:
        assert host.shutdown(30_000)


def _gan_models(run_id):
    """Keras thread: a generator (4 noise values -> an 8x8x1 picture) and a conv discriminator."""
    import keras

    g = keras.Sequential([keras.Input((4,)), keras.layers.Dense(64, activation="sigmoid"),
                          keras.layers.Reshape((8, 8, 1))])
    d = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Conv2D(3, 3, name="d_conv"),
                          keras.layers.Flatten(), keras.layers.Dense(1, activation="sigmoid")])
    return KeepOnWorker(run_id, None, {}, models={"generator": g, "discriminator": d})


@pytest.mark.keras
def test_inspect_offers_the_roles_the_kind_names(qtbot):
    from deskdl.qt.inspect.panel import InspectPanel

    host = TrainingHost()
    answers = Answers(host)
    try:
        tag = host.call(_gan_models, "run-1")
        qtbot.waitUntil(lambda: tag in answers.got, timeout=60_000)
        refs = answers.got[tag]["models"]
        panel = InspectPanel(_gan_project(), host)
        qtbot.addWidget(panel)
        panel.set_tensorflow_ready(True)
        panel.resize(900, 600)
        panel.show()
        panel.tabs.setCurrentWidget(panel.filters)
        panel.set_result({"run_id": "run-1", "kind": "gan", "model": None, "models": refs,
                          "data": {"dataset": "digits", "params": {}}})
        assert panel.role_bar.isVisible() and panel.current_role() == "generator"
        assert [panel.role_box.itemText(i) for i in range(panel.role_box.count())] == [
            "generator", "discriminator"]
        assert panel.model == ModelRef("run-1", "generator")
        qtbot.waitUntil(lambda: panel.info is not None, timeout=30_000)
        assert panel.info["input_shape"] == (4,) and "x" not in panel.info  # noise in: no data examples
        panel.role_box.setCurrentIndex(1)
        assert panel.model == ModelRef("run-1", "discriminator")
        qtbot.waitUntil(lambda: panel.info is not None, timeout=30_000)
        assert panel.info["input_shape"] == (8, 8, 1) and panel.info["conv"] == ["d_conv"]
        assert panel.info["x"].shape[1:] == (8, 8, 1)  # the digits are its inputs
        panel.set_result({"run_id": "run-2", "model": ModelRef("run-1", "generator")})
        assert not panel.role_bar.isVisibleTo(panel)  # one graph: nothing to choose
    finally:
        assert host.shutdown(30_000)
