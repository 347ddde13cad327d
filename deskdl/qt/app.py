"""Start the desktop app: ``run(args)`` is what ``deskdl`` with no subcommand calls.

Importing this module is cheap (no Qt, no numpy-heavy or pyqtgraph imports):
everything heavy is imported inside :func:`run`, and TensorFlow only ever on
the Keras thread after the window is on screen.

``--screenshot FILE`` renders the window offscreen and saves a PNG. It waits
until the window is laid out *and* TensorFlow has loaded (so the status bar
shows the real device), at most :data:`SCREENSHOT_TF_TIMEOUT_S` seconds. Set
``DESKDL_SCREENSHOT_EARLY=1`` to grab as soon as the window is drawn instead
(shows the "Loading TensorFlow…" state).
"""

from __future__ import annotations

import os
import sys
from typing import Any

SCREENSHOT_SIZE = (1440, 900)
SCREENSHOT_TF_TIMEOUT_S = 120.0

# ---------------------------------------------------------------- user-visible text
NO_TAB = "deskdl: there is no tab called {tab!r}; the tabs are {tabs}"
SHOT_SAVED = "deskdl: saved the screenshot to {path}"
SHOT_FAILED = "deskdl: could not write the screenshot to {path}"


def _arg(args: Any, name: str, default: Any = None) -> Any:
    return getattr(args, name, default) if args is not None else default


def create_app(language: str | None = None) -> Any:
    """The QApplication with name and organisation set (QSettings uses them), speaking ``language``.

    ``language`` (``--language``) or else the saved choice: its translation is installed here,
    before any window exists (:func:`deskdl.qt.i18n.install_translations`).
    """
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    from deskdl.qt.canvas.refcount_guard import guard
    from deskdl.qt.i18n import install_translations
    from deskdl.qt.settings import APP_NAME, ORG_NAME

    guard()  # PySide6 6.12 on Python 3.11 would abort mid-paint otherwise (see refcount_guard)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("deskdl")
    install_translations(language)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)  # every window (and the task bar) shows it
    return app


def app_icon() -> Any:
    """The app's icon from ``resources/icons/deskdl.png`` (a null icon if the file is missing)."""
    from PySide6.QtGui import QIcon

    from deskdl.paths import resource

    path = resource("icons", "deskdl.png")
    return QIcon(str(path)) if path.exists() else QIcon()


def create_window(args: Any = None, screenshot: bool = False) -> Any:
    """App, theme and main window with the project of ``args`` (or the default) loaded."""
    app = create_app(_arg(args, "language"))
    from deskdl.qt import theme
    from deskdl.qt.main_window import MainWindow
    from deskdl.qt.settings import KEY_THEME, make_settings

    mode = _arg(args, "theme") or make_settings().value(KEY_THEME, "system")
    theme.apply_theme(str(mode), app)
    window = MainWindow(device=_arg(args, "device"), restore_state=not screenshot, ephemeral=screenshot)
    window.setWindowIcon(app.windowIcon())
    size = _arg(args, "size")
    if screenshot or size:
        window.resize(*(size or SCREENSHOT_SIZE))
    project_path = _arg(args, "project")
    if not project_path or not window.open_project(project_path):
        _open_default(window)
    return window


def finish_start(window: Any, args: Any = None) -> None:
    """Run what waits until the window is on screen.

    The Data/Train/Evaluate/Inspect tabs are added and ``--tab`` is honoured
    first, then TensorFlow starts loading. In this order: the TensorFlow import
    holds the GIL for long stretches (loading its shared libraries), and built
    alongside it the tabs took about 5 s instead of under one, the window black all along (issue 10).
    """
    window.install_stage_tabs()
    lesson = _arg(args, "lesson")
    lessons = getattr(window, "lessons", None)
    if lesson and lessons is not None:
        problem = lessons.open_from_command_line(str(lesson))
        if problem:
            print(f"deskdl: {problem}", file=sys.stderr)
    if _arg(args, "lessons") and lessons is not None:
        lessons.open_browser()
    tab = _arg(args, "tab")
    if tab and not window.select_stage(tab):
        print(NO_TAB.format(tab=tab, tabs=", ".join(window.stage_names())), file=sys.stderr)
    window.start_tensorflow()


#: Longest wait for the window's first paint before the rest of start-up runs anyway (hidden window).
FIRST_PAINT_TIMEOUT_MS = 2000


def after_first_paint(window: Any, fn: Any) -> None:
    """Call ``fn()`` once ``window`` has painted on screen (or after :data:`FIRST_PAINT_TIMEOUT_MS`).

    A zero-delay timer is not enough: under a window manager the window is
    mapped and exposed some time after ``show()``, and a timer that fires
    first ran the whole start-up before anything was drawn (a black window
    for seconds). Paint events of the central widget tell when it has really
    been drawn; ``fn`` then runs on the next turn of the event loop, so the
    painted frame reaches the screen first.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Watcher(QObject):
        def __init__(self) -> None:
            super().__init__(window)
            self.done = False

        def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not self.done:
                QTimer.singleShot(0, self.fire)
            return False

        def fire(self) -> None:
            if self.done:
                return
            self.done = True
            target.removeEventFilter(self)
            self.deleteLater()
            fn()

    target = window.centralWidget() or window
    watcher = _Watcher()
    target.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, watcher.fire)


def _open_default(window: Any) -> None:
    from deskdl.core.errors import ProjectError
    from deskdl.core.project import Project
    from deskdl.qt.settings import default_project_path

    try:
        project = Project.load(default_project_path())
    except ProjectError:
        return
    project.path = None  # a bundled file: Save asks where to put the learner's copy
    from deskdl.qt.sidebar import localize_project

    localize_project(project, default_project_path())  # its name and description in the app's language
    window.set_project(project)


def run(args: Any = None) -> int:
    """Show the main window and run the event loop (or take a screenshot). Returns an exit code."""
    shot = _arg(args, "screenshot")
    if shot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_app(_arg(args, "language"))
    window = create_window(args, screenshot=bool(shot))
    code = 1
    try:
        window.show()
        from PySide6.QtCore import QTimer

        if shot:
            finish_start(window, args)
            code = _screenshot(app, window, str(shot))
            return code
        def rest_of_start() -> None:
            finish_start(window, args)
            QTimer.singleShot(0, window.offer_recovery)

        after_first_paint(window, rest_of_start)
        code = int(app.exec())
        return code
    finally:
        # Also when start-up raised with TensorFlow still importing: the Keras thread must be
        # joined before the window and QApplication go, or Qt aborts the process (SIGABRT).
        stop_threads(window, code)
        from deskdl.qt.i18n import restart_if_requested

        restart_if_requested()  # View > Language > Restart Now: deskdl again, in the language chosen


def stop_threads(window: Any, code: int = 1) -> None:
    """Stop any training run and join the window's Keras thread (idempotent).

    If the thread cannot be joined in time the process ends at once with
    ``code``: tearing it down with the thread running would abort.
    """
    from deskdl.qt.tf_loader import exit_now

    host = getattr(window, "_deskdl_training_host", None)  # set by deskdl.qt.stages
    if host is not None and hasattr(host, "shutdown"):
        host.shutdown()  # stops (and wakes) a run; the thread itself is the window's
    if not window.keras.shutdown():
        exit_now(code)


def _wait(app: Any, seconds: float, until: Any = None) -> None:
    """Process events for ``seconds`` (or until ``until()``), sleeping with the GIL released.

    Not ``QTest.qWait``: it keeps the GIL while it sleeps, which slows the
    TensorFlow import on the Keras thread about twentyfold.
    """
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (until is not None and until()):
        app.processEvents()
        time.sleep(0.02)


def _screenshot(app: Any, window: Any, path: str) -> int:
    from pathlib import Path

    from PySide6.QtTest import QTest

    app.processEvents()
    QTest.qWaitForWindowExposed(window, 5000)
    if not os.environ.get("DESKDL_SCREENSHOT_EARLY"):
        window.start_tensorflow()
        _wait(app, SCREENSHOT_TF_TIMEOUT_S, lambda: window.keras.state in ("ready", "failed"))
    _wait(app, 0.3)  # let the throttled views (code, analysis) settle
    window.editor.fit_to_view(readable=True)
    app.processEvents()
    lessons = getattr(window, "lessons", None)
    if lessons is not None:
        lessons.highlighter.settle()  # the outline at full strength, not caught mid-pulse
        app.processEvents()
    pixmap = window.grab()
    browser = getattr(lessons, "browser", None)
    if browser is not None and browser.isVisible():  # a dialog of its own: drawn where it would open
        from PySide6.QtGui import QPainter

        shot = browser.grab()
        painter = QPainter(pixmap)
        x, y = (pixmap.width() - shot.width()) // 2, (pixmap.height() - shot.height()) // 2
        painter.drawPixmap(x, y, shot)
        painter.setPen(browser.palette().mid().color())  # (window.palette is the layer list)
        painter.drawRect(x - 1, y - 1, shot.width() + 1, shot.height() + 1)
        painter.end()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    ok = pixmap.save(path, "PNG")
    window.discard_changes()
    window.close()
    window.keras.shutdown()
    print((SHOT_SAVED if ok else SHOT_FAILED).format(path=path), file=sys.stderr)
    return 0 if ok else 1
