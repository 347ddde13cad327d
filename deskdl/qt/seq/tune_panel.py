"""Tunes the model wrote: each checked, drawn as a piano roll, saved as .abc and WAV, played by the system.

The tunes are the ``X:`` blocks of a text (:func:`deskdl.core.abc_corpus.split_tunes`).
For the chosen one: does it parse, how many of its bars fit the metre; a piano roll
(time across, pitch up, one bar per note; bar lines at every bar of the metre); Save
writes ``NAME.abc`` and ``NAME.wav`` (synthesised with NumPy, :mod:`deskdl.core.abc_audio`);
Play writes a WAV to a temporary folder and opens it with the system's own player.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.abc_audio import synthesise, write_wav
from deskdl.core.abc_corpus import AbcCheck, check_tune, split_tunes
from deskdl.core.i18n import N_, translator
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.seq.tune_panel")

NONE = N_("No tune yet: write text that starts with X: (the generation panel's prime X: does).")
NOTE_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")


def verdict(check: AbcCheck) -> str:
    """One line on a checked tune, for a learner."""
    head = _("'{title}'").format(title=check.title) if check.title else _("This tune")
    if check.parses:
        first = _("{head} parses ({metre} in {key})").format(head=head, metre=check.metre or "?",
                                                            key=check.key or "?")
    else:
        first = _("{head} does not parse: {problem}").format(head=head, problem=check.problems[0])
    if not check.bars:
        return _("{first}; it has no bars.").format(first=first)
    return _("{first}; {fitting} of its {bars} bars fit the metre ({share:.0%}).").format(
        first=first, fitting=check.bars_fitting, bars=check.bars, share=check.fit_fraction)


class TunePanel(QWidget):
    """The tunes of a text: a chooser, the verdict, a piano roll, Save and Play.

    Signals:
        tunes_changed: a new text was read (``tunes`` holds its tunes).
    """

    tunes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tunes: list[str] = []
        self.check: AbcCheck | None = None
        self.last_wav: Path | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="deskdl-tunes-")
        self.chooser = QComboBox()
        self.summary = QLabel(_(NONE))
        self.summary.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.view = themed(pg.PlotWidget())
        self.plot = self.view.getPlotItem()
        self.plot.setLabel("bottom", _("time (units of the L field)"))
        self.plot.setLabel("left", _("pitch (MIDI)"))
        self.plot.setMenuEnabled(False)
        self.bars_item = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], brush=pg.mkBrush(70, 130, 200))
        self.plot.addItem(self.bars_item)
        self._lines: list[pg.InfiniteLine] = []
        self.save_button = QPushButton(_("Save .abc and WAV…"))
        self.play_button = QPushButton(_("Play"))
        self.play_button.setToolTip(_("Opens the tune's WAV with your system's player"))
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.play_button)
        row.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addLayout(row)
        box.addWidget(self.verdict)
        box.addWidget(self.view, 1)
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.save_button.clicked.connect(self._on_save)
        self.play_button.clicked.connect(self.play)
        self._update_enabled()

    def set_text(self, text: str) -> None:
        """Read the tunes of ``text`` and show the first."""
        self.tunes = split_tunes(text)
        checks = [check_tune(t) for t in self.tunes]
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for i, c in enumerate(checks):
            mark = "✓" if c.parses else "✗"
            self.chooser.addItem(f"{mark} {i + 1}: {c.title or _('(no title)')}")
        self.chooser.blockSignals(False)
        if self.tunes:
            ok = sum(c.parses for c in checks)
            bars = sum(c.bars for c in checks)
            fit = sum(c.bars_fitting for c in checks)
            self.summary.setText(_("{n} tune(s): {ok} parse; {fit} of {bars} bars fit the metre.").format(
                n=len(self.tunes), ok=ok, fit=fit, bars=bars))
        else:
            self.summary.setText(_(NONE))
        self._on_chosen(0 if self.tunes else -1)
        self.tunes_changed.emit()

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        self.check = check_tune(self.tunes[index]) if 0 <= index < len(self.tunes) else None
        self.verdict.setText(verdict(self.check) if self.check else "")
        self._draw()
        self._update_enabled()

    def _update_enabled(self) -> None:
        playable = self.check is not None and any(n.pitch is not None for n in self.check.notes)
        self.play_button.setEnabled(playable)
        self.save_button.setEnabled(self.check is not None)

    def roll(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Starts, lengths and pitches of the chosen tune's notes (rests left out)."""
        notes = [n for n in (self.check.notes if self.check else []) if n.pitch is not None]
        return (np.array([float(n.start) for n in notes]), np.array([float(n.length) for n in notes]),
                np.array([n.pitch for n in notes], float))

    def _draw(self) -> None:
        starts, lengths, pitches = self.roll()
        self.bars_item.setOpts(x0=starts, y0=pitches - 0.4, width=lengths * 0.95,
                               height=np.full(len(starts), 0.8))
        for line in self._lines:
            self.plot.removeItem(line)
        self._lines = []
        if self.check is not None and self.check.bar_length and len(starts):
            end = float(starts[-1] + lengths[-1])
            step = float(self.check.bar_length)
            for x in np.arange(0.0, end + 1e-9, step)[:400]:
                line = pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen(150, 150, 150, 120))
                self.plot.addItem(line)
                self._lines.append(line)
        if len(pitches):
            low, high = int(pitches.min()), int(pitches.max())
            ticks = [(p, NOTE_NAMES[p % 12] + str(p // 12 - 1)) for p in range(low, high + 1)]
            self.plot.getAxis("left").setTicks([ticks[::2], ticks])
        self.plot.enableAutoRange()

    def wav_for_chosen(self, path: Path) -> Path:
        """Write the chosen tune as a WAV at ``path``."""
        return write_wav(path, synthesise(self.check))

    @Slot()
    def play(self) -> None:
        """Synthesise the chosen tune and open it with the system's player (if there is one)."""
        if self.check is None:
            return
        name = f"tune-{self.chooser.currentIndex() + 1}.wav"
        self.last_wav = self.wav_for_chosen(Path(self._tmp.name) / name)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_wav))):
            self.verdict.setText(_("{verdict} No player opened it; the WAV is at {path}.").format(
                verdict=verdict(self.check), path=self.last_wav))

    def save(self, stem: Path) -> tuple[Path, Path]:
        """Write ``stem.abc`` (the tune's text) and ``stem.wav``; returns both paths."""
        abc = stem.with_suffix(".abc")
        abc.write_text(self.tunes[self.chooser.currentIndex()] + "\n", encoding="utf-8")
        return abc, self.wav_for_chosen(stem.with_suffix(".wav"))

    @Slot()
    def _on_save(self) -> None:
        if self.check is None:
            return
        name, _filter = QFileDialog.getSaveFileName(self, _("Save the tune"), "tune.abc",
                                                    _("ABC tune (*.abc)"))

        if name:
            abc, wav = self.save(Path(name).with_suffix(""))
            self.verdict.setText(_("{verdict} Saved {abc} and {wav}.").format(
                verdict=verdict(self.check), abc=abc.name, wav=wav.name))



__all__ = ["NONE", "TunePanel", "verdict"]
