"""What the Evaluate tab shows for the sequence kinds (issue 13), computed on the Keras thread.

* a **next-character model** (sequence generation): its loss on the test windows, the
  same in bits per character, how often its likeliest character is the right one, and
  samples written from the start of the test text at a few temperatures
  (:func:`char_report`);
* a **sequence-to-sequence model** (one answer at every step, as reversing digits): the
  share of right answers at each position of the test sequences, overall and wholly
  right sequences (:func:`seq2seq_report`), and the attention maps of one chosen test
  example with its tokens, answers and the model's own answers (:func:`attention_example`).

Every function returns plain copies (floats, lists, small NumPy arrays) for the GUI.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from deskdl.core.charseq import Vocabulary
from deskdl.core.i18n import translator

_ = translator("ml.seq_eval")

#: Temperatures of Evaluate's samples.
SAMPLE_TEMPERATURES = (0.2, 0.5, 1.0)
PAD_SHOWN = "·"


def _bundle(data: Mapping[str, Any]):
    from deskdl.ml import datasets

    return datasets.load_config(dict(data))


def _predict(model: Any, x: np.ndarray, batch: int = 512) -> np.ndarray:
    out = model.predict(np.ascontiguousarray(x, dtype=np.float32), batch_size=batch, verbose=0)
    return np.asarray(out[0] if isinstance(out, (list, tuple)) else out, np.float64)


def char_report(model: Any, data: Mapping[str, Any], temperatures: Sequence[float] = SAMPLE_TEMPERATURES,
                length: int = 240, seed: int = 0, limit: int = 20_000) -> dict[str, Any]:
    """Test loss (nats and bits per character), next-character accuracy and samples of a character model.

    At most ``limit`` test windows are scored (evenly spread) so a large text stays quick;
    ``n_scored`` says how many were.
    """
    from deskdl.ml.charlm import CharWriter

    bundle = _bundle(data)
    if not bundle.vocabulary:
        raise ValueError(_("the project's data is not a text: choose 'Folk tunes in ABC' or 'Your text'"))
    vocab = Vocabulary(tuple(bundle.vocabulary))
    x, y = np.asarray(bundle.x_test), np.asarray(bundle.y_test).astype(np.int64).ravel()
    if len(x) > limit:
        pick = np.linspace(0, len(x) - 1, limit).astype(np.int64)
        x, y = x[pick], y[pick]
    out: dict[str, Any] = {"n_test": int(len(bundle.x_test)), "n_scored": int(len(x)),
                           "vocabulary": len(vocab), "chars": list(vocab.chars)}
    if len(x):
        probs = _predict(model, x)[:, : len(vocab)]
        picked = np.clip(probs[np.arange(len(y)), y], 1e-12, None)
        loss = float(-np.mean(np.log(picked)))
        out.update(loss=loss, bpc=loss / math.log(2), accuracy=float(np.mean(np.argmax(probs, axis=1) == y)))
    prime = vocab.decode(np.asarray(bundle.x_test[0] if len(bundle.x_test) else bundle.x_train[0],
                                    np.int64))
    written = []
    if temperatures:
        writer = CharWriter(model, vocab)
        written = writer.write([prime] * len(temperatures), [float(t) for t in temperatures], int(length),
                               seed=seed)
    out["prime"] = prime
    out["samples"] = [(w.temperature, w.text) for w in written]
    return out


def token_names(bundle: Any) -> tuple[list[str], list[str]]:
    """(the name of each input token, the name of each answer class) of a sequence data set."""
    words = list(bundle.vocabulary) if bundle.vocabulary else []
    if not words:
        top = int(np.max(bundle.x_test)) if len(bundle.x_test) else 9
        words = [str(k) for k in range(top + 1)]
    words = [w if w != "" else PAD_SHOWN for w in words]  # padding and the start mark
    names = list(bundle.class_names) or [str(k) for k in range(10)]
    return words, names


def _names(ids: np.ndarray, table: Sequence[str]) -> list[str]:
    return [table[int(t)] if 0 <= int(t) < len(table) else str(int(t)) for t in np.asarray(ids).ravel()]


def example_tokens(bundle: Any, index: int) -> tuple[np.ndarray, list[str], list[str]]:
    """Test example ``index`` (clipped to the test set): its input row ``(1, steps)``, its token names."""
    i = max(0, min(int(index), len(bundle.x_test) - 1))
    x = np.asarray(bundle.x_test[i: i + 1])
    words, names = token_names(bundle)
    return x, _names(x[0], words), _names(np.asarray(bundle.y_test[i]), names)


def seq2seq_report(model: Any, data: Mapping[str, Any]) -> dict[str, Any]:
    """Right answers on the test sequences: ``per_position`` ``(steps,)``, ``positions`` and ``sequences``."""
    bundle = _bundle(data)
    x, y = np.asarray(bundle.x_test), np.asarray(bundle.y_test)
    pred = np.argmax(_predict(model, x), axis=-1)
    if pred.shape != y.shape:
        raise ValueError(_("the model gives answers of shape {shape} but the data's answers have the shape "
                           "{data_shape}: a sequence-to-sequence model needs one answer per step").format(
                               shape=pred.shape[1:], data_shape=y.shape[1:]))
    right = pred == y
    whole = right.reshape(len(x), -1).all(axis=1)
    return {"n_test": int(len(x)), "per_position": right.mean(axis=0).astype(np.float64),
            "positions": float(right.mean()), "sequences": float(whole.mean())}


def attention_example(model: Any, data: Mapping[str, Any], index: int) -> dict[str, Any]:
    """The attention maps ``(layers, heads, queries, keys)`` of test example ``index``, with its tokens.

    ``answers`` are the right answers, ``predicted`` the model's; ``queries`` label the
    maps' rows: the answers when there is one per step (sequence to sequence), else the
    input tokens (a classifier attends from each word to each word).
    """
    from deskdl.ml.attention import AttentionProbe

    bundle = _bundle(data)
    x, tokens_in, tokens_out = example_tokens(bundle, index)
    probe = AttentionProbe(model)
    maps = probe.maps(x)[:, 0] if probe.layers else np.zeros((0, 0, 0, 0), np.float32)
    _words, names = token_names(bundle)
    predicted = _names(np.argmax(_predict(model, x)[0], axis=-1), names)
    rows = maps.shape[2] if maps.ndim == 4 else 0
    queries = tokens_out if len(tokens_out) == rows else tokens_in[:rows]
    return {"index": int(max(0, min(int(index), len(bundle.x_test) - 1))), "n_test": int(len(bundle.x_test)),
            "maps": maps.astype(np.float32), "layers": list(probe.names), "inputs": tokens_in,
            "answers": tokens_out, "predicted": predicted, "queries": queries}


__all__ = ["PAD_SHOWN", "SAMPLE_TEMPERATURES", "attention_example", "char_report", "example_tokens",
           "seq2seq_report", "token_names"]
