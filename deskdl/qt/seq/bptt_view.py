"""Gradients through time: a lesson-sized demonstration of vanishing and exploding gradients (issue 13).

Three small networks learn the same long-range task (say which token came first, after
a long sequence of distractors; :func:`deskdl.core.seqtasks.first_token_task`): a
SimpleRNN, the same SimpleRNN with gradient clipping, and an LSTM. For each, the left
plot shows ``||dL/dh_t||``, how strongly the loss at the end pulls on the state at step
t, on a log scale, before training (dashed) and after (solid); the right plot shows the
loss of every update. The networks train on the Keras thread (``host.call`` of
:func:`deskdl.ml.bptt.run_variant`), one after the other; each curve appears when its
network is done.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import N_, translator
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.seq.bptt_view")

TITLE = N_("Gradients through time")
#: (variant id, colour) in the order they train and are drawn.
ORDER = (("simple_rnn", (213, 94, 0)), ("simple_rnn_clipped", (230, 159, 0)), ("lstm", (0, 114, 178)))
TITLES = {"simple_rnn": "SimpleRNN", "simple_rnn_clipped": N_("SimpleRNN + clipping"), "lstm": "LSTM"}
#: recurrent weight scale choices: (value, label)
SCALES = ((0.5, N_("0.5: small (gradients vanish)")), (1.0, N_("1.0: orthogonal, Keras's default")),
          (2.0, N_("2.0: large (gradients explode)")))
EXPLANATION = N_(
    "<b>What you see.</b> Each network reads a sequence one token at a time and must say, at the end, "
    "which token came <i>first</i>. Training moves each weight by how much the loss would change: "
    "the gradient. For the state h<sub>t</sub> at step t the chain rule gets it by walking back from the "
    "end, one step at a time (backpropagation through time), multiplying by the same kind of factor at "
    "every step (for a SimpleRNN: the recurrent weights times the slope of tanh). Many factors below 1 "
    "make the gradient <b>vanish</b>: the left plot falls towards step 1, and what the first token "
    "should teach barely arrives (now and then a SimpleRNN finds it anyway; mostly it stays at "
    "guessing). Factors above 1 make it <b>explode</b>: huge gradients and wild steps.<br>"
    "<b>Clipping</b> (the optimizer's clipnorm) shortens a gradient that is too long before the step, so "
    "an explosion cannot throw the weights away; it does nothing for a gradient that vanished.<br>"
    "<b>An LSTM</b> keeps a cell state that passes from step to step through its forget gate, a "
    "multiplication by a number it learns to keep near 1, so the gradient can travel back along it: "
    "before training (dashed) far more of it reaches step 1 than in the SimpleRNN, and that is what lets it "
    "learn the first token. Once a network has learnt, its loss is near 0 and every gradient is small. "
    "(Its forget gate starts nearly open here, bias 3, "
    "keeping 95% of the cell state a step; with Keras's default of 1 it keeps 73%, and 0.73<sup>50</sup> "
    "is about 10<sup>-7</sup>, so it would start with a vanished gradient too.)"
)
WAITING = N_("Press Run: three networks learn the same task, one after the other (each takes some seconds).")


def _fmt(v: float) -> str:
    return f"{v:.1e}" if np.isfinite(v) else _("not a number")


class GradientsThroughTimeView(QWidget):
    """Controls, two plots (gradient norm per step, loss per update) and a plain explanation."""

    def __init__(self, host: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradients_through_time")
        self.host = host
        self.results: dict[str, Any] = {}
        self._tags: dict[str, str] = {}
        self._queue: list[str] = []
        self.steps = QSpinBox()
        self.steps.setRange(5, 200)
        self.steps.setValue(50)
        self.steps.setToolTip(_("How many tokens each sequence has: how far back the first token lies."))
        self.scale = QComboBox()
        for value, label in SCALES:
            self.scale.addItem(_(label), value)
        self.scale.setCurrentIndex(1)
        self.scale.setToolTip(_("The SimpleRNN's recurrent weights start as an orthogonal matrix times this "
                                "number (the LSTM keeps Keras's default)."))
        self.updates = QSpinBox()
        self.updates.setRange(0, 5000)
        self.updates.setSingleStep(50)
        self.updates.setValue(400)
        self.updates.setToolTip(_("Training steps (batches of 32 sequences) for each network."))
        self.run_button = QPushButton(_("Run"))
        self.run_button.clicked.connect(self.run)
        form = QFormLayout()
        form.addRow(_("Steps in a sequence"), self.steps)
        form.addRow(_("SimpleRNN recurrent weight scale"), self.scale)
        form.addRow(_("Updates per network"), self.updates)
        controls = QHBoxLayout()
        controls.addLayout(form)
        controls.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignBottom)
        controls.addStretch(1)

        self.norm_view = themed(pg.PlotWidget())
        self.norm_plot = self.norm_view.getPlotItem()
        self.norm_plot.setTitle(_("Gradient reaching each step: ||dL/dh<sub>t</sub>||"))
        self.norm_plot.setLabel("bottom", _("time step t (1 = the token to remember)"))
        self.norm_plot.setLabel("left", _("gradient norm (log scale)"))
        self.norm_plot.setLogMode(y=True)
        self.norm_plot.showGrid(x=True, y=True, alpha=0.2)
        self.norm_plot.addLegend(offset=(-10, 10))
        self.loss_view = themed(pg.PlotWidget())
        self.loss_plot = self.loss_view.getPlotItem()
        self.loss_plot.setTitle(_("Loss of each update"))
        self.loss_plot.setLabel("bottom", _("update"))
        self.loss_plot.setLabel("left", _("cross-entropy"))
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        plots = QHBoxLayout()
        plots.addWidget(self.norm_view, 3)
        plots.addWidget(self.loss_view, 2)
        self.status = QLabel(_(WAITING))
        self.status.setWordWrap(True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        explanation = QLabel(_(EXPLANATION))
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(self)
        box.addLayout(controls)
        box.addWidget(self.status)
        box.addLayout(plots, 1)
        box.addWidget(self.summary)
        box.addWidget(explanation)
        if host is not None:
            host.worker.call_finished.connect(self._on_call_finished)
            host.worker.call_failed.connect(self._on_call_failed)

    # ------------------------------------------------------------ running
    def settings(self):
        """The study settings the controls say."""
        from deskdl.ml.bptt import study_settings

        return study_settings(steps=self.steps.value(), recurrent_scale=float(self.scale.currentData()),
                              updates=self.updates.value())

    @Slot()
    def run(self) -> None:
        """Train the three networks on the Keras thread, one after the other."""
        if self.host is None:
            self.status.setText(_("The Keras thread is not running yet: open this again once the app has "
                                  "loaded TensorFlow."))
            return
        self.clear()
        self._queue = [v for v, _color in ORDER]
        self.run_button.setEnabled(False)
        self._next()

    def _next(self) -> None:
        from deskdl.ml.bptt import run_variant

        if not self._queue:
            self.run_button.setEnabled(True)
            self.status.setText(_("Done. Dashed: before training; solid: after. Press Run to train again "
                                  "(try another weight scale or more steps)."))
            return
        variant = self._queue.pop(0)
        done = len(ORDER) - len(self._queue)
        self.status.setText(_("Training the {network} ({done} of {total})…").format(
            network=_(TITLES[variant]), done=done, total=len(ORDER)))
        self._tags[self.host.call(run_variant, variant, self.settings())] = variant

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        variant = self._tags.pop(tag, None)
        if variant is None:
            return
        self.show_result(result)
        self._next()

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, _details: str) -> None:
        variant = self._tags.pop(tag, None)
        if variant is None:
            return
        self._queue = []
        self.run_button.setEnabled(True)
        self.status.setText(_("The {network} could not train: {message}").format(
            network=_(TITLES[variant]), message=message))

    # ------------------------------------------------------------ drawing
    def clear(self) -> None:
        """Forget every curve."""
        self.results = {}
        self.norm_plot.clear()
        self.loss_plot.clear()
        legend = self.norm_plot.legend
        if legend is not None:
            legend.clear()
        self.summary.setText("")

    def show_result(self, result: Any) -> None:
        """Draw one network's curves (a :class:`deskdl.ml.bptt.VariantResult`)."""
        self.results[result.variant] = result
        color = dict(ORDER)[result.variant]
        steps = np.arange(1, len(result.norms_end) + 1)
        floor = 1e-30  # a log axis cannot show 0
        self.norm_plot.plot(steps, np.clip(result.norms_start, floor, None),
                            pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine))
        self.norm_plot.plot(steps, np.clip(result.norms_end, floor, None), pen=pg.mkPen(color, width=2),
                            name=_(TITLES.get(result.variant, result.title)))
        losses = np.where(np.isfinite(result.losses), result.losses, np.nan)
        self.loss_plot.plot(np.arange(1, len(losses) + 1), losses, pen=pg.mkPen(color, width=1),
                            connect="finite")
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        """One line per network: accuracy after training and how much gradient reaches step 1."""
        lines = []
        chance = 1.0 / self.settings().classes
        line = _("<b>{network}</b>: {accuracy:.0%} of new sequences right (guessing: {chance:.0%}); "
                 "step 1 gets {first}, the last step {last} (before training {first_before} and "
                 "{last_before}); longest weight gradient {biggest}.")
        for variant, _color in ORDER:
            r = self.results.get(variant)
            if r is None:
                continue
            biggest = float(np.nanmax(r.grad_norms)) if len(r.grad_norms) else float("nan")
            lines.append(line.format(
                network=_(TITLES.get(variant, r.title)), accuracy=r.accuracy, chance=chance,
                first=_fmt(r.norms_end[0]), last=_fmt(r.norms_end[-1]), first_before=_fmt(r.norms_start[0]),
                last_before=_fmt(r.norms_start[-1]), biggest=_fmt(biggest)))
        return "<br>".join(lines)


class GradientsThroughTimeDialog(QDialog):
    """The view in a window of its own (Help > Gradients through time)."""

    def __init__(self, host: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_(TITLE))

        self.view = GradientsThroughTimeView(host, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.view)
        self.resize(1100, 680)


def show_gradients_through_time(window: Any) -> GradientsThroughTimeDialog:
    """Open (or bring up) the demonstration for ``window`` (its Keras thread's host, if running)."""
    dialog = getattr(window, "bptt_dialog", None)
    if dialog is None:
        dialog = GradientsThroughTimeDialog(getattr(window, "_deskdl_training_host", None), window)
        window.bptt_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog


__all__ = ["EXPLANATION", "GradientsThroughTimeDialog", "GradientsThroughTimeView", "ORDER", "TITLE",
           "show_gradients_through_time"]
