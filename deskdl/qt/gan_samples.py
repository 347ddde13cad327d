"""The Evaluate tab's page for a trained GAN: what the generator makes from noise it never saw.

A grid of 64 samples from fresh random noise (a button draws new noise); on 2-D
data the generated points over the real ones instead, with the modes covered when
the data is the ring of 8. The generator runs on the Keras thread (``host.call``
with the run's ModelRef); the answer is shown when it arrives, and an answer of an
older model or older noise is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from deskdl.core import datagen
from deskdl.core import gan as gan_core
from deskdl.core.i18n import N_, translator
from deskdl.ml.evaluate_report import generate_samples  # run on the Keras thread
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed
from deskdl.qt.train.gan_view import tile

_ = translator("qt.gan_samples")

N_GRID = 64
N_POINTS = 1000
TEXT = {
    "none": N_("Train the GAN on the Train tab first: its generator's samples appear here."),
    "making": N_("The generator is making samples…"),
    "grid": (N_("64 samples the generator made from new random noise (each picture from its own noise "
             "vector). Press New noise for 64 more: a healthy generator gives varied samples every time.")),
    "points": (N_("{n} points the generator made from new random noise (orange) over the real points "
                  "(blue).")),
    "failed": N_("The generator could not make samples: {error}"),
}


class GanSamplesPage(QWidget):
    """Samples of the run's generator: a grid of pictures, or points on the plane."""

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._generator = None
        self._tag: str | None = None
        self._seed = 0
        self._levels = (0.0, 1.0)
        self._two_d = False
        self._real: np.ndarray | None = None
        self._centres: np.ndarray | None = None
        self._spread = datagen.ring_std(0.0)
        self.samples: np.ndarray | None = None
        self.message = QLabel(_(TEXT["none"]))
        self.message.setWordWrap(True)
        self.new_button = QPushButton(_("New noise"))
        self.new_button.setToolTip(_("Draw new random noise and let the generator turn it into samples."))
        self.new_button.clicked.connect(self.new_noise)
        self.new_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.new_button)

        self.grid_widget = themed(pg.PlotWidget())
        self.grid_plot = self.grid_widget.getPlotItem()
        self.grid_plot.setTitle(_("Generated samples"))
        self.grid_plot.setAspectLocked(True)
        self.grid_plot.invertY(True)
        for ax in ("left", "bottom"):
            self.grid_plot.hideAxis(ax)
        self.grid_plot.hideButtons()
        self.grid_plot.setMenuEnabled(False)
        self.grid_image = pg.ImageItem(axisOrder="row-major")
        self.grid_plot.addItem(self.grid_image)
        add_export_button(self.grid_widget, "gan-generated-samples")
        self.plane_widget = themed(pg.PlotWidget())
        self.plane = self.plane_widget.getPlotItem()
        self.plane.setTitle(_("Generated and real points"))
        self.plane.setAspectLocked(True)
        self.plane.hideButtons()
        self.real_pts = pg.ScatterPlotItem(size=4, pxMode=True, pen=None, brush=pg.mkBrush(0, 114, 178, 150))
        self.fake_pts = pg.ScatterPlotItem(size=4, pxMode=True, pen=None, brush=pg.mkBrush(230, 120, 0, 200))
        self.plane.addItem(self.real_pts)
        self.plane.addItem(self.fake_pts)
        add_export_button(self.plane_widget, "gan-generated-points")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid_widget)
        self.stack.addWidget(self.plane_widget)
        self.modes_label = QLabel("")
        self.modes_label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.stack, 1)
        box.addWidget(self.modes_label)
        self.host.worker.call_finished.connect(self._on_call_finished)
        self.host.worker.call_failed.connect(self._on_call_failed)

    def reset(self) -> None:
        """No generator: nothing shown, no answer awaited."""
        self._generator = None
        self._tag = None
        self.samples = None
        self.grid_image.clear()
        self.fake_pts.setData([], [])
        self.real_pts.setData([], [])
        self.modes_label.setText("")
        self.message.setText(_(TEXT["none"]))
        self.new_button.setEnabled(False)

    def set_generator(self, generator: Any, data: Mapping[str, Any]) -> None:
        """Show samples of ``generator`` (a ModelRef) trained on ``data`` (the project's data settings)."""
        from deskdl.ml.start_checks import data_facts

        self.reset()
        self._generator = generator
        try:
            facts = data_facts(data)  # NumPy only, cached: the real samples' shape and range
            real = np.asarray(facts.x_train, np.float32)
            self._levels = (float(real.min()), float(real.max())) if real.size else (0.0, 1.0)
        except Exception:  # noqa: BLE001 - data not on this computer: show the samples on 0..1
            real, self._levels = None, (0.0, 1.0)
        self._two_d = real is not None and real.ndim == 2 and real.shape[1] == 2
        self.stack.setCurrentIndex(1 if self._two_d else 0)
        self._centres = None
        if data.get("dataset") == "ring8":
            self._centres = datagen.ring_centres()
            self._spread = datagen.ring_std(float((data.get("params") or {}).get("noise", 0.0)))
        if self._two_d:
            r = real[:N_POINTS]
            self.real_pts.setData(r[:, 0], r[:, 1])
            x0, x1, y0, y1 = datagen.EXTENT_2D
            self.plane.getViewBox().disableAutoRange()
            self.plane.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.new_button.setEnabled(True)
        self.new_noise()

    @Slot()
    def new_noise(self) -> None:
        """Ask the generator for samples of new random noise."""
        if self._generator is None:
            return
        self._seed += 1
        self.message.setText(_(TEXT["making"]))
        self._tag = self.host.call(generate_samples, self._generator, N_POINTS if self._two_d else N_GRID,
                                   self._seed)

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag != self._tag:
            return
        self._tag = None
        self.samples = np.asarray(result, np.float32)
        if self._two_d:
            pts = self.samples.reshape(-1, 2)
            self.fake_pts.setData(pts[:, 0], pts[:, 1])
            self.message.setText(_(TEXT["points"]).format(n=len(pts)))
            if self._centres is not None:
                covered = gan_core.modes_covered(pts, self._centres, 3 * self._spread)
                self.modes_label.setText(
                    _("Modes covered: {n} of {total}.").format(n=sum(covered), total=len(covered)))
            return
        self.grid_image.setImage(tile(self.samples), levels=self._levels, autoLevels=False)
        self.message.setText(_(TEXT["grid"]))

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, _details: str) -> None:
        if tag != self._tag:
            return
        self._tag = None
        self.message.setText(_(TEXT["failed"]).format(error=message))


__all__ = ["GanSamplesPage", "generate_samples"]
