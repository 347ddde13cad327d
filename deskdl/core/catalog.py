"""The declarative layer catalog: one :class:`LayerKind` per supported Keras layer.

Adding a layer kind means one catalog entry (in a ``deskdl.core.layers``
module) with its shape function, and its parity test. Nothing else changes:
the editor, the properties panel, validation, analysis, the Keras builder and
the code exporter all read these entries.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from deskdl.core.errors import ParamError, UnknownLayerError
from deskdl.core.i18n import N_, translator

#: Every text of the catalog is in one translation context (packaging/i18n_catalog.py finds them).
_ = translator("catalog")

#: A tensor shape *with* its batch dimension first, exactly as Keras reports it,
#: e.g. ``(None, 28, 28, 1)``. ``None`` marks an unknown size.
Shape = tuple


class Inferred(NamedTuple):
    """What a shape function returns for one layer."""

    shape: Shape
    trainable: int = 0
    non_trainable: int = 0


@dataclass(frozen=True)
class FixAction:
    """A one-click repair the editor can apply.

    ``op`` is ``"insert_before"`` (put a new layer between input slot
    ``slot`` of ``node_id`` and whatever feeds it) or ``"set_param"``
    (set ``params`` on ``node_id``).
    """

    label: str
    op: str
    node_id: str | None = None
    layer: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    slot: int = 0


#: Parameter kinds understood by the properties panel and by validation.
PARAM_KINDS = (
    "int",  # whole number, optional min/max
    "float",  # real number, optional min/max
    "bool",
    "choice",  # one of ``choices``
    "str",
    "ints",  # tuple of ints; ``length`` fixed (a single int is also accepted if scalar_ok;
    #          with per_side also ``length`` [before, after] pairs, as Keras's ((top, bottom), (left, right)))
    "shape",  # list of positive ints or None (Input shape, Reshape target)
    "floats",  # list of numbers (Normalization's mean and variance per channel)
    "regularizer",  # None, "l1"/"l2"/"l1_l2", or {"class_name": ..., "config": {...}}
    "layer",  # a wrapped layer: {"type": ..., "params": {...}}
)


@dataclass(frozen=True)
class ParamSpec:
    """One constructor argument of a Keras layer, named as Keras names it."""

    name: str
    kind: str
    default: Any
    help: str
    min: float | None = None
    max: float | None = None
    choices: tuple = ()
    length: int | None = None
    scalar_ok: bool = False
    nullable: bool = False
    min_exclusive: bool = False
    #: ``ints`` only: each axis may also be a ``[before, after]`` pair (per-side padding and cropping).
    per_side: bool = False
    #: ``choice`` of an initializer only: ``{"class_name": "Constant", "config": {"value": x}}`` is allowed
    #: too (every weight or bias starts at the one number x; see :func:`constant_value`).
    constant_ok: bool = False

    def check(self, value: Any) -> str | None:
        """Return a plain-words problem with ``value``, or ``None`` if it is fine."""
        if value is None:
            if self.nullable or self.default is None:
                return None
            return _("{name} needs a value").format(name=self.name)
        kind = self.kind
        if kind == "bool":
            if isinstance(value, bool):
                return None
            return _("{name} must be true or false").format(name=self.name)
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                return _("{name} must be a whole number, not {value}").format(name=self.name,
                                                                               value=repr(value))
            return self._check_bounds(value)
        if kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return _("{name} must be a number, not {value}").format(name=self.name, value=repr(value))
            if not math.isfinite(value):
                return _("{name} must be a finite number").format(name=self.name)
            return self._check_bounds(value)
        if kind == "choice":
            if self.constant_ok and isinstance(value, Mapping):
                return _check_constant(self.name, value)
            if value not in self.choices:
                options = ", ".join(repr(c) for c in self.choices)
                return _("{name} must be one of {options}, not {value}").format(
                    name=self.name, options=options, value=repr(value))
            return None
        if kind == "str":
            return None if isinstance(value, str) else _("{name} must be text").format(name=self.name)
        if kind == "ints":
            return self._check_ints(value)
        if kind == "shape":
            return self._check_shape(value)
        if kind == "floats":
            return self._check_floats(value)
        if kind == "regularizer":
            return _check_regularizer(self.name, value)
        if kind == "layer":
            return _check_wrapped(self, value)
        raise ValueError(f"unknown parameter kind {kind!r}")  # pragma: no cover - catalog bug

    def _check_bounds(self, value: float) -> str | None:
        if self.min is not None:
            if self.min_exclusive and value <= self.min:
                return _("{name} must be greater than {min}, not {value}").format(
                    name=self.name, min=num(self.min), value=num(value))
            if not self.min_exclusive and value < self.min:
                return _("{name} must be at least {min}, not {value}").format(
                    name=self.name, min=num(self.min), value=num(value))
        if self.max is not None and value > self.max:
            return _("{name} must be at most {max}, not {value}").format(
                name=self.name, max=num(self.max), value=num(value))
        return None

    def _check_ints(self, value: Any) -> str | None:
        if isinstance(value, int) and not isinstance(value, bool):
            if not self.scalar_ok:
                if self.length is None:
                    return _("{name} must be a list of whole numbers").format(name=self.name)
                return _("{name} must be a list of {n} whole numbers").format(name=self.name, n=self.length)
            values = [value]
        elif isinstance(value, (list, tuple)) and self.per_side and any(isinstance(v, (list, tuple))
                                                                        for v in value):
            if len(value) != self.length or not all(isinstance(v, (list, tuple)) and len(v) == 2
                                                    for v in value):
                return _("{name} per side must be {n} pairs [before, after], one per axis, e.g. {example}, "
                         "not {value}").format(name=self.name, n=self.length,
                                               example=[[1, 2]] * (self.length or 1), value=repr(list(value)))
            values = [x for pair in value for x in pair]
        elif isinstance(value, (list, tuple)):
            values = list(value)
            if self.length is not None and len(values) != self.length:
                return _("{name} must have {n} values, not {given}").format(
                    name=self.name, n=self.length, given=len(values))
        else:
            return _("{name} must be a whole number or a list of them, not {value}").format(
                name=self.name, value=repr(value))
        for v in values:
            if isinstance(v, bool) or not isinstance(v, int):
                return _("{name} must contain whole numbers only, not {value}").format(
                    name=self.name, value=repr(v))
            problem = self._check_bounds(v)
            if problem:
                return problem
        return None

    def _check_shape(self, value: Any) -> str | None:
        if not isinstance(value, (list, tuple)) or len(value) == 0:
            return _("{name} must be a list of sizes such as [28, 28, 1]").format(name=self.name)
        for v in value:
            if v is None and self.nullable:
                continue
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                if v == -1 and self.min == -1:
                    continue
                return _("every size in {name} must be a positive whole number, not {value}").format(
                    name=self.name, value=repr(v))
        return None

    def _check_floats(self, value: Any) -> str | None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = [value]
        if not isinstance(value, (list, tuple)) or len(value) == 0:
            return _("{name} must be a number or a list of numbers such as [0.5, 0.4, 0.4]").format(
                name=self.name)
        for v in value:
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                return _("every value in {name} must be a finite number, not {value}").format(
                    name=self.name, value=repr(v))
            problem = self._check_bounds(v)
            if problem:
                return problem
        return None

    def sides(self, value: Any) -> tuple[tuple[int, int], ...]:
        """A ``per_side`` value as ``length`` (before, after) pairs: 1 -> ((1, 1), (1, 1))."""
        if isinstance(value, int):
            return ((value, value),) * (self.length or 1)
        return tuple((v[0], v[1]) if isinstance(v, (list, tuple)) else (v, v) for v in value)

    def as_tuple(self, value: Any) -> Any:
        """Normalise an ``ints`` value to a tuple of ``length`` (Keras does the same)."""
        if self.kind == "ints" and isinstance(value, int) and self.length:
            return (value,) * self.length
        if isinstance(value, list):
            return tuple(value)
        return value


def num(value: float) -> str:
    """A number as a learner reads it: ``1,000,000`` rather than ``1e+06``, ``0.001`` as is."""
    if isinstance(value, (int, float)) and float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:g}"


REGULARIZER_NAMES = {"l1": "L1", "l2": "L2", "l1_l2": "L1L2"}


def _check_regularizer(name: str, value: Any) -> str | None:
    if isinstance(value, str):
        return None if value in REGULARIZER_NAMES else _("{name} must be l1, l2 or l1_l2").format(name=name)
    if isinstance(value, Mapping):
        cls = value.get("class_name")
        cfg = value.get("config", {})
        if cls not in REGULARIZER_NAMES.values() or not isinstance(cfg, Mapping):
            return _("{name} must name L1, L2 or L1L2 with its factors").format(name=name)
        for key, factor in cfg.items():
            if key not in ("l1", "l2"):
                return _("{name} has an unknown factor {key}").format(name=name, key=repr(key))
            if isinstance(factor, bool) or not isinstance(factor, (int, float)) or factor < 0:
                return _("{name} factor {key} must be a number of at least 0").format(name=name, key=key)
        return None
    return _("{name} must be none, l1, l2 or l1_l2").format(name=name)


def constant_value(value: Any) -> float | None:
    """The x of a constant initializer ``{"class_name": "Constant", "config": {"value": x}}``, else None."""
    if isinstance(value, Mapping) and value.get("class_name") == "Constant":
        cfg = value.get("config")
        number = cfg.get("value", 0.0) if isinstance(cfg, Mapping) else None
        if isinstance(number, (int, float)) and not isinstance(number, bool) and math.isfinite(number):
            return float(number)
    return None


def _check_constant(name: str, value: Mapping) -> str | None:
    if constant_value(value) is None:
        return _("{name} must be an initializer's name or a constant, e.g. "
                 "{{'class_name': 'Constant', 'config': {{'value': -1.0}}}}").format(name=name)
    return None


def _check_wrapped(spec: ParamSpec, value: Any) -> str | None:
    if not isinstance(value, Mapping) or "type" not in value:
        return _("{name} must name the wrapped layer, e.g. {{'type': 'LSTM', 'params': {{...}}}}").format(
            name=spec.name)
    if value["type"] not in spec.choices:
        allowed = ", ".join(spec.choices)
        return _("{name} can wrap {allowed}, not {value}").format(name=spec.name, allowed=allowed,
                                                                   value=repr(value["type"]))
    inner = get(value["type"])
    problems = inner.check_params(value.get("params") or {})
    if problems:
        key, text = next(iter(problems.items()))
        return _("wrapped {layer}: {problem}").format(layer=value["type"], problem=text)
    return None


InferFn = Callable[[Mapping[str, Any], Sequence[Shape]], Inferred]


class Note(NamedTuple):
    """A warning about inputs that Keras accepts but a learner rarely means (e.g. Dense on an image)."""

    message: str
    fix: str = ""
    action: FixAction | None = None


#: Optional second look at valid inputs: returns warnings, never raises.
AdviseFn = Callable[[Mapping[str, Any], Sequence[Shape]], Sequence[Note]]


@dataclass(frozen=True)
class LayerKind:
    """Everything deskdl knows about one Keras layer class."""

    name: str
    category: str
    params: tuple[ParamSpec, ...]
    infer: InferFn
    teach: str
    min_inputs: int = 1
    max_inputs: int | None = 1
    input_names: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    custom: bool = False
    advise: AdviseFn | None = None
    #: Optional more teaching text that depends on the settings (e.g. a pretrained base's preprocessing).
    detail: Callable[[Mapping[str, Any]], str] | None = None

    @functools.cached_property
    def param_map(self) -> dict[str, ParamSpec]:
        """Parameter specs keyed by name."""
        return {p.name: p for p in self.params}

    def teach_for(self, params: Mapping[str, Any] | None) -> str:
        """The teaching text, then what this layer's settings add (``detail``), in the chosen language."""
        teach = _(self.teach)
        if self.detail is None:
            return teach
        more = self.detail(self.resolve(params))
        return f"{teach}\n\n{more}" if more else teach

    def defaults(self) -> dict[str, Any]:
        """A fresh dict of every parameter at its default."""
        return {p.name: _copy(p.default) for p in self.params}

    def resolve(self, params: Mapping[str, Any] | None) -> dict[str, Any]:
        """Defaults overlaid with ``params`` (unknown keys are kept for diagnostics)."""
        full = {p.name: p.default for p in self.params}  # shape functions only read it
        full.update(params or {})
        return full

    def check_params(self, params: Mapping[str, Any]) -> dict[str, str]:
        """Map each bad parameter name to a plain-words problem; empty when all is well."""
        problems: dict[str, str] = {}
        specs = self.param_map
        for key in params:
            if key not in specs:
                known = ", ".join(specs) or "none"
                problems[key] = _("{layer} has no parameter {key} (it takes: {known})").format(
                    layer=self.name, key=repr(key), known=known)
        for spec in self.params:
            value = params.get(spec.name, spec.default)
            problem = spec.check(value)
            if problem:
                problems[spec.name] = problem
        return problems

    def arity_text(self, translated: bool = False) -> str:
        """How many inputs this layer takes, in words.

        In the chosen language if ``translated`` (the palette); the graph's English sentences
        embed the English form.
        """
        t = _ if translated else str
        if self.max_inputs is None:
            return t(_ARITY_OR_MORE).format(n=self.min_inputs)
        if self.min_inputs == self.max_inputs:
            return t(_ARITY_ONE) if self.min_inputs == 1 else t(_ARITY_N).format(n=self.min_inputs)
        return t(_ARITY_RANGE).format(low=self.min_inputs, high=self.max_inputs)


_ARITY_OR_MORE = N_("{n} or more inputs")
_ARITY_ONE = N_("1 input")
_ARITY_N = N_("{n} inputs")
_ARITY_RANGE = N_("{low} to {high} inputs")


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


_REGISTRY: dict[str, LayerKind] = {}

#: Category order for the palette.
CATEGORIES = ("Core", "Convolution", "Pooling", "Sequence", "Merge", "Preprocessing", "Generative",
              "Pretrained")


def register(kind: LayerKind) -> LayerKind:
    """Add ``kind`` to the catalog (module-level calls in ``deskdl.core.layers``)."""
    if kind.name in _REGISTRY:
        raise ValueError(f"layer {kind.name} registered twice")
    _REGISTRY[kind.name] = kind
    return kind


def _ensure_loaded() -> None:
    if not _REGISTRY:
        import deskdl.core.layers  # noqa: F401  (registers every entry)


def get(name: str) -> LayerKind:
    """The catalog entry for Keras class ``name``, or :class:`UnknownLayerError`."""
    _ensure_loaded()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownLayerError(
            _("deskdl does not know a layer called {name}").format(name=repr(name)),
            _("pick a layer from the palette, or check the spelling of 'type'"),
        ) from None


def has(name: str) -> bool:
    """Whether the catalog knows ``name``."""
    _ensure_loaded()
    return name in _REGISTRY


def all_kinds() -> list[LayerKind]:
    """Every entry, grouped by category in palette order."""
    _ensure_loaded()
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return sorted(_REGISTRY.values(), key=lambda k: (order.get(k.category, 99),))


def check_param(kind: str, name: str, value: Any) -> None:
    """Raise :class:`ParamError` when ``value`` does not suit parameter ``name``."""
    spec = get(kind).param_map.get(name)
    if spec is None:
        raise ParamError(_("{layer} has no parameter {key}").format(layer=kind, key=repr(name)))
    problem = spec.check(value)
    if problem:
        raise ParamError(problem, _(spec.help))
