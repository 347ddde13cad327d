"""Events: a tiny observer for model edits, and the typed events of a training run.

:class:`Emitter` lets the core announce changes (a node added, a parameter
changed) without knowing about Qt.

The run events (DESIGN.md §3b) are what every trainer emits through its
reporter's ``emit``: frozen dataclasses, so a field that is missing is a
TypeError a test sees, not a key a tolerant reader guesses around.

* :class:`RunStarted` once, when data and models are ready: units and plan;
* :class:`Scalars` for numbers to plot (per batch: running means, per epoch: final values);
* :class:`Picture` for arrays to show (a sample grid, a frame): latest-only, through a
  :class:`Mailbox` that keeps the newest picture of each name and drops the rest;
* :class:`GradientNorms` now and then (the fit trainer: after an epoch): each layer's gradient norm;
* :class:`RunEnded` once, at the end: status, the run record and the models by role.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


class Emitter:
    """Named events with plain-callable subscribers.

    Subscribers are called synchronously in the order they connected. A view
    (the Qt scene) subscribes to the model; the model never knows who listens.
    """

    def __init__(self) -> None:
        self._subscribers: dict[str, list[Callable[..., Any]]] = defaultdict(list)
        self._blocked = 0

    def connect(self, event: str, callback: Callable[..., Any]) -> None:
        """Call ``callback(**payload)`` whenever ``event`` is emitted."""
        self._subscribers[event].append(callback)

    def disconnect(self, event: str, callback: Callable[..., Any]) -> None:
        """Stop calling ``callback`` for ``event`` (silently if not connected)."""
        subs = self._subscribers.get(event, [])
        if callback in subs:
            subs.remove(callback)

    def emit(self, event: str, **payload: Any) -> None:
        """Tell every subscriber of ``event`` and of the catch-all ``"changed"``."""
        if self._blocked:
            return
        for callback in list(self._subscribers.get(event, ())):
            callback(**payload)
        if event != "changed":
            for callback in list(self._subscribers.get("changed", ())):
                callback(event=event, **payload)

    def blocked(self) -> _Blocker:
        """Context manager that mutes all events (for bulk loads)."""
        return _Blocker(self)


class _Blocker:
    def __init__(self, emitter: Emitter) -> None:
        self._emitter = emitter

    def __enter__(self) -> Emitter:
        self._emitter._blocked += 1
        return self._emitter

    def __exit__(self, *exc: object) -> None:
        self._emitter._blocked -= 1


# ---------------------------------------------------------------- typed run events
@dataclass(frozen=True)
class RunStarted:
    """Data and models are ready; the run begins.

    Attributes:
        run_id: the run's id (the host stamps it when a trainer leaves it empty).
        kind: the project kind's id (``"gan"``).
        units: the trainer's units of work, outermost first (``("epoch", "batch")``).
        plan: how many of each unit the run means to do (``{"epoch": 20, "batch": 50}``:
            20 epochs of 50 batches each).
        info: anything else the views need (data set title, class names, sizes, roles);
            plain numbers, text, lists and small NumPy arrays only.
    """

    run_id: str
    kind: str
    units: tuple[str, ...]
    plan: Mapping[str, int]
    info: Mapping[str, Any] = field(default_factory=dict)


PER_BATCH = "batch"
PER_EPOCH = "epoch"


@dataclass(frozen=True)
class Scalars:
    """Numbers to plot, all measured at the same moment.

    Attributes:
        run_id: the run's id.
        epoch: the 0-based epoch (or the outermost unit's index).
        step: the 0-based index of the last inner unit done in this epoch (a batch, a
            generator step); ``-1`` for values of a whole epoch.
        values: name -> value (``{"d_loss": 0.69, "g_loss": 0.71}``); NaN kept, so views can show it.
        per: ``"batch"``: running means since the epoch began (as Keras reports them); ``"epoch"``:
            the epoch's final values (with ``val_*``).
        steps: inner units in an epoch, when known (for progress).
    """

    run_id: str
    epoch: int
    step: int
    values: Mapping[str, float]
    per: str = PER_BATCH
    steps: int | None = None

    def __post_init__(self) -> None:
        if self.per not in (PER_BATCH, PER_EPOCH):
            raise ValueError(f"Scalars.per must be 'batch' or 'epoch', not {self.per!r}")
        object.__setattr__(self, "values", {str(k): float(v) for k, v in self.values.items()})


@dataclass(frozen=True)
class Picture:
    """An array to show (a sample grid, a frame, a map), identified by ``name``.

    Only the newest picture of each name matters: a view that is behind skips to
    it (see :class:`Mailbox`). ``array`` must be the trainer's own copy: nothing
    may write to it after it is emitted.

    Attributes:
        run_id: the run's id.
        name: what it shows (``"samples"``, ``"frame"``); one stream per name.
        array: the picture: ``(h, w)`` or ``(h, w, channels)``, or for a stack ``(n, h, w[, c])``;
            values in ``levels``.
        epoch: when it was made, as a (fractional) epoch.
        levels: the value range to map to black..white (fixed for a stream, so it does not flicker).
        meta: anything else a view needs (a grid's extent, labels).
    """

    run_id: str
    name: str
    array: Any
    epoch: float = 0.0
    levels: tuple[float, float] = (0.0, 1.0)
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RunEnded:
    """The run is over.

    Attributes:
        run_id: the run's id.
        status: ``"finished"``, ``"stopped"``, ``"early_stopped"`` or ``"failed"``.
        record: the run's record for ``project.runs`` (see :mod:`deskdl.core.history`).
        models_by_role: role -> model handle. Across threads these are references
            (the GUI's ``ModelRef``), never the Keras objects themselves.
        message: for a failed run, the learner's explanation (with its fix); else empty.
    """

    run_id: str
    status: str
    record: Mapping[str, Any] = field(default_factory=dict)
    models_by_role: Mapping[str, Any] = field(default_factory=dict)
    message: str = ""


@dataclass(frozen=True)
class GradientNorms:
    """The length of the loss's gradient for each layer's kernel, measured on one fixed small batch.

    Vanishing gradients show as the first layers' norms far below the last's; exploding ones
    as norms in the thousands (:mod:`deskdl.core.doctor` reads both).

    Attributes:
        run_id: the run's id.
        epoch: the epochs done when it was measured (``1`` after the first epoch).
        layers: the layers' names, input side first.
        norms: one L2 norm per layer, in the order of ``layers`` (NaN or inf kept: they mean blow-up).
        seconds: what the measurement cost on the Keras thread.
    """

    run_id: str
    epoch: int
    layers: tuple[str, ...]
    norms: tuple[float, ...]
    seconds: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "layers", tuple(str(n) for n in self.layers))
        object.__setattr__(self, "norms", tuple(float(v) for v in self.norms))
        if len(self.layers) != len(self.norms):
            raise ValueError(f"GradientNorms needs one norm per layer: {len(self.layers)} layers, "
                             f"{len(self.norms)} norms")

    def as_dict(self) -> dict[str, float]:
        """Layer name -> norm, input side first (what the doctor's ``Evidence.gradient_norms`` takes)."""
        return dict(zip(self.layers, self.norms))


RunEvent = RunStarted | Scalars | Picture | GradientNorms | RunEnded


class Mailbox:
    """Latest-only pictures between two threads: the newest of each name waits, older ones are dropped.

    The trainer thread calls :meth:`put`; the GUI thread calls :meth:`take` for everything
    waiting, when a timer fires or when it is poked. ``put`` returns True when the
    mailbox was empty (exactly then the GUI needs a poke: one poke per batch of
    waiting pictures, however many were put), so a busy GUI never replays a
    backlog of stale frames and the signal queue never fills up. Pure Python and
    thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: OrderedDict[str, Picture] = OrderedDict()
        self.put_count = 0
        self.dropped = 0

    def put(self, picture: Picture) -> bool:
        """Leave ``picture`` (replacing a waiting one of the same name); True if the box was empty."""
        with self._lock:
            was_empty = not self._waiting
            if self._waiting.pop(picture.name, None) is not None:
                self.dropped += 1
            self._waiting[picture.name] = picture
            self.put_count += 1
            return was_empty

    def take(self) -> list[Picture]:
        """Every waiting picture (at most one per name, oldest name first); the box is empty after."""
        with self._lock:
            out = list(self._waiting.values())
            self._waiting.clear()
            return out

    def take_latest(self, name: str) -> Picture | None:
        """The waiting picture of ``name`` (removed), or None."""
        with self._lock:
            return self._waiting.pop(name, None)

    def clear(self) -> None:
        """Drop everything waiting (a new run begins)."""
        with self._lock:
            self._waiting.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._waiting)
