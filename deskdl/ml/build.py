"""Graph -> ``keras.Model`` with the functional API: the only place the graph meets Keras.

The graph is analysed first (:func:`deskdl.core.analysis.analyze`); a graph with
errors is refused with a :class:`BuildError` that carries the diagnostics, so
the learner sees the same teaching message as in the editor. Anything Keras
still rejects is caught per layer and reported with the node's id and type.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from deskdl.core import catalog
from deskdl.core.analysis import Diagnostic, analyze
from deskdl.core.errors import DeskdlError
from deskdl.core.graph import ModelGraph, Node, keras_name
from deskdl.core.i18n import translator

_ = translator("ml.build")


class BuildError(DeskdlError):
    """A graph that cannot become a Keras model; ``diagnostics`` lists every error found."""

    kind = "build"

    def __init__(self, message: str, fix: str = "", *, node_id: str | None = None,
                 diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message, fix, node_id=node_id)
        self.diagnostics = list(diagnostics)


@dataclass(frozen=True)
class Wrapped:
    """A layer passed to a wrapper (Bidirectional, TimeDistributed), as plain data.

    ``repr`` is the Python that builds it, ready for the code exporter.
    """

    type: str
    kwargs: Mapping[str, Any]

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.kwargs.items())
        return f"keras.layers.{self.type}({args})"


#: Factors Keras's ``keras.regularizers.l1_l2()`` uses; the string "l1_l2" is not a Keras identifier.
_L1_L2 = {"class_name": "L1L2", "config": {"l1": 0.01, "l2": 0.01}}


def layer_kwargs(node: Node | str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Constructor arguments for the node's Keras layer, as plain Python values.

    Pass a :class:`Node`, or a layer type and its params. Every catalog parameter
    appears (defaults filled in); lists become tuples, the regularizer shorthand
    ``"l1_l2"`` becomes its config dict, and a wrapped layer becomes a
    :class:`Wrapped`. No Keras objects: the code exporter prints these with ``repr``.
    """
    if isinstance(node, Node):
        type_name, params = node.type, node.params
    else:
        type_name = node
    kind = catalog.get(type_name)
    full = kind.resolve(params)
    out: dict[str, Any] = {}
    for spec in kind.params:
        value = full[spec.name]
        if spec.kind == "layer":
            value = Wrapped(value["type"], layer_kwargs(value["type"], value.get("params") or {}))
        elif spec.kind == "regularizer" and value == "l1_l2":
            value = {"class_name": "L1L2", "config": dict(_L1_L2["config"])}
        elif spec.kind == "regularizer" and isinstance(value, Mapping):
            value = {"class_name": value["class_name"], "config": dict(value.get("config") or {})}
        elif isinstance(value, list):  # per-side pairs too: ((top, bottom), (left, right))
            value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        out[spec.name] = value
    return out


def make_layer(type_name: str, kwargs: Mapping[str, Any], name: str | None = None):
    """The Keras layer for ``type_name`` from :func:`layer_kwargs` output."""
    import keras

    from deskdl.ml.custom_layers import custom_objects

    real: dict[str, Any] = {}
    specs = catalog.get(type_name).param_map
    for key, value in kwargs.items():
        spec = specs.get(key)
        if isinstance(value, Wrapped):
            value = make_layer(value.type, value.kwargs)
        elif spec is not None and spec.kind == "regularizer" and value is not None:
            value = keras.regularizers.get(dict(value) if isinstance(value, Mapping) else value)
        real[key] = value
    if name is not None:
        real["name"] = name
    cls = custom_objects()[type_name] if catalog.get(type_name).custom else getattr(keras.layers, type_name)
    return cls(**real)


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def keras_message(err: BaseException, limit: int = 300) -> str:
    """Keras's error text without colour codes, tracebacks hints or call arguments, shortened."""
    text = _ANSI.sub("", str(err)).strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith(("Exception encountered", "Arguments received"))]
    lines = [ln for ln in lines if not ln.startswith("•")]
    short = " ".join(lines) or type(err).__name__
    return short if len(short) <= limit else short[: limit - 1].rstrip() + "…"


def _keras_failed(node: Node, err: BaseException) -> BuildError:
    return BuildError(
        _("Keras could not build {node} ({type}): {error}").format(node=node.id, type=node.type,
                                                                    error=keras_message(err)),
        _("check this layer's settings and the shape of what feeds it"),
        node_id=node.id,
    )


def build_model(graph: ModelGraph, name: str = "model"):
    """Build ``graph`` as a ``keras.Model`` whose layers are named by node id.

    Raises :class:`BuildError` when analysis finds errors (``diagnostics`` lists
    them all; the message is the first) or when Keras rejects a layer.
    """
    analysis = analyze(graph)
    if not analysis.ok:
        errors = analysis.errors
        first = errors[0]
        message = first.message
        if len(errors) == 2:
            message = _("{problem} (and 1 more problem)").format(problem=first.message)
        elif len(errors) > 2:
            message = _("{problem} (and {n} more problems)").format(problem=first.message, n=len(errors) - 1)
        raise BuildError(message, first.fix, node_id=first.node_id, diagnostics=errors)

    import keras

    tensors: dict[str, Any] = {}
    needed = _feeding(graph, analysis.outputs)
    for nid in analysis.order:
        if nid not in needed:
            continue
        node = graph.nodes[nid]
        try:
            if node.type == "Input":
                tensors[nid] = keras.Input(shape=tuple(node.params["shape"]), name=nid)
                continue
            kwargs = layer_kwargs(node)
            if node.type == "PretrainedBase":  # never downloads: random weights if none are cached
                from deskdl.ml.pretrained import offline_kwargs

                side = analysis.nodes[node.inputs[0]].shape[1]
                kwargs = offline_kwargs(kwargs, side)
            layer = make_layer(node.type, kwargs, name=nid)
            args = [tensors[src] for src in node.inputs]
            if node.type == "MultiHeadAttention":
                out = layer(args[0], args[1], key=args[2] if len(args) > 2 else None)
            elif node.kind.max_inputs == 1:
                out = layer(args[0])
            else:
                out = layer(args)
        except DeskdlError:
            raise
        except Exception as err:  # noqa: BLE001 - every Keras failure becomes a teaching error
            raise _keras_failed(node, err) from err
        tensors[nid] = out

    inputs = [tensors[i] for i in graph.inputs() if i in tensors]
    outputs = [tensors[o] for o in analysis.outputs]
    try:
        return keras.Model(
            inputs[0] if len(inputs) == 1 else inputs,
            outputs[0] if len(outputs) == 1 else outputs,
            name=keras_name(name),  # a learner's project name may hold any letters; TensorFlow's may not
        )
    except Exception as err:  # noqa: BLE001
        raise BuildError(_("Keras could not assemble the model: {error}").format(error=keras_message(err)),
                         _("check that every output is connected to an Input")) from err


def _feeding(graph: ModelGraph, outputs: Sequence[str]) -> set[str]:
    """Nodes whose values reach an output (an unlinked Input is left out of the model)."""
    seen: set[str] = set()
    stack = list(outputs)
    while stack:
        nid = stack.pop()
        if nid in seen:
            continue
        seen.add(nid)
        stack.extend(graph.nodes[nid].inputs)
    return seen
