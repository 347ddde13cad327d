"""The Train tab's live view of a VAE: decodes of 64 fixed random codes, and a slider back through them.

The VAE trainer (:mod:`deskdl.ml.trainers.vae`) emits a ``samples`` picture every
``algorithm.sample_every`` epochs (and after the last): the decoder's pictures of
the same 64 codes drawn once from N(0, I), as one 8x8 grid in the data's fixed
value range. They arrive latest-only; each one is also kept so the slider can
scrub back through the run. The curves beside it plot ``reconstruction`` and
``kl`` on their own.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSlider, QVBoxLayout, QWidget

from deskdl.core import events as ev
from deskdl.core.i18n import N_, translator
from deskdl.qt.kinds import KindView
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.train.vae_view")

#: Grids kept for the slider (the oldest are dropped beyond this).
MAX_KEPT = 200
TITLE = N_("Random codes, decoded")
CAPTION = (N_("The decoder's pictures of the same 64 codes drawn from N(0, 1): blurry blobs at first, then "
           "pictures like the data. Curves: 'reconstruction' is how well it rebuilds, 'kl' how far the codes "
           "are from N(0, 1)."))
WAITING = N_("No grid yet")


class VaeTrainView(KindView):
    """The latest sample grid, its epoch, and a slider to look at earlier ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vae_train_view")
        self.kept: list[tuple[float, np.ndarray, tuple[float, float]]] = []
        self.pictures_seen = 0
        self.view = themed(pg.PlotWidget())
        self.plot = self.view.getPlotItem()
        self.plot.setTitle(_(TITLE))
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(np.linspace(255, 0, 256).astype(np.uint8))  # dark ink on white
        self.plot.addItem(self.image)
        add_export_button(self.view, "vae-samples")
        self.epoch_label = QLabel(_(WAITING))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setEnabled(False)
        self.slider.setToolTip(_("Look back at the grids of earlier epochs"))
        self.slider.valueChanged.connect(self._on_slider_moved)
        caption = QLabel(_(CAPTION))
        caption.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view, 1)
        box.addWidget(self.epoch_label)
        box.addWidget(self.slider)
        box.addWidget(caption)

    def on_run_started(self, event: ev.RunStarted) -> None:
        """A new run: its grids only."""
        self.reset()

    def on_picture(self, picture: ev.Picture) -> None:
        """Keep and show a new grid (unless the learner is looking at an older one)."""
        if picture.name != "samples":
            return
        self.pictures_seen += 1
        following = self.slider.value() == self.slider.maximum()
        self.kept.append((float(picture.epoch), np.asarray(picture.array, np.float32),
                          tuple(picture.levels)))  # type: ignore[arg-type]
        del self.kept[:-MAX_KEPT]
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self.kept) - 1)
        self.slider.setEnabled(len(self.kept) > 1)
        if following or len(self.kept) == 1:
            self.slider.setValue(len(self.kept) - 1)
        self.slider.blockSignals(False)
        self._show(self.slider.value())

    def scrub_epochs(self) -> list[float]:
        """The epochs whose sample grids are kept (the Train tab's scrub slider offers them)."""
        return [e for e, _grid, _levels in self.kept]

    def scrub_to(self, epoch: float | None) -> None:
        """Show the grid kept at ``epoch`` (the last at or before it); ``None``: the newest."""
        if not self.kept:
            return
        if epoch is None:
            i = len(self.kept) - 1
        else:
            i = max([k for k, (e, _grid, _levels) in enumerate(self.kept) if e <= epoch] or [0])
        self.slider.setValue(i)  # redraws through the slider's own signal

    def _on_slider_moved(self, index: int) -> None:
        self._show(index)

    def _show(self, index: int) -> None:
        if not self.kept:
            return
        epoch, grid, levels = self.kept[index]
        self.image.setImage(grid, levels=levels)
        if index == len(self.kept) - 1:
            self.epoch_label.setText(_("After epoch {epoch:g} (latest)").format(epoch=epoch))
        else:
            self.epoch_label.setText(_("After epoch {epoch:g}").format(epoch=epoch))

    def reset(self) -> None:
        """Forget every grid."""
        self.kept = []
        self.image.clear()
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.setEnabled(False)
        self.slider.blockSignals(False)
        self.epoch_label.setText(_(WAITING))


__all__ = ["VaeTrainView"]
