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
NAMES = ("Sampling", "PositionalEncoding", "LayerScale", "PreprocessFor")


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


@keras.saving.register_keras_serializable(package="deskdl")
class PreprocessFor(keras.layers.Layer):
    """Pixels 0-1 -> what a keras.applications family expects: its preprocess_input on pixels x 255.

    ``module`` names the family's submodule (``"mobilenet_v2"``, ``"resnet50"``, ...). For the
    families that rescale inside the model (EfficientNet, EfficientNetV2, ConvNeXt, MobileNetV3)
    preprocess_input passes pixels through, so this only scales 0-1 to 0-255.
    """

    def __init__(self, module="mobilenet_v2", **kwargs):
        super().__init__(**kwargs)
        self.module = module

    def call(self, inputs):
        """The family's preprocess_input on the pixels scaled to 0-255."""
        family = getattr(keras.applications, self.module)
        return family.preprocess_input(inputs * 255.0)

    def compute_output_shape(self, input_shape):
        """Same shape as the input."""
        return tuple(input_shape)

    def get_config(self):
        """Constructor arguments, for saving."""
        return {**super().get_config(), "module": self.module}


#: keras.applications model -> the submodule with its preprocess_input.
APPLICATION_MODULES = {
    "ConvNeXtBase": "convnext", "ConvNeXtLarge": "convnext", "ConvNeXtSmall": "convnext",
    "ConvNeXtTiny": "convnext", "ConvNeXtXLarge": "convnext",
    "DenseNet121": "densenet", "DenseNet169": "densenet", "DenseNet201": "densenet",
    "EfficientNetB0": "efficientnet", "EfficientNetB1": "efficientnet", "EfficientNetB2": "efficientnet",
    "EfficientNetB3": "efficientnet", "EfficientNetB4": "efficientnet", "EfficientNetB5": "efficientnet",
    "EfficientNetB6": "efficientnet", "EfficientNetB7": "efficientnet",
    "EfficientNetV2B0": "efficientnet_v2", "EfficientNetV2B1": "efficientnet_v2",
    "EfficientNetV2B2": "efficientnet_v2", "EfficientNetV2B3": "efficientnet_v2",
    "EfficientNetV2L": "efficientnet_v2", "EfficientNetV2M": "efficientnet_v2",
    "EfficientNetV2S": "efficientnet_v2",
    "InceptionResNetV2": "inception_resnet_v2", "InceptionV3": "inception_v3",
    "MobileNet": "mobilenet", "MobileNetV2": "mobilenet_v2",
    "MobileNetV3Large": "mobilenet_v3", "MobileNetV3Small": "mobilenet_v3",
    "NASNetLarge": "nasnet", "NASNetMobile": "nasnet",
    "ResNet101": "resnet", "ResNet152": "resnet", "ResNet50": "resnet50",
    "ResNet101V2": "resnet_v2", "ResNet152V2": "resnet_v2", "ResNet50V2": "resnet_v2",
    "VGG16": "vgg16", "VGG19": "vgg19", "Xception": "xception",
}


def PretrainedBase(application="MobileNetV2", weights="imagenet", trainable=False,  # noqa: N802
                   fine_tune_top=0, pooling="avg", name=None):
    """A keras.applications model without its top, preprocessing included, called on a tensor.

    Returns a function: called on pictures (batch, height, width, 3) with pixels 0-1, it builds
    ``keras.applications.<application>(include_top=False, weights=..., input_shape=..., pooling=...)``
    behind :class:`PreprocessFor`, as one sub-model called ``name``. ``trainable`` False freezes the
    whole base; True with ``fine_tune_top`` 0 trains all of it; True with N > 0 trains only its last
    N layers. ``weights`` "imagenet" loads ImageNet weights (Keras downloads them into
    ~/.keras/models if they are not there yet); "none" starts from random weights (training from
    scratch). A pretrained base keeps its BatchNormalization layers frozen when fine-tuned, as
    Keras's fine-tuning guide advises: their statistics stay ImageNet's instead of being re-estimated
    from small batches of new data. ("imagenet-missing" is deskdl's own: ImageNet was asked for but
    the file is not in the Keras cache, so the weights are random and nothing is downloaded.)
    """

    def apply(pixels):
        shape = tuple(pixels.shape[1:])
        base = getattr(keras.applications, application)(
            include_top=False, weights="imagenet" if weights == "imagenet" else None,
            input_shape=shape, pooling=None if pooling == "none" else pooling)
        base.trainable = bool(trainable)
        if trainable:
            chosen = base.layers[-fine_tune_top:] if fine_tune_top else base.layers
            keep_stats = weights in ("imagenet", "imagenet-missing")
            for layer in base.layers:
                layer.trainable = any(layer is c for c in chosen) and not (
                    keep_stats and isinstance(layer, keras.layers.BatchNormalization))
        inputs = keras.Input(shape=shape)
        outputs = base(PreprocessFor(APPLICATION_MODULES[application])(inputs))
        return keras.Model(inputs, outputs, name=name)(pixels)

    return apply


def custom_objects() -> dict[str, type]:
    """The custom layer classes by name (registered with Keras when this module was imported)."""
    return {"Sampling": Sampling, "PositionalEncoding": PositionalEncoding, "LayerScale": LayerScale,
            "PreprocessFor": PreprocessFor, "PretrainedBase": PretrainedBase}
