"""The main window, where every panel of deskdl comes together.

Stage tabs in the middle, project and layers on the left, properties on the
right, problems / summary / code at the bottom, and a status bar that always
says which device deskdl computes on.

Other stages (Data, Train, Inspect) join with :meth:`MainWindow.add_stage_tab`.
TensorFlow loads on :attr:`MainWindow.keras` (a :class:`KerasThread`) while the
window is already usable; actions that need it are registered with
:meth:`MainWindow.register_tf_action` and enable themselves once it is ready.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from deskdl.core.errors import DeskdlError, ProjectError
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.project import SUFFIX, Project, atomic_write_text
from deskdl.qt import settings as app_settings
from deskdl.qt import theme
from deskdl.qt.canvas.editor import GraphEditor
from deskdl.qt.palette import LayerPalette
from deskdl.qt.problems import ProblemsPanel
from deskdl.qt.properties import PropertiesPanel
from deskdl.qt.sidebar import ProjectSidebar, list_templates, localize_project
from deskdl.qt.status import AppStatusBar
from deskdl.qt.summary import CodePanel, SummaryPanel
from deskdl.qt.tf_loader import FAILED, LOADING, READY, KerasThread

_ = translator("qt.main_window")

# ---------------------------------------------------------------- user-visible text
APP_TITLE = "deskdl"
WINDOW_TITLE = N_("{name}[*] — deskdl")
#: The Build tab's key (select_stage("Build"), layouts); its shown title is translated.
BUILD_TAB = "Build"
BUILD_TITLE = N_("Build")
BUILD_TIP = N_("Build the model: drag layers from the left onto the canvas and link them.")
DOCK_PROJECT = N_("Project")
DOCK_LAYERS = N_("Layers")
DOCK_PROPERTIES = N_("Properties")
DOCK_BOTTOM = N_("Details")
TAB_SUMMARY = N_("Summary")
TAB_CODE = N_("Python code")
UNTITLED = N_("Untitled")
FILE_FILTER = N_("deskdl projects (*.deskdl);;All files (*)")
OPEN_FILTER = N_("deskdl projects and lessons (*.deskdl *.deskdl-lesson);;deskdl projects (*.deskdl);;"
                 "Lessons handed out (*.deskdl-lesson);;Hand-ins (*.deskdl-bundle);;All files (*)")
HANDOUT_SUFFIX = ".deskdl-lesson"
BUNDLE_SUFFIX = ".deskdl-bundle"
KERAS_FILTER = N_("Keras models (*.keras);;All files (*)")
PYTHON_FILTER = N_("Python files (*.py);;All files (*)")
OPEN_TITLE = N_("Open project")
SAVE_TITLE = N_("Save project as")
IMPORT_TITLE = N_("Import a Keras model")
EXPORT_TITLE = N_("Export Python code")
LOADING_TF = N_("Loading TensorFlow…")
TF_READY = N_("TensorFlow is ready: you can train and import Keras models.")
TF_FAILED = N_("TensorFlow could not be loaded, so training and importing are unavailable. "
               "Building models still works. Hover over the device to see why.")
IMPORTING = N_("Importing {name}…")
IMPORT_FAILED = N_("The Keras model could not be imported")
IMPORT_NOTES = N_("Imported, with notes")
OPEN_FAILED = N_("The project could not be opened")
SAVE_FAILED = N_("The project could not be saved")
EXPORT_FAILED = N_("The Python code could not be exported")
SAVED = N_("Saved {path}")
EXPORTED = N_("Wrote {path}")
OPENED = N_("Opened {name}")
UNSAVED_TITLE = N_("Unsaved changes")
UNSAVED_TEXT = N_("“{name}” has changes that are not saved. Save them before going on?")
RECOVERY_TITLE = N_("Restore unsaved work?")
RECOVERY_TEXT = N_("deskdl closed without saving “{name}” last time ({when}). "
                   "Restore the unsaved work?")
RECOVERY_BROKEN = N_("The recovered work could not be read, so it was discarded.")
RECOVERED = N_("Restored unsaved work. Save it to keep it.")
NO_RECENT = N_("No recent projects")
THEME_MENU = N_("&Theme")
TAB_SHORTCUT_TIP = "{tip} ({keys})"
# -- stage layouts (issue 10)
RESET_LAYOUT = N_("&Reset Layout")
RESET_LAYOUT_TIP = N_("Put the panels of every tab back where they were at first")
LAYOUT_RESET = N_("Every tab's layout is back to its default.")

#: Autosave period and the quiet time after an edit before an autosave.
AUTOSAVE_MS = 60_000
AUTOSAVE_AFTER_EDIT_MS = 3_000
RECOVERY_FILE = "autosave.deskdl"
RECOVERY_META = "autosave.json"


#: The docks each stage shows until the learner changes it (every other dock is hidden there).
#: Build's docks serve Build; the other stages give their plots the whole width (issue 10).
STAGE_DOCKS: dict[str, tuple[str, ...]] = {
    BUILD_TAB: ("dockProject", "dockLayers", "dockProperties", "dockDetails"),
}
#: Version stamped into each stage's saved dock state (bump when the docks change).
LAYOUT_VERSION = 2
#: Pixels left for the window manager's title bar when a first start fits the window to the screen.
FRAME_ALLOWANCE = 32


def recovery_dir() -> Path:
    """Folder of the crash-recovery copy (inside the user data folder)."""
    return app_settings.data_dir() / "recovery"


class MainWindow(QMainWindow):
    """The deskdl window. See the module docstring for its parts.

    Parameters
    ----------
    keras : KerasThread, optional
        The TensorFlow thread to use (tests pass one with a fake loader).
    device : str, optional
        Device choice handed to ``deskdl.ml.device.setup_device`` (``--device``).
    restore_state : bool
        Restore window geometry and dock layout from the last run.
    ephemeral : bool
        A throwaway window (screenshots): no autosave, and closing it neither
        remembers the layout nor touches the recovery file of a real session.
    """

    #: Emitted with the new project whenever it is replaced (new, open, template, import).
    project_changed = Signal(object)
    #: Emitted with the target path just before the project file is written (listeners may
    #: still change the project, e.g. name the trained model file in its run record).
    about_to_save = Signal(object)
    #: Emitted with the path after the project file was written.
    project_saved = Signal(object)

    def __init__(self, keras: KerasThread | None = None, device: str | None = None,
                 restore_state: bool = True, ephemeral: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ephemeral = ephemeral
        self.settings = app_settings.make_settings()
        self.project = Project(name=_(UNTITLED))
        self._extra_dirty = False
        self._tf_actions: list[QAction] = []
        self._stage_shortcuts: list[QAction] = []
        self._tf_token: int | None = None
        self._stages_installed = False
        self.setObjectName("deskdlMainWindow")
        self.setDocumentMode(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        # -- centre: stage tabs, Build first
        self.editor = GraphEditor(parent=self)
        self.stages = QTabWidget(self)
        self.stages.setDocumentMode(True)
        self.stages.setObjectName("deskdlStages")
        self._stage_policies: dict[QWidget, QSizePolicy] = {}  # each page's own (see _size_stages_to_current)
        self.setCentralWidget(self.stages)
        self.add_stage_tab(BUILD_TAB, self.editor, title=_(BUILD_TITLE), tooltip=_(BUILD_TIP))

        # -- docks
        self.sidebar = ProjectSidebar()
        self.palette = LayerPalette()
        self.palette.set_editor(self.editor)
        self.properties = PropertiesPanel()
        self.properties.set_editor(self.editor)
        self.problems = ProblemsPanel()
        self.problems.set_editor(self.editor)
        self.summary = SummaryPanel()
        self.summary.set_editor(self.editor)
        self.code = CodePanel()
        self.details = QTabWidget()
        self.details.setDocumentMode(True)
        self.details.addTab(self.problems, ProblemsPanel.tab_title(0, 0))
        self.details.addTab(self.summary, _(TAB_SUMMARY))
        self.details.addTab(self.code, _(TAB_CODE))
        self.project_dock = self._dock(_(DOCK_PROJECT), "dockProject", self.sidebar,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.palette_dock = self._dock(_(DOCK_LAYERS), "dockLayers", self.palette,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock(_(DOCK_PROPERTIES), "dockProperties", self.properties,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.details_dock = self._dock(_(DOCK_BOTTOM), "dockDetails", self.details,
                                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        # -- each stage owns its dock layout (see "stage layouts" below)
        self._stage_layouts: dict[str, QByteArray] = {}
        self._layout_stage = BUILD_TAB
        self.stages.currentChanged.connect(self._size_stages_to_current)
        self.stages.currentChanged.connect(self._on_stage_changed)

        # -- status bar and TensorFlow
        self.status = AppStatusBar(self)
        self.setStatusBar(self.status)
        self.keras = keras if keras is not None else KerasThread(device=device, parent=self)
        if self.keras.parent() is None:
            self.keras.setParent(self)
        self.keras.state_changed.connect(self._on_tf_state_changed)
        self.keras.loaded.connect(self._on_tf_loaded)
        self.keras.load_failed.connect(self._on_tf_failed)

        # -- wiring
        self.editor.status_message.connect(self._on_editor_message)
        self.editor.undo_stack.cleanChanged.connect(self._update_modified)
        self.editor.undo_stack.indexChanged.connect(self._on_edit)
        self.editor.analysis_changed.connect(self._on_analysis_changed)
        self.editor.role_changed.connect(self._on_role_changed)
        self.problems.count_changed.connect(self._on_problem_count)
        self.sidebar.template_chosen.connect(self.new_from_template)
        self.sidebar.recent_chosen.connect(self.open_project)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        if not ephemeral:
            self.autosave_timer.start()
        self.edit_autosave_timer = QTimer(self)
        self.edit_autosave_timer.setSingleShot(True)
        self.edit_autosave_timer.setInterval(AUTOSAVE_AFTER_EDIT_MS)
        self.edit_autosave_timer.timeout.connect(self.autosave)

        self._make_actions()
        self._make_menus()
        self.sidebar.set_templates(list_templates(app_settings.templates_dir()))
        self._update_recent()
        from deskdl.qt.lessons import install_lessons

        self.lessons = install_lessons(self)  # before the layout is restored: its dock is part of it
        self.resize(self.first_size())
        self.sidebar.setMinimumWidth(220)
        self.palette.setMinimumWidth(220)
        self.properties.setMinimumWidth(260)
        self._state_restored = False
        self.default_dock_sizes()
        if restore_state:
            self.restore_window_state()
        self.set_project(self.project)
        self._on_tf_state_changed(self.keras.state)

    # =============================================================== building
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def default_dock_sizes(self) -> None:
        """Give the docks their first-run sizes."""
        self.resizeDocks([self.project_dock, self.properties_dock], [270, 310], Qt.Orientation.Horizontal)
        self.resizeDocks([self.project_dock, self.palette_dock], [400, 320], Qt.Orientation.Vertical)
        self.resizeDocks([self.details_dock], [210], Qt.Orientation.Vertical)

    def _action(self, text: str, slot: Callable, keys=(), tip: str = "", name: str = "") -> QAction:
        act = QAction(text, self)
        if keys:
            act.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(lambda _checked=False: slot())
        if name:
            act.setObjectName(name)
            self.action_map[name] = act
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        self.action_map: dict[str, QAction] = {}
        a = self._action
        a(_("&New"), self.new_project, [QKeySequence.StandardKey.New], _("Start an empty project"), "new")
        a(_("&Open…"), self.open_project, [QKeySequence.StandardKey.Open], _("Open a .deskdl project"),
          "open")
        a(_("&Save"), self.save_project, [QKeySequence.StandardKey.Save], _("Save the project"), "save")
        a(_("Save &As…"), self.save_project_as, ["Ctrl+Shift+S"], _("Save the project under a new name"),
          "save_as")
        imp = a(_("&Import Keras Model…"), self.import_keras, ["Ctrl+I"],
                _("Turn a saved .keras model into an editable project (needs TensorFlow)"), "import_keras")
        self.register_tf_action(imp)
        a(_("Pretrained &Weights…"), self.show_pretrained_weights, (),
          _("Which ImageNet weights the Keras cache holds for the PretrainedBase layer; import or download "
            "them"),
          "pretrained_weights")
        a(_("&Export Python…"), self.export_python, ["Ctrl+E"],
          _("Write the model as a plain Keras Python script"), "export_python")
        a(_("&Quit"), self.close, [QKeySequence.StandardKey.Quit], _("Close deskdl"), "quit")
        a(_("Find &Layer"), self.palette_focus, ["Ctrl+F"], _("Search the layer list"), "find_layer")
        ed = self.editor.action_map
        for name in ("undo", "redo"):  # undo/redo work wherever the focus is in the window
            if name in ed:
                ed[name].setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(ed[name])

    def _make_menus(self) -> None:
        bar = self.menuBar()
        m = self.action_map
        ed = self.editor.action_map
        file_menu = bar.addMenu(_("&File"))
        file_menu.addAction(m["new"])
        self.template_menu = file_menu.addMenu(_("New from &Template"))
        for t in list_templates(app_settings.templates_dir()):
            act = self.template_menu.addAction(t.name)
            act.setStatusTip(t.description)
            act.triggered.connect(lambda _c=False, p=str(t.path): self.new_from_template(p))
        file_menu.addSeparator()
        file_menu.addAction(m["open"])
        self.recent_menu = file_menu.addMenu(_("Open &Recent"))
        file_menu.addAction(m["save"])
        file_menu.addAction(m["save_as"])
        file_menu.addSeparator()
        file_menu.addAction(m["import_keras"])
        file_menu.addAction(m["pretrained_weights"])
        file_menu.addAction(m["export_python"])
        file_menu.addSeparator()
        file_menu.addAction(m["quit"])

        edit_menu = bar.addMenu(_("&Edit"))
        for name in ("undo", "redo", None, "copy", "paste", "duplicate", "delete", None, "select_all",
                     None, "fold", "unfold"):
            if name is None:
                edit_menu.addSeparator()
            elif name in ed:
                edit_menu.addAction(ed[name])
        edit_menu.addSeparator()
        edit_menu.addAction(m["find_layer"])

        view_menu = bar.addMenu(_("&View"))
        for name in ("zoom_in", "zoom_out", "fit", None, "arrange_lr", "arrange_tb"):
            if name is None:
                view_menu.addSeparator()
            elif name in ed:
                view_menu.addAction(ed[name])
        view_menu.addSeparator()
        for dock in self.docks():
            view_menu.addAction(dock.toggleViewAction())
        self.reset_layout_action = view_menu.addAction(_(RESET_LAYOUT))
        self.reset_layout_action.setStatusTip(_(RESET_LAYOUT_TIP))
        self.reset_layout_action.setToolTip(_(RESET_LAYOUT_TIP))
        self.reset_layout_action.triggered.connect(lambda _c=False: self.reset_layout())
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(_(THEME_MENU))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode in theme.THEMES:
            act = theme_menu.addAction(tr("qt.theme", theme.THEME_LABELS[mode]))
            act.setCheckable(True)
            act.setChecked(mode == theme.current_mode())
            act.triggered.connect(lambda _c=False, md=mode: self.set_theme(md))
            self.theme_group.addAction(act)
            self.theme_actions[mode] = act
        from deskdl.qt.i18n import LanguageMenu

        self.language_menu = LanguageMenu(view_menu, self)  # View > Language (at the next start)
        self.stage_menu = view_menu.addMenu(_("&Stages"))
        from deskdl.qt.help import install_help_menu

        install_help_menu(self)

    # ============================================================ stage tabs
    def add_stage_tab(self, name: str, widget: QWidget, *, tooltip: str = "", icon: QIcon | None = None,
                      index: int | None = None, title: str = "") -> int:
        """Add a stage tab (Data, Train, Inspect, …) and return its index.

        ``name`` is the stage's key (English: ``select_stage("Train")``, remembered layouts);
        ``title`` is the text the tab shows (translated; ``name`` when empty).
        The tab gets a Ctrl+<n> shortcut and a View > Stages entry. If ``widget``
        has a ``set_project(project)`` method it is called now and whenever the
        project is replaced (or connect to :attr:`project_changed`).
        """
        if index is None:
            index = self.stages.count()
        index = self.stages.insertTab(index, widget, icon or QIcon(), title or name)
        self.stages.tabBar().setTabData(index, name)
        widget.setObjectName(widget.objectName() or f"stage{name}")
        if tooltip:
            self.stages.setTabToolTip(index, tooltip)
        self._size_stages_to_current()
        self._update_stage_shortcuts()
        if hasattr(self, "project") and widget is not self.editor and hasattr(widget, "set_project"):
            widget.set_project(self.project)
        return index

    def install_stage_tabs(self) -> bool:
        """Add the Data, Train and Evaluate tabs (``deskdl.qt.stages``) if that module exists.

        The app calls this right after the window is first shown, so their heavier
        imports (pyqtgraph, numpy) do not delay the first paint. Idempotent.
        """
        if self._stages_installed:
            return True
        try:
            from deskdl.qt.stages import register_stage_tabs
        except ImportError:
            return False
        self.keras.start_thread()  # the panels' worker lives there; TensorFlow loads with start_tensorflow()
        register_stage_tabs(self)
        self._stages_installed = True
        self.lessons.on_stages_installed()
        if not self._state_restored:
            self.default_dock_sizes()
        self._restore_stage_panels()
        return True

    def stage_key(self, index: int) -> str:
        """The key of the stage tab at ``index`` ("Build", "Train", …: English in every language)."""
        key = self.stages.tabBar().tabData(index)
        return key if isinstance(key, str) and key else self.stages.tabText(index)

    def stage_names(self) -> list[str]:
        """Stage keys, left to right (the tabs show them translated)."""
        return [self.stage_key(i) for i in range(self.stages.count())]

    def stage_tab(self, name: str) -> QWidget | None:
        """The widget of stage ``name`` (its key or its shown title, case-insensitive), or None."""
        for i in range(self.stages.count()):
            if name.lower() in (self.stage_key(i).lower(), self.stages.tabText(i).lower()):
                return self.stages.widget(i)
        return None

    def select_stage(self, name: str) -> bool:
        """Show stage ``name`` (case-insensitive); False if there is no such tab."""
        widget = self.stage_tab(name)
        if widget is None:
            return False
        self.stages.setCurrentWidget(widget)
        return True

    def _update_stage_shortcuts(self) -> None:
        if not hasattr(self, "stage_menu"):
            QTimer.singleShot(0, self._update_stage_shortcuts)
            return
        for act in self._stage_shortcuts:
            self.removeAction(act)
            act.deleteLater()
        self._stage_shortcuts = []
        self.stage_menu.clear()
        for i in range(min(self.stages.count(), 9)):
            name = self.stage_key(i)
            act = QAction(self.stages.tabText(i), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _c=False, n=name: self.select_stage(n))
            self.addAction(act)
            self.stage_menu.addAction(act)
            self._stage_shortcuts.append(act)

    # ================================================================ project
    def set_project(self, project: Project) -> None:
        """Show ``project`` everywhere (canvas, panels, stages); it starts unmodified."""
        old = getattr(self, "project", None)
        if old is not None and old is not project:
            old.graph.events.disconnect("changed", self._on_graph_changed)
        self.project = project
        project.graph.events.connect("changed", self._on_graph_changed)
        self.properties.set_project(project)
        self.summary.set_project(project)
        self.problems.set_project(project)  # the list also runs Start's data and settings checks
        self.code.set_project(project)
        self.sidebar.set_project(project)
        self.editor.set_project(project)
        for i in range(self.stages.count()):
            widget = self.stages.widget(i)
            if widget is not self.editor and hasattr(widget, "set_project"):
                widget.set_project(project)
        self._extra_dirty = False
        self.editor.undo_stack.setClean()
        self._update_title()
        self._on_analysis_changed(self.editor.analysis)
        self.project_changed.emit(project)

    def is_modified(self) -> bool:
        """Whether there are changes since the project was opened or saved."""
        return self._extra_dirty or not self.editor.undo_stack.isClean()

    def mark_modified(self) -> None:
        """Flag a change that has no undo step (e.g. data or training settings edited)."""
        self._extra_dirty = True
        self._update_modified()
        self.edit_autosave_timer.start()

    def _update_modified(self, *_args: object) -> None:
        self.setWindowModified(self.is_modified())

    def _update_title(self) -> None:
        self.setWindowTitle(_(WINDOW_TITLE).format(name=self.project.name or _(UNTITLED)))
        self._update_modified()

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True means go on.

        A run still training is asked about first (deskdl.qt.stages): stopped, it becomes a
        change to save like any other, so closing or opening another project never drops it unasked.
        """
        glue = getattr(self, "_deskdl_stage_glue", None)  # set by deskdl.qt.stages
        if glue is not None and not glue.confirm_stop_training():
            return False
        if not self.is_modified():
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(self, _(UNSAVED_TITLE), _(UNSAVED_TEXT).format(name=self.project.name),
                                      buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_project()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> bool:
        """Replace the project by an empty one (asks about unsaved changes first)."""
        if not self.maybe_save():
            return False
        self.set_project(Project(name=_(UNTITLED)))
        return True

    def new_from_template(self, path: str | Path) -> bool:
        """Start a new, unsaved project from the template file ``path``."""
        if not self.maybe_save():
            return False
        project = self._load_or_complain(path)
        if project is None:
            return False
        project.path = None
        localize_project(project, path)  # its name and description in the app's language
        self.set_project(project)
        return True

    def open_project(self, path: str | Path | None = None) -> bool:
        """Open ``path`` (asks with a file dialog when None). A broken file changes nothing.

        A teacher's lesson hand-out (``.deskdl-lesson``) opens as a lesson in the lesson dock.
        """
        if path is not None and str(path).lower().endswith(HANDOUT_SUFFIX):
            return self.lessons.open_handout(path)  # asks about unsaved changes itself
        if path is not None and str(path).lower().endswith(BUNDLE_SUFFIX):
            return self.lessons.check_hand_ins([path]) is not None  # a learner's hand-in: the teacher's view
        if not self.maybe_save():
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, _(OPEN_TITLE), self._last_dir(), _(OPEN_FILTER))
            if not path:
                return False
            if str(path).lower().endswith(HANDOUT_SUFFIX):
                self.discard_changes()  # saved or discarded: the question above was answered
                return self.lessons.open_handout(path)
            if str(path).lower().endswith(BUNDLE_SUFFIX):
                return self.lessons.check_hand_ins([path]) is not None
        project = self._load_or_complain(path)
        if project is None:
            return False
        self.set_project(project)
        self._remember(path)
        self.status.showMessage(_(OPENED).format(name=project.name), 4000)
        return True

    def _load_or_complain(self, path: str | Path) -> Project | None:
        try:
            return Project.load(path)
        except ProjectError as err:
            QMessageBox.warning(self, _(OPEN_FAILED), err.text)
            return None

    def save_project(self) -> bool:
        """Save to the project's file (Save As when it has none). True when saved."""
        if self.project.path is None:
            return self.save_project_as()
        return self._save_to(self.project.path)

    def save_project_as(self, path: str | Path | None = None) -> bool:
        """Save under ``path`` (asks with a file dialog when None)."""
        if path is None:
            start = str(Path(self._last_dir()) / f"{self._safe_name()}{SUFFIX}")
            path, _filter = QFileDialog.getSaveFileName(self, _(SAVE_TITLE), start, _(FILE_FILTER))
            if not path:
                return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        self.about_to_save.emit(Path(path))
        try:
            self.project.save(path)
        except ProjectError as err:
            QMessageBox.warning(self, _(SAVE_FAILED), err.text)
            return False
        self.project_saved.emit(Path(path))
        self._extra_dirty = False
        self.editor.undo_stack.setClean()
        self._update_modified()
        self.sidebar.set_project(self.project)
        self._remember(path)
        self.remove_recovery()
        self.status.showMessage(_(SAVED).format(path=path), 4000)
        return True

    def _safe_name(self) -> str:
        name = "".join(c if c.isalnum() or c in "-_ " else "_" for c in self.project.name).strip()
        return name.replace(" ", "_").lower() or "project"

    def _last_dir(self) -> str:
        if self.project.path is not None:
            return str(Path(self.project.path).parent)
        return str(self.settings.value(app_settings.KEY_LAST_DIR, str(Path.home())))

    def _remember(self, path: str | Path) -> None:
        app_settings.add_recent_file(path, self.settings)
        self.settings.setValue(app_settings.KEY_LAST_DIR, str(Path(path).resolve().parent))
        self._update_recent()

    def _update_recent(self) -> None:
        recent = app_settings.recent_files(self.settings)
        self.sidebar.set_recent(recent)
        self.recent_menu.clear()
        for p in recent:
            act = self.recent_menu.addAction(Path(p).name)
            act.setStatusTip(p)
            act.triggered.connect(lambda _c=False, path=p: self.open_project(path))
        if not recent:
            self.recent_menu.addAction(_(NO_RECENT)).setEnabled(False)

    # ====================================================== import / export
    def show_pretrained_weights(self) -> None:
        """File > Pretrained Weights: the Keras cache's ImageNet weights; the selected base's model first."""
        from deskdl.qt.pretrained_dialog import PretrainedWeightsDialog

        graph = self.project.graph
        bases = [graph.nodes[n] for n in self.editor.selected_ids() if n in graph.nodes]
        bases += list(graph.nodes.values())
        chosen = next((n.params.get("application") for n in bases if n.type == "PretrainedBase"), None)
        dialog = PretrainedWeightsDialog(self, select=chosen)
        self.pretrained_dialog = dialog
        self.lessons.report("weights_listed")  # a transfer-learning lesson asks the learner to look
        dialog.exec()
        self.pretrained_dialog = None
        self.editor.scene.reanalyze()  # the "no ImageNet weights" warnings follow the cache
        self.properties.show_node(self.properties.node_id)

    def import_keras(self, path: str | Path | None = None) -> bool:
        """Import a ``.keras`` file on the TensorFlow thread; the project is replaced when done."""
        if not self.keras.is_ready or not self.maybe_save():
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, _(IMPORT_TITLE), self._last_dir(),
                                                        _(KERAS_FILTER))
            if not path:
                return False
        path = str(path)
        token = self.status.begin_task(_(IMPORTING).format(name=Path(path).name))

        def job(p=path):
            from deskdl.ml.importer import import_keras_file

            return import_keras_file(p)

        def done(project, t=token):
            self.status.end_task(t)
            self.set_project(project)
            self._extra_dirty = True
            self._update_modified()
            warnings = list(getattr(project, "warnings", None) or [])
            if warnings:
                QMessageBox.information(self, _(IMPORT_NOTES), "\n".join(f"• {w}" for w in warnings))

        def failed(text, t=token):
            self.status.end_task(t)
            shown = (text or "").strip()
            if shown.startswith("Traceback"):  # not one of deskdl's own errors: its last line names it
                shown = shown.splitlines()[-1]
            QMessageBox.warning(self, _(IMPORT_FAILED), shown)

        self.keras.submit(job, done, failed)
        return True

    def export_python(self, path: str | Path | None = None) -> bool:
        """Write the project as a Keras Python script (pure text: no TensorFlow needed)."""
        if path is None:
            start = str(Path(self._last_dir()) / f"{self._safe_name()}.py")
            path, _filter = QFileDialog.getSaveFileName(self, _(EXPORT_TITLE), start, _(PYTHON_FILTER))
            if not path:
                return False
        try:
            from deskdl.ml.export import export_python

            text = export_python(self.project)
            atomic_write_text(Path(path), text)
        except (DeskdlError, ImportError, OSError) as err:
            QMessageBox.warning(self, _(EXPORT_FAILED), getattr(err, "text", None) or str(err))
            return False
        self.status.showMessage(_(EXPORTED).format(path=path), 4000)
        return True

    # ============================================================ TensorFlow
    def start_tensorflow(self) -> None:
        """Begin loading TensorFlow in the background (idempotent)."""
        self.keras.start()

    def register_tf_action(self, action: QAction) -> None:
        """Keep ``action`` disabled until TensorFlow has loaded (training, import, …)."""
        self._tf_actions.append(action)
        action.setEnabled(self.keras.is_ready)

    def _on_tf_state_changed(self, state: str) -> None:
        if state == LOADING and self._tf_token is None:
            self._tf_token = self.status.begin_task(_(LOADING_TF))
            self.status.show_device_loading()
        elif state in (READY, FAILED) and self._tf_token is not None:
            self.status.end_task(self._tf_token)
            self._tf_token = None
        for act in self._tf_actions:
            act.setEnabled(state == READY)

    def _on_tf_loaded(self, info: dict) -> None:
        self.status.show_device_ready(info.get("device", "CPU"), info.get("tensorflow", "?"),
                                      info.get("keras", "?"), info.get("note") or "")
        self.code.set_tf_ready(True)
        self.status.showMessage(info.get("note") or _(TF_READY), 6000)

    def _on_tf_failed(self, text: str) -> None:
        self.status.show_device_failed(text.strip()[-1500:])
        self.status.showMessage(_(TF_FAILED), 15000)

    # ================================================================ events
    def _on_editor_message(self, text: str) -> None:
        self.status.showMessage(text, 6000)

    def _on_role_changed(self, _role: str, edited: bool) -> None:
        """The canvas shows another of the project's graphs (a GAN's generator or discriminator).

        The panels follow the graph on show; edits made before the switch keep the project unsaved
        (the canvas starts a fresh undo history for the other graph).
        """
        for graph in self.project.graphs.values():
            graph.events.disconnect("changed", self._on_graph_changed)
        self.project.graph.events.connect("changed", self._on_graph_changed)
        for panel in (self.properties, self.summary, self.problems, self.code):
            panel.set_project(self.project)
        self._extra_dirty = self._extra_dirty or edited
        self._update_modified()
        self._on_analysis_changed(self.editor.analysis)

    def _on_graph_changed(self, **_payload: object) -> None:
        self.code.schedule_update()

    def _on_analysis_changed(self, analysis) -> None:
        self.problems.set_analysis(analysis)
        self.summary.set_analysis(analysis)
        self.properties.set_analysis(analysis)
        self.code.schedule_update()

    def _on_problem_count(self, errors: int, warnings: int) -> None:
        title = ProblemsPanel.tab_title(errors, warnings)
        self.details.setTabText(self.details.indexOf(self.problems), title)

    def _on_edit(self, _index: int) -> None:
        self._update_modified()
        if self.is_modified():
            self.edit_autosave_timer.start()

    def palette_focus(self) -> None:
        """Go to Build, show the layer list there and put the cursor in its search box."""
        self.select_stage(BUILD_TAB)
        self.palette_dock.show()
        self.palette_dock.raise_()
        self.palette.focus_search()

    def set_theme(self, mode: str) -> None:
        """Switch to ``system``, ``light`` or ``dark`` and remember the choice."""
        theme.apply_theme(mode)
        self.settings.setValue(app_settings.KEY_THEME, mode)
        if mode in self.theme_actions:
            self.theme_actions[mode].setChecked(True)

    # ============================================================== recovery
    def recovery_path(self) -> Path:
        """Where the autosaved copy of unsaved work goes."""
        return recovery_dir() / RECOVERY_FILE

    def autosave(self) -> bool:
        """Write unsaved work to the recovery file (only when there is some). True if written."""
        if not self.is_modified() or self.ephemeral:
            return False
        folder = recovery_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_text(folder / RECOVERY_FILE, self.project.to_json())
            meta = {"path": str(self.project.path) if self.project.path else None,
                    "name": self.project.name, "time": time.strftime("%Y-%m-%d %H:%M")}
            atomic_write_text(folder / RECOVERY_META, json.dumps(meta))
        except (ProjectError, OSError, ValueError):
            return False
        return True

    def remove_recovery(self) -> None:
        """Delete the recovery copy (after a save or a clean exit)."""
        for name in (RECOVERY_FILE, RECOVERY_META):
            try:
                (recovery_dir() / name).unlink()
            except OSError:
                pass

    def has_recovery(self) -> bool:
        """Whether unsaved work from an earlier run is waiting."""
        return self.recovery_path().is_file()

    def offer_recovery(self) -> bool:
        """If an earlier run left unsaved work, ask to restore it. True when restored."""
        if not self.has_recovery():
            return False
        try:
            meta = json.loads((recovery_dir() / RECOVERY_META).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            meta = {}
        meta = meta if isinstance(meta, dict) else {}
        name = meta.get("name") or _(UNTITLED)
        answer = QMessageBox.question(
            self, _(RECOVERY_TITLE), _(RECOVERY_TEXT).format(name=name, when=meta.get("time", "?")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.remove_recovery()
            return False
        try:
            project = Project.load(self.recovery_path())
        except ProjectError:
            QMessageBox.warning(self, _(RECOVERY_TITLE), _(RECOVERY_BROKEN))
            self.remove_recovery()
            return False
        project.path = Path(meta["path"]) if meta.get("path") else None
        self.set_project(project)
        self.sidebar.set_project(project)
        self.mark_modified()
        self.status.showMessage(_(RECOVERED), 8000)
        return True

    # ====================================================== stage layouts (issue 10)
    # Each stage (tab) owns its dock layout, the way an IDE switches workspaces per mode:
    # leaving a stage keeps its saveState(), entering one restores its own (or its default,
    # STAGE_DOCKS). A stage panel may keep its own columns too: layout_state() -> str,
    # restore_layout_state(str) and reset_layout(). All of it is remembered in QSettings.
    def docks(self) -> list[QDockWidget]:
        """The window's docks, in their default order."""
        return [self.project_dock, self.palette_dock, self.properties_dock, self.details_dock]

    def _dock_area(self, dock: QDockWidget) -> Qt.DockWidgetArea:
        if dock is self.details_dock:
            return Qt.DockWidgetArea.BottomDockWidgetArea
        if dock is self.properties_dock:
            return Qt.DockWidgetArea.RightDockWidgetArea
        return Qt.DockWidgetArea.LeftDockWidgetArea

    def current_stage(self) -> str:
        """The key of the stage tab shown now ("Build", "Train", …)."""
        index = self.stages.currentIndex()
        return self.stage_key(index) if index >= 0 else ""

    def _size_stages_to_current(self, _index: int = -1) -> None:
        """Let only the stage shown now set the window's minimum size.

        A QTabWidget is as tall as its tallest page, shown or not: Build (with its
        docks) needed Evaluate's height as well and no longer fitted 1280 x 720. A
        hidden page's size policy is Ignored (its own policy comes back when shown).
        """
        policies = self._stage_policies
        current = self.stages.currentWidget()
        for i in range(self.stages.count()):
            page = self.stages.widget(i)
            own = policies.setdefault(page, page.sizePolicy())
            if page is current:
                page.setSizePolicy(own)
            else:
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stages.updateGeometry()

    def _on_stage_changed(self, index: int) -> None:
        name = self.stage_key(index) if index >= 0 else ""
        if not name or name == self._layout_stage:
            return
        self._stage_layouts[self._layout_stage] = self.saveState(LAYOUT_VERSION)
        self._layout_stage = name
        # While the docks change, the old stage's docks and the new page's minimum would add up for a moment
        # and grow the window for good (an agent's Train tab after Build: 1280x720 became 1405x806).
        page = self.stages.currentWidget()
        own = page.sizePolicy() if page is not None else None
        if page is not None:
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._apply_stage_layout(name)
        if page is not None:
            page.setSizePolicy(own)

    def _apply_stage_layout(self, name: str) -> None:
        state = self._stage_layouts.get(name)
        if state is None or not self.restoreState(state, LAYOUT_VERSION):
            self.default_stage_layout(name)

    def first_size(self) -> QSize:
        """The size of a first start: 1360 x 860, or the screen's free room when it is smaller.

        At 1280 x 720 a 1360 x 860 window reached past the screen and hid its status bar
        and the bottom of every tab. The offscreen platform (tests, screenshots) has a
        made-up 800 x 800 screen and keeps the full size.
        """
        size = QSize(1360, 860)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or QGuiApplication.platformName() == "offscreen":
            return size
        room = screen.availableGeometry()
        return QSize(min(size.width(), room.width()), min(size.height(), room.height() - FRAME_ALLOWANCE))

    def default_stage_layout(self, name: str) -> None:
        """Lay the docks out as stage ``name`` starts: its STAGE_DOCKS in their places, no others."""
        wanted = STAGE_DOCKS.get(name, ())
        for dock in self.docks():
            dock.setFloating(False)
            self.removeDockWidget(dock)
        for dock in self.docks():
            self.addDockWidget(self._dock_area(dock), dock)
            dock.setVisible(dock.objectName() in wanted)
        if wanted:
            self.default_dock_sizes()

    def reset_layout(self) -> None:
        """Forget the learner's layout of every stage and show the current one as it started."""
        self._stage_layouts.clear()
        for key in (app_settings.KEY_STAGE_LAYOUT, app_settings.KEY_STAGE_PANEL):
            self.settings.remove(key)
        for i in range(self.stages.count()):
            reset = getattr(self.stages.widget(i), "reset_layout", None)
            if callable(reset):
                reset()
        self.default_stage_layout(self.current_stage())
        self.status.showMessage(_(LAYOUT_RESET), 4000)

    def stage_layout(self, name: str) -> QByteArray | None:
        """The remembered dock state of stage ``name`` (the live one for the current stage)."""
        if name == self._layout_stage:
            return self.saveState(LAYOUT_VERSION)
        return self._stage_layouts.get(name)

    def _restore_stage_panels(self) -> None:
        """Give stage panels (added after the window was made) their remembered columns."""
        for i in range(self.stages.count()):
            widget = self.stages.widget(i)
            restore = getattr(widget, "restore_layout_state", None)
            value = self.settings.value(f"{app_settings.KEY_STAGE_PANEL}/{self.stage_key(i)}")
            if callable(restore) and isinstance(value, str) and value:
                restore(value)

    # ================================================================ closing
    def save_window_state(self) -> None:
        """Remember geometry and each stage's layout for the next run."""
        self.settings.setValue(app_settings.KEY_GEOMETRY, self.saveGeometry())
        self._stage_layouts[self._layout_stage] = self.saveState(LAYOUT_VERSION)
        for name, state in self._stage_layouts.items():
            self.settings.setValue(f"{app_settings.KEY_STAGE_LAYOUT}/{name}", state)
        for i in range(self.stages.count()):
            get = getattr(self.stages.widget(i), "layout_state", None)
            if callable(get):
                self.settings.setValue(f"{app_settings.KEY_STAGE_PANEL}/{self.stage_key(i)}", get())

    def restore_window_state(self) -> None:
        """Put geometry and each stage's docks back as they were last time (if remembered)."""
        geometry = self.settings.value(app_settings.KEY_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.settings.beginGroup(app_settings.KEY_STAGE_LAYOUT)
        try:
            for name in self.settings.childKeys():
                state = self.settings.value(name)
                if isinstance(state, QByteArray) and not state.isEmpty():
                    self._stage_layouts[name] = state
        finally:
            self.settings.endGroup()
        state = self._stage_layouts.get(self._layout_stage)
        if state is not None:
            self._state_restored = self.restoreState(state, LAYOUT_VERSION)

    def discard_changes(self) -> None:
        """Forget that there are unsaved changes (the next close will not ask)."""
        self._extra_dirty = False
        self.editor.undo_stack.setClean()
        self._update_modified()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, remember the layout, stop the TensorFlow thread."""
        if not self.maybe_save():
            event.ignore()
            return
        if not self.ephemeral:
            self.save_window_state()
            self.remove_recovery()
        self.autosave_timer.stop()
        self.edit_autosave_timer.stop()
        event.accept()
        self.hide()
        QApplication.processEvents()
        host = getattr(self, "_deskdl_training_host", None)  # set by deskdl.qt.stages
        if host is not None and hasattr(host, "shutdown"):
            host.shutdown()
        keeper = getattr(getattr(self, "_deskdl_stage_glue", None), "keeper", None)
        if keeper is not None:
            keeper.wait_for_saves()  # the model file of a save just made (shutdown drops queued work)
        self.keras.shutdown()
