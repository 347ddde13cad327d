"""The Convolution lab: slide a kernel over a picture by hand and watch every multiplication.

Input, kernel and feature map are pyqtgraph ``ImageItem``s side by side; a
window rectangle on the input and a pixel rectangle on the output move
together (Step / Animate) while the sum for that position is written out. The
kernel is a bank (a Conv2D layer has many filters, each giving its own map), and
a colour picture shows that a filter has one slice per channel.

All arithmetic comes from :mod:`deskdl.core.convolution` (checked against Keras
``Conv2D``); it is tiny NumPy work and runs on the GUI thread. Data come from the
registry, but never a set that would need TensorFlow to read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsRectItem,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.core import convolution as conv
from deskdl.core.i18n import tr, translator
from deskdl.qt.drawing_pad import DrawingPad, ink_to_input
from deskdl.qt.inspect import conv_texts as T
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, plot_colors

_ = translator("qt.inspect.conv_lab")

#: Diverging colours: blue for negative, white for 0, red for positive.
DIVERGING = pg.ColorMap([0.0, 0.25, 0.5, 0.75, 1.0],
                        [(33, 102, 172), (146, 197, 222), (247, 247, 247), (244, 165, 130), (178, 24, 43)])
#: Input pictures as the Data tab shows them: ink dark on white paper.
INK = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (0, 0, 0)])
WINDOW_COLOR = QColor(255, 140, 0)
MAX_FILTERS = 6
DRAW_SIZE = 28


@dataclass
class Filter:
    """One kernel of the bank: its weights ``(k, k, channels)`` and the preset it came from."""

    preset: str  # a key of conv.KERNELS, or "" for the learner's own numbers
    weights: np.ndarray

    @property
    def title(self) -> str:
        """The name shown above its map."""
        return tr("core.convolution", conv.KERNELS[self.preset].title) if self.preset else _("Your own")


def _fit_size(w: np.ndarray, k: int) -> np.ndarray:
    """Embed a smaller kernel in zeros, or crop the centre of a larger one."""
    n = w.shape[0]
    if n == k:
        return w.copy()
    if n < k:
        out = np.zeros((k, k) + w.shape[2:])
        o = (k - n) // 2
        out[o: o + n, o: o + n] = w
        return out
    o = (n - k) // 2
    return w[o: o + k, o: o + k].copy()


def _fit_channels(w: np.ndarray, channels: int) -> np.ndarray:
    if w.shape[2] == channels:
        return w
    return np.repeat(w[..., :1], channels, axis=-1)


def _side_by_side(lines: list[str], channels: int) -> list[str]:
    """Put the per-channel blocks of the written-out sum next to each other, so all of it fits."""
    if channels == 1:
        return lines
    body, last = lines[:-1], lines[-1]
    n = len(body) // channels
    blocks = [body[i * n: (i + 1) * n] for i in range(channels)]
    width = max(len(x) for x in body) + 4
    rows = ["".join(b[r].ljust(width) for b in blocks).rstrip() for r in range(n)]
    return rows + [last]


class _PixelPlot(pg.PlotWidget):
    """A plot that shows one picture pixel-for-pixel: row 0 on top, square pixels, no axes."""

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.plot = self.getPlotItem()
        for ax in ("left", "bottom"):
            self.plot.hideAxis(ax)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        if title:
            self.plot.setTitle(title, size="10pt")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self._grid = pg.PlotCurveItem(pen=pg.mkPen((0, 0, 0, 40), width=1), connect="pairs")
        self._grid.setZValue(5)
        self.plot.addItem(self._grid)
        self._border = _rect_item(QColor("#777"), 1.0)
        self._border.setZValue(6)
        self.plot.addItem(self._border)
        self._frame: tuple[float, float, float, float] | None = None
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Modest: the lab asks for little height and its pictures grow into what is left.

        (In a scroll area the lab gets its preferred height; a big hint made it scroll
        even on a tall window.)
        """
        return QSize(200, 170)

    def show_array(self, a: np.ndarray, levels: tuple[float, float], cmap: pg.ColorMap | None) -> None:
        """Show ``a`` (``(H, W)`` with ``cmap``, or ``(H, W, 3)`` RGB) with fixed ``levels``."""
        lut = cmap.getLookupTable(nPts=256) if cmap is not None and a.ndim == 2 else None
        self.image.setImage(np.ascontiguousarray(a, dtype=np.float32), levels=levels, lut=lut,
                            autoLevels=False)
        self.image.setRect(QRectF(0, 0, a.shape[1], a.shape[0]))
        self.set_grid(a.shape[0], a.shape[1])

    def set_grid(self, h: int, w: int, x0: float = 0.0) -> None:
        """A frame round the picture and, when pixels are big enough to count, faint lines between them."""
        self._border.setRect(QRectF(x0, 0, w, h))
        if h * w > 40 * 40:
            self._grid.setData([], [])
            return
        xs, ys = [], []
        for c in range(1, w):
            xs += [x0 + c, x0 + c]
            ys += [0, h]
        for r in range(1, h):
            xs += [x0, x0 + w]
            ys += [r, r]
        self._grid.setData(np.asarray(xs, float), np.asarray(ys, float))

    def frame(self, left: float, top: float, width: float, height: float, margin: float = 0.2) -> None:
        """Show exactly this area (plus a small margin), also after the widget is resized."""
        self._frame = (left - margin, top - margin, width + 2 * margin, height + 2 * margin)
        self._apply_frame()

    def _apply_frame(self) -> None:
        f = self.__dict__.get("_frame")  # resize events come before __init__ ends
        if f is not None:
            x, y, w, h = f
            self.plot.setRange(xRange=(x, x + w), yRange=(y, y + h), padding=0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Keep the picture filling the plot."""
        super().resizeEvent(event)
        self._apply_frame()


def _rect_item(color: QColor, width: float = 2.5, dashed: bool = False) -> QGraphicsRectItem:
    item = QGraphicsRectItem()
    pen = QPen(color, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    item.setPen(pen)
    item.setZValue(10)
    return item


class ConvLabPanel(QWidget):
    """Convolution by hand: pick a picture and kernels, step the window, read the arithmetic."""

    #: The feature maps changed (new picture, kernel, stride or padding).
    maps_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._images = np.zeros((1, 8, 8))
        self._labels = np.zeros(1, dtype=np.int64)
        self._max_value = 1.0
        self._filters: list[Filter] = [Filter("edge_vertical", conv.kernel("edge_vertical")[..., None])]
        self._current = 0
        self._maps = np.zeros((1, 6, 6))
        self._position = 0
        self._reveal: int | None = None  # during a sweep: how many output pixels are shown
        self._updating = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_tick)
        self._build()
        self._fill_sources()
        self.set_source("digits")

    # ================================================================ layout
    def _build(self) -> None:
        intro = QLabel(T.shown(T.INTRO))
        intro.setWordWrap(True)

        self.source_combo = QComboBox()
        self.source_combo.setToolTip(T.shown(T.SOURCE_TIP))
        self.source_combo.currentIndexChanged.connect(self._on_source_chosen)
        self.sample_spin = QSpinBox()
        self.sample_spin.setPrefix(_("sample "))
        self.sample_spin.valueChanged.connect(self._on_sample_changed)
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(T.shown(T.CUSTOM), "")
        for k in conv.KERNELS.values():
            self.preset_combo.addItem(tr("core.convolution", k.title), k.id)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_chosen)
        self.size_combo = QComboBox()
        self.size_combo.addItem("3 x 3", 3)
        self.size_combo.addItem("5 x 5", 5)
        self.size_combo.setToolTip(T.shown(T.SIZE_TIP))
        self.size_combo.currentIndexChanged.connect(self._on_size_chosen)
        self.stride_spin = QSpinBox()
        self.stride_spin.setRange(1, 3)
        self.stride_spin.setToolTip(T.shown(T.STRIDE_TIP))
        self.stride_spin.valueChanged.connect(self._on_geometry_changed)
        self.padding_combo = QComboBox()
        self.padding_combo.addItems(list(conv.PADDINGS))
        self.padding_combo.setToolTip(T.shown(T.PADDING_TIP))
        self.padding_combo.currentIndexChanged.connect(self._on_geometry_changed)

        # Two rows, the two long combos sharing the spare width (their text ends in "…" when
        # narrow): one row of all six controls made the lab 1000 pixels wide, so it scrolled
        # sideways on a 1280-pixel screen.
        for combo in (self.source_combo, self.preset_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        picture_row = QHBoxLayout()
        for label, w, stretch in ((_("Picture:"), self.source_combo, 1), (None, self.sample_spin, 0),
                                  (_("Kernel:"), self.preset_combo, 1)):
            if label:
                picture_row.addSpacing(8)
                picture_row.addWidget(QLabel(label))
            picture_row.addWidget(w, stretch)
        geometry_row = QHBoxLayout()
        for label, w in ((_("Size:"), self.size_combo), (_("Stride:"), self.stride_spin),
                         (_("Padding:"), self.padding_combo)):
            geometry_row.addSpacing(8)
            geometry_row.addWidget(QLabel(label))
            geometry_row.addWidget(w)
        geometry_row.addStretch(1)
        controls = QVBoxLayout()
        controls.setSpacing(4)
        controls.addLayout(picture_row)
        controls.addLayout(geometry_row)

        # -- input column
        self.input_plot = _PixelPlot(T.shown(T.INPUT_TITLE))
        add_export_button(self.input_plot, "convolution-input")
        self._window_rect = _rect_item(WINDOW_COLOR)
        self._pad_rect = _rect_item(QColor("#888"), 1.2, dashed=True)
        self.input_plot.plot.addItem(self._window_rect)
        self.input_plot.plot.addItem(self._pad_rect)
        self._input_bar = pg.ColorBarItem(values=(0, 1), colorMap=INK, interactive=False, width=10)
        self._input_bar.setImageItem(self.input_plot.image, insert_in=self.input_plot.plot)
        self.pad = DrawingPad(size=DRAW_SIZE * 8)
        self.pad.setMinimumSize(110, 110)
        self.pad.setMaximumSize(180, 180)
        self.pad.drawing_changed.connect(self._on_drawing_changed)
        self._clear_button = QPushButton(T.shown(T.CLEAR))
        self._clear_button.clicked.connect(self.pad.clear)
        self._draw_hint = QLabel(T.shown(T.DRAW_HINT).format(size=DRAW_SIZE))
        self._draw_hint.setWordWrap(True)
        self._draw_box = QWidget()
        db = QHBoxLayout(self._draw_box)
        db.setContentsMargins(0, 0, 0, 0)
        db.addWidget(self.pad)
        side = QVBoxLayout()
        side.addWidget(self._draw_hint)
        side.addWidget(self._clear_button)
        side.addStretch(1)
        db.addLayout(side)
        self._input_caption = self._caption(T.shown(T.INPUT_CAPTION))

        # -- kernel column
        self.kernel_plot = _PixelPlot(T.shown(T.KERNEL_TITLE))
        add_export_button(self.kernel_plot, "convolution-kernel")
        self.kernel_plot.setMinimumSize(100, 100)
        self._kernel_texts: list[pg.TextItem] = []
        self._kernel_images: list[pg.ImageItem] = []
        self.slice_combo = QComboBox()
        for i, name in enumerate(T.CHANNELS):
            self.slice_combo.addItem(_("edit the {channel} slice").format(channel=T.shown(name)), i)
        self.slice_combo.setToolTip(T.shown(T.SLICE_TIP))
        self.slice_combo.currentIndexChanged.connect(self._update_table)
        self.table = QTableWidget(3, 3)
        self.table.horizontalHeader().setVisible(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setMinimumHeight(80)
        self.table.setMaximumHeight(130)
        self.table.itemChanged.connect(self._on_cell_edited)
        self._explanation = self._caption("")
        self._kernel_caption = self._caption(T.shown(T.KERNEL_CAPTION))

        # -- output column
        self.output_plot = _PixelPlot(T.shown(T.OUTPUT_TITLE))
        add_export_button(self.output_plot, "convolution-output")
        self._pixel_rect = _rect_item(WINDOW_COLOR)
        self.output_plot.plot.addItem(self._pixel_rect)
        self.output_plot.scene().sigMouseClicked.connect(self._on_output_clicked)
        self._output_bar = pg.ColorBarItem(values=(-1, 1), colorMap=DIVERGING, interactive=False, width=10)
        self._output_bar.setImageItem(self.output_plot.image, insert_in=self.output_plot.plot)
        self.shape_label = self._caption("")
        self._output_caption = self._caption(T.shown(T.OUTPUT_CAPTION))

        main = QGridLayout()
        main.setHorizontalSpacing(6)
        main.addWidget(self.input_plot, 0, 0)
        main.addWidget(self._big("×"), 0, 1)
        main.addWidget(self.kernel_plot, 0, 2)
        main.addWidget(self._big("="), 0, 3)
        main.addWidget(self.output_plot, 0, 4)
        in_col = QVBoxLayout()
        in_col.addWidget(self._draw_box)
        in_col.addWidget(self._input_caption)
        in_col.addStretch(1)
        k_col = QVBoxLayout()
        k_col.addWidget(self.slice_combo)
        k_col.addWidget(self.table)
        k_col.addWidget(self._explanation)
        k_col.addWidget(self._kernel_caption)
        k_col.addStretch(1)
        out_col = QVBoxLayout()
        out_col.addWidget(self.shape_label)
        out_col.addWidget(self._output_caption)
        out_col.addStretch(1)
        main.addLayout(in_col, 1, 0)
        main.addLayout(k_col, 1, 2)
        main.addLayout(out_col, 1, 4)
        main.setColumnStretch(0, 4)
        main.setColumnStretch(2, 3)
        main.setColumnStretch(4, 4)
        main.setRowStretch(0, 1)

        # -- stepping
        self.step_button = QPushButton(_("Step"))
        self.step_button.setToolTip(T.shown(T.STEP_TIP))
        self.step_button.clicked.connect(self.step)
        self.animate_button = QPushButton(_("Animate"))
        self.animate_button.setCheckable(True)
        self.animate_button.setToolTip(T.shown(T.ANIMATE_TIP))
        self.animate_button.toggled.connect(self._on_animate_toggled)
        self.show_all_button = QPushButton(_("Whole map"))
        self.show_all_button.setToolTip(T.shown(T.SHOW_ALL_TIP))
        self.show_all_button.clicked.connect(self.show_whole_map)
        buttons = QVBoxLayout()
        for b in (self.step_button, self.animate_button, self.show_all_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.position_label = QLabel("")
        self.position_label.setWordWrap(True)
        self.arithmetic = QPlainTextEdit()
        self.arithmetic.setReadOnly(True)
        self.arithmetic.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.arithmetic.setFont(mono)
        self.arithmetic.setMinimumHeight(80)
        self.arithmetic.setMaximumHeight(120)
        arith = QVBoxLayout()
        arith.addWidget(self.position_label)
        arith.addWidget(self.arithmetic)
        step_row = QHBoxLayout()
        step_row.addLayout(buttons)
        step_row.addLayout(arith, 1)

        # -- the bank
        self.filter_combo = QComboBox()
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_chosen)
        self.add_button = QPushButton(_("Add kernel"))
        self.add_button.setToolTip(T.shown(T.ADD_TIP))
        self.add_button.clicked.connect(lambda: self.add_filter())
        self.remove_button = QPushButton(_("Remove kernel"))
        self.remove_button.setToolTip(T.shown(T.REMOVE_TIP))
        self.remove_button.clicked.connect(self.remove_filter)
        bank_head = QHBoxLayout()
        title = QLabel(T.shown(T.BANK_TITLE))
        title.setStyleSheet("font-weight: bold;")
        title.setWordWrap(True)  # wraps rather than widening the lab past a 1280-pixel screen
        bank_head.addWidget(title, 1)
        bank_head.addWidget(QLabel(_("Editing:")))
        bank_head.addWidget(self.filter_combo)
        bank_head.addWidget(self.add_button)
        bank_head.addWidget(self.remove_button)
        self._bank_row = QHBoxLayout()
        self._bank_row.addStretch(1)
        self._bank_plots: list[_PixelPlot] = []

        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(controls)
        box.addLayout(main, 1)
        box.addLayout(step_row)
        box.addLayout(bank_head)
        box.addLayout(self._bank_row)

    @staticmethod
    def _caption(text: str) -> QLabel:
        lab = QLabel(text)
        lab.setWordWrap(True)
        lab.setProperty("role", "caption")  # muted in either theme (a fixed grey vanished on dark)
        return lab

    @staticmethod
    def _big(text: str) -> QLabel:
        lab = QLabel(text)
        f = QFont()
        f.setPointSize(20)
        lab.setFont(f)
        lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return lab

    # ================================================================ pictures
    def _fill_sources(self) -> None:
        from deskdl.ml import datasets

        self.source_combo.blockSignals(True)
        for sid in ("digits", "shapes", "mnist", "fashion_mnist"):
            if sid in ("digits", "shapes") or datasets.is_available(sid):
                self.source_combo.addItem(T.shown(T.SOURCES[sid]), sid)
        # CIFAR-10 only from its .npz copy: the pickled batches need Keras, which the GUI thread never loads.
        if (datasets.datasets_dir() / "cifar10.npz").exists():
            self.source_combo.addItem(T.shown(T.SOURCES["cifar10"]), "cifar10")
        self.source_combo.addItem(T.shown(T.SOURCES["colour"]), "colour")
        self.source_combo.addItem(T.shown(T.SOURCES["draw"]), "draw")
        self.source_combo.blockSignals(False)

    def _load(self, sid: str) -> tuple[np.ndarray, np.ndarray]:
        if sid not in self._cache:
            from deskdl.ml import datasets

            if sid == "digits":
                b = datasets.load("digits", {"scaling": "none"})  # whole numbers 0..16: easy sums
            elif sid in ("shapes", "colour"):
                b = datasets.load("shapes", {"samples": 200, "noise": 0.0})
            elif sid == "draw":
                return np.zeros((1, DRAW_SIZE, DRAW_SIZE)), np.zeros(1, np.int64)
            else:
                b = datasets.load(sid, {"max_train": 200, "max_test": 1})
            x = np.asarray(b.x_train, dtype=np.float64)
            if x.ndim == 4 and x.shape[-1] == 1:
                x = x[..., 0]
            if sid == "colour":
                x = np.stack([conv.colour_picture(g, int(c)) for g, c in zip(x, b.y_train)])
            self._cache[sid] = (x, np.asarray(b.y_train))
        return self._cache[sid]

    def sources(self) -> list[str]:
        """The ids of the pictures on offer."""
        return [self.source_combo.itemData(i) for i in range(self.source_combo.count())]

    def set_source(self, sid: str) -> None:
        """Choose the picture source by id ("digits", "shapes", "colour", "draw", ...)."""
        i = self.source_combo.findData(sid)
        if i < 0:
            raise ValueError(f"no picture source {sid!r}; choose one of {self.sources()}")
        if i == self.source_combo.currentIndex():
            self._on_source_chosen(i)
        else:
            self.source_combo.setCurrentIndex(i)

    def _on_source_chosen(self, _index: int) -> None:
        sid = self.source_combo.currentData()
        self._images, self._labels = self._load(sid)
        drawing = sid == "draw"
        self._max_value = 16.0 if sid == "digits" else 1.0
        self._draw_box.setVisible(drawing)
        self.sample_spin.setVisible(not drawing)
        self.sample_spin.blockSignals(True)
        self.sample_spin.setRange(0, len(self._images) - 1)
        self.sample_spin.setValue(0)
        self.sample_spin.blockSignals(False)
        channels = self.channels
        self._filters = [Filter(f.preset, _fit_channels(f.weights, channels)) for f in self._filters]
        self.slice_combo.setVisible(channels > 1)
        self._input_bar.setVisible(channels == 1)
        self._input_caption.setText(T.shown(T.INPUT_CAPTION_RGB if channels > 1 else T.INPUT_CAPTION))
        if drawing:
            self._on_drawing_changed()
        else:
            self._recompute(reset_position=True)

    def _on_sample_changed(self, _value: int) -> None:
        self._recompute(reset_position=True)

    def _on_drawing_changed(self) -> None:
        if self.source_combo.currentData() != "draw":
            return
        x = ink_to_input(self.pad.ink(), (DRAW_SIZE, DRAW_SIZE), max_value=1.0)[0]
        self._images = x[None].astype(np.float64)
        self._recompute(reset_position=False)

    @property
    def channels(self) -> int:
        """Channels of the current picture (1 grey, 3 colour)."""
        return 1 if self._images.ndim == 3 else int(self._images.shape[-1])

    def image(self) -> np.ndarray:
        """The picture being convolved, ``(H, W)`` or ``(H, W, 3)``."""
        i = min(self.sample_spin.value(), len(self._images) - 1)
        return self._images[i]

    # ================================================================ kernels
    @property
    def kernel_size(self) -> int:
        """Side of every kernel in the bank (a layer's kernels all have the same size)."""
        return int(self._filters[0].weights.shape[0])

    @property
    def stride(self) -> int:
        """The window's step."""
        return self.stride_spin.value()

    @property
    def padding(self) -> str:
        """'valid' or 'same'."""
        return self.padding_combo.currentText()

    def filters(self) -> list[Filter]:
        """The bank of kernels (a copy of the list)."""
        return list(self._filters)

    @property
    def current_filter(self) -> int:
        """Index of the kernel being edited and stepped through."""
        return self._current

    def set_preset(self, preset: str) -> None:
        """Put a named kernel into the current filter."""
        i = self.preset_combo.findData(preset)
        if i < 0:
            raise ValueError(f"no kernel preset {preset!r}")
        if i == self.preset_combo.currentIndex():
            self._on_preset_chosen(i)
        else:
            self.preset_combo.setCurrentIndex(i)

    def _on_preset_chosen(self, _index: int) -> None:
        if self._updating:
            return
        preset = self.preset_combo.currentData()
        if not preset:
            self._filters[self._current].preset = ""
            self._update_kernel_views()
            return
        w = conv.kernel(preset)
        k = max(w.shape[0], self.kernel_size)
        if k != self.kernel_size:
            self._resize_bank(k)
        weights = _fit_channels(_fit_size(w, k)[..., None], self.channels)
        self._filters[self._current] = Filter(preset, weights)
        self._recompute()

    def _on_size_chosen(self, _index: int) -> None:
        if self._updating:
            return
        self._resize_bank(int(self.size_combo.currentData()))
        self._recompute()

    def _resize_bank(self, k: int) -> None:
        def keeps(f: Filter) -> bool:  # cropping a preset's zero frame leaves the preset intact
            return bool(f.preset) and conv.KERNELS[f.preset].weights.shape[0] <= k

        self._filters = [Filter(f.preset if keeps(f) else "", _fit_size(f.weights, k)) for f in self._filters]

    def _on_cell_edited(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        f = self._filters[self._current]
        r, c = item.row(), item.column()
        text = item.text().strip().replace("−", "-").replace(",", ".")
        try:
            value = float(text)
            if not np.isfinite(value):
                raise ValueError
        except ValueError:
            self._update_table()  # put the old number back
            return
        ch = self.slice_combo.currentData() if self.channels > 1 else 0
        f.weights[r, c, ch] = value
        f.preset = ""
        self._recompute()

    def set_weight(self, row: int, col: int, value: float) -> None:
        """Type ``value`` into the table cell (as the learner would)."""
        self.table.item(row, col).setText(conv.fmt(value, 6))

    def add_filter(self, preset: str | None = None) -> None:
        """Add a kernel to the layer (by default a preset the bank does not hold yet) and edit it."""
        if len(self._filters) >= MAX_FILTERS:
            return
        if preset is None:
            used = {f.preset for f in self._filters}
            same_size = [p for p, k in conv.KERNELS.items() if k.weights.shape[0] <= self.kernel_size]
            preset = next((p for p in same_size if p not in used and p != "identity"), "identity")
        w = _fit_size(conv.kernel(preset), max(self.kernel_size, conv.KERNELS[preset].weights.shape[0]))
        if w.shape[0] != self.kernel_size:
            self._resize_bank(w.shape[0])
        self._filters.append(Filter(preset, _fit_channels(w[..., None], self.channels)))
        self._current = len(self._filters) - 1
        self._recompute()

    def remove_filter(self) -> None:
        """Remove the kernel being edited (one always stays)."""
        if len(self._filters) <= 1:
            return
        del self._filters[self._current]
        self._current = min(self._current, len(self._filters) - 1)
        self._recompute()

    def _on_filter_chosen(self, index: int) -> None:
        if self._updating or index < 0:
            return
        self._current = index
        self._update_all_views()

    # ================================================================ computing
    @property
    def maps(self) -> np.ndarray:
        """All feature maps, ``(n_filters, out_h, out_w)``."""
        return self._maps

    @property
    def output_shape(self) -> tuple[int, int]:
        """``(out_h, out_w)`` of every map."""
        return int(self._maps.shape[1]), int(self._maps.shape[2])

    def _recompute(self, reset_position: bool = False) -> None:
        img = self.image()
        k = self.kernel_size
        if self.padding == "valid" and (img.shape[0] < k or img.shape[1] < k):
            self._maps = np.zeros((len(self._filters), 0, 0))
        else:
            self._maps = conv.convolve_bank(img, [f.weights for f in self._filters], self.stride,
                                            self.padding)
        if reset_position:
            self._position = 0
        self._position = min(self._position, max(self._maps[0].size - 1, 0))
        if self._reveal is not None:
            self._reveal = min(self._reveal, self._position + 1)
        self._update_all_views()
        self.maps_changed.emit()

    def _on_geometry_changed(self, *_args) -> None:
        self._recompute(reset_position=True)

    # ================================================================ stepping
    @property
    def position(self) -> tuple[int, int]:
        """``(row, col)`` of the output pixel the window makes now."""
        cols = max(self._maps.shape[2], 1)
        return divmod(self._position, cols)

    def window(self) -> conv.Window | None:
        """The arithmetic at the current position (None when the map is empty)."""
        if self._maps.size == 0:
            return None
        r, c = self.position
        weights = self._filters[self._current].weights
        return conv.window_at(self.image(), weights, self.stride, self.padding, r, c)

    def step(self) -> None:
        """Move the window one position on (row by row), revealing the output as it goes."""
        n = self._maps[0].size
        if n == 0:
            return
        if self._reveal is None:  # a fresh sweep starts at the first position
            self._position, self._reveal = 0, 1
        else:
            self._position = (self._position + 1) % n
            self._reveal = 1 if self._position == 0 else max(self._reveal, self._position + 1)
        self._update_position_views()
        self._update_output_images()

    def set_position(self, row: int, col: int) -> None:
        """Put the window on the input patch that makes output pixel ``(row, col)``."""
        oh, ow = self.output_shape
        if not (0 <= row < oh and 0 <= col < ow):
            return
        self._position = row * ow + col
        if self._reveal is not None:
            self._reveal = max(self._reveal, self._position + 1)
        self._update_position_views()
        self._update_output_images()

    def _on_output_clicked(self, event) -> None:
        p = self.output_plot.plot.vb.mapSceneToView(event.scenePos())
        self.set_position(int(np.floor(p.y())), int(np.floor(p.x())))

    def show_whole_map(self) -> None:
        """Stop any sweep and show every output pixel."""
        self.animate_button.setChecked(False)
        self._reveal = None
        self._update_output_images()

    def _on_animate_toggled(self, on: bool) -> None:
        if on:
            n = max(self._maps[0].size, 1)
            self._timer.setInterval(int(np.clip(9000 / n, 25, 300)))
            if self._reveal is None or self._position >= n - 1:
                self._reveal = None  # start over from the first pixel
            self._timer.start()
            self.animate_button.setText(_("Pause"))
        else:
            self._timer.stop()
            self.animate_button.setText(_("Animate"))

    def _on_tick(self) -> None:
        self.step()
        if self._reveal is not None and self._position >= self._maps[0].size - 1:
            self.animate_button.setChecked(False)

    # ================================================================ views
    def _update_all_views(self) -> None:
        self._updating = True
        try:
            self.filter_combo.clear()
            for i, f in enumerate(self._filters):
                self.filter_combo.addItem(f"{i + 1}: {f.title}")
            self.filter_combo.setCurrentIndex(self._current)
            self.size_combo.setCurrentIndex(self.size_combo.findData(self.kernel_size))
            f = self._filters[self._current]
            self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(f.preset), 0))
        finally:
            self._updating = False
        self.add_button.setEnabled(len(self._filters) < MAX_FILTERS)
        self.remove_button.setEnabled(len(self._filters) > 1)
        self._update_input()
        self._update_kernel_views()
        self._update_bank_plots()
        self._update_output_images()
        self._update_position_views()

    def _update_input(self) -> None:
        img = self.image()
        h, w = img.shape[:2]
        self.input_plot.show_array(img, (0.0, self._max_value), INK)
        if img.ndim == 2:
            self._input_bar.setLevels((0.0, self._max_value))
        if self.padding == "same":
            (t, b), (lft, rgt) = (conv.same_padding(h, self.kernel_size, self.stride),
                                  conv.same_padding(w, self.kernel_size, self.stride))
            self._pad_rect.setRect(QRectF(-lft, -t, w + lft + rgt, h + t + b))
            self._pad_rect.setVisible(True)
            self.input_plot.frame(-lft, -t, w + lft + rgt, h + t + b)
        else:
            self._pad_rect.setVisible(False)
            self.input_plot.frame(0, 0, w, h)

    def _update_kernel_views(self) -> None:
        f = self._filters[self._current]
        w = f.weights
        k, _k, ch = w.shape
        m = float(np.abs(w).max()) or 1.0
        plot = self.kernel_plot.plot
        for it in self._kernel_texts + self._kernel_images:
            plot.removeItem(it)
        self._kernel_texts, self._kernel_images = [], []
        gap = 0.6
        for c in range(ch):
            x0 = c * (k + gap)
            item = self.kernel_plot.image if c == 0 else pg.ImageItem(axisOrder="row-major")
            item.setImage(np.ascontiguousarray(w[..., c], dtype=np.float32), levels=(-m, m),
                          lut=DIVERGING.getLookupTable(nPts=256), autoLevels=False)
            item.setRect(QRectF(x0, 0, k, k))
            if c > 0:
                plot.addItem(item)
                self._kernel_images.append(item)
            font = QFont()
            font.setPointSize(9 if k == 3 and ch == 1 else 7)
            for r in range(k):
                for q in range(k):
                    ink = "#fff" if abs(w[r, q, c]) > 0.6 * m else "#111"
                    t = pg.TextItem(conv.fmt(w[r, q, c], 2), color=ink, anchor=(0.5, 0.5))
                    t.setFont(font)
                    t.setPos(x0 + q + 0.5, r + 0.5)
                    plot.addItem(t)
                    self._kernel_texts.append(t)
            if ch > 1:
                t = pg.TextItem(T.shown(T.CHANNELS[c]), color=("#b2182b", "#1a7f37", "#2166ac")[c],
                                anchor=(0.5, 0.0))
                t.setPos(x0 + k / 2, k + 0.05)
                plot.addItem(t)
                self._kernel_texts.append(t)
        self.kernel_plot.set_grid(k, k)
        self.kernel_plot.frame(0, 0, ch * k + (ch - 1) * gap, k + (0.7 if ch > 1 else 0))
        self._explanation.setText(tr("core.convolution", conv.KERNELS[f.preset].explanation) if f.preset
                                  else T.shown(T.CUSTOM_EXPLANATION))
        self._update_table()

    def _update_table(self, *_args) -> None:
        f = self._filters[self._current]
        k = f.weights.shape[0]
        ch = self.slice_combo.currentData() if self.channels > 1 else 0
        self._updating = True
        try:
            self.table.setRowCount(k)
            self.table.setColumnCount(k)
            font = QFont(self.font())
            if k > 3:
                font.setPointSizeF(max(font.pointSizeF() - 1.5, 6.0))
            for r in range(k):
                for c in range(k):
                    item = QTableWidgetItem(conv.fmt(f.weights[r, c, ch], 3))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setFont(font)
                    item.setToolTip(repr(float(f.weights[r, c, ch])))
                    self.table.setItem(r, c, item)
        finally:
            self._updating = False

    def _levels(self) -> tuple[float, float]:
        m = float(np.abs(self._maps).max()) if self._maps.size else 0.0
        m = m or 1.0
        return -m, m

    def _shown(self, a: np.ndarray) -> np.ndarray:
        """A map with the pixels not yet reached in a sweep left blank (NaN draws nothing)."""
        if self._reveal is None:
            return a
        out = np.full(a.size, np.nan)
        out[: self._reveal] = a.ravel()[: self._reveal]
        return out.reshape(a.shape)

    def _update_output_images(self) -> None:
        levels = self._levels()
        self._output_bar.setLevels(levels)
        if self._maps.size == 0:
            self.output_plot.image.clear()
            for p in self._bank_plots:
                p.image.clear()
            return
        oh, ow = self.output_shape
        self.output_plot.show_array(self._shown(self._maps[self._current]), levels, DIVERGING)
        self.output_plot.frame(0, 0, ow, oh)
        for i, p in enumerate(self._bank_plots):
            p.show_array(self._shown(self._maps[i]), levels, DIVERGING)
            p.frame(0, 0, ow, oh)

    def _update_bank_plots(self) -> None:
        while len(self._bank_plots) > len(self._filters):
            p = self._bank_plots.pop()
            self._bank_row.removeWidget(p)
            p.deleteLater()
        while len(self._bank_plots) < len(self._filters):
            p = _PixelPlot()
            p.export_exempt = True  # a thumbnail of the filter bank: the big plots above have Save
            p.setMinimumSize(150, 150)
            p.setMaximumSize(230, 170)
            self._bank_plots.append(p)
            self._bank_row.insertWidget(len(self._bank_plots) - 1, p)
        for i, (p, f) in enumerate(zip(self._bank_plots, self._filters)):
            color = "#d46a00" if i == self._current else plot_colors()[1].name()
            p.plot.setTitle(f"{i + 1}: {f.title}", size="9pt", color=color)

    def _update_position_views(self) -> None:
        img = self.image()
        h, w = img.shape[:2]
        k = self.kernel_size
        oh, ow = self.output_shape
        formula = conv.output_size_formula(h, k, self.stride, self.padding)
        self.shape_label.setText(T.shape_text(h, w, k, self.stride, oh, ow, formula, len(self._filters)))
        win = self.window()
        if win is None:
            self._window_rect.setVisible(False)
            self._pixel_rect.setVisible(False)
            self.position_label.setText("")
            self.arithmetic.setPlainText(T.shown(T.DOES_NOT_FIT).format(k=k, h=h, w=w))
            return
        self._window_rect.setVisible(True)
        self._pixel_rect.setVisible(True)
        self._window_rect.setRect(QRectF(win.left, win.top, k, k))
        self._pixel_rect.setRect(QRectF(win.out_col, win.out_row, 1, 1))
        self.position_label.setText(T.position_text(win.out_row, win.out_col, oh, ow, win.top, win.left, k))
        channels = tuple(T.shown(c) for c in T.CHANNELS)
        self.arithmetic.setPlainText("\n".join(_side_by_side(conv.arithmetic_lines(win, channels),
                                                             win.products.shape[2])))

    def arithmetic_total(self) -> float:
        """The number at the end of the written-out sum (for tests and the screenshot check)."""
        last = self.arithmetic.toPlainText().strip().splitlines()[-1]
        return float(last.rsplit("=", 1)[1].strip().replace("−", "-"))

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Stop the animation when the tab is left."""
        self.animate_button.setChecked(False)
        super().hideEvent(event)
