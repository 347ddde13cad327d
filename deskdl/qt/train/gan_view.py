"""The Train tab's live view of a GAN: samples from fixed noise, scrubbing back, losses, mode collapse.

Everything arrives as typed events from the GAN trainer (:mod:`deskdl.ml.trainers.gan`):

* ``samples`` pictures (latest-only, at least 4 a second): the generator's answers for 64
  fixed noise vectors, drawn as one 8x8 grid with the data's fixed value range (so a
  sample changes only because the generator learnt, never because the scale moved);
* ``samples_epoch`` pictures, one per epoch: kept (at most :data:`MAX_KEPT`, thinned
  evenly when more arrive) so the slider can scrub back through the run;
* ``gan2d`` pictures on 2-D data, GAN Lab style: the discriminator's answer over the plane
  (heatmap), the real points, the generated points and the generator's warped noise grid;
* scalars: the Train tab's curves plot ``d_loss``, ``g_loss``, ``d_real`` and ``d_fake``; this
  view says what D(real) and D(fake) mean, and shows the variety of the samples, explained when
  it falls low enough to mean mode collapse (:mod:`deskdl.core.gan`).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStackedWidget, QVBoxLayout, QWidget

from deskdl.core import events as ev
from deskdl.core import gan as gan_core
from deskdl.core.i18n import N_, translator
from deskdl.qt.kinds import KindView
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.train.gan_view")

#: Epoch grids kept for the slider (evenly thinned beyond this).
MAX_KEPT = 120
#: The least side of the sample grid and of the 2-D plane, in pixels (issue 11: not a thin strip).
MIN_PICTURE_PX = 300
GRID_TITLE = N_("Fixed-noise samples")
PLANE_TITLE = N_("Real vs generated")
LIVE_TEXT = N_("live")
PLANE_CAPTION = (
    N_("Blue: real points. Orange: the generator's points. Background: the discriminator's answer "
    "(light = 'real', dark = 'fake'). Lines: a square grid of noise, bent by the generator onto "
    "the plane.")
)
D_CAPTION = N_("D(real), D(fake): the discriminator's mean answers (0.5 and 0.5: it cannot tell them apart).")


def tile(samples: np.ndarray, columns: int = 8) -> np.ndarray:
    """Samples ``(n, h, w[, c])`` as one picture with a 1-pixel gap (flat samples ``(n, d)`` stay rows)."""
    s = np.asarray(samples, np.float32)
    if s.ndim == 2:
        return s
    if s.ndim == 4 and s.shape[-1] == 1:
        s = s[..., 0]
    n, h, w = s.shape[:3]
    rows = max(math.ceil(n / columns), 1)
    out = np.full((rows * (h + 1) - 1, columns * (w + 1) - 1, *s.shape[3:]), np.nan, np.float32)
    for i in range(n):
        r, c = divmod(i, columns)
        out[r * (h + 1) : r * (h + 1) + h, c * (w + 1) : c * (w + 1) + w] = s[i]
    return out


class GanTrainView(KindView):
    """Sample grid (or the 2-D plane), epoch slider, losses, D(real)/D(fake) and the variety verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gan_train_view")
        self._levels = (0.0, 1.0)
        self._two_d = False
        self.kept: list[tuple[float, np.ndarray]] = []  # (epoch, samples) for the slider
        self.live: np.ndarray | None = None
        self.live_epoch = 0.0
        self.variety = float("nan")
        self.best_variety = float("nan")  # the run's highest: collapse is variety lost, not not-yet-gained
        self.collapsed_shown = False
        self.pictures_seen = 0
        self.last_values: dict[str, float] = {}

        # -- the sample grid
        self.grid_widget = themed(pg.PlotWidget())
        self.grid_plot = self.grid_widget.getPlotItem()
        self.grid_plot.setTitle(_(GRID_TITLE))
        self.grid_plot.setAspectLocked(True)
        self.grid_plot.invertY(True)
        self.grid_plot.hideAxis("left")
        self.grid_plot.hideAxis("bottom")
        self.grid_plot.hideButtons()
        self.grid_plot.setMenuEnabled(False)
        self.grid_plot.setMouseEnabled(False, False)
        self.grid_image = pg.ImageItem(axisOrder="row-major")
        self.grid_plot.addItem(self.grid_image)
        add_export_button(self.grid_widget, "gan-samples")
        # Room enough to tell 64 samples apart (the right column widens for a GAN: qt.kinds' "wide").
        self.grid_widget.setMinimumSize(MIN_PICTURE_PX, MIN_PICTURE_PX)

        # -- the 2-D plane (GAN Lab)
        self.plane_widget = themed(pg.PlotWidget())
        self.plane = self.plane_widget.getPlotItem()
        self.plane.setTitle(_(PLANE_TITLE))
        self.plane.setAspectLocked(True)
        self.plane.hideButtons()
        self.plane.setMenuEnabled(False)
        self.heat = pg.ImageItem(axisOrder="row-major")
        self.heat.setZValue(-10)
        self.heat.setLookupTable(pg.colormap.get("CET-L1").getLookupTable(0.35, 1.0, 256))
        self.plane.addItem(self.heat)
        self.warp = pg.PlotCurveItem(pen=pg.mkPen(QColor(120, 120, 200, 160), width=1), connect="finite")
        self.warp.setZValue(2)
        self.plane.addItem(self.warp)
        self.real_pts = pg.ScatterPlotItem(size=4, pxMode=True, pen=None, brush=pg.mkBrush(0, 114, 178, 150))
        self.real_pts.setZValue(3)
        self.plane.addItem(self.real_pts)
        self.fake_pts = pg.ScatterPlotItem(size=4, pxMode=True, pen=None, brush=pg.mkBrush(230, 120, 0, 200))
        self.fake_pts.setZValue(4)
        self.plane.addItem(self.fake_pts)
        self.centres = pg.ScatterPlotItem(size=14, pxMode=True, symbol="o", brush=None)
        self.centres.setZValue(5)
        self.plane.addItem(self.centres)
        add_export_button(self.plane_widget, "gan-plane")
        self.plane_widget.setMinimumSize(MIN_PICTURE_PX, MIN_PICTURE_PX)  # square, GAN Lab style
        self.plane_caption = QLabel(_(PLANE_CAPTION))
        self.plane_caption.setWordWrap(True)
        self.plane_caption.setStyleSheet("color: #555;")

        self.stack = QStackedWidget()
        grid_page = QWidget()
        gbox = QVBoxLayout(grid_page)
        gbox.setContentsMargins(0, 0, 0, 0)
        gbox.addWidget(self.grid_widget, 1)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip(
            _("Drag left to see the samples of earlier epochs; all the way right follows the run.")
        )
        self.slider.valueChanged.connect(self._on_slider)
        self.slider_label = QLabel(_(LIVE_TEXT))
        self.slider_label.setFixedWidth(96)  # its text changes with every picture: no re-layout
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Epoch:")))
        row.addWidget(self.slider, 1)
        row.addWidget(self.slider_label)
        gbox.addLayout(row)
        plane_page = QWidget()
        pbox = QVBoxLayout(plane_page)
        pbox.setContentsMargins(0, 0, 0, 0)
        pbox.addWidget(self.plane_widget, 1)
        pbox.addWidget(self.plane_caption)
        self.stack.addWidget(grid_page)
        self.stack.addWidget(plane_page)

        # -- verdicts: variety (mode collapse) and, on the ring, the modes covered
        self.variety_label = QLabel("")
        self.variety_label.setWordWrap(True)
        self.modes_label = QLabel("")
        self.modes_label.setWordWrap(True)

        self.d_caption = QLabel(_(D_CAPTION))
        self.d_caption.setWordWrap(True)
        self.d_caption.setStyleSheet("color: #555;")

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack, 1)
        box.addWidget(self.variety_label)
        box.addWidget(self.modes_label)
        box.addWidget(self.d_caption)
        self.reset()

    # ---------------------------------------------------------------- events
    def on_run_started(self, event: ev.RunStarted) -> None:
        """Set the fixed value range and the view (grid or plane) for this run's data."""
        self.reset()
        info = event.info
        levels = info.get("levels") or (0.0, 1.0)
        self._levels = (float(levels[0]), float(levels[1]))
        self._two_d = tuple(info.get("input_shape") or ()) == (2,)
        self.stack.setCurrentIndex(1 if self._two_d else 0)
        if self._two_d:
            real = np.asarray(info.get("real_points"), np.float32).reshape(-1, 2)
            self.real_pts.setData(real[:, 0], real[:, 1])
            extent = info.get("extent") or (-1.2, 1.2, -1.2, 1.2)
            self.plane.getViewBox().disableAutoRange()  # the plane stays put; points outside it are cut
            self.plane.setRange(xRange=extent[:2], yRange=extent[2:], padding=0)
            centres = info.get("centres")
            if centres is not None:
                c = np.asarray(centres, np.float32)
                self.centres.setData(c[:, 0], c[:, 1], pen=pg.mkPen("#666", width=1))

    def on_scalars(self, event: ev.Scalars) -> None:
        """The newest losses and answers (the Train tab's curves plot them).

        At each epoch's end: the variety verdict and D(real), D(fake) in words (word-wrapped labels
        re-lay out the column when their text changes: once an epoch, not thirty times a second).
        """
        self.last_values.update(event.values)
        if event.per != ev.PER_EPOCH:
            return
        if "variety" in event.values:
            self._set_variety(event.values["variety"])
        if {"d_real", "d_fake"} <= set(event.values):
            self.d_caption.setText(
                _("D(real) {real:.2f}, D(fake) {fake:.2f}: the "
                  "discriminator's mean answers (0.5 and 0.5: it cannot tell them apart).").format(
                    real=event.values["d_real"], fake=event.values["d_fake"])
            )

    def on_picture(self, picture: ev.Picture) -> None:
        """The newest picture of its name: the live grid, an epoch's grid, or the 2-D plane."""
        self.pictures_seen += 1
        if picture.name in ("gan2d", "gan2d_epoch"):
            self._show_plane(picture)
            return
        samples = np.asarray(picture.array, np.float32)
        self._levels = tuple(float(v) for v in picture.levels)
        if picture.name == "samples_epoch":
            self._keep(picture.epoch, samples)
        self.live, self.live_epoch = samples, float(picture.epoch)
        if self.following:
            self._show_grid(samples, picture.epoch, live=True)

    def on_run_ended(self, event: ev.RunEnded) -> None:
        """The run is over: the last grid stays, the slider can scrub every kept epoch."""

    def reset(self) -> None:
        """Forget the run: no grid, no points, no curves."""
        self.kept = []
        self.live = None
        self.live_epoch = 0.0
        self.variety = float("nan")
        self.best_variety = float("nan")
        self.pictures_seen = 0
        self.last_values = {}
        self.d_caption.setText(_(D_CAPTION))
        self.grid_image.clear()
        self.heat.clear()
        self.fake_pts.setData([], [])
        self.real_pts.setData([], [])
        self.centres.setData([], [])
        self.warp.setData([], [])
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        self.slider_label.setText(_(LIVE_TEXT))
        self.variety_label.setText("")
        self.variety_label.setToolTip("")
        self.variety_label.setStyleSheet("")
        self.collapsed_shown = False
        self.modes_label.setText("")
        self.grid_plot.setTitle(_(GRID_TITLE))

    # ---------------------------------------------------------------- slider
    @property
    def following(self) -> bool:
        """Whether the grid follows the run (slider at its right end)."""
        return self.slider.value() >= self.slider.maximum()

    def _keep(self, epoch: float, samples: np.ndarray) -> None:
        was_following = self.following
        self.kept.append((float(epoch), samples))
        if len(self.kept) > MAX_KEPT:  # thin evenly: keep every other, the newest always
            self.kept = self.kept[-1::-2][::-1]
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self.kept))  # the last position is "live"
        if was_following:
            self.slider.setValue(len(self.kept))
        self.slider.blockSignals(False)

    def scrub_epochs(self) -> list[float]:
        """The epochs whose sample grids are kept (the Train tab's scrub slider offers them)."""
        return [e for e, _samples in self.kept]

    def scrub_to(self, epoch: float | None) -> None:
        """Move this view's slider to the grid kept at ``epoch`` (the last at or before it); None: live."""
        if epoch is None or not self.kept:
            self.slider.setValue(self.slider.maximum())
            return
        i = max([k for k, (e, _samples) in enumerate(self.kept) if e <= epoch] or [0])
        self.slider.setValue(i)  # redraws through the slider's own signal

    def _on_slider(self, value: int) -> None:
        if value >= len(self.kept):
            if self.live is not None:
                self._show_grid(self.live, self.live_epoch, live=True)
            return
        epoch, samples = self.kept[value]
        self._show_grid(samples, epoch, live=False)

    # ---------------------------------------------------------------- drawing
    def _show_grid(self, samples: np.ndarray, epoch: float, live: bool) -> None:
        self.grid_image.setImage(tile(samples), levels=self._levels, autoLevels=False)
        # The epoch goes beside the slider, not in the plot's title: a new title re-lays out the plot,
        # several times a second while training.
        self.slider_label.setText(f"{_(LIVE_TEXT)}: {epoch:.1f}" if live
                                   else _("after {epoch:g}").format(epoch=epoch))

    def _show_plane(self, picture: ev.Picture) -> None:
        meta = picture.meta
        extent = meta.get("extent") or (-1.2, 1.2, -1.2, 1.2)
        x0, x1, y0, y1 = extent
        self.heat.setImage(np.asarray(picture.array, np.float32), levels=(0.0, 1.0), autoLevels=False)
        self.heat.setRect(x0, y0, x1 - x0, y1 - y0)
        pts = np.asarray(meta.get("points", np.zeros((0, 2))), np.float32).reshape(-1, 2)
        self.fake_pts.setData(pts[:, 0], pts[:, 1])
        warp = meta.get("warp")
        if warp is not None:
            lines = np.asarray(warp, np.float32).reshape(-1, np.asarray(warp).shape[-2], 2)
            gap = np.full((len(lines), 1, 2), np.nan, np.float32)
            flat = np.concatenate([lines, gap], axis=1).reshape(-1, 2)
            self.warp.setData(flat[:, 0], flat[:, 1], connect="finite")
        covered = meta.get("modes_covered")
        if covered is not None:
            n, total = sum(bool(c) for c in covered), len(covered)
            text = _("Modes covered: {n} of {total}").format(n=n, total=total) + (
                _(" — every cloud gets points.")
                if n == total
                else _(" — the generator has not reached every cloud yet (or has left some: mode collapse).")
            )
            if text != self.modes_label.text():  # a wrapped label's new text re-lays out the column
                self.modes_label.setText(text)

    def _set_variety(self, value: float) -> None:
        if not math.isfinite(value):
            return
        self.variety = value
        best = value if not math.isfinite(self.best_variety) else max(self.best_variety, value)
        self.best_variety = best
        collapsed = gan_core.collapsed(value, best)
        text = gan_core.variety_text(value, best) + (
            _(" Hover here for why and what to do.") if collapsed else ""
        )
        if text != self.variety_label.text():
            self.variety_label.setText(text)
        if collapsed != self.collapsed_shown:  # a style sheet change re-polishes the label: only on a change
            self.collapsed_shown = collapsed
            self.variety_label.setToolTip(gan_core.collapse_why() if collapsed else "")
            self.variety_label.setStyleSheet("color: #b00020; font-weight: bold;" if collapsed else "")


__all__ = ["GanTrainView", "tile"]
