"""The Data tab: choose a data set and its settings, look at it, check it fits the model.

Generated and bundled sets load on the GUI thread (pure NumPy, milliseconds).
Sets that need TensorFlow or large files (Keras sets, image folders) load on
the Keras thread via the shared host; downloads run in a small thread pool
with a progress bar, only when the learner presses Download.
"""

from __future__ import annotations

import copy
import csv
from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import N_, translator
from deskdl.core.project import Project
from deskdl.ml import datasets
from deskdl.ml.datasets.base import param_label
from deskdl.qt import dialogs
from deskdl.qt.data_views import ClassBalance, SampleGrid, Scatter2D, SequenceText
from deskdl.qt.workers import TrainingHost, describe_failure

_ = translator("qt.data_panel")

TEXT = {
    "missing": N_("Not on this computer yet. Import the file you have, or Download it (needs internet)."),
    "loading": N_("Loading…"),
    "fits": N_("The data fits the model and the training settings."),
    "split": N_("Training: <b>{train}</b> (of which validation: <b>{val}</b>) · test: <b>{test}</b>"),
    "download_ok": N_("Downloaded {title}."),
    "no_network": N_("Could not download: {msg}"),
    "in_use": N_("This project learns from this data set (bold in the list)."),
    "browsing": N_("You are looking at {title}. This project still learns from {current}: press "
                "“Use this data set” to learn from {title} instead."),
    "use": N_("Use this data set"),
    "use_tip": N_("Make this data set (with the settings above) the one the project trains and tests on."),
    "use_missing_tip": N_("Download or import this data set first; then it can be used."),
}
ID_ROLE = Qt.ItemDataRole.UserRole
SAMPLES_SHOWN = 48
#: Of the pictures shown, how many (one row) come from the rare subgroups of a set that has them.
RARE_SHOWN = 8


def _preview_rows(bundle: datasets.DataBundle, n: int) -> tuple[np.ndarray, list[bool] | None]:
    """Which training pictures the grid shows, and which of them to frame (a rare subgroup).

    A set whose pictures know their subgroup shows its rare ones in the last row: among the first
    48 pictures of the biased shapes there is often not one of the 2 % drawn in the rare style.
    """
    groups = bundle.subgroups_train
    if groups is None or len(groups) != len(bundle.x_train):
        return np.arange(min(n, len(bundle.x_train))), None
    rare = np.flatnonzero(groups != 0)[:RARE_SHOWN]
    common = np.flatnonzero(groups == 0)[: n - len(rare)]
    shown = np.concatenate([common, rare])
    return shown, [bool(groups[i] != 0) for i in shown]


def subgroup_text(bundle: datasets.DataBundle) -> str:
    """How many pictures of each subgroup the two parts hold, and what the frames mean ('' if none)."""
    groups, names = bundle.subgroups_train, bundle.subgroup_names
    if groups is None or len(names) < 2:
        return ""
    rare = int((groups != 0).sum())
    test = bundle.subgroups_test
    test_rare = int((test != 0).sum()) if test is not None else 0
    return _("Styles: {rare} of the {n} training pictures ({share:.1f} %) are {name}, framed in orange in "
             "the last row; the test part has {test_rare} {name} pictures of {n_test}, so the accuracy on "
             "each style can be measured. No label says which style a picture has.").format(
        rare=rare, n=len(groups), share=100.0 * rare / max(len(groups), 1), name=names[1],
        test_rare=test_rare, n_test=0 if test is None else len(test))


class _DownloadSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str, str)


class _DownloadTask(QRunnable):
    """Downloads one Keras data set on a pool thread (network, not Keras: no need for the Keras thread)."""

    def __init__(self, dataset_id: str) -> None:
        super().__init__()
        self.dataset_id = dataset_id
        self.signals = _DownloadSignals()

    def run(self) -> None:
        """Fetch the files; report progress and the outcome by signal."""
        try:
            datasets.download(self.dataset_id, progress=self._progress)
        except BaseException as err:  # noqa: BLE001 - every failure goes back to the GUI
            f = describe_failure(err)
            self.signals.failed.emit(f.message, f.details)
        else:
            self.signals.succeeded.emit(self.dataset_id)

    def _progress(self, done: int, total: int | None) -> None:
        self.signals.progressed.emit(int(done // 1024), int((total or 0) // 1024))


class DataPanel(QWidget):
    """Data set list, settings, samples, class balance, split sizes and fit problems.

    Signals:
        data_changed(): ``project.data`` was changed.
    """

    data_changed = Signal()

    def __init__(self, project: Project | None = None, host: TrainingHost | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project or Project()
        self.host = host or TrainingHost(parent=self)
        self.bundle: datasets.DataBundle | None = None
        self._tf_ready = False
        self._load_tag: str | None = None
        self._editors: dict[str, Any] = {}
        self._building = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._download: _DownloadTask | None = None
        #: The data set on screen: the project's own, or one the learner is only looking at
        #: (browsing changes nothing until "Use this data set").
        self._shown: dict[str, Any] = {}

        # --- left: the registry
        self.list = QListWidget()
        for info in datasets.all_datasets():
            item = QListWidgetItem(info.shown(info.title))
            item.setData(ID_ROLE, info.id)
            item.setToolTip(info.shown(info.description))
            self.list.addItem(item)
        self.list.setMinimumWidth(200)
        self.list.setMaximumWidth(260)

        # --- middle: description, settings, samples
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.credit = QLabel()
        self.credit.setWordWrap(True)
        self.credit.setProperty("role", "caption")
        self.credit.setStyleSheet("font-size: 8pt;")
        self.params_box = QGroupBox(_("Settings"))
        self.params_form = QFormLayout(self.params_box)
        self.import_button = QPushButton(_("Import file…"))
        self.import_button.setToolTip(_("Bring in a file you already have (e.g. mnist.npz); "
                                      "nothing is downloaded."))
        self.download_button = QPushButton(_("Download"))
        self.download_button.setToolTip(_("Fetch the data set from the internet into the Keras cache."))
        self.download_progress = QProgressBar()
        self.download_progress.hide()
        self.missing = QLabel(_(TEXT["missing"]))
        self.missing.setWordWrap(True)
        self.missing.setProperty("role", "warning")
        fetch_row = QHBoxLayout()
        fetch_row.addWidget(self.import_button)
        fetch_row.addWidget(self.download_button)
        fetch_row.addWidget(self.download_progress, 1)
        self.fetch_box = QWidget()
        fb = QVBoxLayout(self.fetch_box)
        fb.setContentsMargins(0, 0, 0, 0)
        fb.addWidget(self.missing)
        fb.addLayout(fetch_row)
        self.choice_note = QLabel()
        self.choice_note.setWordWrap(True)
        self.choice_note.setProperty("role", "caption")
        self.use_button = QPushButton(_(TEXT["use"]))
        self.use_button.setToolTip(_(TEXT["use_tip"]))
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice_note, 1)
        choice_row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)

        self.grid = SampleGrid()
        self.scatter = Scatter2D()
        self.sequences = SequenceText()
        self.empty = QLabel("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.samples = QStackedWidget()
        for w in (self.grid, self.scatter, self.sequences, self.empty):
            self.samples.addWidget(w)

        middle = QWidget()
        mbox = QVBoxLayout(middle)
        mbox.setContentsMargins(0, 0, 0, 0)
        mbox.addWidget(self.title)
        mbox.addLayout(choice_row)
        mbox.addWidget(self.description)
        mbox.addWidget(self.credit)
        mbox.addWidget(self.fetch_box)
        mbox.addWidget(self.params_box)
        mbox.addWidget(QLabel(_("<b>Examples</b>")))
        mbox.addWidget(self.samples, 1)

        # --- right: balance, split, problems
        self.balance = ClassBalance()
        self.split = QLabel()
        self.split.setTextFormat(Qt.TextFormat.RichText)
        self.split.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "caption")
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setToolTip(_("Mismatches between this data, the model on the Build tab and the "
                                 "training settings, each with a fix."))
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.balance, 2)
        rbox.addWidget(self.split)
        rbox.addWidget(self.summary)
        rbox.addWidget(QLabel(_("<b>Does it fit the model?</b>")))
        rbox.addWidget(self.problems, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(middle)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([220, 640, 420])
        box = QVBoxLayout(self)
        box.addWidget(split)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload)

        self.list.currentItemChanged.connect(self._on_dataset_chosen)
        self.use_button.clicked.connect(self.use_shown)
        self.import_button.clicked.connect(self.import_dialog)
        self.download_button.clicked.connect(self.start_download)
        self.host.worker.call_finished.connect(self._on_call_finished)
        self.host.worker.call_failed.connect(self._on_call_failed)
        self.set_project(self.project)

    # ------------------------------------------------------------------ model
    def set_project(self, project: Project) -> None:
        """Show ``project``'s data choice."""
        self.project = project
        self._show(self.dataset_id())

    def set_tensorflow_ready(self, ready: bool) -> None:
        """Data sets that need TensorFlow (image folders) load only once it is ready."""
        self._tf_ready = bool(ready)
        if ready and self.bundle is None and self._needs_keras_thread(self.shown_id()):
            self.reload()

    def dataset_id(self) -> str:
        """The id of the data set the project learns from."""
        return str(self.project.data.get("dataset", "spiral"))

    def shown_id(self) -> str:
        """The id of the data set on screen (the project's, or one being looked at)."""
        return str(self._shown.get("dataset") or self.dataset_id())

    def is_browsing(self) -> bool:
        """Whether the data set on screen is not (yet) the project's."""
        return self.shown_id() != self.dataset_id()

    def shown_config(self) -> dict[str, Any]:
        """The data settings on screen, as ``project.data`` would hold them."""
        if not self.is_browsing():
            return copy.deepcopy(self.project.data)
        data = {k: copy.deepcopy(v) for k, v in self.project.data.items() if k not in ("dataset", "params")}
        data.update(dataset=self.shown_id(), params=copy.deepcopy(self._shown.get("params") or {}))
        return data

    def _select(self, did: str) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == did:
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_dataset_chosen(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        did = str(item.data(ID_ROLE))
        if did == self.shown_id():
            return
        self.browse(did)

    def browse(self, did: str) -> None:
        """Show data set ``did`` (clicked in the list) without changing the project.

        Looking around is free: the project keeps its data until the learner presses
        "Use this data set" (a click on MNIST used to switch the project to a set that was
        not downloaded, and Start then failed).
        """
        self._show(did)

    def _show(self, did: str) -> None:
        """Put data set ``did`` on screen: the project's with its settings, any other with defaults."""
        own = did == self.dataset_id()
        self._shown = {"dataset": did, "params": {} if not own else
                       copy.deepcopy(dict(self.project.data.get("params") or {}))}
        self._select(did)
        self._build_form(did)
        self._update_choice()
        self.reload()

    @Slot()
    def use_shown(self) -> None:
        """Make the data set on screen, with its settings, the project's ("Use this data set")."""
        if not self.is_browsing():
            return
        self.choose(self.shown_id(), self._shown.get("params"))

    def choose(self, did: str, params: Mapping[str, Any] | None = None) -> None:
        """Switch the project to data set ``did`` (with ``params``) and show it."""
        self.project.data["dataset"] = did
        self.project.data["params"] = dict(params or {})
        self._shown = {"dataset": did, "params": copy.deepcopy(self.project.data["params"])}
        self._select(did)
        self._build_form(did)
        self._update_choice()
        self.reload()
        self.data_changed.emit()

    def _update_choice(self) -> None:
        """Say whether the set on screen is the project's; offer "Use this data set" when it is not."""
        browsing = self.is_browsing()
        self.use_button.setVisible(browsing)
        for i in range(self.list.count()):  # the project's own set stands out in the list
            item = self.list.item(i)
            font = item.font()
            font.setBold(item.data(ID_ROLE) == self.dataset_id())
            item.setFont(font)
        if not browsing:
            self.choice_note.setText(_(TEXT["in_use"]))
            return
        try:
            info = datasets.get(self.shown_id())
        except datasets.DataError:
            self.use_button.setEnabled(False)
            return
        try:
            using = datasets.get(self.dataset_id())
            current = using.shown(using.title)
        except datasets.DataError:
            current = self.dataset_id()
        self.choice_note.setText(_(TEXT["browsing"]).format(title=info.shown(info.title), current=current))
        ready = not info.needs_files or datasets.is_available(info.id)
        self.use_button.setEnabled(ready)
        self.use_button.setToolTip(_(TEXT["use_tip"]) if ready else _(TEXT["use_missing_tip"]))

    # ------------------------------------------------------------------ settings form
    def _build_form(self, did: str) -> None:
        self._building = True
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self._editors = {}
        try:
            info = datasets.get(did)
        except datasets.DataError:
            self._building = False
            return
        self.title.setText(info.shown(info.title))
        self.description.setText(info.shown(info.description))
        self.credit.setText(_("Source: {credit}").format(credit=info.credit) if info.credit else "")
        self.credit.setVisible(bool(info.credit))
        given = dict(self._shown.get("params") or {}) if self._shown.get("dataset") == did \
            else dict(self.project.data.get("params") or {})
        for p in info.params:
            value = given.get(p.name, p.default)
            editor = self._editor_for(p, value)
            editor.setToolTip(info.shown(p.help))
            label = QLabel(param_label(p.name))
            label.setToolTip(info.shown(p.help))
            self.params_form.addRow(label, editor)
        self.params_box.setVisible(bool(info.params))
        self._update_fetch_box(info)
        self._building = False

    def _editor_for(self, p: datasets.ParamInfo, value: Any) -> QWidget:
        if p.kind == "int":
            w = QSpinBox()
            lo, hi = p.min if p.min is not None else -2**31, p.max if p.max is not None else 2**31 - 1
            w.setRange(int(lo), int(hi))
            w.setValue(int(value))
            w.valueChanged.connect(self._on_param_edited)
        elif p.kind == "float":
            w = QDoubleSpinBox()
            w.setDecimals(3)
            w.setSingleStep(0.05)
            lo, hi = p.min if p.min is not None else -1e9, p.max if p.max is not None else 1e9
            w.setRange(float(lo), float(hi))
            w.setValue(float(value))
            w.valueChanged.connect(self._on_param_edited)
        elif p.kind == "choice":
            w = QComboBox()
            w.addItems([str(c) for c in p.choices])
            w.setCurrentText(str(value))
            w.currentTextChanged.connect(self._on_param_edited)
        elif p.kind == "bool":
            w = QCheckBox()
            w.setChecked(bool(value))
            w.toggled.connect(self._on_param_edited)
        elif p.kind == "size":
            w = QWidget()
            row = QHBoxLayout(w)
            row.setContentsMargins(0, 0, 0, 0)
            spins = []
            for v in (list(value) + [64, 64])[:2]:
                sb = QSpinBox()
                sb.setRange(4, 1024)
                sb.setValue(int(v))
                sb.valueChanged.connect(self._on_param_edited)
                row.addWidget(sb)
                spins.append(sb)
            w.spins = spins  # type: ignore[attr-defined]
        elif p.kind == "path":
            w = QWidget()
            row = QHBoxLayout(w)
            row.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit(str(value))
            edit.editingFinished.connect(self._on_param_edited)
            browse = QPushButton(_("Choose…"))
            browse.clicked.connect(self._on_browse)
            row.addWidget(edit, 1)
            row.addWidget(browse)
            w.edit = edit  # type: ignore[attr-defined]
        elif p.name == "target_column":
            w = QComboBox()
            w.setEditable(True)
            w.addItems(self._csv_columns())
            w.setCurrentText(str(value))
            w.currentTextChanged.connect(self._on_param_edited)
        else:
            w = QLineEdit(str(value))
            w.editingFinished.connect(self._on_param_edited)
        self._editors[p.name] = (p, w)
        return w

    def _read_editors(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, (p, w) in self._editors.items():
            if p.kind == "int":
                v: Any = int(w.value())
            elif p.kind == "float":
                v = round(float(w.value()), 6)
            elif p.kind == "choice":
                v = w.currentText()
            elif p.kind == "bool":
                v = bool(w.isChecked())
            elif p.kind == "size":
                v = [int(s.value()) for s in w.spins]
            elif p.kind == "path":
                v = w.edit.text().strip()
            elif isinstance(w, QComboBox):
                v = w.currentText().strip()
            else:
                v = w.text().strip()
            if v != p.default:
                out[name] = v
        return out

    @Slot()
    def _on_param_edited(self, *_: object) -> None:
        if self._building:
            return
        params = self._read_editors()
        self._shown["params"] = copy.deepcopy(params)
        if not self.is_browsing():
            self.project.data["params"] = params
            self.data_changed.emit()
        self._reload_timer.start()

    @Slot()
    def _on_browse(self) -> None:
        did = self.shown_id()
        if did == "image_folder":
            path = QFileDialog.getExistingDirectory(self, _("Folder with one sub-folder per class"))
        else:
            path, _filter = QFileDialog.getOpenFileName(self, _("Choose a CSV table"), "",
                                                  _("CSV tables (*.csv);;All (*)"))
        if path:
            _p, w = self._editors["path"]
            w.edit.setText(path)
            params = self._read_editors()
            self._shown["params"] = copy.deepcopy(params)
            if not self.is_browsing():
                self.project.data["params"] = params
                self.data_changed.emit()
            self._build_form(did)  # refresh the target column choices
            self.reload()

    def _csv_columns(self) -> list[str]:
        path = (self.shown_config().get("params") or {}).get("path")
        if not path:
            return [""]
        try:
            with open(path, newline="", encoding="utf-8-sig") as fh:
                header = next(csv.reader(fh), [])
        except (OSError, UnicodeDecodeError):
            return [""]
        return [""] + [h for h in header if h]

    def _update_fetch_box(self, info: datasets.DatasetInfo) -> None:
        show = info.needs_files and not datasets.is_available(info.id)
        self.fetch_box.setVisible(show)

    # ------------------------------------------------------------------ loading
    def _needs_keras_thread(self, did: str) -> bool:
        try:
            info = datasets.get(did)
        except datasets.DataError:
            return False
        return info.source in ("keras", "user") and did == "image_folder" or info.source == "keras"

    @Slot()
    def reload(self) -> None:
        """Load the data set on screen with its settings and show it."""
        did = self.shown_id()
        try:
            info = datasets.get(did)
        except datasets.DataError as err:
            self._show_error(err.text)
            return
        if info.needs_files and not datasets.is_available(did):
            self.bundle = None
            self._show_error(_(TEXT["missing"]))
            self._update_fetch_box(info)
            return
        if info.source == "user" and not (self.shown_config().get("params") or {}).get("path"):
            self.bundle = None
            self._show_error(_("Choose a file or folder in the settings above."))
            return
        data = self.shown_config()
        if self._needs_keras_thread(did):
            if did == "image_folder" and not self._tf_ready:
                self._show_error(_("Reading pictures needs TensorFlow, which is still loading…"))
                return
            self.empty.setText(_(TEXT["loading"]))
            self.samples.setCurrentWidget(self.empty)
            self._load_tag = self.host.call(datasets.load_config, data)
            return
        try:
            bundle = datasets.load_config(data)
        except Exception as err:  # noqa: BLE001 - a bad setting must not crash the tab
            f = describe_failure(err)
            self.bundle = None
            self._show_error(f.message)
            return
        self.show_bundle(bundle)

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag != self._load_tag:
            return
        self._load_tag = None
        if isinstance(result, datasets.DataBundle):
            self.show_bundle(result)

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, details: str) -> None:
        if tag != self._load_tag:
            return
        self._load_tag = None
        self.bundle = None
        self._show_error(message)

    def _show_error(self, text: str) -> None:
        self.empty.setText(text)
        self.samples.setCurrentWidget(self.empty)
        self.balance.clear()
        self.split.setText("")
        self.summary.setText("")
        self.problems.clear()

    def show_bundle(self, bundle: datasets.DataBundle) -> None:
        """Show samples, balance, split sizes and fit problems of a loaded data set."""
        self.bundle = bundle
        names = list(bundle.class_names) or None
        kind = bundle.kind
        n = SAMPLES_SHOWN
        if kind in ("points2d", "regression2d"):
            self.scatter.set_points(bundle.x_train, bundle.y_train, bundle.x_test, bundle.y_test,
                                    regression=bundle.task == "regression", class_names=names)
            self.samples.setCurrentWidget(self.scatter)
        elif kind == "image" or (bundle.x_train.ndim >= 3):
            shown, marks = _preview_rows(bundle, n)
            self.grid.set_samples(bundle.x_train[shown], bundle.y_train[shown], names, cols=8,
                                  # styles are brightness: show it as it is, not as dark ink
                                  invert=marks is None and (bundle.x_train.ndim < 4
                                                            or bundle.x_train.shape[-1] == 1),
                                  marks=marks)
            self.samples.setCurrentWidget(self.grid)
        else:
            self.sequences.set_sequences(bundle.x_train[:30], bundle.y_train[:30] if bundle.task ==
                                         "classification" else None, names, bundle.vocabulary or None)
            self.samples.setCurrentWidget(self.sequences)
        if bundle.task == "classification":
            self.balance.show()
            self.balance.set_labels(bundle.y_train, bundle.y_test, names)
        else:
            self.balance.clear()
        self.summary.setText("\n".join(t for t in (bundle.summary(), subgroup_text(bundle)) if t))
        self._update_split()
        self.update_problems()

    def _update_split(self) -> None:
        b = self.bundle
        if b is None:
            return
        vs = float(self.project.training.get("validation_split") or 0.0)
        n = len(b.x_train)
        val = int(round(n * vs))
        self.split.setText(_(TEXT["split"]).format(train=n, val=val, test=len(b.x_test)))

    @Slot()
    def update_problems(self) -> None:
        """List mismatches between data, model and training settings (with fixes)."""
        self.problems.clear()
        if self.bundle is None:
            return
        from deskdl.core.kinds import DATA_INPUTS, DATA_LABELLED, kind_of

        try:
            kind = kind_of({"kind": self.project.kind, "data": self.shown_config()})
            if kind.data not in (DATA_LABELLED, DATA_INPUTS):  # a GAN: its trainer checks its own roles
                return
            target = "inputs" if kind.data == DATA_INPUTS else datasets.data_target(self.shown_config())
            from deskdl.ml.start_checks import fit_problems  # what Start checks (and the Problems list)

            diags = fit_problems(self.project.graph, datasets.with_target(self.bundle, target),
                                 self.project.training)
        except Exception as err:  # noqa: BLE001 - a half-built model must not break the tab
            diags = []
            self.problems.addItem(_("Could not check the fit: {error}").format(error=err))
        for d in diags:
            icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if d.severity == "error"
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            item = QListWidgetItem(self.style().standardIcon(icon), d.text)
            item.setToolTip(d.text)
            self.problems.addItem(item)
        if not diags:
            self.problems.addItem(QListWidgetItem(
                self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), _(TEXT["fits"])))

    def problem_texts(self) -> list[str]:
        """The problems currently listed (for tests)."""
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    # ------------------------------------------------------------------ import and download
    @Slot()
    def import_dialog(self) -> None:
        """Choose the file(s) of a Keras data set and copy them into the cache."""
        did = self.shown_id()
        paths, _filter = QFileDialog.getOpenFileNames(
            self, _("Import {title}").format(title=datasets.get(did).shown(datasets.get(did).title)), "",
            _("Data files (*.npz *.gz *.tar.gz *.tgz);;All (*)"))
        if paths:
            self.import_files(did, paths)

    def import_files(self, did: str, paths: list[str]) -> bool:
        """Import ``paths`` for ``did``; shows a dialog on failure. Returns success."""
        try:
            datasets.import_dataset_file(did, paths if len(paths) > 1 else paths[0])
        except Exception as err:  # noqa: BLE001
            f = describe_failure(err)
            dialogs.show_failure(self, _("Import failed"), f.message, f.details)
            return False
        self._update_fetch_box(datasets.get(did))
        self._update_choice()
        self.reload()
        return True

    @Slot()
    def start_download(self) -> None:
        """Download the chosen Keras set (only ever on the learner's request)."""
        if self._download is not None:
            return
        task = _DownloadTask(self.shown_id())
        task.signals.progressed.connect(self._on_download_progress)
        task.signals.succeeded.connect(self._on_download_done)
        task.signals.failed.connect(self._on_download_failed)
        self._download = task
        self.download_button.setEnabled(False)
        self.download_progress.setRange(0, 0)
        self.download_progress.show()
        self._pool.start(task)

    @Slot(int, int)
    def _on_download_progress(self, done_kb: int, total_kb: int) -> None:
        if total_kb > 0:
            self.download_progress.setRange(0, total_kb)
            self.download_progress.setValue(done_kb)
            self.download_progress.setFormat(
                _("{done:.1f} / {total:.1f} MB").format(done=done_kb / 1024, total=total_kb / 1024))

    @Slot(str)
    def _on_download_done(self, did: str) -> None:
        self._download = None
        self.download_button.setEnabled(True)
        self.download_progress.hide()
        self._update_fetch_box(datasets.get(self.shown_id()))  # the learner may have looked elsewhere
        self._update_choice()
        self.reload()

    @Slot(str, str)
    def _on_download_failed(self, message: str, details: str) -> None:
        self._download = None
        self.download_button.setEnabled(True)
        self.download_progress.hide()
        self.missing.setText(_(TEXT["no_network"]).format(msg=message))
        dialogs.show_failure(self, _("Download failed"), message, details)

    def shutdown(self) -> None:
        """Wait for a running download to end (call on close)."""
        self._pool.waitForDone(2000)


__all__ = ["DataPanel"]
