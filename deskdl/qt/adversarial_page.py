"""Evaluate's Adversarial page: the fast gradient sign attack on one test picture, and on the test set.

The model is attacked once, on the Keras thread (``host.call`` of
:func:`deskdl.ml.adversarial.attack_report`), when the page is first shown
for a trained model: the gradient sign of a pool of test pictures and the
model's answers to each of them at every epsilon of the slider, and the test
accuracy at every epsilon. After that, picking a picture and moving the slider
only redraws from those numbers (no model call on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import N_, translator
from deskdl.ml.adversarial import attack_report, perturb  # attack_report: Keras thread; perturb: numpy
from deskdl.qt.eval_views import array_to_pixmap
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.adversarial_page")

IMAGE_SIZE = 150
#: The slider starts at this share of the data's range (digits: 0.05, less than one of their 16 ink steps).
START_FRACTION = 0.05
#: The first picture shown flips within this many slider steps above the starting ε.
START_AHEAD = 5
WRONG = "#c0392b"
TEXT = {
    "no_model": N_("Train an image classifier (Train tab, Start) to attack it here."),
    "working": N_("Attacking the model: one gradient per test picture, then its answers at every ε…"),
    "intro": (N_("<b>Fast gradient sign attack</b> (Goodfellow, Shlens and Szegedy, 2015). Each pixel of the "
              "picture moves by the same small amount ε, up or down, whichever raises the model's loss: "
              "the direction is the sign of the loss's gradient with respect to the pixel. The result is "
              "kept inside the data's range ({lo:g} to {hi:g}). The model's weights are not changed.")),
    "formula": N_("x_adv = clip(x + ε · sign(∇ₓ loss(model(x), y)), {lo:g}, {hi:g})"),
    "original": N_("Original"),
    "change": N_("The change (drawn at full contrast)"),
    "attacked": N_("Attacked"),
    "change_tip": (N_("The change really is only ±ε per pixel; it is stretched to full contrast here so you "
                   "can see it.")),
    "change_grey": N_("dark: ε more ink · light: ε less · grey: not moved"),
    "change_rgb": N_("bright: that colour +ε · dark: −ε · grey: not moved"),
    "truth": N_("It is a {name}; "),
    "says": N_("the model reads <b>{name}</b> ({p:.0%})"),
    "flip_at": N_("With this picture the answer first changes at ε = {eps:.3g} (to {name})."),
    "no_flip": N_("No ε up to {eps:.3g} changes the answer to this picture."),
    "was_wrong": N_("The model gets this picture wrong even without the attack."),
    "none_flips": (N_("None of the {n} pictures the model reads right changes its answer at ε = {eps:.3g}: "
                      "move "
                   "the slider to the right.")),
    "raise_eps": N_("At ε = 0 nothing changes: move the slider to the right first."),
    "curve_title": N_("Test accuracy under attack"),
    "curve_caption": (N_("<span style='color:#0072B2'>●</span> the share of {n} test pictures the model "
                         "still "
                      "reads right when every one of them is attacked with that ε; "
                      "grey dashes: the same pictures with every pixel moved by ε in "
                      "a random direction instead. The dotted line is chance ({chance:.0%}).")),
    "why": (N_("<b>Why so small a change is enough.</b> A unit of the network adds up its inputs, each times "
            "a weight. Move every input by ε toward the sign of its weight and the sum grows by ε times the "
            "sum of the weights' sizes: many changes too small to matter one by one add up to a large one, "
            "and the more inputs, the larger (the paper's 'linear explanation'). On photos of 224 × 224 "
            "colour pixels, a change of one of the 256 brightness levels a photo stores, invisible to the "
            "eye, made GoogLeNet read a panda as a gibbon.")),
    "why_digits": (N_(" These digits have only 64 pixels of 17 grey levels (0 to 16, divided by 16), so a "
                   "change that flips an answer is easier to spot; yet ε = 0.05 is less than one grey level "
                   "(1/16 = 0.0625).")),
    "eps_label": N_("ε = {eps:.3g}"),
    "eps_tip": (N_("How far each pixel may move, in the data's own units (the pixels run from {lo:g} to "
                   "{hi:g}; "
                "ε = {step:.3g} is one slider step).")),
    "find_tip": N_("Go to the next test picture that the model reads right, but wrong at this ε"),
}


class AdversarialPage(QWidget):
    """Attack a trained image classifier: one picture with an ε slider, and accuracy against ε.

    Signals (a lesson listens):
        flipped(dict): the shown picture is read right without the attack and wrong with it
            (``epsilon``, ``label``, ``answer``, ``index``).
        epsilon_moved(float): the learner moved the ε slider (the ε it stands at now).
    """

    flipped = Signal(object)
    epsilon_moved = Signal(float)

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adversarial_page")
        self.host = host
        self._model: Any = None
        self._data: dict[str, Any] = {}
        self._report: dict[str, Any] | None = None
        self._tag: str | None = None
        self._last_flip: tuple | None = None

        self.message = QLabel(_(TEXT["no_model"]))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.formula = QLabel("")
        self.formula.setProperty("role", "caption")
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.picture = QSpinBox()
        self.picture.setPrefix(_("Test picture "))
        self.picture.setMinimum(1)
        self.picture.setMaximum(1)
        self.picture.setToolTip(_("Which test picture to attack (the model never trained on it)"))
        self.find_button = QPushButton(_("Find one that flips"))
        self.find_button.setToolTip(_(TEXT["find_tip"]))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 30)
        self.slider.setValue(5)
        self.slider.setMinimumWidth(120)
        self.eps_label = QLabel(_(TEXT["eps_label"]).format(eps=0))
        self.eps_label.setMinimumWidth(70)
        controls = QGridLayout()  # two short rows: the page keeps its curve beside a lesson's panel
        controls.addWidget(self.picture, 0, 0)
        controls.addWidget(self.find_button, 0, 1, Qt.AlignmentFlag.AlignLeft)
        controls.addWidget(QLabel(_("Attack strength")), 1, 0)
        strength = QHBoxLayout()
        strength.addWidget(self.slider, 1)
        strength.addWidget(self.eps_label)
        controls.addLayout(strength, 1, 1)
        controls.setColumnStretch(1, 1)

        self.images: list[QLabel] = []
        self.titles: list[QLabel] = []
        self.answers: list[QLabel] = []
        images = QGridLayout()
        for col, title in enumerate((_(TEXT["original"]), _(TEXT["change"]), _(TEXT["attacked"]))):
            t = QLabel(title)
            t.setAlignment(Qt.AlignmentFlag.AlignCenter)
            img = QLabel()
            img.setFixedSize(IMAGE_SIZE, IMAGE_SIZE)
            img.setAlignment(Qt.AlignmentFlag.AlignCenter)
            img.setStyleSheet("border: 1px solid #999; background: white;")
            ans = QLabel("")
            ans.setAlignment(Qt.AlignmentFlag.AlignCenter)
            ans.setWordWrap(True)
            ans.setTextFormat(Qt.TextFormat.RichText)
            images.addWidget(t, 0, col)
            images.addWidget(img, 1, col, Qt.AlignmentFlag.AlignCenter)
            images.addWidget(ans, 2, col)
            self.titles.append(t)
            self.images.append(img)
            self.answers.append(ans)
        self.images[1].setToolTip(_(TEXT["change_tip"]))
        self.flip_line = QLabel("")
        self.flip_line.setWordWrap(True)
        self.why = QLabel(_(TEXT["why"]))
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)

        self.curve_view = themed(pg.PlotWidget())
        add_export_button(self.curve_view, "accuracy-under-attack")
        plot = self.curve_plot = self.curve_view.getPlotItem()
        plot.setTitle(_(TEXT["curve_title"]))
        plot.setLabel("bottom", "ε")
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.setLabel("left", _("test accuracy"))
        plot.setYRange(0, 1, padding=0.02)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.showGrid(x=True, y=True, alpha=0.2)
        self.curve = plot.plot([], [], pen=pg.mkPen("#0072B2", width=2), symbol="o", symbolSize=5,
                               symbolBrush="#0072B2")
        self.random_curve = plot.plot([], [], pen=pg.mkPen("#999999", width=2, style=Qt.PenStyle.DashLine))
        self.chance = pg.InfiniteLine(angle=0, pos=0.1, pen=pg.mkPen("#999999", style=Qt.PenStyle.DotLine))
        self.marker = pg.InfiniteLine(angle=90, pos=0.0, pen=pg.mkPen("#D55E00", width=1))
        plot.addItem(self.chance)
        plot.addItem(self.marker)
        self.curve_view.setMinimumWidth(240)
        self.curve_caption = QLabel("")
        self.curve_caption.setWordWrap(True)
        self.curve_caption.setTextFormat(Qt.TextFormat.RichText)
        self.curve_caption.setProperty("role", "caption")

        left = QVBoxLayout()
        left.addLayout(controls)
        left.addLayout(images)
        left.addWidget(self.flip_line)
        left.addSpacing(8)
        left.addWidget(self.why)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.curve_view, 1)
        right.addWidget(self.curve_caption)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addWidget(self.formula)
        box.addLayout(body, 1)

        self.picture.valueChanged.connect(self._update_picture)
        self.slider.valueChanged.connect(self._update_picture)
        self.slider.valueChanged.connect(lambda _v: self.epsilon_moved.emit(self.epsilon))
        self.find_button.clicked.connect(self.find_flip)
        self.host.worker.call_finished.connect(self._on_call_finished)
        self.host.worker.call_failed.connect(self._on_call_failed)
        self.reset()

    # ------------------------------------------------------------------ inputs
    def reset(self) -> None:
        """The empty page (another project, or a new model)."""
        self._model = None
        self._report = None
        self._tag = None
        self._last_flip = None
        self.message.setText(_(TEXT["no_model"]))
        self.formula.setText("")
        self.curve.setData([], [])
        self.random_curve.setData([], [])
        self.curve_caption.setText("")
        for label in (*self.images, *self.answers):
            label.clear()
        self.flip_line.setText("")
        self.eps_label.setText(_(TEXT["eps_label"]).format(eps=0))
        self._set_controls(False)

    def set_model(self, model: Any, data: Mapping[str, Any]) -> None:
        """A trained classifier to attack; the attack runs when the page is shown (or now, if it is)."""
        self.reset()
        self._model = model
        self._data = dict(data or {})
        if model is not None and self.isVisible():
            self.compute()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """The learner opened the page: attack the model now if not done yet."""
        super().showEvent(event)
        if self._model is not None and self._report is None and self._tag is None:
            self.compute()

    def compute(self) -> str | None:
        """Ask the Keras thread for the attack's report; returns the call's tag."""
        if self._model is None:
            return None
        self.message.setText(_(TEXT["working"]))
        self._tag = self.host.call(attack_report, self._model, dict(self._data))
        return self._tag

    @property
    def report(self) -> dict[str, Any] | None:
        """The attack's numbers (:func:`deskdl.ml.adversarial.attack_report`), once they arrived."""
        return self._report

    @property
    def epsilon(self) -> float:
        """The ε the slider stands at (0 before a report)."""
        if self._report is None:
            return 0.0
        return float(self._report["epsilons"][self.slider.value()])

    # ------------------------------------------------------------------ answers
    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag != self._tag:
            return
        self._tag = None
        self.show_report(dict(result))  # type: ignore[arg-type]

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, _details: str) -> None:
        if tag != self._tag:
            return
        self._tag = None
        first = message.splitlines()[0] if message else _("unknown error")
        self.message.setText(_("Could not attack the model: {error}").format(error=first))

    def show_report(self, report: Mapping[str, Any]) -> None:
        """Draw a report: the curve, and the first picture that the default ε flips."""
        r = self._report = dict(report)
        lo, hi = float(r["lo"]), float(r["hi"])
        eps = np.asarray(r["epsilons"], np.float64)
        self.message.setText(_(TEXT["intro"]).format(lo=lo, hi=hi))
        self.formula.setText(_(TEXT["formula"]).format(lo=lo, hi=hi))
        digits = self._data.get("dataset") == "digits" and (lo, hi) == (0.0, 1.0)
        self.why.setText(_(TEXT["why"]) + (_(TEXT["why_digits"]) if digits else ""))
        self.curve.setData(eps, np.asarray(r["accuracy"], np.float64))
        if r.get("accuracy_random") is not None:
            self.random_curve.setData(eps, np.asarray(r["accuracy_random"], np.float64))
        k = max(len(r.get("class_names") or []), int(np.asarray(r["probs"]).shape[-1]), 1)
        self.chance.setPos(1.0 / k)
        self.curve_plot.setXRange(0.0, float(eps[-1]), padding=0.02)
        part = ""
        if r["n_sweep"] < r["n_test"]:
            part = " " + _("(the first {n} of the {total} test pictures)").format(n=r["n_sweep"],
                                                                                   total=r["n_test"])
        self.curve_caption.setText(_(TEXT["curve_caption"]).format(n=r["n_sweep"], chance=1.0 / k) + part)
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(eps) - 1)
        self.slider.setValue(max(1, int(np.argmin(np.abs(eps - START_FRACTION * (hi - lo))))))
        self.slider.blockSignals(False)
        step = float(eps[1] - eps[0]) if len(eps) > 1 else 0.0
        self.slider.setToolTip(_(TEXT["eps_tip"]).format(lo=lo, hi=hi, step=step))
        self.picture.blockSignals(True)
        self.picture.setMaximum(max(1, len(r["y"])))
        self.picture.setValue(1)
        self.picture.blockSignals(False)
        self._set_controls(True)
        self.picture.setValue(self._start_picture() + 1)
        self._update_picture()

    def _start_picture(self) -> int:
        """A picture to begin with: read right, and flipped a few slider steps above the starting ε.

        The learner moves the slider (or presses 'Find one that flips') to see the answer change,
        rather than being shown a flip they did nothing for.
        """
        r = self._report or {}
        step = self.slider.value()
        preds = np.argmax(np.asarray(r["probs"]), axis=2)
        labels = np.asarray(r["y"])[:, None]
        right_until = np.cumprod(preds == labels, axis=1).sum(axis=1)  # steps read right from epsilon 0 on
        ok = np.nonzero((right_until > step) & (right_until <= step + START_AHEAD))[0]
        if len(ok):
            return int(ok[0])
        right = np.nonzero(preds[:, 0] == labels[:, 0])[0]
        return int(right[0]) if len(right) else 0

    # ------------------------------------------------------------------ the picture
    def _set_controls(self, on: bool) -> None:
        for w in (self.picture, self.find_button, self.slider):
            w.setEnabled(on)

    def _answers(self, index: int, step: int) -> np.ndarray:
        return np.asarray(self._report["probs"][index, step], np.float64)  # type: ignore[index]

    def _name(self, c: int) -> str:
        names = (self._report or {}).get("class_names") or []
        return str(names[c]) if 0 <= c < len(names) else str(c)

    def _flips(self, index: int, step: int) -> bool:
        """Read right without the attack, wrong with it."""
        y = int(self._report["y"][index])  # type: ignore[index]
        right = int(np.argmax(self._answers(index, 0))) == y
        return right and int(np.argmax(self._answers(index, step))) != y

    def _next_flip(self, after: int) -> int | None:
        """The next picture (after ``after``, wrapping round) that the slider's ε flips."""
        n = len(self._report["y"]) if self._report else 0  # type: ignore[index]
        step = self.slider.value()
        for i in range(1, n + 1):
            j = (after + i) % n
            if self._flips(j, step):
                return j
        return None

    @Slot()
    def find_flip(self) -> None:
        """Go to the next test picture that this ε flips (or say that none does)."""
        if self._report is None:
            return
        if self.slider.value() == 0:
            self.flip_line.setText(_(TEXT["raise_eps"]))
            return
        j = self._next_flip(self.picture.value() - 1)
        if j is None:
            labels = np.asarray(self._report["y"])
            n = int(np.sum(np.argmax(np.asarray(self._report["probs"])[:, 0], axis=1) == labels))
            self.flip_line.setText(_(TEXT["none_flips"]).format(n=n, eps=self.epsilon))
            return
        if j == self.picture.value() - 1:
            self._update_picture()
        self.picture.setValue(j + 1)

    @Slot()
    def _update_picture(self, *_args: object) -> None:
        r = self._report
        if r is None:
            return
        i, step = self.picture.value() - 1, self.slider.value()
        lo, hi = float(r["lo"]), float(r["hi"])
        eps = self.epsilon
        self.eps_label.setText(_(TEXT["eps_label"]).format(eps=eps))
        self.marker.setPos(eps)
        x = np.asarray(r["x"][i], np.float32)
        sign = np.asarray(r["sign"][i], np.float32)
        x_adv = perturb(x, sign, eps, lo, hi)
        span = max(hi - lo, 1e-9)
        self.images[0].setPixmap(array_to_pixmap((x - lo) / span, IMAGE_SIZE, vmax=1.0))
        change = (x_adv - x) / max(eps, 1e-12) if eps > 0 else np.zeros_like(x)
        self.images[1].setPixmap(array_to_pixmap(0.5 + 0.5 * np.clip(change, -1, 1), IMAGE_SIZE, vmax=1.0))
        self.images[2].setPixmap(array_to_pixmap((x_adv - lo) / span, IMAGE_SIZE, vmax=1.0))
        y = int(r["y"][i])
        clean, attacked = self._answers(i, 0), self._answers(i, step)
        self.answers[0].setText(_(TEXT["truth"]).format(name=self._name(y)) + self._says(clean, y))
        grey = x.ndim < 3 or x.shape[-1] == 1
        self.answers[1].setText(_(TEXT["change_grey" if grey else "change_rgb"]))
        self.answers[2].setText(self._says(attacked, y))
        self.flip_line.setText(self._flip_text(i, y))
        if step > 0 and self._flips(i, step):
            key = (i, step, int(np.argmax(attacked)))
            if key != self._last_flip:
                self._last_flip = key
                self.flipped.emit({"epsilon": round(eps, 6), "label": y, "answer": int(np.argmax(attacked)),
                                   "index": i})

    def _says(self, probs: np.ndarray, y: int) -> str:
        c = int(np.argmax(probs))
        text = _(TEXT["says"]).format(name=self._name(c), p=float(probs[c]))
        return text if c == y else f'<span style="color:{WRONG}">{text}</span>'

    def _flip_text(self, i: int, y: int) -> str:
        r = self._report or {}
        preds = np.argmax(np.asarray(r["probs"][i]), axis=1)
        if preds[0] != y:
            return _(TEXT["was_wrong"])
        wrong = np.nonzero(preds != y)[0]
        if not len(wrong):
            return _(TEXT["no_flip"]).format(eps=float(r["epsilons"][-1]))
        s = int(wrong[0])
        return _(TEXT["flip_at"]).format(eps=float(r["epsilons"][s]), name=self._name(int(preds[s])))


__all__ = ["AdversarialPage"]
