"""The properties panel: one form per selected layer, generated from the catalog.

Each :class:`~deskdl.core.catalog.ParamSpec` kind gets its own editor. A value
is checked where it is typed: a bad one gets a red frame and a message under
the field and never reaches the model. A good one goes to the model through an
undoable command, so Ctrl+Z takes it back.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskdl.core import catalog
from deskdl.core.catalog import REGULARIZER_NAMES, ParamSpec
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.shapes_text import BATCH_NOTE, shape_text
from deskdl.qt.commands import SetParamsCommand

_ = translator("qt.properties")

# ---------------------------------------------------------------- user-visible text
EMPTY_TEXT = N_("Select a layer on the canvas to see and change its settings.")
MANY_TEXT = N_("{n} layers are selected. Select just one to change its settings.")
ID_TEXT = N_("id: {id}")
SHAPE_TEXT = N_("Output shape {shape} · {params} parameters")
SHAPE_UNKNOWN = N_("Output shape unknown until the problems below are fixed")
NO_PARAMS = N_("This layer has no settings.")
WRAPPED_TYPE = N_("Wrapped layer")
#: The regularizer kind "none" (a key; the combo box shows it translated).
REG_NONE = "none"
REG_FACTOR = N_("{name} factor")
ERR_WHOLE = N_("Type a whole number, such as 32.")
ERR_NUMBER = N_("Type a number, such as 0.01 or 1e-3.")
ERR_EMPTY = N_("This setting needs a value.")
ERR_SHAPE = N_("Type sizes separated by commas, such as 28, 28, 1.")
ERR_SHAPE_NONE = N_("Type sizes separated by commas, such as 28, 28, 1 (None marks a size that can vary).")
ERR_INTS = N_("Type {n} whole numbers separated by commas, such as {example}.")
ERR_INTS_SOME = N_("Type some whole numbers separated by commas, such as {example}.")
ERR_FLOATS = N_("Type numbers separated by commas, such as 0.485, 0.456, 0.406 (leave empty for none).")
#: Tooltips of the spin boxes of a per-side setting (padding, cropping), by number of axes.
PER_SIDE_TIPS = {1: (N_("before"), N_("after")), 2: (N_("top"), N_("bottom"), N_("left"), N_("right"))}
NOT_ALLOWED = N_("{value} (not allowed)")
AUTO_TEXT = N_("auto")
AUTO_TIP = N_("Let Keras choose (for pooling strides: the same as the pool size).")
#: How a choice of None is shown in a combo box.
NONE_CHOICE = N_("none")
#: An initializer's "every value starts at one number" entry (a key; shown as it is, like Keras's name).
CONSTANT = "constant"
CONSTANT_VALUE = N_("value")
CONSTANT_TIP = N_("Every value starts at this number, e.g. 0.1 or -5.")

_INT_MAX = 2**31 - 1


def _fmt_float(value: Any) -> str:
    if value is None:
        return ""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _norm(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ("seq", tuple(_norm(v) for v in value))
    if isinstance(value, Mapping):
        return ("map", tuple(sorted((str(k), _norm(v)) for k, v in value.items())))
    if isinstance(value, bool):
        return ("bool", value)
    return value


def _same(a: Any, b: Any) -> bool:
    """Equal as Keras would see them: lists and tuples alike, but True is not 1."""
    return _norm(a) == _norm(b)


def _canonical(spec: ParamSpec, value: Any) -> Any:
    """``value`` as Keras would receive it, so equal settings compare equal."""
    if spec.kind == "layer" and isinstance(value, Mapping) and catalog.has(str(value.get("type"))):
        inner = catalog.get(value["type"])
        params = inner.resolve(value.get("params") or {})
        return {"type": value["type"],
                "params": {k: _canonical(inner.param_map[k], v) if k in inner.param_map else v
                           for k, v in params.items()}}
    return spec.as_tuple(value)


# ====================================================================== editors
class _ValueEditor(QWidget):
    """An editor for one parameter value. ``value()`` raises ``ValueError(text)``."""

    committed = Signal()

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("paramEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(1, 1, 1, 1)
        self.layout_.setSpacing(4)

    def set_value(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def frames(self) -> list[QWidget]:
        """The input widgets inside (tests and tours reach them through this)."""
        return [self]

    def set_invalid(self, invalid: bool) -> None:
        """Red frame around the whole editor (styling spin boxes directly breaks their arrows)."""
        if self.property("invalid") != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()


class _LineEditor(_ValueEditor):
    """Text entry committed on Enter or when focus leaves; parsed by subclasses."""

    placeholder = ""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_(self.placeholder) if self.placeholder else "")
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.layout_.addWidget(self.edit)
        self._shown = ""

    def _on_editing_finished(self) -> None:
        if self.edit.text() != self._shown:
            self._shown = self.edit.text()
            self.committed.emit()

    def set_text(self, text: str) -> None:
        """Change the text without committing."""
        self._shown = text
        self.edit.setText(text)

    def frames(self) -> list[QWidget]:
        return [self.edit]


class _StrEditor(_LineEditor):
    def set_value(self, value: Any) -> None:
        self.set_text("" if value is None else str(value))

    def value(self) -> Any:
        text = self.edit.text()
        if not text and self.spec.nullable:
            return None
        return text


class _FloatEditor(_LineEditor):
    placeholder = N_("number")

    def set_value(self, value: Any) -> None:
        try:
            self.set_text(_fmt_float(value))
        except (TypeError, ValueError):
            self.set_text(str(value))

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            if self.spec.nullable or self.spec.default is None:
                return None
            raise ValueError(_(ERR_EMPTY))
        try:
            return float(text)
        except ValueError:
            raise ValueError(_(ERR_NUMBER)) from None


class _NullableIntEditor(_LineEditor):
    placeholder = N_("empty = none")

    def set_value(self, value: Any) -> None:
        self.set_text("" if value is None else str(value))

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text or text.lower() == "none":
            return None
        try:
            return int(text)
        except ValueError:
            raise ValueError(_(ERR_WHOLE)) from None


def _spin_bounds(spec: ParamSpec) -> tuple[int, int]:
    low = -_INT_MAX
    if spec.min is not None:
        low = int(spec.min) + (1 if spec.min_exclusive and float(spec.min).is_integer() else 0)
    high = int(spec.max) if spec.max is not None else _INT_MAX
    return max(low, -_INT_MAX), min(high, _INT_MAX)


def _make_spin(spec: ParamSpec, parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(*_spin_bounds(spec))
    spin.setKeyboardTracking(False)
    spin.setAccelerated(True)
    return spin


class _IntEditor(_ValueEditor):
    """A spin box held to the parameter's bounds, so most bad values cannot be typed."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spin = _make_spin(spec, self)
        self.spin.valueChanged.connect(lambda _v: self.committed.emit())
        self.layout_.addWidget(self.spin)
        self._raw: Any = None

    def set_value(self, value: Any) -> None:
        self._raw = value
        self.spin.blockSignals(True)
        if isinstance(value, int) and not isinstance(value, bool):
            self.spin.setValue(value)
        self.spin.blockSignals(False)

    def value(self) -> Any:
        return self.spin.value()

    def frames(self) -> list[QWidget]:
        return [self.spin]


class _IntsEditor(_ValueEditor):
    """``length`` spin boxes side by side (kernel size, strides), or a comma list."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spins: list[QSpinBox] = []
        self.edit: QLineEdit | None = None
        self.auto: QCheckBox | None = None
        if spec.length and (spec.nullable or spec.default is None):
            self.auto = QCheckBox(_(AUTO_TEXT), self)
            self.auto.setToolTip(_(AUTO_TIP))
            self.auto.toggled.connect(self._on_auto_toggled)
            self.layout_.addWidget(self.auto)
        if spec.length:
            # Per side (padding, cropping): a before/after pair per axis, e.g. top, bottom, left, right.
            count = 2 * spec.length if spec.per_side else spec.length
            for i in range(count):
                spin = _make_spin(spec, self)
                spin.valueChanged.connect(lambda _v: self.committed.emit())
                if spec.per_side:
                    tips = PER_SIDE_TIPS.get(spec.length, PER_SIDE_TIPS[1])
                    spin.setToolTip(_(tips[i % len(tips)]))
                self.layout_.addWidget(spin)
                self.spins.append(spin)
            if count <= 3:
                self.layout_.addStretch(1)
        else:
            self.edit = QLineEdit(self)
            self.edit.setPlaceholderText(_("e.g. 3, 3"))
            self.edit.editingFinished.connect(self.committed.emit)
            self.layout_.addWidget(self.edit)

    def _on_auto_toggled(self, checked: bool) -> None:
        for spin in self.spins:
            spin.setEnabled(not checked)
        self.committed.emit()

    def set_value(self, value: Any) -> None:
        if self.auto is not None:
            self.auto.blockSignals(True)
            self.auto.setChecked(value is None)
            self.auto.blockSignals(False)
            for spin in self.spins:
                spin.setEnabled(value is not None)
        if self.spec.per_side and value is not None:
            values = [x for pair in self.spec.sides(value) for x in pair]
        else:
            values = list(value) if isinstance(value, (list, tuple)) else (
                [value] * (self.spec.length or 1) if value is not None else [])
        if self.spins:
            for spin, v in zip(self.spins, values):
                spin.blockSignals(True)
                if isinstance(v, int) and not isinstance(v, bool):
                    spin.setValue(v)
                spin.blockSignals(False)
        elif self.edit is not None:
            self.edit.setText(", ".join(str(v) for v in values))

    def value(self) -> Any:
        if self.auto is not None and self.auto.isChecked():
            return None
        if self.spins and self.spec.per_side:
            v = [s.value() for s in self.spins]
            pairs = [v[i:i + 2] for i in range(0, len(v), 2)]
            if all(before == after for before, after in pairs):
                return [before for before, _after in pairs]  # the same on both sides: the short form
            return pairs
        if self.spins:
            return [s.value() for s in self.spins]
        text = self.edit.text().strip().strip("[]()")
        if not text and self.spec.nullable:
            return None
        try:
            return [int(p) for p in text.split(",") if p.strip()]
        except ValueError:
            raise ValueError(_(ERR_INTS_SOME).format(example="3, 3")) from None

    def frames(self) -> list[QWidget]:
        return list(self.spins) or [self.edit]


class _ShapeEditor(_LineEditor):
    """A shape as comma-separated sizes; ``None`` where the spec allows a variable size."""

    placeholder = N_("e.g. 28, 28, 1")

    def set_value(self, value: Any) -> None:
        if isinstance(value, (list, tuple)):
            self.set_text(", ".join("None" if v is None else str(v) for v in value))
        else:
            self.set_text("" if value is None else str(value))

    def value(self) -> Any:
        text = self.edit.text().strip().strip("[]()").strip()
        if not text:
            if self.spec.nullable and self.spec.default is None:
                return None
            raise ValueError(_(ERR_EMPTY))
        out: list[int | None] = []
        for part in text.split(","):
            part = part.strip()
            if not part:
                continue
            if part.lower() in ("none", "?", "-"):
                if not self.spec.nullable:
                    raise ValueError(_(ERR_SHAPE))
                out.append(None)
                continue
            try:
                out.append(int(part))
            except ValueError:
                raise ValueError(_(ERR_SHAPE_NONE) if self.spec.nullable else _(ERR_SHAPE)) from None
        return out


class _FloatsEditor(_LineEditor):
    """A list of numbers (Normalization's mean and variance), comma-separated; empty for none."""

    placeholder = N_("e.g. 0.485, 0.456, 0.406")

    def set_value(self, value: Any) -> None:
        if isinstance(value, (list, tuple)):
            self.set_text(", ".join(f"{float(v):.12g}" for v in value))
        else:
            self.set_text("" if value is None else f"{float(value):.12g}")

    def value(self) -> Any:
        text = self.edit.text().strip().strip("[]()").strip()
        if not text:
            if self.spec.nullable:
                return None
            raise ValueError(_(ERR_EMPTY))
        try:
            return [float(part) for part in text.split(",") if part.strip()]
        except ValueError:
            raise ValueError(_(ERR_FLOATS)) from None


class _ChoiceEditor(_ValueEditor):
    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill(None)
        self.combo.currentIndexChanged.connect(lambda _i: self.committed.emit())
        self.layout_.addWidget(self.combo)

    def _fill(self, odd: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        if odd is not None:
            self.combo.addItem(_(NOT_ALLOWED).format(value=odd), odd)
        for choice in self.spec.choices:
            self.combo.addItem(_(NONE_CHOICE) if choice is None else str(choice), choice)
        self.combo.blockSignals(False)

    def set_value(self, value: Any) -> None:
        known = value in self.spec.choices
        has_odd = self.combo.count() > len(self.spec.choices)
        if not known or has_odd:
            self._fill(None if known else value)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.blockSignals(False)

    def value(self) -> Any:
        return self.combo.currentData()

    def frames(self) -> list[QWidget]:
        return [self.combo]


class _BoolEditor(_ValueEditor):
    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.check = QCheckBox(spec.name, self)
        self.check.toggled.connect(lambda _v: self.committed.emit())
        self.layout_.addWidget(self.check)

    def set_value(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(value))
        self.check.blockSignals(False)

    def value(self) -> Any:
        return self.check.isChecked()


class _RegularizerEditor(_ValueEditor):
    """none / l1 / l2 / l1_l2 plus the factor(s) that kind takes."""

    KINDS = (REG_NONE, "l1", "l2", "l1_l2")
    DEFAULT_FACTOR = 0.01

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.combo = QComboBox(self)
        for k in self.KINDS:
            self.combo.addItem(_(NONE_CHOICE) if k == REG_NONE else k, k)
        self.combo.currentIndexChanged.connect(self._on_kind_changed)
        box.addWidget(self.combo)
        self.factors: dict[str, tuple[QWidget, QLineEdit]] = {}
        for key in ("l1", "l2"):
            row = QWidget(self)
            lay = QHBoxLayout(row)
            lay.setContentsMargins(12, 0, 0, 0)
            label = QLabel(_(REG_FACTOR).format(name=key.upper()), row)
            label.setProperty("role", "caption")
            edit = QLineEdit(row)
            edit.setText(_fmt_float(self.DEFAULT_FACTOR))
            edit.editingFinished.connect(self.committed.emit)
            lay.addWidget(label)
            lay.addWidget(edit, 1)
            box.addWidget(row)
            self.factors[key] = (row, edit)
        self.layout_.addLayout(box)
        self._update_rows()

    def _on_kind_changed(self, _i: int) -> None:
        self._update_rows()
        self.committed.emit()

    def _update_rows(self) -> None:
        kind = self.combo.currentData()
        for key, (row, _edit) in self.factors.items():
            row.setVisible(kind == key or kind == "l1_l2")

    def set_value(self, value: Any) -> None:
        kind, config = REG_NONE, {}
        if isinstance(value, str) and value in REGULARIZER_NAMES:
            kind = value
        elif isinstance(value, Mapping):
            reverse = {v: k for k, v in REGULARIZER_NAMES.items()}
            kind = reverse.get(value.get("class_name"), REG_NONE)
            config = value.get("config") or {}
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(kind)))
        self.combo.blockSignals(False)
        for key, (_row, edit) in self.factors.items():
            edit.setText(_fmt_float(config.get(key, self.DEFAULT_FACTOR)))
        self._update_rows()

    def value(self) -> Any:
        kind = self.combo.currentData()
        if kind == REG_NONE:
            return None
        keys = ("l1", "l2") if kind == "l1_l2" else (kind,)
        config = {}
        for key in keys:
            try:
                config[key] = float(self.factors[key][1].text().strip())
            except ValueError:
                raise ValueError(_(ERR_NUMBER)) from None
        return {"class_name": REGULARIZER_NAMES[kind], "config": config}

    def frames(self) -> list[QWidget]:
        return [self.combo] + [edit for _row, edit in self.factors.values()]


class _InitializerEditor(_ValueEditor):
    """An initializer's name, or 'constant' and the one number every value starts at."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.combo = QComboBox(self)
        for choice in (*spec.choices, CONSTANT):
            self.combo.addItem(str(choice), choice)
        self.combo.currentIndexChanged.connect(self._on_choice_changed)
        box.addWidget(self.combo)
        self.row = QWidget(self)
        lay = QHBoxLayout(self.row)
        lay.setContentsMargins(12, 0, 0, 0)
        label = QLabel(_(CONSTANT_VALUE), self.row)
        label.setProperty("role", "caption")
        self.number = QLineEdit(self.row)
        self.number.setText("0")
        self.number.setToolTip(_(CONSTANT_TIP))
        self.number.editingFinished.connect(self.committed.emit)
        lay.addWidget(label)
        lay.addWidget(self.number, 1)
        box.addWidget(self.row)
        self.layout_.addLayout(box)
        self.row.setVisible(False)

    def _on_choice_changed(self, _i: int) -> None:
        self.row.setVisible(self.combo.currentData() == CONSTANT)
        self.committed.emit()

    def set_value(self, value: Any) -> None:
        number = catalog.constant_value(value)
        key = CONSTANT if number is not None else value
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(key)))
        self.combo.blockSignals(False)
        if number is not None:
            self.number.setText(_fmt_float(number))
        self.row.setVisible(number is not None)

    def value(self) -> Any:
        choice = self.combo.currentData()
        if choice != CONSTANT:
            return choice
        try:
            number = float(self.number.text().strip())
        except ValueError:
            raise ValueError(_(ERR_NUMBER)) from None
        return {"class_name": "Constant", "config": {"value": number}}

    def frames(self) -> list[QWidget]:
        return [self.combo, self.number]


class _LayerEditor(_ValueEditor):
    """A wrapped layer (e.g. the LSTM inside Bidirectional): its type and its own form."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        for name in spec.choices:
            self.combo.addItem(name, name)
        self.combo.currentIndexChanged.connect(self._on_type_changed)
        self.frame = QFrame(self)
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(8, 4, 4, 4)
        self.form: ParamForm | None = None
        box.addWidget(self.combo)
        box.addWidget(self.frame)
        self.layout_.addLayout(box)
        self._type: str | None = None

    def _build(self, type_name: str, params: Mapping[str, Any]) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        self._type = type_name
        kind = catalog.get(type_name)
        self.form = ParamForm(kind.params, self.frame, nested=True)
        self.form.set_values(kind.resolve(params))
        self.form.value_committed.connect(lambda _n, _v: self.committed.emit())
        self.frame.layout().addWidget(self.form)

    def _on_type_changed(self, _i: int) -> None:
        new = self.combo.currentData()
        keep = {}
        if self.form is not None:
            try:
                old = self.form.values()
            except ValueError:
                old = {}
            names = catalog.get(new).param_map
            keep = {k: v for k, v in old.items() if k in names}
        self._build(new, keep)
        self.committed.emit()

    def set_value(self, value: Any) -> None:
        if not isinstance(value, Mapping) or value.get("type") not in self.spec.choices:
            value = {"type": self.spec.choices[0] if self.spec.choices else "Dense", "params": {}}
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value["type"])))
        self.combo.blockSignals(False)
        if self._type != value["type"] or self.form is None:
            self._build(value["type"], value.get("params") or {})
        else:
            self.form.set_values(catalog.get(value["type"]).resolve(value.get("params") or {}))

    def value(self) -> Any:
        """Type plus the params that differ from that layer's defaults (as a file would hold them)."""
        values = self.form.values() if self.form else {}
        specs = catalog.get(self._type).param_map
        params = {k: v for k, v in values.items()
                  if k not in specs or not _same(specs[k].as_tuple(v), specs[k].as_tuple(specs[k].default))}
        return {"type": self._type, "params": params}

    def frames(self) -> list[QWidget]:
        return [self.combo]


_EDITORS = {
    "int": _IntEditor,
    "float": _FloatEditor,
    "bool": _BoolEditor,
    "choice": _ChoiceEditor,
    "str": _StrEditor,
    "ints": _IntsEditor,
    "shape": _ShapeEditor,
    "floats": _FloatsEditor,
    "regularizer": _RegularizerEditor,
    "layer": _LayerEditor,
}


def editor_for(spec: ParamSpec, parent: QWidget | None = None) -> _ValueEditor:
    """The editor widget for ``spec``'s kind."""
    if spec.kind == "int" and (spec.nullable or spec.default is None):
        return _NullableIntEditor(spec, parent)
    if spec.kind == "choice" and spec.constant_ok:
        return _InitializerEditor(spec, parent)
    return _EDITORS.get(spec.kind, _StrEditor)(spec, parent)


# ====================================================================== form
class ParamRow(QWidget):
    """Name, editor, inline error and a grey help caption for one parameter."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.label = QLabel(spec.name, self)
        self.label.setProperty("role", "heading")
        self.editor = editor_for(spec, self)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        help_text = tr("catalog", spec.help)  # the catalog's context (packaging/i18n_catalog.py)
        self.caption = QLabel(help_text, self)
        self.caption.setProperty("role", "caption")
        self.caption.setWordWrap(True)
        small = self.caption.font()
        small.setPointSizeF(max(small.pointSizeF() - 1, 7.5))
        self.caption.setFont(small)
        self.setToolTip(help_text)
        if spec.kind != "bool":
            lay.addWidget(self.label)
        else:
            self.label.hide()  # the check box carries the name
        lay.addWidget(self.editor)
        lay.addWidget(self.error)
        lay.addWidget(self.caption)

    def show_error(self, text: str | None) -> None:
        """Red frame plus message under the field, or clear both."""
        self.editor.set_invalid(bool(text))
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        """The message shown under the field ('' when the value is fine)."""
        return self.error.text() if not self.error.isHidden() else ""


class ParamForm(QWidget):
    """All rows for a list of specs; emits ``value_committed(name, value)`` for good values."""

    value_committed = Signal(str, object)

    def __init__(self, specs: tuple[ParamSpec, ...], parent: QWidget | None = None,
                 nested: bool = False) -> None:
        super().__init__(parent)
        self.rows: dict[str, ParamRow] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10 if not nested else 6)
        for spec in specs:
            row = ParamRow(spec, self)
            row.editor.committed.connect(lambda name=spec.name: self._on_committed(name))
            self.rows[spec.name] = row
            lay.addWidget(row)

    def set_values(self, values: Mapping[str, Any], problems: Mapping[str, str] | None = None) -> None:
        """Show ``values`` (no commits) and the model's own problems with them."""
        problems = problems or {}
        for name, row in self.rows.items():
            row.editor.set_value(values.get(name, row.spec.default))
            problem = problems.get(name)
            row.show_error(_sentence(problem) if problem else None)

    def values(self) -> dict[str, Any]:
        """Every value, or ``ValueError`` if one does not parse or check out."""
        out = {}
        for name, row in self.rows.items():
            value = row.editor.value()
            problem = row.spec.check(value)
            if problem:
                raise ValueError(problem)
            out[name] = value
        return out

    def _on_committed(self, name: str) -> None:
        row = self.rows[name]
        try:
            value = row.editor.value()
        except ValueError as err:
            row.show_error(str(err))
            return
        problem = row.spec.check(value)
        if problem:
            row.show_error(_sentence(problem))
            return
        row.show_error(None)
        self.value_committed.emit(name, value)


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[0].upper() + text[1:]).rstrip(".") + "." if text else text


# ====================================================================== panel
class PropertiesPanel(QWidget):
    """Settings of the one selected layer, with its teaching text and output shape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = None
        self._graph = None
        self._analysis = None
        self.node_id: str | None = None
        self.form: ParamForm | None = None

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.id_label = QLabel(self)
        self.id_label.setProperty("role", "caption")
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shape_label = QLabel(self)
        self.shape_label.setWordWrap(True)
        self.shape_label.setToolTip(tr("core.shapes_text", BATCH_NOTE))
        self.teach = QLabel(self)
        self.teach.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.placeholder = QLabel(_(EMPTY_TEXT), self)
        self.placeholder.setProperty("role", "caption")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(10, 10, 10, 10)
        self.body_layout.setSpacing(6)
        for w in (self.placeholder, self.title, self.id_label, self.teach, self.shape_label, self.problems):
            self.body_layout.addWidget(w)
        line = QFrame(self.body)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.rule = line
        self.body_layout.addWidget(line)
        self.no_params = QLabel(_(NO_PARAMS), self.body)
        self.no_params.setProperty("role", "caption")
        self.body_layout.addWidget(self.no_params)
        self.form_holder = QVBoxLayout()
        self.body_layout.addLayout(self.form_holder)
        self.body_layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_header(False)

    # ------------------------------------------------------------------ API
    def set_editor(self, editor) -> None:
        """Edits are pushed on ``editor.undo_stack``; selection follows the editor."""
        self._editor = editor
        editor.selection_changed.connect(self._on_selection_changed)
        editor.analysis_changed.connect(self.set_analysis)

    def set_project(self, project) -> None:
        """Follow ``project.graph`` (events keep the form in step with undo/redo)."""
        if self._graph is not None:
            self._graph.events.disconnect("params_changed", self._on_params_changed)
            self._graph.events.disconnect("node_removed", self._on_node_removed)
            self._graph.events.disconnect("reset", self._on_reset)
        self._graph = project.graph
        self._graph.events.connect("params_changed", self._on_params_changed)
        self._graph.events.connect("node_removed", self._on_node_removed)
        self._graph.events.connect("reset", self._on_reset)
        self.show_node(None)

    def set_analysis(self, analysis) -> None:
        """Refresh the output shape, parameter count and problems lines."""
        self._analysis = analysis
        self._update_info()

    def show_node(self, node_id: str | None, count: int | None = None) -> None:
        """Build the form for ``node_id`` (``None`` shows the hint)."""
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        node = None
        if node_id is not None and self._graph is not None and node_id in self._graph:
            node = self._graph.node(node_id)
        self.node_id = node.id if node else None
        if node is None:
            self.placeholder.setText(_(MANY_TEXT).format(n=count) if count and count > 1 else _(EMPTY_TEXT))
            self._show_header(False)
            return
        kind = node.kind
        if self._editor is not None:
            self._analysis = self._editor.analysis
        self.title.setText(kind.name)
        self.id_label.setText(_(ID_TEXT).format(id=node.id))
        self.teach.setText(kind.teach_for(node.params))
        self.form = ParamForm(kind.params, self.body)
        self.form.set_values(kind.resolve(node.params), kind.check_params(node.params))
        self.form.value_committed.connect(self._on_value_committed)
        self.form_holder.addWidget(self.form)
        self._show_header(True, has_params=bool(kind.params))
        self._update_info()

    def row(self, name: str) -> ParamRow:
        """The form row of parameter ``name`` (for tests and tours)."""
        return self.form.rows[name]

    # -------------------------------------------------------------- internals
    def _show_header(self, shown: bool, has_params: bool = True) -> None:
        for w in (self.title, self.id_label, self.teach, self.shape_label, self.rule):
            w.setVisible(shown)
        self.placeholder.setVisible(not shown)
        self.no_params.setVisible(shown and not has_params)
        if not shown:
            self.problems.hide()

    def _update_info(self) -> None:
        if self.node_id is None:
            return
        info = self._analysis.nodes.get(self.node_id) if self._analysis is not None else None
        if info is not None and info.shape is not None:
            self.shape_label.setText(_(SHAPE_TEXT).format(shape=shape_text(info.shape, batch=True),
                                                       params=f"{info.params:,}"))
        else:
            self.shape_label.setText(_(SHAPE_UNKNOWN) if self._analysis is not None else "")
        diags = self._analysis.for_node(self.node_id) if self._analysis is not None else []
        self.problems.setText("\n".join(d.text for d in diags))
        self.problems.setVisible(bool(diags))

    def _on_value_committed(self, name: str, value: Any) -> None:
        if self._graph is None or self.node_id is None or self.node_id not in self._graph:
            return
        node = self._graph.node(self.node_id)
        spec = node.kind.param_map.get(name)
        old = node.params.get(name, spec.default if spec else None)
        if spec is not None and _same(_canonical(spec, old), _canonical(spec, value)):
            return  # e.g. kernel_size 3 shown as [3]: nothing changed
        command = SetParamsCommand(self._graph, self.node_id, {name: copy.deepcopy(value)})
        if self._editor is not None:
            self._editor.undo_stack.push(command)
            self._editor.scene.flush()
        else:
            command.redo()
        if command.error is not None and self.form is not None:  # the model refused the edit
            self.form.rows[name].show_error(command.error.text)

    def _on_selection_changed(self, ids: list) -> None:
        ids = list(ids)
        target = ids[0] if len(ids) == 1 else None
        if target != self.node_id or target is None:
            self.show_node(target, count=len(ids))

    def _on_params_changed(self, node_id: str, params: Mapping[str, Any]) -> None:
        if node_id != self.node_id or self.form is None:
            return
        kind = self._graph.node(node_id).kind
        self.form.set_values(kind.resolve(params), kind.check_params(params))
        self.teach.setText(kind.teach_for(params))  # e.g. a pretrained base's preprocessing and weights

    def _on_node_removed(self, node) -> None:
        if node.id == self.node_id:
            self.show_node(None)

    def _on_reset(self) -> None:
        self.show_node(None)
