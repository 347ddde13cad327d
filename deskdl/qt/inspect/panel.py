"""The Inspect tab: look inside a trained (or training) model.

Sub-tabs: the convolution lab (no model needed), learned filters (live, with an
epoch slider over snapshots), feature maps, what excites a filter, saliency,
Dense layers (weights, histograms over epochs, dead ReLUs) and, for 2-D data,
each hidden neuron over the plane.

Every model call runs on the Keras thread through the shared
:class:`~deskdl.qt.workers.TrainingHost` (``host.call``); answers come back as
``call_finished(tag, result)`` into :meth:`InspectPanel._on_call_finished`,
which hands them to the view that asked. Nothing is computed while the tab is
hidden: views are marked stale and refresh when shown. Live snapshots
(``probe`` payloads with ``kind="inspect"``) are stored always (they are small)
and drawn only when visible.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QRectF, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import translator
from deskdl.core.shapes_text import shape_text
from deskdl.ml.inspect_report import (  # run on the Keras thread
    describe_model,
    excite,
    maps_of,
    neurons_of,
    saliency_of,
    snapshot_now,
)
from deskdl.qt import theme
from deskdl.qt.eval_views import ProbabilityBars
from deskdl.qt.inspect import texts
from deskdl.qt.inspect.views import (
    DIVERGING,
    INK,
    SEQUENTIAL,
    ExamplePicker,
    ImagePlot,
    colormap,
    symmetric,
    tile_grid,
    to_image,
)
from deskdl.qt.workers import TrainingHost

_ = translator("qt.inspect.panel")

#: Neuron pictures in one row of the Neurons view (a layer with more wraps onto more rows).
NEURON_COLUMNS = 8
#: Snapshots that keep their Dense kernels (older ones keep them every 5th epoch only).
KEEP_KERNELS = 50


class ExciteProgress(QObject):
    """Lives on the GUI thread; the Keras thread emits progress images through it."""

    progressed = Signal(object)


# ------------------------------------------------------------------ the views
class _View(QWidget):
    """A caption, a "no model" notice with Go to Train, and the view's body."""

    def __init__(self, panel: InspectPanel, caption: str) -> None:
        super().__init__()
        self.panel = panel
        self.stale = True
        self.caption = QLabel(texts.shown(caption))
        self.caption.setWordWrap(True)
        self.notice = QLabel(texts.shown(texts.NO_MODEL))
        self.notice.setWordWrap(True)
        self.go_button = QPushButton(texts.shown(texts.GO_TO_TRAIN))
        self.go_button.clicked.connect(panel.go_to_train)
        note = QHBoxLayout()
        note.addWidget(self.notice, 1)
        note.addWidget(self.go_button)
        self.body = QWidget()
        self._filler = QWidget()  # keeps caption and notice at the top while the body is hidden
        box = QVBoxLayout(self)
        box.addWidget(self.caption)
        box.addLayout(note)
        box.addWidget(self.body, 1)
        box.addWidget(self._filler, 1)

    def ask_keras(self, on_result: Any, fn: Any, *args: Any) -> None:
        """Run ``fn(*args)`` on the Keras thread, then ``on_result(result)`` on this thread.

        While one request runs, newer ones collapse into a single re-run of
        ``_compute`` when it returns, so fast clicking never queues stale work.
        """
        if getattr(self, "_pending", False):
            self._again = True
            return
        self._pending, self._again, self._on_result = True, False, on_result
        self.panel.call(self._answered, fn, *args)

    def _answered(self, result: Any) -> None:
        self._pending = False
        if self._again:
            self._again = False
            self._compute()
            return
        self._on_result(result)

    def model_ready(self, info) -> bool:
        """True when a trained model and its inspection info are there; else say why not."""
        if self.panel.model is None:
            self.show_notice(texts.NO_MODEL, go=True)
            return False
        if info is None:
            self.show_notice(texts.WORKING)
            return False
        return True

    def show_notice(self, text: str | None, go: bool = False) -> None:
        """A plain sentence instead of the body (``None`` shows the body)."""
        self.notice.setVisible(text is not None)
        self.go_button.setVisible(go)
        self.body.setVisible(text is None)
        self._filler.setVisible(text is not None)
        if text == texts.WORKING and self.panel.host.training:
            text = texts.WAITING  # Keras work queues behind the run on the one Keras thread
        if text is not None:
            self.notice.setText(texts.shown(text))

    def refresh(self) -> None:
        """Recompute / redraw (only called while visible)."""
        self.stale = False


class FiltersView(_View):
    """The kernels of a conv layer as a grid, with a fixed symmetric colour scale and an epoch slider."""

    def __init__(self, panel: InspectPanel) -> None:
        super().__init__(panel, texts.FILTERS)
        self.layer = QComboBox()
        self.mode = QComboBox()
        self.mode.addItem(_("Each input channel"), "per_channel")
        self.mode.addItem(_("Averaged over channels"), "mean")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip(_("Scrub through the snapshots taken at each epoch"))
        self.epoch_label = QLabel("")
        self.plot = ImagePlot(cmap=DIVERGING)
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Layer")))
        row.addWidget(self.layer)
        row.addWidget(self.mode)
        row.addWidget(QLabel(_("Epoch")))
        row.addWidget(self.slider, 1)
        row.addWidget(self.epoch_label)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.plot, 1)
        self.layer.currentIndexChanged.connect(self._redraw)
        self.mode.currentIndexChanged.connect(self._redraw)
        self.slider.valueChanged.connect(self._redraw)
        self.follow = True  # the slider follows new snapshots while at the end

    def refresh(self) -> None:
        super().refresh()
        snaps = [s for s in self.panel.snapshots if s.get("filters")]
        if not snaps:
            if self.panel.snapshots or (self.panel.info and not self.panel.info.get("conv")):
                self.show_notice(texts.NO_CONV)  # snapshots without filters: a model without Conv layers
            elif self.panel.model is None:
                self.show_notice(texts.NO_MODEL, go=True)
            else:
                self.show_notice(texts.WORKING)
                self.panel.need_snapshot()
            return
        self.show_notice(None)
        names = list(snaps[-1]["filters"])
        if [self.layer.itemText(i) for i in range(self.layer.count())] != names:
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems(names)
            self.layer.blockSignals(False)
        at_end = self.slider.value() >= self.slider.maximum()
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(snaps) - 1)
        if at_end and self.follow:
            self.slider.setValue(len(snaps) - 1)
        self.slider.blockSignals(False)
        self._redraw()

    @Slot()
    def _redraw(self) -> None:
        snaps = [s for s in self.panel.snapshots if s.get("filters")]
        name = self.layer.currentText()
        if not snaps or not name:
            return
        i = min(self.slider.value(), len(snaps) - 1)
        snap = snaps[i]
        self.epoch_label.setText(_("{epoch} of {last}").format(epoch=snap["epoch"], last=snaps[-1]["epoch"])
                                 + (" " + _("(before training)") if snap["epoch"] == 0 else ""))
        k = np.asarray(snap["filters"].get(name))
        if k.ndim < 3:
            return
        tiles, cols = filter_tiles(k, self.mode.currentData())
        # One colour scale over all epochs: the same colour means the same weight at every epoch.
        levels = symmetric([np.asarray(s["filters"][name]) for s in snaps if name in s["filters"]])
        self.plot.set_image(tile_grid(tiles, cols), levels)
        how = texts.shown(texts.FILTERS_PER_CHANNEL) if self.mode.currentData() == "per_channel" \
            and k.shape[-1] > 1 else texts.shown(texts.FILTERS_MEAN) if self.mode.currentData() == "mean" \
            else _("one square per filter")
        self.plot.set_title(_("{name}: {n} filters of {size} ({how})").format(
            name=name, n=k.shape[0], size="×".join(map(str, k.shape[1:-1])), how=how))


def filter_tiles(k: np.ndarray, mode: str) -> tuple[np.ndarray, int]:
    """Kernels ``(filters, kh, kw, cin)`` or ``(filters, k, cin)`` as ``(tiles, h, w)`` and columns."""
    k = np.asarray(k, np.float32)
    if k.ndim == 3:  # Conv1D: (filters, k, cin) -> one (cin, k) tile per filter
        tiles = np.moveaxis(k, -1, 1)
        if mode == "mean":
            tiles = tiles.mean(axis=1, keepdims=True)
        return tiles, min(8, len(tiles))
    if mode == "mean" or k.shape[-1] == 1:
        tiles = k.mean(axis=-1)
        return tiles, max(1, min(len(tiles), int(np.ceil(np.sqrt(len(tiles) * 1.5)))))  # wide-ish grid
    cin = min(k.shape[-1], 16)
    tiles = np.moveaxis(k[..., :cin], -1, 1).reshape(-1, k.shape[1], k.shape[2])
    return tiles, cin


class FeatureMapsView(_View):
    """Every conv/pool layer's activations for one input, left to right, and the class probabilities."""

    def __init__(self, panel: InspectPanel) -> None:
        super().__init__(panel, texts.FEATURE_MAPS)
        self.picker = ExamplePicker()
        self.strip = QWidget()
        self.strip_box = QHBoxLayout(self.strip)
        self.strip_box.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        self.bars = ProbabilityBars()
        self.bars.setMinimumWidth(180)
        self.bars.setMaximumWidth(260)
        self.plots: list[ImagePlot] = []
        lower = QHBoxLayout()
        lower.addWidget(scroll, 1)
        lower.addWidget(self.bars)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picker)
        box.addLayout(lower, 1)
        self.picker.changed.connect(self._compute)
        self._pending = False
        self._again = False
        self._x: np.ndarray | None = None

    def refresh(self) -> None:
        super().refresh()
        info = self.panel.info
        if not self.model_ready(info):
            return
        if not info.get("maps"):
            self.show_notice(texts.NO_CONV)
            return
        self.show_notice(None)
        self.panel.fill_picker(self.picker)
        self._compute()

    @Slot()
    def _compute(self) -> None:
        x = self.picker.current()
        if x is None or self.panel.model is None or not self.isVisible():
            return
        if getattr(self, "_pending", False):
            self._again = True
            return
        self._x = x
        self.ask_keras(self._show, maps_of, self.panel.model, x)

    def _show(self, result: Mapping[str, Any] | None) -> None:
        if result is None:
            return
        x = self.picker.current() if self._x is None else self._x
        maps = list(result["maps"])
        if x is not None:  # the input itself first, then layer by layer
            maps.insert(0, ("input", _("what the model sees"), np.asarray(x, np.float32)))
        while len(self.plots) < len(maps):
            p = ImagePlot(cmap=SEQUENTIAL, colorbar=False)
            p.setMinimumWidth(220)
            self.strip_box.addWidget(p)
            self.plots.append(p)
        for p in self.plots[len(maps):]:
            p.setVisible(False)
        for n, (p, (name, kind, a)) in enumerate(zip(self.plots, maps)):
            p.setVisible(True)
            a = np.asarray(a, np.float32)
            p.image.setColorMap(colormap(INK if n == 0 and x is not None else SEQUENTIAL))
            if n == 0 and x is not None:
                a = to_image(a)
                vr = tuple((self.panel.info or {}).get("value_range") or (0.0, float(a.max()) or 1.0))
                p.set_image(a, vr)
                p.set_title(_("input") + f"<br>{shape_text(np.shape(x))}")
                continue
            tiles = np.moveaxis(a, -1, 0) if a.ndim == 3 else np.moveaxis(a, -1, 0)[:, None, :]
            tiles = tiles[:64]
            cols = max(1, int(np.ceil(np.sqrt(len(tiles)))))
            hi = float(np.max(a)) if a.size else 1.0
            lo = min(0.0, float(np.min(a))) if a.size else 0.0
            p.set_image(tile_grid(tiles, cols), (lo, hi if hi > lo else lo + 1))
            p.set_title(f"{name} ({kind})<br>{shape_text(a.shape)}")
        probs = np.asarray(result["probs"], np.float64).ravel()
        names = self.panel.info.get("class_names") if self.panel.info else None
        if names and len(names) == probs.size:
            self.bars.set_classes(names)
        self.bars.set_values(probs)


class ExciteView(_View):
    """Gradient ascent on the input for a chosen filter or class, with the picture updating live."""

    def __init__(self, panel: InspectPanel) -> None:
        super().__init__(panel, texts.EXCITE)
        self.target = QComboBox()
        self.index = QSpinBox()
        self.steps = QSpinBox()
        self.steps.setRange(10, 2000)
        self.steps.setValue(200)
        self.steps.setSuffix(_(" steps"))
        self.run_button = QPushButton(_("Run"))
        self.stop_button = QPushButton(_("Stop"))
        self.stop_button.setEnabled(False)
        self.status = QLabel("")
        self.plot = ImagePlot(cmap=INK, colorbar=True)
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Excite")))
        row.addWidget(self.target)
        row.addWidget(self.index)
        row.addWidget(self.steps)
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.status)
        box.addWidget(self.plot, 1)
        self.progress = ExciteProgress(self)
        self.progress.progressed.connect(self._on_progress)
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.stop)
        self.target.currentIndexChanged.connect(self._on_target)
        self._stop = threading.Event()
        self.running = False
        self.last_step = 0

    def refresh(self) -> None:
        super().refresh()
        info = self.panel.info
        if not self.model_ready(info):
            return
        if len(info.get("input_shape", ())) < 2 and int(np.prod(info.get("input_shape", (1,)))) < 16:
            self.show_notice(texts.NO_IMAGES)
            return
        self.show_notice(None)
        items = [(_("class (output of {layer})").format(layer=info["last"]), None)]
        items += [(_("filter of {layer}").format(layer=n), n) for n in info.get("conv", [])]
        if [self.target.itemData(i) for i in range(self.target.count())] != [d for _text, d in items]:
            self.target.blockSignals(True)
            self.target.clear()
            for text, data in items:
                self.target.addItem(text, data)
            self.target.blockSignals(False)
            self._on_target()

    @Slot()
    def _on_target(self) -> None:
        info = self.panel.info or {}
        layer = self.target.currentData()
        n = info.get("outputs", 1) if layer is None else info.get("conv_filters", {}).get(layer, 1)
        self.index.setRange(0, max(int(n) - 1, 0))
        self.index.setPrefix((_("class") if layer is None else _("filter")) + " ")

    @Slot()
    def run(self) -> str | None:
        """Start gradient ascent on the Keras thread."""
        info = self.panel.info
        if self.running or self.panel.model is None or info is None:
            return None
        self._stop.clear()
        self.running = True
        self.last_step = 0
        self.run_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.status.setText(texts.shown(texts.WAITING) if self.panel.host.training
                            else _("Starting from faint noise…"))
        vr = tuple(info.get("value_range") or (0.0, 1.0))
        self._levels = vr
        layer = self.target.currentData()
        return self.panel.call(self._done, excite, self.panel.model, layer, self.index.value(),
                               self.steps.value(), vr, self.progress.progressed.emit, self._stop)

    @Slot()
    def stop(self) -> None:
        """End the ascent early (at the next step)."""
        self._stop.set()

    @Slot(object)
    def _on_progress(self, payload: Mapping[str, Any]) -> None:
        self.last_step = int(payload["step"])
        self.plot.set_image(to_image(payload["image"]), self._levels)
        self.status.setText(_("Step {n} of {total}…").format(n=self.last_step, total=self.steps.value()))

    def _done(self, result: Mapping[str, Any] | None) -> None:
        self.running = False
        self.run_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        if result is None:
            self.status.setText(_("Could not run."))
            return
        self.plot.set_image(to_image(result["image"]), self._levels)
        what = _("class") if self.target.currentData() is None else _("filter")
        self.status.setText(_("Done after {steps} steps: {what} {i} answers {value:.3g} to this picture "
                              "(it answered {start:.3g} to the starting noise).").format(
            steps=self.last_step, what=what, i=self.index.value(), value=result["value"],
            start=result["start"]))


class SaliencyView(_View):
    """The chosen example, its saliency map and both overlaid."""

    def __init__(self, panel: InspectPanel) -> None:
        super().__init__(panel, texts.SALIENCY)
        self.picker = ExamplePicker()
        self.klass = QComboBox()
        self.note = QLabel("")
        self.note.setProperty("role", "caption")
        self.input_plot = ImagePlot(_("input"), cmap=INK, colorbar=False)
        self.map_plot = ImagePlot(_("saliency"), cmap="CET-L3", colorbar=True)
        self.overlay_plot = ImagePlot(_("overlay"), colorbar=False)
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Explain")))
        row.addWidget(self.klass)
        row.addWidget(self.note, 1)
        plots = QHBoxLayout()
        for p in (self.input_plot, self.map_plot, self.overlay_plot):
            plots.addWidget(p)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picker)
        box.addLayout(row)
        box.addLayout(plots, 1)
        self.picker.changed.connect(self._compute)
        self.klass.currentIndexChanged.connect(self._compute)
        self._pending = False
        self._again = False
        self._x: np.ndarray | None = None

    def refresh(self) -> None:
        super().refresh()
        info = self.panel.info
        if not self.model_ready(info):
            return
        if len(info.get("input_shape", ())) < 2 and int(np.prod(info.get("input_shape", (1,)))) < 16:
            self.show_notice(texts.NO_IMAGES)
            return
        self.show_notice(None)
        names = info.get("class_names") or [str(i) for i in range(info.get("outputs", 1))]
        want = [_("the predicted class")] + [_("class {name}").format(name=n) for n in names]
        if [self.klass.itemText(i) for i in range(self.klass.count())] != want:
            self.klass.blockSignals(True)
            self.klass.clear()
            self.klass.addItem(want[0], None)
            for i, t in enumerate(want[1:]):
                self.klass.addItem(t, i)
            self.klass.blockSignals(False)
        self.panel.fill_picker(self.picker)
        self._compute()

    @Slot()
    def _compute(self) -> None:
        x = self.picker.current()
        if x is None or self.panel.model is None or not self.isVisible():
            return
        if getattr(self, "_pending", False):
            self._again = True
            return
        self._x = x
        self.ask_keras(self._show, saliency_of, self.panel.model, x, self.klass.currentData())

    def _show(self, result: Mapping[str, Any] | None) -> None:
        if result is None or self._x is None:
            return
        img = to_image(self._x)
        sal = to_image(np.asarray(result["map"]))
        vr = tuple((self.panel.info or {}).get("value_range") or (0.0, 1.0))
        self.input_plot.set_image(img, vr)
        top = float(sal.max()) or 1.0
        self.map_plot.set_image(sal, (0.0, top))
        self.overlay_plot.set_image(overlay(img, sal, vr), (0.0, 1.0))
        names = (self.panel.info or {}).get("class_names") or []
        c = int(result["class"])
        self.map_plot.set_title(_("saliency for class {name}").format(name=names[c] if c < len(names) else c))
        self.note.setText(texts.shown(texts.SALIENCY_LOGIT if result.get("logit") else texts.SALIENCY_OUTPUT))


def overlay(img: np.ndarray, sal: np.ndarray, value_range: tuple[float, float]) -> np.ndarray:
    """RGB 0..1: the input in grey (dark ink on white) with the saliency blended in red."""
    lo, hi = value_range
    g = 1.0 - np.clip((np.asarray(img, np.float32) - lo) / max(hi - lo, 1e-9), 0, 1)
    if g.ndim == 3:
        g = g.mean(axis=-1)
    s = np.asarray(sal, np.float32)
    s = s / (float(s.max()) or 1.0)
    rgb = np.stack([g, g, g], axis=-1) * (1 - 0.8 * s[..., None])
    rgb[..., 0] += 0.8 * s
    return np.clip(rgb, 0, 1)


class DenseView(_View):
    """Dense weights as a heatmap; weight and activation histograms over epochs; dead ReLUs."""

    def __init__(self, panel: InspectPanel) -> None:
        super().__init__(panel, texts.DENSE)
        self.layer = QComboBox()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip(_("Scrub through the snapshots taken at each epoch"))
        self.epoch_label = QLabel("")
        self.weights_plot = ImagePlot(cmap=DIVERGING, lock_aspect=False, axes=True)
        self.weights_plot.plot.setLabel("left", _("input"))
        self.weights_plot.plot.setLabel("bottom", _("unit"))
        self.whist = ImagePlot(_("weights over epochs"), cmap="CET-L1", colorbar=False, axes=True,
                               lock_aspect=False, invert_y=True)
        self.ahist = ImagePlot(_("outputs over epochs"), cmap="CET-L1", colorbar=False, axes=True,
                               lock_aspect=False, invert_y=True)
        for p, what in ((self.whist, _("weight value")), (self.ahist, _("output value"))):
            p.plot.setLabel("bottom", what)
            p.plot.setLabel("left", _("epoch"))
        self.marks = [pg_line() for _i in range(2)]
        self.whist.plot.addItem(self.marks[0])
        self.ahist.plot.addItem(self.marks[1])
        self.table = QLabel("")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.only_final = QLabel(texts.DENSE_NO_SNAPSHOTS)
        self.only_final.setWordWrap(True)
        self.only_final.setProperty("role", "caption")
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Layer")))
        row.addWidget(self.layer)
        row.addWidget(QLabel(_("Epoch")))
        row.addWidget(self.slider, 1)
        row.addWidget(self.epoch_label)
        top = QHBoxLayout()
        top.addWidget(self.weights_plot, 3)
        top.addWidget(self.table, 2)
        hists = QHBoxLayout()
        hists.addWidget(self.whist)
        hists.addWidget(self.ahist)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.only_final)
        box.addLayout(top, 3)
        box.addLayout(hists, 2)
        self.layer.currentIndexChanged.connect(self._redraw)
        self.slider.valueChanged.connect(self._redraw)

    def refresh(self) -> None:
        super().refresh()
        snaps = [s for s in self.panel.snapshots if s.get("weights") is not None]
        if not snaps:
            if self.panel.model is None:
                self.show_notice(texts.NO_MODEL, go=True)
            else:
                self.show_notice(texts.WORKING)
                self.panel.need_snapshot()
            return
        names = [n for n, v in snaps[-1]["weights"].items()]
        if not names:
            self.show_notice(texts.NO_DENSE)
            return
        self.show_notice(None)
        self.only_final.setVisible(len(snaps) == 1)
        dense_first = sorted(names, key=lambda n: n not in snaps[-1].get("dense", {}))
        if [self.layer.itemText(i) for i in range(self.layer.count())] != dense_first:
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems(dense_first)
            self.layer.blockSignals(False)
        at_end = self.slider.value() >= self.slider.maximum()
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(snaps) - 1)
        if at_end:
            self.slider.setValue(len(snaps) - 1)
        self.slider.blockSignals(False)
        self._redraw()

    @Slot()
    def _redraw(self) -> None:
        snaps = [s for s in self.panel.snapshots if s.get("weights") is not None]
        name = self.layer.currentText()
        if not snaps or not name:
            return
        i = min(self.slider.value(), len(snaps) - 1)
        snap = snaps[i]
        self.epoch_label.setText(_("{epoch} of {last}").format(epoch=snap["epoch"], last=snaps[-1]["epoch"]))
        k = (snap.get("dense") or {}).get(name)
        self.weights_plot.setVisible(k is not None)
        if k is not None:
            ks = [np.asarray(s["dense"][name]) for s in snaps if name in (s.get("dense") or {})]
            self.weights_plot.set_image(np.asarray(k), symmetric(ks),
                                        QRectF(-0.5, -0.5, k.shape[1], k.shape[0]))  # ticks at cell centres
            for axis, n in (("left", k.shape[0]), ("bottom", k.shape[1])):  # whole numbers on small axes
                self.weights_plot.plot.getAxis(axis).setTicks(
                    [[(i, str(i)) for i in range(n)]] if n <= 20 else None)
            self.weights_plot.set_title(_("{name}: {inputs} inputs × {units} units").format(
                name=name, inputs=k.shape[0], units=k.shape[1]))
        for plot, key, edges_key, mark in ((self.whist, "weights", "weight_edges", self.marks[0]),
                                           (self.ahist, "activations", "activation_edges", self.marks[1])):
            rows = [np.asarray(s[key][name]["counts"], np.float32) if name in (s.get(key) or {}) else None
                    for s in snaps]
            if all(r is None for r in rows):
                plot.clear()
                continue
            nb = next(len(r) for r in rows if r is not None)
            m = np.stack([r / max(r.sum(), 1) if r is not None else np.zeros(nb, np.float32) for r in rows])
            m = np.sqrt(m)  # a gentle scale so thin tails stay visible
            m = m[epoch_rows([s["epoch"] for s in snaps])]
            edges = np.asarray(snaps[-1][edges_key])
            plot.set_image(1.0 - m / (float(m.max()) or 1.0), (0.0, 1.0),
                           QRectF(float(edges[0]), snaps[0]["epoch"] - 0.5, float(edges[-1] - edges[0]),
                                  len(m)))
            mark.setValue(snap["epoch"])
        self.table.setText(stats_table(snap))


def epoch_rows(epochs: list[int]) -> np.ndarray:
    """For each epoch from the first to the last snapshot, the index of the latest snapshot up to it.

    Short epochs may skip snapshots (their time budget); the rows of the histogram
    images then hold the previous snapshot, so row ``i`` is always epoch ``first + i``.
    """
    e = np.asarray(epochs, np.int64)
    if len(e) == 0 or e[-1] - e[0] + 1 > 2000:  # very long runs: one row per snapshot
        return np.arange(len(e))
    return np.searchsorted(e, np.arange(e[0], e[-1] + 1), side="right") - 1


def pg_line():
    """A horizontal marker for the epoch chosen on the slider."""
    from deskdl.qt.train._pg import pg

    return pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen("#d62728", width=1))


def stats_table(snap: Mapping[str, Any]) -> str:
    """Rich text: per layer, weight std, output mean/std and dead ReLU units at this epoch."""
    rows = []
    acts = snap.get("activations") or {}
    for name, w in (snap.get("weights") or {}).items():
        a = acts.get(name, {})
        dead = a.get("dead", -1)
        dead_txt = ("–" if dead is None or dead < 0
                    else _("{dead} of {units}").format(dead=dead, units=a.get("units")))
        colour = f' style="color:{theme.error_color()}"' if dead and dead > 0 else ""  # readable on dark too
        out = f"{a['mean']:.3g} ± {a['std']:.3g}" if a else "–"
        rows.append(f"<tr><td>{name}</td><td>{w['std']:.3g}</td><td>{out}</td><td{colour}>{dead_txt}</td></tr>")
    head = ("<tr><th align=left>" + _("layer") + "</th><th align=left>" + _("weight spread (std)")
            + "</th><th align=left>" + _("outputs (mean ± std)") + "</th><th align=left>" + _("dead ReLUs")
            + "</th></tr>")
    return (_("<b>Epoch {epoch}</b>").format(epoch=snap.get("epoch"))
            + f"<table cellspacing=4>{head}{''.join(rows)}</table>")


class NeuronsView(_View):
    """Each hidden Dense unit's output over the 2-D plane, a block of small heatmaps per layer."""

    def __init__(self, panel: InspectPanel) -> None:
        super().__init__(panel, texts.NEURONS)
        self.plot = ImagePlot(cmap=DIVERGING, colorbar=True)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.plot, 1)
        self.layers: list[tuple[str, np.ndarray]] = []

    def refresh(self) -> None:
        super().refresh()
        info = self.panel.info
        if not self.model_ready(info):
            return
        if tuple(info.get("input_shape", ())) != (2,):
            self.show_notice(texts.NOT_2D)
            return
        self.show_notice(texts.WORKING)
        self.panel.call(self._show, neurons_of, self.panel.model)

    def _show(self, result: Mapping[str, Any] | None) -> None:
        if result is None:
            return
        self.layers = [(n, np.asarray(a)) for n, a in result["layers"]]
        if not self.layers:
            self.show_notice(texts.NO_DENSE)
            return
        self.show_notice(None)
        # 8 a row: 16 in one row left the pictures tiny in a wide band of empty plot
        cols = min(NEURON_COLUMNS, max(len(a) for _name, a in self.layers))
        res = self.layers[0][1].shape[-1]
        blocks = []
        for _name, a in self.layers:
            a = a[:, ::-1, :]  # rows: y increasing -> drawn top = high y
            a = a / (float(np.abs(a).max()) or 1.0)  # each layer on its own scale
            blocks.append(tile_grid(a, cols, pad=max(1, res // 12)))
        width = max(b.shape[1] for b in blocks)
        gap = np.full((res // 3, width), np.nan, np.float32)
        img = np.concatenate([np.pad(b, ((0, 0), (0, width - b.shape[1])), constant_values=np.nan)
                              for blk in blocks for b in (blk, gap)][:-1])
        self.plot.set_image(img, (-1.0, 1.0))
        layers = ", ".join(_("{name} ({n} neurons)").format(name=n, n=len(a)) for n, a in self.layers)
        self.plot.set_title(_("top to bottom: {layers} — each layer scaled to its largest output").format(
            layers=layers))


# ------------------------------------------------------------------ the panel
class InspectPanel(QWidget):
    """The Inspect stage tab.

    Signals:
        go_to_train(): the learner pressed "Go to Train" (the window switches tab).
    """

    go_to_train = Signal()

    def __init__(self, project: Any = None, host: TrainingHost | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from deskdl.core.project import Project

        self.project = project or Project()
        self.host = host or TrainingHost(parent=self)
        self.model: Any = None  # a ModelRef: the Keras model stays on the Keras thread
        self.result: dict[str, Any] = {}
        self.info: dict[str, Any] | None = None
        self.snapshots: list[dict[str, Any]] = []
        self.snapshot_run: str | None = None
        self._tags: dict[str, Callable[[Any], None]] = {}
        self._info_pending = False
        self._snapshot_pending = False
        self._tf_ready = False

        self.tabs = QTabWidget()
        self.lab = self._make_lab()
        # The lab's wrapped explanations need more height than a short window gives: it scrolls
        # then, instead of its captions being drawn over its pictures and kernel table.
        self.lab_area = QScrollArea()
        self.lab_area.setWidget(self.lab)
        self.lab_area.setWidgetResizable(True)
        self.lab_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(self.lab_area, _("Convolution lab"))
        self.filters = FiltersView(self)
        self.feature_maps = FeatureMapsView(self)
        self.excite = ExciteView(self)
        self.saliency = SaliencyView(self)
        self.dense = DenseView(self)
        self.neurons = NeuronsView(self)
        self.views: list[_View] = [self.filters, self.feature_maps, self.excite, self.saliency, self.dense,
                                   self.neurons]
        for view, title in zip(self.views, (_("Filters"), _("Feature maps"), _("What excites a filter"),
                                            _("Saliency"), _("Dense layers"), _("Neurons"))):
            self.tabs.addTab(view, title)
        # Live gradient norm per layer (issue 16): from the run's GradientNorms events.
        from deskdl.qt.inspect.gradients_view import GradientNormsView

        self.gradients = GradientNormsView()
        self.tabs.addTab(self.gradients, _("Gradients"))
        # Which graph to look inside, for kinds with several (a GAN's generator and discriminator):
        # the kind's views (deskdl.qt.kinds) name the roles Inspect offers.
        self.role_box = QComboBox()
        self.role_box.setToolTip(_("This project has more than one network: choose the one to look inside."))
        self._role_refs: dict[str, Any] = {}
        self.role_bar = QWidget()
        rbar = QHBoxLayout(self.role_bar)
        rbar.setContentsMargins(0, 0, 0, 0)
        rbar.addWidget(QLabel(_("Look inside:")))
        rbar.addWidget(self.role_box)
        rbar.addStretch(1)
        self.role_bar.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.role_bar)
        box.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.role_box.currentIndexChanged.connect(self._on_role_chosen)
        w = self.host.worker
        w.call_finished.connect(self._on_call_finished)
        w.call_failed.connect(self._on_call_failed)
        w.probe_ready.connect(self._on_probe_ready)
        w.run_started.connect(self._on_run_started)
        w.run_event.connect(self._on_run_event)
        for v in self.views:
            v.show_notice(texts.NO_MODEL, go=True)
        self.tabs.setTabVisible(self.tabs.indexOf(self.neurons), False)  # shown for 2-D data only

    def _make_lab(self) -> QWidget:
        try:
            from deskdl.qt.inspect.conv_lab import ConvLabPanel
        except ImportError:
            label = QLabel(texts.NO_LAB)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        return ConvLabPanel()

    # ------------------------------------------------------------------ inputs
    def set_project(self, project: Any) -> None:
        """A new project: forget the model and its snapshots."""
        self.project = project
        self.model, self.info, self.result = None, None, {}
        self.snapshots, self.snapshot_run = [], None
        self.gradients.reset()
        self._set_roles({})
        self._mark_stale()

    def refresh_data(self) -> None:
        """The data choice changed: examples are re-read on the next look."""
        if self.model is not None:
            self.info = None
            self._mark_stale()

    def set_tensorflow_ready(self, ready: bool) -> None:
        """Model views need TensorFlow; the convolution lab does not."""
        self._tf_ready = bool(ready)

    def set_result(self, result: Mapping[str, Any]) -> None:
        """A run ended: look inside its model."""
        self.result = dict(result)
        self.model = result.get("model")
        self._set_roles(result)
        self.info = None
        if result.get("run_id") != self.snapshot_run:
            self.snapshots, self.snapshot_run = [], None  # they belonged to another run
        if result.get("run_id") != self.gradients.run_id:
            self.gradients.reset()
        self._mark_stale()

    def _set_roles(self, result: Mapping[str, Any]) -> None:
        """The roles of the result's kind that Inspect offers, and the model of the first one."""
        from deskdl.qt.kinds import views_for

        refs = {"model": result.get("model")} if result.get("model") is not None else {}
        models = result.get("models")
        if isinstance(models, Mapping):
            refs.update({r: m for r, m in models.items() if m is not None})
        roles = [r for r in views_for(result).inspect_roles if r in refs] if refs else []
        self._role_refs = {r: refs[r] for r in roles}
        self.role_box.blockSignals(True)
        self.role_box.clear()
        self.role_box.addItems(roles)
        self.role_box.blockSignals(False)
        self.role_bar.setVisible(len(roles) > 1)
        if roles and result.get("model") is None:
            self.model = self._role_refs[roles[0]]

    @Slot(int)
    def _on_role_chosen(self, index: int) -> None:
        role = self.role_box.itemText(index)
        if role in self._role_refs and self._role_refs[role] is not self.model:
            self.model = self._role_refs[role]
            self.info = None
            # the other network's layer list, if still on its way, must not arrive as this one's
            self._tags = {t: done for t, done in self._tags.items() if done != self._on_info}
            self._info_pending = False
            self.snapshots, self.snapshot_run = [], None  # live snapshots are of the one-model kinds only
            self._mark_stale()

    def current_role(self) -> str | None:
        """The role Inspect looks inside (None when the project has one graph)."""
        return self.role_box.currentText() or None

    def _mark_stale(self) -> None:
        for v in self.views:
            v.stale = True
        self._refresh_current()

    # ------------------------------------------------------------------ showing
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Shown: compute what the view on top still needs (nothing is computed while hidden)."""
        super().showEvent(event)
        self._refresh_current()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self._refresh_current()

    def current_view(self) -> _View | None:
        """The model view on top (None for the convolution lab)."""
        w = self.tabs.currentWidget()
        return w if isinstance(w, _View) else None

    def _refresh_current(self) -> None:
        view = self.current_view()
        if view is None or not self.isVisible() or not view.stale:
            return
        if self.model is not None and self.info is None:
            self._ensure_info()
        view.refresh()

    def _ensure_info(self) -> None:
        if self._info_pending or self.model is None:
            return
        self._info_pending = True
        data = self.result.get("data") or getattr(self.project, "data", None) or {}
        self.call(self._on_info, describe_model, self.model, dict(data))

    def _on_info(self, info: Mapping[str, Any] | None) -> None:
        self._info_pending = False
        self.info = dict(info) if info is not None else {}
        is_2d = tuple(self.info.get("input_shape", ())) == (2,)
        self.tabs.setTabVisible(self.tabs.indexOf(self.neurons), is_2d)
        for v in self.views:
            v.stale = True
        self._refresh_current()

    @Slot(float)
    def scrub_to(self, epoch: float) -> None:
        """Move the filters' and Dense layers' epoch sliders to the last snapshot at or before ``epoch``.

        The Train tab's scrub slider calls this, so every per-epoch view shows the same moment.
        """
        self.gradients.scrub_to(epoch)
        for view, key in ((self.filters, "filters"), (self.dense, "weights")):
            epochs = [int(s.get("epoch", 0)) for s in self.snapshots if s.get(key)]
            if not epochs:
                continue
            i = max([k for k, e in enumerate(epochs) if e <= epoch] or [0])
            view.slider.blockSignals(True)
            view.slider.setRange(0, len(epochs) - 1)  # the view may not have refreshed since
            view.slider.blockSignals(False)
            view.slider.setValue(i)  # redraws through the slider's own signal

    def need_snapshot(self) -> None:
        """A view needs at least one snapshot: take one of the trained model now."""
        if self._snapshot_pending or self.model is None or self.info is None:
            return
        self._snapshot_pending = True
        epoch = len(self.result.get("history", {}).get("loss", [])) if self.result else 0
        self.call(self._on_snapshot, snapshot_now, self.model, self.info.get("sample"), epoch)

    def _on_snapshot(self, snap: Mapping[str, Any] | None) -> None:
        self._snapshot_pending = False
        if snap is not None and not self.snapshots:
            self.snapshots.append(dict(snap))
        for v in (self.filters, self.dense):
            v.stale = True
        self._refresh_current()

    def fill_picker(self, picker: ExamplePicker) -> None:
        """Give a picker the test examples (once per model)."""
        info = self.info or {}
        if info.get("x") is None or getattr(picker, "_model_seen", None) is self.model:
            return
        picker._model_seen = self.model
        picker.blockSignals(True)
        picker.set_examples(info["x"], info.get("y"), info.get("class_names") or [], info["input_shape"],
                            max_value=float((info.get("value_range") or (0, 1))[1]))
        picker.blockSignals(False)

    # ------------------------------------------------------------------ live snapshots
    @Slot(object)
    def _on_run_started(self, payload: Mapping[str, Any]) -> None:
        self.snapshots, self.snapshot_run = [], payload.get("run_id")
        self.gradients.reset()

    @Slot(object)
    def _on_run_event(self, event: object) -> None:
        """A run's typed event: its gradient norms go to the Gradients plot."""
        from deskdl.core.events import GradientNorms

        if isinstance(event, GradientNorms):
            self.gradients.add(event)

    @Slot(object)
    def _on_probe_ready(self, payload: Mapping[str, Any]) -> None:
        if payload.get("kind") != "inspect":
            return
        run = payload.get("run_id")
        if run != self.snapshot_run:
            self.snapshots, self.snapshot_run = [], run
        self.snapshots.append(dict(payload))
        if len(self.snapshots) > KEEP_KERNELS:  # bound memory on long runs: old kernels every 5th epoch
            old = self.snapshots[-KEEP_KERNELS - 1]
            if old.get("epoch", 0) % 5:
                old.pop("dense", None)
        for v in (self.filters, self.dense):
            v.stale = True
        view = self.current_view()
        if view in (self.filters, self.dense) and self.isVisible():
            view.show_notice(None)
            view.refresh()

    # ------------------------------------------------------------------ Keras calls
    def call(self, done: Callable[[Any], None], fn: Callable[..., Any], *args: Any) -> str:
        """Run ``fn(*args)`` on the Keras thread; ``done(result)`` (or ``done(None)`` on failure) after."""
        tag = self.host.call(fn, *args)
        self._tags[tag] = done
        return tag

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        done = self._tags.pop(tag, None)
        if done is not None:
            done(result)

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, details: str) -> None:
        done = self._tags.pop(tag, None)
        if done is None:
            return
        view = self.current_view()
        if view is not None:
            view.show_notice(message.splitlines()[0] if message else _("Something went wrong."))
        done(None)

    @property
    def busy(self) -> bool:
        """Whether any of this panel's Keras calls is outstanding."""
        return bool(self._tags)


__all__ = ["InspectPanel", "describe_model", "epoch_rows", "filter_tiles", "overlay", "stats_table"]
