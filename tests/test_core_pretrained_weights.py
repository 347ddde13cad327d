"""Pure tests of deskdl/core/pretrained_weights.py: where Keras keeps ImageNet weights and which file.

The expected paths follow Keras's ``keras.utils.get_file``: ``$KERAS_HOME`` or ``~/.keras``, then the
cache subfolder ("models" for ``keras.applications``), then the file name Keras asks for (recorded in
resources/applications/table.json). Every test points KERAS_HOME or HOME at ``tmp_path``: nothing
reads or writes the real cache.
"""

from __future__ import annotations

import pytest

from deskdl.core.layers.pretrained import table
from deskdl.core.pretrained_weights import (
    keras_home,
    models_dir,
    present_weights,
    weights_entry,
    weights_side,
)

V2 = "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_{}_no_top.h5"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """KERAS_HOME at tmp_path/kh (not created)."""
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "kh"))
    return tmp_path / "kh"


def test_keras_home_is_the_environment_variable_when_set(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "elsewhere"))
    assert keras_home() == tmp_path / "elsewhere"
    monkeypatch.setenv("KERAS_HOME", "~/cache/keras")  # a ~ in it is the home folder
    assert keras_home() == tmp_path / "user" / "cache" / "keras"


def test_keras_home_is_dot_keras_in_the_home_folder_otherwise(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.delenv("KERAS_HOME", raising=False)
    assert keras_home() == tmp_path / "user" / ".keras"
    monkeypatch.setenv("KERAS_HOME", "")  # empty counts as not set, as in Keras
    assert keras_home() == tmp_path / "user" / ".keras"


def test_models_dir_is_the_models_folder_of_keras_home(home):
    assert models_dir() == home / "models"


def test_weights_side_is_the_asked_side_when_keras_has_weights_for_it():
    # MobileNetV2 has no-top weights for sides 96, 128, 160, 192 and 224 (keras.applications.MobileNetV2)
    assert [weights_side("MobileNetV2", s) for s in (96, 128, 160, 192, 224)] == [96, 128, 160, 192, 224]
    assert weights_side("MobileNet", 128) == 128


def test_weights_side_falls_back_to_224():
    assert weights_side("MobileNetV2", 100) == 224 and weights_side("MobileNetV2", None) == 224
    assert weights_side("VGG16", 32) == 224 and weights_side("VGG16", None) == 224


def test_weights_side_without_224_takes_the_largest(monkeypatch):
    # listed largest first, so only sorting the sides numerically finds 128 (as text "96" > "128")
    monkeypatch.setitem(table(), "Fake", {"weights": {"128": {"file": "f128.h5"}, "96": {"file": "f96.h5"}}})
    assert weights_side("Fake", 50) == 128 and weights_side("Fake", 96) == 96
    monkeypatch.setitem(table(), "Three", {"weights": {"96": {}, "160": {}, "128": {}}})
    assert weights_side("Three", None) == 160  # the largest, not the second


def test_weights_side_prefers_224_to_a_larger_side(monkeypatch):
    monkeypatch.setitem(table(), "Big", {"weights": {"224": {}, "331": {}}})
    assert weights_side("Big", None) == 224 and weights_side("Big", 331) == 331


def test_weights_entry_of_an_unknown_model_is_none(home):
    assert weights_entry("NoSuchNet") is None


def test_weights_entry_names_the_file_keras_asks_for(home):
    entry = weights_entry("MobileNetV2", 96)
    assert entry["file"] == V2.format(96)
    assert entry["subdir"] == "models"
    assert entry["path"] == str(home / "models" / V2.format(96))
    assert entry["present"] is False
    assert entry["url"].endswith("/" + V2.format(96))
    assert weights_entry("MobileNetV2")["file"] == V2.format(224)
    assert weights_entry("VGG16")["path"] == str(
        home / "models" / "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5"
    )
    # the table itself is not changed by the entry's additions
    assert "path" not in table()["MobileNetV2"]["weights"]["96"]
    assert "present" not in table()["MobileNetV2"]["weights"]["96"]


def test_weights_entry_is_present_only_for_a_non_empty_file(home):
    models = home / "models"
    models.mkdir(parents=True)
    (models / V2.format(96)).write_bytes(b"")
    assert weights_entry("MobileNetV2", 96)["present"] is False  # an empty file is a failed download
    (models / V2.format(96)).write_bytes(b"w")
    assert weights_entry("MobileNetV2", 96)["present"] is True
    (models / V2.format(128)).mkdir()
    assert weights_entry("MobileNetV2", 128)["present"] is False  # a folder is not the weights


def test_weights_entry_follows_the_subdir_and_defaults_to_models(home, monkeypatch):
    monkeypatch.setitem(
        table(), "Fake", {"weights": {"224": {"file": "a.h5", "subdir": "other"}, "96": {"file": "b.h5"}}}
    )
    assert weights_entry("Fake")["path"] == str(home / "other" / "a.h5")
    assert weights_entry("Fake", 96)["path"] == str(home / "models" / "b.h5")


def test_present_weights_lists_cached_files_by_model_name(home, monkeypatch):
    assert present_weights() == []
    models = home / "models"
    models.mkdir(parents=True)
    for name in (
        "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5",
        V2.format(224),
        V2.format(96),
        "convnext_tiny_notop.h5",
        "unrelated.h5",
    ):
        (models / name).write_bytes(b"")  # present_weights asks only whether the file is there
    (models / "efficientnetb0_notop.h5").mkdir()  # a folder is not a file
    assert present_weights() == [
        ("ConvNeXtTiny", "convnext_tiny_notop.h5"),
        ("MobileNetV2", V2.format(96)),
        ("MobileNetV2", V2.format(224)),
        ("VGG16", "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5"),
    ]


def test_present_weights_follows_the_subdir_and_defaults_to_models(home, monkeypatch):
    monkeypatch.setitem(
        table(), "Fake", {"weights": {"224": {"file": "a.h5", "subdir": "other"}, "96": {"file": "b.h5"}}}
    )
    (home / "other").mkdir(parents=True)
    (home / "other" / "a.h5").write_bytes(b"w")
    (home / "models").mkdir()
    (home / "models" / "b.h5").write_bytes(b"w")
    (home / "other" / "b.h5").write_bytes(b"w")  # in the wrong folder: not counted twice
    assert present_weights() == [("Fake", "a.h5"), ("Fake", "b.h5")]
    (home / "other" / "a.h5").unlink()
    (home / "models" / "a.h5").write_bytes(b"w")  # a.h5 belongs in other/, not models/
    assert present_weights() == [("Fake", "b.h5")]
