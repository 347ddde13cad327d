"""The latent explorer: the code space of a trained (variational) autoencoder, to walk around in.

* the test set encoded onto the 2 code numbers you pick, one dot per picture, coloured by class;
* hover (or drag) anywhere on that plane: the picture the decoder makes from that code, live;
* a grid of decodes over the whole plane, in the same place as the dots;
* a slider for every code number (the two plotted ones follow the pointer);
* a walk between two test pictures: the decodes of the codes on the straight line between them.

Every decode runs on the Keras thread through the shared
:class:`~deskdl.qt.workers.TrainingHost` (``call``), **latest-only**: while one
decode is on its way, only the newest wanted code waits; older ones are
dropped, so a fast mouse never builds a queue. The model stays on the Keras
thread (a :class:`~deskdl.qt.workers.ModelRef`).

The texts teach the difference the view shows: an autoencoder's plane has holes
(codes between its clusters decode to garbage), a VAE's does not, and beta
trades sharp pictures for a smooth plane.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import N_, translator
from deskdl.ml import vae as vae_ops  # numpy-only helpers; Keras is imported inside its functions
from deskdl.qt.eval_views import array_to_pixmap
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed
from deskdl.qt.train.boundary import CLASS_COLORS

_ = translator("qt.latent_explorer")

TEXT = {
    "none": N_("Train a variational autoencoder (or an autoencoder) first: its code space appears here."),
    "loading": N_("Encoding the test pictures…"),
    "vae": (N_("Each dot is a test picture's code (the mean the encoder gives it), coloured by its class. "
               "Move "
            "the pointer anywhere on the plane to see the picture the decoder makes from that point. The KL "
            "term packs the codes into one round cloud around 0, so there are no holes: points between the "
            "clusters decode to in-between pictures that still look like the data. Beta trades one for the "
            "other: a larger beta gives a smoother plane and blurrier pictures, a smaller one sharper "
            "pictures and a lumpier plane.")),
    "ae": (N_("Each dot is a test picture's code, coloured by its class. Move the pointer anywhere on the "
              "plane "
           "to see the picture the decoder makes from that point. A plain autoencoder only learnt to decode "
           "the codes of its training pictures: the space between and around the clusters is full of holes, "
           "and codes there decode to smudges that look like nothing in the data. A variational "
           "autoencoder's KL term fills those holes.")),
    "sliders": N_("The code numbers: the pointer sets the two on the plane, the sliders set the others."),
    "grid": N_("Decode a grid"),
    "grid_tip":
        N_("Decodes a 10 x 10 grid of codes over the plane and draws each picture where its code is."),
    "walk": N_("Walk"),
    "walk_tip": N_("Decodes 10 codes on the straight line between the two test pictures' codes."),
    "walk_help": N_("Walk from test picture"),
    "point": N_("code ({x:.2f}, {y:.2f})"),
    "failed": N_("The explorer could not decode: {message}"),
}
#: Codes on a side of the decoded grid.
GRID_SIDE = 10
#: Codes decoded on a walk (both ends included).
WALK_STEPS = 10
#: Slider ticks per code unit (sliders run from -SLIDER_RANGE to SLIDER_RANGE).
SLIDER_SCALE = 100
SLIDER_RANGE = 4.0
#: How many test pictures the plane shows at most.
MAX_POINTS = 2000


class LatentExplorer(QWidget):
    """Explore a trained VAE's (or autoencoder's) code space; see the module docstring.

    Signals:
        decoded(): a decode arrived and is shown (tests wait on it).
        codes_ready(): the test set's codes arrived and are plotted.
    """

    decoded = Signal()
    codes_ready = Signal()

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._model: Any = None
        self._graph: dict[str, Any] = {}
        self._latent: str | None = None
        self._data: dict[str, Any] = {}
        self._codes: dict[str, Any] = {}
        self._z = np.zeros(0, np.float32)
        self._tags: dict[str, str] = {}
        self._pending = False  # a point's decode is on the Keras thread
        self._wanted: np.ndarray | None = None  # the newest code to decode after it (latest-only)
        self._levels = (0.0, 1.0)
        self.last_decoded: np.ndarray | None = None
        self.last_grid: np.ndarray | None = None
        self.last_walk: np.ndarray | None = None
        self.sent = 0  # decodes of single points sent (tests: latest-only drops the rest)

        self.message = QLabel(_(TEXT["none"]))
        self.message.setWordWrap(True)
        self.dim_x, self.dim_y = QComboBox(), QComboBox()
        for box, tip in ((self.dim_x, _("The code number drawn across the plane")),
                         (self.dim_y, _("The code number drawn up the plane"))):
            box.setToolTip(tip)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(len(_("code number {i}").format(i=10)))
            box.currentIndexChanged.connect(self._on_dims_changed)
        self.grid_button = QPushButton(_(TEXT["grid"]))
        self.grid_button.setToolTip(_(TEXT["grid_tip"]))
        self.grid_button.setCheckable(True)
        self.grid_button.toggled.connect(self._on_grid_toggled)
        dims_row = QHBoxLayout()
        dims_row.addWidget(QLabel(_("Across:")))
        dims_row.addWidget(self.dim_x)
        dims_row.addWidget(QLabel(_("Up:")))
        dims_row.addWidget(self.dim_y)
        dims_row.addStretch(1)
        dims_row.addWidget(self.grid_button)

        self.view = themed(pg.PlotWidget())
        self.plot = self.view.getPlotItem()
        self.plot.setTitle(_("The code plane"))
        self.plot.setLabel("bottom", _("code number 1"))
        self.plot.setLabel("left", _("code number 2"))
        self.plot.setAspectLocked(True)  # one code unit is as long across as up: the plane is not stretched
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.legend = self.plot.addLegend(offset=(5, 5), labelTextSize="8pt")
        self.grid_image = pg.ImageItem()
        self.grid_image.setZValue(-10)
        self.grid_image.setOpacity(0.85)
        self.plot.addItem(self.grid_image)
        self.grid_image.hide()
        self.dots: list[pg.ScatterPlotItem] = []
        self.marker = pg.ScatterPlotItem(size=14, symbol="+", pen=pg.mkPen("#d62728", width=3))
        self.marker.setZValue(20)
        self.plot.addItem(self.marker)
        self.walk_line = pg.PlotDataItem(pen=pg.mkPen("#d62728", width=2, style=Qt.PenStyle.DashLine),
                                         symbol="o", symbolSize=5, symbolBrush="#d62728")
        self.walk_line.setZValue(15)
        self.plot.addItem(self.walk_line)
        self.export_button = add_export_button(self.view, "latent_plane")
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)

        self.picture = QLabel()
        self.picture.setFixedSize(168, 168)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px solid #999; background: white;")
        self.picture.setToolTip(_("The decoder's picture of the code under the pointer"))
        self.point_label = QLabel("")
        self.sliders_box = QGroupBox(_("Code numbers"))
        self.sliders_layout = QGridLayout(self.sliders_box)
        self.sliders: list[QSlider] = []
        self.slider_values: list[QLabel] = []
        sliders_scroll = QScrollArea()
        sliders_scroll.setWidgetResizable(True)
        sliders_scroll.setWidget(self.sliders_box)
        sliders_scroll.setMinimumHeight(110)

        self.walk_from, self.walk_to = QSpinBox(), QSpinBox()
        for box in (self.walk_from, self.walk_to):
            box.setRange(0, 0)
            box.setToolTip(_("The number of a test picture (0 is the first)"))
        self.walk_to.setValue(1)
        self.walk_button = QPushButton(_(TEXT["walk"]))
        self.walk_button.setToolTip(_(TEXT["walk_tip"]))
        self.walk_button.clicked.connect(self.start_walk)
        walk_row = QHBoxLayout()
        walk_row.addWidget(QLabel(_(TEXT["walk_help"])))
        walk_row.addWidget(self.walk_from)
        walk_row.addWidget(QLabel(_("to")))
        walk_row.addWidget(self.walk_to)
        walk_row.addWidget(self.walk_button)
        walk_row.addStretch(1)
        self.walk_strip = QLabel()
        self.walk_strip.setMinimumHeight(48)
        self.walk_strip.setToolTip(_("From the first test picture's code (left) to the second's (right)"))

        right = QVBoxLayout()
        right.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.point_label, 0, Qt.AlignmentFlag.AlignHCenter)
        sliders_help = QLabel(_(TEXT["sliders"]))
        sliders_help.setWordWrap(True)
        right.addWidget(sliders_help)
        right.addWidget(sliders_scroll, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 3)
        middle.addLayout(right, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addLayout(dims_row)
        box.addLayout(middle, 1)
        box.addLayout(walk_row)
        box.addWidget(self.walk_strip)

        self.host.worker.call_finished.connect(self._on_call_finished)
        self.host.worker.call_failed.connect(self._on_call_failed)
        self._update_enabled()

    # ------------------------------------------------------------------ model in, model out
    def set_model(self, model: Any, graph: Mapping[str, Any], data: Mapping[str, Any],
                  latent: str | None = None, variational: bool = True) -> None:
        """Explore ``model`` (a ModelRef) built from ``graph``, with ``data``'s test pictures."""
        self.reset()
        self._model = model
        self._graph = dict(graph)
        self._latent = latent or None
        self._data = dict(data)
        self.message.setText(_(TEXT["loading"]))
        tag = self.host.call(vae_ops.explore_codes, model, self._graph, self._data, self._latent, MAX_POINTS)
        self._tags[tag] = "codes"

    def reset(self) -> None:
        """Forget the model and everything shown (another project, or a new run)."""
        self._model = None
        self._codes = {}
        self._z = np.zeros(0, np.float32)
        self._tags.clear()
        self._pending = False
        self._wanted = None
        self.last_decoded = self.last_grid = self.last_walk = None
        for item in self.dots:
            self.plot.removeItem(item)
        self.dots = []
        self.legend.clear()
        self.marker.setData([], [])
        self.walk_line.setData([], [])
        self.grid_image.clear()
        self.grid_image.hide()
        self.grid_button.blockSignals(True)
        self.grid_button.setChecked(False)
        self.grid_button.blockSignals(False)
        self.picture.clear()
        self.walk_strip.clear()
        self.point_label.setText("")
        self._make_sliders(0)
        for box in (self.dim_x, self.dim_y):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.message.setText(_(TEXT["none"]))
        self._update_enabled()

    @property
    def ready(self) -> bool:
        """Whether the codes are in and the plane can be explored."""
        return bool(self._codes) and self._model is not None

    @property
    def dims(self) -> tuple[int, int]:
        """The two code numbers on the plane (0-based)."""
        return max(self.dim_x.currentIndex(), 0), max(self.dim_y.currentIndex(), 0)

    @property
    def code(self) -> np.ndarray:
        """The whole code now shown (one number per slider)."""
        return self._z.copy()

    def _update_enabled(self) -> None:
        ok = self.ready
        for w in (self.grid_button, self.walk_button, self.walk_from, self.walk_to, self.dim_x, self.dim_y):
            w.setEnabled(ok)

    # ------------------------------------------------------------------ the codes arrive
    def _show_codes(self, codes: Mapping[str, Any]) -> None:
        self._codes = dict(codes)
        d = int(codes["latent_dim"])
        self._levels = tuple(float(v) for v in codes.get("levels", (0.0, 1.0)))  # type: ignore[assignment]
        names = [_("code number {i}").format(i=i + 1) for i in range(d)]
        for box, index in ((self.dim_x, 0), (self.dim_y, min(1, d - 1))):
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        mean = np.asarray(codes["mean"], np.float64)
        if len(mean):
            self._make_sliders(d, mean.min(axis=0), mean.max(axis=0))
        else:
            self._make_sliders(d)
        n = len(codes["mean"])
        for box in (self.walk_from, self.walk_to):
            box.setRange(0, max(n - 1, 0))
        self.walk_to.setValue(min(1, n - 1))
        self.message.setText(_(TEXT["vae"]) if codes.get("variational") else _(TEXT["ae"]))
        self._update_enabled()
        self._draw_dots()
        self.codes_ready.emit()
        self.show_code(np.zeros(d, np.float32))

    def _make_sliders(self, d: int, lows: np.ndarray | None = None, highs: np.ndarray | None = None) -> None:
        """A slider per code number, from -SLIDER_RANGE to SLIDER_RANGE or wider where the test codes go."""
        for w in self.sliders + self.slider_values:
            w.deleteLater()
        while self.sliders_layout.count():
            item = self.sliders_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.sliders, self.slider_values = [], []
        self._z = np.zeros(d, np.float32)
        for i in range(d):
            lo = min(-SLIDER_RANGE, 1.2 * float(lows[i])) if lows is not None else -SLIDER_RANGE
            hi = max(SLIDER_RANGE, 1.2 * float(highs[i])) if highs is not None else SLIDER_RANGE
            s = QSlider(Qt.Orientation.Horizontal)
            s.setRange(int(np.floor(lo * SLIDER_SCALE)), int(np.ceil(hi * SLIDER_SCALE)))
            s.setValue(0)
            s.setToolTip(_("Code number {i} (a VAE's codes follow N(0, 1): beyond ±2 is "
                           "already rare)").format(i=i + 1))
            value = QLabel("0.00")
            value.setMinimumWidth(36)
            s.valueChanged.connect(self._on_slider_moved)
            self.sliders_layout.addWidget(QLabel(str(i + 1)), i, 0)
            self.sliders_layout.addWidget(s, i, 1)
            self.sliders_layout.addWidget(value, i, 2)
            self.sliders.append(s)
            self.slider_values.append(value)

    def _draw_dots(self) -> None:
        for item in self.dots:
            self.plot.removeItem(item)
        self.dots = []
        self.legend.clear()
        if not self._codes:
            return
        mean = np.asarray(self._codes["mean"])
        dx, dy = self.dims
        labels = self._codes.get("labels")
        names = list(self._codes.get("class_names") or [])
        self.plot.setLabel("bottom", _("code number {i}").format(i=dx + 1))
        self.plot.setLabel("left", _("code number {i}").format(i=dy + 1))
        if labels is None or not names:
            groups = [(_("test pictures"), np.arange(len(mean)), "#1f77b4")]
        else:
            groups = [(str(name), np.flatnonzero(labels == k), CLASS_COLORS[k % len(CLASS_COLORS)])
                      for k, name in enumerate(names)]
        for name, idx, color in groups:
            if not len(idx):
                continue
            item = pg.ScatterPlotItem(mean[idx, dx], mean[idx, dy], size=5, pen=None, brush=pg.mkBrush(color),
                                      name=name)
            self.plot.addItem(item)
            self.dots.append(item)
        shown = mean[:, [dx, dy]].astype(np.float64)
        lo = np.percentile(shown, 0.5, axis=0)
        hi = np.percentile(shown, 99.5, axis=0)
        pad = 0.15 * np.maximum(hi - lo, 1e-3)
        self.plot.setRange(xRange=(float(lo[0] - pad[0]), float(hi[0] + pad[0])),
                           yRange=(float(lo[1] - pad[1]), float(hi[1] + pad[1])), padding=0)
        if self.grid_button.isChecked():
            self.decode_grid()

    # ------------------------------------------------------------------ pointer, sliders
    @Slot(object)
    def _on_mouse_moved(self, pos: QPointF) -> None:
        if not self.ready or not self.plot.sceneBoundingRect().contains(pos):
            return
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            return
        p = vb.mapSceneToView(pos)
        self.point_to(float(p.x()), float(p.y()))

    def point_to(self, x: float, y: float) -> None:
        """Show the decode of the plane's point (x, y) (the other code numbers as the sliders say)."""
        if not self.ready:
            return
        dx, dy = self.dims
        z = self._z.copy()
        z[dx], z[dy] = x, y
        self.show_code(z)

    def show_code(self, z: np.ndarray) -> None:
        """Set the whole code (sliders, marker) and decode it, latest-only."""
        z = np.asarray(z, np.float32).reshape(-1)
        self._z = z.copy()
        for i, s in enumerate(self.sliders):
            s.blockSignals(True)
            s.setValue(int(round(float(z[i]) * SLIDER_SCALE)))  # clamped to the slider's range by Qt
            s.blockSignals(False)
            self.slider_values[i].setText(f"{z[i]:.2f}")
        if len(z) >= 1:
            dx, dy = self.dims
            self.marker.setData([float(z[dx])], [float(z[dy])])
            self.point_label.setText(_(TEXT["point"]).format(x=float(z[dx]), y=float(z[dy])))
        self._request(z)

    @Slot(int)
    def _on_slider_moved(self, _value: int) -> None:
        z = np.array([s.value() / SLIDER_SCALE for s in self.sliders], np.float32)
        self.show_code(z)

    @Slot(int)
    def _on_dims_changed(self, _index: int) -> None:
        if self.ready:
            self._draw_dots()
            self.walk_line.setData([], [])
            self.show_code(self._z)

    def _request(self, z: np.ndarray) -> None:
        """Decode ``z`` now, or after the decode on its way (only the newest waits)."""
        if self._model is None:
            return
        if self._pending:
            self._wanted = z.copy()
            return
        self._pending = True
        self.sent += 1
        tag = self.host.call(vae_ops.decode_codes, self._model, self._graph, z[None], self._latent)
        self._tags[tag] = "point"

    # ------------------------------------------------------------------ grid and walk
    @Slot(bool)
    def _on_grid_toggled(self, on: bool) -> None:
        if on:
            self.decode_grid()
        else:
            self.grid_image.hide()

    def decode_grid(self) -> None:
        """Decode a GRID_SIDE x GRID_SIDE grid over the largest square of the plane in view, under the dots.

        Square cells show the pictures unstretched (the plane's aspect is locked).
        """
        if not self.ready:
            return
        (vx0, vx1), (vy0, vy1) = self.plot.getViewBox().viewRange()
        side = min(vx1 - vx0, vy1 - vy0)
        cx, cy = (vx0 + vx1) / 2, (vy0 + vy1) / 2
        x0, x1, y0, y1 = cx - side / 2, cx + side / 2, cy - side / 2, cy + side / 2
        centres = (np.arange(GRID_SIDE, dtype=np.float32) + 0.5) / GRID_SIDE  # each cell's middle
        xs = x0 + centres * (x1 - x0)
        ys = y1 - centres * (y1 - y0)  # top row first
        points = np.array([(x, y) for y in ys for x in xs], np.float32)
        z = vae_ops.codes_on_plane(points, self.dims, self._z)
        tag = self.host.call(vae_ops.decode_codes, self._model, self._graph, z, self._latent)
        self._tags[tag] = "grid"
        self._grid_rect = (float(x0), float(y0), float(x1 - x0), float(y1 - y0))

    @Slot()
    def start_walk(self) -> None:
        """Decode the straight line between the two chosen test pictures' codes."""
        if not self.ready:
            return
        mean = np.asarray(self._codes["mean"])
        a, b = mean[self.walk_from.value()], mean[self.walk_to.value()]
        z = vae_ops.walk(a, b, WALK_STEPS)
        dx, dy = self.dims
        self.walk_line.setData(z[:, dx], z[:, dy])
        tag = self.host.call(vae_ops.decode_codes, self._model, self._graph, z, self._latent)
        self._tags[tag] = "walk"

    # ------------------------------------------------------------------ answers
    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        what = self._tags.pop(tag, None)
        if what is None:
            return
        if what == "codes":
            self._show_codes(result)  # type: ignore[arg-type]
        elif what == "point":
            self._pending = False
            img = np.asarray(result)[0]
            self.last_decoded = img
            self.picture.setPixmap(array_to_pixmap(img, 168, vmax=self._levels[1]))
            self.decoded.emit()
            if self._wanted is not None:
                z, self._wanted = self._wanted, None
                self._request(z)
        elif what == "grid":
            self._show_grid(np.asarray(result))
        elif what == "walk":
            imgs = np.asarray(result)
            self.last_walk = imgs
            strip = vae_ops.tile(imgs, cols=len(imgs))
            width = max(self.walk_strip.width(), 400)
            pm = array_to_pixmap(strip, width, vmax=self._levels[1])
            self.walk_strip.setPixmap(pm)
            self.walk_strip.setMinimumHeight(pm.height())

    def _show_grid(self, images: np.ndarray) -> None:
        self.last_grid = images
        tiled = vae_ops.tile(images, cols=GRID_SIDE, pad=1)  # a thin gap keeps neighbours apart
        lo, hi = self._levels
        shown = 1.0 - np.clip((tiled - lo) / max(hi - lo, 1e-9), 0.0, 1.0)  # dark ink on white, as elsewhere
        if shown.ndim == 3:
            shown = 1.0 - shown
        # row 0 is the top picture row: flip it for a y axis that points up (a copy: no negative strides)
        self.grid_image.setImage(np.ascontiguousarray(shown[::-1]), levels=(0.0, 1.0))
        x, y, w, h = self._grid_rect
        self.grid_image.setRect(x, y, w, h)
        self.grid_image.show()

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, details: str) -> None:
        what = self._tags.pop(tag, None)
        if what is None:
            return
        if what == "point":
            self._pending = False
            self._wanted = None
        self.message.setText(_(TEXT["failed"]).format(message=message))


__all__ = ["GRID_SIDE", "LatentExplorer", "TEXT", "WALK_STEPS"]
