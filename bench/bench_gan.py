"""GAN figures (issue 11): speed against a plain Keras GAN, and the two quality targets.

1. Speed: the GAN trainer (deskdl.ml.trainers.gan, a reporter that keeps every event, as
   the app does) against the documented plain-Keras GAN (a ``keras.Model`` subclass with
   its own ``train_step``, ``fit(verbose=0)``, default ``steps_per_execution``), same
   generator, discriminator, data, batch size and epochs; both timed from build to the
   end of ``fit``. Ratio = deskdl / plain (target: at most 1.0).
2. Digits: the MLP GAN template trained for at most 3 minutes; a digits classifier
   trained on the real data (not the discriminator) reads 256 samples from fixed noise.
   Targets: >= 70% read with confidence >= 0.9; every digit >= 4% of those samples.
3. Ring: the 2-D GAN template on the ring of 8 clouds; target: all 8 modes covered within 2 minutes.

Run: .venv/bin/python bench/bench_gan.py [speed|digits|ring ...]
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np  # noqa: E402

from deskdl import paths  # noqa: E402
from deskdl.core import datagen  # noqa: E402
from deskdl.core import gan as gan_core  # noqa: E402
from deskdl.core.project import Project  # noqa: E402
from deskdl.ml import datasets  # noqa: E402
from deskdl.ml.trainers import gan as gan_trainer  # noqa: E402
from deskdl.ml.training import ListReporter, TrainingControl, TrainingJob  # noqa: E402


def template(name: str) -> Project:
    return Project.load(paths.resources_dir() / "templates" / f"{name}.deskdl")


def plain_gan(project: Project, x: np.ndarray, epochs: int, batch_size: int) -> float:
    """The documented Keras GAN (guide "Customizing what happens in fit()"), timed from build."""
    import keras
    import tensorflow as tf

    from deskdl.ml.build import build_model

    class GAN(keras.Model):
        def __init__(self, discriminator, generator, latent_dim):
            super().__init__()
            self.discriminator, self.generator, self.latent_dim = discriminator, generator, latent_dim
            self.seed_generator = keras.random.SeedGenerator(1337)
            self.d_loss_tracker = keras.metrics.Mean(name="d_loss")
            self.g_loss_tracker = keras.metrics.Mean(name="g_loss")

        @property
        def metrics(self):
            return [self.d_loss_tracker, self.g_loss_tracker]

        def compile(self, d_optimizer, g_optimizer, loss_fn):
            super().compile()
            self.d_optimizer, self.g_optimizer, self.loss_fn = d_optimizer, g_optimizer, loss_fn

        def train_step(self, real):
            n = tf.shape(real)[0]
            z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
            fake = self.generator(z)
            with tf.GradientTape() as tape:
                d_loss = 0.5 * (self.loss_fn(tf.ones((n, 1)), self.discriminator(real))
                                + self.loss_fn(tf.zeros((n, 1)), self.discriminator(fake)))
            grads = tape.gradient(d_loss, self.discriminator.trainable_weights)
            self.d_optimizer.apply_gradients(zip(grads, self.discriminator.trainable_weights))
            z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
            with tf.GradientTape() as tape:
                g_loss = self.loss_fn(tf.ones((n, 1)), self.discriminator(self.generator(z)))
            grads = tape.gradient(g_loss, self.generator.trainable_weights)
            self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_weights))
            self.d_loss_tracker.update_state(d_loss)
            self.g_loss_tracker.update_state(g_loss)
            return {"d_loss": self.d_loss_tracker.result(), "g_loss": self.g_loss_tracker.result()}

    keras.backend.clear_session()
    keras.utils.set_random_seed(0)
    t = time.perf_counter()
    g = build_model(project.graph_of("generator"))
    d = build_model(project.graph_of("discriminator"))
    gan = GAN(d, g, gan_core.noise_size(project.graph_of("generator")))
    opt = project.optimizers["generator"]
    gan.compile(keras.optimizers.Adam(opt["learning_rate"], beta_1=opt.get("beta_1", 0.9)),
                keras.optimizers.Adam(opt["learning_rate"], beta_1=opt.get("beta_1", 0.9)),
                keras.losses.BinaryCrossentropy())
    gan.fit(x, batch_size=batch_size, epochs=epochs, verbose=0)
    return time.perf_counter() - t


def deskdl_gan(project: Project, bundle, epochs: int, batch_size: int, budget_s: float | None = None,
               on_picture=None):
    """Train with the GAN trainer; returns (seconds, result, reporter). Stops after ``budget_s``."""
    control = TrainingControl()
    t0 = time.perf_counter()

    def watch(name, args, kwargs):
        if budget_s is not None and time.perf_counter() - t0 > budget_s:
            control.stop()
        if on_picture is not None and name == "emit" and type(args[0]).__name__ == "Picture":
            on_picture(args[0], time.perf_counter() - t0)

    rep = ListReporter(on_event=watch)
    job = TrainingJob.from_project(project, epochs=epochs, batch_size=batch_size, bundle=bundle)
    t = time.perf_counter()
    result = gan_trainer.GanTrainer().run(job, rep, control)
    assert result.ok, result.error and result.error.details
    return time.perf_counter() - t, result, rep


def speed() -> None:
    print("speed: deskdl GAN trainer vs a plain keras.Model-subclass GAN with fit(verbose=0)")
    print(f"{'case':24s} {'epochs':>6s} {'plain s':>8s} {'deskdl s':>9s} {'ratio':>6s} {'spe':>4s} "
          f"{'live pictures (per s of the run)':>34s}")
    for name, epochs, bs in (("gan_ring_2d", 20, 128), ("gan_digits_mlp", 40, 64)):
        p = template(name)
        bundle = datasets.load_config(p.data)
        plain, ours, results = [], [], []
        for _ in range(2):
            plain.append(plain_gan(p, bundle.x_train, epochs, bs))
            secs, result, rep = deskdl_gan(p, bundle, epochs, bs)
            ours.append(secs)
            results.append((result, rep))
        result, rep = results[-1]
        pics = [a[0] for a, _ in rep.named("emit") if type(a[0]).__name__ == "Picture"]
        live = [q for q in pics if q.name in ("samples", "gan2d")]
        per_s = len(live) / max(result.duration_s, 1e-9)  # the run includes building and tracing
        print(f"{name:24s} {epochs:6d} {min(plain):8.2f} {min(ours):9.2f} {min(ours) / min(plain):6.2f} "
              f"{result.steps_per_execution:4d} {len(live):>22d} ({per_s:.1f}/s)")


def digits_classifier(bundle):
    import keras

    keras.utils.set_random_seed(0)
    model = keras.Sequential([
        keras.Input((8, 8, 1)), keras.layers.Conv2D(32, 3, activation="relu", padding="same"),
        keras.layers.MaxPooling2D(), keras.layers.Conv2D(64, 3, activation="relu", padding="same"),
        keras.layers.Flatten(), keras.layers.Dropout(0.3), keras.layers.Dense(10, activation="softmax")])
    model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(bundle.x_train, bundle.y_train, epochs=30, batch_size=32, verbose=0)
    acc = model.evaluate(bundle.x_test, bundle.y_test, verbose=0)[1]
    return model, float(acc)


def read_samples(classifier, samples: np.ndarray) -> tuple[float, np.ndarray]:
    """(share read with confidence >= 0.9, share of the samples given to each digit)."""
    p = classifier.predict(samples, verbose=0)
    confident = float(np.mean(p.max(axis=1) >= 0.9))
    shares = np.bincount(p.argmax(axis=1), minlength=10) / len(samples)
    return confident, shares


def digits(budget_s: float = 180.0) -> None:
    p = template("gan_digits_mlp")
    bundle = datasets.load_config(p.data)
    clf, acc = digits_classifier(bundle)
    print(f"digits: classifier trained on the real digits, test accuracy {acc:.3f}")
    epochs = int(p.training["epochs"])
    secs, result, _ = deskdl_gan(p, bundle, epochs, int(p.training.get("batch_size", 64)), budget_s)
    noise = gan_core.noise_size(p.graph_of("generator"))
    samples = gan_trainer.generate(result.models["generator"], 256, noise)
    confident, shares = read_samples(clf, samples)
    print(f"digits GAN: {result.epochs_run} epochs in {secs:.0f} s ({result.status}); 256 samples: "
          f"{confident:.1%} read with confidence >= 0.9 (target >= 70%); least common digit "
          f"{shares.min():.1%} (target >= 4%); shares {np.round(shares * 100).astype(int).tolist()}")
    print(f"  final {result.final}")


def ring(budget_s: float = 120.0) -> None:
    p = template("gan_ring_2d")
    bundle = datasets.load_config(p.data)
    first: list[float] = []

    def on_picture(pic, t):
        covered = pic.meta.get("modes_covered")
        if covered and all(covered) and not first:
            first.append(t)

    secs, result, _ = deskdl_gan(p, bundle, int(p.training["epochs"]), int(p.training.get("batch_size", 128)),
                                 budget_s, on_picture)
    pts = gan_trainer.generate(result.models["generator"], 2000, gan_core.noise_size(p.graph_of("generator")))
    std = datagen.ring_std(float(p.data.get("params", {}).get("noise", 0.0)))
    covered = gan_core.modes_covered(pts, datagen.ring_centres(), 3 * std)
    near = np.linalg.norm(pts[:, None] - datagen.ring_centres()[None], axis=-1).min(axis=1) <= 3 * std
    when = f"first all 8 after {first[0]:.0f} s" if first else "never all 8 in the live pictures"
    print(f"ring GAN: {result.epochs_run} epochs in {secs:.0f} s ({result.status}); modes covered at the "
          f"end: {sum(covered)}/8 (target 8 within 120 s; {when}); {near.mean():.0%} of 2000 points within "
          "3 std of a "
          "mode")


if __name__ == "__main__":
    which = sys.argv[1:] or ["speed", "ring", "digits"]
    for w in which:
        {"speed": speed, "digits": digits, "ring": ring}[w]()
