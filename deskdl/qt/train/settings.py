"""The training settings form, bound to ``project.training`` (a plain dict from core).

Each edit writes straight into the dict (so the project file and the next run
see it) and emits :attr:`TrainingSettingsForm.settings_changed`. Problems are
checked with :func:`deskdl.core.training.check_training` and shown in words.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import N_, translator
from deskdl.core.training import (
    DEFAULT_LEARNING_RATES,
    LOSSES,
    METRICS,
    OPTIMIZERS,
    SCHEDULES,
    check_training,
    training_with_defaults,
)
from deskdl.qt.train.texts import TIPS, shown

_ = translator("qt.train.settings")

_LOSS_NAMES = {  # short enough for the settings column; the tooltips say more
    "sparse_categorical_crossentropy": N_("Sparse crossentropy (0, 1, 2…)"),
    "categorical_crossentropy": N_("Crossentropy (one-hot)"),
    "binary_crossentropy": N_("Binary crossentropy (yes / no)"),
    "mean_squared_error": N_("Mean squared error"),
    "mean_absolute_error": N_("Mean absolute error"),
    "huber": N_("Huber (robust to outliers)"),
}
_LOSS_TIPS = {
    "sparse_categorical_crossentropy":
        N_("sparse_categorical_crossentropy: for classes given as whole numbers "
                                       "0, 1, 2, … with a softmax output of one unit per class."),
    "categorical_crossentropy": N_("categorical_crossentropy: for classes given as one-hot rows "
                                "(1 for the right class, 0 elsewhere) with a softmax output."),
    "binary_crossentropy": N_("binary_crossentropy: for two classes (0 or 1) with one sigmoid output unit."),
    "mean_squared_error":
        N_("mean_squared_error: for numbers; the average of the squared differences, so big "
                          "misses count a lot."),
    "mean_absolute_error":
        N_("mean_absolute_error: for numbers; the average distance from the right answer."),
    "huber": N_("huber: for numbers; squared for small misses and linear for big ones, so a few wild points "
             "pull less."),
}
_SCHEDULE_NAMES = {
    "constant": N_("Constant"), "exponential_decay": N_("Exponential decay"),
    "cosine_decay": N_("Cosine decay"), "step_decay": N_("Step decay (halve every few epochs)"),
}
_METRIC_NAMES = {"accuracy": N_("accuracy"), "mae": N_("MAE"), "mse": N_("MSE")}
_OPT_EXTRA_RANGES = {
    "momentum": (0.0, 0.999, 0.05), "rho": (0.0, 0.999, 0.01), "beta_1": (0.0, 0.999, 0.01),
    "beta_2": (0.0, 0.9999, 0.001), "weight_decay": (0.0, 1.0, 0.001),
}


class _LogSpin(QDoubleSpinBox):
    """A spin box whose arrows multiply/divide (1, 2, 5 steps): natural for learning rates."""

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        v = self.value()
        for _step in range(abs(steps)):
            mant = v / (10 ** _floor_log10(v))
            if steps > 0:
                v = v * (2 if mant < 1.5 else 2.5 if mant < 3 else 2)
            else:
                v = v / (2 if mant < 1.5 or mant > 3 else 2.5)
        self.setValue(v)


def _floor_log10(v: float) -> int:
    import math

    return int(math.floor(math.log10(v))) if v > 0 else 0


#: The title of the group with batch size, epochs, validation share and seed; an agent's has the seed only.
DATA_BOX_TITLE = N_("Batches and epochs")
SEED_BOX_TITLE = N_("Repeatability")


class TrainingSettingsForm(QWidget):
    """Edits a training dict in place."""

    settings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cfg: dict[str, Any] = training_with_defaults(None)
        self._loading = False

        # --- optimizer
        self.optimizer = QComboBox()
        self.optimizer.addItems(list(OPTIMIZERS))
        self.learning_rate = _LogSpin()
        self.learning_rate.setDecimals(6)
        self.learning_rate.setRange(1e-6, 10000.0)  # a lesson lets the loss explode at 1000
        self.extras: dict[str, QDoubleSpinBox] = {}
        for key, (lo, hi, step) in _OPT_EXTRA_RANGES.items():
            sb = QDoubleSpinBox()
            sb.setRange(lo, hi)
            sb.setSingleStep(step)
            sb.setDecimals(4)
            sb.setToolTip(shown(TIPS.get(key, "")))
            self.extras[key] = sb
        self.nesterov = QCheckBox(_("Nesterov"))
        self.schedule = QComboBox()
        for key in SCHEDULES:
            name = _SCHEDULE_NAMES.get(key, key)
            self.schedule.addItem(_(name), key)
        opt_box = QGroupBox(_("Optimizer"))
        self._opt_form = QFormLayout(opt_box)
        self._opt_form.addRow(_("Method"), self.optimizer)
        self._opt_form.addRow(_("Learning rate"), self.learning_rate)
        self._extra_labels: dict[str, QLabel] = {}
        for key, sb in self.extras.items():
            lab = QLabel(key.replace("_", " ").replace("beta ", "beta_"))
            lab.setToolTip(shown(TIPS.get(key, "")))
            self._extra_labels[key] = lab
            self._opt_form.addRow(lab, sb)
        self._opt_form.addRow("", self.nesterov)
        self._opt_form.addRow(_("LR schedule"), self.schedule)

        # --- loss & metrics
        self.loss = QComboBox()
        self.loss.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.loss.setMinimumContentsLength(14)
        for key in LOSSES:
            name, tip = _LOSS_NAMES.get(key, key), _LOSS_TIPS.get(key, key)
            self.loss.addItem(_(name), key)
            self.loss.setItemData(self.loss.count() - 1, _(tip),
                                  Qt.ItemDataRole.ToolTipRole)
        self.metric_boxes = {}
        for m in METRICS:
            name = _METRIC_NAMES.get(m, m)
            self.metric_boxes[m] = QCheckBox(_(name))
        self.schedule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.schedule.setMinimumContentsLength(12)
        metrics_row = QHBoxLayout()
        for cb in self.metric_boxes.values():
            cb.setToolTip(shown(TIPS["metrics"]))
            metrics_row.addWidget(cb)
        metrics_row.addStretch(1)
        loss_box = self.loss_box = QGroupBox(_("What to minimise"))
        loss_form = QFormLayout(loss_box)
        loss_form.addRow(_("Loss"), self.loss)
        loss_form.addRow(_("Metrics"), metrics_row)

        # --- schedule of data
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 65536)
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 100000)
        self.validation_split = QDoubleSpinBox()
        self.validation_split.setRange(0.0, 0.9)
        self.validation_split.setSingleStep(0.05)
        self.validation_split.setDecimals(2)
        self.use_seed = QCheckBox(_("repeatable"))
        self.balanced = QCheckBox(_("balanced"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.use_seed)
        data_box = self.data_box = QGroupBox(_(DATA_BOX_TITLE))
        data_form = self._data_form = QFormLayout(data_box)
        data_form.addRow(_("Batch size"), self.batch_size)
        data_form.addRow(_("Epochs"), self.epochs)
        data_form.addRow(_("Validation share"), self.validation_split)
        data_form.addRow(_("Seed"), seed_row)
        data_form.addRow(_("Class weights"), self.balanced)

        # --- safety nets
        self.use_clipnorm = QCheckBox(_("Clip norm"))
        self.clipnorm = QDoubleSpinBox()
        self.clipnorm.setRange(0.001, 1000.0)
        self.clipnorm.setDecimals(3)
        self.use_clipvalue = QCheckBox(_("Clip value"))
        self.clipvalue = QDoubleSpinBox()
        self.clipvalue.setRange(0.001, 1000.0)
        self.clipvalue.setDecimals(3)
        self.early = QCheckBox(_("Stop early"))
        self.patience = QSpinBox()
        self.patience.setRange(0, 10000)
        self.patience.setSuffix(" " + _("epochs"))
        self.restore_best = QCheckBox(_("keep best weights"))
        safety = QGroupBox(_("Safety nets"))
        sform = self._safety_form = QFormLayout(safety)
        sform.addRow(self.use_clipnorm, self.clipnorm)
        sform.addRow(self.use_clipvalue, self.clipvalue)
        sform.addRow(self.early, self.patience)
        sform.addRow("", self.restore_best)

        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (opt_box, loss_box, data_box, safety, self.problems):
            box.addWidget(w)
        box.addStretch(1)

        tips = {
            self.optimizer: "optimizer", self.learning_rate: "learning_rate", self.nesterov: "nesterov",
            self.schedule: "schedule", self.loss: "loss", self.batch_size: "batch_size",
            self.epochs: "epochs", self.validation_split: "validation_split", self.seed: "seed",
            self.use_seed: "seed", self.use_clipnorm: "clipnorm", self.clipnorm: "clipnorm",
            self.use_clipvalue: "clipvalue", self.clipvalue: "clipvalue", self.early: "early_stopping",
            self.patience: "patience", self.restore_best: "restore_best", self.balanced: "class_weight",
        }
        for w, key in tips.items():
            w.setToolTip(shown(TIPS[key]))
        for w, key in ((opt_box, "optimizer"), (loss_box, "loss")):
            w.setToolTip(shown(TIPS[key]))

        # --- wiring: every editor writes back through one slot
        self.optimizer.currentTextChanged.connect(self._on_optimizer_changed)
        for sig in (self.learning_rate.valueChanged, self.nesterov.toggled, self.schedule.currentIndexChanged,
                    self.loss.currentIndexChanged, self.batch_size.valueChanged, self.epochs.valueChanged,
                    self.validation_split.valueChanged, self.seed.valueChanged, self.use_seed.toggled,
                    self.use_clipnorm.toggled, self.clipnorm.valueChanged, self.use_clipvalue.toggled,
                    self.clipvalue.valueChanged, self.early.toggled, self.patience.valueChanged,
                    self.restore_best.toggled, self.balanced.toggled):
            sig.connect(self._on_edited)
        for sb in self.extras.values():
            sb.valueChanged.connect(self._on_edited)
        for cb in self.metric_boxes.values():
            cb.toggled.connect(self._on_edited)
        self.set_config(self._cfg)

    # ----------------------------------------------------------------- model
    def config(self) -> dict[str, Any]:
        """The dict being edited (the very object passed to :meth:`set_config`)."""
        return self._cfg

    def set_config(self, cfg: dict[str, Any]) -> None:
        """Bind the form to ``cfg`` (missing keys are filled with defaults in place)."""
        full = training_with_defaults(cfg)
        for key, value in full.items():
            cfg.setdefault(key, copy.deepcopy(value))
        for key in ("optimizer", "early_stopping", "schedule"):
            if isinstance(cfg.get(key), dict):
                for k, v in full[key].items():
                    cfg[key].setdefault(k, copy.deepcopy(v))
        self._cfg = cfg
        self._loading = True
        try:
            opt = cfg["optimizer"]
            self.optimizer.setCurrentText(str(opt.get("type", "Adam")))
            self.learning_rate.setValue(float(opt.get("learning_rate", 0.001)))
            defaults = OPTIMIZERS.get(opt.get("type"), {})
            for key, sb in self.extras.items():
                sb.setValue(float(opt.get(key, defaults.get(key, 0.0)) or 0.0))
            self.nesterov.setChecked(bool(opt.get("nesterov", False)))
            self._set_combo_data(self.schedule, cfg["schedule"].get("type", "constant"))
            self._set_combo_data(self.loss, cfg.get("loss"))
            for m, cb in self.metric_boxes.items():
                cb.setChecked(m in (cfg.get("metrics") or []))
            self.batch_size.setValue(int(cfg.get("batch_size") or 32))
            self.epochs.setValue(int(cfg.get("epochs") or 1))
            self.validation_split.setValue(float(cfg.get("validation_split") or 0.0))
            seed = cfg.get("seed")
            self.use_seed.setChecked(seed is not None)
            self.seed.setValue(int(seed or 0))
            self.seed.setEnabled(seed is not None)
            for use, sb, key, default in ((self.use_clipnorm, self.clipnorm, "clipnorm", 1.0),
                                          (self.use_clipvalue, self.clipvalue, "clipvalue", 0.5)):
                v = cfg.get(key)
                use.setChecked(v is not None)
                sb.setValue(float(v) if v is not None else default)
                sb.setEnabled(v is not None)
            es = cfg["early_stopping"]
            self.early.setChecked(bool(es.get("enabled")))
            self.patience.setValue(int(es.get("patience") or 0))
            self.restore_best.setChecked(bool(es.get("restore_best_weights", True)))
            self.balanced.setChecked(cfg.get("class_weight") == "balanced")
            self._update_visibility()
        finally:
            self._loading = False
        self._update_problems()

    @staticmethod
    def _set_combo_data(combo: QComboBox, data: Any) -> None:
        i = combo.findData(data)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _update_visibility(self) -> None:
        opt = self.optimizer.currentText()
        extras = OPTIMIZERS.get(opt, {})
        for key, sb in self.extras.items():
            shown = key in extras
            sb.setVisible(shown)
            self._extra_labels[key].setVisible(shown)
        self.nesterov.setVisible("nesterov" in extras)
        self.patience.setEnabled(self.early.isChecked())
        self.restore_best.setEnabled(self.early.isChecked())
        self.seed.setEnabled(self.use_seed.isChecked())
        self.clipnorm.setEnabled(self.use_clipnorm.isChecked())
        self.clipvalue.setEnabled(self.use_clipvalue.isChecked())

    # ----------------------------------------------------------------- edits
    def _on_optimizer_changed(self, name: str) -> None:
        if self._loading:
            return
        old = self._cfg.get("optimizer", {})
        new: dict[str, Any] = {"type": name, "learning_rate": DEFAULT_LEARNING_RATES.get(name, 0.001)}
        for key, default in OPTIMIZERS.get(name, {}).items():
            new[key] = old.get(key, default)
        self._cfg["optimizer"] = new
        self.set_config(self._cfg)
        self.settings_changed.emit()

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        cfg = self._cfg
        opt = cfg["optimizer"]
        opt["learning_rate"] = float(self.learning_rate.value())
        extras = OPTIMIZERS.get(opt.get("type"), {})
        for key, sb in self.extras.items():
            if key in extras:
                opt[key] = float(sb.value())
        if "nesterov" in extras:
            opt["nesterov"] = bool(self.nesterov.isChecked())
        cfg["schedule"]["type"] = self.schedule.currentData()
        cfg["loss"] = self.loss.currentData()
        cfg["metrics"] = [m for m, cb in self.metric_boxes.items() if cb.isChecked()]
        cfg["batch_size"] = int(self.batch_size.value())
        cfg["epochs"] = int(self.epochs.value())
        cfg["validation_split"] = round(float(self.validation_split.value()), 4)
        cfg["seed"] = int(self.seed.value()) if self.use_seed.isChecked() else None
        cfg["clipnorm"] = float(self.clipnorm.value()) if self.use_clipnorm.isChecked() else None
        cfg["clipvalue"] = float(self.clipvalue.value()) if self.use_clipvalue.isChecked() else None
        es = cfg["early_stopping"]
        es["enabled"] = bool(self.early.isChecked())
        es["patience"] = int(self.patience.value())
        es["restore_best_weights"] = bool(self.restore_best.isChecked())
        if self.balanced.isChecked():
            cfg["class_weight"] = "balanced"
        else:
            cfg.pop("class_weight", None)  # no weights: the project file stays as it was
        self._update_visibility()
        self._update_problems()
        self.settings_changed.emit()

    def _update_problems(self) -> list[str]:
        problems = check_training(self._cfg)
        self.problems.setText("\n".join(f"• {p}" for p in problems))
        self.problems.setVisible(bool(problems))
        return problems

    def set_uses_loss(self, uses: bool) -> None:
        """Show what only a compiled fit uses for the kinds that train with it.

        A kind with its own losses and training loop (a GAN, an agent) takes no loss or metrics
        from here, sets no validation share aside and has no early stopping on the validation
        loss: those rows hide.
        """
        uses = bool(uses)
        self.loss_box.setVisible(uses)
        self._data_form.setRowVisible(self.validation_split, uses)
        self._data_form.setRowVisible(self.balanced, uses)  # class weights act on the compiled loss
        self._safety_form.setRowVisible(self.early, uses)
        self._safety_form.setRowVisible(self.restore_best, uses)
        self._update_data_box()

    def set_units(self, units: tuple[str, str]) -> None:
        """The kind's units of work (outer, inner): an agent counts episodes, set in its own settings.

        An agent's episodes and replay batch size are settings of its algorithm (above), so the
        Epochs and Batch size rows hide, and nothing here says "epochs".
        """
        self._units = (str(units[0]), str(units[1]))
        per_epoch = self._units[0] == "epoch"
        self._data_form.setRowVisible(self.epochs, per_epoch)
        self._data_form.setRowVisible(self.batch_size, per_epoch)
        self.patience.setSuffix(" " + (_("episodes") if self._units[0] == "episode" else _("epochs")))
        self._update_data_box()

    def _update_data_box(self) -> None:
        per_epoch = getattr(self, "_units", ("epoch", "batch"))[0] == "epoch"
        title = DATA_BOX_TITLE if per_epoch else SEED_BOX_TITLE
        self.data_box.setTitle(_(title))

    def problem_list(self) -> list[str]:
        """Plain-words problems with the current settings (empty = fine)."""
        return check_training(self._cfg)
