"""The Data tab: every offline data set shows samples, balance, split sizes and fit problems."""

from __future__ import annotations

import pytest

from deskdl.core import datagen
from deskdl.core.project import Project
from deskdl.ml import datasets
from deskdl.qt.data_panel import DataPanel
from tests._models import spiral_project

OFFLINE = [i.id for i in datasets.all_datasets() if i.source in ("generated", "bundled")]


@pytest.fixture
def panel(qtbot):
    p = DataPanel(Project())
    qtbot.addWidget(p)
    p.show()
    yield p
    p.host.shutdown()


@pytest.mark.parametrize("did", OFFLINE)
def test_each_offline_dataset_shows_samples(qtbot, panel, did):
    panel.choose(did)
    b = panel.bundle
    assert b is not None and b.dataset_id == did
    current = panel.samples.currentWidget()
    if b.kind in ("points2d", "regression2d"):
        assert current is panel.scatter and panel.scatter.count == len(b.x_train) + len(b.x_test)
    elif b.kind == "sequence":
        assert current is panel.sequences and panel.sequences.toPlainText()
    else:
        assert current is panel.grid and panel.grid.shown == 48
    if b.task == "classification":
        assert panel.balance.train_counts.sum() == len(b.x_train)
        assert panel.balance.test_counts.sum() == len(b.x_test)
    assert str(len(b.x_test)) in panel.split.text()
    # The panel's project (a new one) has no layers yet: the one problem says so, for every data set.
    assert panel.problem_texts() == ["the model has 0 Input layers, but the data set gives one input per "
                                     "example. Keep exactly one Input layer"]


def test_review_preview_reads_as_words(qtbot, panel):
    panel.choose("reviews")
    lines = panel.sequences.toPlainText().splitlines()
    assert len(lines) == 30
    b = panel.bundle
    for line, y in zip(lines, b.y_train):
        label, text = line.split("]  ", 1)
        assert label == f"[{b.class_names[int(y)]}"
        words = text.split()
        assert 5 <= len(words) <= 20 and all(w in datagen.REVIEW_WORDS for w in words)


def test_params_change_reloads_and_marks_project(qtbot, panel):
    panel.choose("circle")
    changed = []
    panel.data_changed.connect(lambda: changed.append(1))
    p, spin = panel._editors["samples"]
    spin.setValue(200)
    qtbot.waitUntil(lambda: len(panel.bundle.x_train) + len(panel.bundle.x_test) == 200, timeout=3000)
    assert panel.project.data == {"dataset": "circle", "params": {"samples": 200}}
    assert changed


def test_mismatch_listed_with_fix(qtbot):
    project = spiral_project()
    panel = DataPanel(project)
    qtbot.addWidget(panel)
    try:
        assert any("fits" in t for t in panel.problem_texts())
        panel.choose("digits")  # a 2-input MLP against 8x8 pictures
        texts = panel.problem_texts()
        assert texts and not any("fits" in t for t in texts)
    finally:
        panel.host.shutdown()


def test_missing_keras_set_offers_import_and_download(qtbot, panel, monkeypatch, tmp_path):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    panel.choose("mnist")
    assert panel.bundle is None
    assert panel.fetch_box.isVisibleTo(panel)
    assert panel.empty.text() == ("Not on this computer yet. Import the file you have, or Download it "
                                  "(needs internet).")


def test_download_failure_is_explained(qtbot, panel, monkeypatch, tmp_path):
    from deskdl.qt import dialogs

    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    shown = []
    monkeypatch.setattr(dialogs, "show_failure", lambda *a, **k: shown.append(a))

    def offline(did, progress=None, timeout=30.0):
        raise datasets.DownloadError("could not reach the download server: no network",
                                     "copy the file from a machine with internet and use Import")

    monkeypatch.setattr(datasets, "download", offline)
    panel.choose("mnist")
    panel.start_download()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "could not reach" in shown[0][2].lower()
    assert panel.download_button.isEnabled()


def test_biased_shapes_show_the_rare_style_framed_and_counted(qtbot, panel):
    import numpy as np

    from deskdl.ml.datasets.biased_shapes import load_with_groups

    panel.choose("biased_shapes")
    _, g_train, g_test = load_with_groups({})  # the defaults: 2000 pictures, 2 % inverted, 1000 test
    assert panel.grid.shown == 48 and panel.grid.marked == 8  # the last row: 8 of the 40 inverted
    first_rare = np.flatnonzero(g_train == 1)[:8]
    np.testing.assert_array_equal(panel.grid.last_images[-8:], panel.bundle.x_train[first_rare])
    assert (int((g_train == 1).sum()), int((g_test == 1).sum())) == (40, 500)
    assert ("Styles: 40 of the 2000 training pictures (2.0 %) are inverted, framed in orange in the last "
            "row; the test part has 500 inverted pictures of 1000") in panel.summary.text()


def test_a_set_without_styles_frames_nothing(qtbot, panel):
    panel.choose("shapes")
    assert panel.grid.shown == 48 and panel.grid.marked == 0
    assert "Styles:" not in panel.summary.text()
