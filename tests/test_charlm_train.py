"""The sequence-generation kind trained for real on a tiny text (issue 13): samples, bits per character."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from deskdl.core.charseq import Vocabulary
from deskdl.core.events import Picture
from deskdl.core.kinds import get_kind
from deskdl.ml import trainers
from deskdl.ml.training import ListReporter, TrainingJob


def _graph(seq_len: int, units: int, input_dim: int | None = None) -> dict:
    return {"nodes": [
        {"id": "chars", "type": "Input", "params": {"shape": [seq_len]}},
        {"id": "emb", "type": "Embedding", "params": {"input_dim": input_dim or units, "output_dim": 8},
         "inputs": ["chars"]},
        {"id": "lstm", "type": "LSTM", "params": {"units": 16}, "inputs": ["emb"]},
        {"id": "out", "type": "Dense", "params": {"units": units, "activation": "softmax"},
         "inputs": ["lstm"]},
    ]}


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "abab.txt"
    path.write_text("abcabcabd\n" * 60)
    return path


class _Events(ListReporter):
    def __init__(self):
        super().__init__()
        self.typed = []

    def emit(self, event):
        self.typed.append(event)


def _job(text_file, units=5, **algorithm):
    return TrainingJob(graph=_graph(8, units), kind="sequence_generation",
                       data={"dataset": "text_file",
                             "params": {"path": str(text_file), "seq_len": 8, "step": 1}},
                       training={"epochs": 2, "batch_size": 32, "loss": "sparse_categorical_crossentropy",
                                 "metrics": ["accuracy"], "seed": 1,
                                 "optimizer": {"type": "Adam", "learning_rate": 0.02}},
                       algorithm={"temperatures": "0, 1.0", "sample_length": 12, "prime": "abc", **algorithm})


def test_the_kind_is_declared_with_its_settings():
    kind = get_kind("sequence_generation")
    assert kind.data == "text" and kind.roles == ("model",)
    assert kind.defaults()["temperatures"] == "0.2, 0.5, 1.0, 1.2"
    assert kind.check({"sample_every": 0.1}) == ["algorithm.sample_every must be from 0.5 to 3600, not 0.1"]


def test_training_writes_samples_at_each_temperature_and_reports_bits_per_character(text_file):
    rep = _Events()
    result = trainers.run(_job(text_file), rep)
    assert result.status == "finished", result.error
    samples = [e for e in rep.typed if isinstance(e, Picture) and e.name == "samples"]
    assert samples, "at least the closing sample"
    last = samples[-1]
    assert last.array.tolist() == [0.0, 1.0] and last.epoch == 2.0
    texts = last.meta["texts"]
    assert len(texts) == 2 and all(len(t) == 12 and set(t) <= set("abcd\n") for t in texts)
    assert result.history["bpc"] == pytest.approx([v / np.log(2) for v in result.history["loss"]])
    assert "val_bpc" in result.final
    assert result.record["samples"][0] == {"temperature": 0.0, "text": texts[0]}
    embedding = [e for e in rep.typed if isinstance(e, Picture) and e.name == "embedding"][-1]
    assert embedding.array.shape == (5, 8) and embedding.meta["labels"] == ["⏎", "a", "b", "c", "d"]
    np.testing.assert_allclose(embedding.array, result.model.get_layer("emb").embeddings.numpy()[:5])
    epoch_logs = [c[0][1] for c in rep.named("epoch_ended")]
    assert all("bpc" in logs for logs in epoch_logs)

    from deskdl.ml.charlm import CharWriter

    writer = CharWriter(result.model, Vocabulary(tuple("\nabcd")))
    greedy = writer.write(["abc", "abc"], [0.0, 0.0], 10, keep_probs=True)
    assert greedy[0].text == greedy[1].text == texts[0][:10]  # greedy: the same text every time
    assert greedy[0].probs.shape == (10, 5)
    np.testing.assert_allclose(greedy[0].probs.sum(axis=1), 1.0, rtol=1e-5)
    assert greedy[0].chosen == [int(np.argmax(p)) for p in greedy[0].probs]


def test_a_vocabulary_larger_than_the_models_output_fails_with_its_fix(text_file):
    rep = _Events()
    result = trainers.run(_job(text_file, units=4), rep)
    assert result.status == "failed"
    # this model's Embedding (input_dim 4) is too small as well: one message names both
    assert result.error.message == ("the text has 5 different characters but the model's last layer gives "
                                    "only 4 probabilities and its Embedding layer knows only 4")
    assert "units and the Embedding's input_dim to 5" in result.error.fix


def test_a_prime_with_a_character_the_text_lacks_fails_clearly(text_file):
    result = trainers.run(dataclasses.replace(_job(text_file), algorithm={"prime": "xyz"}), _Events())
    assert result.status == "failed" and "'x'" in result.error.message


def test_write_tunes_starts_each_stream_after_a_tune_and_cuts_it_at_the_blank_line():
    import keras

    from deskdl.core.abc_corpus import corpus
    from deskdl.core.graph import ModelGraph
    from deskdl.ml.build import build_model
    from deskdl.ml.charlm import CharWriter, write_tunes

    vocab = Vocabulary.of(corpus(20, 0))
    keras.utils.set_random_seed(0)
    model = build_model(ModelGraph.from_dict(_graph(12, len(vocab))))
    writer = CharWriter(model, vocab)
    tunes = write_tunes(writer, 3, 1.0, seed=5, length=30)
    assert len(tunes) == 3 and all(t.startswith("X:") and "\n\n" not in t for t in tunes)
    assert writer.window("\n\nX:")[-4:].tolist() == vocab.encode("\n\nX:").tolist()
    assert write_tunes(writer, 3, 1.0, seed=5, length=30) == tunes  # the same seed, the same tunes
