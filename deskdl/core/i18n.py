"""Translation of what deskdl shows (pure Python: the Qt ring plugs Qt's translator in).

Every string the app shows is looked up here. A module says once which *context* its texts
belong to and wraps each shown literal::

    from deskdl.core.i18n import translator
    _ = translator("train_panel")
    button.setText(_("Train"))
    label.setText(_("Epoch {n} of {total}").format(n=n, total=total))

Texts built before the translator exists (module constants, the layer catalog) are marked with
``N_("...")`` where they are written and translated where they are shown, with ``tr(context, text)``.

``packaging/i18n.py`` finds these calls (a literal inside, never an f-string) and keeps the
translation sources ``resources/i18n/<lang>/<context>.ts`` current; Qt's ``lrelease`` compiles
them into ``resources/i18n/deskdl_<lang>.qm``, which the Qt ring loads at start-up and plugs in with
:func:`install`. Without it (the command line, the tests, English) every text is shown as written.
Guides and lessons carry their translations beside them (:func:`localized_path`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

#: The language the app speaks when nothing else is chosen, and the fallback for untranslated text.
DEFAULT_LANGUAGE = "en"

#: Languages deskdl ships translations for: code -> the language's own name (shown in the settings).
LANGUAGES = {"en": "English", "vi": "Tiếng Việt"}

_lookup: Callable[[str, str], str] | None = None
_language = DEFAULT_LANGUAGE


def tr(context: str, text: str) -> str:
    """``text`` in the chosen language (``text`` itself when no translation is known)."""
    lookup = _lookup
    if lookup is None or not text:
        return text
    return lookup(context, text) or text


def translator(context: str) -> Callable[[str], str]:
    """The ``_`` of one module: ``_("text")`` is :func:`tr` in ``context``."""

    def _(text: str) -> str:
        return tr(context, text)

    _.context = context  # type: ignore[attr-defined]
    return _


def N_(text: str) -> str:  # noqa: N802 - the conventional name of a translation mark
    """Mark ``text`` for the translation sources without translating it now."""
    return text


def install(lookup: Callable[[str, str], str] | None, language: str = DEFAULT_LANGUAGE) -> None:
    """Plug in the translation lookup (``None``: English as written) and say which language it is."""
    global _lookup, _language
    _lookup = lookup
    _language = language if lookup is not None else DEFAULT_LANGUAGE


def language() -> str:
    """The code of the language the app speaks now (``"en"``, ``"vi"``)."""
    return _language


def localized_path(path: Path, lang: str | None = None) -> Path:
    """The translation of a text file beside it (``guide.vi.md`` for ``guide.md``), else ``path``."""
    lang = lang or _language
    if lang == DEFAULT_LANGUAGE:
        return path
    candidate = path.with_name(f"{path.stem}.{lang}{path.suffix}")
    return candidate if candidate.is_file() else path
