"""The NumPy forward pass of plain recurrent character models (issue 13): the same numbers as Keras."""

from __future__ import annotations

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from deskdl.core.charseq import Vocabulary  # noqa: E402
from deskdl.ml import charstep  # noqa: E402
from deskdl.ml.charlm import CharWriter  # noqa: E402
from deskdl.ml.charstep import RecurrentStack, one_blas_thread  # noqa: E402

VOCAB, SEQ = 7, 9


def _model(*layers, vocab: int = VOCAB, mask_zero: bool = False, seed: int = 0):
    """Input -> Embedding -> layers -> Dense softmax, with every weight (biases too) drawn at random."""
    keras.utils.set_random_seed(seed)
    inp = keras.Input((SEQ,))
    x = keras.layers.Embedding(vocab + 1, 5, mask_zero=mask_zero)(inp)
    for layer in layers:
        x = layer(x)
    model = keras.Model(inp, keras.layers.Dense(vocab, activation="softmax")(x))
    rng = np.random.default_rng(seed)
    for w in model.weights:  # the initial biases are zeros: random ones test their places too
        w.assign(rng.normal(0.0, 0.6, w.shape).astype("float32"))
    return model


STACKS = {
    "GRU": lambda: [keras.layers.GRU(6)],
    "GRU reset_after=False": lambda: [keras.layers.GRU(6, reset_after=False)],
    "LSTM": lambda: [keras.layers.LSTM(6)],
    "SimpleRNN": lambda: [keras.layers.SimpleRNN(6)],
    "stacked, with Dropout": lambda: [keras.layers.LSTM(6, return_sequences=True), keras.layers.Dropout(0.3),
                                      keras.layers.GRU(4, return_sequences=True),
                                      keras.layers.SimpleRNN(5, activation="relu")],
    "no biases, a hidden Dense": lambda: [keras.layers.GRU(6, use_bias=False),
                                          keras.layers.Dense(8, activation="relu")],
}


@pytest.mark.parametrize("name", list(STACKS))
def test_numpy_gives_the_probabilities_keras_gives(name):
    model = _model(*STACKS[name]())
    stack = RecurrentStack.of(model, SEQ)
    assert stack is not None
    rng = np.random.default_rng(1)
    x = rng.integers(0, VOCAB, (5, SEQ))
    np.testing.assert_allclose(stack.predict(x), model.predict(x.astype("float32"), verbose=0), atol=1e-5)
    # reading on, one character at a time: each new window as if read alone from a zero state
    more = np.concatenate([x, rng.integers(0, VOCAB, (5, 4))], axis=1)
    reading = stack.start(x)
    for k in range(1, 5):
        reading.feed(more[:, SEQ + k - 1])
        want = model.predict(more[:, k:k + SEQ].astype("float32"), verbose=0)
        np.testing.assert_allclose(reading.output(), want, atol=1e-5)


@pytest.mark.parametrize("layers,mask_zero", [
    (lambda: [keras.layers.Bidirectional(keras.layers.GRU(3))], False),
    (lambda: [keras.layers.GRU(3, go_backwards=True)], False),
    (lambda: [keras.layers.GRU(3)], True),  # masked steps are skipped: not computed here
    (lambda: [keras.layers.GRU(3, activation="gelu")], False),
    (lambda: [keras.layers.GRU(3, return_sequences=True), keras.layers.GlobalAveragePooling1D()], False),
])
def test_other_models_are_left_to_keras(layers, mask_zero):
    model = _model(*layers(), mask_zero=mask_zero)
    assert RecurrentStack.of(model, SEQ) is None
    assert CharWriter(model, Vocabulary(tuple("abcdefg"))).stack is None


def test_the_writer_writes_what_the_keras_writer_writes_and_follows_the_weights():
    model = _model(keras.layers.GRU(8))
    vocab = Vocabulary(tuple("\nabcdef"))
    fast, slow = CharWriter(model, vocab), CharWriter(model, vocab, fast=False)
    assert fast.stack is not None and slow.stack is None
    temps = [0.0, 0.0, 1.0, 1.0, 0.5]
    args = (["ab", "\n", "abc", "abc", "f"], temps, 30)
    a = fast.write(*args, seed=4, keep_probs=True)
    b = slow.write(*args, seed=4, keep_probs=True)
    assert [w.text for w in a] == [w.text for w in b]  # greedy and sampled: the same text
    for x, y in zip(a, b):
        np.testing.assert_allclose(x.probs, y.probs, atol=1e-5)
        assert x.chosen == y.chosen
    # the model trains between two samples: the writer reads the new weights
    for w in model.weights:
        w.assign(w.numpy()[::-1] if w.shape.rank == 1 else -w.numpy())
    a2, b2 = fast.write(*args, seed=4), slow.write(*args, seed=4)
    assert [w.text for w in a2] == [w.text for w in b2] != [w.text for w in a]


def test_one_blas_thread_gives_the_thread_count_back():
    setter = charstep._blas_setter()
    if setter is None:
        pytest.skip("NumPy does not use OpenBLAS here")
    before = setter(3)
    try:
        with one_blas_thread():
            assert setter(1) == 1
        assert setter(3) == 3
    finally:
        setter(before)


def test_samples_while_training_are_written_beside_it_and_the_last_one_at_the_end(tmp_path):
    import threading

    from deskdl.core.events import Picture
    from deskdl.ml import trainers
    from deskdl.ml.training import ListReporter, TrainingJob

    path = tmp_path / "abc.txt"
    path.write_text("abcabcabd\n" * 200)

    class Events(ListReporter):
        def __init__(self):
            super().__init__()
            self.samples = []

        def emit(self, event):
            if isinstance(event, Picture) and event.name == "samples":
                self.samples.append((threading.current_thread().name, event))

    graph = {"nodes": [
        {"id": "chars", "type": "Input", "params": {"shape": [8]}},
        {"id": "emb", "type": "Embedding", "params": {"input_dim": 5, "output_dim": 8}, "inputs": ["chars"]},
        {"id": "gru", "type": "GRU", "params": {"units": 16}, "inputs": ["emb"]},
        {"id": "out", "type": "Dense", "params": {"units": 5, "activation": "softmax"}, "inputs": ["gru"]}]}
    job = TrainingJob(graph=graph, kind="sequence_generation",
                      data={"dataset": "text_file", "params": {"path": str(path), "seq_len": 8, "step": 1}},
                      training={"epochs": 12, "batch_size": 32, "loss": "sparse_categorical_crossentropy",
                                "seed": 1, "optimizer": {"type": "Adam", "learning_rate": 0.02}},
                      algorithm={"temperatures": "0, 1.0", "sample_length": 12, "prime": "abc",
                                 "sample_every": 0.5})
    rep = Events()
    result = trainers.run(job, rep)
    assert result.status == "finished", result.error
    threads = [name for name, _ in rep.samples]
    assert "deskdl-samples" in threads[:-1]  # while it trained: beside it
    assert threads[-1] == threading.current_thread().name  # the last one: on the training thread
    last = rep.samples[-1][1]
    assert last.epoch == 12.0
    assert [e.meta["count"] for _, e in rep.samples] == list(range(1, len(threads) + 1))
    assert result.record["samples"] == [{"temperature": t, "text": x}
                                        for t, x in zip((0.0, 1.0), last.meta["texts"])]
