"""Evaluate for the sequence kinds (issue 13): a character model's test loss, bits per character and samples;
a sequence-to-sequence model's right answers per position and a chosen example's attention maps. The ml
functions on tiny real models, then the Evaluate tab with pytest-qt on the real Keras thread."""

from __future__ import annotations

import math

import numpy as np
import pytest

from deskdl.core.graph import ModelGraph
from deskdl.core.project import Project
from deskdl.paths import resource
from deskdl.qt.workers import KeepOnWorker, TrainingHost

pytestmark = pytest.mark.keras

TEXT_DATA = {"dataset": "abc_tunes", "params": {"tunes": 20, "seq_len": 12, "step": 4}}
DIGITS_DATA = {"dataset": "digit_tasks", "params": {"task": "reverse", "samples": 300, "length": 6}}


def _char_graph() -> dict:
    g = ModelGraph()
    g.add_node("Input", {"shape": [12]}, node_id="chars")
    g.add_node("Embedding", {"input_dim": 64, "output_dim": 8}, node_id="emb", inputs=["chars"])
    g.add_node("GRU", {"units": 16}, node_id="rnn", inputs=["emb"])
    g.add_node("Dense", {"units": 57, "activation": "softmax"}, node_id="next", inputs=["rnn"])
    return g.to_dict()


def _seq_graph() -> dict:
    project = Project.load(resource("templates", "transformer_reverse.deskdl"))
    doc = project.graph.to_dict()
    for node in doc["nodes"]:
        if node["type"] == "Input":
            node["params"]["shape"] = [6]
    return doc


def train(kind: str, run_id: str = "run-seq") -> KeepOnWorker:
    """Runs on the Keras thread: one epoch; the model stays there."""
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingJob

    graph, data = (_char_graph(), TEXT_DATA) if kind == "sequence_generation" else (_seq_graph(), DIGITS_DATA)
    job = TrainingJob(graph=graph, data=data, kind=kind, algorithm={"sample_every": 3600.0}
                      if kind == "sequence_generation" else {},
                      training={"optimizer": {"type": "Adam", "learning_rate": 0.01}, "epochs": 1, "seed": 0,
                                "loss": "sparse_categorical_crossentropy", "metrics": ["accuracy"],
                                "batch_size": 64})
    result = run(job)
    assert result.ok, result.error and result.error.text
    return KeepOnWorker(run_id, result.model)


# ------------------------------------------------------------------ ml, on this thread
def test_char_report_scores_the_test_windows_and_writes_samples():
    from deskdl.ml import datasets
    from deskdl.ml.seq_eval import char_report

    model = train("sequence_generation").model
    bundle = datasets.load_config(TEXT_DATA)
    r = char_report(model, TEXT_DATA, temperatures=(0.0, 1.0), length=30)
    probs = model.predict(bundle.x_test, verbose=0)
    y = bundle.y_test.astype(int)
    want = -np.mean(np.log(probs[np.arange(len(y)), y]))
    assert r["n_test"] == r["n_scored"] == len(bundle.x_test)
    assert r["loss"] == pytest.approx(want, rel=1e-4)
    assert r["bpc"] == pytest.approx(want / math.log(2), rel=1e-4)
    assert r["accuracy"] == pytest.approx(np.mean(np.argmax(probs, axis=1) == y))
    assert [t for t, _ in r["samples"]] == [0.0, 1.0] and all(len(s) == 30 for _, s in r["samples"])
    assert r["prime"] == "".join(bundle.vocabulary[int(i)] for i in bundle.x_test[0])
    few = char_report(model, TEXT_DATA, temperatures=(), limit=7)
    assert few["n_scored"] == 7 and few["samples"] == []


def test_seq2seq_report_and_attention_example():
    from deskdl.ml import datasets
    from deskdl.ml.seq_eval import attention_example, seq2seq_report

    model = train("sequence_to_sequence").model
    bundle = datasets.load_config(DIGITS_DATA)
    r = seq2seq_report(model, DIGITS_DATA)
    pred = np.argmax(model.predict(bundle.x_test, verbose=0), axis=-1)
    right = pred == bundle.y_test
    assert r["n_test"] == 60 and r["per_position"].shape == (6,)
    np.testing.assert_allclose(r["per_position"], right.mean(axis=0))
    assert r["positions"] == pytest.approx(right.mean())
    assert r["sequences"] == pytest.approx(right.all(axis=1).mean())
    e = attention_example(model, DIGITS_DATA, 5)
    assert e["maps"].shape == (1, 2, 6, 6) and e["layers"] == ["attention"]
    assert e["inputs"] == [str(int(t)) for t in bundle.x_test[5]]
    assert e["answers"] == [str(int(t)) for t in bundle.y_test[5]] == e["queries"]
    assert e["predicted"] == [str(int(t)) for t in pred[5]]
    assert attention_example(model, DIGITS_DATA, 10_000)["index"] == 59  # clipped to the test set


def test_seq2seq_report_refuses_a_model_with_one_answer_per_sequence():
    from deskdl.ml.seq_eval import seq2seq_report

    model = train("sequence_generation").model  # reads 12 tokens, gives one answer for all 12
    twelve = {"dataset": "digit_tasks", "params": {"task": "reverse", "samples": 100, "length": 12}}
    with pytest.raises(ValueError, match="one answer per step"):
        seq2seq_report(model, twelve)


# ------------------------------------------------------------------ the Evaluate tab
@pytest.fixture
def host():
    h = TrainingHost()
    yield h
    assert h.shutdown(30_000)


def _trained(qtbot, host, kind):
    got = {}

    def done(tag, result):
        if tag == wanted:
            got["value"] = result

    host.worker.call_finished.connect(done)
    wanted = host.call(train, kind, f"run-{kind}")
    qtbot.waitUntil(lambda: "value" in got, timeout=180_000)
    host.worker.call_finished.disconnect(done)
    return got["value"]["model"]


def _panel(qtbot, host, project):
    from deskdl.qt.evaluate_panel import EvaluatePanel

    panel = EvaluatePanel(project, host)
    qtbot.addWidget(panel)
    panel.resize(1200, 640)
    panel.show()
    panel.set_tensorflow_ready(True)
    panel.set_project(project)
    return panel


def test_evaluate_shows_a_character_models_scores_and_samples(qtbot, host):
    from deskdl.qt.evaluate_panel import SEQ_TAB

    project = Project(graph=ModelGraph.from_dict(_char_graph()), data=TEXT_DATA, kind="sequence_generation",
                      algorithm={"prime": "X:"})
    panel = _panel(qtbot, host, project)
    assert panel.pages.isTabVisible(SEQ_TAB) and not panel.pages.isTabVisible(0)  # no confusion matrix
    model = _trained(qtbot, host, "sequence_generation")
    panel.set_result({"model": model, "data": TEXT_DATA})
    page = panel.seq_page
    assert panel.pages.currentWidget() is page and page.stack.currentIndex() == 0
    qtbot.waitUntil(lambda: page.report is not None, timeout=60_000)
    r = page.report
    text = page.message.text()
    assert f"{r['bpc']:.2f} bits per character" in text and f"{r['accuracy']:.1%}" in text
    assert f"needs {math.log2(57):.2f}" in text  # a uniform guess over the 57 characters
    blocks = page.samples.toPlainText().split("\n\n── ")
    assert len(blocks) == 3 and blocks[0].startswith("── temperature 0.2 ──")
    # the probabilities view: write from the prime and click a written character
    assert page.panel.prime.text() == "X:" and page.panel.write_button.isEnabled()
    page.panel.length.setValue(20)
    with qtbot.waitSignal(page.panel.written, timeout=60_000):
        page.panel.write_button.click()
    rows = page.panel.show_position(3)
    assert len(rows) == 8 and sum(p for _, p in rows) <= 1.0 + 1e-6
    # a supervised project brings the classifier's views back
    panel.set_project(Project())
    assert panel.pages.isTabVisible(0) and not panel.pages.isTabVisible(SEQ_TAB)


def test_evaluate_shows_answers_per_position_and_a_chosen_examples_attention(qtbot, host):
    project = Project(graph=ModelGraph.from_dict(_seq_graph()), data=DIGITS_DATA, kind="sequence_to_sequence",
                      algorithm={"example": 2})
    panel = _panel(qtbot, host, project)
    model = _trained(qtbot, host, "sequence_to_sequence")
    panel.set_result({"model": model, "data": DIGITS_DATA})
    page = panel.seq_page
    assert page.stack.currentIndex() == 1
    qtbot.waitUntil(lambda: page.report is not None and page.example is not None, timeout=60_000)
    heights = page.bars.opts["height"]
    np.testing.assert_allclose(heights, page.report["per_position"])
    assert f"{page.report['positions']:.2%} of the answers are right" in page.message.text()
    assert page.example["index"] == 2 and page.chooser.value() == 2 and page.chooser.maximum() == 59
    assert page.maps.maps_seen == 1 and len(page.maps.images) == 2  # one layer, two heads
    left = [t for _, t in page.maps.plots[0].getAxis("left")._tickLevels[0]]
    assert left == page.example["answers"]
    assert "test sequence 2 of 60" in page.maps.status.text()
    page.chooser.setValue(7)
    qtbot.waitUntil(lambda: page.example["index"] == 7, timeout=60_000)
    assert page.maps.maps_seen == 2
    assert page.predicted.text().startswith("The model answers ")
