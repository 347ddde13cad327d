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
