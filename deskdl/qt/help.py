"""The Help menu: the offline deskdl Guide (F1) and About deskdl.

The guide's text lives in ``resources/guide/guide.md``, written for a newcomer.
Two parts of it are filled in when it opens, from the running app rather than
from a copied list that could go stale: the keyboard shortcuts (read from the
window's actions) and the folders where deskdl keeps its settings, recovery
copies, log and downloaded data sets (from the same functions the app uses).
"""

from __future__ import annotations

import html
import sys
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskdl import __version__, logsetup
from deskdl.core.i18n import N_, localized_path, translator
from deskdl.qt import settings as app_settings

_ = translator("qt.help")

GUIDE_TITLE = N_("deskdl Guide")
ABOUT_TITLE = N_("About deskdl")
GUIDE_MISSING = N_("The guide file {path} is missing, so the guide cannot be shown. "
                   "Reinstall deskdl to get it back.")
NOT_LOADED = N_("not loaded yet (they load in the background after the window opens)")
LICENCE = N_("MIT licence")


def guide_path():
    """The guide's Markdown source in the bundled resources (its translation when there is one)."""
    return localized_path(app_settings.resources_dir() / "guide" / "guide.md")


# ----------------------------------------------------------------- shortcuts
def _plain(text: str) -> str:
    """A menu text without its ``&`` mnemonic marks and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _menu_actions(menu: QMenu, path: list[str]) -> list[tuple[str, QAction]]:
    out = []
    for act in menu.actions():
        sub = act.menu()
        if sub is not None:
            out.extend(_menu_actions(sub, [*path, _plain(act.text())]))
        elif not act.isSeparator():
            out.append((" > ".join([*path, _plain(act.text())]), act))
    return out


def shortcut_rows(window: Any) -> list[tuple[str, str]]:
    """``(what, keys)`` for every action of ``window`` that has a shortcut, menu order first.

    ``what`` is the menu path ("Edit > Undo"); ``keys`` lists every shortcut of the
    action as the platform writes it ("Ctrl+Z"), joined by " or ".
    """
    named: list[tuple[str, QAction]] = []
    for act in window.menuBar().actions():
        if act.menu() is not None:
            named.extend(_menu_actions(act.menu(), [_plain(act.text())]))
    seen = {id(a) for _, a in named}
    extra = list(window.actions())
    editor = getattr(window, "editor", None)
    if editor is not None:
        extra.extend(editor.action_map.values())
    for act in extra:
        if id(act) not in seen and act.text():
            named.append((_plain(act.text()), act))
            seen.add(id(act))
    rows = []
    for what, act in named:
        native = QKeySequence.SequenceFormat.NativeText
        keys = [k.toString(native) for k in act.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append((what, _(" or ").join(keys)))
    return rows


def _shortcuts_markdown(window: Any) -> str:
    lines = [_("| What | Keys |"), "| --- | --- |"]
    lines += [f"| {what} | {keys} |" for what, keys in shortcut_rows(window)]
    return "\n".join(lines)


# --------------------------------------------------------------------- paths
def folder_rows() -> list[tuple[str, str]]:
    """``(what, where)`` for the files deskdl writes outside your projects (real paths)."""
    from deskdl.ml.datasets import datasets_dir
    from deskdl.qt.main_window import recovery_dir

    return [
        (_("Settings (window layout, recent projects, theme)"), app_settings.make_settings().fileName()),
        (_("Recovery copies of unsaved work"), str(recovery_dir())),
        (_("Log file"), str(logsetup.log_path())),
        (_("Downloaded Keras data sets"), str(datasets_dir())),
        (_("Templates and bundled data (read only)"), str(app_settings.resources_dir())),
    ]


def _paths_markdown() -> str:
    return "\n".join(f"- **{what}:** `{where}`" for what, where in folder_rows())


def guide_markdown(window: Any) -> str:
    """The guide with this window's shortcuts and this machine's folders filled in."""
    text = guide_path().read_text(encoding="utf-8")
    return text.replace("{{shortcuts}}", _shortcuts_markdown(window)).replace("{{paths}}", _paths_markdown())


class GuideDialog(QDialog):
    """A window beside the app that shows the guide (it does not block the app)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(_(GUIDE_TITLE))
        self.setModal(False)
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)

    def show_guide(self, window: Any) -> None:
        """Fill in the guide afresh (shortcuts and tabs may have changed) and bring it up."""
        try:
            self.browser.setMarkdown(guide_markdown(window))
        except OSError:
            self.browser.setPlainText(_(GUIDE_MISSING).format(path=guide_path()))
        self.show()
        self.raise_()
        self.activateWindow()


# --------------------------------------------------------------------- about
def about_html(window: Any) -> str:
    """Version, Keras and TensorFlow versions (when loaded), licence and credits."""
    info = getattr(getattr(window, "keras", None), "info", None) or {}
    tf_version = info.get("tensorflow")
    keras_version = info.get("keras")
    if tf_version and keras_version:
        libs = f"Keras {html.escape(str(keras_version))}, TensorFlow {html.escape(str(tf_version))}"
    else:
        libs = _("Keras and TensorFlow: {state}").format(state=_(NOT_LOADED))
    import pyqtgraph
    from PySide6 import __version__ as pyside_version

    return (
        f"<h3>deskdl {__version__}</h3>"
        + _("<p>Build, train and look inside real Keras models.</p>")
        + f"<p>{libs}<br>PySide6 {pyside_version}, pyqtgraph {pyqtgraph.__version__}, "
        f"Python {sys.version.split()[0]}</p>"
        + _("<p>deskdl is free software under the {licence}.</p>").format(licence=_(LICENCE))
        + _("<p><b>Bundled data:</b> the 8x8 handwritten digits are the UCI <i>Optical Recognition of "
            "Handwritten Digits</i> data set by E. Alpaydin and C. Kaynak (Bogazici University, 1998), "
            "UCI Machine Learning Repository, "
            '<a href="https://doi.org/10.24432/C50P49">doi:10.24432/C50P49</a>, used under '
            '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> (values unchanged; '
            "stored as a NumPy file).</p>")
        + _("<p>Built with Keras, TensorFlow, NumPy, Qt (PySide6) and pyqtgraph.</p>")
    )


# ---------------------------------------------------------------------- menu
def install_help_menu(window: Any) -> QMenu:
    """Add Help > deskdl Guide (F1), Help > About deskdl and the gradients demonstration to the menu bar."""
    menu = window.menuBar().addMenu(_("&Help"))
    guide = QAction(_(GUIDE_TITLE), window)
    guide.setObjectName("help_guide")
    guide.setShortcut(QKeySequence("F1"))
    guide.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    guide.setStatusTip(_("What each tab does, the shortcuts, and where deskdl keeps its files"))
    guide.triggered.connect(lambda _c=False: show_guide(window))
    window.addAction(guide)
    menu.addAction(guide)
    bptt = QAction(_("Gradients through time…"), window)
    bptt.setObjectName("help_bptt")
    bptt.setStatusTip(_("A demonstration: why a SimpleRNN forgets over long sequences, and what clipping "
                        "and an LSTM change"))
    bptt.triggered.connect(lambda _c=False: _show_bptt(window))
    menu.addAction(bptt)
    menu.addSeparator()
    about = QAction(_(ABOUT_TITLE), window)
    about.setObjectName("help_about")
    about.setStatusTip(_("Version, licence and credits"))
    about.triggered.connect(lambda _c=False: show_about(window))
    menu.addAction(about)
    window.action_map["help_guide"] = guide
    window.action_map["help_about"] = about
    window.action_map["help_bptt"] = bptt
    return menu


def _show_bptt(window: Any):
    from deskdl.qt.seq.bptt_view import show_gradients_through_time

    return show_gradients_through_time(window)


def show_guide(window: Any) -> GuideDialog:
    """Open (or bring up) the guide window of ``window``."""
    dialog = getattr(window, "guide_dialog", None)
    if dialog is None:
        dialog = GuideDialog(window)
        window.guide_dialog = dialog
    dialog.show_guide(window)
    return dialog


def show_about(window: Any) -> QMessageBox:
    """Show the About box (it does not block the app)."""
    box = getattr(window, "about_box", None)
    if box is None:
        box = QMessageBox(window)
        box.setWindowTitle(_(ABOUT_TITLE))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        icon = window.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        window.about_box = box
    box.setText(about_html(window))
    box.open()
    return box
