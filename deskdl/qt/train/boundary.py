"""Decision boundary (classification) or fitted surface (regression) of a 2-D data set.

In the spirit of TensorFlow Playground: the background is what the network
answers at every spot of a grid, the dots are the data. An ``ImageItem`` with
fixed levels is updated in place from probe payloads; nothing else is rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from deskdl.core.i18n import N_, translator
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.train.boundary")


def shown(text: str) -> str:
    """One of this module's texts (marked with ``N_``) in the chosen language."""
    return _(text)

#: Class colours for points and regions (Playground's orange and blue first).
CLASS_COLORS = ("#F59322", "#0877BD", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F",
                "#BCBD22", "#17BECF")

CAPTION_CLS = (N_("Colour: the class predicted at each spot; pale: unsure (the boundary). "
               "White rim: training data; dark rim: test data."))
CAPTION_REG = N_("Colour: the value predicted at each spot (the fitted surface). Dots: the data, same scale.")
#: The captions in full, as their tooltips.
CAPTION_TIPS = {
    CAPTION_CLS: (N_("Background: the class the network predicts at every spot of the plane. Colour = the "
                  "predicted class; pale = no class has a high probability there (the boundary). Dots "
                  "with a white rim: training data; dots with a dark rim: test data.")),
    CAPTION_REG: (N_("Background: the value the network predicts at every spot (the fitted surface). Dots: "
                  "the data, coloured by their true value on the same scale.")),
}
#: The plot's least height: at 1280x720 the plane stays a readable square beside the run list.
PLOT_MIN_HEIGHT = 200

#: MC dropout (deskdl.ml.uncertainty): the legend of the uncertainty picture and its messages.
UNCERTAINTY_BOX = N_("Show uncertainty (MC dropout)")
UNCERTAINTY_TIP = (N_("Keep dropout on while the trained model answers, ask it {n} times at every spot, and "
                   "paint how much its answers disagree: where it does not know. Needs a Dropout layer."))
UNCERTAINTY_TITLE = N_("MC dropout spread")
CAPTION_UNC_CLS = (N_("Colour (bar): the standard deviation, over {n} passes with dropout on, of the "
                   "predicted class's probability. White: the passes agree. Dark: they disagree, the "
                   "model does not know."))
CAPTION_UNC_REG = (N_("Colour (bar): the standard deviation of the predicted value over {n} passes with "
                   "dropout on. White: the passes agree. Dark: they disagree, the model does not know."))
#: The caption's tooltip: the method in full.
UNC_DETAILS = (N_("Monte Carlo dropout. Dropout normally acts only in training. Here it stays on while the "
               "trained model answers: each of the {n} passes drops other units at random, so the answers "
               "differ a little. At every spot the picture shows their standard deviation (for classes: of "
               "the probability of the class with the highest mean probability). The mean of the passes is "
               "the model's prediction; the spread is an estimate of how unsure it is, not a guarantee: "
               "it depends on the dropout rate, and far from the data a network can still be wrongly sure."))
UNC_ASKING = N_("Asking the model {n} times at every spot, with dropout on…")
UNC_NO_MODEL = N_("Train the model first: then this box shows where it is unsure.")
UNC_BUSY = N_("The model is training: its uncertainty is painted here when the run has ended.")
#: White (the passes agree) to dark purple (they disagree): apart from the orange and blue classes.
UNC_COLORS = ("#FFFFFF", "#C77DDB", "#4A1466")


def epochs_text(epoch: float) -> str:
    """``3 epochs``, ``1 epoch``, ``2.4 epochs``: whole epochs as whole numbers."""
    e = float(epoch)
    if abs(e - round(e)) < 1e-6:
        n = int(round(e))
        return _("{n} epoch").format(n=n) if n == 1 else _("{n} epochs").format(n=n)
    return _("{e:.1f} epochs").format(e=e)


def class_rgb(n: int) -> np.ndarray:
    """``(n, 3)`` floats in 0..1 for class colours (cycled when there are many)."""
    cols = [QColor(CLASS_COLORS[i % len(CLASS_COLORS)]) for i in range(n)]
    return np.array([[c.redF(), c.greenF(), c.blueF()] for c in cols], dtype=np.float32)


def probabilities_to_rgb(probs: np.ndarray, strength: float = 0.75) -> np.ndarray:
    """``(H, W, K)`` class probabilities (or ``(H, W)``/``(H, W, 1)`` sigmoid) -> ``(H, W, 3)`` RGB.

    White where the network is unsure, the winning class's colour where it is sure.
    """
    p = np.asarray(probs, dtype=np.float32)
    if p.ndim == 2:
        p = p[..., None]
    if p.shape[-1] == 1:  # one sigmoid output: probability of class 1
        p = np.concatenate([1.0 - p, p], axis=-1)
    k = p.shape[-1]
    win = np.argmax(p, axis=-1)
    pmax = np.take_along_axis(p, win[..., None], axis=-1)[..., 0]
    conf = np.clip((pmax - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0) if k > 1 else np.ones_like(pmax)
    colors = class_rgb(k)
    rgb = 1.0 + (conf * strength)[..., None] * (colors[win] - 1.0)
    return np.clip(rgb, 0.0, 1.0)


TRAIN_FIRST = N_("Not trained yet.")

#: Height of the plot's title and bottom axis, added to its width for a square data area.
PLOT_CHROME_PX = 44


CLICK_HINT = N_("Click a spot of the plane to see the model's answer there.")
NO_MODEL_YET = N_("Train the model first: then a click shows its answer at that spot.")
BUSY_TRAINING = N_("The model is training: click again when the run has finished or stopped.")
ASKING = N_("Asking the model about ({x:.2f}, {y:.2f})…")


def answer_text(x: float, y: float, values: Sequence[float], task: str = "classification",
                class_names: Sequence[str] | None = None) -> str:
    """The model's answer at ``(x, y)`` in words: each class's probability, or the predicted value.

    ``values``: the model's output for that point (softmax probabilities, one sigmoid
    probability of class 1, or regression values).
    """
    v = [float(a) for a in np.asarray(values, dtype=np.float64).ravel()]
    if task == "regression":
        values_text = ", ".join(f"{a:.3g}" for a in v)
        return _("At ({x:.2f}, {y:.2f}) the model predicts {values}.").format(x=x, y=y, values=values_text)
    probs = [1.0 - v[0], v[0]] if len(v) == 1 else v

    def name(i: int) -> str:
        if class_names is not None and i < len(class_names):
            return str(class_names[i])
        return _("class {i}").format(i=i)

    best = int(np.argmax(probs))
    parts = ", ".join(f"{name(i)} {100 * p:.0f}%" for i, p in enumerate(probs))
    return _("At ({x:.2f}, {y:.2f}) the model predicts {name}: the probabilities are {parts}.").format(
        x=x, y=y, name=name(best), parts=parts)


class DecisionBoundaryView(QWidget):
    """A 2-D plot with the model's answer as a heatmap and the data points on top.

    A left click on the plane emits :attr:`point_clicked` with the spot in data
    coordinates; the Train tab asks the model (on the Keras thread) and shows
    the answer with :meth:`show_answer`.
    """

    point_clicked = Signal(float, float)
    #: The learner ticked (True) or unticked (False) "Show uncertainty (MC dropout)".
    uncertainty_toggled = Signal(bool)
    #: An uncertainty picture was painted (the lessons count it as looked at).
    uncertainty_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plot_widget = themed(pg.PlotWidget())
        # Scale the 64 x 64 answer grid smoothly: blocky cells would read as the model's doing.
        self._plot_widget.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self._plot_widget.setMinimumHeight(PLOT_MIN_HEIGHT)
        self._plot = self._plot_widget.getPlotItem()
        self._plot.setAspectLocked(True)
        self._plot.hideButtons()
        self._plot.setMenuEnabled(False)
        self._plot.showGrid(x=False, y=False)
        self._plot.setTitle(_("Decision boundary"))
        for ax in ("left", "bottom"):
            self._plot.getAxis(ax).enableAutoSIPrefix(False)
        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setZValue(-10)
        self._plot.addItem(self._image)
        self._train_pts = pg.ScatterPlotItem(size=7, pxMode=True)
        self._test_pts = pg.ScatterPlotItem(size=7, pxMode=True)
        self._train_pts.setZValue(5)
        self._test_pts.setZValue(6)
        self._plot.addItem(self._train_pts)
        self._plot.addItem(self._test_pts)
        # Where the learner clicked: a ring, and the model's answer there in words under the plot.
        self._marker = pg.ScatterPlotItem(size=13, pxMode=True, symbol="o", brush=None,
                                          pen=pg.mkPen("k", width=2))
        self._marker.setZValue(10)
        self._plot.addItem(self._marker)
        self._answer = QLabel(_(CLICK_HINT))
        self._answer.setWordWrap(True)
        self._answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._plot_widget.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._plot_widget.setCursor(Qt.CursorShape.CrossCursor)
        self.export_button = add_export_button(self._plot_widget, "decision-boundary", self.answer_table)
        self._grid: tuple[tuple[float, ...], np.ndarray] | None = None
        self._class_names: list[str] | None = None
        self._cmap = pg.colormap.get("viridis")
        self._colorbar: pg.ColorBarItem | None = None
        self._caption = QLabel(_(CAPTION_CLS))
        self._caption.setToolTip(shown(CAPTION_TIPS[CAPTION_CLS]))
        self._caption.setWordWrap(True)
        self._caption.setStyleSheet("color: #555;")
        self._status = QLabel("")
        self._status.setStyleSheet("color: #555;")
        self._status.setWordWrap(True)  # "Train the model to see its answer here." beside the checkbox
        self._show_test = QCheckBox(_("Show test data"))
        self._show_test.setChecked(True)
        self._show_test.setToolTip(_("Test data is never trained on: it shows how well the boundary "
                                   "generalises."))
        self._show_test.toggled.connect(self._on_show_test_toggled)
        self.uncertainty_box = QCheckBox(_(UNCERTAINTY_BOX))
        self.uncertainty_box.toggled.connect(self._on_uncertainty_box)
        self._unc: tuple[tuple[float, ...], np.ndarray, int] | None = None  # extent, spread, passes
        self._data_range: tuple[tuple[float, float], tuple[float, float]] | None = None  # set_points' view
        self._unc_cmap = pg.ColorMap(pos=[0.0, 0.5, 1.0], color=list(UNC_COLORS))
        self.set_uncertainty_passes(30)
        row = QHBoxLayout()
        row.addWidget(self._status, 1)
        row.addWidget(self._show_test)
        unc_row = QHBoxLayout()
        unc_row.addWidget(self.uncertainty_box)
        unc_row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._plot_widget, 1)
        box.addLayout(row)
        box.addLayout(unc_row)
        box.addWidget(self._answer)
        box.addWidget(self._caption)
        box.addStretch(0)
        self._task = "classification"
        self._n_classes = 2
        self._levels = (0.0, 1.0)
        self.updates = 0

    # ------------------------------------------------------------------ data
    def set_points(self, x_train: np.ndarray, y_train: np.ndarray,
                   x_test: np.ndarray | None = None, y_test: np.ndarray | None = None, *,
                   task: str = "classification", n_classes: int | None = None,
                   class_names: Sequence[str] | None = None) -> None:
        """Show the data points; call once per data set (the heatmap is cleared)."""
        self._task = task
        self._class_names = [str(c) for c in class_names] if class_names is not None else None
        self.clear_answer()
        self._drop_uncertainty()
        x_train = np.asarray(x_train, dtype=np.float64)
        y_train = np.asarray(y_train)
        self._image.clear()
        self._status.setText(_(TRAIN_FIRST))
        if task == "regression":
            ys = [y_train.ravel()] + ([np.asarray(y_test).ravel()] if y_test is not None else [])
            allv = np.concatenate(ys).astype(np.float64)
            lo, hi = float(np.nanmin(allv)), float(np.nanmax(allv))
            if hi <= lo:
                hi = lo + 1.0
            self._levels = (lo, hi)
            self._plot.setTitle(_("Fitted surface"))
            self._caption.setText(_(CAPTION_REG))
            self._caption.setToolTip(shown(CAPTION_TIPS[CAPTION_REG]))
            self._ensure_colorbar()
        else:
            labels = _labels(y_train)
            k = n_classes or int(max(labels.max(initial=0) + 1, 2))
            self._n_classes = k
            self._levels = (0.0, 1.0)
            self._plot.setTitle(_("Decision boundary"))
            self._caption.setText(_(CAPTION_CLS))
            self._caption.setToolTip(shown(CAPTION_TIPS[CAPTION_CLS]))
            self._drop_colorbar()
        self._fill(self._train_pts, x_train, y_train, rim="w")
        if x_test is not None and y_test is not None and len(x_test):
            self._fill(self._test_pts, np.asarray(x_test, dtype=np.float64), np.asarray(y_test), rim="#222")
        else:
            self._test_pts.clear()
        pts = x_train if x_test is None or not len(x_test) else np.vstack([x_train, np.asarray(x_test)])
        if len(pts):
            (x0, y0), (x1, y1) = pts.min(axis=0)[:2], pts.max(axis=0)[:2]
            pad = 0.05 * max(x1 - x0, y1 - y0, 1e-6)
            self._data_range = ((x0 - pad, x1 + pad), (y0 - pad, y1 + pad))
            self._plot.setRange(xRange=self._data_range[0], yRange=self._data_range[1], padding=0)

    def _fill(self, item: pg.ScatterPlotItem, x: np.ndarray, y: np.ndarray, rim: str) -> None:
        pen = pg.mkPen(rim, width=1)
        if self._task == "regression":
            lo, hi = self._levels
            t = np.clip((np.asarray(y, dtype=np.float64).ravel() - lo) / (hi - lo), 0, 1)
            cols = self._cmap.map(t, mode="qcolor")
            brushes = [pg.mkBrush(c) for c in cols]
        else:
            labels = _labels(y)
            palette = [pg.mkBrush(CLASS_COLORS[i % len(CLASS_COLORS)]) for i in range(self._n_classes)]
            brushes = [palette[int(c) % len(palette)] for c in labels]
        item.setData(x=x[:, 0], y=x[:, 1], brush=brushes, pen=pen)

    def set_grid(self, extent: Sequence[float], values: np.ndarray, epoch: float | None = None) -> None:
        """Update the heatmap.

        Args:
            extent: ``(xmin, xmax, ymin, ymax)`` of the grid's outer cell edges.
            values: ``(H, W, K)`` class probabilities, ``(H, W)`` sigmoid probability,
                or ``(H, W)`` regression values; row ``i`` is ``y`` increasing.
            epoch: shown under the plot.
        """
        v = np.asarray(values)
        self._grid = (tuple(float(e) for e in extent), v)
        self._drop_uncertainty()  # a new answer (a new model, or another epoch): the old spread is gone
        if self._task == "regression":
            img = v.reshape(v.shape[0], v.shape[1]).astype(np.float32)
            img = np.nan_to_num(img, nan=self._levels[0])
            self._image.setImage(img, levels=self._levels, autoLevels=False,
                                 lut=self._cmap.getLookupTable(nPts=256))
        else:
            self._image.setImage(probabilities_to_rgb(v), levels=(0.0, 1.0), autoLevels=False)
        x0, x1, y0, y1 = (float(e) for e in extent)
        self._image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.updates += 1
        if epoch is not None:
            self._status.setText(_("after {epochs}").format(epochs=epochs_text(epoch)))

    def clear_grid(self) -> None:
        """Forget the heatmap and the epoch it showed (the points stay), and any clicked answer."""
        self._drop_uncertainty()
        self._image.clear()
        self._grid = None
        self.clear_answer()
        self._status.setText(_(TRAIN_FIRST) if self._train_pts.data.size else "")

    def clear(self) -> None:
        """Forget the data points too (data without a plane to show, e.g. pictures)."""
        self._train_pts.clear()
        self._test_pts.clear()
        self.clear_grid()

    def image_array(self) -> np.ndarray | None:
        """The image currently shown (for tests)."""
        return self._image.image

    def _ensure_colorbar(self) -> None:
        if self._colorbar is None:
            self._colorbar = pg.ColorBarItem(values=self._levels, colorMap=self._cmap, interactive=False,
                                             width=12)
            self._colorbar.setImageItem(self._image, insert_in=self._plot)
        else:
            self._colorbar.setLevels(self._levels)

    # ------------------------------------------------------- MC dropout
    def set_uncertainty_passes(self, n: int) -> None:
        """How many passes the uncertainty box asks for (its tooltip says it)."""
        self._passes = int(n)
        self.uncertainty_box.setToolTip(_(UNCERTAINTY_TIP).format(n=self._passes))

    def set_uncertainty(self, extent: Sequence[float], spread: np.ndarray, passes: int) -> None:
        """Paint the MC-dropout spread ``(H, W)`` over the plane, with its colour bar and legend.

        The bar runs from 0 to the spread's largest value rounded up to 0.05 (at least 0.05), so a
        small spread does not look like a large one and the colours stay readable.
        """
        sp = np.nan_to_num(np.asarray(spread, dtype=np.float32), nan=0.0)
        top = max(0.05, float(np.ceil(float(sp.max(initial=0.0)) * 20.0 - 1e-6) / 20.0))
        self._unc = (tuple(float(e) for e in extent), sp, int(passes))
        self._drop_colorbar()
        self._image.setImage(sp, levels=(0.0, top), autoLevels=False,
                             lut=self._unc_cmap.getLookupTable(nPts=256))
        x0, x1, y0, y1 = self._unc[0]
        self._image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        # The whole plane the model was asked about: uncertainty far from the data matters here.
        self._plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._colorbar = pg.ColorBarItem(values=(0.0, top), colorMap=self._unc_cmap, interactive=False,
                                         width=12)
        self._colorbar.setImageItem(self._image, insert_in=self._plot)
        self._plot.setTitle(_(UNCERTAINTY_TITLE))
        cap = CAPTION_UNC_REG if self._task == "regression" else CAPTION_UNC_CLS
        self._caption.setText(_(cap).format(n=int(passes)))
        self._caption.setToolTip(_(UNC_DETAILS).format(n=int(passes)))
        self._answer.setText(_("Largest spread: {spread:.2f}. Click a spot for the "
                               "model's usual answer there.").format(spread=float(sp.max(initial=0.0))))
        if not self.uncertainty_box.isChecked():
            self.uncertainty_box.blockSignals(True)
            self.uncertainty_box.setChecked(True)
            self.uncertainty_box.blockSignals(False)
        self.updates += 1
        self.uncertainty_shown.emit()

    @property
    def task(self) -> str:
        """``classification`` or ``regression``: what the shown data set asks of the model."""
        return self._task

    def say(self, text: str) -> None:
        """Show ``text`` on the line under the plot (without a ring on the plane)."""
        self._marker.clear()
        self._answer.setText(text)

    def uncertainty_array(self) -> np.ndarray | None:
        """The spread now painted (for tests), or None when the boundary shows."""
        return None if self._unc is None else self._unc[1]

    def uncertainty_message(self, text: str) -> None:
        """Say why no uncertainty is shown (no model, no Dropout layer, ...) and untick the box."""
        self._drop_uncertainty()
        self._answer.setText(text)

    def _drop_uncertainty(self) -> None:
        """Back to the boundary (or fitted surface): untick the box without asking again."""
        if self.uncertainty_box.isChecked():
            self.uncertainty_box.blockSignals(True)
            self.uncertainty_box.setChecked(False)
            self.uncertainty_box.blockSignals(False)
        if self._unc is None:
            return
        self._unc = None
        self._drop_colorbar()
        if self._data_range is not None:
            self._plot.setRange(xRange=self._data_range[0], yRange=self._data_range[1], padding=0)
        self._answer.setText(_(CLICK_HINT))
        if self._task == "regression":
            self._plot.setTitle(_("Fitted surface"))
            self._caption.setText(_(CAPTION_REG))
            self._caption.setToolTip(shown(CAPTION_TIPS[CAPTION_REG]))
            self._ensure_colorbar()
        else:
            self._plot.setTitle(_("Decision boundary"))
            self._caption.setText(_(CAPTION_CLS))
            self._caption.setToolTip(shown(CAPTION_TIPS[CAPTION_CLS]))
        if self._grid is not None:
            extent, values = self._grid
            self.set_grid(extent, values)
        else:
            self._image.clear()

    def _on_uncertainty_box(self, checked: bool) -> None:
        if not checked:
            self._drop_uncertainty()
        self.uncertainty_toggled.emit(bool(checked))

    def _drop_colorbar(self) -> None:
        if self._colorbar is not None:
            self._plot.layout.removeItem(self._colorbar)
            self._colorbar.setParentItem(None)
            if self._colorbar.scene() is not None:
                self._colorbar.scene().removeItem(self._colorbar)
            self._colorbar = None

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Keep the plot about square.

        With the aspect locked, a tall plot would show empty bands above and below
        the heatmap (the model is only asked about the square ``EXTENT_2D``).
        """
        self._plot_widget.setMaximumHeight(max(160, self.width() + PLOT_CHROME_PX))
        super().resizeEvent(event)

    # --------------------------------------------------------- click a spot
    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self._plot.getViewBox()
        pos = event.scenePos()
        if not vb.sceneBoundingRect().contains(pos):
            return  # on an axis or the title
        p = vb.mapSceneToView(pos)
        self.point_clicked.emit(float(p.x()), float(p.y()))

    def click_point(self, x: float, y: float) -> None:
        """What a click at data point ``(x, y)`` does (for scripts and tests)."""
        self.point_clicked.emit(float(x), float(y))

    def mark_point(self, x: float, y: float, text: str) -> None:
        """Ring the spot ``(x, y)`` and say ``text`` under the plot."""
        self._marker.setData([x], [y])
        self._answer.setText(text)

    def show_answer(self, x: float, y: float, values: Sequence[float]) -> None:
        """Ring ``(x, y)`` and show the model's answer there (its output ``values``) in words."""
        self.mark_point(x, y, answer_text(x, y, values, self._task, self._class_names))

    def clear_answer(self) -> None:
        """Drop the ring and the answer (a new model or new data)."""
        self._marker.clear()
        self._answer.setText(_(CLICK_HINT))

    def answer_line(self) -> str:
        """The line under the plot (the clicked answer, or the hint)."""
        return self._answer.text()

    def answer_table(self):
        """The shown answer grid for CSV: x, y and the model's output(s) at every grid cell."""
        if self._grid is None:
            return None
        (x0, x1, y0, y1), v = self._grid
        h, w = v.shape[0], v.shape[1]
        xs = x0 + (np.arange(w) + 0.5) * (x1 - x0) / w
        ys = y0 + (np.arange(h) + 0.5) * (y1 - y0) / h
        gx, gy = np.meshgrid(xs, ys)
        out = v.reshape(h * w, -1).astype(np.float64)
        if self._task == "regression":
            names = ["predicted value"] if out.shape[1] == 1 else [f"output {i}" for i in range(out.shape[1])]
        else:
            if out.shape[1] == 1:  # one sigmoid unit: the probability of class 1
                out = np.concatenate([1.0 - out, out], axis=1)
            names = [f"P({self._class_names[i] if self._class_names and i < len(self._class_names) else i})"
                     for i in range(out.shape[1])]
        return ["x", "y", *names], np.column_stack([gx.ravel(), gy.ravel(), out])

    def _on_show_test_toggled(self, checked: bool) -> None:
        self._test_pts.setVisible(checked)


def _labels(y: np.ndarray) -> np.ndarray:
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] > 1:  # one-hot
        return np.argmax(y, axis=1)
    return y.ravel().astype(np.int64)


__all__ = ["CLASS_COLORS", "DecisionBoundaryView", "probabilities_to_rgb"]
