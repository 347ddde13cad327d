"""deskdl's own Keras layers: ``Sampling`` (VAE, with its KL term), ``PositionalEncoding``, ``LayerScale``.

``PositionalEncoding`` serves Transformers; ``LayerScale`` is ConvNeXt's per-channel
factor, which Keras keeps inside ``keras.applications``.

Keras may only be imported lazily (DESIGN.md §1), so this module, which defines
Keras classes, is itself imported only inside the functions that build, load or
import models (:mod:`deskdl.ml.build`, the importer, the CLI's load); nothing
imports it at module level. Importing it registers the classes with Keras under
the package ``deskdl`` (``"deskdl>Sampling"``), which a ``.keras`` file loaded
with ``safe_mode=True`` needs; :func:`custom_objects` gives them by name.

This file is also the one source of the classes an exported script writes out:
:func:`deskdl.ml.export.custom_layer_code` copies each class (and the functions
it calls) from here, so the script's layers are these layers, to the letter.
Keep each class self-contained: only ``keras`` and the functions of this module.
"""

from __future__ import annotations

import keras  # noqa: TID253 - only ever imported lazily, by code that needs Keras (see above)

#: Names of the custom layers, as the catalog and saved models spell them.
NAMES = ("Sampling", "PositionalEncoding", "LayerScale")


def kl_divergence(mean, log_var):
    """KL(N(mean, exp(log_var)) || N(0, I)) per example, summed over the code, averaged over the batch.

    -0.5 * sum(1 + log_var - mean**2 - exp(log_var)): 0 exactly when every
    code number has mean 0 and variance 1, the closed form for two Gaussians.
    """
    ops = keras.ops
    per_number = 1.0 + log_var - ops.square(mean) - ops.exp(log_var)
    axes = tuple(range(1, len(mean.shape)))
    return ops.mean(-0.5 * ops.sum(per_number, axis=axes))


@keras.saving.register_keras_serializable(package="deskdl")
class Sampling(keras.layers.Layer):
    """Draws z = mean + exp(log_var / 2) * epsilon and adds beta x KL to the model's loss.

    Written as a shift and scale of fixed noise (the reparameterisation trick)
    so gradients reach mean and log_var. Called on [mean, log_var].

    The KL divergence of the code distribution N(mean, exp(log_var)) from
    N(0, I), summed over the code's numbers and averaged over the batch, is
    added with add_loss (Keras's "endpoint layer" pattern), so a plain
    fit minimises the compiled (rebuilding) loss + beta x KL. The
    unweighted KL is also tracked as the metric "kl", so it gets its own
    curve. beta=0 is the layer before deskdl 0.11: noise, no KL.
    """

    def __init__(self, seed=None, beta=1.0, **kwargs):
        super().__init__(**kwargs)
        self.seed = seed
        self.beta = float(beta)
        self.seed_generator = keras.random.SeedGenerator(seed)
        self.kl_tracker = keras.metrics.Mean(name="kl")

    def call(self, inputs):
        """Sample one point per mean; add beta x KL(N(mean, var) || N(0, I)) to the loss."""
        ops = keras.ops
        mean, log_var = inputs
        kl = kl_divergence(mean, log_var)
        if self.beta:
            self.add_loss(ops.cast(self.beta, kl.dtype) * kl)
        self.kl_tracker.update_state(kl, sample_weight=ops.cast(ops.shape(mean)[0], kl.dtype))
        epsilon = keras.random.normal(ops.shape(mean), dtype=mean.dtype, seed=self.seed_generator)
        return mean + ops.exp(0.5 * log_var) * epsilon

    def compute_output_shape(self, input_shape):
        """The shape of mean; log_var must agree with it."""
        mean, log_var = (tuple(s) for s in input_shape)
        if len(mean) != len(log_var) or any(
            a is not None and b is not None and a != b for a, b in zip(mean[1:], log_var[1:])
        ):
            raise ValueError(f"Sampling needs mean and log_var of the same shape, got {mean} and {log_var}")
        return mean

    def get_config(self):
        """Constructor arguments, for saving."""
        return {**super().get_config(), "seed": self.seed, "beta": self.beta}


@keras.saving.register_keras_serializable(package="deskdl")
class PositionalEncoding(keras.layers.Layer):
    """Adds the sine/cosine position signal of "Attention Is All You Need" to a sequence.

    Input and output are (batch, steps, features). Feature 2i gets
    sin(pos / max_wavelength ** (2i / features)), feature 2i + 1 the cosine.
    No weights: the signal is fixed, so it works for any sequence length.
    """

    def __init__(self, max_wavelength=10000.0, **kwargs):
        super().__init__(**kwargs)
        self.max_wavelength = float(max_wavelength)
        self.supports_masking = True  # padding steps stay padding

    def call(self, inputs):
        """Return inputs plus the position signal."""
        ops = keras.ops
        shape = ops.shape(inputs)
        steps, features = shape[-2], shape[-1]
        dtype = self.compute_dtype
        positions = ops.cast(ops.arange(steps), dtype)
        dims = ops.arange(features)
        exponent = ops.cast((dims // 2) * 2, dtype) / ops.cast(features, dtype)
        rates = ops.power(ops.cast(self.max_wavelength, dtype), -exponent)
        angles = ops.expand_dims(positions, -1) * ops.expand_dims(rates, 0)
        even = ops.expand_dims(ops.equal(dims % 2, 0), 0)
        signal = ops.where(even, ops.sin(angles), ops.cos(angles))
        return inputs + ops.cast(signal, inputs.dtype)

    def compute_output_shape(self, input_shape):
        """Same shape as the input."""
        return tuple(input_shape)

    def get_config(self):
        """Constructor arguments, for saving."""
        return {**super().get_config(), "max_wavelength": self.max_wavelength}


@keras.saving.register_keras_serializable(package="deskdl")
class LayerScale(keras.layers.Layer):
    """Multiplies each channel (the last axis) by a learned factor that starts at init_values.

    The same computation and weight as ConvNeXt's LayerScale in keras.applications,
    which Keras does not export; here the number of channels comes from the input.
    """

    def __init__(self, init_values=1e-6, **kwargs):
        super().__init__(**kwargs)
        self.init_values = float(init_values)

    def build(self, input_shape):
        """One factor per channel."""
        self.gamma = self.add_weight(shape=(input_shape[-1],),
                                     initializer=keras.initializers.Constant(self.init_values),
                                     trainable=True, name="gamma")

    def call(self, inputs):
        """Inputs times the factors, channel by channel."""
        return inputs * keras.ops.cast(self.gamma, inputs.dtype)

    def compute_output_shape(self, input_shape):
        """Same shape as the input."""
        return tuple(input_shape)

    def get_config(self):
        """Constructor arguments, for saving."""
        return {**super().get_config(), "init_values": self.init_values}


def custom_objects() -> dict[str, type]:
    """The custom layer classes by name (registered with Keras when this module was imported)."""
    return {"Sampling": Sampling, "PositionalEncoding": PositionalEncoding, "LayerScale": LayerScale}
