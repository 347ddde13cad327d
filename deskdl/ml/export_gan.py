"""A GAN project as a runnable plain-Keras script (``deskdl export`` and the Python code tab).

The script follows Keras's documented pattern for a custom training step (the
GAN of the guide "Customizing what happens in fit()"): a ``keras.Model``
subclass holding the generator and the discriminator, each built layer by layer
as in deskdl, each with its own optimizer, trained in turn by ``train_step``
(``D_STEPS`` discriminator updates, then ``G_STEPS`` generator updates, per
batch) and run by ``fit``. At the end it saves ``generator.keras`` (noise ->
sample), ``discriminator.keras`` and ``samples.npy`` (256 samples from fixed
noise), as ``deskdl train`` does. The data loader, the layers' code and the
optimizers' code are :mod:`deskdl.ml.export`'s, so both exporters agree.
"""

from __future__ import annotations

from typing import Any

from deskdl.core import gan as gan_core
from deskdl.core.kinds import get_kind
from deskdl.core.training import training_with_defaults
from deskdl.ml import export as ex

GAN_CLASS = '''
class GAN(keras.Model):
    """A generator and a discriminator trained in turn (Keras's documented GAN pattern)."""

    def __init__(self, generator, discriminator):
        super().__init__()
        self.generator = generator
        self.discriminator = discriminator
        self.seed_generator = keras.random.SeedGenerator(SEED)
        self.bce = keras.losses.BinaryCrossentropy(from_logits=LOGITS)
        names = ("d_loss", "g_loss", "d_real", "d_fake")
        self.trackers = {name: keras.metrics.Mean(name=name) for name in names}

    @property
    def metrics(self):
        return list(self.trackers.values())

    def compile(self, d_optimizer, g_optimizer):
        super().compile()
        self.d_optimizer = d_optimizer
        self.g_optimizer = g_optimizer

    def answer(self, out):
        """The discriminator's output as a probability of 'real'."""
        return keras.ops.sigmoid(out) if LOGITS else out

    def train_step(self, real):
        if isinstance(real, tuple):
            real = real[0]
        n = tf.shape(real)[0]
        ones, zeros = tf.ones((n, 1)), tf.zeros((n, 1))
        for _ in range(D_STEPS):  # the discriminator learns: real -> 1 (or 1 - smoothing), fake -> 0
            z = keras.random.normal((n, NOISE_SIZE), seed=self.seed_generator)
            fake = self.generator(z, training=True)
            with tf.GradientTape() as tape:
                out_real = self.discriminator(real, training=True)
                out_fake = self.discriminator(fake, training=True)
                real_loss = self.bce(ones * (1.0 - LABEL_SMOOTHING), out_real)
                d_loss = 0.5 * (real_loss + self.bce(zeros, out_fake))
            grads = tape.gradient(d_loss, self.discriminator.trainable_weights)
            self.d_optimizer.apply_gradients(zip(grads, self.discriminator.trainable_weights))
        for _ in range(G_STEPS):  # the generator learns to make the discriminator answer 1
            z = keras.random.normal((n, NOISE_SIZE), seed=self.seed_generator)
            with tf.GradientTape() as tape:
                g_loss = self.bce(ones, self.discriminator(self.generator(z, training=True), training=True))
            grads = tape.gradient(g_loss, self.generator.trainable_weights)
            self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_weights))
        self.trackers["d_loss"].update_state(d_loss)
        self.trackers["g_loss"].update_state(g_loss)
        self.trackers["d_real"].update_state(keras.ops.mean(self.answer(out_real)))
        self.trackers["d_fake"].update_state(keras.ops.mean(self.answer(out_fake)))
        return {name: m.result() for name, m in self.trackers.items()}
'''

MAIN = '''
def main():
    """Load the real samples, train the GAN, save both models and 256 samples from fixed noise."""
    keras.utils.set_random_seed(SEED)
    (x_train, _), _ = load_data()  # a GAN learns from the samples alone: no labels
    gan = GAN(build_generator(), build_discriminator())
    gan.generator.summary()
    gan.discriminator.summary()
{optimizers}
    gan.compile(d_optimizer=d_optimizer, g_optimizer=g_optimizer)
    gan.fit(x_train, batch_size=BATCH_SIZE, epochs=EPOCHS, shuffle=True, verbose=2)
    noise = np.random.default_rng(1234).standard_normal((256, NOISE_SIZE)).astype("float32")
    samples = gan.generator.predict(noise, verbose=0)
    np.save("samples.npy", samples)
    gan.generator.save("generator.keras")  # noise (NOISE_SIZE numbers) -> one sample
    gan.discriminator.save("discriminator.keras")  # sample -> how real it looks
    print("samples", samples.shape, "from", float(samples.min()), "to", float(samples.max()))


if __name__ == "__main__":
    main()
'''


def export_gan(project: Any) -> str:
    """The GAN project as a runnable Keras script; :class:`~deskdl.ml.export.ExportError` for a bad GAN."""
    graphs = project.graphs
    missing = [r for r in gan_core.ROLES if r not in graphs or not graphs[r].nodes]
    if missing:
        problem = gan_core.gan_problems(graphs, None)[0]
        raise ex.ExportError(problem.message, problem.fix)
    g, d = graphs["generator"], graphs["discriminator"]
    problems = [x for x in gan_core.gan_problems(graphs, None) if x.severity == "error"]
    if problems:
        raise ex.ExportError(problems[0].message, problems[0].fix, node_id=problems[0].node_id)
    training = training_with_defaults(getattr(project, "training", None))
    algorithm = get_kind("gan").with_defaults(getattr(project, "algorithm", None))
    data = dict(getattr(project, "data", None) or {})
    title = getattr(project, "name", "") or "gan"
    helpers, load_func, offline = ex.data_code(data)  # the data set's own export code
    seed = training.get("seed")
    out: list[str] = []
    title_line = title.replace('"""', "'''").replace("\\", "/")
    out.append(f'"""{title_line}: a generative adversarial network (GAN) exported from deskdl.\n\n'
               "Run it with ``python <this file>``; it needs NumPy, Keras and TensorFlow (the training step\n"
               "uses tf.GradientTape, as Keras's guide to custom training steps does). It writes\n"
               "generator.keras, discriminator.keras and samples.npy into the current folder.\n"
               + ("" if offline else "\nThe data comes from your own files: check load_data() first.\n")
               + '"""\n')
    stdlib = ["csv"] * ("csv.reader" in helpers) + ["math"] + ["os"] * ("os.path" in helpers)
    out.append("".join(f"import {m}\n" for m in stdlib)
               + "\nimport keras\nimport numpy as np\nimport tensorflow as tf\n")
    consts = [
        f"EPOCHS = {int(training['epochs'])}",
        f"BATCH_SIZE = {int(training['batch_size'])}",
        f"SEED = {ex.literal(0 if seed is None else int(seed))}",
        f"NOISE_SIZE = {gan_core.noise_size(g)}  # the generator's Input: random numbers -> one sample",
        f"D_STEPS = {int(algorithm['d_steps'])}  # discriminator updates per batch",
        f"G_STEPS = {int(algorithm['g_steps'])}  # generator updates per batch",
        f"LABEL_SMOOTHING = {ex.literal(float(algorithm['label_smoothing']))}  # real samples: 1 - this",
        f"LOGITS = {gan_core.discriminator_logits(d)}  # True: the discriminator gives a logit (linear)",
    ]
    out.append("\n".join(consts) + "\n")
    out.append("\n# ---------------------------------------------------------------- data\n")
    if helpers:
        out.append(helpers)
    out.append(load_func)
    customs = sorted(set(ex._custom_types(g)) | set(ex._custom_types(d)))
    if customs:
        out.append("\n# ---------------------------------------------------------------- deskdl's own layers")
        out.append(ex.custom_layers_code(customs))
    out.append("\n# ---------------------------------------------------------------- the two networks\n")
    out.append('def build_generator():\n    """Noise -> sample (names are deskdl\'s node ids)."""\n'
               + ex.model_code(g, "generator") + "\n\n")
    out.append('def build_discriminator():\n    """Sample -> one number: how real it looks."""\n'
               + ex.model_code(d, "discriminator") + "\n")
    out.append("\n# ---------------------------------------------------------------- training\n")
    out.append(GAN_CLASS.strip("\n") + "\n")
    opt_lines = []
    for role, var in (("discriminator", "d_optimizer"), ("generator", "g_optimizer")):
        role_training = dict(training)
        own = (getattr(project, "optimizers", None) or {}).get(role)
        if own:
            role_training["optimizer"] = dict(own)
        pre, expr = ex._optimizer_code(role_training)
        pre = [line for line in pre if line not in opt_lines]
        opt_lines += pre
        opt_lines.append(f"    {var} = {expr}")
    out.append(MAIN.replace("{optimizers}", "\n".join(opt_lines)))
    text = "\n".join(out)
    compile(text, f"{title_line}.py", "exec")  # a script that does not parse is a bug here, not the learner's
    return text


__all__ = ["export_gan"]
