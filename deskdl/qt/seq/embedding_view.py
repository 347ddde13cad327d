"""The Embedding layer's vectors as a map: PCA to 2-D with each word or character as its label.

Fed the latest-only picture ``"embedding"`` (``array``: one vector per word or
character; ``meta["labels"]``: their names) while training, so "similar things end up
near each other" is something to watch. Pick a label to list its nearest neighbours
(cosine similarity in the full vectors, not on the flat map).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QListWidget, QVBoxLayout, QWidget

from deskdl.core import events as ev
from deskdl.core.embedding import nearest, pca_2d
from deskdl.core.i18n import N_, translator
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.seq.embedding_view")

#: Labels that mark padding or an unknown word (not a first choice for the neighbours).
PADDING = frozenset({"·", "", "?"})
WAITING = N_("The Embedding layer's vectors appear here while the model trains.")
CAPTION = N_("Each label is one character (or word) at its Embedding vector, flattened to 2-D by PCA (the "
             "two directions in which the vectors differ most). Characters the model uses alike drift "
             "together: digits, note letters, header letters. Neighbours are measured on the full vectors.")
# Short (the Train tab's column is narrow: a long caption left the map 60 px tall); the details in DETAILS.
WORD_CAPTION = N_("Each word sits at its Embedding vector, flattened to 2-D. Words the model uses alike "
                  "drift together: praise (good, lovely) to one side, complaint (bad, dull) to the other, "
                  "'not' beside 'never'. Scroll to zoom.")

TOKEN_CAPTION = N_("Each token (here a digit) sits at its Embedding vector, flattened to 2-D. Tokens the "
                   "model uses alike drift together as it learns. Scroll to zoom.")
DETAILS = N_("Flattened by PCA: the two directions in which the vectors differ most (each axis says its "
             "share of the spread). Neighbours: cosine similarity on the full vectors, not on the map.")


class EmbeddingView(QWidget):
    """A labelled scatter of the embedding's PCA projection, and the nearest neighbours of a chosen label."""

    def __init__(self, parent: QWidget | None = None, caption: str = CAPTION) -> None:
        super().__init__(parent)
        self.vectors: np.ndarray | None = None
        self.labels: list[str] = []
        self.status = QLabel(_(WAITING))
        self.status.setWordWrap(True)
        self.view = themed(pg.PlotWidget())
        add_export_button(self.view, "embedding")
        self.plot = self.view.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.scatter = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(70, 130, 200, 160), pen=None)
        self.plot.addItem(self.scatter)
        self.texts: list[pg.TextItem] = []
        self.chooser = QComboBox()
        self.neighbours = QListWidget()
        self.neighbours.setMaximumWidth(200)
        self.caption = QLabel(_(caption))  # a text marked with N_ (this module's or the caller's)
        self.caption.setWordWrap(True)
        self.caption.setToolTip(_(DETAILS))
        side = QVBoxLayout()
        side.addWidget(QLabel(_("Nearest neighbours of")))
        side.addWidget(self.chooser)
        side.addWidget(self.neighbours, 1)
        # the neighbours beside the map where there is room, under it in a narrow column (the Train
        # tab's: at 1280x720 beside it they left the map 20 px wide); see resizeEvent
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addWidget(self.view, 1)
        body.addLayout(side)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.status)
        box.addLayout(body, 1)
        box.addWidget(self.caption)
        self.chooser.currentIndexChanged.connect(self._update_neighbours)

    #: Below this width the neighbours go under the map instead of beside it.
    SIDE_BY_SIDE_PX = 480

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Map and neighbours side by side when there is room, one above the other when narrow."""
        wide = event.size().width() >= self.SIDE_BY_SIDE_PX
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.neighbours.setMaximumWidth(200 if wide else 16_777_215)
            self.neighbours.setMaximumHeight(16_777_215 if wide else 4 * self.fontMetrics().height() + 12)
        super().resizeEvent(event)

    def on_picture(self, picture: ev.Picture) -> None:
        """Show a new set of vectors."""
        if picture.name == "embedding":
            self.set_vectors(np.asarray(picture.array, np.float32), list(picture.meta.get("labels", [])),
                             picture.epoch)

    def set_vectors(self, vectors: np.ndarray, labels: list[str], epoch: float | None = None) -> None:
        """Project ``vectors`` (one per label) and draw them with their labels."""
        if vectors.ndim != 2 or len(vectors) < 2:
            return
        labels = (labels + [str(i) for i in range(len(labels), len(vectors))])[: len(vectors)]
        self.vectors, changed = vectors, labels != self.labels
        self.labels = labels
        points, share = pca_2d(vectors)
        self.scatter.setData(points[:, 0], points[:, 1])
        if changed or len(self.texts) != len(labels):
            for t in self.texts:
                self.plot.removeItem(t)
            self.texts = [pg.TextItem(lab, anchor=(0.5, 1.0)) for lab in labels]
            for t in self.texts:
                self.plot.addItem(t)
            current = self.chooser.currentText()
            self.chooser.blockSignals(True)
            self.chooser.clear()
            self.chooser.addItems(labels)
            if current in labels:
                self.chooser.setCurrentIndex(labels.index(current))
            else:  # a first choice that is a word, not the padding mark
                first = next((k for k, lab in enumerate(labels) if lab not in PADDING), 0)
                self.chooser.setCurrentIndex(first)
            self.chooser.blockSignals(False)
        for t, (x, y) in zip(self.texts, points):
            t.setPos(float(x), float(y))
        self.plot.setLabel("bottom", _("PCA axis 1 ({share:.0%} of the spread)").format(share=share[0]))
        self.plot.setLabel("left", _("PCA axis 2 ({share:.0%} of the spread)").format(share=share[1]))
        if epoch is not None:
            said = _("{n} vectors of {size} numbers after {epochs:g} epochs.")
        else:
            said = _("{n} vectors of {size} numbers.")
        self.status.setText(said.format(n=len(labels), size=vectors.shape[1], epochs=epoch))

        self._update_neighbours()

    @Slot()
    def _update_neighbours(self) -> None:
        self.neighbours.clear()
        i = self.chooser.currentIndex()
        if self.vectors is None or not 0 <= i < len(self.vectors):
            return
        for j, sim in nearest(self.vectors, i, 8):
            self.neighbours.addItem(f"{self.labels[j]}   {sim:+.2f}")

    def reset(self) -> None:
        """No vectors."""
        self.vectors, self.labels = None, []
        self.scatter.setData([], [])
        for t in self.texts:
            self.plot.removeItem(t)
        self.texts = []
        self.chooser.clear()
        self.neighbours.clear()
        self.status.setText(_(WAITING))


__all__ = ["CAPTION", "DETAILS", "EmbeddingView", "TOKEN_CAPTION", "WAITING", "WORD_CAPTION"]
