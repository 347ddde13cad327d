"""Which language deskdl speaks, and its translation without Qt (the command line).

The rule, the same for the window (:mod:`deskdl.qt.i18n`) and the command line: ``--language CODE``,
else ``$DESKDL_LANGUAGE``, else the choice saved under View > Language (``language`` in
``settings.json``: ``system``, ``en``, ``vi``); ``system`` takes the first of the system's languages
that deskdl has; a language without a translation, or a missing or damaged ``.qm`` file, gives English.

The window asks Qt for the system's languages (``QLocale.system().uiLanguages()``) and loads the
``.qm`` with ``QTranslator``. The command line must not import PySide6, so here
:func:`system_languages` reads what Qt reads (``$LANGUAGE``, ``$LC_ALL``, ``$LC_MESSAGES``, ``$LANG``;
on Windows the user's UI languages) and :func:`read_qm` reads the compiled
``resources/i18n/deskdl_<lang>.qm`` itself: the installers ship that file only (the ``.ts``
sources stay out), and lrelease writes each message's context and English text into it, so a
plain dictionary ``(context, text) -> translation`` is the whole lookup.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

from deskdl.core import i18n

log = logging.getLogger(__name__)

#: Overrides the saved choice (not ``--language``): a lab image, or the tests (English).
LANGUAGE_ENV = "DESKDL_LANGUAGE"

#: The ``language`` setting's values besides a language code.
SYSTEM = "system"

#: The 16 bytes every compiled Qt translation starts with.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# the sections and message tags of a .qm file (qtbase/src/corelib/kernel/qtranslator.cpp)
_MESSAGES = 0x69
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = range(1, 9)


def code_of(name: str) -> str:
    """``"vi_VN"``, ``"vi-VN"``, ``"VI"``, ``"vi_VN.UTF-8"`` -> ``"vi"``."""
    return name.replace("-", "_").split("_", 1)[0].split(".", 1)[0].strip().lower()


def resolve_language(choice: str | None, system_languages: Iterable[str] = ()) -> str:
    """The language to speak: ``choice`` if deskdl has it, else English.

    ``"system"`` (or no choice) is the first of ``system_languages`` that deskdl has.
    """
    choice = (choice or SYSTEM).strip()
    if choice.lower() == SYSTEM:
        for name in system_languages:
            code = code_of(name)
            if code in i18n.LANGUAGES:
                return code
        return i18n.DEFAULT_LANGUAGE
    code = code_of(choice)
    return code if code in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def saved_choice() -> str:
    """The ``language`` setting: ``"system"`` (the default), ``"en"``, ``"vi"``, ..."""
    from deskdl.core import settings  # only when asked: --help and --version stay light

    value = settings.get("language", SYSTEM)
    return value if isinstance(value, str) and value else SYSTEM


def save_choice(choice: str) -> None:
    """Store the ``language`` setting (``"system"`` removes it)."""
    from deskdl.core import settings

    settings.set("language", None if choice == SYSTEM else choice)


def system_languages() -> list[str]:
    """The system's UI languages, most preferred first, without Qt (``["vi_VN", "en_US"]``).

    As gettext and Qt on Unix: ``$LANGUAGE`` (a ``:`` list, unless the locale is ``C``), then the
    first of ``$LC_ALL``, ``$LC_MESSAGES``, ``$LANG``. On Windows, the user's UI language first.
    """
    names: list[str] = []
    if sys.platform == "win32":
        names += _windows_languages()
    env = os.environ
    locale_name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if env.get("LANGUAGE") and locale_name not in ("C", "POSIX"):
        names += [n for n in env["LANGUAGE"].split(":") if n]
    if locale_name and locale_name not in ("C", "POSIX") and not locale_name.startswith("C."):
        names.append(locale_name)
    if not names:
        import locale

        try:
            lang = locale.getlocale()[0]
        except ValueError:
            lang = None
        if lang:
            names.append(lang)
    return names


def _windows_languages() -> list[str]:  # pragma: no cover - Windows only
    try:
        import ctypes
        import locale

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        name = locale.windows_locale.get(lcid)
        return [name] if name else []
    except (AttributeError, OSError, ValueError):
        return []


def qm_file(lang: str) -> Path:
    """Where deskdl's compiled translation into ``lang`` is (it may not exist)."""
    from deskdl.paths import resource

    return resource("i18n", f"deskdl_{lang}.qm")


def read_qm(path: str | Path) -> dict[tuple[str, str], str]:
    """The translations of a compiled Qt ``.qm`` file: ``(context, English text) -> translation``.

    Raises ``ValueError`` for a file that is not one (``OSError`` when it cannot be read).
    A message without its context or English text (a file compiled to look up by hash only) is
    skipped; so is an empty translation (English is shown).
    """
    data = Path(path).read_bytes()
    if not data.startswith(QM_MAGIC):
        raise ValueError(f"{path} is not a compiled Qt translation")
    pos, messages = len(QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, size = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if pos + size > len(data):
            raise ValueError(f"{path} is cut short")
        if tag == _MESSAGES:
            messages = data[pos:pos + size]
        pos += size
    table: dict[tuple[str, str], str] = {}
    context = source = translation = None
    pos = 0
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == _END:
            if context is not None and source is not None and translation:
                table.setdefault((context, source), translation)
            context = source = translation = None
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        if tag not in (_SOURCE16, _TRANSLATION, _CONTEXT16, _SOURCE, _CONTEXT, _COMMENT) \
                or pos + 4 > len(messages):
            raise ValueError(f"{path} has a message deskdl cannot read (tag {tag})")
        size = struct.unpack_from(">I", messages, pos)[0]
        pos += 4
        if size == 0xFFFFFFFF:  # a null text
            continue
        chunk = messages[pos:pos + size]
        pos += size
        if tag == _TRANSLATION:
            if translation is None:  # the first of a plural's forms
                translation = chunk.decode("utf-16-be")
        elif tag == _SOURCE:
            source = chunk.decode("utf-8")
        elif tag == _CONTEXT:
            context = chunk.decode("utf-8")
    return table


def pick_language(language: str | None = None) -> str:
    """The language the rule picks (``--language``, ``$DESKDL_LANGUAGE``, the setting, the system)."""
    choice = language or os.environ.get(LANGUAGE_ENV) or saved_choice()
    return resolve_language(choice, system_languages())


def install_language(language: str | None = None) -> str:
    """Install the translation the rule picks, without Qt; returns the language now spoken.

    English (``"en"``) when the language has no translation or its ``.qm`` cannot be read.
    """
    lang = pick_language(language)
    if lang == i18n.DEFAULT_LANGUAGE:
        i18n.install(None)
        return lang
    path = qm_file(lang)
    try:
        table = read_qm(path)
    except (OSError, ValueError) as err:
        log.warning("cannot load %s (%s): deskdl speaks English", path, err)
        i18n.install(None)
        return i18n.DEFAULT_LANGUAGE

    def lookup(context: str, text: str) -> str:
        return table.get((context, text), text)

    i18n.install(lookup, lang)
    return lang
