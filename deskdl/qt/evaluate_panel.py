"""The Evaluate tab: test scores, confusion matrix, mistakes, trying the model, saving it.

"Try it yourself" fits the data: a drawing pad for pictures, a line to type a
review into for word sequences (the model answers as you type), and for other
data a sentence saying where to see the model's answers instead.

Every model call (evaluate, predict, save) runs on the Keras thread through
the shared :class:`~deskdl.qt.workers.TrainingHost`; answers come back as
``call_finished(tag, result)`` signals into slots here.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.datagen import decode_words, encode_words
from deskdl.core.i18n import N_, translator
from deskdl.core.project import Project
from deskdl.ml.evaluate_report import evaluate_model, predict_one  # Keras thread
from deskdl.ml.model_files import save_model  # Keras thread
from deskdl.qt import dialogs
from deskdl.qt.drawing_pad import DrawingPad, framing_for, ink_to_input, input_hw
from deskdl.qt.eval_views import ConfusionMatrixView, ProbabilityBars, array_to_pixmap
from deskdl.qt.workers import TrainingHost

_ = translator("qt.evaluate_panel")

TEXT = {
    "no_model": N_("Train a model on the Train tab first; its test results appear here."),
    "evaluating": N_("Measuring the model on the test set (data it never trained on)…"),
    # issue 12: an agent has no test set; its test is the 100 greedy games played when training ended
    "agent": N_("An agent is tested by playing, not on a data set: in 100 greedy games (always its best "
                "action) it averaged a return of {score:.0f}{solved}. Watch it play on the Train tab."),
    "agent_solved": N_(", which solves the task"),
    "pad_title": N_("Try it yourself"),
    "pad_help": N_("Draw a {what} below. The model sees the small picture on the right."),
    "pad_off": N_("The drawing pad works for picture data sets (digits, shapes) with a trained model."),
    "try_later":
        N_("Train a model first. Then try it here: draw a picture or type a sentence (whichever your "
                 "data is made of) and watch the probability the model gives each class."),
    "type_help": N_("Type a review below: the model reads it word by word and shows its probabilities as you "
                 "type."),
    "type_placeholder": N_("e.g. the plot was not good but the actors were funny"),
    "points_off": N_("For points, the decision boundary on the Train tab shows the class the model predicts "
                  "at every spot at once."),
    "other_off": N_("Trying single examples works for pictures (draw one) and for text (type one); for this "
                 "data, the test results and the mistakes on the left show what the model does."),
    "mistakes": N_("Mistakes on the test set (true → predicted, with the probability the model gave it)"),
    "rebuilt": N_("Test pictures and the autoencoder's copies (left: original, right: rebuilt), worst first"),
    "rebuilt_tip": N_("Error {err:.4f} (mean squared difference per pixel; the median test picture has "
                   "{median:.4f})"),
    "ae_help": N_("Draw a digit below: the autoencoder squeezes it through its small code and rebuilds it on "
               "the right."),
    "no_mistakes": N_("No mistakes on the test set!"),
    "save_tip":
        N_("Save the trained model as a .keras file (loads in plain Keras: keras.saving.load_model)."),
    "saved": N_("Saved the model to {path}"),
    "metrics_title": N_("Test results"),
    "honest": N_("The test set was never used for training: these scores are an honest estimate of how the "
              "model does on new data, as long as you chose the settings by the validation curves, "
              "not by these test scores."),
}
#: Sentences offered as one-click examples on the typing page (shown when the model knows every word).
EXAMPLE_REVIEWS = ("the film was good", "the film was not good", "the jokes were never funny",
                   "the story was slow but moving")
DRAW, TYPE, OFF = 0, 1, 2
SEQ_TAB = 4  # the pages' tab of the sequence kinds
ADV_TAB = 5  # the Adversarial page of image classifiers (issue 15, A1)


class EvaluatePanel(QWidget):
    """Shows how good the trained model is, and lets the learner try it.

    Signals (a lesson listens):
        evaluated(dict): the test-set report of an evaluation is shown.
        drawing_read(int): the model answered a drawing on the pad with this class.
    """

    evaluated = Signal(object)
    drawing_read = Signal(int)

    def __init__(self, project: Project | None = None, host: TrainingHost | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project or Project()
        self.host = host or TrainingHost(parent=self)
        self._tf_ready = False
        self._model: Any = None
        self._result: dict[str, Any] = {}
        self._report: dict[str, Any] = {}
        self._tags: dict[str, str] = {}
        self._predict_pending = False
        self._predict_again = False
        self._input_shape: tuple | None = None
        self._max_value = 1.0

        self.message = QLabel(_(TEXT["no_model"]))
        self.message.setWordWrap(True)
        self.metrics = QLabel("")
        self.metrics.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton(_("Save trained model…"))
        self.save_button.setToolTip(_(TEXT["save_tip"]))
        self.evaluate_button = QPushButton(_("Evaluate again"))
        self.evaluate_button.setToolTip(_("Measure the model on the test set again."))
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.evaluate_button)
        top.addWidget(self.save_button)

        self.confusion = ConfusionMatrixView()
        self.mistakes = QListWidget()
        self._set_mistakes_as_text(False)
        self.mistakes.setIconSize(QSize(56, 56))
        self.mistakes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.mistakes.setWordWrap(True)
        mistakes_box = self.mistakes_box = QGroupBox(_(TEXT["mistakes"]))
        QVBoxLayout(mistakes_box).addWidget(self.mistakes)

        self.pad = DrawingPad()
        self.pad_preview = QLabel()
        self.pad_preview.setFixedSize(84, 84)
        self.pad_preview.setStyleSheet("border: 1px solid #999; background: white;")
        self.pad_preview.setToolTip(_("What the model sees: your drawing shrunk to its input size"))
        self.pad_help = QLabel(_(TEXT["pad_off"]))
        self.pad_help.setWordWrap(True)
        self.clear_button = QPushButton(_("Clear"))
        self.bars = ProbabilityBars()
        self.rebuilt = QLabel()  # an autoencoder's answer to the drawing: a picture, not probabilities
        self.rebuilt.setFixedSize(168, 168)
        self.rebuilt.setStyleSheet("border: 1px solid #999; background: white;")
        self.rebuilt.setToolTip(_("The autoencoder's copy of your drawing"))
        self.rebuilt.hide()
        pad_box = QGroupBox(_(TEXT["pad_title"]))
        draw_page = QWidget()
        grid = QGridLayout(draw_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.pad, 0, 0, 2, 1)
        grid.addWidget(self.pad_preview, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.clear_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        self.text_input = QLineEdit()
        self.text_input.setPlaceholderText(_(TEXT["type_placeholder"]))
        self.text_input.setClearButtonEnabled(True)
        self.text_input.setToolTip(_("Words the model never saw count as 'unknown' (number 2)."))
        self.text_read = QLabel("")
        self.text_read.setWordWrap(True)
        self.text_read.setTextFormat(Qt.TextFormat.RichText)
        self.examples = QVBoxLayout()  # one per line: a row of long sentences would widen the window
        self.examples.setContentsMargins(0, 0, 0, 0)
        self.examples.setSpacing(2)
        self._example_buttons: list[QPushButton] = []
        type_page = QWidget()
        tbox = QVBoxLayout(type_page)
        tbox.setContentsMargins(0, 0, 0, 0)
        tbox.addWidget(self.text_input)
        tbox.addWidget(QLabel(_("Or try one of these:")))
        tbox.addLayout(self.examples)
        tbox.addWidget(self.text_read)
        tbox.addStretch(1)
        self.try_stack = QStackedWidget()
        for page in (draw_page, type_page, QWidget()):  # DRAW, TYPE, OFF
            self.try_stack.addWidget(page)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.try_stack, 1)
        pad_row.addWidget(self.bars, 1)
        pad_row.addWidget(self.rebuilt, 0, Qt.AlignmentFlag.AlignTop)
        pbox = QVBoxLayout(pad_box)
        pbox.addWidget(self.pad_help)
        pbox.addLayout(pad_row, 1)
        self._vocabulary: list[str] = []
        self._maxlen = 0
        self._show_try(OFF, _(TEXT["try_later"]))

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.metrics)
        lbox.addWidget(self.confusion, 1)
        lbox.addStretch(0)  # with no confusion matrix (regression, autoencoders) the scores stay on top
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(mistakes_box)
        right.addWidget(pad_box)
        split = self.split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 640])
        box = QVBoxLayout(self)
        box.addLayout(top)
        # A (variational) autoencoder's code space gets its own page (deskdl.qt.kinds: EVAL_LATENT).
        from deskdl.qt.latent_explorer import LatentExplorer

        self.explorer = LatentExplorer(self.host)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        # At most three of its pages show at once: no scroll arrows (Qt left them on the tab bar after a
        # project with more pages, as another project's leftovers).
        self.pages.setUsesScrollButtons(False)
        self.pages.addTab(split, _("Test results"))
        self.pages.addTab(self.explorer, _("Latent explorer"))
        self.pages.setTabVisible(1, False)
        # A GAN's generator makes samples from new noise (deskdl.qt.kinds: EVAL_SAMPLES).
        from deskdl.qt.gan_samples import GanSamplesPage

        self.samples_page = GanSamplesPage(self.host)
        self.pages.addTab(self.samples_page, _("Generated samples"))
        self.pages.setTabVisible(2, False)
        # A debiasing run's comparison, read from its run record (deskdl.qt.kinds: EVAL_DEBIAS).
        from deskdl.qt.debias_page import DebiasPage

        self.debias_page = DebiasPage(self.host)
        self.pages.addTab(self.debias_page, _("Debiasing"))
        self.pages.setTabVisible(3, False)
        # Sequence kinds: test loss and samples, or answers per position and attention (EVAL_SEQUENCE).
        from deskdl.qt.seq.eval_page import SeqEvalPage

        self.seq_page = SeqEvalPage(self.host)
        self.pages.addTab(self.seq_page, _("Sequence results"))
        self.pages.setTabVisible(SEQ_TAB, False)
        # Image classifiers: the fast gradient sign attack (deskdl.qt.kinds: KindViews.attacks).
        from deskdl.qt.adversarial_page import AdversarialPage

        self.adversarial_page = AdversarialPage(self.host)
        self.pages.addTab(self.adversarial_page, _("Adversarial"))
        self.pages.setTabVisible(ADV_TAB, False)
        box.addWidget(self.pages, 1)

        self.save_button.clicked.connect(self.save_model_dialog)
        self.evaluate_button.clicked.connect(self.evaluate)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.drawing_changed.connect(self._on_drawing_changed)
        self.text_input.textChanged.connect(self._on_text_changed)
        self.host.worker.call_finished.connect(self._on_call_finished)
        self.host.worker.call_failed.connect(self._on_call_failed)
        self._update_enabled()

    # ------------------------------------------------------------------ inputs
    def set_project(self, project: Project) -> None:
        """A new project: forget the trained model."""
        self.project = project
        self._show_explorer(None)
        self._show_samples(None)
        self._show_debias(None)
        self._show_sequence(None)
        self._show_adversarial(None)
        self._model = None
        self._result = {}
        self._report = {}
        self._input_shape = None
        self._max_value = 1.0
        # The old model's answers must not stay, nor arrive late (an evaluation or a drawing's answer
        # still on the Keras thread).
        self._tags = {t: what for t, what in self._tags.items() if what not in ("evaluate", "predict")}
        self._predict_pending = self._predict_again = False
        self.metrics.setText("")
        self.confusion.clear()
        if not self.confusion.isVisibleTo(self):  # an autoencoder hid it
            self.confusion.show()
            self.split.setSizes([560, 640])
        self.mistakes.clear()
        self.mistakes_box.setTitle(_(TEXT["mistakes"]))
        self._set_mistakes_as_text(False)
        # "Try it yourself": no drawing, typed review or answer of the old model stays.
        self.pad.clear()
        self.pad_preview.clear()
        self.rebuilt.clear()
        self.bars.set_classes([])
        self.text_input.blockSignals(True)
        self.text_input.clear()
        self.text_input.blockSignals(False)
        self.text_read.setText("")
        self._clear_examples()
        self._vocabulary = []
        self._maxlen = 0
        self.message.setText(_(TEXT["no_model"]))
        self._show_try(OFF, _(TEXT["try_later"]))
        self._update_enabled()

    def refresh_data(self) -> None:
        """The data choice changed: the old model's results no longer apply."""
        self._update_enabled()

    def set_tensorflow_ready(self, ready: bool) -> None:
        """Enable buttons that need TensorFlow."""
        self._tf_ready = bool(ready)
        self._update_enabled()

    def set_result(self, result: Mapping[str, Any]) -> None:
        """A run ended: take its model and evaluate it on the test set."""
        # Answers the previous model still owes (a drawing, a typed review, an evaluation) must not
        # arrive under this one: they would relabel the bars or show the old scores.
        self._tags = {t: what for t, what in self._tags.items() if what not in ("predict", "evaluate")}
        self._predict_pending = self._predict_again = False
        self._result = dict(result)
        self._model = result.get("model")
        info = result.get("data_info") or {}
        self._input_shape = _input_shape_of(result)
        self._max_value = float(info.get("max_value", result.get("max_value", 1.0)) or 1.0)
        self._setup_pad(result)
        self._update_enabled()
        self._show_explorer(result)
        self._show_samples(result)
        self._show_debias(result)
        self._show_sequence(result)
        self._show_adversarial(result)
        if self._model is not None:
            self.evaluate()
            if self.try_stack.currentIndex() == DRAW and not self.pad.is_empty():
                self._on_drawing_changed()  # a drawing left there gets this model's answer, not the last's

    def _update_enabled(self) -> None:
        ok = self._tf_ready and self._model is not None
        self.save_button.setEnabled(ok)
        self.evaluate_button.setEnabled(ok)
        self.pad.setEnabled(ok and self._input_shape is not None)
        self.text_input.setEnabled(ok and bool(self._vocabulary))

    def _show_try(self, page: int, help_text: str, rebuild: bool = False) -> None:
        """Pick the "Try it yourself" page (DRAW, TYPE or OFF) and its help line.

        ``rebuild``: the model answers with a picture (an autoencoder), not class probabilities.
        """
        self.try_stack.setCurrentIndex(page)
        self.bars.setVisible(page != OFF and not rebuild)
        self.rebuilt.setVisible(page != OFF and rebuild)
        self.pad_help.setText(help_text)

    def _setup_pad(self, result: Mapping[str, Any]) -> None:
        shape = self._input_shape
        self._vocabulary = []
        try:
            h, w, _channels = input_hw(shape) if shape is not None else (0, 0, None)
        except ValueError:
            h = w = 0
        if not h or h < 5 or shape is None:
            self._input_shape = None
            kind = str((result.get("data_info") or {}).get("kind", ""))
            self._show_try(OFF, _(TEXT["points_off"]) if kind in ("points2d", "regression2d")
                           else _(TEXT["other_off"]))
            return
        what = (_("digit") if "digit" in str(result.get("data", {}).get("dataset", ""))
                else _("shape or digit"))
        if self._autoencoder(result):
            self._show_try(DRAW,
                _(TEXT["ae_help"]) + " " + _("({h}×{w} pixels)").format(h=h, w=w), rebuild=True)
        else:
            self._show_try(DRAW,
                _(TEXT["pad_help"]).format(what=what) + " " + _("({h}×{w} pixels)").format(h=h, w=w))
        self.pad.brush_width = 28.0 if h <= 8 else 18.0  # strokes about as thick as in the data set
        names = result.get("class_names") or self._report.get("class_names")
        if names:
            self.bars.set_classes(list(names))

    def _show_explorer(self, result: Mapping[str, Any] | None) -> None:
        """The latent explorer's page: shown (with the run's model) for kinds whose Evaluate view it is."""
        from deskdl.qt.kinds import EVAL_LATENT, views_for

        views = views_for(result) if result else None
        wanted = views is not None and (views.evaluate == EVAL_LATENT or views.rebuilds)
        model = (result or {}).get("model")
        self.explorer.reset()
        self.pages.setTabVisible(1, wanted)
        if not wanted:
            self.pages.setCurrentIndex(0)
            return
        if model is not None:
            data = (result or {}).get("data") or self.project.data
            latent = (self.project.algorithm or {}).get("latent") or None
            self.explorer.set_model(model, self.project.graph.to_dict(), dict(data), latent)
        if views.evaluate == EVAL_LATENT:
            self.pages.setCurrentIndex(1)

    def _show_samples(self, result: Mapping[str, Any] | None) -> None:
        """The generated-samples page, with the run's generator, for kinds whose Evaluate view it is (a GAN).

        A GAN has no test answers to score: its page is the only one shown.
        """
        from deskdl.qt.kinds import EVAL_SAMPLES, views_for

        wanted = bool(result) and views_for(result).evaluate == EVAL_SAMPLES
        if not wanted and self.project is not None:
            wanted = views_for(self.project).evaluate == EVAL_SAMPLES
        self.samples_page.reset()
        self.pages.setTabVisible(2, wanted)
        self.pages.setTabVisible(0, not wanted)
        if not wanted:
            return
        self.pages.setCurrentIndex(2)
        generator = ((result or {}).get("models") or {}).get("generator")
        if generator is not None:
            self.message.setText("")
            self.samples_page.set_generator(generator, (result or {}).get("data") or self.project.data)

    def _show_debias(self, result: Mapping[str, Any] | None) -> None:
        """The debiasing comparison's page, for kinds whose Evaluate view it is.

        It shows the run's record, else the project's newest run that has one (so a reopened
        project shows its last comparison without training again).
        """
        from deskdl.qt.debias_page import latest_block
        from deskdl.qt.kinds import EVAL_DEBIAS, views_for

        wanted = views_for(result or self.project).evaluate == EVAL_DEBIAS
        self.debias_page.reset()
        self.pages.setTabVisible(3, wanted)
        if not wanted:
            return
        record = (result or {}).get("record")
        if not (isinstance(record, Mapping) and record.get("debias")):
            found = latest_block(self.project.runs)
            record = found[0] if found else None
        self.debias_page.show_record(record)
        self.pages.setCurrentIndex(3)

    def _agent_kind(self, result: Mapping[str, Any] | None) -> bool:
        """Whether this run's (else the project's) kind learns by acting: no data set to measure it on.

        Measuring it on the project's unused data block (a 2-D set) ended every agent's run in an error
        dialog: "Input 0 ... expected shape=(None, 4), found shape=(100, 2)".
        """
        from deskdl.core.kinds import DATA_ENVIRONMENT, KindError, get_kind, kind_of

        kind_id = (result or {}).get("kind")
        try:
            kind = get_kind(kind_id) if isinstance(kind_id, str) and kind_id else kind_of(self.project)
        except KindError:  # an unknown kind is not an agent
            return False
        return kind.data == DATA_ENVIRONMENT

    def _sequence_kind(self, result: Mapping[str, Any] | None) -> bool:
        """Whether Evaluate shows the sequence page for this run's (else the project's) kind."""
        from deskdl.qt.kinds import EVAL_SEQUENCE, views_for

        return any(views_for(x).evaluate == EVAL_SEQUENCE for x in (result, self.project) if x)

    def _show_sequence(self, result: Mapping[str, Any] | None) -> None:
        """The sequence page instead of the classifier's views, for the sequence kinds (see evaluate)."""
        wanted = self._sequence_kind(result)
        self.seq_page.reset()
        self.pages.setTabVisible(SEQ_TAB, wanted)
        if wanted:
            self.pages.setTabVisible(0, False)
            self.pages.setCurrentIndex(SEQ_TAB)

    def _show_adversarial(self, result: Mapping[str, Any] | None) -> None:
        """The Adversarial page with the run's model, for kinds that allow it and picture classifiers.

        The attack itself runs when the learner opens the page (see AdversarialPage.showEvent).
        """
        from deskdl.qt.kinds import views_for

        shape = _input_shape_of(result) if result else None
        wanted = (bool(result) and views_for(result).attacks and shape is not None and len(shape) == 3
                  and _classifies(result) and (result or {}).get("model") is not None)
        if self.pages.currentIndex() == ADV_TAB and not wanted:
            self.pages.setCurrentIndex(0)
        self.adversarial_page.reset()
        self.pages.setTabVisible(ADV_TAB, wanted)
        if wanted:
            self.adversarial_page.set_model(result["model"], dict(result.get("data") or self.project.data))

    @staticmethod
    def _autoencoder(result: Mapping[str, Any]) -> bool:
        """Whether the run's model rebuilds its inputs: its kind's views say (deskdl.qt.kinds)."""
        from deskdl.qt.kinds import views_for

        return views_for(result).rebuilds

    # ------------------------------------------------------------------ actions
    @Slot()
    def evaluate(self) -> None:
        """Measure the model on the test set (on the Keras thread)."""
        if self._model is None:
            return
        if self._agent_kind(self._result):  # an agent played its test games as training ended
            test = self._result.get("test") or (self._result.get("record") or {}).get("test") or {}
            score = test.get("greedy_return")
            self.message.setText("" if not isinstance(score, (int, float)) else _(TEXT["agent"]).format(
                score=score, solved=_(TEXT["agent_solved"]) if test.get("solved") else ""))
            return
        if self._sequence_kind(self._result):  # its own scores: loss and samples, or answers per position
            from deskdl.core.kinds import kind_of

            self.message.setText("")
            kind = self._result.get("kind") or self._result.get("kind_id") or kind_of(self.project).id
            self.seq_page.set_model(self._model, dict(self._result.get("data") or self.project.data), kind,
                                    self.project.algorithm)
            return
        self.message.setText(_(TEXT["evaluating"]))
        data = self._result.get("data") or self.project.data
        # A stopped run ended without test scores (training skips them to stop at once): measure them here.
        extra = {} if self._result.get("test") else {"training": dict(self._run_settings())}
        extra["rebuilds"] = self._autoencoder(self._result)
        tag = self.host.call(evaluate_model, self._model, dict(data), **extra)
        self._tags[tag] = "evaluate"

    def _run_settings(self) -> Mapping[str, Any]:
        """The training settings the shown model was trained with (its loss and metrics)."""
        for settings in (self._result.get("settings"), (self._result.get("record") or {}).get("settings")):
            if isinstance(settings, Mapping) and settings.get("loss"):
                return settings
        return self.project.training

    @Slot()
    def save_model_dialog(self) -> None:
        """Ask for a file name and save the trained model there."""
        if self._model is None:
            return
        start = str(Path(self.project.path).with_suffix(".keras")) if self.project.path else "model.keras"
        path, _filter = QFileDialog.getSaveFileName(self, _("Save trained model"), start,
                                              _("Keras models (*.keras)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> str:
        """Save the model to ``path`` (on the Keras thread); returns the call tag."""
        tag = self.host.call(save_model, self._model, str(path))
        self._tags[tag] = "save"
        return tag

    @Slot()
    def _on_drawing_changed(self) -> None:
        if self._model is None or self._input_shape is None:
            return
        x = self.current_input()
        if x is None:
            return
        self.pad_preview.setPixmap(array_to_pixmap(x[0], 84, vmax=self._max_value))
        if self.pad.is_empty():
            self.bars.set_values(np.zeros_like(self.bars.values))
            return
        self._predict(x)

    def current_input(self) -> np.ndarray | None:
        """The drawing as one model input ``(1, *input_shape)``."""
        if self._input_shape is None:
            return None
        dataset = str((self._result.get("data") or self.project.data or {}).get("dataset", ""))
        return ink_to_input(self.pad.ink(), self._input_shape, max_value=self._max_value,
                            framing=framing_for(dataset))

    # ------------------------------------------------------------------ answers
    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        what = self._tags.pop(tag, None)
        if what == "evaluate":
            self._show_report(dict(result))  # type: ignore[arg-type]
        elif what == "predict":
            self._predict_pending = False
            if self.rebuilt.isVisibleTo(self):
                self.rebuilt.setPixmap(array_to_pixmap(np.asarray(result), 168, vmax=self._max_value))
            else:
                self.bars.set_values(np.asarray(result))
                if self.try_stack.currentIndex() == DRAW and np.asarray(result).size:
                    self.drawing_read.emit(int(np.argmax(np.asarray(result))))
            if self._predict_again:
                self._predict_again = False
                if self.try_stack.currentIndex() == TYPE:
                    self._on_text_changed(self.text_input.text())
                else:
                    self._on_drawing_changed()
        elif what == "save":
            self.message.setText(_(TEXT["saved"]).format(path=result))

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, details: str) -> None:
        what = self._tags.pop(tag, None)
        if what is None:
            return
        if what == "predict":
            self._predict_pending = False
        titles = {"evaluate": _("Could not evaluate the model"), "save": _("Could not save the model"),
                  "predict": _("Could not run the model on the drawing")}
        self.message.setText(message.splitlines()[0] if message else "")
        dialogs.show_failure(self, titles.get(what) or _("Problem"), message, details)

    def _show_report(self, report: dict[str, Any]) -> None:
        self._report = report
        if report.get("test") and not self._result.get("test"):
            self._result["test"] = dict(report["test"])
            self._store_test_scores(dict(report["test"]))
        metrics = dict(self._result.get("test") or {})
        metrics.update(report.get("metrics_extra") or {})
        rows = "".join(f"<tr><td>{_pretty(k)}&nbsp;&nbsp;</td><td><b>{_fmt(k, v)}</b></td></tr>"
                       for k, v in metrics.items())
        n = report.get("n_test")
        head = _("Test results on {n} test examples").format(n=n) if n else _(TEXT["metrics_title"])
        self.metrics.setText(f"<b>{head}</b><table>{rows}</table>")
        self.message.setText(_(TEXT["honest"]))
        names = report.get("class_names")
        cm = report.get("confusion")
        if self.confusion.isVisibleTo(self) != (cm is not None):  # more room for the pictures without one
            self.split.setSizes([560, 640] if cm is not None else [260, 940])
        self.confusion.setVisible(cm is not None)
        if cm is not None:
            self.confusion.set_matrix(np.asarray(cm), names)
        if names:
            self.bars.set_classes(list(names))
        vocabulary = list(report.get("vocabulary") or [])
        if report.get("reconstructions") is not None:
            self._show_reconstructions(report["reconstructions"])
        else:
            self.mistakes_box.setTitle(_(TEXT["mistakes"]))
            self._show_mistakes(report.get("misclassified") or {}, names, vocabulary or None)
        shape = _input_shape_of(self._result)
        if vocabulary and shape is not None and len(shape) == 1 and report.get("task") == "classification":
            self._setup_typing(vocabulary, int(shape[0]))
        self.evaluated.emit(report)

    def _store_test_scores(self, test: dict[str, float]) -> None:
        """Write scores measured here into the run's record (a stopped run's record had none)."""
        if self._result.get("loaded"):
            return  # a reopened project's file is not changed behind the learner's back
        run_id = self._result.get("run_id")
        for rec in self.project.runs:
            if isinstance(rec, dict) and rec.get("id") == run_id and not rec.get("test"):
                rec["test"] = test

    # ------------------------------------------------------------------ typing
    def _setup_typing(self, vocabulary: list[str], maxlen: int) -> None:
        """Word sequences: the learner types a review and sees the model's answer."""
        self._vocabulary = vocabulary
        self._maxlen = maxlen
        self._clear_examples()  # the buttons of an earlier model
        known = set(vocabulary[3:])
        for sentence in EXAMPLE_REVIEWS:
            if all(w in known for w in sentence.split()):
                b = QPushButton(sentence)
                b.setToolTip(_("Type this sentence into the box above"))
                b.clicked.connect(lambda _c=False, t=sentence: self.text_input.setText(t))
                self.examples.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
                self._example_buttons.append(b)
        self._show_try(TYPE, _(TEXT["type_help"]))
        self._update_enabled()
        if self.text_input.text():
            self._on_text_changed(self.text_input.text())

    def _clear_examples(self) -> None:
        while self.examples.count():
            w = self.examples.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._example_buttons = []

    def typed_input(self) -> tuple[np.ndarray, list[str]] | None:
        """The typed text as one model input ``(1, maxlen)`` and its unknown words (None: no words)."""
        if not self._vocabulary:
            return None
        row, unknown = encode_words(self.text_input.text(), self._vocabulary, self._maxlen)
        return row[None].astype(np.float32), unknown

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        typed = self.typed_input()
        if typed is None or self._model is None:
            return
        x, unknown = typed
        words = decode_words(x[0], self._vocabulary)
        if not words:
            self.text_read.setText("")
            self.bars.set_values(np.zeros_like(self.bars.values))
            return
        shown = " ".join(f'<span style="color:#c0392b">{w}</span>' if w == "?" else w for w in words)
        note = ("<br>" + _("Not in its vocabulary (read as “?”): {words}").format(words=", ".join(unknown))
                if unknown else "")
        self.text_read.setText(_("The model reads: <b>{words}</b>").format(words=shown) + note)
        self._predict(x)

    def _predict(self, x: np.ndarray) -> None:
        """One model call at a time; a newer input waits and goes next."""
        if self._predict_pending:
            self._predict_again = True
            return
        self._predict_pending = True
        tag = self.host.call(predict_one, self._model, x)
        self._tags[tag] = "predict"

    def _show_reconstructions(self, rec: Mapping[str, Any]) -> None:
        """An autoencoder: each test picture beside its rebuilt copy, worst first."""
        self.mistakes_box.setTitle(_(TEXT["rebuilt"]))
        self.mistakes.clear()
        self._set_mistakes_as_text(False)
        self.mistakes.setIconSize(QSize(116, 56))
        self.mistakes.setGridSize(QSize(128, 84))
        median = float(rec.get("median_error", 0.0))
        for x, y, err in zip(rec["x"], rec["rebuilt"], rec["error"]):
            pair = QPixmap(116, 56)
            pair.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pair)
            painter.drawPixmap(0, 0, array_to_pixmap(np.asarray(x), 56, vmax=self._max_value))
            painter.drawPixmap(60, 0, array_to_pixmap(np.asarray(y), 56, vmax=self._max_value))
            painter.end()
            item = QListWidgetItem(_("error {err:.3f}").format(err=float(err)))
            item.setIcon(pair)
            item.setToolTip(_(TEXT["rebuilt_tip"]).format(err=float(err), median=median))
            self.mistakes.addItem(item)

    def _set_mistakes_as_text(self, text: bool) -> None:
        """One line per mistaken review; a grid of small pictures for everything else."""
        mode = QListWidget.ViewMode.ListMode if text else QListWidget.ViewMode.IconMode
        if self.mistakes.viewMode() != mode:
            self.mistakes.setViewMode(mode)
        self.mistakes.setGridSize(QSize() if text else QSize(96, 96))
        self.mistakes.setIconSize(QSize(56, 56))
        self.mistakes.setMovement(QListWidget.Movement.Static)  # setViewMode resets it

    def _show_mistakes(self, mis: Mapping[str, Any], names: list[str] | None,
                       vocabulary: list[str] | None = None) -> None:
        self.mistakes.clear()
        xs = mis.get("x")
        if xs is None or not len(xs):
            self.mistakes.addItem(_(TEXT["no_mistakes"]) if mis else "")
            return
        true, pred = np.asarray(mis["y_true"]), np.asarray(mis["y_pred"])
        probs = np.asarray(mis["probs"]) if mis.get("probs") is not None else None
        words = bool(vocabulary) and np.asarray(xs).ndim == 2  # sequences of word numbers: show the text
        imagey = not words and (np.asarray(xs).ndim >= 3 or (np.asarray(xs).ndim == 2
                                                             and np.asarray(xs).shape[1] >= 16))
        points = not words and not imagey and np.asarray(xs).ndim == 2 and np.asarray(xs).shape[1] <= 4
        self._set_mistakes_as_text(not imagey)  # one line each, unless there is a picture to show
        for i in range(len(xs)):
            t, p = int(true[i]), int(pred[i])
            tn = names[t] if names and t < len(names) else str(t)
            pn = names[p] if names and p < len(names) else str(p)
            conf = f" {probs[i][p]:.0%}" if probs is not None and probs.ndim == 2 else ""
            text = f"{tn} → {pn}{conf}"
            if words:
                text += ":  " + " ".join(decode_words(xs[i], vocabulary))
            elif points:  # a few numbers (2-D points, small tables): show them
                at = ", ".join(f"{float(v):.2f}" for v in np.asarray(xs[i]).ravel())
                text += "   " + _("at ({point})").format(point=at)
            item = QListWidgetItem(text)
            if imagey:
                item.setIcon(array_to_pixmap(np.asarray(xs[i]), 56, vmax=None))
            if probs is not None and probs.ndim == 2:
                top = np.argsort(probs[i])[::-1][:3]
                item.setToolTip("\n".join(
                    f"{names[j] if names and j < len(names) else j}: {probs[i][j]:.1%}" for j in top))
            self.mistakes.addItem(item)


def _classifies(result: Mapping[str, Any] | None) -> bool:
    """Whether a run's model picks classes: its class names say, else (a reopened run) its data set's task."""
    if not result:
        return False
    if "class_names" in result:
        return bool(result.get("class_names"))
    from deskdl.ml import datasets

    try:
        return datasets.get(str((result.get("data") or {}).get("dataset", ""))).task == "classification"
    except Exception:  # noqa: BLE001 - an unknown data set: no attack page
        return False


def _input_shape_of(result: Mapping[str, Any]) -> tuple | None:
    shape = result.get("input_shape")
    if shape is None:
        model = result.get("model")
        shape = getattr(model, "input_shape", None) if model is not None else None
    if isinstance(shape, list) and shape and isinstance(shape[0], (list, tuple)):
        shape = shape[0]
    if shape is None:
        return None
    shape = tuple(shape)
    if shape and shape[0] is None:
        shape = shape[1:]
    return shape


def _pretty(key: str) -> str:
    return {"loss": _("loss"), "accuracy": _("accuracy"), "mae": _("mean absolute error"),
            "mse": _("mean squared error")}.get(key) or key.replace("_", " ")


def _fmt(key: str, v: Any) -> str:
    if not isinstance(v, (int, float)):
        return str(v)
    return f"{v:.1%}" if "acc" in key else f"{v:.4g}"
