"""Attention on the film reviews (issue 13): the 'Attention on film reviews' template (kind
attention_classifier) trains with the attention trainer; its maps are word to word, the words on both axes."""

from __future__ import annotations

import dataclasses

import numpy as np

from deskdl.core import datagen
from deskdl.core.events import Picture
from deskdl.core.kinds import kind_of
from deskdl.core.project import Project
from deskdl.paths import resource

TEMPLATE = resource("templates", "attention_reviews.deskdl")


class _Keep:
    def __init__(self) -> None:
        self.pictures = []
        self.embeddings = []

    def __getattr__(self, name):
        return lambda *a, **k: None

    def emit(self, event) -> None:
        if getattr(event, "name", "") == "attention":
            self.pictures.append(event)
        if getattr(event, "name", "") == "embedding":
            self.embeddings.append(event)


def test_the_template_is_a_classifier_with_attention_and_its_views():
    from deskdl.qt.kinds import EVAL_PREDICTIONS, views_for

    project = Project.load(TEMPLATE)
    kind = kind_of(project)
    assert kind.id == "attention_classifier" and kind.trainer.endswith("attention:AttentionTrainer")
    assert kind.check(project.algorithm) == []
    views = views_for(project)
    assert views.train == ("deskdl.qt.seq.attention_view:AttentionTrainView",)
    assert views.evaluate == EVAL_PREDICTIONS  # a verdict per review: confusion matrix, typing
    assert project.graph.nodes["embedding"].params["input_dim"] == len(datagen.REVIEW_WORDS) + 3


def test_it_trains_on_the_reviews_and_sends_word_to_word_maps():
    from deskdl.ml import datasets
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingJob

    project = Project.load(TEMPLATE)
    bundle = datasets.load_config(project.data)
    job = dataclasses.replace(TrainingJob.from_project(project, epochs=2), algorithm={"example": 3})
    keep = _Keep()
    result = run(job, keep, None)
    assert result.ok, result.error
    assert keep.pictures, "no attention maps were sent"
    last = keep.pictures[-1]
    assert last.array.shape == (1, 2, 21, 21)  # 1 layer, 2 heads, 21 words attending to 21 words
    np.testing.assert_allclose(last.array.sum(axis=-1), 1.0, atol=1e-4)  # each row is a share of 1
    words = [w if w else "·" for w in datagen.review_vocabulary()]
    want = [words[int(t)] for t in bundle.x_test[3]]
    assert last.meta["inputs"] == want and last.meta["queries"] == want  # rows: the words themselves
    assert last.meta["answers"] == [datagen.REVIEW_CLASSES[int(bundle.y_test[3])]]
    # the Embedding's word vectors go out with the maps, each labelled with its word
    assert len(keep.embeddings) == len(keep.pictures)
    emb = keep.embeddings[-1]
    assert emb.meta["labels"] == words and emb.array.shape == (len(words), 16)
    # after 2 epochs the words of praise are already nearer each other than to the words of complaint
    v = emb.array / np.linalg.norm(emb.array, axis=1, keepdims=True)
    pos = [words.index(w) for w in ("good", "great", "lovely", "brilliant", "wonderful")]
    neg = [words.index(w) for w in ("bad", "dull", "awful", "boring", "terrible")]
    same = np.mean([v[i] @ v[j] for i in pos for j in pos if i != j] + [v[i] @ v[j] for i in neg for j in neg
                                                                        if i != j])
    across = np.mean([v[i] @ v[j] for i in pos for j in neg])
    assert same > across + 0.3, (same, across)


def test_the_view_labels_both_axes_with_the_words(qtbot):
    from deskdl.qt.seq.attention_view import CLASSIFIER_CAPTION, AttentionTrainView

    view = AttentionTrainView()
    qtbot.addWidget(view)
    words = ["·", "·", "the", "film", "was", "not", "good"]
    maps = np.random.default_rng(0).dirichlet(np.ones(7), size=(1, 2, 7)).astype(np.float32)
    view.on_picture(Picture(run_id="r", name="attention", array=maps, epoch=1.0,
                            meta={"layers": ["attention"], "inputs": words, "answers": ["negative"],
                                  "queries": words}))
    assert len(view.images) == 2
    plot = view.plots[0]
    bottom = [t for _, t in plot.getAxis("bottom")._tickLevels[0]]
    left = [t for _, t in plot.getAxis("left")._tickLevels[0]]
    # the padding in front is not drawn; every second word below sits a line lower (no overlap)
    assert left == ["the", "film", "was", "not", "good"]
    assert bottom == ["the", "\nfilm", "was", "\nnot", "good"]
    np.testing.assert_array_equal(view.images[1].image, maps[0, 1, 2:, 2:])
    assert view.caption.text() == CLASSIFIER_CAPTION
    assert view.status.text().startswith("Test example: the film was not good -> negative")


def test_the_view_has_an_embedding_map_of_the_words(qtbot):
    from deskdl.qt.seq.attention_view import AttentionTrainView
    from deskdl.qt.seq.embedding_view import TOKEN_CAPTION, WORD_CAPTION

    view = AttentionTrainView()
    qtbot.addWidget(view)
    assert [view.pages.tabText(i) for i in range(view.pages.count())] == [
        "Attention maps", "Positional encoding", "Embedding"]
    words = ["·", "the", "film", "good", "lovely", "bad", "dull"]
    maps = np.full((1, 2, 7, 7), 1 / 7, np.float32)
    view.on_picture(Picture(run_id="r", name="attention", array=maps, epoch=1.0,
                            meta={"layers": ["attention"], "inputs": words, "answers": ["negative"],
                                  "queries": words}))
    vectors = np.array([[0, 0, 0], [0, 0, 0.1], [0, 0.1, 0], [1, 0, 0.1], [1, 0.1, 0], [-1, 0, 0.1],
                        [-1, 0.1, 0]], np.float32)
    view.on_picture(Picture(run_id="r", name="embedding", array=vectors, epoch=1.0, meta={"labels": words}))
    emb = view.embedding
    assert emb.labels == words and [t.toPlainText() for t in emb.texts] == words
    assert emb.caption.text() == WORD_CAPTION
    assert emb.chooser.currentText() == "the"  # the first word, not the padding mark
    emb.chooser.setCurrentIndex(words.index("good"))
    assert emb.neighbours.item(0).text().startswith("lovely")
    view.reset()
    assert emb.vectors is None and emb.chooser.count() == 0
    # a sequence-to-sequence model's maps (one row per answer): the caption speaks of tokens
    digits = [str(d) for d in range(10)]
    view.on_picture(Picture(run_id="r", name="attention", array=np.full((1, 1, 10, 10), 0.1, np.float32),
                            epoch=1.0, meta={"layers": ["a"], "inputs": digits, "answers": digits[::-1],
                                             "queries": digits[::-1]}))
    view.on_picture(Picture(run_id="r", name="embedding", array=np.eye(10, dtype=np.float32), epoch=1.0,
                            meta={"labels": digits}))
    assert view.embedding.caption.text() == TOKEN_CAPTION and view.embedding.labels == digits


def test_the_embedding_map_keeps_its_room_in_a_narrow_column(qtbot):
    from PySide6.QtWidgets import QBoxLayout

    from deskdl.qt.seq.embedding_view import EmbeddingView

    view = EmbeddingView()
    qtbot.addWidget(view)
    view.resize(240, 480)  # the Train tab's right column at 1280x720 with the settings open
    view.show()
    qtbot.waitUntil(lambda: view.body.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.wait(50)
    assert view.view.width() > 200 and view.view.height() > view.neighbours.height()  # was 20 px wide
    view.resize(900, 480)  # room: the neighbours beside the map
    qtbot.waitUntil(lambda: view.body.direction() == QBoxLayout.Direction.LeftToRight)
    qtbot.wait(50)
    assert view.neighbours.width() <= 200 and view.view.width() > 600


def test_clicking_a_row_of_a_map_reads_it_out(qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt

    from deskdl.qt.seq.attention_view import READ_HINT, AttentionTrainView

    view = AttentionTrainView()
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    qtbot.waitExposed(view)
    words = ["·", "the", "film", "was", "not", "good"]
    maps = np.full((1, 2, 6, 6), 0.02, np.float32)
    maps[0, 1, 5, 4] = 0.7  # head 2: 'good' takes most from 'not', then from itself
    maps[0, 1, 5, 5] = 0.2
    view.on_picture(Picture(run_id="r", name="attention", array=maps, epoch=1.0,
                            meta={"layers": ["attention"], "inputs": words, "answers": ["negative"],
                                  "queries": words}))
    assert view.read_line.text() == READ_HINT
    seen = []
    view.row_read.connect(seen.append)
    plot = view.plots[1]
    qtbot.wait(50)
    # the middle of row 'good' (row 4 once the padding is dropped), column 1, in head 2's map
    scene_pos = plot.vb.mapViewToScene(QPointF(1.5, 4.5))
    where = view.grid.mapFromScene(scene_pos)
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where.x(), where.y()))
    assert seen == [{"head": "head 2", "row": 4, "query": "good", "top": "not"}]
    read = view.read_line.text()
    assert read.startswith("head 2, row 'good' (place 4) takes most from: 'not' (place 3) 70 %")
    view.reset()
    assert view.read_line.text() == READ_HINT and view.read_row(0, 0) is None


def test_before_any_map_the_caption_is_the_projects_task(qtbot):
    """The review classifier's lesson showed the reversal caption ('place i must read place 9 - i')."""
    from deskdl.core.project import Project
    from deskdl.paths import resource
    from deskdl.qt.seq.attention_view import CAPTION, CLASSIFIER_CAPTION, AttentionTrainView

    view = AttentionTrainView()
    qtbot.addWidget(view)
    view.show_project(Project.load(resource("templates", "attention_reviews.deskdl")))
    assert view.caption.text() == CLASSIFIER_CAPTION
    view.show_project(Project.load(resource("templates", "transformer_reverse.deskdl")))
    assert view.caption.text() == CAPTION
