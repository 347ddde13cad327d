"""Issue 16: live per-layer gradient norms: exact figures, compiled once, sent after each epoch."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core import events as ev
from deskdl.core.project import Project

pytestmark = pytest.mark.keras


def _tiny_model(loss="mean_squared_error"):
    import keras

    keras.utils.set_random_seed(3)
    inp = keras.Input((3,))
    h = keras.layers.Dense(4, activation="tanh", name="first")(inp)
    h = keras.layers.Dense(5, activation="relu", name="second", kernel_regularizer="l2")(h)
    out = keras.layers.Dense(2, name="out")(h)
    model = keras.Model(inp, out)
    model.compile(optimizer="sgd", loss=loss)
    return model


def test_norms_equal_a_gradient_tape_of_the_loss_and_are_traced_once():
    import keras
    import tensorflow as tf

    from deskdl.ml.gradients import GradientProbe

    model = _tiny_model()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(100, 3)).astype(np.float32)
    y = rng.normal(size=(100, 2)).astype(np.float32)
    model.fit(x, y, epochs=1, batch_size=50, verbose=0)  # builds the compiled loss, as a real run has
    probe = GradientProbe(model, x, y, sample=64)
    assert probe.layers == ["first", "second", "out"]

    def by_hand():
        xb, yb = tf.constant(x[:64]), tf.constant(y[:64])
        kernels = [model.get_layer(n).kernel for n in probe.layers]
        with tf.GradientTape() as tape:
            pred = model(xb, training=False)
            # mean squared error over the batch plus the L2 penalty of 'second' (0.01 * sum(w^2))
            loss = tf.reduce_mean(tf.square(yb - pred)) + 0.01 * tf.reduce_sum(tf.square(kernels[1]))
        return [float(tf.norm(g)) for g in tape.gradient(loss, kernels)]

    for _ in range(3):  # the weights change between measurements: the norms follow, the trace stays
        got = probe.norms()
        assert list(got) == probe.layers
        assert list(got.values()) == pytest.approx(by_hand(), rel=1e-5)
        model.fit(x, y, epochs=1, batch_size=50, verbose=0)
    assert probe.traces == 1
    assert probe._step.experimental_get_tracing_count() == 1
    assert len(probe.seconds) == 3
    assert keras.backend.backend() == "tensorflow"


def test_integer_labels_and_layers_without_kernels():
    import keras
    import tensorflow as tf

    from deskdl.ml.gradients import GradientProbe

    inp = keras.Input((4,))
    h = keras.layers.Dense(6, activation="relu", name="hidden")(inp)
    h = keras.layers.Dropout(0.5)(h)
    out = keras.layers.Dense(3, activation="softmax", name="out")(h)
    model = keras.Model(inp, out)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    x = np.random.default_rng(1).normal(size=(40, 4)).astype(np.float32)
    y = np.arange(40) % 3
    model.fit(x, y, epochs=1, verbose=0)
    probe = GradientProbe(model, x, y, sample=16)
    assert probe.layers == ["hidden", "out"]  # the input and the Dropout have no kernel
    with tf.GradientTape() as tape:
        pred = model(x[:16], training=False)
        loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(y[:16], pred))
    want = [float(tf.norm(g)) for g in tape.gradient(loss, [model.get_layer("hidden").kernel,
                                                            model.get_layer("out").kernel])]
    assert list(probe.norms().values()) == pytest.approx(want, rel=1e-5)


def _spiral(epochs=6):
    p = Project(name="grad")
    g = p.graph
    g.add_node("Input", {"shape": [2]}, node_id="x")
    g.add_node("Dense", {"units": 8, "activation": "relu"}, node_id="h1", inputs=["x"])
    g.add_node("Dense", {"units": 8, "activation": "relu"}, node_id="h2", inputs=["h1"])
    g.add_node("Dense", {"units": 2, "activation": "softmax"}, node_id="y", inputs=["h2"])
    p.data = {"dataset": "spiral", "params": {}}
    p.training.update(epochs=epochs, seed=0, batch_size=32)
    return p


def test_a_run_sends_gradient_norms_as_typed_events_and_never_retraces():
    from deskdl.ml import gradients
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    made = []
    real = gradients.GradientProbe

    class Counting(real):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            made.append(self)

    gradients.GradientProbe = Counting
    try:
        rep = ListReporter()
        job = TrainingJob.from_project(_spiral(6), inspect_every_epoch=True, evaluate_test=False)
        result = run_training(job, rep)
    finally:
        gradients.GradientProbe = real
    assert result.ok, result.error
    sent = [a[0] for a, _ in rep.named("emit") if isinstance(a[0], ev.GradientNorms)]
    assert sent, "no gradient norms were sent"
    assert [e.layers for e in sent] == [("h1", "h2", "y")] * len(sent)
    epochs = [e.epoch for e in sent]
    assert epochs == sorted(set(epochs)) and epochs[-1] == 6  # in order, the last epoch always
    assert all(all(np.isfinite(v) and v > 0 for v in e.norms) for e in sent)
    assert len(made) == 1 and made[0].traces == 1  # one trace for the whole run
    assert made[0]._step.experimental_get_tracing_count() == 1
    assert sent[-1].as_dict() == dict(zip(("h1", "h2", "y"), sent[-1].norms))


def test_without_inspect_no_probe_is_made():
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    rep = ListReporter()
    result = run_training(TrainingJob.from_project(_spiral(2), evaluate_test=False), rep)
    assert result.ok
    assert not [a for a, _ in rep.named("emit") if isinstance(a[0], ev.GradientNorms)]


def test_the_event_needs_one_norm_per_layer():
    with pytest.raises(ValueError, match="one norm per layer"):
        ev.GradientNorms("r", 1, ("a", "b"), (1.0,))
    e = ev.GradientNorms("r", 2, ["a", "b"], [1, float("inf")])
    assert e.layers == ("a", "b") and e.norms == (1.0, float("inf"))


def test_word_numbers_stay_whole_and_an_embedding_gets_its_norm():
    import keras
    import tensorflow as tf

    from deskdl.ml.gradients import GradientProbe

    keras.utils.set_random_seed(5)
    inp = keras.Input((6,), dtype="int32")
    h = keras.layers.Embedding(20, 4, name="words")(inp)
    h = keras.layers.GlobalAveragePooling1D()(h)
    out = keras.layers.Dense(2, activation="softmax", name="out")(h)
    model = keras.Model(inp, out)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    x = np.random.default_rng(2).integers(0, 20, size=(30, 6))
    y = np.arange(30) % 2
    model.fit(x, y, epochs=1, verbose=0)
    probe = GradientProbe(model, x, y, sample=30)
    assert probe._x.dtype == tf.int64
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(y, model(x, training=False)))
    grads = tape.gradient(loss, [model.get_layer("words").embeddings, model.get_layer("out").kernel])
    want = [float(tf.norm(tf.convert_to_tensor(g))) for g in grads]
    assert probe.layers == ["words", "out"]
    assert list(probe.norms().values()) == pytest.approx(want, rel=1e-5)
