"""Gradients through time (issue 13): the long-range task, dL/dh_t per step against a hand computation,
and the three networks of the demonstration."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.seqtasks import first_token_task


# ------------------------------------------------------------------ the task (pure)
def test_first_token_task_structure_and_determinism():
    x, y = first_token_task(200, steps=12, classes=3, distractors=5, seed=7)
    assert x.shape == (200, 12) and y.shape == (200,)
    assert x.dtype == np.int64 and y.dtype == np.int64
    assert np.array_equal(y, x[:, 0])
    assert set(np.unique(x[:, 0])) == {0, 1, 2}  # signal tokens only at the first step
    assert set(np.unique(x[:, 1:])) == set(range(3, 8))  # distractors only after it
    x2, y2 = first_token_task(200, steps=12, classes=3, distractors=5, seed=7)
    assert np.array_equal(x, x2) and np.array_equal(y, y2)
    assert not np.array_equal(x, first_token_task(200, steps=12, classes=3, distractors=5, seed=8)[0])


def test_first_token_task_refuses_impossible_sizes():
    with pytest.raises(ValueError):
        first_token_task(10, steps=0)
    with pytest.raises(ValueError):
        first_token_task(10, classes=1)


# ------------------------------------------------------------------ dL/dh_t against the chain rule by hand
def _hand_norms(w, u, b, v, c, x, y, vocabulary):
    """1-unit tanh RNN + Dense readout + softmax cross-entropy, backpropagated through time by hand."""
    out = []
    for seq, label in zip(x, y):
        h, hs = 0.0, []
        for tok in seq:
            h = np.tanh(w[tok] + b + u * h)
            hs.append(h)
        logits = hs[-1] * v + c
        p = np.exp(logits - logits.max())
        p /= p.sum()
        p[label] -= 1.0  # dL/dlogits = p - onehot
        g = float(p @ v)  # dL/dh_T
        grads = [0.0] * len(seq)
        for t in range(len(seq) - 1, -1, -1):
            grads[t] = g
            g = g * (1.0 - hs[t] ** 2) * u  # dh_t/dh_{t-1} = (1 - h_t^2) u
        out.append(np.abs(grads))
    return np.mean(out, axis=0)


@pytest.mark.parametrize("u", [0.5, 2.5])
def test_step_gradient_norms_equal_the_hand_computation(u):
    import keras

    from deskdl.ml.bptt import make_cell, step_gradient_norms

    vocabulary, classes = 3, 2
    cell = make_cell("SimpleRNN", 1, 1.0)
    readout = keras.layers.Dense(classes)
    cell.build((None, vocabulary))
    readout.build((None, 1))
    w = np.array([0.8, -0.6, 0.3])
    b, v, c = 0.1, np.array([1.5, -0.7]), np.array([0.2, -0.1])
    cell.kernel.assign(w.reshape(3, 1))
    cell.recurrent_kernel.assign([[u]])
    cell.bias.assign([b])
    readout.kernel.assign(v.reshape(1, 2))
    readout.bias.assign(c)
    x = np.array([[0, 2, 1, 2, 2, 1], [1, 1, 2, 0, 2, 2]])
    y = np.array([0, 1])
    got = step_gradient_norms(cell, readout, x, y, vocabulary)
    want = _hand_norms(w, u, b, v, c, x, y, vocabulary)
    assert got.shape == (6,)
    np.testing.assert_allclose(got, want, rtol=1e-5)
    if u < 1:  # a small recurrent weight: each step back multiplies by less than 0.5
        assert np.all(got[:-1] < 0.5 * got[1:])


def test_a_small_recurrent_scale_vanishes_a_large_one_explodes():
    import keras

    from deskdl.ml.bptt import make_cell, step_gradient_norms

    x, y = first_token_task(64, steps=30, seed=1)
    shown = {}
    for scale in (0.5, 3.0):
        keras.utils.set_random_seed(0)
        cell = make_cell("SimpleRNN", 16, scale)
        readout = keras.layers.Dense(4)
        cell.build((None, 8))
        readout.build((None, 16))
        shown[scale] = step_gradient_norms(cell, readout, x, y, 8)
    assert shown[0.5][0] < 1e-4 * shown[0.5][-1]  # vanished: almost nothing reaches step 1
    assert shown[3.0][0] > 100 * shown[3.0][-1]  # exploded: step 1 gets hundreds of times more


def test_run_variant_records_before_and_after():
    from deskdl.ml.bptt import StudySettings, run_variant

    s = StudySettings(steps=10, units=8, updates=30, batch_size=16, recurrent_scale=3.0)
    plain = run_variant("simple_rnn", s)
    clipped = run_variant("simple_rnn_clipped", s)
    lstm = run_variant("lstm", s)
    for r in (plain, clipped, lstm):
        assert r.norms_start.shape == (10,) and r.norms_end.shape == (10,)
        assert r.losses.shape == (30,) and r.grad_norms.shape == (30,)
        assert 0.0 <= r.accuracy <= 1.0
    assert plain.title == "SimpleRNN" and clipped.title == "SimpleRNN + clipping" and lstm.title == "LSTM"
    # the same start (same seed, same weights): clipping changes the steps, not the first gradient
    np.testing.assert_allclose(plain.norms_start, clipped.norms_start, rtol=1e-6)
    assert plain.grad_norms[0] == pytest.approx(clipped.grad_norms[0], rel=1e-6)
    assert plain.grad_norms[0] > 1.0  # too long a step: clipping had work to do
    assert not np.allclose(plain.losses[1:], clipped.losses[1:])  # so they took different steps


def test_bad_settings_are_refused_in_words():
    from deskdl.ml.bptt import StudySettings, run_variant

    with pytest.raises(ValueError, match="2 to 200 steps"):
        run_variant("lstm", StudySettings(steps=1))
