"""The Train tab's view of a sequence-generation project: live samples, then writing and tunes.

Three pages:

* **Samples**: the newest sample at each temperature the learner ticked (the trainer's
  latest-only ``samples`` event, every few seconds), with how far training was;
* **Write**: the generation panel (:class:`GenerationPanel`) with the run's model once it ends;
* **Tunes**: the tunes in the newest text (a sample, or what the panel wrote), checked,
  drawn as a piano roll, saved or played (:class:`TunePanel`);
* **Embedding**: the Embedding layer's character vectors by PCA, live (:class:`EmbeddingView`).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from deskdl.core import events as ev
from deskdl.core.i18n import N_, translator
from deskdl.qt.kinds import KindView
from deskdl.qt.seq.embedding_view import EmbeddingView
from deskdl.qt.seq.generate_panel import GenerationPanel
from deskdl.qt.seq.tune_panel import TunePanel

_ = translator("qt.seq.train_view")

WAITING = N_("The first samples come a few seconds after training starts.")
CAPTION = N_("Every few seconds the model writes from the prime at each temperature: low temperatures pick "
             "the likeliest characters (safe, repetitive), 1 follows the model's own odds, higher ones take "
             "more chances. Watch noise turn into words, or tunes. 'bpc' (bits per character) is the loss in "
             "bits: how many yes/no questions the model still needs to guess the next character.")


class SeqTrainView(KindView):
    """Samples while it trains; the generation panel and tunes once a model is there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seq_train_view")
        self.host = getattr(parent, "host", None)  # the Train tab: its host runs Keras calls, its project
        self._owner = parent
        self.samples_seen = 0
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        samples = QWidget()
        self.status = QLabel(_(WAITING))
        self.status.setWordWrap(True)  # the Train tab's right column is narrow
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        caption = QLabel(_(CAPTION))
        caption.setWordWrap(True)
        sbox = QVBoxLayout(samples)
        sbox.addWidget(self.status)
        sbox.addWidget(self.text, 1)
        sbox.addWidget(caption)
        self.panel = GenerationPanel(self.host)
        self.tunes = TunePanel()
        self.pages.addTab(samples, _("Samples"))
        self.pages.addTab(self.panel, _("Write"))
        self.pages.addTab(self.tunes, _("Tunes"))
        self.embedding = EmbeddingView()
        self.pages.addTab(self.embedding, _("Embedding"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.pages)
        self.panel.written.connect(self._on_written)
        self._data = None

    def set_data(self, data) -> None:
        """The project's data settings (the generation panel reads the vocabulary from them)."""
        self._data = dict(data) if data is not None else None

    def on_run_started(self, event: ev.RunStarted) -> None:
        """A new run: its samples only."""
        self.reset()

    def on_picture(self, picture: ev.Picture) -> None:
        """Show the newest samples, one block per temperature (and the newest embedding map)."""
        if picture.name == "embedding":
            self.embedding.on_picture(picture)
            return
        if picture.name != "samples":
            return
        self.samples_seen += 1
        temps = picture.meta.get("temperatures", [])
        texts = picture.meta.get("texts", [])
        prime = picture.meta.get("prime", "")
        rule = _("── temperature {t:g} ──")
        blocks = [f"{rule.format(t=t)}\n{prime}{s}" for t, s in zip(temps, texts)]
        self.text.setPlainText("\n\n".join(blocks))
        epoch = int(picture.epoch + 0.5) if picture.epoch % 1 else int(picture.epoch)
        self.status.setText(_("Sample {n}, during epoch {epoch} (written in {seconds:.1f} s)").format(
            n=picture.meta.get("count", self.samples_seen), epoch=epoch,
            seconds=picture.meta.get("seconds", 0)))

        if texts and "X:" in prime + texts[-1]:
            self.tunes.set_text("\n\n".join(prime + s for s in texts))

    def on_run_ended(self, event: ev.RunEnded) -> None:
        """Hand the trained model to the generation panel."""
        model = event.models_by_role.get("model")
        if model is not None:
            data = self._data
            if data is None:
                data = getattr(getattr(self._owner, "project", None), "data", None)
            self.panel.set_model(model, data)

    def reset(self) -> None:
        """Forget the samples and the model."""
        self.samples_seen = 0
        self.text.clear()
        self.status.setText(_(WAITING))

        self.panel.reset()
        self.tunes.set_text("")
        self.embedding.reset()

    def _on_written(self) -> None:
        result = self.panel.result or {}
        text = result.get("prime", "") + result.get("text", "")
        if "X:" in text:
            self.tunes.set_text(text)


__all__ = ["CAPTION", "SeqTrainView", "WAITING"]
