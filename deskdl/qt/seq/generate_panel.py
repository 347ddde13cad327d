"""The generation panel: write with a trained character model and see what it considered at each place.

Prime text, length, a temperature slider and greedy vs sampled; Write asks the
Keras thread (:func:`deskdl.ml.charlm.write_for_view`, through the host's call
queue, the model passed as a ModelRef) and shows the prime (grey) and the new
text. Clicking a character of the new text lists the characters the model
considered there, with their probabilities at the chosen temperature: what it
wrote, and what else it might have.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.charseq import Vocabulary, reweight
from deskdl.core.i18n import N_, translator

_ = translator("qt.seq.generate_panel")

TEXT = {
    "no_model": N_("Train the model first: then write with it here."),
    "ready": N_("Write text from the prime with the trained model."),
    "writing": N_("Writing…"),
    "pick": N_("Click a character of the new text to see what else the model considered there."),
    "greedy_tip": N_("Greedy: always the likeliest character (temperature 0). The same prime gives the same "
                     "text every time, and it often repeats itself."),
    "temp_tip": N_("Temperature: below 1 the likeliest characters win more often (safer, more repetitive); "
                   "1 draws from the model's own odds; above 1 surprises (and mistakes) grow."),
}
#: The choices listed for a clicked position.
TOP_K = 8
#: Rows of the table of choices shown at once when it sits under the text (a narrow column).
NARROW_ROWS = 4


def temperature_of(slider_value: int) -> float:
    """The slider runs 0..200 for temperatures 0.00..2.00."""
    return slider_value / 100.0


class GenerationPanel(QWidget):
    """Prime, length, temperature, greedy; the written text; the odds at a clicked place.

    Signals:
        written: a text arrived and is shown.
    """

    written = Signal()

    def __init__(self, host: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._model = None
        self._data: Mapping[str, Any] | None = None
        self._tag: str | None = None
        self.result: dict[str, Any] | None = None
        self.prime = QLineEdit("X:")
        self.prime.setToolTip(_("The text the model continues (it reads only its last window of characters)"))
        self.length = QSpinBox()
        self.length.setRange(1, 5000)
        self.length.setValue(300)
        self.length.setSuffix(_(" characters"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 200)
        self.slider.setValue(80)
        self.slider.setToolTip(_(TEXT["temp_tip"]))
        self.temp_label = QLabel()
        self.greedy = QCheckBox(_("Greedy"))
        self.greedy.setToolTip(_(TEXT["greedy_tip"]))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setPrefix(_("seed "))
        self.write_button = QPushButton(_("Write"))
        self.output = QTextEdit()
        self.output.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.output.setFont(font)
        self.output.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.message = QLabel(_(TEXT["no_model"]))
        self.message.setWordWrap(True)
        self.choices = QTableWidget(0, 2)
        self.choices.setHorizontalHeaderLabels([_("character"), _("probability")])
        self.choices.verticalHeader().setVisible(False)
        self.choices.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)  # compact rows
        self.choices.setMaximumWidth(220)
        self.place = QLabel(_(TEXT["pick"]))
        self.place.setWordWrap(True)
        self.place.setMaximumWidth(220)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(_("Prime")))
        row1.addWidget(self.prime, 1)
        row1.addWidget(self.length)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(_("Temperature")))
        row2.addWidget(self.slider, 1)
        row2.addWidget(self.temp_label)
        # Greedy, seed and Write on a row of their own: in the Train tab's right column (~330 px)
        # one row cut the slider to nothing and the Write button in half (issue 11).
        row3 = QHBoxLayout()
        row3.addWidget(self.greedy)
        row3.addWidget(self.seed)
        row3.addStretch(1)
        row3.addWidget(self.write_button)
        side = QVBoxLayout()
        side.addWidget(self.place)
        side.addWidget(self.choices, 1)
        # The new text beside the table of choices where there is room (Evaluate), above it in a
        # narrow column (the Train tab's): see resizeEvent.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.output, 2)
        self.body.addLayout(side, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row1)
        box.addLayout(row2)
        box.addLayout(row3)
        box.addWidget(self.message)
        box.addLayout(self.body, 1)

        self.slider.valueChanged.connect(self._update_temperature)
        self.greedy.toggled.connect(self._update_temperature)
        self.write_button.clicked.connect(self.write)
        self.output.cursorPositionChanged.connect(self._on_cursor_moved)
        if host is not None:
            host.worker.call_finished.connect(self._on_call_finished)
            host.worker.call_failed.connect(self._on_call_failed)
        self._update_temperature()
        self._update_enabled()

    #: Below this width the table of choices goes under the new text instead of beside it.
    SIDE_BY_SIDE_PX = 520

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Text and choices side by side when there is room, one above the other when narrow."""
        wide = event.size().width() >= self.SIDE_BY_SIDE_PX
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            limit = 220 if wide else 16_777_215  # beside the text: a narrow column; under it: the width
            self.choices.setMaximumWidth(limit)
            self.place.setMaximumWidth(limit)
            # under the text: four rows shown (it scrolls to the rest), so the written text keeps the
            # room (at 1280x720 the table took 270 px of the Train tab's column and left the text 4 lines)
            rows = self.choices.verticalHeader().defaultSectionSize() * min(TOP_K, NARROW_ROWS)
            self.choices.setMaximumHeight(16_777_215 if wide else
                                          rows + self.choices.horizontalHeader().sizeHint().height() + 4)
        super().resizeEvent(event)

    # ------------------------------------------------------------------ state
    @property
    def temperature(self) -> float:
        """The temperature Write uses (0 when greedy)."""
        return 0.0 if self.greedy.isChecked() else temperature_of(self.slider.value())

    def set_model(self, model: Any, data: Mapping[str, Any] | None) -> None:
        """The model to write with (a ModelRef in the app) and the project's data (for the vocabulary)."""
        self._model = model
        self._data = dict(data) if data is not None else None
        self._tag = None
        self.message.setText(_(TEXT["ready"]) if model is not None else _(TEXT["no_model"]))
        self._update_enabled()

    def reset(self) -> None:
        """No model, nothing written."""
        self.set_model(None, None)
        self.result = None
        self.output.clear()
        self.choices.setRowCount(0)
        self.place.setText(_(TEXT["pick"]))

    def _update_enabled(self) -> None:
        self.write_button.setEnabled(self._model is not None and self.host is not None and self._tag is None)

    @Slot()
    def _update_temperature(self) -> None:
        self.slider.setEnabled(not self.greedy.isChecked())
        self.temp_label.setText(_("greedy") if self.greedy.isChecked() else f"{self.temperature:.2f}")

    # ------------------------------------------------------------------ writing
    @Slot()
    def write(self) -> None:
        """Ask the Keras thread for text (the answer arrives in :meth:`show_result`)."""
        if self._model is None or self.host is None or self._tag is not None:
            return
        from deskdl.ml.charlm import write_for_view

        self.message.setText(_(TEXT["writing"]))
        self._tag = self.host.call(write_for_view, self._model, self._data, self.prime.text(),
                                   self.length.value(), self.temperature, self.seed.value())
        self._update_enabled()

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag != self._tag:
            return
        self._tag = None
        self._update_enabled()
        self.show_result(result)

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, details: str) -> None:
        if tag != self._tag:
            return
        self._tag = None
        self._update_enabled()
        self.message.setText(message)

    def show_result(self, result: Any) -> None:
        """Show a written text (``write_for_view``'s answer): the prime in grey, then the new text."""
        self.result = dict(result)
        self.output.blockSignals(True)
        self.output.clear()
        cursor = self.output.textCursor()
        grey = QTextCharFormat()
        grey.setForeground(QColor(128, 128, 128))
        cursor.insertText(self.result["prime"], grey)
        cursor.insertText(self.result["text"], QTextCharFormat())
        self.output.blockSignals(False)
        t = self.result["temperature"]
        how = (_("greedy (always the likeliest character)") if t < 1e-3
               else _("temperature {t:.2f}").format(t=t))
        self.message.setText(_("{n} characters written, {how}.").format(n=len(self.result["text"]), how=how)
                             + " " + _(TEXT["pick"]))
        self.written.emit()

    # ------------------------------------------------------------------ the odds at one place
    @Slot()
    def _on_cursor_moved(self) -> None:
        if self.result is None:
            return
        self.show_position(self.output.textCursor().position() - len(self.result["prime"]))

    def show_position(self, i: int) -> list[tuple[str, float]]:
        """List what the model considered for character ``i`` of the new text; returns the rows shown."""
        if self.result is None or not 0 <= i < len(self.result["chosen"]):
            return []
        vocab = Vocabulary(tuple(self.result["chars"]))
        probs = reweight(np.asarray(self.result["probs"][i], np.float64), self.result["temperature"])
        if self.result["temperature"] < 1e-3:
            probs = np.asarray(self.result["probs"][i], np.float64)  # greedy: show the model's own odds
        order = np.argsort(-probs, kind="stable")[:TOP_K]
        rows = [(vocab.shown(int(k)), float(probs[k])) for k in order]
        chosen = vocab.shown(self.result["chosen"][i])
        if self.result["temperature"] < 1e-3:
            said = _("Character {n} of the new text: the model wrote '{chosen}'. Its odds there (before the "
                     "greedy pick):")
        else:
            said = _("Character {n} of the new text: the model wrote '{chosen}'. Its odds there at "
                     "temperature {t:.2f}:")
        self.place.setText(said.format(n=i + 1, chosen=chosen, t=self.result["temperature"]))

        self.choices.setRowCount(len(rows))
        for r, (ch, p) in enumerate(rows):
            a, b = QTableWidgetItem(ch), QTableWidgetItem(f"{p:.1%}")
            if ch == chosen:
                font = a.font()
                font.setBold(True)
                a.setFont(font)
                b.setFont(font)
            self.choices.setItem(r, 0, a)
            self.choices.setItem(r, 1, b)
        return rows

    def select_position(self, i: int) -> None:
        """Put the cursor on character ``i`` of the new text (as a click there does)."""
        if self.result is None:
            return
        cursor = self.output.textCursor()
        cursor.setPosition(len(self.result["prime"]) + i, QTextCursor.MoveMode.MoveAnchor)
        self.output.setTextCursor(cursor)


__all__ = ["GenerationPanel", "TEXT", "TOP_K", "temperature_of"]
