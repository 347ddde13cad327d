"""A NumPy forward pass of a plain recurrent character model, for writing text quickly (issue 13).

Writing with a Keras model costs one Keras call per character (about a millisecond of
overhead, plus the whole window of ``seq_len`` recurrent steps). When the model is the plain
stack ``Input -> Embedding -> (Dropout) -> GRU/LSTM/SimpleRNN (stacked) -> Dense ... softmax``,
:class:`RecurrentStack` computes the same probabilities with NumPy, tens of times faster.

The model reads a window of the last ``seq_len`` characters and starts every window from a
zero state, so the next window cannot go on from the last one's state. But each window's
recurrent steps can be done as its characters arrive: :meth:`RecurrentStack.start` keeps one
state per window still being read (``seq_len`` of them, one starting at every character), and
each new character advances all of them in one matrix product; the window that has read its
``seq_len`` characters gives the next probabilities, and a fresh window starts. Every window
is computed exactly as Keras computes it (the same formulas and weights, float32), only batched.

Keras's weight layouts (keras/src/layers/rnn): ``kernel`` (inputs, gates x units),
``recurrent_kernel`` (units, gates x units); gates in the order z, r, h for GRU and i, f, c, o
for LSTM; a GRU with ``reset_after=True`` (the default) has a bias of shape (2, 3 x units):
the input bias and the recurrent bias, the reset gate multiplying the recurrent part after
the matrix product.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

#: How to give OpenBLAS one thread: a function (threads -> the number before), False: not found.
_BLAS_THREADS = None


def _blas_setter():
    """A function setting the number of OpenBLAS threads NumPy uses (returns the number before), or None."""
    global _BLAS_THREADS
    if _BLAS_THREADS is None:
        _BLAS_THREADS = False
        here = os.path.dirname(np.__file__)
        paths = glob.glob(os.path.join(here + ".libs", "*openblas*")) + glob.glob(
            os.path.join(here, ".dylibs", "*openblas*"))
        for path in paths:
            try:
                lib = ctypes.CDLL(path)
            except OSError:
                continue
            if hasattr(lib, "openblas_set_num_threads_local"):  # returns the number before
                fn = lib.openblas_set_num_threads_local
                fn.restype, fn.argtypes = ctypes.c_int, [ctypes.c_int]
                _BLAS_THREADS = fn
                break
            for prefix, suffix in (("scipy_openblas", "64_"), ("openblas", "64_"), ("openblas", ""),
                                   ("scipy_openblas", "")):
                put = getattr(lib, f"{prefix}_set_num_threads{suffix}", None)
                get = getattr(lib, f"{prefix}_get_num_threads{suffix}", None)
                if put is not None and get is not None:
                    put.argtypes, get.restype = [ctypes.c_int], ctypes.c_int

                    def swap(n: int, put=put, get=get) -> int:
                        before = get()
                        put(n)
                        return before

                    _BLAS_THREADS = swap
                    break
            if _BLAS_THREADS:
                break
    return _BLAS_THREADS or None


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """NumPy's matrix products on one thread for a while (when NumPy uses OpenBLAS; else nothing changes).

    These products are small: on a busy machine OpenBLAS's second thread waits for a core
    far longer than the product takes (measured here under load: 2000 products of
    (160, 96) x (96, 288) took 6.9 s with two threads, 0.55 s with one).
    """
    setter = _blas_setter()
    if setter is None:
        yield
        return
    before = setter(1)
    try:
        yield
    finally:
        setter(max(1, before))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # the logistic function, without exp's overflow


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


_ACTIVATIONS = {
    "tanh": np.tanh,
    "sigmoid": _sigmoid,
    "relu": lambda x: np.maximum(x, 0.0),
    "linear": lambda x: x,
    "hard_sigmoid": lambda x: np.clip(x + 3.0, 0.0, 6.0) / 6.0,
    "softmax": _softmax,
}


@dataclass
class _Cell:
    """One recurrent layer: its type, activations and weights (float32 NumPy arrays)."""

    layer: object
    kind: str  # "GRU", "GRU0" (reset_after=False), "LSTM", "SimpleRNN"
    units: int
    act: object
    rec_act: object
    kernel: np.ndarray | None = None
    recurrent: np.ndarray | None = None
    bias_in: np.ndarray | None = None
    bias_rec: np.ndarray | None = None

    def load(self) -> None:
        cell = self.layer.cell
        self.kernel = _array(cell.kernel)
        self.recurrent = _array(cell.recurrent_kernel)
        width = self.recurrent.shape[1]
        bias = _array(cell.bias) if getattr(cell, "bias", None) is not None else None
        if bias is None:
            self.bias_in = np.zeros(width, np.float32)
            self.bias_rec = None
        elif bias.ndim == 2:  # GRU reset_after: (input bias, recurrent bias)
            self.bias_in, self.bias_rec = bias[0], bias[1]
        else:
            self.bias_in, self.bias_rec = bias, None

    def project(self, x: np.ndarray) -> np.ndarray:
        """The inputs' part of every gate: ``x @ kernel + input bias``."""
        return _mm(x, self.kernel) + self.bias_in

    def step(self, xp: np.ndarray, h: np.ndarray, c: np.ndarray | None):
        """One recurrent step of many windows at once; ``xp`` from :meth:`project` (broadcast to ``h``)."""
        u = self.units
        if self.kind == "SimpleRNN":
            return self.act(xp + _mm(h, self.recurrent)), None
        if self.kind == "LSTM":
            z = xp + _mm(h, self.recurrent)
            i = self.rec_act(z[..., :u])
            f = self.rec_act(z[..., u:2 * u])
            c = f * c + i * self.act(z[..., 2 * u:3 * u])
            o = self.rec_act(z[..., 3 * u:])
            return o * self.act(c), c
        if self.kind == "GRU":
            inner = _mm(h, self.recurrent)
            if self.bias_rec is not None:
                inner = inner + self.bias_rec
            z = self.rec_act(xp[..., :u] + inner[..., :u])
            r = self.rec_act(xp[..., u:2 * u] + inner[..., u:2 * u])
            hh = self.act(xp[..., 2 * u:] + r * inner[..., 2 * u:])
        else:  # GRU with reset_after=False: the reset gate multiplies the state before the product
            inner = _mm(h, self.recurrent[:, :2 * u])
            z = self.rec_act(xp[..., :u] + inner[..., :u])
            r = self.rec_act(xp[..., u:2 * u] + inner[..., u:])
            hh = self.act(xp[..., 2 * u:] + _mm(r * h, self.recurrent[:, 2 * u:]))
        return z * h + (1.0 - z) * hh, None


def _mm(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``x @ w`` over the last axis as one 2-D product (NumPy would loop over a 3-D ``x``'s first axis)."""
    return (x.reshape(-1, x.shape[-1]) @ w).reshape(*x.shape[:-1], w.shape[-1])


def _array(variable) -> np.ndarray:
    import keras

    return np.asarray(keras.ops.convert_to_numpy(variable), dtype=np.float32)


def _activation(fn) -> object | None:
    """The NumPy twin of a Keras activation function, or None if there is none here."""
    import keras

    name = getattr(fn, "__name__", None)
    if name not in _ACTIVATIONS:
        return None
    try:
        if keras.activations.get(name) is not fn:
            return None
    except ValueError:
        return None
    return _ACTIVATIONS[name]


def _chain(model) -> list | None:
    """The model's layers in order if each reads only the one before it (one input, one output)."""
    layers = list(model.layers)
    if len(model.inputs) != 1 or len(model.outputs) != 1 or not layers:
        return None
    previous = model.inputs[0]
    out = []
    for layer in layers:
        nodes = getattr(layer, "_inbound_nodes", [])
        if type(layer).__name__ == "InputLayer":
            continue
        if len(nodes) != 1 or len(nodes[0].input_tensors) != 1 or nodes[0].input_tensors[0] is not previous:
            return None
        if len(nodes[0].output_tensors) != 1:
            return None
        previous = nodes[0].output_tensors[0]
        out.append(layer)
    return out if previous is model.outputs[0] else None


class RecurrentStack:
    """The NumPy forward pass of a plain recurrent character model; :meth:`of` says if a model is one."""

    def __init__(self, model, embedding, cells: list[_Cell], dense: list[tuple[object, object]],
                 seq_len: int) -> None:
        self.model = model
        self.embedding_layer = embedding
        self.cells = cells
        self.dense_layers = dense
        self.seq_len = seq_len
        self.table: np.ndarray | None = None
        self.dense: list[tuple[np.ndarray, np.ndarray | None, object]] = []

    @classmethod
    def of(cls, model, seq_len: int) -> RecurrentStack | None:
        """A stack for ``model`` if it is ``Embedding -> RNNs -> Dense`` as computed here, else None."""
        import keras

        chain = _chain(model)
        if not chain:
            return None
        layers = [layer for layer in chain if not isinstance(layer, keras.layers.Dropout)]
        if any(getattr(layer, "compute_dtype", "float32") != "float32" for layer in layers):
            return None
        if not layers or type(layers[0]) is not keras.layers.Embedding or layers[0].mask_zero:
            return None
        if any(getattr(layer, "quantization_mode", None) for layer in layers):
            return None
        cells: list[_Cell] = []
        dense: list[tuple[object, object]] = []
        for layer in layers[1:]:
            name = type(layer).__name__
            if type(layer) in (keras.layers.GRU, keras.layers.LSTM, keras.layers.SimpleRNN) and not dense:
                if layer.go_backwards or layer.stateful or (cells and not cells[-1].layer.return_sequences):
                    return None
                cell = layer.cell
                act = _activation(cell.activation)
                rec = _activation(getattr(cell, "recurrent_activation", cell.activation))
                if act is None or rec is None:
                    return None
                kind = name if name != "GRU" or cell.reset_after else "GRU0"
                cells.append(_Cell(layer, kind, int(cell.units), act, rec))
            elif type(layer) is keras.layers.Dense and cells:
                act = _activation(layer.activation)
                if act is None or getattr(layer, "lora_enabled", False):
                    return None
                dense.append((layer, act))
            else:
                return None
        if not cells or not dense or cells[-1].layer.return_sequences:
            return None
        return cls(model, layers[0], cells, dense, int(seq_len))

    def load(self) -> None:
        """Read the model's current weights (it may have trained since the last time)."""
        for cell in self.cells:
            cell.load()
        first = self.cells[0]
        self.table = first.project(_array(self.embedding_layer.embeddings))  # each character's input part
        self.dense = []
        for layer, act in self.dense_layers:
            bias = _array(layer.bias) if layer.use_bias else None
            self.dense.append((_array(layer.kernel), bias, act))

    def _output(self, h: np.ndarray) -> np.ndarray:
        for kernel, bias, act in self.dense:
            h = h @ kernel
            if bias is not None:
                h = h + bias
            h = act(h)
        return h

    def start(self, windows: np.ndarray) -> Reading:
        """Read the starting windows (``(streams, seq_len)`` character numbers); see :class:`Reading`."""
        if self.table is None:
            self.load()
        return Reading(self, np.asarray(windows, np.int64))

    def predict(self, windows: np.ndarray) -> np.ndarray:
        """The model's output for each window (what ``model(windows)`` gives), each window read alone."""
        self.load()
        with one_blas_thread():
            return self.start(np.asarray(windows, np.int64)).output()


class Reading:
    """The windows being read while text is written: ``output()`` for the current window, ``feed()`` the next.

    Slot ``k`` of each layer's state is the window that started at the ``k``-th character (mod
    ``seq_len``). Feeding a character resets the slot of the window that starts there and
    advances every slot by that character; the slot after it has then read a whole window.
    """

    def __init__(self, stack: RecurrentStack, windows: np.ndarray) -> None:
        self.stack = stack
        n, length = windows.shape
        self.states = []
        for cell in stack.cells:
            h = np.zeros((length, n, cell.units), np.float32)
            c = np.zeros_like(h) if cell.kind == "LSTM" else None
            self.states.append([h, c])
        self.pos = 0
        for t in range(length):
            self.feed(windows[:, t])

    def feed(self, chars: np.ndarray) -> None:
        """Every window in flight reads ``chars`` (one character number per stream); a new window starts."""
        stack = self.stack
        slot = self.pos % stack.seq_len
        xp = stack.table[np.asarray(chars, np.int64)][None]  # (1, streams, gates): the same for every slot
        last = len(stack.cells) - 1
        for k, (cell, state) in enumerate(zip(stack.cells, self.states)):
            h, c = state
            h[slot] = 0.0
            if c is not None:
                c[slot] = 0.0
            state[0], state[1] = cell.step(xp, h, c)
            if k < last:
                xp = stack.cells[k + 1].project(state[0])
        self.pos += 1

    def output(self) -> np.ndarray:
        """The model's output after the last ``seq_len`` characters fed (``(streams, units)``)."""
        slot = self.pos % self.stack.seq_len  # the oldest window: it has read seq_len characters
        return self.stack._output(self.states[-1][0][slot])


__all__ = ["Reading", "RecurrentStack", "one_blas_thread"]
