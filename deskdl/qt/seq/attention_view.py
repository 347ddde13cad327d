"""The Train tab's attention maps: one heatmap per layer and head, live, with the tokens on both axes.

The attention trainer (:mod:`deskdl.ml.trainers.attention`) sends the latest-only
picture ``"attention"``: ``(layers, heads, query steps, key steps)`` weights for one test
example. Row i of a map is output place i (labelled with its right answer), column j
is input place j (labelled with its token); a dark cell means place i takes much of
place j. For reversing, the anti-diagonal appears as the model learns. A second page
draws the positional encoding as the sine waves it is.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from deskdl.core import events as ev
from deskdl.core.i18n import N_, translator
from deskdl.core.snapshots import EpochSnapshots
from deskdl.qt.kinds import KindView
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.seq.embedding_view import TOKEN_CAPTION, WORD_CAPTION, EmbeddingView
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.seq.attention_view")

WAITING = N_("The attention maps of a test example come a few seconds after training starts.")
CAPTION = N_("Each map is one attention head. Row i is output place i (its right answer beside it), column "
             "j is input place j (its digit below): dark = place i takes much from place j; every row adds "
             "up to 1. To reverse, place i must read place 9 - i: watch the anti-diagonal appear.")
CLASSIFIER_CAPTION = N_("Each map is one attention head. Row i is word i of the review, column j is word j: "
                        "dark = word i takes much from word j. A row's weights add up to 1 over all places, "
                        "the padding in front of a short review too; the padding is not drawn, so a pale "
                        "row gave much of its weight to it. Watch the heads learn to look at the words that "
                        "decide the answer, such as 'not', 'never' and the adjectives.")
PAD = "·"  # a place of padding (as the trainer names it)
READ_HINT = N_("Click a row of a map to read which places it takes from.")
READ_ROW = N_("{head}, row '{query}' (place {row}) takes most from: {parts}.")
PE_CAPTION = N_("PositionalEncoding adds these waves to the embedding: feature 2k gets sin(position / "
                "10000^(2k/d)), feature 2k+1 the cosine, so every position gets its own pattern of values "
                "and nearby positions get similar ones. Fast waves tell neighbours apart, slow ones far "
                "places.")
#: Features of the positional encoding drawn on its page.
PE_FEATURES = (0, 1, 4, 5, 10, 11)
#: Memory for the maps kept for scrubbing back (one set per epoch end, thinned evenly beyond this).
MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024


class AttentionTrainView(KindView):
    """Heatmaps of every layer's and head's attention for one example; the positional encoding waves.

    A click on a map's row reads it out (its largest weights, with their places' tokens) and emits
    :attr:`row_read` (``head``, ``row``, ``query``, ``top``: the token it takes most from).
    """

    row_read = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attention_train_view")
        self.maps_seen = 0
        # The maps at each epoch's end, for the Train tab's scrub slider (float16, within a budget).
        self.snapshots = EpochSnapshots(MAX_SNAPSHOT_BYTES)
        self.chosen: float | None = None  # the scrubbed epoch (None: follow the run)
        self._live: ev.Picture | None = None
        self.images: list[pg.ImageItem] = []
        self.plots: list[pg.PlotItem] = []
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        page = QWidget()
        self.status = QLabel(_(WAITING))
        self.status.setWordWrap(True)  # the Train tab's right column is narrow
        self.grid = themed(pg.GraphicsLayoutWidget())
        add_export_button(self.grid, "attention-maps")
        self.grid.scene().sigMouseClicked.connect(self._on_clicked)
        self.grid.setCursor(Qt.CursorShape.PointingHandCursor)
        self.read_line = QLabel(_(READ_HINT))
        self.read_line.setWordWrap(True)
        self.read_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(_(CAPTION))
        self.caption.setWordWrap(True)
        # what the maps show: (maps, row tokens, column tokens, titles), for reading a clicked row
        self._shown: tuple[np.ndarray, list[str], list[str], list[str]] | None = None
        box = QVBoxLayout(page)
        box.addWidget(self.status)
        box.addWidget(self.grid, 1)
        box.addWidget(self.read_line)
        box.addWidget(self.caption)
        self.pages.addTab(page, _("Attention maps"))
        pe_page = QWidget()
        self.pe_view = themed(pg.PlotWidget())
        add_export_button(self.pe_view, "positional-encoding")
        self.pe_plot = self.pe_view.getPlotItem()
        self.pe_plot.setLabel("bottom", _("position"))
        self.pe_plot.setLabel("left", _("value added"))
        self.pe_plot.addLegend()
        pe_caption = QLabel(_(PE_CAPTION))
        pe_caption.setWordWrap(True)
        pbox = QVBoxLayout(pe_page)
        pbox.addWidget(self.pe_view, 1)
        pbox.addWidget(pe_caption)
        self.pages.addTab(pe_page, _("Positional encoding"))
        self.embedding = EmbeddingView(caption=TOKEN_CAPTION)
        self.pages.addTab(self.embedding, _("Embedding"))
        self._classifier = False  # the newest maps were a classifier's (words to words)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.draw_waves(32)

    def draw_waves(self, features: int, steps: int = 50) -> None:
        """Draw a few features of the positional encoding of ``features`` numbers over ``steps`` positions."""
        from deskdl.ml.attention import positional_signal

        self.pe_plot.clear()
        fine = np.linspace(0, steps - 1, 20 * steps)
        smooth = positional_signal(steps, features, positions=fine)
        signal = positional_signal(steps, features)  # what the layer adds: the waves at whole positions
        for i, f in enumerate(k for k in PE_FEATURES if k < features):
            color = pg.intColor(i, hues=len(PE_FEATURES))
            self.pe_plot.plot(fine, smooth[:, f], pen=pg.mkPen(color, width=1),
                              name=_("feature {f} ({wave})").format(f=f, wave="sin" if f % 2 == 0 else "cos"))
            self.pe_plot.plot(np.arange(steps), signal[:, f], pen=None, symbol="o", symbolSize=4,
                              symbolBrush=color, symbolPen=None)

    def _layout(self, layers: int, heads: int, names: list[str]) -> None:
        self.grid.clear()
        self.images, self.plots = [], []
        lut = np.linspace(255, 0, 256).astype(np.uint8)
        for li in range(layers):
            for h in range(heads):
                name = names[li] if li < len(names) else str(li)
                # short titles: the Train tab's right column is narrow (a long one pushed head 2 off it)
                title = (_("head {n}").format(n=h + 1) if layers == 1
                         else _("{layer}, head {n}").format(layer=name, n=h + 1))
                plot = self.grid.addPlot(row=li, col=h)
                plot.setTitle(title, size="9pt")
                plot.invertY(True)
                plot.setAspectLocked(True)
                plot.setMenuEnabled(False)
                plot.setMouseEnabled(False, False)
                plot.hideButtons()
                image = pg.ImageItem(axisOrder="row-major")
                image.setLookupTable(lut)
                plot.addItem(image)
                self.images.append(image)
                self.plots.append(plot)

    def show_project(self, project: Any) -> None:
        """Before any map: the caption of the project's task (a review classifier is not a reversal)."""
        from deskdl.core.kinds import kind_of

        try:
            self._classifier = kind_of(project).id == "attention_classifier"
        except Exception:  # noqa: BLE001 - an unknown kind was refused when the file was read
            return
        self.caption.setText(_(CLASSIFIER_CAPTION if self._classifier else CAPTION))

    def on_run_started(self, event: ev.RunStarted) -> None:
        """A new run: its maps only."""
        self.reset()

    def on_picture(self, picture: ev.Picture) -> None:
        """Show the newest maps (unless scrubbed back); keep those of an epoch's end; the embedding map."""
        if picture.name == "embedding":
            self.embedding.caption.setText(_(WORD_CAPTION if self._classifier else TOKEN_CAPTION))
            self.embedding.on_picture(picture)
            return
        if picture.name != "attention":
            return
        maps = np.asarray(picture.array, np.float32)
        if maps.ndim != 4:
            return
        if float(picture.epoch).is_integer():  # an epoch's end: kept for scrubbing back
            self.snapshots.add(picture.epoch, maps, dict(picture.meta))
        self._live = picture
        self.maps_seen += 1
        if self.chosen is None:
            self._draw(maps, picture.meta, picture.epoch)

    def scrub_epochs(self) -> list[float]:
        """The epoch ends whose maps are kept."""
        return self.snapshots.epochs

    def scrub_to(self, epoch: float | None) -> None:
        """Show the maps kept at ``epoch`` (the last at or before it); ``None``: the newest again."""
        self.chosen = None if epoch is None else float(epoch)
        if self.chosen is None:
            if self._live is not None:
                p = self._live
                self._draw(np.asarray(p.array, np.float32), p.meta, p.epoch)
            return
        kept = self.snapshots.at(self.chosen)
        if kept is not None:
            e, maps, meta = kept
            self._draw(maps.astype(np.float32), meta, e, scrubbed=True)

    def _draw(self, maps: np.ndarray, meta, epoch: float, scrubbed: bool = False) -> None:
        answers = list(meta.get("answers", []))
        words_to_words = len(answers) != maps.shape[2]
        self._classifier = words_to_words
        if words_to_words:  # a classifier: draw the words only, not the padding in front of them
            inputs = list(meta.get("inputs", []))[: maps.shape[3]]
            keep = [j for j, t in enumerate(inputs) if t != PAD]
            if keep and len(keep) < len(inputs) and maps.shape[2] == maps.shape[3]:
                maps = maps[:, :, keep][:, :, :, keep]
                meta = {**meta, "inputs": [inputs[j] for j in keep],
                        "queries": [list(meta.get("queries", inputs))[j] for j in keep]}
        layers, heads, rows, cols = maps.shape
        names = list(meta.get("layers", []))
        if len(self.images) != layers * heads:
            self._layout(layers, heads, names)
        inputs = list(meta.get("inputs", []))[:cols]
        # the rows: one answer per step (sequence to sequence), else the words themselves (a classifier)
        queries = list(meta.get("queries", answers))[:rows]
        self.caption.setText(_(CLASSIFIER_CAPTION if words_to_words else CAPTION))
        # words side by side would overlap: every second one a line lower
        below = [("\n" + t if j % 2 and words_to_words else t) for j, t in enumerate(inputs)]
        for k, (image, plot) in enumerate(zip(self.images, self.plots)):
            image.setImage(maps[k // heads, k % heads], levels=(0.0, 1.0))
            image.setRect(0, 0, cols, rows)
            plot.getAxis("bottom").setTicks([[(j + 0.5, t) for j, t in enumerate(below)]])
            plot.getAxis("bottom").setHeight(48 if words_to_words else None)  # room for the two lines
            plot.getAxis("left").setTicks([[(i + 0.5, t) for i, t in enumerate(queries)]])
        titles = [plot.titleLabel.text for plot in self.plots]
        self._shown = (maps.reshape(layers * heads, rows, cols), [str(q) for q in queries],
                       [str(t) for t in inputs], titles)
        shown = inputs
        when = meta.get("when") or (_("maps after 1 epoch") if epoch == 1
                                    else _("maps after {epochs:g} epochs").format(epochs=epoch))
        said = (_("Test example: {inputs} -> {answers}; {when} (scrubbed back; the slider's right end "
                  "follows the run)") if scrubbed else _("Test example: {inputs} -> {answers}; {when}"))
        self.status.setText(said.format(inputs=" ".join(shown), answers=" ".join(answers), when=when))

    def read_row(self, k: int, row: int) -> dict | None:
        """Read row ``row`` of map ``k`` (layer-major, then head) aloud; None when there is no such row."""
        if self._shown is None:
            return None
        maps, queries, inputs, titles = self._shown
        if not (0 <= k < len(maps) and 0 <= row < maps.shape[1]):
            return None
        weights = maps[k, row]
        order = [int(j) for j in np.argsort(-weights)[:3]]

        def token(j: int) -> str:
            return inputs[j] if j < len(inputs) else str(j)

        query = queries[row] if row < len(queries) else str(row)
        part = _("'{token}' (place {j}) {percent:.0f} %")
        parts = ", ".join(part.format(token=token(j), j=j, percent=100 * float(weights[j])) for j in order)
        head = titles[k] if k < len(titles) else _("head {n}").format(n=k + 1)
        self.read_line.setText(_(READ_ROW).format(head=head, query=query, row=row, parts=parts))
        info = {"head": head, "row": row, "query": query, "top": token(order[0])}
        self.row_read.emit(info)
        return info

    def _on_clicked(self, event) -> None:
        pos = event.scenePos()
        for k, plot in enumerate(self.plots):
            if plot.vb.sceneBoundingRect().contains(pos):
                point = plot.vb.mapSceneToView(pos)
                self.read_row(k, int(np.floor(point.y())))
                return

    def reset(self) -> None:
        """Forget the maps."""
        self.maps_seen = 0
        self._shown = None
        self.read_line.setText(_(READ_HINT))
        self.snapshots.clear()
        self.chosen = None
        self._live = None
        self.grid.clear()
        self.images, self.plots = [], []
        self.status.setText(_(WAITING))

        self.embedding.reset()


__all__ = ["AttentionTrainView", "CAPTION", "CLASSIFIER_CAPTION", "PE_CAPTION", "WAITING"]
