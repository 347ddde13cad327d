"""The Train tab's view of a debiasing run: the part running, accuracy before and after, the weights in words.

The debias trainer (:mod:`deskdl.ml.trainers.debias`) runs three parts (the VAE,
the classifier without weights, the classifier with them) and sends the
latest-only pictures ``weights`` (:func:`deskdl.ml.debias.weight_summary` in
``meta``) and ``accuracy`` (per subgroup, without and with weights); the right
column is narrow, so the weights' histogram and the most up-weighted pictures
are on Evaluate's page (:mod:`deskdl.qt.debias_page`). This view only receives
events; all Keras work stays on the worker thread. The run's record holds the
same figures (``record["debias"]``), so the end of a run shows them even if a
picture was dropped on the way.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskdl.core import events as ev
from deskdl.core.bias_data import GROUPS
from deskdl.core.i18n import N_, translator
from deskdl.qt.kinds import KindView
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.train.debias_view")


def shown(text: str) -> str:
    """One of this module's texts (marked with ``N_``) in the chosen language."""
    return _(text)

#: Bar colours: without weights (grey), with weights (blue); subgroup colours of the weight histogram.
BEFORE, AFTER = "#999999", "#0072B2"
GROUP_COLORS = ("#E69F00", "#009E73")
WAITING = N_("Press Start: the run trains a VAE, then the classifier twice.")
STAGE_TEXT = (
    N_("Part 1 of 3: a VAE learns the training pictures, without their labels (epoch {n} of {of})."),
    N_("Part 2 of 3: the classifier learns the data as it is (epoch {n} of {of})."),
    N_("Part 3 of 3: the same classifier, same seed, with each picture weighted by how rare the VAE "
       "finds it (epoch {n} of {of})."))
DONE = (N_("Done: the bars compare the two classifiers on the balanced test pictures. The Evaluate tab "
        "shows the weights and the pictures that got the most."))
LEGEND = (N_("<span style='color:#999999'>■</span> without weights &nbsp; "
          "<span style='color:#0072B2'>■</span> with weights"))
EXPLANATION = (
    N_("Why: only a few training pictures are inverted (drawn like a photo negative), so a classifier that "
    "learns from the data as it is mostly learns the common style and gets the rare one wrong more often. "
    "No label says which style a picture has, but a VAE that learns to rebuild the pictures gives them "
    "codes, and rare pictures get codes few others share. Giving each picture the weight 1 / (how common "
    "its code is), and drawing the pictures of each epoch by weight, makes the rare ones come up more "
    "often, so they count more (Amini et al., 2019). Weighting cannot add what the data lacks: with very "
    "few rare pictures, the gain is small and changes from seed to seed."))


def weights_text(meta: dict) -> str:
    """One sentence on where the weight went, from :func:`deskdl.ml.debias.weight_summary`'s figures."""
    share = meta.get("share_by_group") or [math.nan, math.nan]
    wshare = meta.get("weight_share_by_group") or [math.nan, math.nan]
    mean = meta.get("mean_by_group") or [math.nan, math.nan]
    groups = list(meta.get("top_groups") or [])
    rare_top = sum(1 for g in groups if g == 1)
    return _("The rare style ({rare}) is {share:.0%} of the training pictures but gets "
             "{weight:.0%} of the weight: {rare_mean:.2f} on average against {common_mean:.2f} for {common}. "
             "{top} of the {n} most up-weighted pictures are of the rare style.").format(
        rare=GROUPS[1], share=share[1], weight=wshare[1], rare_mean=mean[1], common_mean=mean[0],
        common=GROUPS[0], top=rare_top, n=len(groups))


def accuracy_text(acc: np.ndarray) -> str:
    """The two classifiers' accuracy on each subgroup, in words (rows: without, with weights)."""
    parts = []
    for g, name in enumerate(GROUPS):
        b, a = float(acc[0, g]), float(acc[1, g])
        if math.isnan(b):
            continue
        after = ("…" if math.isnan(a)
                 else _("{acc:.0%} ({change:+.0f} points)").format(acc=a, change=(a - b) * 100))
        parts.append(f"{name}: {b:.0%} → {after}")
    return _("Accuracy without → with weights. ") + "; ".join(parts) if parts else ""


class DebiasTrainView(KindView):
    """The part of the run, accuracy bars per style, and where the weight went (the rest is on Evaluate)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debias_train_view")
        self.info: dict = {}
        self.accuracy = np.full((2, len(GROUPS)), np.nan)
        self.stage = QLabel(_(WAITING))
        self.stage.setWordWrap(True)
        self.weights = QLabel("")
        self.weights.setWordWrap(True)
        # accuracy bars
        self.bars_view = themed(pg.PlotWidget())
        self.bars_plot = self.bars_view.getPlotItem()
        self.bars_plot.setTitle(_("Test accuracy"))
        self.bars_plot.setMouseEnabled(False, False)
        self.bars_plot.hideButtons()
        self.bars_plot.setMenuEnabled(False)
        self.bars_plot.setYRange(0, 1, padding=0)
        self.bars_plot.setXRange(-0.6, len(GROUPS) - 0.4, padding=0)
        self.bars_plot.getAxis("bottom").setTicks([[(i, g) for i, g in enumerate(GROUPS)]])
        x = np.arange(len(GROUPS), dtype=float)
        self.bars_before = pg.BarGraphItem(x=x - 0.18, height=np.zeros(len(GROUPS)), width=0.34, brush=BEFORE)
        self.bars_after = pg.BarGraphItem(x=x + 0.18, height=np.zeros(len(GROUPS)), width=0.34, brush=AFTER)
        self.bars_plot.addItem(self.bars_before)
        self.bars_plot.addItem(self.bars_after)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        legend = QLabel(_(LEGEND))
        legend.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stage)
        box.addWidget(self.bars_view, 1)
        box.addWidget(legend)
        box.addWidget(self.result)
        box.addWidget(self.weights)

    # -- events (GUI thread)
    def on_run_started(self, event: ev.RunStarted) -> None:
        """A new run: forget the last one's figures."""
        self.reset()
        self.info = dict(event.info)
        self._show_stage(0, 0)

    def on_scalars(self, event: ev.Scalars) -> None:
        """The part of the run the values belong to, from their names."""
        names = set(event.values)
        part = 0 if any(n.startswith("vae_") for n in names) else 2 if any(
            n.startswith("weighted_") for n in names) else 1
        self._show_stage(part, event.epoch)

    def on_picture(self, picture: ev.Picture) -> None:
        """Weights, up-weighted pictures or accuracy figures."""
        if picture.name == "weights":
            self._show_weights(dict(picture.meta))
        elif picture.name == "accuracy":
            self._show_accuracy(np.asarray(picture.array, np.float64))

    def on_run_ended(self, event: ev.RunEnded) -> None:
        """The record's figures (the same as the pictures', so nothing is missed) and the end of the run."""
        block = (event.record or {}).get("debias")
        if block:
            rows = [[np.nan if v is None else v for v in row] for row in block["accuracy"]]
            acc = np.array(rows, np.float64)
            self._show_accuracy(acc)
            if block.get("weights"):
                self._show_weights(dict(block["weights"]))
        if event.status == "finished":
            self.stage.setText(_(DONE))
        elif event.status == "stopped":
            self.stage.setText(_("Stopped: the figures so far stay."))

    def reset(self) -> None:
        """Forget everything shown."""
        self.info = {}
        self.accuracy = np.full((2, len(GROUPS)), np.nan)
        self.stage.setText(_(WAITING))
        self.bars_before.setOpts(height=np.zeros(len(GROUPS)))
        self.bars_after.setOpts(height=np.zeros(len(GROUPS)))
        self.result.setText("")
        self.weights.setText("")

    # -- drawing
    def _show_stage(self, part: int, epoch: int) -> None:
        vae = int(self.info.get("vae_epochs") or 0)
        per = int(self.info.get("classifier_epochs") or 0)
        start = (0, vae, vae + per)[part]
        of = vae if part == 0 else per
        n = min(max(int(epoch) - start + 1, 1), max(of, 1))
        self.stage.setText(shown(STAGE_TEXT[part]).format(n=n, of=of or "?"))

    def _show_weights(self, meta: dict) -> None:
        self.weights.setText(weights_text(meta))

    def _show_accuracy(self, acc: np.ndarray) -> None:
        self.accuracy = acc
        self.bars_before.setOpts(height=np.nan_to_num(acc[0], nan=0.0))
        self.bars_after.setOpts(height=np.nan_to_num(acc[1], nan=0.0))
        self.result.setText(accuracy_text(acc))


__all__ = ["DebiasTrainView", "accuracy_text", "weights_text"]
