"""Live training curves: loss, each metric and the learning rate, several runs overlaid.

Follows DESIGN.md §5: every curve item and pen is made once per run, data
lives in :class:`GrowingSeries` buffers, plots clip to view and downsample
with ``'peak'``, and a ~10 fps :class:`QTimer` pushes data into items only for
series that changed since the last frame.
Non-finite values are stored as NaN (the finite check stays on), drawn as a
gap, and marked with a red line.

Ranges. pyqtgraph's own auto-range refits every plot on every frame, and each
refit re-ticks the axes and relinks the shared x axis: most of the GUI
thread's time while training. Instead the plots *follow* the data here: the
x axis spans the planned epochs of the visible runs from the start (the curve
grows into a fixed frame, and the learner sees how far the run has come), and
a y range only changes when the data leave it or fill under half of it, with
room to spare, so a falling loss re-ticks its axis a handful of times per run.
Zooming or panning with the mouse stops the following for that plot (and the
shared x axis); the small "A" button in a plot's corner resumes it.

Which plots. A kind shows the plots it has (:meth:`TrainingCurves.set_kind_plots`,
from :mod:`deskdl.qt.kinds`): a GAN has no ``loss`` (its losses are ``d_loss`` and
``g_loss``), an agent's return is drawn by its own view. The plots a run will
fill are made together when it starts (:meth:`TrainingCurves.ensure_plots`): each
new plot re-lays out the whole column, which cost ~100 ms a plot when the first
values of a new metric arrived one by one.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskdl.core.i18n import N_, translator
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed
from deskdl.qt.train.buffers import GrowingSeries
from deskdl.qt.train.texts import LEGEND, shown

_ = translator("qt.train.curves")

#: Distinct, colour-blind-friendly colours for overlaid runs (Okabe–Ito + extras).
RUN_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#332288", "#999933")

#: Samples per pixel column before auto-downsampling starts (pyqtgraph's default is 5). With
#: ``'peak'`` each bin still keeps its min and max, so 2 draws every spike, and the paint of
#: three runs x 10k batch points drops from ~50 ms to ~15 ms (bench_gui_training, part b).
AUTO_DOWNSAMPLE_FACTOR = 2.0

#: Epoch curves drop their point markers beyond this many points (markers are redrawn one by one).
SYMBOL_LIMIT = 40
#: Extra room, as a share of the data's span, left beyond the data when a y range grows.
Y_HEADROOM = 0.15

#: Log keys that are bookkeeping, not curves.
_NOT_CURVES = frozenset({"batch", "size", "learning_rate", "partial_epoch", "epoch", "running_mean"})

_PRETTY = {"loss": N_("Loss"), "accuracy": N_("Accuracy"), "mae": N_("Mean absolute error"),
           "mse": N_("Mean squared error"),
           "lr": N_("Learning rate"),
           # a character model's (deskdl.ml.trainers.charlm): the loss in bits, not nats
           "bpc": N_("Bits per character (the loss / ln 2)"),
           # a GAN's (deskdl.ml.trainers.gan)
           "d_loss": N_("Discriminator loss"), "g_loss": N_("Generator loss"),
           "d_real": N_("D(real): the discriminator's answer for real samples"),
           "d_fake": N_("D(fake): its answer for generated samples"), "variety": N_("Variety of the samples"),
           # a VAE's (deskdl.ml.trainers.vae): the loss is reconstruction + beta x kl
           "kl": N_("KL divergence of the codes from N(0, 1)"), "reconstruction": N_("Reconstruction loss"),
           # a debiasing run's (ml.trainers.debias); its loss and accuracy: the classifier without weights
           "vae_loss": N_("VAE loss (rebuilding + beta x KL)"),
           "weighted_loss": N_("Loss with the VAE's weights"),
           "weighted_accuracy": N_("Accuracy with the VAE's weights"),
           # an agent's (deskdl.ml.rl): the same words the fallback below made before they were translated
           "length": N_("Length"), "epsilon": N_("Epsilon"), "buffer_fill": N_("Buffer fill"),
           "entropy": N_("Entropy"), "value_loss": N_("Value loss")}


def pretty(name: str) -> str:
    """A readable plot title for a metric key."""
    title = _PRETTY.get(name)
    return _(title) if title else name.replace("_", " ").capitalize()


#: The shared x axis, named by the kind's outer unit.
_X_LABELS = {"epoch": N_("epoch"), "episode": N_("episode")}


def _x_label(unit: str) -> str:
    label = _X_LABELS.get(unit, unit)
    return _(label)


@dataclass
class _Curve:
    series: GrowingSeries
    item: pg.PlotDataItem
    kind: str
    drawn: int = -1
    counted: int = 0  # points already folded into lo / hi
    lo: float = math.inf
    hi: float = -math.inf

    def update_bounds(self) -> None:
        """Fold the points added since the last call into the finite min / max."""
        n = len(self.series)
        if n < self.counted:  # cleared: start over
            self.counted, self.lo, self.hi = 0, math.inf, -math.inf
        if n == self.counted:
            return
        new = self.series.y[self.counted:]
        new = new[np.isfinite(new)]
        if len(new):
            self.lo = min(self.lo, float(new.min()))
            self.hi = max(self.hi, float(new.max()))
        self.counted = n


#: How each kind of curve is named in a saved CSV.
_CSV_KIND = {"batch": "batch running mean", "train": "training", "val": "validation", "lr": "learning rate"}


@dataclass
class _RunCurves:
    color: QColor
    pens: dict[str, object]
    curves: dict[tuple[str, str], _Curve] = field(default_factory=dict)
    visible: bool = True
    nan_lines: list[pg.InfiniteLine] = field(default_factory=list)
    nan_seen: bool = False
    epochs: float = 0.0  # planned epochs (0: not known)


#: Plots (besides the learning rate) that still go one above another; more go two to a row.
TWO_COLUMNS_ABOVE = 3


class TrainingCurves(QWidget):
    """Plots of loss / metrics / learning rate for any number of runs.

    Signals:
        nan_detected(run_id, epoch): the first non-finite loss value of a run.
    """

    nan_detected = Signal(str, float)

    FPS = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout_widget = themed(pg.GraphicsLayoutWidget())
        self._layout_widget.ci.setSpacing(4)
        self._layout_widget.ci.setContentsMargins(2, 2, 2, 2)  # the plots get the width (issue 10)
        self.export_button = add_export_button(self._layout_widget, "training-curves")
        self._legend = QLabel(shown(LEGEND))
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._legend)
        box.addWidget(self._layout_widget, 1)
        self._plots: dict[str, pg.PlotItem] = {}
        self._runs: dict[str, _RunCurves] = {}
        self._dirty = False
        # Following the data (see the module docstring): the shared x axis, and each plot's y axis.
        self._follow_x = True
        self._follow_y: dict[str, bool] = {}
        self._set_x: tuple[float, float] | None = None
        self._set_y: dict[str, tuple[float, float]] = {}
        self._ranges_stale = False
        #: The plots shown before any run (the kind's own), in order; and keys a kind's view draws itself.
        self._base: tuple[str, ...] = ("loss", "lr")
        self._skip: frozenset[str] = frozenset()
        self._x_label = "epoch"  # the kind's outer unit ("episode" for an agent)
        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / self.FPS))
        self._timer.timeout.connect(self._on_frame)
        self._timer.start()
        self.frames_drawn = 0
        self.ensure_plots(self._base)

    # ------------------------------------------------------------------ plots
    def set_kind_plots(self, base: Iterable[str] = ("loss", "lr"), skip: Iterable[str] = ()) -> None:
        """The plots a project's kind shows before any run (``base``, in order), and the keys not plotted.

        ``skip``: values the kind's own view draws (an agent's return and its average). Plots of
        another kind that no run fills any more go.
        """
        self._base = tuple(n for n in base if n not in skip)
        self._skip = frozenset(skip)
        filled = {m for r in self._runs.values() for (m, _k) in r.curves}
        gone = [n for n in self._plots if n not in self._base and n not in filled]
        for name in gone:
            self._drop_plot(name)
        self.ensure_plots(self._base, relayout=bool(gone))

    def set_legend(self, text: str) -> None:
        """The line above the plots that says what each line style means (the kind's own)."""
        if text != self._legend.text():
            self._legend.setText(text)

    def set_x_label(self, unit: str) -> None:
        """Name the shared x axis by the kind's outer unit: "epoch", or "episode" for an agent."""
        if unit != self._x_label:
            self._x_label = unit
            for plot in self._plots.values():
                plot.setLabel("bottom", _x_label(unit))

    def ensure_plots(self, names: Iterable[str], relayout: bool = False) -> None:
        """Make the plots for ``names`` (metric keys) that do not exist yet, with one re-layout."""
        new = [n for n in dict.fromkeys(_plot_name(k) for k in names) if n and n not in self._skip
               and n not in self._plots]
        for name in new:
            self._ensure_plot(name, relayout=False)
        if new or relayout:
            self._relayout()

    def _drop_plot(self, name: str) -> None:
        plot = self._plots.pop(name)
        self._follow_y.pop(name, None)
        self._set_y.pop(name, None)
        plot.setXLink(None)

    def _ensure_plot(self, name: str, relayout: bool = True) -> pg.PlotItem:
        plot = self._plots.get(name)
        if plot is not None:
            return plot
        plot = pg.PlotItem(title=pretty(name))
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        # No grid: axis grids are replayed as QPictures on every frame and cost more than the curves.
        plot.setLabel("bottom", _x_label(self._x_label))
        plot.setMenuEnabled(True)
        vb = plot.getViewBox()
        vb.setMouseEnabled(x=True, y=True)
        vb.disableAutoRange()  # the plots follow the data cheaply instead (module docstring)
        # A weak reference: a lambda holding ``self`` made a cycle (curves -> plot -> lambda -> curves) that
        # Qt's clean-up at exit broke in the middle of deleting the plots' scene: a segmentation fault.
        me = weakref.ref(self)
        plot.sigRangeChangedManually.connect(
            lambda _mask, n=name, me=me: me() is not None and me()._on_manual_range(n))
        self._follow_y[name] = True
        plot.setMinimumHeight(90 if name == "lr" else 120)
        plot.getAxis("left").setWidth(52)
        if name == "lr":
            plot.getAxis("left").enableAutoSIPrefix(False)
        self._plots[name] = plot
        if relayout:
            self._relayout()
        return plot

    def _lead(self) -> pg.PlotItem | None:
        """The top plot: the others share its x axis, and it is the one whose x range is set."""
        names = self.plot_names()
        return self._plots[names[0]] if names else None

    def _relayout(self) -> None:
        ci = self._layout_widget.ci
        ci.clear()
        names = self.plot_names()
        main = [n for n in names if n != "lr"]
        # More than 3 plots (an agent's length, loss, entropy, value loss...) go two to a row: one above
        # another they were 70 pixels tall at 1280x720, and a 5th was cut off at the bottom.
        cols = 2 if len(main) > TWO_COLUMNS_ABOVE else 1
        for i, name in enumerate(main):
            ci.addItem(self._plots[name], row=i // cols, col=i % cols)
            ci.layout.setRowStretchFactor(i // cols, 3)
        if "lr" in names:
            row = (len(main) + cols - 1) // cols
            ci.addItem(self._plots["lr"], row=row, col=0, colspan=cols)
            ci.layout.setRowStretchFactor(row, 1)
        lead = self._lead()
        for plot in self._plots.values():
            plot.setXLink(None if plot is lead else lead)

    def _on_manual_range(self, name: str) -> None:
        """The learner zoomed or panned a plot, or clicked its "A" (auto) button."""
        vb = self._plots[name].getViewBox()
        if any(vb.state["autoRange"]):  # the "A" button: follow the data again
            vb.disableAutoRange()
            self._follow_x = self._follow_y[name] = True
            self._set_x = None
            self._set_y.pop(name, None)
            self._fit_ranges()
        else:
            self._follow_x = self._follow_y[name] = False

    def is_following(self, name: str) -> bool:
        """Whether plot ``name`` still follows the data on both axes (False once the learner zooms)."""
        return self._follow_x and self._follow_y.get(name, False)

    def plot(self, name: str) -> pg.PlotItem | None:
        """The plot for ``name`` (``'loss'``, a metric, or ``'lr'``), if any."""
        return self._plots.get(name)

    # ------------------------------------------------------------------- runs
    def has_run(self, run_id: str) -> bool:
        """Whether curves exist for ``run_id``."""
        return run_id in self._runs

    def begin_run(self, run_id: str, color: str | QColor, epochs: float = 0) -> None:
        """Prepare curves for a run (idempotent); colour and pens are made once here.

        ``epochs`` (when known) fixes the x axis to the run's whole length from the
        start; a live run also makes every plot follow the data again.
        """
        if run_id in self._runs:
            return
        if epochs:
            self._follow_x = True
            self._follow_y = dict.fromkeys(self._follow_y, True)
            self._set_x, self._set_y = None, {}  # a zoom left the views elsewhere: set them afresh
            self._ranges_stale = True
        c = QColor(color)
        faint = QColor(c)
        faint.setAlpha(90)
        pens = {
            "batch": pg.mkPen(faint, width=1),
            "train": pg.mkPen(c, width=1),
            "val": pg.mkPen(c, width=1, style=Qt.PenStyle.DashLine),
            "lr": pg.mkPen(c, width=1),
        }
        self._runs[run_id] = _RunCurves(c, pens, epochs=float(epochs or 0))

    def _curve(self, run_id: str, metric: str, kind: str) -> _Curve:
        run = self._runs[run_id]
        key = (metric, kind)
        cur = run.curves.get(key)
        if cur is None:
            plot = self._ensure_plot(metric)
            extra = {}
            if kind in ("train", "val"):
                extra = {"symbol": "o" if kind == "train" else "t", "symbolSize": 4,
                         "symbolPen": None, "symbolBrush": run.color}
            item = plot.plot([], [], pen=run.pens[kind], autoDownsampleFactor=AUTO_DOWNSAMPLE_FACTOR,
                             name=f"{run_id} {_CSV_KIND[kind]}", **extra)  # the name heads its CSV columns
            item.setZValue({"batch": 0, "lr": 1, "train": 2, "val": 3}[kind])
            item.setVisible(run.visible)
            cur = _Curve(GrowingSeries(256 if kind == "batch" else 32), item, kind)
            run.curves[key] = cur
        return cur

    def add_batch(self, run_id: str, x: float, logs: Mapping[str, float]) -> None:
        """Per-batch values (Keras's running means over the epoch so far) at epoch position ``x``."""
        for name, value in logs.items():
            if name.startswith("val_") or name in _NOT_CURVES or name in self._skip:
                continue
            if name == "lr":
                self._curve(run_id, "lr", "lr").series.append(x, _finite_or_nan(value))
                continue
            v = _finite_or_nan(value)
            self._curve(run_id, name, "batch").series.append(x, v)
            if name == "loss" and math.isnan(v):
                self._mark_nan(run_id, x)
        self._dirty = True

    def add_epoch(self, run_id: str, epoch: float, logs: Mapping[str, float]) -> None:
        """End-of-epoch values: ``loss``, ``val_loss``, metrics, their ``val_`` twins, ``lr``."""
        for name, value in logs.items():
            if name in _NOT_CURVES and name != "learning_rate":
                continue
            if name in ("lr", "learning_rate"):
                cur = self._curve(run_id, "lr", "lr")
                if not len(cur.series) or cur.series.x[-1] < epoch:
                    cur.series.append(epoch, _finite_or_nan(value))
                continue
            kind, metric = ("val", name[4:]) if name.startswith("val_") else ("train", name)
            if metric in self._skip:
                continue
            v = _finite_or_nan(value)
            self._curve(run_id, metric, kind).series.append(epoch, v)
            if metric == "loss" and math.isnan(v):
                self._mark_nan(run_id, epoch)
        self._dirty = True

    def load_history(self, run_id: str, color: str, history: Mapping[str, Iterable[float]]) -> None:
        """Curves for a finished run from its per-epoch history (``{"loss": [...], ...}``)."""
        self.begin_run(run_id, color)
        for name, values in history.items():
            if name in _NOT_CURVES and name != "learning_rate":
                continue
            values = list(values)
            epochs = list(history.get("epoch", range(1, len(values) + 1)))
            for e, v in zip(epochs, values):
                if v is None:
                    continue
                self.add_epoch(run_id, float(e), {name: v})

    def mark_nan(self, run_id: str, x: float, label: str = "loss became NaN") -> None:
        """Mark where a run's loss stopped being a number (once per run)."""
        if run_id in self._runs:
            self._mark_nan(run_id, x, label)

    def _mark_nan(self, run_id: str, x: float, label: str = "loss became NaN") -> None:
        run = self._runs[run_id]
        if run.nan_seen:
            return
        run.nan_seen = True
        line = pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen("#d62728", width=1),
                               label=label, labelOpts={"color": "#d62728", "position": 0.85})
        line.setVisible(run.visible)
        plot = self._plots.get("loss") or self._lead()  # a GAN has no "loss": its top plot
        plot.addItem(line)
        run.nan_lines.append(line)
        self.nan_detected.emit(run_id, float(x))

    def set_run_visible(self, run_id: str, visible: bool) -> None:
        """Show or hide every curve of a run (its data is kept)."""
        run = self._runs.get(run_id)
        if run is None:
            return
        run.visible = visible
        for cur in run.curves.values():
            cur.item.setVisible(visible)
        for line in run.nan_lines:
            line.setVisible(visible)
        self._ranges_stale = True

    def remove_run(self, run_id: str) -> None:
        """Delete a run's curves."""
        run = self._runs.pop(run_id, None)
        if run is None:
            return
        for (metric, _kind), cur in run.curves.items():
            self._plots[metric].removeItem(cur.item)
        for line in run.nan_lines:
            vb = line.getViewBox()
            if vb is not None:
                vb.removeItem(line)
        self._ranges_stale = True

    def clear(self) -> None:
        """Remove every run, and the plots of metrics only they had (another project may have none).

        Only the kind's own plots stay (``loss`` and the learning rate for most), as a fresh view
        has them; the axes follow the data again (a zoom belonged to the old runs).
        """
        for run_id in list(self._runs):
            self.remove_run(run_id)
        extra = [name for name in self._plots if name not in self._base]
        for name in extra:
            self._drop_plot(name)
        missing = [name for name in self._base if name not in self._plots]
        self.ensure_plots(missing, relayout=bool(extra))  # lays out the plots that are left
        self._follow_x = True
        self._follow_y = dict.fromkeys(self._follow_y, True)
        self._set_x, self._set_y = None, {}
        for plot in self._plots.values():  # the old runs' axes (300 epochs, their loss) go too
            plot.getViewBox().setRange(xRange=(0.0, 1.0), yRange=(0.0, 1.0), padding=0)

    def plot_names(self) -> list[str]:
        """The plots shown, top to bottom.

        The kind's own first, in its order (``loss`` first for most), then the others sorted, and the
        learning rate last.
        """
        first = [n for n in self._base if n in self._plots and n != "lr"]
        rest = sorted(n for n in self._plots if n not in first and n != "lr")
        return first + rest + (["lr"] if "lr" in self._plots else [])

    def series(self, run_id: str, metric: str, kind: str) -> GrowingSeries | None:
        """The data behind one curve (for tests and benches)."""
        run = self._runs.get(run_id)
        cur = run.curves.get((metric, kind)) if run else None
        return cur.series if cur else None

    def item(self, run_id: str, metric: str, kind: str) -> pg.PlotDataItem | None:
        """The pyqtgraph item of one curve."""
        run = self._runs.get(run_id)
        cur = run.curves.get((metric, kind)) if run else None
        return cur.item if cur else None

    # ---------------------------------------------------------------- redraw
    def _on_frame(self) -> None:
        if not (self._dirty or self._ranges_stale):
            return
        self.redraw()

    def redraw(self) -> int:
        """Push changed series into their items now. Returns how many curves were updated."""
        self._dirty = False
        updated = 0
        for run in self._runs.values():
            for cur in run.curves.values():
                if cur.drawn != cur.series.version:
                    if cur.kind in ("train", "val") and len(cur.series) > SYMBOL_LIMIT \
                            and cur.item.opts.get("symbol") is not None:
                        cur.item.setSymbol(None)
                    cur.item.setData(cur.series.x, cur.series.y)
                    cur.drawn = cur.series.version
                    cur.update_bounds()
                    updated += 1
        if updated:
            self.frames_drawn += 1
        if updated or self._ranges_stale:
            self._fit_ranges()
        return updated

    def _fit_ranges(self) -> None:
        """Move the axes that follow the data, only where the data left their range (module docstring)."""
        self._ranges_stale = False
        visible = [r for r in self._runs.values() if r.visible]
        if self._follow_x:
            ends = [float(c.series.x[-1]) for r in visible for c in r.curves.values() if len(c.series)]
            right = max([r.epochs for r in visible] + ends, default=0.0)
            # Keep the current range while it holds the data without much empty room on the right.
            lead = self._lead()
            fits = self._set_x is not None and right <= self._set_x[1] <= 1.25 * right
            if lead is not None and right > 0 and not fits:
                self._set_x = (0.0, right * 1.03)
                lead.getViewBox().setXRange(*self._set_x, padding=0)
        for name, plot in self._plots.items():
            if not self._follow_y.get(name, True):
                continue
            curves = [c for r in visible for (m, _k), c in r.curves.items() if m == name and c.counted]
            lo = min((c.lo for c in curves), default=math.inf)
            hi = max((c.hi for c in curves), default=-math.inf)
            if not (math.isfinite(lo) and math.isfinite(hi)):
                continue
            wanted = follow_range(self._set_y.get(name), lo, hi)
            if wanted is not None:
                self._set_y[name] = wanted
                plot.getViewBox().setYRange(*wanted, padding=0)


def follow_range(current: tuple[float, float] | None, lo: float, hi: float) -> tuple[float, float] | None:
    """A new y range for data in [lo, hi], or None while ``current`` still fits them well.

    It fits while it holds the data and the data fill at least half of it. A new
    range leaves ``Y_HEADROOM`` of the data's span beyond both ends (a falling loss
    crosses it only now and then) and does not go below zero for data that do not.
    """
    span = hi - lo
    if span <= 0:
        span = abs(hi) * 0.1 or 1.0
    if current is not None:
        c_lo, c_hi = current
        if c_lo <= lo and hi <= c_hi and span >= 0.5 * (c_hi - c_lo):
            return None
    new_lo, new_hi = lo - Y_HEADROOM * span, hi + Y_HEADROOM * span
    if lo >= 0 > new_lo:
        new_lo = 0.0
    return new_lo, new_hi


def _plot_name(key: str) -> str:
    """The plot a log key is drawn in (``val_loss`` in ``loss``, ``learning_rate`` in ``lr``); "" for none."""
    if key in ("lr", "learning_rate"):
        return "lr"
    if key in _NOT_CURVES:
        return ""
    return key[4:] if key.startswith("val_") else key


def _finite_or_nan(value: object) -> float:
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return v if math.isfinite(v) else math.nan
