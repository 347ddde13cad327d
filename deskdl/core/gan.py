"""What a GAN needs that is not Keras: its checks, its variety measure and its texts.

A generative adversarial network has two graphs (roles, :data:`ROLES`): the
**generator** turns a noise vector into a sample; the **discriminator** reads a
sample (real, from the data set, or fake, from the generator) and gives one
number: how sure it is that the sample is real. :func:`gan_problems` checks
that the two fit each other and the data before a run (the Problems list and
the trainer use the same function), in plain words with one fix each.

:func:`variety` measures mode collapse: the mean distance between pairs of
generated samples, divided by the same for real samples. A healthy generator
scores near 1; a collapsed one, whose samples all look alike, far below.

Pure Python and NumPy: no Qt, no Keras.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from deskdl.core.analysis import ERROR, WARNING, Diagnostic, analyze
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import N_, translator

_ = translator("core.gan")

GENERATOR = "generator"
DISCRIMINATOR = "discriminator"
ROLES = (GENERATOR, DISCRIMINATOR)
#: Shown translated: ``tr("core.gan", ROLE_TITLES[role])``.
ROLE_TITLES = {GENERATOR: N_("Generator"), DISCRIMINATOR: N_("Discriminator")}
ROLE_HELP = {
    GENERATOR: N_("turns a noise vector (its Input) into a sample shaped like the data"),
    DISCRIMINATOR: N_("reads a sample and gives 1 number: real (1) or fake (0)"),
}

#: The discriminator's output activations the trainer understands: a probability, or a logit.
D_ACTIVATIONS = ("sigmoid", "linear")
#: Variety (see :func:`variety`) below this after the first epoch counts as mode collapse.
COLLAPSE_VARIETY = 0.35

MODE_COLLAPSE_TEXT = N_(
    "Mode collapse: the samples have lost their variety (they differ {ratio:.0%} as much as real samples "
    "do, down from {best:.0%})."
)
#: Shown where the collapse is said, in the app's language: :func:`collapse_why`.
MODE_COLLAPSE_WHY = N_(
    "The generator found a few outputs that fool the discriminator and makes only those, whatever the "
    "noise says. The discriminator will learn to reject them and the generator then jumps to another few, "
    "round and round. Try a smaller learning rate for the generator, more discriminator steps per round "
    "(algorithm.d_steps), label smoothing, or a larger noise vector."
)
NOT_YET_TEXT = N_(
    "The samples still look alike (they differ {ratio:.0%} as much as real samples do): early on a generator "
    "makes much the same picture for any noise. Variety should grow as it learns; if it stays this low, that "
    "is mode collapse."
)
HEALTHY_TEXT = N_("Variety: the samples differ {ratio:.0%} as much as real samples do "
                  "(100% is like the data).")


def _shape_text(shape: Sequence[int | None] | None) -> str:
    if shape is None:
        return _("(unknown)")
    inner = ", ".join("?" if s is None else str(s) for s in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"


def _last_activation(graph: ModelGraph, nid: str) -> str | None:
    node = graph.nodes[nid]
    if node.type == "Activation":
        return node.params.get("activation", "linear")
    if "activation" in node.kind.param_map:
        return node.kind.resolve(node.params).get("activation")
    return None


def _sample_shape(analysis: Any, nid: str) -> tuple[int, ...] | None:
    """A node's output shape without the batch axis (None when unknown)."""
    info = analysis.nodes.get(nid)
    if info is None or info.shape is None:
        return None
    shape = tuple(info.shape[1:])
    return None if any(s is None for s in shape) else shape


def _graph_of(graphs: Mapping[str, Any], role: str) -> ModelGraph | None:
    g = graphs.get(role)
    if g is None:
        return None
    if isinstance(g, ModelGraph):
        return g
    return ModelGraph.from_dict(g)


def noise_size(generator: ModelGraph) -> int | None:
    """The length of the generator's noise vector (its one Input's size); None without a usable Input."""
    inputs = generator.inputs()
    if len(inputs) != 1:
        return None
    shape = tuple(generator.nodes[inputs[0]].params.get("shape") or ())
    return int(shape[0]) if len(shape) == 1 and shape[0] else None


def gan_problems(graphs: Mapping[str, Any], data_shape: Sequence[int] | None) -> list[Diagnostic]:
    """Why a GAN's two graphs cannot train on data of ``data_shape`` (empty when they can).

    ``graphs`` maps role to :class:`ModelGraph` (or its dict). A graph's own
    errors (a missing Input, a layer that does not fit) are its analysis's and
    are not repeated here; these are the errors between the graphs and the data.
    Warnings: a discriminator output that is neither sigmoid nor linear.
    """
    out: list[Diagnostic] = []
    missing = [r for r in ROLES if _graph_of(graphs, r) is None or not _graph_of(graphs, r).nodes]
    for role in missing:
        if role == GENERATOR:
            message = _("the GAN has no generator: it needs a generator and a discriminator")
        else:
            message = _("the GAN has no discriminator: it needs a discriminator and a generator")
        out.append(
            Diagnostic(
                None,
                ERROR,
                message,
                _("switch the Build tab to {title} and draw one that {help}, or start from a GAN "
                  "template").format(title=_(ROLE_TITLES[role]), help=_(ROLE_HELP[role])),
            )
        )
    if missing:
        return out
    g, d = _graph_of(graphs, GENERATOR), _graph_of(graphs, DISCRIMINATOR)
    ga, da = analyze(g), analyze(d)
    data_text = _shape_text(data_shape) if data_shape is not None else None

    g_inputs = g.inputs()
    if len(g_inputs) != 1:
        out.append(
            Diagnostic(
                None,
                ERROR,
                _("the generator has {n} Inputs, but it takes one: the noise vector").format(n=len(g_inputs)),
                _("keep exactly one Input in the generator, shaped (noise size,), for example (32,)"),
            )
        )
    elif noise_size(g) is None:
        shape = _shape_text(g.nodes[g_inputs[0]].params.get("shape"))
        out.append(
            Diagnostic(
                g_inputs[0],
                ERROR,
                _("the generator's Input {id} has shape {shape}, but its noise must be a flat vector").format(
                    id=g_inputs[0], shape=shape),
                _("set its shape to one number, for example (32,)"),
            )
        )
    if len(ga.outputs) != 1:
        out.append(
            Diagnostic(
                None,
                ERROR,
                _("the generator has {n} outputs, but it must make one sample").format(n=len(ga.outputs)),
                _("link every branch into one last layer"),
            )
        )
    if len(da.outputs) != 1:
        out.append(
            Diagnostic(
                None,
                ERROR,
                _("the discriminator has {n} outputs, but it must give one verdict").format(
                    n=len(da.outputs)),
                _("link every branch into one last Dense layer with 1 unit"),
            )
        )
    if len(d.inputs()) != 1:
        out.append(
            Diagnostic(
                None,
                ERROR,
                _("the discriminator has {n} Inputs, but it reads one sample").format(n=len(d.inputs())),
                _("keep exactly one Input, shaped like the data"),
            )
        )
    if out:
        return out

    g_out = ga.outputs[0]
    g_shape = _sample_shape(ga, g_out)
    d_in = d.inputs()[0]
    d_in_shape = tuple(d.nodes[d_in].params.get("shape") or ())
    if g_shape is not None and data_shape is not None and tuple(g_shape) != tuple(data_shape):
        if int(np.prod(g_shape)) == int(np.prod(data_shape)):
            fix = _("add a Reshape to {shape} at the end of the generator").format(shape=data_text)
        elif len(g_shape) == 1 and len(data_shape) > 1:
            fix = _("give {id} {n} units and add a Reshape to {shape} after it").format(
                id=g_out, n=int(np.prod(data_shape)), shape=data_text)
        elif len(g_shape) == 1:
            fix = _("give {id} {n} units").format(id=g_out, n=int(np.prod(data_shape)))
        else:
            fix = _("change the generator's last layers so it ends in shape {shape}").format(shape=data_text)
        out.append(
            Diagnostic(
                g_out,
                ERROR,
                _("the generator makes samples of shape {shape}, but the data's samples have shape "
                  "{data}").format(shape=_shape_text(g_shape), data=data_text),
                fix,
            )
        )
    if data_shape is not None and d_in_shape != tuple(data_shape):
        out.append(
            Diagnostic(
                d_in,
                ERROR,
                _("the discriminator's Input {id} takes shape {shape}, but it must read samples shaped like "
                  "the data, {data}").format(id=d_in, shape=_shape_text(d_in_shape), data=data_text),
                _("set the shape of {id} to {shape}").format(id=d_in, shape=data_text),
            )
        )
    elif data_shape is None and g_shape is not None and d_in_shape != tuple(g_shape):
        out.append(
            Diagnostic(
                d_in,
                ERROR,
                _("the discriminator's Input {id} takes shape {shape}, but the generator makes samples of "
                  "shape {made}").format(id=d_in, shape=_shape_text(d_in_shape), made=_shape_text(g_shape)),
                _("set the shape of {id} to {shape}").format(id=d_in, shape=_shape_text(g_shape)),
            )
        )
    d_out = da.outputs[0]
    d_shape = _sample_shape(da, d_out)
    if d_shape is not None and tuple(d_shape) != (1,):
        out.append(
            Diagnostic(
                d_out,
                ERROR,
                _("the discriminator ends in shape {shape}, but it must give 1 number per sample (how real "
                  "it looks)").format(shape=_shape_text(d_shape)),
                _("end it with a Dense layer of 1 unit (sigmoid) after {id}").format(id=d_out)
                if len(d_shape) == 1 and d.nodes[d_out].type != "Dense"
                else _("end it with Flatten and a Dense layer of 1 unit (sigmoid)")
                if len(d_shape) > 1
                else _("set {id}'s units to 1 (activation sigmoid)").format(id=d_out),
            )
        )
    act = _last_activation(d, d_out)
    if act is not None and act not in D_ACTIVATIONS:
        out.append(
            Diagnostic(
                d_out,
                WARNING,
                _("the discriminator's last activation is {act}, but its output is read as a probability "
                  "(sigmoid) or a logit (linear)").format(act=act),
                _("set {id}'s activation to sigmoid").format(id=d_out),
            )
        )
    return out


def discriminator_logits(discriminator: ModelGraph | Mapping[str, Any]) -> bool:
    """Whether the discriminator's output is a logit (linear) rather than a probability (sigmoid)."""
    d = discriminator if isinstance(discriminator, ModelGraph) else ModelGraph.from_dict(discriminator)
    outs = analyze(d).outputs
    return bool(outs) and _last_activation(d, outs[0]) in (None, "linear")


def mean_pairwise_distance(samples: np.ndarray) -> float:
    """Mean Euclidean distance between every two different samples (each flattened)."""
    x = np.asarray(samples, np.float64).reshape(len(samples), -1)
    n = len(x)
    if n < 2:
        return 0.0
    sq = np.sum(x * x, axis=1)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2.0 * x @ x.T, 0.0)
    return float(np.sqrt(d2)[np.triu_indices(n, 1)].mean())


def variety(samples: np.ndarray, real: np.ndarray) -> float:
    """How varied generated samples are, relative to real ones: 1 like the data, near 0 all alike."""
    ref = mean_pairwise_distance(real)
    return mean_pairwise_distance(samples) / ref if ref > 0 else 0.0


def collapsed(value: float, best: float | None = None) -> bool:
    """Whether a :func:`variety` value means mode collapse.

    Low, and (given ``best``, the highest variety of the run so far) fallen from a variety at
    least twice as high: the samples *lost* their variety, rather than never had it yet.
    """
    if not np.isfinite(value) or value >= COLLAPSE_VARIETY:
        return False
    return best is None or (np.isfinite(best) and best >= max(2 * value, COLLAPSE_VARIETY))


def variety_text(value: float, best: float | None = None) -> str:
    """What a :func:`variety` value means, for the learner (``best``: the run's highest so far)."""
    if collapsed(value, best):
        return _(MODE_COLLAPSE_TEXT).format(ratio=value, best=value if best is None else best)
    if np.isfinite(value) and value < COLLAPSE_VARIETY:
        return _(NOT_YET_TEXT).format(ratio=value)
    return _(HEALTHY_TEXT).format(ratio=value)


def collapse_why() -> str:
    """Why a generator collapses and what to try (:data:`MODE_COLLAPSE_WHY`), in the app's language."""
    return _(MODE_COLLAPSE_WHY)


def modes_covered(points: np.ndarray, centres: np.ndarray, radius: float, share: float = 0.25) -> list[bool]:
    """Which modes (``centres``) the generated ``points`` cover.

    A mode counts as covered when at least ``share`` of its fair share of the
    points (``len(points) / len(centres)``) lies within ``radius`` of its centre.
    """
    pts = np.asarray(points, np.float64).reshape(-1, 2)
    c = np.asarray(centres, np.float64)
    dist = np.linalg.norm(pts[:, None, :] - c[None, :, :], axis=-1)
    near = dist.min(axis=1) <= radius
    nearest = dist.argmin(axis=1)
    counts = np.bincount(nearest[near], minlength=len(c))
    need = share * len(pts) / len(c)
    return [bool(k >= need) for k in counts]


__all__ = [
    "COLLAPSE_VARIETY",
    "DISCRIMINATOR",
    "D_ACTIVATIONS",
    "GENERATOR",
    "ROLES",
    "ROLE_HELP",
    "ROLE_TITLES",
    "collapse_why",
    "collapsed",
    "discriminator_logits",
    "gan_problems",
    "mean_pairwise_distance",
    "modes_covered",
    "noise_size",
    "variety",
    "variety_text",
]
