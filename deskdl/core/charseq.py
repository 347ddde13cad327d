"""Text for a next-character model: reading it, its vocabulary, windows, and sampling with temperature.

A character model reads ``seq_len`` characters and gives a probability for each
character of the vocabulary coming next. Its data are **windows** of the text: the
characters ``t .. t+seq_len-1`` as the input and character ``t+seq_len`` as the answer,
one window every ``step`` characters (Keras's own char-LSTM example uses 40 and 3).

Generation feeds the model its own output: the last ``seq_len`` characters in, one
character drawn from the probabilities out, appended, again. **Temperature** reshapes
the probabilities before the draw: p_i^(1/T), normalised. T = 1 draws from the model's
own probabilities; T below 1 sharpens them towards the likeliest character (T -> 0 is
*greedy*: always the likeliest); T above 1 flattens them towards uniform (more
surprise, more mistakes).

Pure Python and NumPy.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import translator

_ = translator("core.charseq")

#: Below this temperature sampling is greedy (the likeliest character, no draw).
GREEDY_BELOW = 1e-3
#: Text files larger than this are refused (a character model on more would not train on a laptop).
MAX_TEXT_BYTES = 50_000_000
TEXT_SUFFIXES = (".txt", ".abc")


class TextError(DeskdlError):
    """A text that cannot be used for a character model (missing, empty, binary, too varied)."""


@dataclass(frozen=True)
class Vocabulary:
    """The characters of a text, sorted; a character's number is its place in ``chars``."""

    chars: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Vocabulary:
        """The vocabulary of ``text`` (every distinct character, sorted by code point)."""
        return cls(tuple(sorted(set(text))))

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> np.ndarray:
        """Character numbers of ``text`` (int32); :class:`TextError` names a character not in it."""
        index = {c: i for i, c in enumerate(self.chars)}
        try:
            return np.fromiter((index[c] for c in text), dtype=np.int32, count=len(text))
        except KeyError as err:
            raise TextError(_("the character {char} is not in the model's vocabulary").format(
                char=repr(err.args[0])), _("use only characters that occur in the training text")) from None

    def decode(self, ids: Sequence[int]) -> str:
        """The text of character numbers ``ids``."""
        return "".join(self.chars[int(i)] for i in ids)

    def shown(self, i: int) -> str:
        """Character ``i`` as a learner can read it in a list (a newline as ⏎, a space as ␣)."""
        return {"\n": "⏎", " ": "␣", "\t": "⇥"}.get(self.chars[i], self.chars[i])


def read_text(path: str | os.PathLike[str]) -> str:
    """A UTF-8 text file's text, or a :class:`TextError` that says what is wrong and what to do."""
    p = Path(path)
    if not str(path).strip():
        raise TextError(_("no text file is chosen"), _("choose a UTF-8 .txt or .abc file in the Data tab"))
    if not p.is_file():
        raise TextError(_("the text file {path} does not exist").format(path=p),
                        _("choose an existing .txt or .abc file"))
    size = p.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise TextError(_("the text file {name} is {size:.0f} MB; a character model here takes at "
                          "most {limit:.0f} MB").format(name=p.name, size=size / 1e6,
                                                       limit=MAX_TEXT_BYTES / 1e6),
                        _("use a part of the text"))
    raw = p.read_bytes()
    if b"\x00" in raw[:65536]:
        raise TextError(_("the file {name} is not a text file (it holds binary data)").format(name=p.name),
                        _("choose a plain UTF-8 text file (.txt or .abc), not a document, picture or "
                          "archive"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise TextError(_("the file {name} is not UTF-8 text (byte {byte} cannot be read)").format(
                            name=p.name, byte=err.start + 1),
                        _("save the file as UTF-8 in your editor and choose it again")) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise TextError(_("the file {name} is empty").format(name=p.name),
                        _("choose a file with some text in it (a few thousand characters at least)"))
    return text


def windows(ids: np.ndarray, seq_len: int, step: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Inputs ``(n, seq_len)`` and next-character answers ``(n,)`` of every ``step``-th window of ``ids``."""
    ids = np.asarray(ids)
    if seq_len < 1 or step < 1:
        raise ValueError("seq_len and step must be at least 1")
    starts = np.arange(0, len(ids) - seq_len, step)
    if len(starts) == 0:
        raise TextError(_("the text has {n} characters, too few for one window of {seq_len} plus "
                          "the character after it").format(n=len(ids), seq_len=seq_len),
                        _("use a longer text or shorter windows (seq_len)"))
    x = ids[starts[:, None] + np.arange(seq_len)[None, :]]
    return x, ids[starts + seq_len]


def check_vocabulary(size: int, outputs: int | None, input_dim: int | None = None) -> TextError | None:
    """A clear problem when the model cannot give (or read) every character, else None."""
    if outputs is not None and size > outputs and input_dim is not None and size > input_dim:
        return TextError(_("the text has {size} different characters but the model's last layer gives "
                           "only {outputs} probabilities and its Embedding layer knows only "
                           "{input_dim}").format(size=size, outputs=outputs, input_dim=input_dim),
                         _("set the last Dense layer's units and the Embedding's input_dim to {size} (or "
                           "more), or use a text with fewer different characters").format(size=size))
    if outputs is not None and size > outputs:
        return TextError(_("the text has {size} different characters but the model's last layer gives "
                           "only {outputs} probabilities").format(size=size, outputs=outputs),
                         _("set the last Dense layer's units to {size} (or more), or use a text with fewer "
                           "different characters").format(size=size))
    if input_dim is not None and size > input_dim:
        return TextError(_("the text has {size} different characters but the Embedding layer knows only "
                           "{input_dim} (its input_dim)").format(size=size, input_dim=input_dim),
                         _("set the Embedding's input_dim to {size} (or more)").format(size=size))
    return None


def reweight(probs: np.ndarray, temperature: float) -> np.ndarray:
    """``probs`` (last axis) reshaped by ``temperature``: p^(1/T), normalised; a one-hot argmax near T=0."""
    p = np.asarray(probs, dtype=np.float64)
    if temperature < GREEDY_BELOW:
        out = np.zeros_like(p)
        np.put_along_axis(out, np.argmax(p, axis=-1)[..., None], 1.0, axis=-1)
        return out
    logp = np.log(np.clip(p, 1e-30, None)) / float(temperature)
    logp -= logp.max(axis=-1, keepdims=True)
    e = np.exp(logp)
    return e / e.sum(axis=-1, keepdims=True)


def sample(probs: np.ndarray, temperature: float, rng: np.random.Generator) -> np.ndarray | int:
    """One character number per row of ``probs`` drawn at ``temperature`` (T -> 0: the likeliest)."""
    p = np.asarray(probs, dtype=np.float64)
    if temperature < GREEDY_BELOW:
        out = np.argmax(p, axis=-1)
        return int(out) if p.ndim == 1 else out
    q = reweight(p, temperature)
    flat = q.reshape(-1, q.shape[-1])
    cum = np.cumsum(flat, axis=1)
    u = rng.random(len(flat))[:, None] * cum[:, -1:]
    idx = np.minimum((cum < u).sum(axis=1), q.shape[-1] - 1)
    return int(idx[0]) if p.ndim == 1 else idx.reshape(p.shape[:-1])


def bits_per_char(loss_nats: float) -> float:
    """A cross-entropy loss in nats per character as bits per character (divide by ln 2)."""
    return float(loss_nats) / math.log(2)


def parse_temperatures(text: str) -> list[float]:
    """``"0.2, 0.5, 1.0"`` as numbers; :class:`TextError` for anything else."""
    out = []
    for part in str(text).replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            t = float(part)
        except ValueError:
            raise TextError(_("{text} is not a temperature").format(text=repr(part.strip())),
                            _("write numbers separated by commas, such as 0.2, 0.5, 1.0")) from None
        if not 0 <= t <= 5 or not math.isfinite(t):
            raise TextError(_("the temperature {t:g} is out of range").format(t=t),
                            _("use temperatures from 0 to 5"))
        out.append(t)
    return out


__all__ = ["GREEDY_BELOW", "MAX_TEXT_BYTES", "TEXT_SUFFIXES", "TextError", "Vocabulary", "bits_per_char",
           "check_vocabulary", "parse_temperatures", "read_text", "reweight", "sample", "windows"]
