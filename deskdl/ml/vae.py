"""Variational autoencoders: the latent node, the encoder and decoder cut from a trained model.

A VAE is drawn as one graph, encoder -> Dense(mean), Dense(log_var) ->
Sampling -> decoder, and trains with a plain ``fit`` (the Sampling layer adds
its KL term itself, :mod:`deskdl.ml.custom_layers`). Its **latent node** (the
Sampling node, the kind's ``algorithm.latent``) is a role of that graph: it
splits the model into

* the **encoder** ``x -> [mean, log_var]`` (the layers that feed Sampling), and
* the **decoder** ``z -> x̂`` (the layers after it, replayed on a new Input),

which share their layers, and so their weights, with the trained model
(:func:`split_vae`). Generation decodes codes drawn from N(0, I); the latent
explorer decodes any point of the code plane.

Keras is imported inside the functions (DESIGN.md §1).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from deskdl.core.errors import DeskdlError
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import N_, translator

_ = translator("ml.vae")

NO_LATENT_TEXT = N_("a variational autoencoder needs a latent node, a Sampling layer, and this model has "
                    "none, so nothing adds the KL term and there is no code to decode from")
NO_LATENT_FIX = N_("put a Sampling layer in the middle: encoder -> Dense(mean) and Dense(log_var) (the "
                   "same units, linear) -> Sampling -> decoder; or make the project a plain autoencoder")


class VaeError(DeskdlError):
    """A graph that cannot be a VAE (no latent node, a decoder that needs the input...)."""


def sampling_nodes(graph: ModelGraph) -> list[str]:
    """Ids of the graph's Sampling nodes, in the graph's order."""
    return [nid for nid, node in graph.nodes.items() if node.type == "Sampling"]


def find_latent(graph: ModelGraph | Mapping[str, Any], latent: str | None = None) -> str:
    """The id of the latent (Sampling) node; :class:`VaeError` with its fix when there is none to pick.

    ``latent`` is the kind's ``algorithm.latent`` (empty: the graph's only Sampling node).
    """
    if not isinstance(graph, ModelGraph):
        graph = ModelGraph.from_dict(graph)
    found = sampling_nodes(graph)
    if latent:
        if latent in found:
            return latent
        if latent in graph.nodes:
            kind = graph.nodes[latent].type
            raise VaeError(_("the latent node {node} is a {kind}, not a Sampling layer").format(
                               node=repr(latent), kind=kind),
                           _("set algorithm.latent to a Sampling node ({nodes})").format(
                               nodes=", ".join(found) or _("add one")),
                           node_id=latent)
        raise VaeError(_("the latent node {node} is not in the model").format(node=repr(latent)),
                       _("set algorithm.latent to a Sampling node's id ({nodes})").format(
                           nodes=", ".join(found) or _("add one")))
    if not found:
        raise VaeError(_(NO_LATENT_TEXT), _(NO_LATENT_FIX))
    if len(found) > 1:
        raise VaeError(_("the model has {n} Sampling layers ({nodes}), so deskdl cannot tell which one is "
                         "the code").format(n=len(found), nodes=", ".join(found)),
                       _("set algorithm.latent to the id of the one to decode from"))
    return found[0]


def code_node(graph: ModelGraph | Mapping[str, Any], latent: str | None = None) -> str:
    """The node whose output is the code: a VAE's Sampling node, else an autoencoder's narrowest layer.

    For a plain autoencoder the code is the layer with the fewest output numbers
    (the bottleneck) that the rest of the network can be decoded from; the last
    such layer wins a tie (Dense(2) -> Activation keeps the activation's output).
    """
    if not isinstance(graph, ModelGraph):
        graph = ModelGraph.from_dict(graph)
    if latent or sampling_nodes(graph):
        return find_latent(graph, latent)
    from deskdl.core.analysis import analyze

    analysis = analyze(graph)
    best: tuple[int, int] | None = None
    found = None
    for rank, nid in enumerate(analysis.order):
        info = analysis.nodes.get(nid)
        node = graph.nodes[nid]
        if node.type == "Input" or nid in analysis.outputs or info is None or info.shape is None:
            continue
        dims = info.shape[1:]
        if not dims or any(d is None for d in dims):
            continue
        size = int(np.prod(dims))
        try:
            if not decoder_nodes(graph, nid):
                continue
        except VaeError:
            continue
        if best is None or size <= best[0]:
            best, found = (size, rank), nid
    if found is None:
        raise VaeError(_("this model has no middle layer to decode from (a code that the rest of the "
                         "network rebuilds the input from)"),
                       _("draw an encoder that narrows to a small Dense layer (the code), then a decoder"))
    return found


def decoder_nodes(graph: ModelGraph, latent: str) -> list[str]:
    """The nodes downstream of ``latent``, in build order (the decoder's layers)."""
    from deskdl.core.analysis import analyze

    order = analyze(graph).order
    after: set[str] = {latent}
    out: list[str] = []
    for nid in order:
        node = graph.nodes[nid]
        if nid != latent and any(src in after for src in node.inputs):
            after.add(nid)
            out.append(nid)
    for nid in out:
        outside = [src for src in graph.nodes[nid].inputs if src not in after]
        if outside:
            raise VaeError(_("the decoder layer {node} also takes {other}, which comes before the code, so "
                             "the decoder cannot run on a code alone").format(node=repr(nid),
                                                                              other=repr(outside[0])),
                           _("feed the decoder only from the Sampling layer (remove links that skip over "
                             "it)"),
                           node_id=nid)
    return out


def start_problems(project: Any) -> list:
    """What Start would refuse in a VAE project, for the Problems list (pure: no TensorFlow).

    The latent node (a Sampling layer, or the one ``algorithm.latent`` names) must exist, and the
    decoder after it must run on a code alone; the VAE's settings must be usable.
    """
    from deskdl.core.analysis import ERROR, Diagnostic
    from deskdl.core.kinds import VAE

    algorithm = getattr(project, "algorithm", None) or {}
    out = [Diagnostic(None, ERROR, _("VAE settings: {problem}").format(problem=p),
                      _("change it in the Train tab's settings"))
           for p in VAE.check(algorithm)]
    latent = algorithm.get("latent") if isinstance(algorithm, Mapping) else None
    try:
        decoder_nodes(project.graph, find_latent(project.graph, latent or None))
    except VaeError as err:
        out.append(Diagnostic(err.node_id, ERROR, err.message, err.fix))
    return out


@dataclass
class VaeParts:
    """The encoder and decoder of a trained VAE, sharing its layers (and weights)."""

    encoder: Any  # keras.Model: x -> [mean, log_var] (a VAE) or x -> code (an autoencoder)
    decoder: Any  # keras.Model: z -> x_hat
    latent: str  # the latent node's id (a VAE's Sampling node, an autoencoder's code layer)
    latent_dim: int
    variational: bool = True

    def encode(self, x: np.ndarray, batch_size: int = 512) -> tuple[np.ndarray, np.ndarray | None]:
        """``(mean, log_var)`` of each input, ``(n, latent_dim)`` each; an autoencoder's code and None."""
        out = self.encoder.predict(np.asarray(x, np.float32), batch_size=batch_size, verbose=0)
        if not self.variational:
            return np.asarray(out, np.float32).reshape(len(x), -1), None
        mean, log_var = out
        return np.asarray(mean, np.float32), np.asarray(log_var, np.float32)

    def decode(self, z: np.ndarray, batch_size: int = 512) -> np.ndarray:
        """The decoded pictures of codes ``z`` (``(n, latent_dim)``)."""
        z = np.asarray(z, np.float32).reshape(-1, self.latent_dim)
        return np.asarray(self.decoder.predict(z, batch_size=batch_size, verbose=0), np.float32)

    def decode_now(self, z: np.ndarray) -> np.ndarray:
        """Like :meth:`decode` for a few codes, without ``predict``'s per-call set-up (the live explorer)."""
        z = np.asarray(z, np.float32).reshape(-1, self.latent_dim)
        return np.asarray(self.decoder(z, training=False), np.float32)


def split_vae(model: Any, graph: ModelGraph | Mapping[str, Any], latent: str | None = None) -> VaeParts:
    """Cut a trained VAE (built by :func:`deskdl.ml.build.build_model`) at its latent node.

    The encoder maps the model's input to the two inputs of the Sampling layer
    (mean and log_var); the decoder replays the layers after it on a new
    ``Input`` of the code's shape. Both reuse the trained layers, so they share
    the weights: training one changes the others.
    """
    import keras

    from deskdl.ml.build import BuildError

    if not isinstance(graph, ModelGraph):
        graph = ModelGraph.from_dict(graph)
    latent = code_node(graph, latent)
    node = graph.nodes[latent]
    variational = node.type == "Sampling"
    try:
        sampling_out = model.get_layer(latent).output
        if variational:
            outputs = [model.get_layer(node.inputs[0]).output, model.get_layer(node.inputs[1]).output]
        else:
            outputs = sampling_out
    except ValueError as err:
        raise VaeError(_("the trained model has no layer {node} or its inputs ({error})").format(
                           node=repr(latent), error=err),
                       _("train the model again after changing its graph"), node_id=latent) from None
    encoder = keras.Model(model.inputs, outputs, name="encoder")
    latent_dim = int(np.prod(sampling_out.shape[1:]))
    z_in = keras.Input(shape=tuple(sampling_out.shape[1:]), name="z")
    tensors: dict[str, Any] = {latent: z_in}
    out_ids = _output_ids(model, graph)
    for nid in decoder_nodes(graph, latent):
        gnode = graph.nodes[nid]
        layer = model.get_layer(nid)
        args = [tensors[src] for src in gnode.inputs]
        try:
            if gnode.type == "MultiHeadAttention":
                tensors[nid] = layer(args[0], args[1], key=args[2] if len(args) > 2 else None)
            elif gnode.kind.max_inputs == 1:
                tensors[nid] = layer(args[0])
            else:
                tensors[nid] = layer(args)
        except Exception as err:  # noqa: BLE001 - a layer that cannot be replayed: say which
            raise BuildError(_("the decoder could not be cut at {latent}: {node} failed ({error})").format(
                                 latent=repr(latent), node=nid, error=err),
                             _("feed the decoder only from the Sampling layer"), node_id=nid) from None
    outs = [tensors[o] for o in out_ids if o in tensors]
    if not outs:
        raise VaeError(_("nothing after the latent node {node} reaches the model's output, so there is "
                         "no decoder").format(node=repr(latent)),
                       _("connect the Sampling layer to the layers that rebuild the picture"),
                       node_id=latent)
    decoder = keras.Model(z_in, outs[0], name="decoder")
    return VaeParts(encoder=encoder, decoder=decoder, latent=latent, latent_dim=latent_dim,
                    variational=variational)


_PARTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def parts_of(model: Any, graph: ModelGraph | Mapping[str, Any], latent: str | None = None) -> VaeParts:
    """:func:`split_vae` once per trained model (kept while the model lives; Keras thread only)."""
    key = (latent or "",)
    cached = _PARTS.get(model)
    if cached is not None and cached[0] == key:
        return cached[1]
    parts = split_vae(model, graph, latent)
    _PARTS[model] = (key, parts)
    return parts


# ------------------------------------------------------------------ the latent explorer (Keras thread)
def explore_codes(model: Any, graph: Mapping[str, Any], data: Mapping[str, Any], latent: str | None = None,
                  limit: int = 2000) -> dict[str, Any]:
    """The test set encoded for the latent explorer: codes, labels, pictures (plain arrays).

    Returns ``mean`` ``(n, d)``, ``log_var`` (or None for an autoencoder), ``labels``,
    ``class_names``, ``images`` (the test inputs), ``latent``, ``latent_dim``,
    ``variational`` and ``levels`` (the data's value range, for showing decodes).
    """
    from deskdl.ml import datasets

    parts = parts_of(model, graph, latent)
    bundle = datasets.load_config(dict(data))
    x = np.asarray(bundle.x_test[:limit], np.float32)
    y = np.asarray(bundle.y_test[:limit])
    mean, log_var = parts.encode(x)
    lo, hi = float(np.min(bundle.x_train)), float(np.max(bundle.x_train))
    return {"mean": mean, "log_var": log_var, "labels": y.astype(np.int64) if y.ndim == 1 else None,
            "class_names": list(bundle.class_names), "images": x, "latent": parts.latent,
            "latent_dim": parts.latent_dim, "variational": parts.variational, "levels": (lo, hi)}


def decode_codes(model: Any, graph: Mapping[str, Any], z: np.ndarray,
                 latent: str | None = None) -> np.ndarray:
    """Decoded pictures of codes ``z`` (``(n, latent_dim)``), as float32 ``(n, *picture shape)``."""
    parts = parts_of(model, graph, latent)
    z = np.asarray(z, np.float32).reshape(-1, parts.latent_dim)
    return parts.decode_now(z) if len(z) <= 256 else parts.decode(z)


def _output_ids(model: Any, graph: ModelGraph) -> list[str]:
    from deskdl.core.analysis import analyze

    return list(analyze(graph).outputs)


def prior_codes(n: int, latent_dim: int, seed: int = 0) -> np.ndarray:
    """``n`` codes drawn from N(0, I) with a fixed seed (the same noise every time)."""
    return np.random.default_rng(seed).standard_normal((n, latent_dim)).astype(np.float32)


def tile(images: np.ndarray, cols: int | None = None, pad: int = 1) -> np.ndarray:
    """Pictures ``(n, h, w[, c])`` laid out in a grid, ``(rows*(h+pad)-pad, cols*(w+pad)-pad[, c])``.

    Grey pictures (one channel) come out 2-D; the gaps are the lowest value shown (0).
    """
    images = np.asarray(images, np.float32)
    if images.ndim == 4 and images.shape[-1] == 1:
        images = images[..., 0]
    n = len(images)
    cols = cols or max(int(np.ceil(np.sqrt(n))), 1)
    rows = max(int(np.ceil(n / cols)), 1)
    h, w = images.shape[1:3]
    shape = (rows * (h + pad) - pad, cols * (w + pad) - pad, *images.shape[3:])
    out = np.zeros(shape, np.float32)
    for i, img in enumerate(images):
        r, c = divmod(i, cols)
        out[r * (h + pad): r * (h + pad) + h, c * (w + pad): c * (w + pad) + w] = img
    return out


def plane_grid(n: int, extent: float = 2.5) -> np.ndarray:
    """``n x n`` points on the square [-extent, extent]², row by row from the top (high y) to the bottom."""
    xs = np.linspace(-extent, extent, n, dtype=np.float32)
    ys = xs[::-1]
    return np.array([(x, y) for y in ys for x in xs], np.float32)


def codes_on_plane(points: np.ndarray, dims: tuple[int, int], base: np.ndarray) -> np.ndarray:
    """Full codes for points of the plane of latent ``dims``; the other numbers come from ``base``."""
    points = np.asarray(points, np.float32).reshape(-1, 2)
    z = np.repeat(np.asarray(base, np.float32).reshape(1, -1), len(points), axis=0)
    z[:, dims[0]] = points[:, 0]
    z[:, dims[1]] = points[:, 1]
    return z


def walk(z_from: np.ndarray, z_to: np.ndarray, steps: int) -> np.ndarray:
    """``steps`` codes on the straight line from ``z_from`` to ``z_to`` (both ends included)."""
    t = np.linspace(0.0, 1.0, steps, dtype=np.float32)[:, None]
    return (1.0 - t) * np.asarray(z_from, np.float32)[None] + t * np.asarray(z_to, np.float32)[None]


__all__ = ["NO_LATENT_FIX", "NO_LATENT_TEXT", "VaeError", "VaeParts", "code_node", "codes_on_plane",
           "decode_codes", "decoder_nodes", "explore_codes", "find_latent", "parts_of", "plane_grid",
           "prior_codes", "sampling_nodes", "split_vae", "start_problems", "tile", "walk"]
