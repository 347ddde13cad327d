"""Issue 14: groups on the Keras side: a nested model imports as a group, and a grouped graph builds
and exports exactly as the flat one."""

from __future__ import annotations

import math

import pytest

from deskdl.core.analysis import analyze
from deskdl.core.project import Project

pytestmark = pytest.mark.keras


def _counts(model) -> tuple[int, int]:
    return (sum(math.prod(w.shape) for w in model.trainable_weights),
            sum(math.prod(w.shape) for w in model.non_trainable_weights))


def _nested_model():
    import keras

    stem = keras.Sequential([keras.Input((8, 8, 3)), keras.layers.Conv2D(4, 3, padding="same", name="conv"),
                             keras.layers.BatchNormalization(name="bn")], name="stem")
    b_in = keras.Input((8, 8, 4), name="block_in")
    b = keras.layers.DepthwiseConv2D(3, padding="same", name="conv")(b_in)
    b = keras.layers.Add(name="skip")([b_in, b])
    block = keras.Model(b_in, b, name="block")
    x_in = keras.Input((8, 8, 3), name="image")
    x = block(stem(x_in))
    x = keras.layers.GlobalAveragePooling2D(name="gap")(x)
    return keras.Model(x_in, keras.layers.Dense(2, name="out")(x), name="outer")


def test_a_nested_model_imports_as_a_group_with_exact_counts(tmp_path):
    from deskdl.ml.importer import import_keras_file

    model = _nested_model()
    path = tmp_path / "nested.keras"
    model.save(path)
    project = import_keras_file(path)
    g = project.graph
    assert {gid: (grp.label, grp.members) for gid, grp in g.groups.items()} == {
        "block": ("Functional", ["conv_2", "skip"]), "stem": ("Sequential", ["conv", "bn"])}
    assert g.group_inputs("block") == [("bn", "conv_2", 0), ("bn", "skip", 0)]
    a = analyze(g)
    assert a.ok and (a.trainable, a.non_trainable) == _counts(model)
    # laid out folded: the top level is image, stem, block, gap, out in one row
    xs = [project.layout[n][0] for n in ("image", "stem", "block", "gap", "out")]
    assert xs == sorted(xs) and len(set(xs)) == 5
    assert project.file_version() == 2
    back = Project.from_json(project.to_json())
    assert back.graph.to_dict() == g.to_dict()


def test_a_grouped_graph_builds_and_exports_exactly_as_the_flat_one(tmp_path):
    from deskdl.ml.build import build_model
    from deskdl.ml.export import export_python
    from deskdl.ml.importer import import_keras_file

    model = _nested_model()
    path = tmp_path / "nested.keras"
    model.save(path)
    grouped = import_keras_file(path)
    flat = grouped.copy()
    for gid in list(flat.graph.groups):
        flat.graph.remove_group(gid)
    assert grouped.graph.groups and not flat.graph.groups
    script = export_python(grouped)
    assert script == export_python(flat)
    built = build_model(grouped.graph)
    assert _counts(built) == _counts(model) == _counts(build_model(flat.graph))
    assert [w.shape for w in built.weights] == [w.shape for w in model.weights]
    out = tmp_path / "model.py"
    out.write_text(script)
    ns: dict = {}
    exec(compile(script, str(out), "exec"), ns)  # noqa: S102 - our own export
    assert _counts(ns["build_model"]()) == _counts(model)


@pytest.mark.slow
@pytest.mark.parametrize("name,blocks", [("EfficientNetB0", 16), ("MobileNetV2", 16), ("NASNetMobile", 16)])
def test_application_blocks_fold_into_groups(tmp_path, name, blocks):
    import keras

    from deskdl.ml.importer import import_keras_file

    model = getattr(keras.applications, name)(weights=None, input_shape=(32, 32, 3), classes=10)
    path = tmp_path / f"{name}.keras"
    model.save(path)
    project = import_keras_file(path)
    g = project.graph
    assert len(g.groups) == blocks and all(grp.label == "Block" for grp in g.groups.values())
    a = analyze(g)
    assert (a.trainable, a.non_trainable) == _counts(model)
    top = g.scope_graph(None)
    assert len(top.nodes) < len(g) / 4  # what the folded canvas shows
    first = next(iter(g.groups))
    firsts = {"EfficientNetB0": "block1a", "MobileNetV2": "block_1", "NASNetMobile": "cell_stem_1"}
    assert first == firsts[name]
    if name == "EfficientNetB0":  # the stem (rescaling ... stem_activation) stays outside the first block
        assert g.group_of("stem_activation") is None and g.group_of("rescaling") is None
    if name == "NASNetMobile":  # its cells' ReLUs, with names Keras made up, belong to their cell
        outside = [n for n in g.nodes if n.startswith("activation") and not g.group_of(n)]
        # only the last ReLU, before the pooling, is in no cell (its number depends on earlier models)
        assert [[g.node(d).type for d, _ in g.consumers(n)] for n in outside] == [["GlobalAveragePooling2D"]]
