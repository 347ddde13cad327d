"""Sequence layers: Embedding, recurrent layers, their wrappers, and attention."""

from __future__ import annotations

from deskdl.core import catalog
from deskdl.core.catalog import Inferred, LayerKind, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import translator
from deskdl.core.layers.common import activation, initializer, regularizer, use_bias
from deskdl.core.layers.shapes import describe, fmt, need_known_last, sequence_rank_error

_ = translator("catalog")


def _embedding(params, shapes):
    (shape,) = shapes
    if len(shape) != 2:
        raise ShapeError(
            _("Embedding needs a sequence of whole-number ids (steps,) but receives {what}").format(
                what=describe(shape)),
            _("feed it token ids straight from an Input of shape [steps], e.g. [100]"),
        )
    d = params["output_dim"]
    return Inferred((*shape, d), params["input_dim"] * d)


register(LayerKind(
    name="Embedding",
    category="Sequence",
    params=(
        ParamSpec("input_dim", "int", 1000, "How many different ids (words, characters, ...) "
                  "exist: the largest id plus one.", min=1, max=10_000_000),
        ParamSpec("output_dim", "int", 16, "The length of the vector learned for each id.",
                  min=1, max=100_000),
        ParamSpec("mask_zero", "bool", False, "Treat id 0 as padding that later layers skip."),
        regularizer("embeddings_regularizer"),
    ),
    infer=_embedding,
    summary=("input_dim", "output_dim"),
    teach="Turns each whole-number id (a word, a character) into a learned vector. Ids that "
          "play similar roles end up with similar vectors. It is a lookup table trained like "
          "any other weights.",
))


_RNN_GATES = {"SimpleRNN": 1, "LSTM": 4, "GRU": 3}


def _rnn_counts(kind: str, params, features: int) -> int:
    u = params["units"]
    gates = _RNN_GATES[kind]
    weights = gates * (features * u + u * u)
    if params["use_bias"]:
        doubled = kind == "GRU" and params.get("reset_after", True)
        weights += gates * u * (2 if doubled else 1)
    return weights


def _rnn_infer(kind: str):
    def infer(params, shapes):
        (shape,) = shapes
        if len(shape) != 3:
            raise sequence_rank_error(kind, shape)
        features = need_known_last(kind, shape)
        u = params["units"]
        out = (shape[0], shape[1], u) if params["return_sequences"] else (shape[0], u)
        return Inferred(out, _rnn_counts(kind, params, features))
    return infer


def _rnn_params(kind: str) -> tuple[ParamSpec, ...]:
    specs = [
        ParamSpec("units", "int", 16, "How many numbers the memory (hidden state) holds.",
                  min=1, max=100_000),
        activation("tanh"),
    ]
    if kind != "SimpleRNN":
        specs.append(ParamSpec(
            "recurrent_activation", "choice", "sigmoid",
            "The function of the gates that decide what to keep; sigmoid gives values between 0 and 1.",
            choices=("sigmoid", "hard_sigmoid", "tanh", "relu", "linear"),
        ))
    specs += [
        use_bias(),
        ParamSpec("return_sequences", "bool", False, "Output the state after every step (to stack "
                  "another recurrent layer) instead of only after the last."),
        ParamSpec("go_backwards", "bool", False, "Read the sequence from the end to the start."),
        ParamSpec("dropout", "float", 0.0, "Fraction of the inputs dropped at random during training.",
                  min=0.0, max=1.0),
        ParamSpec("recurrent_dropout", "float", 0.0, "Fraction of the memory dropped at random "
                  "between steps during training.", min=0.0, max=1.0),
        initializer(),
        regularizer(),
    ]
    if kind == "LSTM":
        specs.append(ParamSpec("unit_forget_bias", "bool", True, "Start the forget gate open, so "
                               "the memory is kept at first (recommended)."))
    if kind == "GRU":
        specs.append(ParamSpec("reset_after", "bool", True, "Apply the reset gate after the "
                               "matrix product (the fast, GPU-friendly variant)."))
    return tuple(specs)


_RNN_TEACH = {
    "SimpleRNN": "Reads a sequence one step at a time and keeps a memory vector that mixes the "
                 "new step with what it remembered. It struggles to remember things from many "
                 "steps back.",
    "LSTM": "A recurrent layer with gates that decide what to forget, what to store and what to "
            "output at each step. The gates let it remember information over long sequences.",
    "GRU": "A lighter cousin of the LSTM with two gates instead of three. It often learns as "
           "well with fewer weights.",
}

for _kind in ("SimpleRNN", "LSTM", "GRU"):
    register(LayerKind(
        name=_kind,
        category="Sequence",
        params=_rnn_params(_kind),
        infer=_rnn_infer(_kind),
        summary=("units", "return_sequences"),
        teach=_RNN_TEACH[_kind],
    ))


def _inner(params) -> tuple[catalog.LayerKind, dict]:
    wrapped = params["layer"]
    kind = catalog.get(wrapped["type"])
    return kind, kind.resolve(wrapped.get("params") or {})


def _bidirectional(params, shapes):
    kind, inner = _inner(params)
    if inner.get("go_backwards"):
        raise ShapeError(
            _("Bidirectional makes the backwards copy itself, so its wrapped layer must read forwards"),
            _("turn go_backwards off in the wrapped layer"),
        )
    try:
        out = kind.infer(inner, shapes)
    except ShapeError as err:
        raise ShapeError(_("Bidirectional: {problem}").format(problem=err.message), err.fix,
                         action=err.action) from None
    shape = out.shape
    if params["merge_mode"] == "concat":
        shape = (*shape[:-1], shape[-1] * 2)
    return Inferred(shape, out.trainable * 2, out.non_trainable * 2)


register(LayerKind(
    name="Bidirectional",
    category="Sequence",
    params=(
        ParamSpec("layer", "layer", {"type": "LSTM", "params": {"units": 16}},
                  "The recurrent layer that is run twice: once forwards, once backwards.",
                  choices=("SimpleRNN", "LSTM", "GRU")),
        ParamSpec("merge_mode", "choice", "concat", "How the two directions are joined: 'concat' "
                  "puts them side by side (twice the units), the others combine them value by value.",
                  choices=("concat", "sum", "mul", "ave")),
    ),
    infer=_bidirectional,
    summary=("layer", "merge_mode"),
    teach="Runs a copy of a recurrent layer over the sequence backwards as well as forwards, so "
          "each step sees what comes before and after it. It has twice the weights.",
))


def _time_distributed(params, shapes):
    (shape,) = shapes
    if len(shape) < 3:
        raise ShapeError(
            _("TimeDistributed applies its layer at every step, so it needs a sequence (steps, features) but "
              "receives {what}").format(what=describe(shape)),
            _("feed it a sequence, e.g. from a recurrent layer with return_sequences on"),
        )
    kind, inner = _inner(params)
    try:
        out = kind.infer(inner, [(shape[0], *shape[2:])])
    except ShapeError as err:
        raise ShapeError(_("TimeDistributed: {problem}").format(problem=err.message), err.fix) from None
    return Inferred((shape[0], shape[1], *out.shape[1:]), out.trainable, out.non_trainable)


register(LayerKind(
    name="TimeDistributed",
    category="Sequence",
    params=(
        ParamSpec("layer", "layer", {"type": "Dense", "params": {"units": 8}},
                  "The layer applied to each step with the same weights.", choices=("Dense",)),
    ),
    infer=_time_distributed,
    summary=("layer",),
    teach="Applies the same layer to every step of a sequence separately, sharing its weights "
          "across steps. A Dense already works step by step on a sequence (on its last axis), so "
          "wrapping one gives the same result as the plain Dense. "
          "TimeDistributed is really needed for layers that do not work step by step by "
          "themselves, e.g. a Conv2D run over every frame of a video.",
))


def _mha(params, shapes):
    names = ("query", "value", "key")
    axes = params.get("attention_axes")
    for name, shape in zip(names, shapes):
        if len(shape) != 3 and (axes is None or len(shape) < 3):
            raise ShapeError(
                _("MultiHeadAttention needs its {name} to be a sequence (steps, features) but it receives "
                  "{what}").format(name=name, what=describe(shape)),
                _("feed it the output of an Embedding, a recurrent layer with return_sequences, or an Input "
                  "of shape [steps, features]"),
            )
        need_known_last("MultiHeadAttention", shape)
    query, value = shapes[0], shapes[1]
    key = shapes[2] if len(shapes) > 2 else value
    rank = len(query)
    if any(len(s) != rank for s in shapes):
        raise ShapeError(
            _("MultiHeadAttention needs query, value and key with the same number of axes, but they are "
              "{shapes}").format(shapes=", ".join(fmt(s[1:]) for s in shapes)),
            _("feed it inputs of the same kind (all sequences, or all grids)"),
        )
    if axes is not None:
        if not axes or len(set(axes)) != len(axes) or any(not 1 <= a <= rank - 2 for a in axes):
            raise ShapeError(
                _("MultiHeadAttention: attention_axes {axes} must name different axes between 1 and {last} "
                  "(the axes between the batch and the features of a {shape} input)").format(
                    axes=list(axes), last=rank - 2, shape=fmt(query[1:])),
                _("leave attention_axes empty to attend over all of them, or pick some of {some}").format(
                    some=list(range(1, rank - 1))) if rank > 3 else
                _("leave attention_axes empty to attend over all of them"),
            )
        fixed = [i for i in range(1, rank - 1) if i not in axes]
        if any(query[i] != value[i] for i in fixed):
            raise ShapeError(
                _("MultiHeadAttention attends only over axes {axes}, so query and value must agree on the "
                  "other axes, but the query is {query} and the value {value}").format(
                    axes=list(axes), query=fmt(query[1:]), value=fmt(value[1:])),
                _("make those axes the same size, or add them to attention_axes"),
            )
    if tuple(value[1:-1]) != tuple(key[1:-1]):
        raise ShapeError(
            _("MultiHeadAttention needs key and value with the same number of steps, but the key is {key} "
              "and the value {value}").format(key=fmt(key[1:]), value=fmt(value[1:])),
            _("link key and value from sequences of the same length (often the same layer)"),
        )
    h, kd = params["num_heads"], params["key_dim"]
    vd = params["value_dim"] or kd
    b = params["use_bias"]
    q_dim, v_dim, k_dim = query[-1], value[-1], key[-1]
    count = h * kd * (q_dim + k_dim) + h * vd * v_dim + h * vd * q_dim
    if b:
        count += 2 * h * kd + h * vd + q_dim
    return Inferred(tuple(query), count)


register(LayerKind(
    name="MultiHeadAttention",
    category="Sequence",
    params=(
        ParamSpec("num_heads", "int", 2, "How many attention heads look at the sequence in "
                  "parallel, each with its own idea of what matters.", min=1, max=1024),
        ParamSpec("key_dim", "int", 16, "The size of each head's query and key vectors.",
                  min=1, max=100_000),
        ParamSpec("value_dim", "int", None, "The size of each head's value vectors; empty means "
                  "the same as key_dim.", min=1, max=100_000, nullable=True),
        ParamSpec("dropout", "float", 0.0, "Fraction of attention weights dropped at random "
                  "during training.", min=0.0, max=1.0),
        use_bias(),
        ParamSpec("attention_axes", "ints", None, "Which axes attention looks across, counted from 1 "
                  "after the batch: empty means every axis between the batch and the features (the "
                  "steps of a sequence). On a grid (height, width, features), [1, 2] attends over the "
                  "whole grid and [2] within each row only.", min=1, max=16, nullable=True),
    ),
    infer=_mha,
    min_inputs=2,
    max_inputs=3,
    input_names=("query", "value", "key"),
    summary=("num_heads", "key_dim"),
    teach="For every step of the query, attention scores how well it matches each step of the "
          "key and takes a weighted mix of the values. Feeding the same sequence as query and "
          "value is self-attention, the heart of a Transformer.",
))
