"""The Train tab's live view of an agent learning (kinds ``dqn`` and ``policy_gradient``).

* the task drawn with pyqtgraph from the observation each ``env`` picture carries
  (:func:`deskdl.rl.render.scene`: lines, no images, no pygame), at most 30 frames a
  second, latest-only;
* beside it, bars of the network's answer for that state: Q-values (DQN) or action
  probabilities (policy), the chosen action in the accent colour, so the learner sees
  what the agent does and why;
* the speed control (:mod:`deskdl.rl.pace`): real time, fast (every 10th episode drawn),
  not drawn;
* the return of every episode with the average of the last 100 and the "solved" line;
* after a run, **Watch the agent** plays greedy episodes with the trained network: a
  network of Dense layers as NumPy on the GUI thread; any other network on the Keras
  thread, one whole episode per call (:func:`deskdl.rl.watch.play_greedy_episode`), replayed
  here at the task's speed. **Play CartPole** lets the learner balance the pole with the
  arrow keys and compare returns.

Smooth while training (issue 12: event-loop p99 under 16 ms): frames arrive at most 30 a
second (the trainer's clock); the bars' and the returns plot's axes move only when the
values leave them or fill under half (an axis re-tick per frame cost more than the frame);
the returns plot redraws at most 10 times a second and spans the planned episodes from the
start.
"""

from __future__ import annotations

from collections import deque
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskdl.core import events as ev
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.rl import ENVS
from deskdl.qt.kinds import KindView
from deskdl.qt.train._pg import pg, themed
from deskdl.qt.train.curves import follow_range
from deskdl.rl import pace as pace_mod
from deskdl.rl.render import scene

_ = translator("qt.rl.view")

SPEEDS = ((pace_mod.REALTIME, N_("Real time")), (pace_mod.FAST, N_("Fast")), (pace_mod.OFF, N_("Not drawn")))
ACCENT = "#e8710a"
BAR = "#4c78a8"
#: Episodes kept for the returns plot (older ones are thinned evenly).
MAX_EPISODES = 20_000
#: Steps a second when the learner plays (slower than CartPole's 50: people react in ~0.2 s).
HUMAN_FPS = 20
#: The bars' place before the agent has acted (one word a line: the column is about 140 pixels wide).
NO_VALUES_YET = N_("shown once\nthe agent acts")
#: Milliseconds between two redraws of the returns plot (an episode can end every few milliseconds).
REDRAW_MS = 100
WATCH_TIP = N_("Play greedy episodes with the trained network (always its best action)")
#: The bars' title for what they show (``values_kind``).
BAR_TITLES = {"q": N_("Q-values"), "probabilities": N_("probabilities"), "logits": N_("probabilities"),
              "mean": N_("mean action")}


#: The bars' labels: a 70-pixel column holds one short word ("push leftpush right" ran together).
SHORT_NAMES = {"push left": N_("left"), "push right": N_("right"), "torque -1": "-1", "no torque": "0",
               "torque +1": "+1", "accelerate left": N_("left"), "do not accelerate": N_("none"),
               "accelerate right": N_("right")}


def short_name(action_name: str) -> str:
    """An action's label under its bar, as shown (the full name is in the bars' tooltip)."""
    short = SHORT_NAMES.get(action_name)
    return _(short) if short is not None else env_text(action_name)


def env_text(text: str) -> str:
    """A text of the task's facts (:data:`deskdl.core.rl.ENVS`: titles, actions, rules) as shown."""
    shown = tr("core.rl", text)
    return shown if shown != text else _(text)  # "mean action", "action": this module's own


def grown_range(current: tuple[float, float] | None, lo: float, hi: float) -> tuple[float, float] | None:
    """The Q-value bars' axis: a new range (from 0, with room to grow) only when the values leave it.

    It never shrinks during a run: following each frame's values (as the curves do) re-ticked the
    axis on every other frame while CartPole was drawn in real time, 15 times a second; Q-values
    grow as the agent learns, so with half again as much room it is re-ticked a few times a run.
    """
    lo, hi = min(0.0, lo), max(0.0, hi)
    if current is not None and current[0] <= lo and hi <= current[1]:
        return None
    if current is not None:
        lo, hi = min(lo, current[0]), max(hi, current[1])
    if hi - lo <= 0:
        return (0.0, 1.0)
    return (1.5 * lo, 1.5 * hi)


def bar_values(values, kind: str) -> np.ndarray:
    """What the bars show: Q-values as they are, scores (logits) as probabilities."""
    v = np.asarray(values, np.float64)
    if kind == "logits":
        e = np.exp(v - v.max())
        return e / e.sum()
    return v


class RlTrainView(KindView):
    """The environment, the agent's answer, the speed control and the returns (see the module docstring)."""

    #: The learner pressed "Watch the agent" and the trained agent starts to play (lessons count it).
    watch_started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env_id = "CartPole-v1"
        self.threshold: float | None = None
        self.action_names: list[str] = []
        self.values_kind = "q"  # what the bars show: "q", "probabilities", "logits" or "mean"
        self.returns: list[float] = []
        self.episodes: list[int] = []
        self._recent: deque[float] = deque(maxlen=100)
        self.averages: list[float] = []
        self.agent: dict[str, Any] | None = None
        self.frames = 0
        self._env = None
        self._obs = None
        self._mode = ""  # "", "watch" or "play"
        self._return = 0.0
        self._key_action = 0
        self.last_human_return: float | None = None
        self.host: Any = None  # the Train tab's TrainingHost: a Keras network plays on its thread
        self.model_ref: Any = None  # the run's trained network (a ModelRef; the model stays on that thread)
        self._watch_tag: str | None = None
        self._replay: dict[str, Any] | None = None  # a greedy episode played on the Keras thread
        self._replay_at = 0
        self._watch_seed = 0
        self.planned_episodes = 0
        self._bars_range: tuple[float, float] | None = None
        self._returns_y: tuple[float, float] | None = None
        self._build()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._returns_dirty = False
        self._redraw = QTimer(self)
        self._redraw.timeout.connect(self._update_returns)
        self._redraw.start(REDRAW_MS)
        self.reset()

    # -- layout
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.env_plot = pg.PlotWidget()
        themed(self.env_plot)
        self.env_plot.setAspectLocked(True)
        self.env_plot.hideAxis("left")
        self.env_plot.hideAxis("bottom")
        self.env_plot.setMouseEnabled(False, False)
        self.env_plot.setMinimumSize(180, 150)
        self._lines: dict[str, Any] = {}
        self._points: dict[str, Any] = {}
        self._drawn: dict[str, tuple] = {}  # each line's coordinates as last set
        self.bars_plot = pg.PlotWidget()
        themed(self.bars_plot)
        self.bars_plot.setMouseEnabled(False, False)
        self.bars_plot.setMinimumSize(140, 150)
        self.bars_plot.setMaximumWidth(200)
        self.bars_plot.getViewBox().disableAutoRange()  # follows the values itself (set_bars)
        self.bars = pg.BarGraphItem(x=[0, 1], height=[0, 0], width=0.6, brushes=[BAR, BAR])
        self.bars_plot.addItem(self.bars)
        # Before the agent's first step: no value axis (it read 0 to 0.10 for bars of nothing), this note.
        self.bars_empty = pg.TextItem(_(NO_VALUES_YET), color="#777777", anchor=(0.5, 0.5))
        self.bars_empty.setPos(0.5, 0.5)
        self.bars_plot.addItem(self.bars_empty, ignoreBounds=True)
        self._bars_shown = True
        top.addWidget(self.env_plot, 3)
        top.addWidget(self.bars_plot, 1)
        root.addLayout(top)

        row = QHBoxLayout()
        row.addWidget(QLabel(_("Drawing:")))
        self.speed = QComboBox()
        for mode, text in SPEEDS:
            self.speed.addItem(_(text), mode)
        self.speed.setToolTip(_("Real time: every step drawn at the task's own speed (slow). Fast: full "
                                "speed, every 10th episode drawn. Not drawn: fastest."))
        self.speed.currentIndexChanged.connect(self._on_speed_changed)
        row.addWidget(self.speed)
        self.watch_button = QPushButton(_("Watch the agent"))
        self.watch_button.setToolTip(_(WATCH_TIP))
        self.watch_button.clicked.connect(self._on_watch_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.watch_button)
        self.play_button = QPushButton(_("Play it yourself"))
        self.play_button.setToolTip(_("Play CartPole: balance the pole with the Left and Right arrow keys, "
                                      "and compare your return with the agent's"))
        self.play_button.clicked.connect(self._on_play_clicked)
        buttons.addWidget(self.play_button)
        row.addStretch(1)
        root.addLayout(row)
        root.addLayout(buttons)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        root.addWidget(self.status)
        # The task in full is 6-9 lines: in this narrow column it pushed the returns plot off the screen.
        self.task_link = QLabel(_('<a href="task">The task: what the agent sees, does and earns…</a>'))
        self.task_link.setTextFormat(Qt.TextFormat.RichText)
        self.task_link.linkActivated.connect(self._on_task_link)
        root.addWidget(self.task_link)

        self.returns_plot = pg.PlotWidget()
        themed(self.returns_plot)
        self.returns_plot.setMinimumHeight(140)
        self.returns_plot.setLabel("bottom", _("episode"))
        self.returns_plot.setLabel("left", _("return"))
        self.returns_plot.addLegend(offset=(-5, 5))  # top right: the solved line's label is at the left
        self.return_curve = self.returns_plot.plot([], [], pen=pg.mkPen("#9db8d9", width=1), name=_("return"))
        self.returns_plot.setClipToView(True)
        self.returns_plot.setDownsampling(auto=True, mode="peak")
        self.returns_plot.getViewBox().disableAutoRange()  # follows the returns itself (_update_returns)
        self.average_curve = self.returns_plot.plot([], [], pen=pg.mkPen(ACCENT, width=2),
                                                    name=_("average of the last 100"))
        dash = pg.mkPen("#2ca02c", width=1, style=Qt.PenStyle.DashLine)
        # The label's left end sits at the line's left end (centred there, its first letters were cut off).
        self.solved_line = pg.InfiniteLine(angle=0, pen=dash, label=_("solved"),
                                           labelOpts={"position": 0.02, "anchors": [(0, 1), (0, 1)]})
        self.returns_plot.addItem(self.solved_line)
        root.addWidget(self.returns_plot)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- hooks
    def reset(self) -> None:
        """Forget the run: no returns, no agent, CartPole at rest."""
        self._stop_playing()
        self.returns, self.episodes, self.averages = [], [], []
        self._recent.clear()
        self.agent = None
        self.model_ref = None
        self._watch_tag = None
        self._replay = None
        self.frames = 0
        self.planned_episodes = 0
        self._bars_range = None
        self._returns_y = None
        self.return_curve.setData([], [])
        self.average_curve.setData([], [])
        self._returns_dirty = False
        self._set_env(self.env_id)
        self.draw_state(np.zeros(ENVS[self.env_id].obs_size))
        self.set_bars(None, None, self.values_kind)
        self.watch_button.setEnabled(False)
        self.status.setText("")
        self.solved_line.setVisible(False)  # until a run says which task
        i = self.speed.findData(pace_mod.PACE.mode)
        self.speed.blockSignals(True)
        self.speed.setCurrentIndex(max(i, 0))
        self.speed.blockSignals(False)

    def show_project(self, project: Any) -> None:
        """Before a run: the project's task at rest, its bars named, and the task in plain words.

        Left alone while a run's returns or a game are shown (they belong to the task they ran on).
        """
        from deskdl.core.kinds import kind_of

        try:
            kind = kind_of(project)
            env_id = kind.with_defaults(getattr(project, "algorithm", None)).get("env")
        except Exception:  # noqa: BLE001 - an unknown kind or setting is the Problems list's to explain
            return
        if env_id not in ENVS or self.returns or self._mode:
            return
        facts = ENVS[env_id]
        if kind.id == "dqn":
            self.values_kind = "q"
        else:
            self.values_kind = "probabilities" if facts.discrete else "mean"
        self.env_id = env_id
        self.reset()
        self.status.setText(self.task_line())
        target = float(facts.target)  # the goal in sight before the first episode
        self.solved_line.setValue(target)
        self.solved_line.setVisible(True)
        lo, hi = min(0.0, 2.0 * target), max(0.0, target)
        self.returns_plot.setYRange(lo, hi + 1.0 * (hi - lo), padding=0)

    def on_run_started(self, event: ev.RunStarted) -> None:
        """A run began: the task, its action names and its solved line."""
        self.reset()
        info = event.info
        self._set_env(str(info.get("env", "CartPole-v1")))
        self.action_names = list(info.get("action_names") or [])
        self.threshold = info.get("threshold")
        self.solved_line.setVisible(self.threshold is not None)
        if self.threshold is not None:
            self.solved_line.setValue(float(self.threshold))
        self.values_kind = info.get("values_kind", "q")
        self.planned_episodes = int(info.get("episodes") or event.plan.get("episode") or 0)
        if self.planned_episodes:  # the x axis spans the run from the start: no re-tick as it grows
            self.returns_plot.setXRange(0, self.planned_episodes * 1.02, padding=0)
        self.status.setText(self.task_line())

    def on_scalars(self, event: ev.Scalars) -> None:
        """One episode's return (and its moving average)."""
        if event.per != ev.PER_EPOCH or "return" not in event.values:
            return
        r = float(event.values["return"])
        self._recent.append(r)
        self.episodes.append(event.epoch + 1)
        self.returns.append(r)
        self.averages.append(float(event.values.get("average_100", np.mean(self._recent))))
        if len(self.returns) > MAX_EPISODES:  # thin evenly: memory stays flat over long runs
            self.episodes, self.returns, self.averages = (self.episodes[::2], self.returns[::2],
                                                          self.averages[::2])
        self._returns_dirty = True  # drawn by the redraw timer, at most 10 times a second

    def _update_returns(self) -> None:
        if not self._returns_dirty:
            return
        self._returns_dirty = False
        self.return_curve.setData(self.episodes, self.returns)
        self.average_curve.setData(self.episodes, self.averages)
        # The axes move only when the returns leave them (or fill under half): the solved line stays in view.
        lo = min(0.0, min(self.returns))
        hi = max(self.returns)
        if self.threshold is not None:  # room above the solved line for the legend (top right)
            lo, hi = min(lo, float(self.threshold)), max(hi, float(self.threshold))
            hi = max(hi, float(self.threshold) + 1.0 * (float(self.threshold) - lo))
        wanted = follow_range(self._returns_y, lo, hi)
        if wanted is not None:
            self._returns_y = wanted
            self.returns_plot.setYRange(*wanted, padding=0)
        if not self.planned_episodes or self.episodes[-1] > self.planned_episodes:
            right = self.episodes[-1]
            x1 = self.returns_plot.getViewBox().viewRange()[0][1]
            if not right <= x1 <= 1.25 * right:
                self.returns_plot.setXRange(0, right * 1.2, padding=0)

    def on_picture(self, picture: ev.Picture) -> None:
        """The newest frame: the state and the network's answer; or, at the end, the trained agent."""
        if picture.name == "agent":
            self.agent = dict(picture.meta)
            self._update_watch_button()
            return
        if picture.name != "env":
            return
        meta = picture.meta
        if meta.get("env") and meta["env"] != self.env_id:
            self._set_env(meta["env"])
        self.frames += 1
        self.draw_state(picture.array)
        if meta.get("values") is not None:  # an episode's last frame has no choice to show: keep the bars
            self.set_bars(meta["values"], meta.get("action"), meta.get("values_kind", "q"))

    def on_run_ended(self, event: ev.RunEnded) -> None:
        """The run is over: its network (a reference; it stays on the Keras thread) can be watched."""
        self.model_ref = (event.models_by_role or {}).get("model")
        self._update_watch_button()

    def set_host(self, host: Any) -> None:
        """The Train tab's TrainingHost: a network that is not all Dense plays on its Keras thread."""
        if self.host is host:
            return
        if self.host is not None:
            self.host.worker.call_finished.disconnect(self._on_call_finished)
            self.host.worker.call_failed.disconnect(self._on_call_failed)
        self.host = host
        if host is not None:
            host.worker.call_finished.connect(self._on_call_finished)
            host.worker.call_failed.connect(self._on_call_failed)

    def can_watch(self) -> str:
        """How the trained agent can be watched: "numpy" (Dense layers), "keras" (its thread), or ""."""
        if not self.agent:
            return ""
        if self.agent.get("layers"):
            return "numpy"
        if self.host is not None and self.model_ref is not None:
            return "keras"
        return ""

    def _update_watch_button(self) -> None:
        can = self.can_watch()
        self.watch_button.setEnabled(bool(can))
        self.watch_button.setToolTip(_(WATCH_TIP) if can else _("Train the agent first: then watch it play"))

    # -- drawing
    def task_text(self) -> str:
        """The task in plain words: its state, actions, reward and what counts as solved."""
        facts = ENVS[self.env_id]
        return "\n\n".join(env_text(t) for t in (facts.state_text, facts.actions_text, facts.reward_text,
                                                 facts.solved_text))

    def task_line(self) -> str:
        """The task's name, id and what counts as solved, in one line."""
        facts = ENVS[self.env_id]
        return _("{title} ({id}). {solved}").format(title=env_text(facts.title), id=self.env_id,
                                                     solved=env_text(facts.solved_text))

    @Slot(str)
    def _on_task_link(self, _link: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        facts = ENVS[self.env_id]
        QMessageBox.information(self, _("{title} ({id})").format(title=env_text(facts.title), id=facts.id),
                                self.task_text())

    def _set_env(self, env_id: str) -> None:
        if env_id not in ENVS:
            return
        self.env_id = env_id
        self.task_link.setToolTip(self.task_text())
        for item in (*self._lines.values(), *self._points.values()):
            self.env_plot.removeItem(item)
        self._lines, self._points, self._drawn = {}, {}, {}
        facts = ENVS[env_id]
        self.action_names = list(facts.action_names) or [N_("mean action")]
        self.play_button.setVisible(env_id == "CartPole-v1")
        x0, x1, y0, y1 = scene(env_id, np.ones(facts.obs_size))["range"]  # the same for every state
        self.env_plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def draw_state(self, obs) -> None:
        """Draw the task from one observation."""
        try:
            s = scene(self.env_id, obs)
        except (NotImplementedError, IndexError, ValueError):
            return
        widths = {"pole": 6, "link_1": 6, "link_2": 6, "rod": 8, "cart": 2, "hill": 2}
        colors = {"pole": "#ca9865", "link_1": "#4c78a8", "link_2": "#4c78a8", "rod": "#c84e4e",
                  "goal": "#2ca02c", "flag": "#2ca02c"}
        # Per frame (30 a second while drawn in real time) only what moves is set: bare curves (a
        # PlotDataItem's own data handling cost as much again), the track, hill and flag left alone, and
        # the points moved as items (new scatter data re-measured them).
        for name, (xs, ys) in s["lines"].items():
            item = self._lines.get(name)
            if item is None:
                pen = pg.mkPen(colors.get(name, "#555555"), width=widths.get(name, 1))
                item = self._lines[name] = pg.PlotCurveItem(xs, ys, pen=pen, skipFiniteCheck=True)
                self.env_plot.addItem(item)
            elif self._drawn.get(name) != (xs, ys):
                item.setData(xs, ys, skipFiniteCheck=True)
            self._drawn[name] = (xs, ys)
        for name, (x, y) in s["points"].items():
            item = self._points.get(name)
            if item is None:
                item = self._points[name] = pg.ScatterPlotItem([0.0], [0.0], size=12 if name == "car" else 8,
                                                               brush=pg.mkBrush("#8184cb"), pen=None)
                self.env_plot.addItem(item)
            item.setPos(x, y)

    def set_bars(self, values, action, kind: str = "q") -> None:
        """The network's answer per action, the chosen one highlighted (nothing: empty bars)."""
        names = self.action_names or [N_("action")]
        if values is None:
            heights = np.zeros(len(names))
        else:
            heights = bar_values(values, kind)
        n = len(heights)
        if (values is not None) != self._bars_shown:  # an empty state, or the first values after it
            self._show_bar_values(values is not None, n)
        chosen = action if isinstance(action, int) else -1
        brushes = [ACCENT if i == chosen else BAR for i in range(n)]
        self.bars.setOpts(x=np.arange(n), height=heights, width=0.6, brushes=brushes)
        if kind not in ("probabilities", "logits") and n and values is not None:  # Q-values: the axis follows
            wanted = grown_range(self._bars_range, float(np.min(heights)), float(np.max(heights)))
            if wanted is not None:
                self._bars_range = wanted
                self.bars_plot.setYRange(*wanted, padding=0)
        title = _(BAR_TITLES.get(kind, ""))
        labels = tuple(short_name(names[i]) if i < len(names) else str(i) for i in range(n))
        if (labels, title) != getattr(self, "_bar_frame", None):  # axis and title change rarely: set once
            self._bar_frame = (labels, title)
            self.bars_plot.getAxis("bottom").setTicks([list(enumerate(labels))])
            self.bars_plot.setTitle(title)
            actions = ", ".join(f"{short_name(a)} = {env_text(a)}" for a in names[:n])
            self.bars_plot.setToolTip(_("The network's {title} for the state drawn beside, one bar per "
                                        "action: {actions}. The orange bar is the action taken.").format(
                                            title=title, actions=actions))

            self.bars_plot.setXRange(-0.5, max(n, 1) - 0.5, padding=0.02)
            self.bars_empty.setPos((n - 1) / 2, 0.5)
            if kind in ("probabilities", "logits") and values is not None:
                self.bars_plot.setYRange(0.0, 1.0, padding=0.02)
                self._bars_range = None
        self.bar_heights = heights

    def _show_bar_values(self, shown: bool, n: int) -> None:
        """The value axis with bars, or (before the agent acts) no axis and the note in its place."""
        self._bars_shown = shown
        self.bars_empty.setVisible(not shown)
        self.bars_plot.showAxis("left", shown)
        if not shown:
            self._bars_range = None
            self._bar_frame = None  # the first values set the axis again
            self.bars_plot.setYRange(0.0, 1.0, padding=0)

    # -- watch and play
    def _on_speed_changed(self) -> None:
        pace_mod.PACE.mode = self.speed.currentData()

    def _on_watch_clicked(self) -> None:
        if self._mode in ("watch", "replay"):
            self._stop_playing()
            return
        how = self.can_watch()
        if how in ("numpy", "keras"):
            self.watch_started.emit()
        if how == "numpy":
            self._start("watch", ENVS[self.env_id].fps)
        elif how == "keras":
            self._stop_playing()
            self._mode = "replay"
            self.watch_button.setText(_("Stop"))
            self.status.setText(_("The agent plays greedy episodes (its best action each step)."))
            self._ask_episode()

    def _ask_episode(self) -> None:
        """Ask the Keras thread for one greedy episode of the trained network (replayed on arrival)."""
        from deskdl.rl.watch import play_greedy_episode

        self._watch_seed = int(np.random.default_rng().integers(1 << 30))
        self._watch_tag = self.host.call(play_greedy_episode, self.model_ref, self.env_id,
                                         str(self.agent.get("output", "q")), self._watch_seed)

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag != self._watch_tag or self._mode != "replay" or not isinstance(result, dict):
            return
        self._watch_tag = None
        self._replay, self._replay_at, self._return = result, 0, 0.0
        self.draw_state(result["observations"][0])
        self._timer.start(int(1000 / ENVS[self.env_id].fps))

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, _details: str) -> None:
        if tag != self._watch_tag:
            return
        self._watch_tag = None
        self._stop_playing()
        self.status.setText(_("The agent could not play: {message}").format(message=message))

    def _on_play_clicked(self) -> None:
        if self._mode == "play":
            self._stop_playing()
            return
        self._set_env("CartPole-v1")
        self._start("play", HUMAN_FPS)
        self.setFocus()

    def _start(self, mode: str, fps: int) -> None:
        from deskdl.rl.envs import make_env

        self._stop_playing()
        seed = int(np.random.default_rng().integers(1 << 30))
        self._env, self._obs, _info = make_env(self.env_id, seed=seed)
        self._mode, self._return = mode, 0.0
        (self.watch_button if mode == "watch" else self.play_button).setText(_("Stop"))
        if mode == "watch":
            self.status.setText(_("The agent plays greedy episodes (its best action each step)."))
        else:
            self.status.setText(_("Keep the pole up: Left and Right arrow keys push the cart."))



        self.draw_state(self._obs)
        self._timer.start(int(1000 / fps))

    def _stop_playing(self) -> None:
        if hasattr(self, "_timer"):
            self._timer.stop()
        if self._env is not None:
            self._env.close()
        self._env, self._mode = None, ""
        self._replay, self._watch_tag = None, None
        self.watch_button.setText(_("Watch the agent"))
        self.play_button.setText(_("Play it yourself"))

    def agent_action(self, obs):
        """The trained agent's greedy action for ``obs`` and the values behind it (Dense layers, NumPy)."""
        from deskdl.rl.numpy_policy import forward, greedy_action

        out = forward(self.agent["layers"], np.asarray(obs, np.float32))
        return greedy_action(out, self.agent.get("output", "q"), ENVS[self.env_id])

    def _replay_tick(self) -> None:
        """The next step of the episode the Keras thread played; at its end, ask for another."""
        r = self._replay
        i = self._replay_at
        if i >= len(r["actions"]):
            self._timer.stop()
            self.status.setText(_("The agent's last episode: return {value:.0f}").format(value=r["return"]))
            self._replay = None
            self._ask_episode()
            return
        action = r["actions"][i]
        self.set_bars(r["values"][i], action if isinstance(action, int) else None, r["values_kind"])
        self._return += float(r["rewards"][i])
        self.draw_state(r["observations"][i + 1])
        self._replay_at = i + 1
        self.watched_steps += 1

    watched_steps = 0  # steps the learner has watched the agent play (either way)

    def _tick(self) -> None:
        if self._mode == "replay":
            if self._replay is not None:
                self._replay_tick()
            return
        if self._env is None:
            return
        if self._mode == "watch":
            action, values, kind = self.agent_action(self._obs)
            self.set_bars(values, action if isinstance(action, int) else None, kind)
            self.watched_steps += 1
        else:
            action = self._key_action
        self._obs, reward, terminated, truncated, _info = self._env.step(action)
        self._return += float(reward)
        self.draw_state(self._obs)
        if terminated or truncated:
            if self._mode == "play":
                self.last_human_return = self._return
                agent = self.agent.get("greedy_return") if self.agent else None
                if agent is not None:
                    said = _("Your return: {value:.0f}; the agent's greedy average: {agent:.0f}. "
                             "Press Play to try again.")
                else:
                    said = _("Your return: {value:.0f}. Press Play to try again.")
                self.status.setText(said.format(value=self._return, agent=agent))

                self._stop_playing()
                return
            self.status.setText(_("The agent's last episode: return {value:.0f}").format(value=self._return))

            self._obs, _info = self._env.reset()
            self._return = 0.0

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Left and Right push the cart while the learner plays."""
        if self._mode == "play" and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._key_action = 0 if event.key() == Qt.Key.Key_Left else 1
            event.accept()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Nothing plays in a hidden view."""
        self._stop_playing()
        super().hideEvent(event)
