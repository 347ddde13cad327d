"""Gradients through time: how far back the loss of a recurrent network reaches (issue 13).

A recurrent layer reads a sequence one step at a time: its state ``h_t`` is made
from the input ``x_t`` and the state before, ``h_{t-1}``. Training needs, for every
step, how much the loss would change if ``h_t`` changed: ``dL/dh_t``. The chain rule
gets it by walking back from the end, one step at a time (backpropagation through
time): ``dL/dh_{t-1} = dL/dh_t . dh_t/dh_{t-1}``. Each step multiplies by the same kind
of factor, so over 50 steps the size of the gradient shrinks (**vanishes**) or grows
(**explodes**) geometrically: for a SimpleRNN, ``dh_t/dh_{t-1} = diag(1 - h_t^2) U``
with ``U`` its recurrent weights.

:func:`step_gradient_norms` computes ``||dL/dh_t||`` for every step with a
``tf.GradientTape`` over a network unrolled step by step (the cell called once per
step, so every ``h_t`` is a tensor the tape can differentiate by), on the long-range
task of :func:`deskdl.core.seqtasks.first_token_task`. :func:`run_variant` trains one
of three networks on it and records the norms before and after training, the loss of
every update and the size of the weights' gradient:

* ``simple_rnn``: a SimpleRNN whose recurrent weights start as an orthogonal matrix
  times ``recurrent_scale`` (above 1 the gradient explodes, below 1 it vanishes);
* ``simple_rnn_clipped``: the same network, its optimizer with ``clipnorm`` (Keras
  scales each weight's gradient down to that length when it is longer);
* ``lstm``: an LSTM, whose cell state is carried from step to step through the
  forget gate (a multiplication by a number near 1, no squashing), so the gradient can
  travel back along it. Its forget gate starts nearly open (bias ``forget_bias`` = 3:
  it keeps 95% of the cell state per step; with Keras's default of 1, 73%, and
  0.73^50 is about 1e-7, so over 50 steps even an LSTM starts with a vanished gradient
  and needs far more updates to find the way).

Keras work: on the Keras thread only.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from deskdl.core.seqtasks import first_token_task

#: variant id -> (title, cell type, clipped)
VARIANTS: dict[str, tuple[str, str, bool]] = {
    "simple_rnn": ("SimpleRNN", "SimpleRNN", False),
    "simple_rnn_clipped": ("SimpleRNN + clipping", "SimpleRNN", True),
    "lstm": ("LSTM", "LSTM", False),
}


@dataclass(frozen=True)
class StudySettings:
    """The task, the networks and their training (the same for every variant)."""

    steps: int = 50
    classes: int = 4
    distractors: int = 16
    units: int = 32
    recurrent_scale: float = 1.0
    forget_bias: float = 3.0
    updates: int = 400
    batch_size: int = 32
    learning_rate: float = 0.01
    clipnorm: float = 1.0
    seed: int = 0

    def problems(self) -> list[str]:
        """Plain-words problems with these settings (empty when usable)."""
        out = []
        if not 2 <= self.steps <= 200:
            out.append(f"the sequences need 2 to 200 steps, not {self.steps}")
        if not 1 <= self.units <= 512:
            out.append(f"the layer needs 1 to 512 units, not {self.units}")
        if not 0.0 < self.recurrent_scale <= 10.0:
            out.append("the recurrent weight scale must be above 0 and at most 10, "
                       f"not {self.recurrent_scale}")
        if not 0 <= self.updates <= 100_000:
            out.append(f"the updates must be 0 to 100000, not {self.updates}")
        if not self.clipnorm > 0:
            out.append(f"clipnorm must be above 0, not {self.clipnorm}")
        return out


@dataclass
class VariantResult:
    """What one network showed: its gradient per step before and after training, and how it learnt.

    ``norms_start`` / ``norms_end``: ``(steps,)`` mean over the examples of ``||dL/dh_t||``
    (``L`` the example's own cross-entropy), step 1 first; ``losses`` and ``grad_norms``:
    the mean loss and the length of the whole weights' gradient (before any clipping) of
    every update; ``accuracy``: the share of 512 new sequences answered right after training.
    """

    variant: str
    title: str
    norms_start: np.ndarray
    norms_end: np.ndarray
    losses: np.ndarray
    grad_norms: np.ndarray
    accuracy: float
    seconds: float
    settings: StudySettings = field(default_factory=StudySettings)

    @property
    def reach(self) -> float:
        """How much of the last step's gradient reaches step 1 after training (``norm[0] / norm[-1]``)."""
        last = float(self.norms_end[-1])
        return float(self.norms_end[0]) / last if last > 0 else float("nan")


def make_cell(cell_type: str, units: int, recurrent_scale: float = 1.0, seed: int = 0,
              forget_bias: float = 1.0):
    """A Keras SimpleRNNCell (orthogonal recurrent weights times ``recurrent_scale``) or LSTMCell.

    The LSTM's forget gate starts with the bias ``forget_bias`` (Keras's ``unit_forget_bias``
    gives 1; larger keeps more of the cell state at every step from the start, which a
    dependency over many steps needs), the other gates with 0.
    """
    import keras
    from keras import ops

    if cell_type == "SimpleRNN":
        return keras.layers.SimpleRNNCell(
            units, kernel_initializer=keras.initializers.GlorotUniform(seed=seed),
            recurrent_initializer=keras.initializers.Orthogonal(gain=float(recurrent_scale), seed=seed + 1))
    if cell_type == "LSTM":
        def bias(shape, dtype=None):  # the gates' biases in Keras's order: input, forget, cell, output
            n = shape[0] // 4
            return ops.concatenate([ops.zeros((n,)), ops.full((n,), float(forget_bias)), ops.zeros((2 * n,))])

        return keras.layers.LSTMCell(units, kernel_initializer=keras.initializers.GlorotUniform(seed=seed),
                                     recurrent_initializer=keras.initializers.Orthogonal(seed=seed + 1),
                                     unit_forget_bias=False, bias_initializer=bias)
    raise ValueError(f"cell_type must be SimpleRNN or LSTM, not {cell_type!r}")


def _unrolled(cell, readout, x_onehot, y):
    """Run ``cell`` step by step; returns (per-example losses, logits, the states h_t as a list)."""
    import keras
    import tensorflow as tf

    states = cell.get_initial_state(tf.shape(x_onehot)[0])
    hs = []
    out = None
    for t in range(int(x_onehot.shape[1])):
        out, states = cell(x_onehot[:, t], states)
        hs.append(states[0] if isinstance(states, (list, tuple)) else states)
    logits = readout(out)
    losses = keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True)
    return losses, logits, hs


def step_gradient_norms(cell, readout, x: np.ndarray, y: np.ndarray, vocabulary: int) -> np.ndarray:
    """``(steps,)``: the mean over the examples of ``||dL_i/dh_t||`` (``L_i`` example i's cross-entropy).

    ``x`` are token numbers ``(examples, steps)``, one-hot encoded over ``vocabulary``;
    ``readout`` turns the last state into the logits of the answer.
    """
    import tensorflow as tf

    xo = tf.one_hot(np.asarray(x, np.int64), vocabulary)
    yy = tf.constant(np.asarray(y, np.int64))
    with tf.GradientTape() as tape:
        losses, _, hs = _unrolled(cell, readout, xo, yy)
        total = tf.reduce_sum(losses)  # the sum: example i's state gets exactly dL_i/dh_t
    grads = tape.gradient(total, hs)
    return np.array([float(np.mean(np.linalg.norm(np.asarray(g), axis=1))) for g in grads], np.float64)


def run_variant(variant: str, settings: StudySettings | None = None, control: Any = None,
                progress: Any = None) -> VariantResult:
    """Train one network on the first-token task; its gradients per step before and after.

    ``control`` (optional) has ``should_stop()``; ``progress(update, loss)`` is called now and then.
    """
    import keras
    import tensorflow as tf

    s = settings or StudySettings()
    problems = s.problems()
    if problems:
        raise ValueError(problems[0])
    title, cell_type, clipped = VARIANTS[variant]
    began = time.perf_counter()
    keras.utils.set_random_seed(s.seed)
    vocabulary = s.classes + s.distractors
    cell = make_cell(cell_type, s.units, s.recurrent_scale, s.seed, s.forget_bias)
    readout = keras.layers.Dense(s.classes,
                                 kernel_initializer=keras.initializers.GlorotUniform(seed=s.seed + 2))
    cell.build((None, vocabulary))
    readout.build((None, s.units))
    weights = cell.trainable_variables + readout.trainable_variables
    optimizer = keras.optimizers.Adam(s.learning_rate, clipnorm=s.clipnorm if clipped else None)
    optimizer.build(weights)
    probe_x, probe_y = first_token_task(256, s.steps, s.classes, s.distractors, seed=s.seed + 1_000_001)
    norms_start = step_gradient_norms(cell, readout, probe_x, probe_y, vocabulary)

    @tf.function(input_signature=[tf.TensorSpec((None, s.steps), tf.int64), tf.TensorSpec((None,), tf.int64)])
    def train_step(x, y):
        xo = tf.one_hot(x, vocabulary)
        with tf.GradientTape() as tape:
            losses, _, _ = _unrolled(cell, readout, xo, y)
            loss = tf.reduce_mean(losses)
        grads = tape.gradient(loss, weights)
        norm = tf.linalg.global_norm(grads)
        optimizer.apply_gradients(zip(grads, weights))
        return loss, norm

    x_all, y_all = first_token_task(max(s.updates, 1) * s.batch_size, s.steps, s.classes, s.distractors,
                                    seed=s.seed)
    losses, norms = [], []
    for i in range(s.updates):
        if control is not None and control.should_stop():
            break
        sl = slice(i * s.batch_size, (i + 1) * s.batch_size)
        loss, norm = train_step(tf.constant(x_all[sl]), tf.constant(y_all[sl]))
        losses.append(float(loss))
        norms.append(float(norm))
        if progress is not None and (i + 1) % 25 == 0:
            progress(i + 1, float(loss))
    norms_end = step_gradient_norms(cell, readout, probe_x, probe_y, vocabulary)
    test_x, test_y = first_token_task(512, s.steps, s.classes, s.distractors, seed=s.seed + 2_000_003)
    _, logits, _ = _unrolled(cell, readout, tf.one_hot(test_x, vocabulary), tf.constant(test_y))
    accuracy = float(np.mean(np.argmax(np.asarray(logits), axis=1) == test_y))
    return VariantResult(variant, title, norms_start, norms_end, np.asarray(losses, np.float64),
                         np.asarray(norms, np.float64), accuracy, time.perf_counter() - began, s)


def study_settings(**changes: Any) -> StudySettings:
    """The default settings with ``changes`` (for the view's controls)."""
    return replace(StudySettings(), **changes)


__all__ = ["StudySettings", "VARIANTS", "VariantResult", "make_cell", "run_variant", "step_gradient_norms",
           "study_settings"]
