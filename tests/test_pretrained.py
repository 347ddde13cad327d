"""Issue 14: the pretrained base node without TensorFlow: table counts, shapes, weights in the cache.

Nothing here touches the network: the download is fed from a file:// URL.
"""

from __future__ import annotations

import hashlib
import io

import pytest

from deskdl import selftest
from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph
from deskdl.core.layers.pretrained import counts, table
from deskdl.core.pretrained_weights import present_weights, weights_entry
from deskdl.ml.pretrained import WeightsError, download_weights, import_weights, offline_kwargs


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    return tmp_path / "keras" / "models"


def _graph(shape, **params):
    g = ModelGraph()
    g.add_node("Input", {"shape": list(shape)}, node_id="x")
    g.add_node("PretrainedBase", {"application": "MobileNetV3Small", **params}, node_id="base", inputs=["x"])
    g.add_node("Dense", {"units": 3}, node_id="out", inputs=["base"])
    return g


def test_trainable_and_top_n_counts_follow_the_layers():
    layers = table()["MobileNetV3Small"]["layers"]
    total = sum(t + n for t, n in layers)
    bn = sum(n for _, n in layers)  # BatchNormalization moving means and variances: never trainable
    assert (total, bn) == (939120, 12112)  # as Keras counts them (tests/test_pretrained_keras.py)
    assert counts("MobileNetV3Small", False, 0) == (0, total)
    assert counts("MobileNetV3Small", False, 10) == (0, total)  # top N counts only when trainable
    # from scratch every layer trains (a BatchNormalization's gamma and beta too)
    assert counts("MobileNetV3Small", True, 0, pretrained=False) == (total - bn, bn)
    # fine-tuning a pretrained base keeps its BatchNormalization layers frozen: gamma and beta too
    assert counts("MobileNetV3Small", True, 0) == (total - 2 * bn, 2 * bn)
    last = layers[-10:]
    assert counts("MobileNetV3Small", True, 10, pretrained=False) == (sum(t for t, _ in last),
                                                                       total - sum(t for t, _ in last))
    train = sum(t for t, n in last if not n)
    assert counts("MobileNetV3Small", True, 10) == (train, total - train)
    assert train == 194112 and sum(t for t, _ in last) == 195456


def test_shapes_and_counts_in_the_analysis(cache):
    a = analyze(_graph((40, 40, 3), pooling="none", trainable=True, fine_tune_top=10))
    assert a.ok
    assert a.nodes["base"].shape == (None, 2, 2, 576)
    assert (a.nodes["base"].trainable, a.nodes["base"].non_trainable) == (194112, 745008)
    a = analyze(_graph((33, 45, 3)))  # avg pooling: one number per channel
    assert a.nodes["base"].shape == (None, 576)
    assert (a.nodes["base"].trainable, a.nodes["base"].non_trainable) == (0, 939120)


def test_wrong_inputs_are_refused_with_a_fix():
    a = analyze(_graph((28, 28, 1)))
    err = a.for_node("base")[0]
    assert "needs 3 colour channels (RGB) but receives (28, 28, 1): 1 channel" in err.message
    assert "Conv2D with 3 filters" in err.fix
    a = analyze(_graph((28, 28, 3)))
    err = a.for_node("base")[0]
    assert err.message.endswith("needs pictures of at least 32 x 32 pixels but receives (28, 28, 3)")
    assert err.action.layer == "Resizing" and dict(err.action.params) == {"height": 32, "width": 32}
    a = analyze(_graph((32, 32, 3), trainable=True, fine_tune_top=500))
    assert "fine_tune_top is 500 but MobileNetV3Small has only 158 layers" in a.for_node("base")[0].message


def test_missing_weights_warn_and_build_random(cache):
    a = analyze(_graph((32, 32, 3)))
    assert a.ok
    (note,) = [d for d in a.for_node("base") if d.severity == "warning"]
    assert "No ImageNet weights for MobileNetV3Small in the Keras cache" in note.message
    assert f"in the Keras cache ({cache})" in note.message
    assert "random weights" in note.message
    kwargs = {"application": "MobileNetV3Small", "weights": "imagenet"}
    assert offline_kwargs(kwargs, 32)["weights"] == "imagenet-missing"
    assert not analyze(_graph((32, 32, 3), weights="none")).for_node("base")


def test_weights_found_in_the_cache(cache):
    cache.mkdir(parents=True)
    (cache / "weights_mobilenet_v3_small_224_1.0_float_no_top_v2.h5").write_bytes(b"x")
    assert weights_entry("MobileNetV3Small")["present"]
    assert not analyze(_graph((32, 32, 3))).for_node("base")
    assert offline_kwargs({"application": "MobileNetV3Small", "weights": "imagenet"}, 32)["weights"] \
        == "imagenet"
    assert ("MobileNetV3Small", "weights_mobilenet_v3_small_224_1.0_float_no_top_v2.h5") in present_weights()
    out = io.StringIO()
    assert selftest.run(out, only=("resources", "weights")) == 0
    assert "MobileNetV3Small (weights_mobilenet_v3_small_224_1.0_float_no_top_v2.h5)" in out.getvalue()


def test_self_test_says_when_no_weights(cache):
    out = io.StringIO()
    assert selftest.run(out, only=("resources", "weights")) == 0
    assert f"ImageNet weights in {cache}: none (pretrained bases will start from random weights)" \
        in out.getvalue()


def test_mobilenet_v2_weights_depend_on_the_input_side():
    assert weights_entry("MobileNetV2", 96)["file"].endswith("_1.0_96_no_top.h5")
    assert weights_entry("MobileNetV2", 100)["file"].endswith("_1.0_224_no_top.h5")


def test_import_checks_the_hash_and_copies_under_keras_name(cache, tmp_path, monkeypatch):
    src = tmp_path / "admin.h5"
    src.write_bytes(b"not the weights")
    with pytest.raises(WeightsError, match="checksum differs"):
        import_weights("MobileNetV3Small", src)
    (tmp_path / "x.txt").write_text("a")
    with pytest.raises(WeightsError, match="is not a Keras weights file"):
        import_weights("MobileNetV3Small", tmp_path / "x.txt")
    with pytest.raises(WeightsError, match="there is no file"):
        import_weights("MobileNetV2", tmp_path / "missing.h5")
    # MobileNetV2's files carry no hash in Keras: any .h5 is copied under the name Keras expects
    target = import_weights("MobileNetV2", src, side=128)
    assert target == cache / "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_128_no_top.h5"
    assert target.read_bytes() == b"not the weights"
    # with the right hash the file is accepted
    entry = dict(table()["MobileNetV3Small"]["weights"]["224"])
    monkeypatch.setitem(table()["MobileNetV3Small"]["weights"], "224",
                        {**entry, "hash": hashlib.md5(b"not the weights").hexdigest()})  # noqa: S324
    assert import_weights("MobileNetV3Small", src).name == entry["file"]


def test_download_from_a_file_url_with_progress_and_bad_checksum(cache, tmp_path):
    src = tmp_path / "served.h5"
    src.write_bytes(b"w" * 200_000)
    seen = []
    with pytest.raises(WeightsError, match="is damaged \\(its checksum is wrong\\)"):
        download_weights("MobileNetV3Small", url=src.as_uri(), progress=lambda d, t: seen.append(d))
    assert seen[-1] == 200_000
    assert not list(cache.iterdir())  # nothing half-done left behind
    path = download_weights("MobileNetV2", side=96, url=src.as_uri())
    assert path.read_bytes() == src.read_bytes() and weights_entry("MobileNetV2", 96)["present"]
    with pytest.raises(WeightsError, match="could not reach the download server"):
        download_weights("MobileNetV2", url=(tmp_path / "nothing.h5").as_uri())


def test_efficientnet_with_imagenet_weights_has_one_more_layer(cache):
    g = ModelGraph()
    g.add_node("Input", {"shape": [32, 32, 3]}, node_id="x")
    n = len(table()["EfficientNetB0"]["layers"]) + 1  # + the pooling layer
    g.add_node("PretrainedBase", {"application": "EfficientNetB0", "trainable": True, "fine_tune_top": n + 1},
               node_id="base", inputs=["x"])
    assert f"has only {n} layers" in analyze(g).for_node("base")[0].message
    cache.mkdir(parents=True)
    (cache / weights_entry("EfficientNetB0")["file"]).write_bytes(b"w")
    # keras.applications.efficientnet adds a Rescaling layer to the stem when it loads ImageNet weights
    assert analyze(g).ok
