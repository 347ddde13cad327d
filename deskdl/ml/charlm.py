"""Writing text with a trained next-character model (issue 13).

:class:`CharWriter` feeds a model its own output: the last ``seq_len`` characters
in, one character drawn at a temperature (:func:`deskdl.core.charseq.sample`) out,
appended, again. Several streams (one per temperature, or many tunes at once) are
written together in one batch, so a sample at four temperatures costs about what one
costs. A prime shorter than the window is padded on the left with newlines (the
start of a text or of a tune looks like that), or with the vocabulary's first
character when the text has no newline.

A plain recurrent model (Embedding -> GRU/LSTM/SimpleRNN, stacked or not -> Dense) is
computed with NumPy (:mod:`deskdl.ml.charstep`: the same probabilities, no Keras call per
character; measured on the tune writer, 4 x 200 characters: 0.07 CPU s against 0.45-0.6 with
a Keras call per character); any other model is called through Keras.

Keras work: call it on the Keras thread only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from deskdl.core.charseq import TextError, Vocabulary, reweight, sample
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import translator
from deskdl.ml.charstep import RecurrentStack, one_blas_thread

_ = translator("ml.charlm")


@dataclass
class Written:
    """One written stream: the prime, the new text, and (if asked) what the model considered at each place.

    ``probs[i]`` are the model's probabilities (before the temperature) for character ``i`` of
    ``text``, over the vocabulary; ``chosen[i]`` is the number of the character it wrote there.
    """

    prime: str
    text: str
    temperature: float
    probs: np.ndarray | None = None
    chosen: list[int] = field(default_factory=list)


def model_facts(graph: ModelGraph) -> tuple[int | None, int | None]:
    """(units of the output Dense layer, input_dim of the first Embedding) of a graph; None if not there."""
    outputs = [graph.nodes[o] for o in graph.outputs() if o in graph.nodes]
    units = None
    if len(outputs) == 1 and outputs[0].type == "Dense":
        units = int(outputs[0].kind.resolve(outputs[0].params)["units"])
    input_dim = None
    for node_id in graph.topological_order() or []:
        node = graph.nodes[node_id]
        if node.type == "Embedding":
            input_dim = int(node.kind.resolve(node.params)["input_dim"])
            break
    return units, input_dim


class CharWriter:
    """Writes text with ``model`` (inputs: ``(batch, seq_len)`` character numbers; output: probabilities)."""

    def __init__(self, model, vocab: Vocabulary, fast: bool = True) -> None:
        import tensorflow as tf

        self.model = model
        self.vocab = vocab
        shape = model.inputs[0].shape
        if len(shape) != 2 or shape[1] is None:
            raise TextError(_("the model does not read a fixed window of characters (its input must have "
                              "the shape (seq_len,))"),
                            _("give the Input layer the shape of the data's windows"))
        self.seq_len = int(shape[1])
        spec = tf.TensorSpec((None, self.seq_len), tf.float32)

        @tf.function(input_signature=[spec], reduce_retracing=True)
        def predict(x):
            return model(x, training=False)

        self._predict = predict
        self.pad = "\n" if "\n" in vocab.chars else vocab.chars[0]
        #: The NumPy twin of a plain recurrent model (None: each character is one Keras call).
        self.stack = RecurrentStack.of(model, self.seq_len) if fast else None

    def window(self, prime: str) -> np.ndarray:
        """The character numbers of the window that ``prime`` leaves (padded on the left)."""
        text = prime[-self.seq_len:]
        ids = self.vocab.encode(text)
        pad = np.full(self.seq_len - len(ids), self.vocab.chars.index(self.pad), np.int32)
        return np.concatenate([pad, ids])

    def probabilities(self, windows: np.ndarray) -> np.ndarray:
        """The model's next-character probabilities for each window, over the vocabulary (rows sum to 1)."""
        return self._normalise(self._predict(np.asarray(windows, np.float32)))

    def _normalise(self, out) -> np.ndarray:
        out = np.asarray(out, np.float64)
        out = out.reshape(len(out), -1)[:, : len(self.vocab)]  # extra output units: never a character
        out = np.clip(out, 0.0, None)
        total = out.sum(axis=1, keepdims=True)
        return np.where(total > 0, out / np.where(total > 0, total, 1.0), 1.0 / out.shape[1])

    def write(self, primes: Sequence[str], temperatures: Sequence[float], length: int, seed: int = 0,
              keep_probs: bool = False, refresh: bool = True) -> list[Written]:
        """One stream per (prime, temperature) pair, ``length`` new characters each, written together.

        With a NumPy model (``self.stack``) and ``refresh=False``, the weights read by the last
        ``self.stack.load()`` are used: no Keras at all, so it may run beside the training.
        """
        if len(primes) != len(temperatures):
            raise ValueError("one prime per temperature")
        rng = np.random.default_rng(seed)
        buf = np.stack([self.window(p) for p in primes]) if primes else np.zeros((0, self.seq_len), np.int32)
        written = [Written(p, "", float(t)) for p, t in zip(primes, temperatures)]
        kept = [[] for _text in written]
        chosen = np.zeros((len(written), int(length)), np.int32)
        runs = _runs([float(t) for t in temperatures])
        reading = None
        if self.stack is not None and (refresh or self.stack.table is None):
            self.stack.load()  # the weights as they are now (the model may be training)
        with one_blas_thread() if self.stack is not None else contextlib.nullcontext():
            if self.stack is not None and len(written) and int(length) > 0:
                reading = self.stack.start(buf)
            for i in range(int(length)):
                probs = self._normalise(reading.output()) if reading is not None else self.probabilities(buf)
                for start, stop, t in runs:  # rows of one temperature at once (the same draws as one by one)
                    chosen[start:stop, i] = sample(probs[start:stop], t, rng)
                if keep_probs:
                    for row in range(len(written)):
                        kept[row].append(probs[row].astype(np.float32))
                if reading is not None:
                    if i + 1 < int(length):
                        reading.feed(chosen[:, i])
                else:
                    buf = np.concatenate([buf[:, 1:], chosen[:, i: i + 1]], axis=1)
        for row, w in enumerate(written):
            w.text = self.vocab.decode(chosen[row])
            w.chosen = [int(c) for c in chosen[row]]
            if keep_probs:
                w.probs = np.stack(kept[row]) if kept[row] else np.zeros((0, len(self.vocab)), np.float32)
        return written


def _runs(temperatures: list[float]) -> list[tuple[int, int, float]]:
    """(first row, row after the last, temperature) of each run of equal temperatures, in order."""
    runs: list[tuple[int, int, float]] = []
    for row, t in enumerate(temperatures):
        if runs and runs[-1][2] == t:
            runs[-1] = (runs[-1][0], row + 1, t)
        else:
            runs.append((row, row + 1, t))
    return runs


_VOCABS: dict[str, Vocabulary] = {}
_WRITERS: dict[int, tuple[object, CharWriter]] = {}


def vocabulary_of(data) -> Vocabulary:
    """The vocabulary of a project's text data (loaded once per data settings)."""
    import json

    from deskdl.ml import datasets

    key = json.dumps(data, sort_keys=True, default=str)
    if key not in _VOCABS:
        bundle = datasets.load_config(data)
        if not bundle.vocabulary:
            raise TextError(_("the project's data is not a text"),
                            _("choose 'Folk tunes in ABC' or 'Your text'"))
        _VOCABS.clear()  # one text at a time
        _VOCABS[key] = Vocabulary(tuple(bundle.vocabulary))
    return _VOCABS[key]


def write_for_view(model, data, prime: str, length: int, temperature: float, seed: int = 0) -> dict:
    """What the generation panel shows: the new text, the chosen characters and every position's odds.

    Runs on the Keras thread (the GUI passes a ModelRef); returns plain values only.
    """
    vocab = vocabulary_of(data)
    held = _WRITERS.get(id(model))
    if held is None or held[0] is not model or held[1].vocab != vocab:
        _WRITERS.clear()
        held = (model, CharWriter(model, vocab))
        _WRITERS[id(model)] = held
    w = held[1].write([prime], [float(temperature)], int(length), seed=int(seed), keep_probs=True)[0]
    return {"prime": prime, "text": w.text, "chosen": list(w.chosen), "probs": w.probs,
            "chars": list(vocab.chars), "temperature": float(temperature)}


def write_tunes(writer: CharWriter, count: int, temperature: float, seed: int = 0,
                length: int = 1000, context: str | None = None) -> list[str]:
    """``count`` ABC tunes written at once, each after ``context`` and ``X:`` (the start of a tune).

    The default context is the end of a tune of the generated corpus and its blank line,
    so the model's window looks like the place between two tunes it saw in training (a
    window of nothing but padding it never saw). Each stream is cut at its first blank line
    (where the next tune would begin): a tune the model never finished stays unfinished,
    for the checker to judge. ``length`` (1000 characters, three times the corpus's longest
    tune) leaves a model room to end a tune itself: a 40-character window cannot see how
    many parts it has written, so a model often adds a part before it ends.
    """
    if context is None:
        from deskdl.core.abc_corpus import tune

        context = tune(0) + "\n\n"
    streams = writer.write([context + "X:"] * count, [float(temperature)] * count, length, seed=seed)
    return ["X:" + w.text.split("\n\n")[0].rstrip("\n") for w in streams]


def top_choices(probs: np.ndarray, vocab: Vocabulary, temperature: float,
                k: int = 5) -> list[tuple[str, float]]:
    """The ``k`` likeliest characters at ``temperature`` with their probabilities, likeliest first."""
    p = reweight(np.asarray(probs, np.float64), temperature)
    order = np.argsort(-p, kind="stable")[:k]
    return [(vocab.shown(int(i)), float(p[i])) for i in order]


__all__ = ["CharWriter", "Written", "model_facts", "top_choices", "vocabulary_of", "write_for_view",
           "write_tunes"]
