"""Evaluate's page for a debiasing run: accuracy per style before and after, the weights, whom they favour.

It reads the run record's ``debias`` block (:mod:`deskdl.ml.trainers.debias`):
plain numbers, so a reopened project shows its last comparison without
training again. The 16 most up-weighted training pictures are drawn again
from the data set's seed on the Keras thread (``host.call``), never on the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from deskdl.core.bias_data import GROUPS
from deskdl.core.i18n import N_, translator
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed
from deskdl.qt.train.debias_view import (
    AFTER,
    BEFORE,
    EXPLANATION,
    GROUP_COLORS,
    accuracy_text,
    shown,
    weights_text,
)

_ = translator("qt.debias_page")

NO_RUN = N_("Train the project (Train tab, Start) to compare the classifier without and with the VAE's "
            "weights.")
BARS_TITLE = N_("Test accuracy per style")
HIST_TITLE = N_("The weights, per style")
PICTURES_TITLE = N_("The 16 most up-weighted pictures")
HIST_CAPTION = (N_("<span style='color:#E69F00'>■</span> normal &nbsp; "
                "<span style='color:#009E73'>■</span> inverted. Each curve is the share of one style's "
                "training pictures at each weight. A weight of 1 (log10 = 0) means a picture counts as much "
                "as it would without weights; if the VAE found the rare style, its curve sits to the right."))
BARS_LEGEND = (N_("<span style='color:#999999'>■</span> without weights &nbsp; "
               "<span style='color:#0072B2'>■</span> with weights"))


METHOD_TEXT = {"resample": N_("pictures drawn by weight"), "weight": N_("losses multiplied by the weights")}
TRY_TEXT = (N_("Try: a smaller alpha gives the rare pictures more weight (too much, and the classifier "
               "learns "
            "those few pictures by heart and gets worse on the common style); more VAE code numbers or bins "
            "make the density sharper; method 'weight' multiplies each picture's loss by its weight instead "
            "of drawing pictures by weight. Another seed gives another result: compare a few. The Data "
            "tab's rare_share and samples set how rare the style is and how many pictures of it there are."))


def top_pictures(data: Mapping[str, Any], indices: list[int]) -> np.ndarray:
    """Training pictures ``indices`` of the biased shapes that ``data`` names, 4 a row (Keras thread)."""
    from deskdl.ml.datasets.biased_shapes import load_with_groups
    from deskdl.ml.vae import tile

    bundle, _groups, _info = load_with_groups(dict(data.get("params") or {}))
    return tile(bundle.x_train[np.asarray(indices, np.int64)], cols=4)


def latest_block(runs: list[Mapping[str, Any]]) -> tuple[Mapping[str, Any], Mapping[str, Any]] | None:
    """The newest run record with a ``debias`` block, and that block (None when no run has one)."""
    for run in reversed(list(runs or [])):
        if isinstance(run, Mapping) and isinstance(run.get("debias"), Mapping):
            return run, run["debias"]
    return None


class DebiasPage(QWidget):
    """The comparison of one debiasing run, from its record."""

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debias_page")
        self.host = host
        self._tag: str | None = None
        self.message = QLabel(_(NO_RUN))
        self.message.setWordWrap(True)
        # accuracy bars
        self.bars_view = themed(pg.PlotWidget())
        add_export_button(self.bars_view, "debias-accuracy-per-style")
        plot = self.bars_plot = self.bars_view.getPlotItem()
        plot.setTitle(_(BARS_TITLE))
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setYRange(0, 1, padding=0)
        plot.setXRange(-0.6, len(GROUPS) - 0.4, padding=0)
        plot.getAxis("bottom").setTicks([[(i, g) for i, g in enumerate(GROUPS)]])
        plot.setLabel("left", _("share right"))
        x = np.arange(len(GROUPS), dtype=float)
        self.bars_before = pg.BarGraphItem(x=x - 0.18, height=np.zeros(len(GROUPS)), width=0.34, brush=BEFORE)
        self.bars_after = pg.BarGraphItem(x=x + 0.18, height=np.zeros(len(GROUPS)), width=0.34, brush=AFTER)
        plot.addItem(self.bars_before)
        plot.addItem(self.bars_after)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        bars_legend = QLabel(_(BARS_LEGEND))
        # weight histogram
        self.hist_view = themed(pg.PlotWidget())
        add_export_button(self.hist_view, "debias-weights-per-style")
        hist = self.hist_plot = self.hist_view.getPlotItem()
        hist.setTitle(_(HIST_TITLE))
        hist.setMouseEnabled(False, False)
        hist.hideButtons()
        hist.setMenuEnabled(False)
        hist.setLabel("bottom", _("log10 of the weight"))
        hist.setLabel("left", _("% of the style's pictures"))
        self.hist_curves = [hist.plot([0, 1], [0], stepMode="center", name=name, pen=pg.mkPen(color, width=2))
                            for name, color in zip(GROUPS, GROUP_COLORS)]
        self.weights = QLabel("")
        self.weights.setWordWrap(True)
        hist_caption = QLabel(_(HIST_CAPTION))
        hist_caption.setWordWrap(True)
        # the most up-weighted pictures
        self.pictures_view = themed(pg.PlotWidget())
        add_export_button(self.pictures_view, "debias-up-weighted-pictures")
        pics = self.pictures_plot = self.pictures_view.getPlotItem()
        pics.setTitle(_(PICTURES_TITLE))
        for axis in ("left", "bottom"):
            pics.hideAxis(axis)
        pics.hideButtons()
        pics.setMenuEnabled(False)
        pics.setMouseEnabled(False, False)
        pics.setAspectLocked(True)
        pics.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(np.linspace(255, 0, 256).astype(np.uint8))  # as the Data tab: 0 is white
        pics.addItem(self.image)
        self.pictures_caption = QLabel("")
        self.pictures_caption.setWordWrap(True)
        explanation = QLabel(shown(EXPLANATION))
        explanation.setWordWrap(True)
        self.explanation_more = QLabel(_(TRY_TEXT))
        self.explanation_more.setWordWrap(True)
        self._plots = (self.bars_view, self.hist_view, self.pictures_view)
        grid = QGridLayout(self)
        grid.addWidget(self.message, 0, 0, 1, 3)
        grid.addWidget(self.bars_view, 1, 0)
        grid.addWidget(self.hist_view, 1, 1)
        grid.addWidget(self.pictures_view, 1, 2)
        grid.addWidget(bars_legend, 2, 0)
        grid.addWidget(hist_caption, 2, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.pictures_caption, 2, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.result, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.weights, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(explanation, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.explanation_more, 4, 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(1, 1)
        for col in range(3):
            grid.setColumnStretch(col, 1)
            self._plots[col].setMinimumWidth(120)
        self.host.worker.call_finished.connect(self._on_call_finished)

    def show_record(self, record: Mapping[str, Any] | None) -> bool:
        """Show a run record's comparison; False (and the empty page) when it has none."""
        self.reset()
        block = (record or {}).get("debias")
        if not isinstance(block, Mapping):
            return False
        rows = [[np.nan if v is None else float(v) for v in row] for row in block.get("accuracy", [])]
        acc = np.array(rows, np.float64).reshape(2, len(GROUPS))
        self.bars_before.setOpts(height=np.nan_to_num(acc[0], nan=0.0))
        self.bars_after.setOpts(height=np.nan_to_num(acc[1], nan=0.0))
        self.result.setText(accuracy_text(acc))
        a = block.get("algorithm") or {}
        method = METHOD_TEXT.get(a.get("method"))
        self.message.setText(_(
            "The same classifier trained {epochs} epochs with seed {seed}, without and with weights from a "
            "VAE with {latent} code numbers ({bins} bins per number, alpha {alpha}; {method}); {rare} of its "
            "{n} training pictures are of the rare style. Scored on the balanced test pictures.").format(
            epochs=block.get("classifier_epochs", "?"), seed=block.get("seed", "?"),
            latent=a.get("latent_dim", "?"), bins=a.get("bins", "?"), alpha=a.get("alpha", "?"),
            method=_(method) if method else _("weights used"), rare=block.get("rare_in_train", "?"),
            n=block.get("n_train", "?")))
        w = block.get("weights") or {}
        if w:
            edges = np.asarray(w.get("edges") or [0.0, 1.0], np.float64)
            for curve, counts in zip(self.hist_curves, w.get("counts") or []):
                counts = np.asarray(counts, np.float64)
                curve.setData(edges, 100.0 * counts / max(counts.sum(), 1.0), stepMode="center")
            self.weights.setText(weights_text(dict(w)))
            top = [int(i) for i in w.get("top") or []]
            if top:
                weights = [float(v) for v in w.get("top_weights") or []]
                groups = [int(g) for g in w.get("top_groups") or []]
                self.pictures_caption.setText(
                    _("Left to right, top to bottom: weights {weights}. {n} are inverted.").format(
                        weights=", ".join(f"{v:.1f}" for v in weights), n=sum(1 for g in groups if g == 1)))
                data = record.get("dataset") or {}
                self._tag = self.host.call(top_pictures, dict(data), top)
        return True

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag != self._tag:
            return
        self._tag = None
        self.image.setImage(np.asarray(result, np.float32), levels=(0.0, 1.0))

    def reset(self) -> None:
        """The empty page (another project, or no run yet)."""
        self._tag = None
        self.message.setText(_(NO_RUN))
        self.bars_before.setOpts(height=np.zeros(len(GROUPS)))
        self.bars_after.setOpts(height=np.zeros(len(GROUPS)))
        for curve in self.hist_curves:
            curve.setData([0, 1], [0], stepMode="center")
        self.image.clear()
        for label in (self.result, self.weights, self.pictures_caption):
            label.setText("")


__all__ = ["DebiasPage", "latest_block", "top_pictures"]
