"""Attention (issue 13): the digit tasks, per-step answers, attention-score extraction, the live maps view."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from deskdl.core.events import Picture
from deskdl.core.seqtasks import digit_task
from deskdl.ml import datasets as D
from deskdl.paths import resource

TEMPLATE = resource("templates", "transformer_reverse.deskdl")


def test_digit_tasks_reverse_and_sort():
    x, y = digit_task("reverse", 5, length=10, seed=1)
    assert x.shape == y.shape == (5, 10) and np.array_equal(y, x[:, ::-1])
    x2, y2 = digit_task("sort", 5, length=4, seed=1)
    assert np.array_equal(y2, np.sort(x2, axis=1))
    assert np.array_equal(digit_task("reverse", 5, seed=1)[0], x)  # the same seed, the same digits
    with pytest.raises(ValueError, match="reverse, sort"):
        digit_task("shuffle", 5)
    b = D.load("digit_tasks", {"samples": 100})
    assert b.y_train.shape == (80, 10) and b.vocabulary == [str(i) for i in range(10)]
    assert b.summary().splitlines()[1].startswith("10 classes with training counts:")


def _graph():
    return json.loads(TEMPLATE.read_text())["model"]


def test_an_answer_per_step_passes_the_fit_checks_and_a_pooled_output_is_named():
    from deskdl.core.graph import ModelGraph

    bundle = D.load("digit_tasks", {"samples": 100})
    graph = ModelGraph.from_dict(_graph())
    errors = [d for d in D.check_fit(graph, bundle, {"loss": "sparse_categorical_crossentropy"})
              if d.severity == "error"]
    assert errors == []
    short = D.load("digit_tasks", {"samples": 100, "length": 6})
    graph.set_params("digits", {"shape": [6]})
    assert [d for d in D.check_fit(graph, short, {"loss": "sparse_categorical_crossentropy"})
            if d.severity == "error"] == []
    bundle12 = dataclasses.replace(bundle, y_train=np.zeros((80, 12), np.int64))
    graph.set_params("digits", {"shape": [10]})
    msgs = [d.message for d in D.check_fit(graph, bundle12, {"loss": "sparse_categorical_crossentropy"})]
    assert "the data wants an answer at each of 12 steps but the output digit_out gives 10" in msgs


def test_attention_probe_reads_each_heads_scores_and_positional_signal_matches_the_layer():
    import keras

    from deskdl.core.graph import ModelGraph
    from deskdl.ml.attention import AttentionProbe, positional_signal
    from deskdl.ml.build import build_model
    from deskdl.ml.custom_layers import custom_objects

    model = build_model(ModelGraph.from_dict(_graph()))
    probe = AttentionProbe(model)
    assert probe.names == ["attention"]
    x = np.arange(20, dtype=np.float32).reshape(2, 10) % 10
    maps = probe.maps(x)
    assert maps.shape == (1, 2, 2, 10, 10)  # layers, examples, heads, query, key
    np.testing.assert_allclose(maps.sum(axis=-1), 1.0, rtol=1e-5)  # each row is a softmax
    layer = custom_objects()["PositionalEncoding"]()
    out = np.asarray(layer(keras.ops.zeros((1, 7, 6))))[0]
    np.testing.assert_allclose(positional_signal(7, 6), out, atol=1e-6)
    assert positional_signal(3, 2)[1, 0] == pytest.approx(np.sin(1.0))


def test_the_reversal_transformer_learns_and_its_map_turns_anti_diagonal():
    from deskdl.core.project import Project
    from deskdl.ml import trainers
    from deskdl.ml.training import ListReporter, TrainingJob

    class Rep(ListReporter):
        def __init__(self):
            super().__init__()
            self.maps = []

        def emit(self, event):
            if isinstance(event, Picture) and event.name == "attention":
                self.maps.append(event)

    project = Project.load(TEMPLATE)
    project.data["params"]["samples"] = 6000
    job = TrainingJob.from_project(project, epochs=3, seed=0)
    rep = Rep()
    result = trainers.run(job, rep)
    assert result.status == "finished", result.error
    assert result.test["accuracy"] > 0.95
    last = rep.maps[-1]
    assert last.array.shape == (1, 2, 10, 10) and last.epoch == 3.0
    assert last.meta["answers"] == last.meta["inputs"][::-1]
    anti = np.fliplr(np.eye(10, dtype=bool))
    best_head = max(float(last.array[0, h][anti].mean()) for h in range(2))
    assert best_head > 0.5  # most of a head's weight on place 9 - i (uniform would be 0.1)


def test_attention_view_draws_a_heatmap_per_head_with_tokens_on_both_axes(qtbot):
    from deskdl.qt.seq.attention_view import WAITING, AttentionTrainView

    view = AttentionTrainView()
    qtbot.addWidget(view)
    maps = np.zeros((2, 3, 4, 4), np.float32)
    maps[1, 2] = np.fliplr(np.eye(4))
    view.on_picture(Picture("r", "attention", maps, epoch=1.5,
                            meta={"layers": ["att_1", "att_2"], "inputs": list("1234"),
                                  "answers": list("4321")}))
    assert len(view.images) == 6
    np.testing.assert_array_equal(view.images[5].image, np.fliplr(np.eye(4)))
    assert view.plots[5].titleLabel.text == "att_2, head 3"
    one = AttentionTrainView()  # one layer: short titles (the Train tab's right column is narrow)
    qtbot.addWidget(one)
    one.on_picture(Picture("r", "attention", maps[:1], epoch=1.0,
                           meta={"layers": ["att_1"], "inputs": list("1234"), "answers": list("4321")}))
    assert [p.titleLabel.text for p in one.plots] == ["head 1", "head 2", "head 3"]
    assert one.status.text().endswith("maps after 1 epoch")
    ticks = view.plots[0].getAxis("bottom")._tickLevels[0]
    assert [t for _, t in ticks] == list("1234")
    assert view.status.text() == "Test example: 1 2 3 4 -> 4 3 2 1; maps after 1.5 epochs"
    assert len(view.pe_plot.listDataItems()) == 12  # six waves, each drawn smooth and at whole places
    view.reset()
    assert view.images == [] and view.status.text() == WAITING
