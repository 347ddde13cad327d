"""Issue 11: project file version 2 (kind, models by role, optimizers by role, algorithm), v1 rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskdl.core import project as project_module
from deskdl.core.errors import ProjectError
from deskdl.core.kinds import kind_of
from deskdl.core.project import V2_FIELDS, Project

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted((ROOT / "resources").rglob("*.deskdl"))

GRAPH = {"nodes": [{"id": "x", "type": "Input", "params": {"shape": [4]}},
                   {"id": "d", "type": "Dense", "params": {"units": 2}, "inputs": ["x"]}]}
NOISE = {"nodes": [{"id": "z", "type": "Input", "params": {"shape": [8]}},
                   {"id": "g_out", "type": "Dense", "params": {"units": 2}, "inputs": ["z"]}]}
CRITIC = {"nodes": [{"id": "s", "type": "Input", "params": {"shape": [2]}},
                    {"id": "d_out", "type": "Dense", "params": {"units": 1, "activation": "sigmoid"},
                     "inputs": ["s"]}]}


def gan_doc(**changes):
    doc = {"format": "deskdl-project", "version": 2, "name": "ring", "kind": "gan",
           "models": {"generator": NOISE, "discriminator": CRITIC},
           "optimizers": {"generator": {"type": "Adam", "learning_rate": 0.0002},
                          "discriminator": {"type": "Adam", "learning_rate": 0.0002}},
           "algorithm": {"d_steps": 2}, "layout": {"z": [0, 0], "s": [0, 200]}}
    doc.update(changes)
    return doc


SHIPPED_V2 = [p for p in SHIPPED if json.loads(p.read_text(encoding="utf-8"))["version"] == 2]
SHIPPED = [p for p in SHIPPED if p not in SHIPPED_V2]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_version_1_files_open_and_save_as_version_1_unchanged(path):
    text = path.read_text(encoding="utf-8")
    assert json.loads(text)["version"] == 1
    saved = Project.from_json(text).to_json()
    doc = json.loads(saved)
    assert doc["version"] == 1 and not set(doc) & {"kind", "models", *V2_FIELDS}
    assert Project.from_json(saved).to_json() == saved  # byte-identical from then on


@pytest.mark.parametrize("path", SHIPPED_V2, ids=lambda p: p.name)
def test_shipped_version_2_files_need_it_and_save_byte_identical(path):
    """Templates of other kinds (a GAN's two roles) are version 2 files, saved as deskdl writes them."""
    text = path.read_text(encoding="utf-8")
    p = Project.from_json(text)
    assert p.file_version() == 2 and p.kind
    assert p.to_json() == text


def test_a_gan_project_round_trips_as_version_2_with_both_roles():
    p = Project.from_dict(gan_doc())
    assert kind_of(p).id == "gan" and p.kind == "gan"
    assert list(p.graphs) == ["generator", "discriminator"]
    assert p.graph is p.graph_of("generator") and "d_out" in p.graph_of("discriminator")
    assert p.optimizers["generator"]["learning_rate"] == 0.0002 and p.algorithm == {"d_steps": 2}
    doc = p.to_dict()
    assert doc["version"] == 2 and "model" not in doc
    assert doc["models"]["discriminator"]["nodes"][1]["id"] == "d_out"
    assert doc["layout"] == {"z": [0.0, 0.0], "s": [0.0, 200.0]}  # positions of both graphs kept
    again = Project.from_json(p.to_json())
    assert again.to_json() == p.to_json()
    copy = p.copy()
    assert copy.graph_of("discriminator") is not p.graph_of("discriminator")


def test_the_version_is_2_only_when_a_version_1_deskdl_would_misread_the_file():
    p = Project.from_dict({"format": "deskdl-project", "version": 1, "model": GRAPH})
    assert p.kind is None and p.file_version() == 1 and p.graphs == {"model": p.graph}
    p.kind = "supervised"
    assert p.file_version() == 1 and p.to_dict()["kind"] == "supervised"
    p.kind = "autoencoder"
    assert p.file_version() == 2  # v1 would train it on the labels
    p.data["target"] = "inputs"
    assert p.file_version() == 1  # v1 knows this autoencoder by its target
    p.kind = "vae"
    assert p.file_version() == 2
    p.kind = None
    p.algorithm = {"x": 1}
    assert p.file_version() == 2


def test_a_version_2_file_is_refused_by_the_version_1_rule(monkeypatch):
    text = Project.from_dict(gan_doc()).to_json()
    monkeypatch.setattr(project_module, "VERSION", 1)  # what a deskdl of file version 1 does
    with pytest.raises(ProjectError) as err:
        Project.from_json(text, "ring.deskdl")
    assert err.value.message == ("ring.deskdl: this project was saved by a newer deskdl (file version 2, "
                                 "this deskdl reads up to 1)")
    assert err.value.fix == "update deskdl to open it"


@pytest.mark.parametrize("changes, message", [
    ({"kind": "diffusion"}, "t: this deskdl does not know the project kind 'diffusion'"),
    ({"kind": 3}, "t: 'kind' must be text such as \"gan\", not 3"),
    ({"models": {"generator": NOISE}}, "t: this generative adversarial network has no discriminator "
                                       "(its graphs are: generator, discriminator)"),
    ({"models": {"generator": NOISE, "discriminator": CRITIC, "critic": CRITIC}},
     "t: a generative adversarial network has no role 'critic' (its graphs are: generator, discriminator)"),
    ({"model": GRAPH}, "t: the project has both 'model' and 'models'"),
    ({"optimizers": {"encoder": {}}}, "t: optimizers.encoder names no graph of this generative adversarial "
                                      "network (its graphs are: generator, discriminator)"),
    ({"optimizers": {"generator": 0.1}}, "t: optimizers.generator must be an object such as "
                                         '{"type": "Adam", "learning_rate": 0.0002}'),
    ({"algorithm": [1]}, "t: 'algorithm' must be an object"),
    ({"models": {"generator": {"nodes": [{"id": "a", "type": "Nope"}]}, "discriminator": CRITIC}},
     "t: the generator: "),
])
def test_bad_version_2_fields_get_one_clear_message(changes, message):
    with pytest.raises(ProjectError) as err:
        Project.from_dict(gan_doc(**changes), "t")
    assert err.value.message.startswith(message)


def test_a_gan_needs_models_and_a_one_graph_kind_needs_model():
    doc = {"format": "deskdl-project", "version": 2, "kind": "gan", "model": GRAPH}
    with pytest.raises(ProjectError) as err:
        Project.from_dict(doc, "t")
    assert err.value.text == ("t: a generative adversarial network has the graphs generator, discriminator, "
                              "but the file has one 'model': put one graph per role under 'models': "
                              "generator, discriminator")
    doc = {"format": "deskdl-project", "version": 2, "kind": "vae", "models": {"model": GRAPH}}
    with pytest.raises(ProjectError, match="has one graph, kept under 'model', not 'models'"):
        Project.from_dict(doc, "t")
