"""How fast a training agent plays, and how often it is drawn: set by the view, read by the trainer.

The Train tab's speed control changes it while a run goes on, so it cannot be
part of the (immutable) job: it is one small thread-safe object that the view
writes and the trainer reads once per environment step (a plain attribute read).

* ``realtime``: every step is drawn and the agent plays at the task's own clock
  (CartPole: 50 steps a second), so a learner can follow each move;
* ``fast``: full speed; every :data:`DRAW_EVERY`-th episode is drawn (at most 30 frames a second);
* ``off``: full speed, nothing drawn.
"""

from __future__ import annotations

import threading

REALTIME = "realtime"
FAST = "fast"
OFF = "off"
MODES = (REALTIME, FAST, OFF)
#: In fast mode, one episode in this many is drawn.
DRAW_EVERY = 10
#: Frames a second at most, whatever the mode.
MAX_FPS = 30.0


class Pace:
    """The current speed mode (thread-safe: one lock around a string)."""

    def __init__(self, mode: str = FAST) -> None:
        self._lock = threading.Lock()
        self._mode = mode

    @property
    def mode(self) -> str:
        """``realtime``, ``fast`` or ``off``."""
        with self._lock:
            return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in MODES:
            raise ValueError(f"the speed must be one of {', '.join(MODES)}, not {value!r}")
        with self._lock:
            self._mode = value

    def draws(self, episode: int) -> bool:
        """Whether frames of ``episode`` (0-based) are drawn at all."""
        mode = self.mode
        return mode == REALTIME or (mode == FAST and episode % DRAW_EVERY == 0)


#: The one pace of the app (one run trains at a time).
PACE = Pace()
