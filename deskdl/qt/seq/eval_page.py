"""The Evaluate tab's page for the sequence kinds (issue 13), instead of a classifier's confusion matrix.

* **Sequence generation** (a next-character model): the loss on the test text, the same in
  bits per character, how often the likeliest character is the right one; samples written
  from the start of the test text at a few temperatures; and the generation panel, where a
  click on a written character lists what else the model considered there.
* **Sequence to sequence** (one answer per step): the share of right answers at each
  position of the test sequences as bars, overall and for whole sequences; and the
  attention maps of a chosen test example (its tokens, right answers and the model's own).

Every model call runs on the Keras thread (``host.call`` of :mod:`deskdl.ml.seq_eval`); an
answer for an older model or an older choice is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskdl.core import events as ev
from deskdl.core.i18n import N_, translator
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.seq.attention_view import AttentionTrainView
from deskdl.qt.seq.generate_panel import GenerationPanel
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.seq.eval_page")

TEXT = {
    "none": N_("Train the model on the Train tab first: its test results appear here."),
    "measuring": N_("Measuring the model on the test text and writing samples…"),
    "char": N_("<b>On the test text</b> ({n_scored:,} windows the model never trained on): loss {loss:.3f} "
               "per character, that is <b>{bpc:.2f} bits per character</b> (how many yes/no questions it "
               "still needs to guess the next character; a uniform guess over the {vocab} characters needs "
               "{uniform:.2f}); its likeliest character is the right one {accuracy:.1%} of the time."),
    "samples_title": N_("Samples from the start of the test text"),
    "seq": N_("<b>On {n_test:,} test sequences</b>: {positions:.2%} of the answers are right, and "
              "{sequences:.2%} of the sequences are wholly right. The bars show each position."),
    "failed": N_("The model could not be measured: {error}"),
    "example": N_("Test example"),
}


class SeqEvalPage(QWidget):
    """Scores and samples of a character model, or answers per position and attention of a seq2seq model."""

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._model = None
        self._data: dict[str, Any] | None = None
        self._tags: dict[str, str] = {}
        self.report: dict[str, Any] | None = None
        self.example: dict[str, Any] | None = None
        self.message = QLabel(_(TEXT["none"]))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)

        # sequence generation
        self.samples = QPlainTextEdit()
        self.samples.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.samples.setFont(font)
        self.panel = GenerationPanel(host)
        char_page = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(QLabel(_(TEXT["samples_title"])))
        lbox.addWidget(self.samples, 1)
        char_page.addWidget(left)
        char_page.addWidget(self.panel)
        char_page.setSizes([500, 700])

        # sequence to sequence
        self.bars_view = themed(pg.PlotWidget())
        add_export_button(self.bars_view, "right-answers-per-position")
        self.bars_plot = self.bars_view.getPlotItem()
        self.bars_plot.setTitle(_("Right answers at each position"))
        self.bars_plot.setLabel("bottom", _("position in the sequence"))
        self.bars_plot.setLabel("left", _("share right"))
        self.bars_plot.setYRange(0, 1.0, padding=0.02)
        self.bars_plot.setMouseEnabled(False, False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=pg.mkBrush(0, 114, 178, 200))
        self.bars_plot.addItem(self.bars)
        self.chooser = QSpinBox()
        self.chooser.setPrefix(_(TEXT["example"]) + " ")
        self.chooser.setToolTip(_("Which test sequence's attention maps to show (its number)"))
        self.chooser.valueChanged.connect(self._ask_example)
        self.predicted = QLabel("")
        self.predicted.setWordWrap(True)
        self.maps = AttentionTrainView()
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.chooser)
        row.addWidget(self.predicted, 1)
        rbox.addLayout(row)
        rbox.addWidget(self.maps, 1)
        seq_page = QSplitter(Qt.Orientation.Horizontal)
        seq_page.addWidget(self.bars_view)
        seq_page.addWidget(right)
        seq_page.setSizes([450, 750])

        self.stack = QStackedWidget()
        self.stack.addWidget(char_page)
        self.stack.addWidget(seq_page)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addWidget(self.stack, 1)
        host.worker.call_finished.connect(self._on_call_finished)
        host.worker.call_failed.connect(self._on_call_failed)

    # ------------------------------------------------------------ inputs
    def reset(self) -> None:
        """No model: nothing shown, no answer awaited."""
        self._model = None
        self._data = None
        self._tags = {}
        self.report = self.example = None
        self.message.setText(_(TEXT["none"]))
        self.samples.clear()
        self.panel.reset()
        self.bars.setOpts(x=[], height=[])
        self.maps.reset()
        self.predicted.setText("")

    def set_model(self, model: Any, data: Mapping[str, Any], kind_id: str,
                  algorithm: Mapping[str, Any] | None = None) -> None:
        """Measure ``model`` (a ModelRef) of a ``kind_id`` project on its data's test part."""
        from deskdl.ml import seq_eval

        self.reset()
        self._model = model
        self._data = dict(data)
        self.message.setText(_(TEXT["measuring"]))
        if kind_id == "sequence_generation":
            self.stack.setCurrentIndex(0)
            prime = str((algorithm or {}).get("prime") or "")
            if prime:
                self.panel.prime.setText(prime)
            self.panel.set_model(model, self._data)
            self._tags[self.host.call(seq_eval.char_report, model, self._data)] = "char"
        else:
            self.stack.setCurrentIndex(1)
            self._tags[self.host.call(seq_eval.seq2seq_report, model, self._data)] = "seq"
            self.chooser.blockSignals(True)
            self.chooser.setValue(int((algorithm or {}).get("example") or 0))
            self.chooser.blockSignals(False)
            self._ask_example()

    @Slot()
    def _ask_example(self) -> None:
        from deskdl.ml import seq_eval

        if self._model is None:
            return
        self._tags = {t: w for t, w in self._tags.items() if w != "example"}  # only the newest choice
        self._tags[self.host.call(seq_eval.attention_example, self._model, self._data,
                                  self.chooser.value())] = "example"

    # ------------------------------------------------------------ answers
    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        what = self._tags.pop(tag, None)
        if what == "char":
            self.show_char_report(result)
        elif what == "seq":
            self.show_seq_report(result)
        elif what == "example":
            self.show_example(result)

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, _details: str) -> None:
        if self._tags.pop(tag, None) is not None:
            self.message.setText(_(TEXT["failed"]).format(error=message))

    def show_char_report(self, report: Any) -> None:
        """The scores in words and the samples, one block per temperature."""
        self.report = dict(report)
        r = self.report
        if "loss" in r:
            self.message.setText(_(TEXT["char"]).format(n_scored=r["n_scored"], loss=r["loss"], bpc=r["bpc"],
                                                        vocab=r["vocabulary"],
                                                        uniform=float(np.log2(max(r["vocabulary"], 1))),
                                                        accuracy=r["accuracy"]))
        rule = _("── temperature {t:g} ──")
        blocks = [f"{rule.format(t=t)}\n{r['prime']}{s}" for t, s in r["samples"]]
        self.samples.setPlainText("\n\n".join(blocks))

    def show_seq_report(self, report: Any) -> None:
        """The share right at each position as bars, and the totals in words."""
        self.report = dict(report)
        r = self.report
        per = np.asarray(r["per_position"], np.float64).ravel()
        self.bars.setOpts(x=np.arange(1, len(per) + 1), height=per, width=0.8)
        self.bars_plot.setXRange(0.4, len(per) + 0.6, padding=0)
        self.message.setText(_(TEXT["seq"]).format(**r))
        self.chooser.setRange(0, max(int(r["n_test"]) - 1, 0))

    def show_example(self, example: Any) -> None:
        """The chosen example's attention maps, with its tokens, right answers and the model's."""
        self.example = dict(example)
        e = self.example
        right = [a == p for a, p in zip(e["answers"], e["predicted"])]
        self.predicted.setText(_("The model answers {answers} ({right} of {n} right)").format(
            answers=" ".join(e["predicted"]), right=sum(right), n=len(right)))
        maps = np.asarray(e["maps"], np.float32)
        if maps.ndim == 4 and maps.size:
            self.maps.on_picture(ev.Picture(
                run_id="", name="attention", array=maps, epoch=0.0, levels=(0.0, 1.0),
                meta={"layers": e["layers"], "inputs": e["inputs"], "answers": e["answers"],
                      "queries": e["queries"],
                      "when": _("test sequence {i} of {n}").format(i=e["index"], n=e["n_test"])}))



__all__ = ["SeqEvalPage", "TEXT"]
