"""The Train tab: settings, controls, live curves and the decision boundary."""

from __future__ import annotations

from deskdl.qt.train.panel import TrainPanel

__all__ = ["TrainPanel"]
