"""Shared by the translation tests: packaging/i18n.py loaded as a module, and the shipped Vietnamese."""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def i18n_tool():
    """packaging/i18n.py as a module (one module for every test file that loads it)."""
    name = "deskdl_i18n_tool"  # the name tests/test_i18n.py loads it under: one module either way
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "i18n.py")
        tool = importlib.util.module_from_spec(spec)
        sys.modules[name] = tool  # dataclasses look their module up by name
        spec.loader.exec_module(tool)
    return sys.modules[name]


def vi_texts() -> dict[tuple[str, str], str]:
    """(context, English) -> finished Vietnamese, read from every shipped vi/*.ts."""
    tool = i18n_tool()
    out = {}
    for path in sorted((tool.I18N_DIR / "vi").glob("*.ts")):
        for context, entries in tool.read_ts(path).items():
            out.update({(context, s): e.translation for s, e in entries.items() if e.finished})
    return out


def build_vi_qm(folder: Path) -> Path:
    """deskdl_vi.qm built now from the .ts sources into ``folder`` (the committed one may lag behind them)."""
    tool = i18n_tool()
    return tool.build("vi", tool.I18N_DIR, folder / "deskdl_vi.qm")


@contextlib.contextmanager
def qt_vietnamese(qm: Path):
    """Qt's translator for ``qm`` installed, and deskdl.core.i18n asking it, as the window does."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from deskdl.core import i18n

    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.install(lambda context, text: QCoreApplication.translate(context, text), "vi")
    try:
        yield translator
    finally:
        i18n.install(None)
        QCoreApplication.removeTranslator(translator)
