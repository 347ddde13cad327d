"""Data against model against training settings: teaching diagnostics before any training starts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from deskdl.core.analysis import ERROR, WARNING, Analysis, Diagnostic, analyze
from deskdl.core.catalog import FixAction
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import translator
from deskdl.core.shapes_text import shape_text
from deskdl.ml.datasets.base import DataBundle
from deskdl.ml.datasets.targets import RECONSTRUCTION, with_target

_ = translator("ml.datasets.checks")

_CROSSENTROPY = ("sparse_categorical_crossentropy", "categorical_crossentropy", "binary_crossentropy")
_REG_LOSSES = ("mean_squared_error", "mean_absolute_error", "huber")


def _fmt_shape(shape: Sequence[int | None]) -> str:
    """One example's shape in deskdl's one notation (:func:`deskdl.core.shapes_text.shape_text`)."""
    return shape_text(shape)


def _out_activation(graph: ModelGraph, nid: str) -> str | None:
    node = graph.nodes.get(nid)
    if node is None:
        return None
    if node.type == "Softmax":
        return "softmax"
    act = node.params.get("activation")
    return act if isinstance(act, str) else None


#: Layers that only move values to other places: an output made by one of them shows the values of
#: the layer before it, so that layer's activation is the output's (Dense(sigmoid) -> Reshape).
_MOVES_VALUES = ("Reshape", "Flatten", "Permute")


def _values_node(graph: ModelGraph, nid: str) -> str:
    """``nid``, or through Reshape, Flatten and Permute, the layer whose values it gives out."""
    seen = set()
    node = graph.nodes.get(nid)
    while node is not None and node.type in _MOVES_VALUES and len(node.inputs) == 1 and node.id not in seen:
        seen.add(node.id)
        nid, node = node.inputs[0], graph.nodes.get(node.inputs[0])
    return nid


def _the_output(node_id: str) -> str:
    """``the output dense_3``, or ``the output layer`` when the id is "output" (:func:`named`, translated)."""
    if node_id.lower() == "output":
        return _("the output layer")
    return _("the output {id}").format(id=node_id)


def _use(activation: str, node_id: str) -> FixAction:
    return FixAction(_("Use {name}").format(name=activation), "set_param", node_id,
                     params={"activation": activation})


def _loss(loss: str) -> FixAction:
    """A Fix that changes the training settings' loss (``set_training``: applied by the Problems list)."""
    return FixAction(_("Use {name}").format(name=loss), "set_training", params={"loss": loss})


def _mae_not_accuracy(training: Mapping[str, Any]) -> FixAction:
    metrics = [m for m in (training.get("metrics") or []) if m != "accuracy"]
    return FixAction(_("Watch mae instead of accuracy"), "set_training",
                     params={"metrics": metrics if "mae" in metrics else [*metrics, "mae"]})


def check_fit(model: ModelGraph | Analysis, bundle: DataBundle,
              training: Mapping[str, Any], target: str = "labels") -> list[Diagnostic]:
    """Problems between data, model and training settings, each with one concrete fix.

    Pass the :class:`ModelGraph` for the fullest check (output activations are
    read from it), or just an :class:`Analysis` (shapes only). Errors mean the
    run would crash or learn nonsense; warnings mean it runs but is unwise.
    ``target="inputs"``: the model must rebuild its input (an autoencoder).
    """
    bundle = with_target(bundle, target)
    graph = model if isinstance(model, ModelGraph) else None
    analysis = analyze(graph) if graph is not None else model
    out: list[Diagnostic] = []
    loss = training.get("loss", "sparse_categorical_crossentropy")
    task, k = bundle.task, bundle.n_classes
    data_shape = tuple(bundle.input_shape)

    # -- the input
    if graph is not None:
        inputs = graph.inputs()
        if len(inputs) != 1:
            out.append(Diagnostic(None, ERROR,
                                  _("the model has {n} Input layers, but the data set gives one input per "
                                    "example").format(n=len(inputs)), _("keep exactly one Input layer")))
        else:
            nid = inputs[0]
            want = tuple(graph.nodes[nid].params.get("shape") or ())
            mismatch = any(w is not None and w != d for w, d in zip(want, data_shape))
            if len(want) != len(data_shape) or mismatch:
                if len(data_shape) == 3:
                    gives = _("the data gives {shape} images but the Input expects {want}")
                elif bundle.kind == "sequence":
                    gives = _("the data gives {shape} sequences but the Input expects {want}")
                else:
                    gives = _("the data gives {shape} vectors but the Input expects {want}")
                shape = _fmt_shape(data_shape)
                out.append(Diagnostic(
                    nid, ERROR, gives.format(shape=shape, want=_fmt_shape(want)),
                    _("set the Input shape to {shape}").format(shape=shape),
                    FixAction(_("Set the Input shape to {shape}").format(shape=shape), "set_param", nid,
                              params={"shape": list(data_shape)}), "shape"))
    if graph is not None and bundle.kind == "sequence":
        out.extend(_check_embedding_rows(graph, bundle))
    if graph is not None:
        out.extend(_check_flips(graph, bundle))
    # -- the output
    outputs = analysis.outputs
    if len(outputs) != 1:
        if outputs:
            out.append(Diagnostic(None, ERROR, _("the model has {n} outputs, but the data set has one target "
                                                 "per example").format(n=len(outputs)),
                                  _("keep a single output layer")))
        return out
    oid = outputs[0]
    info = analysis.nodes.get(oid)
    oshape = info.shape if info is not None else None
    units = oshape[-1] if oshape else None
    act = _out_activation(graph, oid) if graph is not None else None
    if task == RECONSTRUCTION:
        aid = _values_node(graph, oid) if graph is not None else oid  # the sigmoid may sit before a Reshape
        act = _out_activation(graph, aid) if graph is not None else None
        out.extend(_check_reconstruction(oid, oshape, act, data_shape, loss, training, aid))
        return out + _check_batch_size(bundle, training)
    steps = bundle.y_train.shape[1] if task == "classification" and bundle.y_train.ndim == 2 else None
    if steps is not None and oshape is not None and len(oshape) == 3:  # one answer per step (issue 13)
        if oshape[1] not in (None, steps):
            msg = _("the data wants an answer at each of {steps} steps but {output} gives {n}").format(
                steps=steps, output=_the_output(oid), n=oshape[1])
            fix = _("keep the sequence's {steps} steps up to the output (no pooling)").format(steps=steps)
            out.append(Diagnostic(oid, ERROR, msg, fix))
            return out
        oshape = (oshape[0], oshape[2])
    elif oshape is not None and len(oshape) > 2:
        still = (_("{output} still has shape {shape} per example, but the data wants one answer per example")
                 if task == "classification" else
                 _("{output} still has shape {shape} per example, but the data wants one number per example"))
        out.append(Diagnostic(oid, ERROR, still.format(output=_the_output(oid), shape=_fmt_shape(oshape[1:])),
                              _("insert a Flatten (or GlobalAveragePooling) before the last Dense layer")))
        return out
    if task == "classification":
        if loss in _REG_LOSSES:
            msg = _("the data has {k} classes but the loss {loss} is meant for predicting numbers").format(
                k=k, loss=loss)
            fix = _("use sparse_categorical_crossentropy (or binary_crossentropy for 2 classes)")
            out.append(Diagnostic(None, WARNING, msg, fix, _loss("sparse_categorical_crossentropy")))
        if loss == "binary_crossentropy":
            if k > 2:
                msg = _("binary_crossentropy is for two classes, but the data has {k}").format(k=k)
                fix = _("use sparse_categorical_crossentropy with a softmax output of {k} units").format(k=k)
                out.append(Diagnostic(None, ERROR, msg, fix, _loss("sparse_categorical_crossentropy")))
            elif units is not None and units != 1:
                msg = _("with binary_crossentropy the output gives the probability of class 1 as one number, "
                        "but {id} has {units} units").format(id=oid, units=units)
                out.append(Diagnostic(oid, ERROR, msg, _("set units to 1 with a sigmoid activation"),
                                      FixAction(_("Set units to 1, sigmoid"), "set_param", oid,
                                                params={"units": 1, "activation": "sigmoid"}), "units"))
            if act == "softmax" and k <= 2 and units in (1, None):  # 10 classes: the loss is what is wrong
                out.append(Diagnostic(oid, ERROR, _("softmax over a single output is always 1, so with "
                                                    "binary_crossentropy the network cannot learn"),
                                      _("use a sigmoid activation on the output"),
                                      _use("sigmoid", oid),
                                      "activation"))
            elif act in ("linear", "relu"):
                msg = _("binary_crossentropy expects a probability, but {id} uses the {act} "
                        "activation").format(id=oid, act=act)
                out.append(Diagnostic(oid, WARNING, msg, _("use a sigmoid activation on the output"),
                                      _use("sigmoid", oid), "activation"))
        elif loss in ("sparse_categorical_crossentropy", "categorical_crossentropy"):
            if units is not None and units != k:
                has = (_("the data has {k} classes but {output} has 1 unit") if units == 1 else
                       _("the data has {k} classes but {output} has {units} units"))
                out.append(Diagnostic(oid, ERROR, has.format(k=k, output=_the_output(oid), units=units),
                                      _("set units to {k}, one per class").format(k=k),
                                      FixAction(_("Set units to {k}").format(k=k), "set_param", oid,
                                                params={"units": k}),
                                      "units"))
            if act is not None and act != "softmax":
                sev = ERROR if act == "sigmoid" and units == 1 else WARNING
                msg = _("{loss} expects class probabilities that add up to 1, but {id} uses the {act} "
                        "activation").format(loss=loss, id=oid, act=act)
                out.append(Diagnostic(oid, sev, msg, _("use a softmax activation on the output"),
                                      _use("softmax", oid), "activation"))
    else:
        if loss in _CROSSENTROPY:
            msg = _("the data asks for a number (regression), but {loss} is for choosing between "
                    "classes").format(loss=loss)
            out.append(Diagnostic(None, ERROR, msg, _("use mean_squared_error as the loss"),
                                  _loss("mean_squared_error")))
        if units is not None and units != bundle.target_size:
            n = bundle.target_size
            msg = _("the data has {n} number(s) to predict per example but {output} has {units} "
                    "units").format(n=n, output=_the_output(oid), units=units)
            out.append(Diagnostic(oid, ERROR, msg, _("set units to {n}").format(n=n),
                                  FixAction(_("Set units to {k}").format(k=n), "set_param", oid,
                                            params={"units": n}), "units"))
        if act in ("softmax", "sigmoid"):
            y = bundle.y_train
            runs = (_("the targets run from {low} to {high}, but softmax over one output is always 1")
                    if act == "softmax" else
                    _("the targets run from {low} to {high}, but sigmoid only gives values between 0 and 1"))
            if act == "softmax" or float(np.min(y)) < 0 or float(np.max(y)) > 1:
                out.append(Diagnostic(oid, ERROR, runs.format(low=f"{float(np.min(y)):.3g}",
                                                              high=f"{float(np.max(y)):.3g}"),
                                      _("use a linear activation on the output"),
                                      _use("linear", oid),
                                      "activation"))
        if "accuracy" in (training.get("metrics") or []):
            out.append(Diagnostic(None, WARNING, _("accuracy counts exact hits, which means nothing when "
                                                   "predicting numbers"), _("watch mae instead of accuracy"),
                                  _mae_not_accuracy(training)))
    return out + _check_batch_size(bundle, training)

def _check_embedding_rows(graph: ModelGraph, bundle: DataBundle) -> list[Diagnostic]:
    """An Embedding reading the word numbers needs a row for the largest one, or training crashes."""
    top = max((int(np.max(x)) for x in (bundle.x_train, bundle.x_test) if np.size(x)), default=0)
    out = []
    for nid in graph.inputs():
        for node in graph.nodes.values():
            dim = node.params.get("input_dim")
            if node.type != "Embedding" or nid not in node.inputs or not isinstance(dim, int) or dim > top:
                continue
            msg = (_("the word numbers in the data go up to {top}, but the Embedding layer only has rows "
                     "for 0 to {last} (input_dim {dim})") if node.id.lower() == "embedding" else
                   _("the word numbers in the data go up to {top}, but the Embedding {id} only has rows for "
                     "0 to {last} (input_dim {dim})")).format(top=top, id=node.id, last=dim - 1, dim=dim)
            out.append(Diagnostic(
                node.id, ERROR, msg,
                _("set input_dim to {n}, one more than the largest word number").format(n=top + 1),
                FixAction(_("Set input_dim to {n}").format(n=top + 1), "set_param", node.id,
                          params={"input_dim": top + 1}),
                "input_dim"))
    return out


def _check_flips(graph: ModelGraph, bundle: DataBundle) -> list[Diagnostic]:
    """Augmentation must keep the label true: a mirrored digit is often no longer that digit."""
    if list(bundle.class_names) != [str(i) for i in range(10)]:
        return []
    mirrors = _("{id} mirrors the training digits, but a mirrored digit is often no longer that digit (a "
                "mirrored 2, 3 or 7), so its label would be wrong")
    return [Diagnostic(node.id, WARNING, mirrors.format(id=node.id),
                       _("remove the RandomFlip; to vary the digits, use RandomTranslation or a small "
                         "RandomRotation instead"))
            for node in graph.nodes.values() if node.type == "RandomFlip"]


def _check_batch_size(bundle: DataBundle, training: Mapping[str, Any]) -> list[Diagnostic]:
    bs = training.get("batch_size")
    n_train = int(len(bundle.x_train) * (1 - float(training.get("validation_split") or 0)))
    if isinstance(bs, int) and n_train and bs > n_train:
        msg = _("the batch size {bs} is larger than the {n} training examples, so each epoch makes a single "
                "update").format(bs=bs, n=n_train)
        return [Diagnostic(None, WARNING, msg,
                           _("use a batch size of at most {n}").format(n=max(1, n_train // 4)))]
    return []

def _check_reconstruction(oid: str, oshape, act: str | None, data_shape: tuple, loss: str,
                          training: Mapping[str, Any], aid: str | None = None) -> list[Diagnostic]:
    """An autoencoder's output must have the input's shape and a loss that compares values.

    ``act`` is the activation of layer ``aid``, the one whose values the output gives (``oid``
    itself, or the layer before a Reshape).
    """
    aid = aid or oid
    out: list[Diagnostic] = []
    if oshape is not None and tuple(oshape[1:]) != tuple(data_shape):
        shape = _fmt_shape(data_shape)
        fix = (_("end with a Reshape to {shape}").format(shape=shape) if len(data_shape) > 1
               else _("set units to {n}").format(n=data_shape[0]))
        msg = _("the model learns to rebuild its input, so its output must have the input's shape {shape}, "
                "but {id} gives {gives}").format(shape=shape, id=oid, gives=_fmt_shape(oshape[1:]))
        out.append(Diagnostic(oid, ERROR, msg, fix))
    if loss in ("sparse_categorical_crossentropy", "categorical_crossentropy"):
        out.append(Diagnostic(None, ERROR, _("the model rebuilds its input, values rather than classes, but "
                                             "{loss} is for choosing between classes").format(loss=loss),
                              _("use mean_squared_error as the loss"), _loss("mean_squared_error")))
    elif loss == "binary_crossentropy" and act != "sigmoid":
        out.append(Diagnostic(aid, WARNING, _("binary_crossentropy compares values between 0 and 1, so the "
                                              "output needs a sigmoid activation"),
                              _("use a sigmoid activation on the output, or mean_squared_error as the loss"),
                              _use("sigmoid", aid), "activation"))
    if "accuracy" in (training.get("metrics") or []):
        out.append(Diagnostic(None, WARNING, _("accuracy counts exact hits, which means nothing when "
                                               "rebuilding pixel values"), _("watch mae instead of accuracy"),
                              _mae_not_accuracy(training)))
    return out
