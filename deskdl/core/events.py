"""A tiny observer, so the core can announce changes without knowing about Qt."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
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
