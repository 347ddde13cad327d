"""Plug Qt's translator into :mod:`deskdl.core.i18n`: the app speaks the chosen language.

At start-up, before any window exists, :func:`install_translations` picks the language (the
``--language`` option, else ``$DESKDL_LANGUAGE``, else the ``language`` setting: ``"system"``
follows the system's UI languages), loads ``resources/i18n/deskdl_<lang>.qm`` (built by
``packaging/i18n.py build``) and Qt's own ``qtbase_<lang>.qm`` (the standard dialogs' buttons) when
PySide6 ships one (it has none for Vietnamese: deskdl's own file carries those buttons and the edit
menus, ``QT_OWN`` in ``packaging/i18n.py``), and installs
``QCoreApplication.translate`` as the lookup of :func:`deskdl.core.i18n.tr`. A language deskdl has
no translation for, or a missing or broken ``.qm`` file, falls back to English as written.

The choice in the app (View > Language) is saved and takes effect at the next start:
:func:`restart_note` says so in the language chosen and in the one shown now, and Restart Now
closes the window and starts deskdl again (:func:`restart_if_requested`, called by ``app.run``).

"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskdl.core import i18n
from deskdl.core.i18n import N_, translator

# the rule that picks the language, shared with the command line (which reads the .qm without Qt)
from deskdl.core.language import (  # noqa: F401 - LANGUAGE_ENV and save_choice are this module's API too
    LANGUAGE_ENV,
    SYSTEM,
    code_of,
    qm_file,
    resolve_language,
    save_choice,
    saved_choice,
)

log = logging.getLogger(__name__)

_ = translator("qt.i18n")

LANGUAGE_MENU = N_("&Language")
SYSTEM_LABEL = N_("System Language")
SYSTEM_TIP = N_("Speak the language the computer is set to (English if deskdl has no translation for it)")
RESTART_TITLE = N_("Language")
#: Shown in the language chosen too, so it is translated with that language's file, not the one in use.
RESTART_NOTE = N_(
    "The language changes the next time deskdl starts. Close deskdl and open it again to see it."
)

RESTART_TIP = N_("Close deskdl (it asks about unsaved work first) and open it again in the language chosen")
_restart_requested = False

# the translators in use: kept referenced (Qt does not own them) and removable (tests switch back)
_installed: list[QTranslator] = []


def system_languages() -> list[str]:
    """The system's UI languages, most preferred first (``["vi-VN", "en-US"]``)."""
    return list(QLocale.system().uiLanguages())


def _qt_own(lang: str) -> QTranslator | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    return qt if qt.load(f"qtbase_{lang}", folder) else None


def install_translations(language: str | None = None) -> str:
    """Load and install the translation of ``language`` (``None``: the saved choice).

    Returns the language the app now speaks (``"en"`` when it has none for the one asked).
    """
    uninstall_translations()
    choice = language or os.environ.get(LANGUAGE_ENV) or saved_choice()
    lang = resolve_language(choice, system_languages())
    if language and code_of(language) != SYSTEM and lang != code_of(language):
        log.warning("no translation into %r: deskdl speaks English", language)
    if lang == i18n.DEFAULT_LANGUAGE:
        return lang
    path = qm_file(lang)
    ours = QTranslator()
    if not path.is_file() or not ours.load(str(path)):
        log.warning("cannot load %s: deskdl speaks English", path)
        return i18n.DEFAULT_LANGUAGE
    for one in (ours, _qt_own(lang)):
        if one is not None:
            QCoreApplication.installTranslator(one)
            _installed.append(one)
    i18n.install(_lookup, lang)
    return lang


def _lookup(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def uninstall_translations() -> None:
    """Back to English as written (the tests use it to leave no translation behind)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    i18n.install(None)


def translate_into(lang: str, context: str, text: str) -> str:
    """``text`` in ``lang`` straight from that language's ``.qm`` (not the one installed now)."""
    if lang == i18n.DEFAULT_LANGUAGE:
        return text
    one = QTranslator()
    if not one.load(str(qm_file(lang))):
        return text
    return one.translate(context, text) or text


def restart_note(chosen: str) -> str:
    """That the language changes at the next start, in the language chosen.

    When the app shows another language now, the same note follows in that one.
    """
    now = i18n.language()
    first = translate_into(chosen, "qt.i18n", RESTART_NOTE)
    second = translate_into(now, "qt.i18n", RESTART_NOTE)
    return first if first == second else f"{first}\n\n{second}"


class LanguageMenu:
    """View > Language: System Language, then each language in its own name.

    A choice is saved and a note says it takes effect at the next start.
    """

    def __init__(self, parent_menu: Any, window: Any) -> None:
        from PySide6.QtGui import QActionGroup

        self.window = window
        self.menu = parent_menu.addMenu(_(LANGUAGE_MENU))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self.menu)
        self.actions: dict[str, Any] = {}
        current = saved_choice()
        current = current if current == SYSTEM else resolve_language(current)
        choices = [(SYSTEM, _(SYSTEM_LABEL))] + list(i18n.LANGUAGES.items())
        for code, label in choices:
            act = self.menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.setData(code)
            if code == SYSTEM:
                act.setToolTip(_(SYSTEM_TIP))
            act.triggered.connect(lambda _c=False, c=code: self.choose(c))
            self.group.addAction(act)
            self.actions[code] = act

    def choose(self, code: str, ask: bool = True) -> str:
        """Save ``code`` and say when it takes effect; returns the note shown."""
        from PySide6.QtWidgets import QMessageBox

        save_choice(code)
        self.actions[code].setChecked(True)
        lang = resolve_language(code, system_languages())
        note = restart_note(lang)
        if lang == i18n.language():
            return ""  # nothing changes: no note
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(note.split("\n\n")[0], 10000)
        if ask:
            title = translate_into(lang, "qt.i18n", RESTART_TITLE)
            box = QMessageBox(QMessageBox.Icon.Information, title, note, QMessageBox.StandardButton.NoButton,
                              self.window)
            now = box.addButton(_("Restart Now"), QMessageBox.ButtonRole.AcceptRole)
            now.setToolTip(_(RESTART_TIP))
            later = box.addButton(_("Later"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(later)
            box.exec()
            if box.clickedButton() is now:
                self.restart_now()
        return note

    def restart_now(self) -> bool:
        """Close the window (it asks about unsaved work) and start deskdl again once it has closed.

        Returns whether the window closed (False: the learner kept it open, nothing restarts).
        """
        global _restart_requested
        _restart_requested = True
        closed = bool(self.window.close())
        if not closed:
            _restart_requested = False
        return closed


def restart_requested() -> bool:
    """Restart Now was chosen and the window closed."""
    return _restart_requested


def restart_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start deskdl again as it was started.

    Without ``--language``: the restart reads the choice just saved.
    """
    argv = list(sys.argv if argv is None else argv)
    args, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--language":
            skip = True
        elif not arg.startswith("--language="):
            args.append(arg)
    if getattr(sys, "frozen", False):  # the app's own executable
        return sys.executable, args
    return sys.executable, [argv[0], *args] if argv else args


def restart_if_requested(start: Any = None) -> bool:
    """After the event loop ended: start deskdl again if Restart Now asked for it (once)."""
    global _restart_requested
    if not _restart_requested:
        return False
    _restart_requested = False
    program, args = restart_command()
    if start is None:
        from PySide6.QtCore import QProcess

        start = QProcess.startDetached
    try:
        started = start(program, args)
    except (OSError, RuntimeError) as exc:  # no new window, but nothing lost: the choice is saved
        log.warning("could not start deskdl again: %s", exc)
        return False
    return bool(started[0] if isinstance(started, tuple) else started)
