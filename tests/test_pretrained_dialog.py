"""Issue 14: File > Pretrained Weights lists the Keras cache, imports a file, downloads only when asked.

The download is fed from a file:// URL: no test touches the network.
"""

from __future__ import annotations

import pytest

from deskdl.core import catalog
from deskdl.core.layers.pretrained import application_names
from deskdl.qt.pretrained_dialog import MISSING, PRESENT, PretrainedWeightsDialog

V2_FILE = "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5"  # the 224 file: Keras's default


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    return tmp_path / "keras" / "models"


def test_lists_every_model_with_what_the_cache_holds(qtbot, cache):
    cache.mkdir(parents=True)
    (cache / V2_FILE).write_bytes(b"w")
    dialog = PretrainedWeightsDialog(select="MobileNetV2")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(application_names()) == 40
    assert dialog.selected_name() == "MobileNetV2"
    assert dialog.present("MobileNetV2")
    assert not dialog.present("MobileNetV3Small")
    texts = {dialog.table.item(i, 0).text(): dialog.table.item(i, 1).text() for i in range(40)}
    assert texts["MobileNetV2"] == PRESENT and texts["VGG16"] == MISSING
    assert str(cache) in dialog.intro.text() and "never downloads on its own" in dialog.intro.text()


def test_import_checks_and_refreshes(qtbot, cache, tmp_path):
    dialog = PretrainedWeightsDialog(select="MobileNetV3Small")
    qtbot.addWidget(dialog)
    bad = tmp_path / "wrong.h5"
    bad.write_bytes(b"not the weights")
    assert not dialog.import_file(str(bad))  # MobileNetV3Small's file has a published checksum
    assert "checksum differs" in dialog.status.text() and not dialog.present("MobileNetV3Small")
    dialog.select("MobileNetV2")  # Keras publishes no checksum for MobileNetV2's files
    assert dialog.import_file(str(bad))
    assert dialog.present("MobileNetV2") and (cache / V2_FILE).read_bytes() == b"not the weights"
    assert dialog.status.text().startswith("MobileNetV2: imported into the cache as")


def test_download_on_request_then_a_damaged_file_is_refused(qtbot, cache, tmp_path):
    served = tmp_path / "served.h5"
    served.write_bytes(b"w" * 300_000)
    dialog = PretrainedWeightsDialog(select="MobileNetV2")
    qtbot.addWidget(dialog)
    assert not list(cache.parent.glob("**/*.h5"))  # opening the dialog downloads nothing
    assert dialog.download(url=served.as_uri())
    assert not dialog.import_button.isEnabled() and not dialog.download(url=served.as_uri())  # one at a time
    qtbot.waitUntil(lambda: dialog._thread is None, timeout=20_000)
    assert dialog.present("MobileNetV2") and "in the cache now" in dialog.status.text()
    assert dialog.import_button.isEnabled() and not dialog.cancel_button.isVisible()
    dialog.select("MobileNetV3Small")  # its checksum is published: this file is refused
    assert dialog.download(url=served.as_uri())
    qtbot.waitUntil(lambda: dialog._thread is None, timeout=20_000)
    assert "is damaged (its checksum is wrong)" in dialog.status.text()
    assert not dialog.present("MobileNetV3Small")


def test_node_text_names_the_familys_preprocessing_and_the_weights(cache):
    kind = catalog.get("PretrainedBase")
    text = kind.teach_for({"application": "ResNet50"})
    assert "resnet50's preprocess_input (in keras.applications), which is 'caffe' mode: colours turned " \
           "from RGB to BGR" in text
    assert "ImageNet weights: not found" in text and "File > Pretrained Weights" in text
    assert "Trains: nothing in the base (frozen)." in text
    text = kind.teach_for({"application": "MobileNetV3Small", "trainable": True, "fine_tune_top": 12})
    assert "mobilenet_v3's preprocess_input (in keras.applications), which is a pass-through" in text
    assert "Trains: its last 12 layers, except BatchNormalization layers." in text
    text = kind.teach_for({"application": "Xception", "weights": "none", "trainable": True})
    assert "scaled from 0-255 to -1..1" in text and "Weights: random (trained from scratch)." in text
    assert "Trains: all its layers." in text



def test_properties_show_the_base_detail_and_follow_its_settings(qtbot, cache):
    from deskdl.core.graph import ModelGraph
    from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
    from deskdl.qt.properties import PropertiesPanel

    graph = ModelGraph()
    graph.add_node("Input", {"shape": [32, 32, 3]}, "inp")
    graph.add_node("PretrainedBase", {"application": "MobileNetV3Small"}, "base", ["inp"])
    project = SimpleProject(graph, {})
    editor = GraphEditor(project)
    panel = PropertiesPanel()
    panel.set_editor(editor)
    panel.set_project(project)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    editor.select("base")
    assert "Trains: nothing in the base (frozen)." in panel.teach.text()
    assert "ImageNet weights: not found" in panel.teach.text()
    graph.set_params("base", {"trainable": True, "fine_tune_top": 5})
    assert "Trains: its last 5 layers, except BatchNormalization layers." in panel.teach.text()
    assert panel.shape_label.text().startswith("Output shape (576,)")


def test_file_menu_opens_the_dialog_on_the_projects_base_and_reanalyses(qtbot, monkeypatch, tmp_path, cache):
    from qt_helpers import close_quietly, make_window

    from deskdl.core.graph import ModelGraph
    from deskdl.core.project import Project
    from deskdl.qt.pretrained_dialog import PretrainedWeightsDialog

    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        g = ModelGraph()
        g.add_node("Input", {"shape": [32, 32, 3]}, node_id="x")
        g.add_node("PretrainedBase", {"application": "MobileNetV3Small"}, node_id="base", inputs=["x"])
        window.set_project(Project(graph=g))
        assert "pretrained_weights" in window.action_map
        assert [d.severity for d in window.editor.scene.analysis.for_node("base")] == ["warning"]
        shown = []

        def fake_exec(dialog):  # what the learner does in the dialog: import the file
            shown.append(dialog.selected_name())
            cache.mkdir(parents=True, exist_ok=True)
            (cache / "weights_mobilenet_v3_small_224_1.0_float_no_top_v2.h5").write_bytes(b"w")
            return 0

        monkeypatch.setattr(PretrainedWeightsDialog, "exec", fake_exec)
        window.action_map["pretrained_weights"].trigger()
        assert shown == ["MobileNetV3Small"]  # the project's base is picked for the learner
        assert not window.editor.scene.analysis.for_node("base")  # the warning went with the file
    finally:
        close_quietly(window)


def test_opening_the_weights_list_ticks_the_transfer_lessons_step(qtbot, monkeypatch, tmp_path, cache):
    from qt_helpers import close_quietly, make_window

    from deskdl.qt.pretrained_dialog import PretrainedWeightsDialog

    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        lessons = window.lessons
        assert lessons.open_lesson("transfer_learning", restart=True)
        lessons.session.done.add(lessons.session.step.id)  # the first step (select the base) is done
        lessons.next_step()
        assert lessons.session.step.id == "weights"
        assert not lessons.check_now().passed
        monkeypatch.setattr(PretrainedWeightsDialog, "exec", lambda dialog: 0)
        window.action_map["pretrained_weights"].trigger()
        assert lessons.check_now().passed
        assert [e.name for e in lessons.session.events].count("weights_listed") == 1
        lessons.close_lesson()
    finally:
        close_quietly(window)
