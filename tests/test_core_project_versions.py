"""Project file versions: the version-0 migration's edge cases and version 2's fields, in full.

Pure core tests (no Qt, no Keras). test_project_v2.py checks that each bad version-2 field is
refused with a message that starts right; here each refusal's whole message and its fix (the
two lines the learner reads) are pinned, and the loaded fields are checked to be the file's own
values, independent of the document they came from.
"""

from __future__ import annotations

import copy

import pytest

from deskdl.core.errors import ProjectError
from deskdl.core.project import Project, _too_deep

GRAPH = {"nodes": [{"id": "x", "type": "Input", "params": {"shape": [4]}},
                   {"id": "d", "type": "Dense", "params": {"units": 2}, "inputs": ["x"]}]}
NOISE = {"nodes": [{"id": "z", "type": "Input", "params": {"shape": [8]}},
                   {"id": "g_out", "type": "Dense", "params": {"units": 2}, "inputs": ["z"]}]}
CRITIC = {"nodes": [{"id": "s", "type": "Input", "params": {"shape": [2]}},
                    {"id": "d_out", "type": "Dense", "params": {"units": 1}, "inputs": ["s"]}]}
GAN = "generative adversarial network"
ROLES = "(its graphs are: generator, discriminator)"


def gan_doc(**changes):
    doc = {"format": "deskdl-project", "version": 2, "name": "ring", "kind": "gan",
           "models": {"generator": NOISE, "discriminator": CRITIC},
           "optimizers": {"generator": {"type": "Adam", "learning_rate": 0.0002}},
           "algorithm": {"d_steps": 2}}
    doc.update(changes)
    return doc


def refusal(doc) -> tuple[str, str]:
    with pytest.raises(ProjectError) as info:
        Project.from_dict(doc, "t")
    return info.value.message, info.value.fix


# ---------------------------------------------------------------- version 0


def test_a_version_0_file_without_a_model_is_refused_in_words():
    assert refusal({"format": "deskdl-project", "version": 0}) == (
        "t: the project has no 'model'", "add a 'model' with a list of 'nodes'")


def test_a_version_0_model_without_layers_is_refused_in_words():
    assert refusal({"format": "deskdl-project", "version": 0, "model": {}}) == (
        "t: 'model' must have a list called 'nodes'", "")


def test_a_version_0_file_is_saved_as_version_1():
    old = {"format": "deskdl-project", "version": 0,
           "model": {"layers": [{"id": "x", "type": "Input", "config": {"shape": [3]}}]}}
    doc = Project.from_dict(old).to_dict()
    assert doc["version"] == 1
    assert doc["model"] == {"nodes": [{"id": "x", "type": "Input", "params": {"shape": [3]}}], "outputs": []}


def test_a_nesting_path_of_81_characters_is_cut_with_dots():
    assert _too_deep("f", "a" * 81).message.endswith("(at " + "a" * 80 + "...); no deskdl project needs that")


# ---------------------------------------------------------------- version 2: refusals in full


@pytest.mark.parametrize("changes, message, fix", [
    ({"kind": 3}, "t: 'kind' must be text such as \"gan\", not 3", ""),
    ({"kind": "diffusion"}, "t: this deskdl does not know the project kind 'diffusion'",
     "use one of attention_classifier, autoencoder, debias, dqn, gan, policy_gradient, sequence_generation, "
     "sequence_to_sequence, supervised, vae, or update deskdl"),
    ({"models": [1]}, "t: 'models' must be an object", ""),
    ({"optimizers": [1]}, "t: 'optimizers' must be an object", ""),
    ({"algorithm": [1]}, "t: 'algorithm' must be an object", ""),
    ({"models": {}}, f"t: this {GAN} has no generator {ROLES}", "add a 'generator' graph under 'models'"),
    ({"models": {"generator": NOISE}}, f"t: this {GAN} has no discriminator {ROLES}",
     "add a 'discriminator' graph under 'models'"),
    ({"models": {"generator": NOISE, "discriminator": CRITIC, "critic": CRITIC}},
     f"t: a {GAN} has no role 'critic' {ROLES}", "rename or remove models.critic"),
    ({"optimizers": {"encoder": {}}}, f"t: optimizers.encoder names no graph of this {GAN} {ROLES}",
     "rename or remove optimizers.encoder"),
    ({"optimizers": {"generator": 0.1}},
     't: optimizers.generator must be an object such as {"type": "Adam", "learning_rate": 0.0002}', ""),
], ids=["kind-number", "kind-unknown", "models-list", "optimizers-list", "algorithm-list", "no-roles",
        "no-discriminator", "extra-role", "optimizer-of-no-role", "optimizer-number"])
def test_each_bad_version_2_field_gets_its_message_and_fix(changes, message, fix):
    assert refusal(gan_doc(**changes)) == (message, fix)


def test_a_gan_with_one_model_is_told_to_use_models():
    doc = {"format": "deskdl-project", "version": 2, "kind": "gan", "model": GRAPH}
    assert refusal(doc) == (
        f"t: a {GAN} has the graphs generator, discriminator, but the file has one 'model'",
        "put one graph per role under 'models': generator, discriminator")


def test_a_one_graph_kind_with_models_is_told_to_use_model():
    doc = {"format": "deskdl-project", "version": 2, "kind": "vae", "models": {"model": GRAPH}}
    assert refusal(doc) == ("t: a variational autoencoder has one graph, kept under 'model', not 'models'",
                            "rename 'models' to 'model', or set the project's 'kind'")


def test_an_error_in_a_role_graph_names_the_role_and_keeps_the_fix_and_the_node():
    bad = {"nodes": [{"id": "a", "type": "Nope"}]}
    with pytest.raises(ProjectError) as info:
        Project.from_dict(gan_doc(models={"generator": bad, "discriminator": CRITIC}), "t")
    err = info.value
    assert err.message == "t: the generator: model.nodes[0] (a): deskdl does not know a layer called 'Nope'"
    assert err.fix == "pick a layer from the palette, or check the spelling of 'type'"
    assert err.node_id == "a"


# ---------------------------------------------------------------- version 2: what is read


def test_the_version_2_fields_are_read_as_the_file_says():
    p = Project.from_dict(gan_doc())
    assert p.kind == "gan"
    assert {role: list(g.nodes) for role, g in p.role_graphs.items()} == {
        "generator": ["z", "g_out"], "discriminator": ["s", "d_out"]}
    assert p.optimizers == {"generator": {"type": "Adam", "learning_rate": 0.0002}}
    assert p.algorithm == {"d_steps": 2}


def test_the_version_2_fields_do_not_share_objects_with_the_document():
    doc = gan_doc(algorithm={"schedule": {"d_steps": 2}})
    keep = copy.deepcopy(doc)
    p = Project.from_dict(doc)
    p.optimizers["generator"]["learning_rate"] = 0.1
    p.algorithm["schedule"]["d_steps"] = 5
    assert doc == keep


def test_a_file_without_version_2_fields_reads_none_of_them():
    p = Project.from_dict({"format": "deskdl-project", "version": 1, "model": GRAPH})
    assert (p.kind, p.role_graphs, p.optimizers, p.algorithm) == (None, {}, {}, {})
    assert list(p.graph.nodes) == ["x", "d"]


def test_the_saved_version_2_fields_do_not_share_objects_with_the_project():
    p = Project.from_dict(gan_doc(algorithm={"schedule": {"d_steps": 2}}))
    doc = p.to_dict()
    doc["optimizers"]["generator"]["learning_rate"] = 0.1
    doc["algorithm"]["schedule"]["d_steps"] = 5
    assert p.optimizers == {"generator": {"type": "Adam", "learning_rate": 0.0002}}
    assert p.algorithm == {"schedule": {"d_steps": 2}}


def test_optimizers_alone_make_a_version_2_file():
    p = Project.from_dict({"format": "deskdl-project", "version": 1, "model": GRAPH})
    p.optimizers = {"model": {"type": "SGD", "learning_rate": 0.1}}
    assert p.file_version() == 2


def test_a_file_with_model_and_models_is_told_to_keep_one():
    assert refusal(gan_doc(model=GRAPH)) == (
        "t: the project has both 'model' and 'models'",
        "keep one graph under 'model', or one graph per role under 'models'")


def test_loading_a_version_0_file_leaves_the_given_document_as_it_was():
    old = {"format": "deskdl-project", "version": 0, "runs": [{"id": "r1", "loss": [1.0]}],
           "model": {"layers": [{"id": "x", "type": "Input", "config": {"shape": [3]}}]}}
    keep = copy.deepcopy(old)
    p = Project.from_dict(old)
    p.runs[0]["loss"].append(0.5)
    assert old == keep


def test_the_nesting_path_names_every_key_on_the_way():
    from deskdl.core.project import too_deep_at

    assert too_deep_at({"a": {"b": [[1]]}}, 3) == "a.b[0]"
    assert too_deep_at([1], 0) == "the top level"
