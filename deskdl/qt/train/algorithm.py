"""The kind's own settings (``project.algorithm``), as a form built from their declarations.

A kind declares its settings once (:class:`deskdl.core.kinds.Setting`: type,
default, bounds, one-line help); this form shows one editor per setting, so a
new kind's settings appear on the Train tab without new widget code. A
setting left at its default is not written to the project (the file stays as
small as the learner made it); a changed one is written at once and emits
:attr:`AlgorithmForm.settings_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from deskdl.core.i18n import tr, translator
from deskdl.core.kinds import ProjectKind, Setting, kind_of

_ = translator("qt.train.algorithm")

#: Words of setting names written in capitals in their labels (``vae_epochs`` -> ``VAE epochs``).
ACRONYMS = frozenset({"vae", "gan", "kl"})


def label_of(setting: Setting) -> str:
    """``d_steps`` -> ``D steps``, ``vae_epochs`` -> ``VAE epochs``."""
    text = " ".join(w.upper() if w in ACRONYMS else w for w in setting.name.split("_"))
    return text[:1].upper() + text[1:]


class AlgorithmForm(QGroupBox):
    """One editor per setting of the project kind; hidden for kinds without settings."""

    settings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._project: Any = None
        self._kind: ProjectKind | None = None
        self.editors: dict[str, QWidget] = {}
        self._loading = False
        self.hide()

    def set_project(self, project: Any) -> None:
        """Show the settings of ``project``'s kind with the project's values."""
        self._project = project
        try:
            kind = kind_of(project)
        except Exception:  # noqa: BLE001 - an unknown kind was refused when the file was read
            kind = None
        self._kind = kind
        while self._form.rowCount():
            self._form.removeRow(0)
        self.editors = {}
        if kind is None or not kind.settings:
            self.hide()
            return
        self.setTitle(_("{kind} settings").format(kind=tr("core.kinds", kind.title)))
        values = kind.with_defaults(getattr(project, "algorithm", None))
        self._loading = True
        try:
            for s in kind.settings:
                editor = self._editor(s, values.get(s.name, s.default))
                editor.setToolTip(tr("core.kinds", s.help))
                self.editors[s.name] = editor
                self._form.addRow(label_of(s), editor)
        finally:
            self._loading = False
        self.show()

    def _editor(self, s: Setting, value: Any) -> QWidget:
        if s.type == "bool":
            w = QCheckBox()
            w.setChecked(bool(value))
            w.toggled.connect(self._on_edited)
        elif s.type == "choice":
            w = QComboBox()
            for c in s.choices:
                w.addItem(str(c), c)
            w.setCurrentIndex(max(0, list(s.choices).index(value) if value in s.choices else 0))
            w.currentIndexChanged.connect(self._on_edited)
        elif s.type == "int":
            w = QSpinBox()
            w.setRange(int(s.low if s.low is not None else -1_000_000),
                       int(s.high if s.high is not None else 1_000_000))
            w.setValue(int(value) if isinstance(value, (int, float)) else int(s.default))
            w.valueChanged.connect(self._on_edited)
        elif s.type == "float":
            w = QDoubleSpinBox()
            w.setDecimals(4)
            w.setRange(float(s.low if s.low is not None else -1e6),
                       float(s.high if s.high is not None else 1e6))
            w.setSingleStep(0.1 if (s.high or 1) <= 10 else 1.0)
            w.setValue(float(value) if isinstance(value, (int, float)) else float(s.default))
            w.valueChanged.connect(self._on_edited)
        else:
            w = QLineEdit(str(value or ""))
            w.editingFinished.connect(self._on_edited)
        return w

    def value(self, name: str) -> Any:
        """What the editor of setting ``name`` holds."""
        w = self.editors[name]
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            return w.value()
        return w.text()

    @Slot()
    def _on_edited(self) -> None:
        if self._loading or self._project is None or self._kind is None:
            return
        algorithm = dict(getattr(self._project, "algorithm", None) or {})
        for s in self._kind.settings:
            v = self.value(s.name)
            if v == s.default:
                algorithm.pop(s.name, None)  # the default needs no line in the file
            else:
                algorithm[s.name] = v
        self._project.algorithm = algorithm
        self.settings_changed.emit()

    def problem_list(self) -> list[str]:
        """Plain-words problems with the project's kind settings (empty when usable)."""
        if self._kind is None or self._project is None:
            return []
        return self._kind.check(getattr(self._project, "algorithm", None))


__all__ = ["AlgorithmForm", "label_of"]
