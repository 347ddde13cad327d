"""deskdl's own layers for generative models (built by :mod:`deskdl.ml.custom_layers`)."""

from __future__ import annotations

from deskdl.core.catalog import Inferred, LayerKind, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import translator
from deskdl.core.layers.shapes import describe, fmt, need_known_last

_ = translator("catalog")


def _sampling(params, shapes):
    mean, log_var = shapes
    clash = len(mean) != len(log_var) or any(
        a is not None and b is not None and a != b for a, b in zip(mean[1:], log_var[1:]))
    if clash:
        raise ShapeError(
            _("Sampling draws one random value per mean, so mean and log_var must have the same shape, but "
              "mean is {mean} and log_var is {log_var}").format(mean=fmt(mean[1:]), log_var=fmt(log_var[1:])),
            _("give the two Dense layers that feed it the same number of units"),
        )
    return Inferred(tuple(mean))


register(LayerKind(
    name="Sampling",
    category="Generative",
    params=(
        ParamSpec("beta", "float", 1.0, "How much the KL term counts: 0 adds none (plain noise), larger "
                  "pulls the codes harder towards mean 0 and spread 1 (smoother code space, blurrier "
                  "pictures). The textbook VAE is 1 / (pixels per picture).", min=0.0, max=100.0),
    ),
    infer=_sampling,
    min_inputs=2,
    max_inputs=2,
    input_names=("mean", "log_var"),
    custom=True,
    summary=("beta",),
    teach="Draws a random point z = mean + exp(log_var / 2) * noise, with fresh standard normal noise "
          "each time; written this way the path from the loss back to mean and log_var stays "
          "differentiable, so the layers before it can learn. It also adds beta times the KL term to "
          "the loss: how far each example's cloud of codes, N(mean, exp(log_var)), is from a standard "
          "normal N(0, 1), summed over the code's numbers, plotted as its own curve 'kl'. That pull "
          "towards one round cloud leaves no holes between the training codes, so every point of the "
          "code space decodes to a sensible picture: this is what makes an autoencoder variational. "
          "The rebuilding loss is averaged over the pixels while the KL is summed over the code, so "
          "beta = 1 / (pixels per picture) weighs them as the textbook VAE does, and beta = 0 adds no KL.",
))


def _positional(params, shapes):
    (shape,) = shapes
    if len(shape) != 3:
        raise ShapeError(
            _("PositionalEncoding marks the position of each step, so it needs a sequence (steps, features) "
              "but receives {what}").format(what=describe(shape)),
            _("put it right after an Embedding layer"),
        )
    need_known_last("PositionalEncoding", shape)
    return Inferred(tuple(shape))


register(LayerKind(
    name="PositionalEncoding",
    category="Sequence",
    params=(
        ParamSpec("max_wavelength", "float", 10000.0, "The longest wave used to mark positions; "
                  "it should be much longer than the sequences.", min=1.0, max=1e9),
    ),
    infer=_positional,
    custom=True,
    summary=("max_wavelength",),
    teach="Attention by itself does not know the order of the steps. This layer adds a fixed "
          "pattern of sine and cosine waves to each step, so every position gets its own "
          "fingerprint. It has no weights.",
))
