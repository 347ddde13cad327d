"""Views of sequence-generation projects (issue 13): samples, the generation panel, tunes and their sound."""

from __future__ import annotations

import wave
from fractions import Fraction

import numpy as np
import pytest
from PySide6.QtCore import QObject, QTimer, Signal

from deskdl.core import abc_corpus as abc
from deskdl.core.abc_audio import frequency, note_seconds, synthesise
from deskdl.core.events import Picture, RunEnded
from deskdl.qt.seq.generate_panel import GenerationPanel, temperature_of
from deskdl.qt.seq.train_view import SeqTrainView
from deskdl.qt.seq.tune_panel import TunePanel, verdict


class _Worker(QObject):
    call_finished = Signal(str, object)
    call_failed = Signal(str, str, str)


class _SyncHost:
    """Runs each call on this thread and answers later (as the real worker does) through Qt signals."""

    def __init__(self) -> None:
        self.worker = _Worker()
        self.calls = 0

    def call(self, fn, *args, **kwargs):
        self.calls += 1
        tag = f"call-{self.calls}"
        try:
            result = fn(*args, **kwargs)
        except Exception as err:  # noqa: BLE001 - reported as the real worker does
            message = getattr(err, "text", str(err))
            QTimer.singleShot(0, lambda: self.worker.call_failed.emit(tag, message, ""))
        else:
            QTimer.singleShot(0, lambda: self.worker.call_finished.emit(tag, result))
        return tag


def test_sound_lasts_as_long_as_the_notes_say():
    assert frequency(69) == 440.0 and frequency(81) == pytest.approx(880.0)
    check = abc.check_tune("X:1\nT:T\nM:2/4\nL:1/8\nK:D\n|A2 z2|d4|\n")
    samples = synthesise(check, tempo=120, rate=8000)
    # 8 eighths at 120 quarter notes a minute = 2 s
    assert len(samples) == 16000 and note_seconds(Fraction(2), Fraction(1, 8), 120) == 0.5  # a quarter note
    assert np.all(samples[4000:8000] == 0)  # the rest is silent
    assert np.abs(samples).max() == pytest.approx(0.8, abs=1e-6)  # normalised to 0.8 of full scale


def test_tune_panel_checks_each_tune_draws_it_and_saves_abc_and_wav(qtbot, tmp_path):
    panel = TunePanel()
    qtbot.addWidget(panel)
    text = abc.corpus(3, 0) + "\nX:4\nT:Broken\nM:6/8\nL:1/8\nK:D\n|dfa ag|\n"
    panel.set_text(text)
    assert panel.chooser.count() == 4
    n = sum(abc.check_tune(t).bars for t in abc.tunes(3, 0))
    assert panel.summary.text() == f"4 tune(s): 4 parse; {n} of {n + 1} bars fit the metre."
    assert panel.chooser.itemText(3) == "✓ 4: Broken"
    first = abc.check_tune(abc.tune(0, 0))
    assert panel.verdict.text() == verdict(first) and "parses" in verdict(first)
    starts, lengths, pitches = panel.roll()
    sounding = [n for n in first.notes if n.pitch is not None]
    assert len(starts) == len(sounding) and pitches[0] == sounding[0].pitch
    assert len(panel.bars_item.opts["x0"]) == len(sounding)
    panel.chooser.setCurrentIndex(3)
    assert panel.verdict.text() == "'Broken' parses (6/8 in D); 0 of its 1 bars fit the metre (0%)."
    panel.chooser.setCurrentIndex(0)
    abc_path, wav_path = panel.save(tmp_path / "mine")
    assert abc_path.read_text() == abc.tune(0, 0) + "\n"
    with wave.open(str(wav_path)) as w:
        assert w.getframerate() == 22050 and w.getnframes() == len(synthesise(first))
    panel.set_text("no tunes here")
    assert panel.chooser.count() == 0 and not panel.play_button.isEnabled()


@pytest.fixture
def tiny_model_and_data(tmp_path):
    import keras

    from deskdl.core.graph import ModelGraph
    from deskdl.ml.build import build_model

    text = tmp_path / "t.txt"
    text.write_text("abcabcabd\n" * 30)
    keras.utils.set_random_seed(2)
    graph = ModelGraph.from_dict({"nodes": [
        {"id": "chars", "type": "Input", "params": {"shape": [6]}},
        {"id": "emb", "type": "Embedding", "params": {"input_dim": 5, "output_dim": 4}, "inputs": ["chars"]},
        {"id": "rnn", "type": "SimpleRNN", "params": {"units": 8}, "inputs": ["emb"]},
        {"id": "out", "type": "Dense", "params": {"units": 5, "activation": "softmax"}, "inputs": ["rnn"]}]})
    data = {"dataset": "text_file", "params": {"path": str(text), "seq_len": 6, "step": 1}}
    return build_model(graph), data


def test_generation_panel_writes_and_shows_what_else_was_considered(qtbot, tiny_model_and_data):
    model, data = tiny_model_and_data
    host = _SyncHost()
    panel = GenerationPanel(host)
    qtbot.addWidget(panel)
    assert not panel.write_button.isEnabled()
    panel.set_model(model, data)
    panel.prime.setText("abc")
    panel.length.setValue(12)
    panel.greedy.setChecked(True)
    assert not panel.slider.isEnabled() and panel.temperature == 0.0
    with qtbot.waitSignal(panel.written, timeout=20000):
        panel.write_button.click()
    result = panel.result
    assert panel.output.toPlainText() == "abc" + result["text"] and len(result["text"]) == 12
    probs = np.asarray(result["probs"])
    assert result["chosen"] == [int(np.argmax(p)) for p in probs]  # greedy: always the likeliest
    panel.select_position(4)
    assert panel.choices.rowCount() == 5  # all 5 characters of the text, likeliest first
    shown = [float(panel.choices.item(r, 1).text().rstrip("%")) for r in range(5)]
    assert shown == sorted(shown, reverse=True)
    assert panel.choices.item(0, 0).font().bold()  # greedy wrote the top one
    assert "Character 5 of the new text" in panel.place.text()
    panel.greedy.setChecked(False)
    panel.slider.setValue(150)
    assert temperature_of(panel.slider.value()) == 1.5 and panel.temp_label.text() == "1.50"
    panel.prime.setText("xyz")
    panel.write_button.click()
    qtbot.waitUntil(lambda: "'x' is not in the model's vocabulary" in panel.message.text(), timeout=5000)
    assert panel.write_button.isEnabled()


def test_generation_panel_in_a_narrow_column_keeps_room_for_the_text(qtbot):
    from PySide6.QtWidgets import QBoxLayout

    panel = GenerationPanel()
    qtbot.addWidget(panel)
    panel.resize(330, 440)  # the Train tab's right column at 1280x720
    panel.show()
    qtbot.waitUntil(lambda: panel.body.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.wait(50)
    row = panel.choices.verticalHeader().defaultSectionSize()
    assert panel.output.height() > panel.choices.height() > 3 * row
    panel.resize(900, 440)  # the Evaluate tab: side by side, the table as tall as the text
    qtbot.waitUntil(lambda: panel.body.direction() == QBoxLayout.Direction.LeftToRight)
    qtbot.wait(50)
    assert panel.choices.height() > panel.output.height() // 2


def test_train_view_shows_the_newest_samples_and_gets_the_model_when_the_run_ends(qtbot, tiny_model_and_data):
    view = SeqTrainView()
    qtbot.addWidget(view)
    pic = Picture("r1", "samples", np.array([0.5, 1.0], np.float32), epoch=1.5,
                  meta={"texts": ["1\nT:A\n", "2\nT:B\n"], "prime": "X:", "temperatures": [0.5, 1.0],
                        "count": 3, "seconds": 0.2})
    view.on_picture(pic)
    assert view.text.toPlainText() == "── temperature 0.5 ──\nX:1\nT:A\n\n\n── temperature 1 ──\nX:2\nT:B\n"
    assert view.status.text() == "Sample 3, during epoch 2 (written in 0.2 s)"
    assert view.tunes.chooser.count() == 2  # the samples' tunes go to the Tunes page (they do not parse)
    model, data = tiny_model_and_data
    view.set_data(data)
    view.on_run_ended(RunEnded("r1", "finished", models_by_role={"model": model}))
    assert view.panel._model is model
    view.on_run_started(None)
    assert view.text.toPlainText() == "" and view.panel._model is None


def test_embedding_map_projects_by_pca_and_lists_nearest_neighbours(qtbot):
    from deskdl.core.embedding import nearest, pca_2d
    from deskdl.qt.seq.embedding_view import WAITING, EmbeddingView

    vectors = np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.95, 0.1], [0, 0, 1]], np.float32)
    points, share = pca_2d(vectors)
    assert points.shape == (5, 2) and 0 < share[1] <= share[0] and share.sum() <= 1 + 1e-9
    line = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]])
    p_line, s_line = pca_2d(line)
    assert s_line[0] == pytest.approx(1.0) and np.allclose(p_line[:, 1], 0, atol=1e-6)
    assert nearest(vectors, 0, 1)[0] == (1, pytest.approx(0.9 / np.sqrt(0.82)))
    assert nearest(vectors, 2, 1)[0] == (3, pytest.approx(0.95 / np.sqrt(0.95 ** 2 + 0.01)))
    view = EmbeddingView()
    qtbot.addWidget(view)
    view.on_picture(Picture("r", "embedding", vectors, epoch=2.0, meta={"labels": list("aAbBz")}))
    assert [t.toPlainText() for t in view.texts] == list("aAbBz")
    assert view.status.text() == "5 vectors of 3 numbers after 2 epochs."
    view.chooser.setCurrentIndex(2)
    assert view.neighbours.item(0).text().startswith("B")
    view.reset()
    assert view.status.text() == WAITING and view.texts == []


def test_the_train_tabs_plot_of_bpc_is_titled_in_words():
    from deskdl.qt.train.curves import pretty

    assert pretty("bpc") == "Bits per character (the loss / ln 2)"  # it was 'Bpc'
