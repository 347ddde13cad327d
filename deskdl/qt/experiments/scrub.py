"""A slider over a run's epochs: moves the per-epoch views to that epoch together."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from deskdl.core.i18n import translator
from deskdl.qt.train.boundary import epochs_text

_ = translator("qt.experiments.scrub")


class ScrubBar(QWidget):
    """Slider over the epochs that have snapshots; follows the newest while at the right end.

    Signals:
        epoch_chosen(float): the learner moved the slider to this (kept) epoch.
    """

    epoch_chosen = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip(_("Scrub through training: the decision boundary (or a GAN's or VAE's "
                                 "samples, or the attention maps) here and the Inspect tab's filters, "
                                 "histograms and gradient norms move to the chosen epoch together."))

        self.label = QLabel("")
        self.label.setFixedWidth(80)  # a new epoch count must not re-lay out the column
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(_("Epoch")))

        box.addWidget(self.slider, 1)
        box.addWidget(self.label)
        self._epochs: list[float] = []
        self.slider.valueChanged.connect(self._on_moved)
        self.setEnabled(False)
        self.setHidden(True)

    @property
    def at_end(self) -> bool:
        """The slider is at the newest epoch (and follows new ones)."""
        return self.slider.value() >= self.slider.maximum()

    def set_epochs(self, epochs: Sequence[float]) -> None:
        """The epochs one can scrub to (ascending); the slider stays where it was unless at the end."""
        follow = self.at_end
        self._epochs = list(epochs)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(self._epochs) - 1))
        if follow:
            self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)
        self.setEnabled(len(self._epochs) > 1)
        # Hidden until there is something to scrub (a disabled slider above an empty run list says nothing).
        self.setHidden(len(self._epochs) <= 1)
        self._label()

    def current_epoch(self) -> float | None:
        """The epoch the slider points at."""
        return self._epochs[self.slider.value()] if self._epochs else None

    def _label(self) -> None:
        e = self.current_epoch()
        self.label.setText("" if e is None else epochs_text(e))

    def _on_moved(self, _value: int) -> None:
        self._label()
        e = self.current_epoch()
        if e is not None:
            self.epoch_chosen.emit(float(e))
