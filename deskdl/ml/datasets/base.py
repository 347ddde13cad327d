"""What every data source shares: the errors, the types, the settings forms and the scaling of inputs.

A source module (``points2d``, ``digits``, ``keras_sets`` ...) builds its
:class:`DatasetInfo` entries from these types; :mod:`.registry` collects them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import N_, tr, translator
from deskdl.ml.datasets.script import DataCode

_ = translator("ml.datasets.base")


# ------------------------------------------------------------------ errors
class DataError(DeskdlError):
    """Data that cannot be used as it is (a bad CSV, an empty folder, a bad setting)."""

    kind = "data"


class DatasetMissing(DataError):
    """A known data set whose files are not on this computer; the message says where they go."""


class DownloadError(DataError):
    """A download that could not be done (no network, server trouble, a damaged file)."""

# ------------------------------------------------------------------ types
@dataclass(frozen=True)
class ParamInfo:
    """One setting a loader accepts, described for a form in the Data tab."""

    name: str
    kind: str  # "int", "float", "choice", "bool", "str", "path", "size"
    default: Any
    help: str
    min: float | None = None
    max: float | None = None
    choices: tuple = ()


@dataclass
class DataBundle:
    """Arrays of one data set plus what a view needs to show it.

    ``x_*`` are float32 inputs already scaled as ``scaling`` says (images keep a
    channel axis: ``(n, h, w, c)``); ``y_*`` are int64 class numbers for
    classification and float32 values for regression. ``extent`` is the plot
    range ``(xmin, xmax, ymin, ymax)`` of 2-D sets, else ``None``.
    ``vocabulary`` gives the word for each word number of a sequence set
    (``""`` for padding and the start mark), so previews can show text; it is
    empty when the words are not known.
    """

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: list[str]
    input_shape: tuple[int, ...]
    task: str  # "classification" or "regression"
    dataset_id: str = ""
    title: str = ""
    kind: str = ""
    description: str = ""
    scaling: str = ""
    extent: tuple[float, float, float, float] | None = None
    feature_names: list[str] = field(default_factory=list)
    vocabulary: list[str] = field(default_factory=list)
    #: Each picture's subgroup (a style no label names), for sets that know it: the names of the
    #: subgroups and an int array per part (``subgroups_train[i]`` indexes ``subgroup_names``).
    subgroup_names: list[str] = field(default_factory=list)
    subgroups_train: np.ndarray | None = None
    subgroups_test: np.ndarray | None = None

    @property
    def n_classes(self) -> int:
        """How many classes (0 for regression)."""
        return len(self.class_names) if self.task == "classification" else 0

    @property
    def target_size(self) -> int:
        """Values predicted per example: classes, or regression targets."""
        if self.task == "classification":
            return self.n_classes
        return 1 if self.y_train.ndim == 1 else int(self.y_train.shape[-1])

    def summary(self) -> str:
        """A few lines for the Data tab's preview: sizes, shape, classes, scaling."""
        shape = " x ".join(str(s) for s in self.input_shape)
        lines = [
            _("{title}: {train} training and {test} test examples, each of shape {shape}.").format(
                title=self.title or self.dataset_id, train=len(self.x_train), test=len(self.x_test),
                shape=shape),
        ]
        if self.task == "classification":
            counts = np.bincount(self.y_train.astype(np.int64).ravel(), minlength=self.n_classes)
            names = ", ".join(f"{n} ({c})" for n, c in zip(self.class_names[:12], counts[:12]))
            more = " ..." if self.n_classes > 12 else ""
            lines.append(_("{n} classes with training counts: {names}{more}.").format(
                n=self.n_classes, names=names, more=more))
        else:
            lines.append(_("Regression: the target ranges from {low:.3g} to {high:.3g}.").format(
                low=float(np.min(self.y_train)), high=float(np.max(self.y_train))))
        if self.scaling:
            lines.append(_("Inputs: {scaling}.").format(scaling=self.scaling))
        return "\n".join(lines)


@dataclass(frozen=True)
class DatasetInfo:
    """A registry entry: what the data set is and how to load it."""

    id: str
    title: str
    description: str
    kind: str  # "points2d", "regression2d", "image", "sequence", "table"
    task: str  # "classification", "regression"
    input_shape: tuple[int, ...] | None
    classes: tuple[str, ...]
    params: tuple[ParamInfo, ...]
    loader: Callable[[dict[str, Any]], DataBundle]
    source: str = "generated"  # "generated", "bundled", "keras", "user"
    credit: str = ""
    #: Full settings -> the script code that loads this data (:mod:`.script`); None: a script
    #: cannot load it, and the learner writes ``load_data()`` themselves.
    export: Callable[[dict[str, Any]], DataCode] | None = None
    #: The translation context of texts this entry borrows from another module (``core.bias_data``).
    text_context: str = ""

    @property
    def context(self) -> str:
        """The translation context of this entry's texts: its source module (``ml.datasets.shapes``)."""
        return self.loader.__module__.removeprefix("deskdl.")

    def shown(self, text: str) -> str:
        """``text`` (this entry's title, description or a setting's help) in the app's language.

        Each source module marks its texts with ``N_``; a text not found in the entry's own context
        is looked up in :attr:`text_context`, then in :mod:`.base`'s (the settings many sources share).
        """
        for context in (self.context, self.text_context, "ml.datasets.base"):
            out = tr(context, text) if context else text
            if out != text:
                return out
        return text

    def defaults(self) -> dict[str, Any]:
        """Every setting with its default value."""
        return {p.name: p.default for p in self.params}

    def load(self, params: Mapping[str, Any] | None = None) -> DataBundle:
        """Load with ``params`` over the defaults (raises :class:`DataError` subclasses)."""
        full = self.defaults()
        unknown = [k for k in (params or {}) if k not in full]
        if unknown:
            raise DataError(_("the data set {title} has no setting {name!r}").format(
                title=self.shown(self.title), name=unknown[0]),
                            _("use one of: {names}").format(names=", ".join(full) or _("none")))
        full.update(params or {})
        _check_params(self, full)
        bundle = self.loader(full)
        title = bundle.title or self.shown(self.title)
        return replace(bundle, dataset_id=self.id, title=title, kind=self.kind)

    @property
    def needs_files(self) -> bool:
        """True for sets that must be in the cache first: Keras's, and public texts to download."""
        return self.source in ("keras", "download")


def _check_params(info: DatasetInfo, params: Mapping[str, Any]) -> None:
    for p in info.params:
        v = params[p.name]
        bad = None
        if p.kind in ("int", "float"):
            number = isinstance(v, (int, float)) and not isinstance(v, bool)
            if not number or (p.kind == "int" and not float(v).is_integer()):
                bad = (_("{name} must be a whole number, not {value!r}") if p.kind == "int"
                       else _("{name} must be a number, not {value!r}")).format(name=p.name, value=v)
            elif (p.min is not None and v < p.min) or (p.max is not None and v > p.max):
                lo = "" if p.min is None else f"{p.min:g}"
                hi = "" if p.max is None else f"{p.max:g}"
                bad = _("{name} must be between {low} and {high}, not {value!r}").format(
                    name=p.name, low=lo or "-inf", high=hi or "inf", value=v)
        elif p.kind == "choice" and v not in p.choices:
            bad = _("{name} must be one of {choices}, not {value!r}").format(
                name=p.name, choices=", ".join(map(str, p.choices)), value=v)
        elif p.kind == "bool" and not isinstance(v, bool):
            bad = _("{name} must be true or false, not {value!r}").format(name=p.name, value=v)
        if bad:
            raise DataError(f"{info.shown(info.title)}: {bad}", info.shown(p.help))

# ------------------------------------------------------------------ scaling
SCALINGS = ("default", "none", "divide", "standardize", "minmax")
_SCALING_HELP = N_("How inputs are scaled. default: what suits this data set; none: raw values; "
                 "divide: by the largest value a pixel can have (255, or 16 for the digits), the default "
                 "for pictures, since it needs no statistics and keeps every pixel on the same scale; "
                 "standardize: mean 0 and spread 1; minmax: 0..1. For tables and points, standardize "
                 "and minmax work per feature (column); for pictures they use one mean and spread (or "
                 "one minimum and maximum) for all pixels together, so no pixel position is scaled "
                 "differently from another.")


#: Whose statistics standardize/minmax use: each feature of a table, or all pixels of a picture at once.
_STAT_SCOPE = {False: N_("each feature on its own"), True: N_("one statistic for all values together")}


def scale_inputs(x_train: np.ndarray, x_test: np.ndarray, how: str, divisor: float | None = None,
                 ) -> tuple[np.ndarray, np.ndarray, str]:
    """Scale inputs with statistics of the training part only; returns arrays and a description.

    ``divide`` divides by ``divisor`` (e.g. 255 for pixels); ``standardize`` and
    ``minmax`` work per feature (per pixel position for images would be odd, so
    images use one global mean/spread).
    """
    xt = np.asarray(x_train, dtype=np.float32)
    xs = np.asarray(x_test, dtype=np.float32)
    if how == "none":
        return xt, xs, _("raw values, not scaled")
    if how == "divide":
        d = float(divisor or 1.0)
        return xt / d, xs / d, _("divided by {d:g} (now 0..1)").format(d=d) if d != 1 else _("not scaled")
    axis = 0 if xt.ndim == 2 else None
    if how == "standardize":
        mean = xt.mean(axis=axis, keepdims=axis is not None)
        std = xt.std(axis=axis, keepdims=axis is not None)
        std = np.where(std > 1e-12, std, 1.0).astype(np.float32)
        return (xt - mean) / std, (xs - mean) / std, (
            _("standardized to mean 0, spread 1 ({scope}, from the training part)").format(
                scope=_(_STAT_SCOPE[axis is None])))
    if how == "minmax":
        lo = xt.min(axis=axis, keepdims=axis is not None)
        span = xt.max(axis=axis, keepdims=axis is not None) - lo
        span = np.where(span > 1e-12, span, 1.0).astype(np.float32)
        return (xt - lo) / span, (xs - lo) / span, (
            _("scaled to 0..1 ({scope}, from the training part)").format(scope=_(_STAT_SCOPE[axis is None])))
    raise DataError(_("unknown scaling {how!r}").format(how=how),
                    _("use one of: {names}").format(names=", ".join(SCALINGS)))


def scaled(params: Mapping[str, Any], default: str, divisor: float | None, xt, xs):
    """:func:`scale_inputs` as the ``scaling`` setting says; ``default`` is this source's own choice."""
    how = params.get("scaling", "default")
    if how == "default":
        how = default
    if how == "divide" and divisor is None:
        how = "minmax"
    return scale_inputs(xt, xs, how, divisor)

# ------------------------------------------------------------------ settings many sources share
#: Each setting's name as the Data tab's form shows it (the key stays the English ``name``).
PARAM_LABELS = {
    "samples": N_("samples"), "noise": N_("noise"), "test_fraction": N_("test fraction"), "seed": N_("seed"),
    "scaling": N_("scaling"), "blue_kept": N_("blue kept"), "shuffle_labels": N_("shuffle labels"),
    "image_size": N_("image size"), "test_samples": N_("test samples"), "rare_share": N_("rare share"),
    "maxlen": N_("maxlen"), "tunes": N_("tunes"), "seq_len": N_("seq len"), "step": N_("step"),
    "task": N_("task"), "length": N_("length"), "path": N_("path"), "max_chars": N_("max chars"),
    "max_train": N_("max train"), "max_test": N_("max test"), "num_words": N_("num words"),
    "target_column": N_("target column"), "ignore_columns": N_("ignore columns"),
    "color_mode": N_("color mode"),
}


def param_label(name: str) -> str:
    """The setting ``name`` as the form shows it, in the app's language ("test fraction")."""
    label = PARAM_LABELS.get(name)
    return _(label) if label else name.replace("_", " ")


TEST_PARAM = ParamInfo("test_fraction", "float", 0.2, N_("Share of the points kept aside as the test "
                                                         "set."), 0.05,
                       0.9)
SEED_PARAM = ParamInfo("seed", "int", 0, N_("The random seed: the same seed draws the same points."), 0,
                       2**31 - 1)
SCALING_PARAM = ParamInfo("scaling", "choice", "default", _SCALING_HELP, choices=SCALINGS)
