"""Issue 17: translation. The core API, packaging/i18n.py (extract, update, check, build), the
shipped sources being current and complete where they must be, the runtime in Qt, and the guard
that converted modules show no bare literals."""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from deskdl.core import i18n

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("deskdl_i18n_tool", ROOT / "packaging" / "i18n.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = tool  # dataclasses look their module up by name
_spec.loader.exec_module(tool)


@pytest.fixture
def english():
    """Leave no translation installed behind (other tests read English texts)."""
    yield
    if "deskdl.qt.i18n" in sys.modules:
        sys.modules["deskdl.qt.i18n"].uninstall_translations()
    i18n.install(None)


# ---------------------------------------------------------------- the core API
def test_core_api_without_and_with_a_lookup(english):
    _ = i18n.translator("qt.example")
    assert _.context == "qt.example"
    assert _("Train") == "Train" and i18n.tr("x", "Stop") == "Stop"
    assert i18n.N_("Marked") == "Marked"
    assert i18n.language() == "en"
    table = {("qt.example", "Train"): "Huấn luyện"}
    i18n.install(lambda c, t: table.get((c, t), ""), "vi")
    assert i18n.language() == "vi"
    assert _("Train") == "Huấn luyện"
    assert i18n.tr("other", "Train") == "Train"  # another context, and untranslated: English
    assert _("Epoch {n}").format(n=3) == "Epoch 3"
    assert _("") == ""
    i18n.install(None, "vi")
    assert i18n.language() == "en" and _("Train") == "Train"


def test_localized_path_prefers_the_translation_beside_the_file(tmp_path, english):
    page = tmp_path / "guide.md"
    page.write_text("English", encoding="utf-8")
    assert i18n.localized_path(page, "vi") == page  # no translation yet: the English page
    (tmp_path / "guide.vi.md").write_text("Tiếng Việt", encoding="utf-8")
    assert i18n.localized_path(page, "vi") == tmp_path / "guide.vi.md"
    assert i18n.localized_path(page, "en") == page
    assert i18n.localized_path(page) == page  # the language in use: English
    i18n.install(lambda c, t: t, "vi")
    assert i18n.localized_path(page) == tmp_path / "guide.vi.md"


# ---------------------------------------------------------------- extract
FIXTURE = '''
from deskdl.core.i18n import N_, translator, tr
_ = translator("mod")
TITLE = N_("Title")
LOOKUP = {"a": N_("Looked up")}


def f(n, key):
    a = _("Hello")
    b = _("Epoch {n} of {total}").format(n=n, total=3)
    c = _(TITLE) + _(LOOKUP[key]) + _(LOOKUP.get(key, TITLE))
    d = tr("other", "Elsewhere")
    e = _("Hello")
    g = tr(key, TITLE)  # a lookup at run time: nothing to extract
    return _("Two "
             "parts"), _("first") if n else _("second")
'''

BAD = '''
from deskdl.core.i18n import translator
_ = translator("sub.bad")


def f(n):
    _(f"{n} epochs")
    _("Epoch {n}".format(n=n))
    _("Epoch " + str(n))
    _("a" if n else "b")


def g(pair):
    _, k = pair
    return _("hidden")


class W:
    def h(self):
        return self.tr("Qt's way")

'''


def _fixture_package(tmp_path: Path) -> Path:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "mod.py").write_text(FIXTURE, encoding="utf-8")
    (pkg / "sub" / "bad.py").write_text(BAD, encoding="utf-8")
    (pkg / "sub" / "plain.py").write_text('from deskdl.core.i18n import N_\nX = N_("Plain")\n', "utf-8")
    (pkg / "sub" / "wrong.py").write_text(
        'from deskdl.core.i18n import translator\n_ = translator("elsewhere")\n_("Hi")\n', "utf-8")
    (pkg / "sub" / "untouched.py").write_text('for _ in range(3):\n    print("not shown")\n', "utf-8")
    return pkg


def test_extract_finds_every_text_in_code_order_with_its_context(tmp_path):
    pkg = _fixture_package(tmp_path)
    out = tool.extract(pkg, tmp_path, catalog=False)
    by = out.by_context()
    assert by["mod"] == ["Title", "Looked up", "Hello", "Epoch {n} of {total}", "Two parts", "first",
                         "second"]
    assert by["other"] == ["Elsewhere"]
    assert by["sub.plain"] == ["Plain"]  # N_ in a module without a translator: the module's context
    assert by["elsewhere"] == ["Hi"]
    assert by["sub.bad"] == ["hidden"]  # the texts it cannot see are errors (next test)
    where: dict[str, str] = {}
    for m in out.messages:
        where.setdefault(m.source, m.where)
    assert where["Hello"] == "pkg/mod.py:9"  # the first time it is seen


def test_extract_reports_texts_it_cannot_see_with_file_and_line(tmp_path):
    pkg = _fixture_package(tmp_path)
    errors = tool.extract(pkg, tmp_path, catalog=False).errors
    text = "\n".join(errors)
    assert "pkg/sub/bad.py:7: _() holds an f-string" in text
    assert "pkg/sub/bad.py:8: _() holds a .format()" in text
    assert "pkg/sub/bad.py:9: _() holds a computed text" in text
    assert "pkg/sub/bad.py:10: _() holds a literal inside a conditional" in text
    assert "pkg/sub/wrong.py:2: the context is 'elsewhere' but this module is 'sub.wrong'" in text
    assert "pkg/sub/bad.py:14: this function names a variable _ and also calls _()" in text
    assert "pkg/sub/bad.py:20: Qt's own .tr(\"...\") is not extracted" in text
    assert len(errors) == 7, errors
    out = tool.extract(pkg, tmp_path, catalog=False)
    assert len(out.errors_for("sub.bad")) == 6 and out.errors_for("mod") == []  # --context: its own
    assert len(out.errors_for("sub")) == 7




def test_module_context_is_the_dotted_name_without_the_package():
    pkg = ROOT / "deskdl"
    assert tool.module_context(pkg / "qt" / "train" / "panel.py", pkg) == "qt.train.panel"
    assert tool.module_context(pkg / "qt" / "lessons" / "__init__.py", pkg) == "qt.lessons"
    assert tool.matches("qt.train.panel", "qt.train") and tool.matches("qt.train", "qt.train")
    assert not tool.matches("qt.trainer", "qt.train") and tool.matches("anything", None)


# ---------------------------------------------------------------- update and check
def test_update_keeps_translations_adds_new_drops_vanished_and_is_idempotent(tmp_path):
    pkg = _fixture_package(tmp_path)
    base = tmp_path / "i18n"
    first = tool.update(tool.extract(pkg, tmp_path, catalog=False), "vi", None, base)
    path = base / "vi" / "mod.ts"
    assert path in first.written and first.unfinished["mod"] == 7
    text = path.read_text(encoding="utf-8")
    assert '<TS version="2.1" language="vi_VN" sourcelanguage="en">' in text
    assert "<location" not in text and text.count("<message>") == 7
    assert '<translation type="unfinished"></translation>' in text

    entries = tool.read_ts(path)["mod"]
    entries["Hello"] = tool.Entry("Hello", "Xin chào", True)
    entries["Title"] = tool.Entry("Title", "Tiêu đề & <b>", True)
    path.write_text(tool.render_ts("mod", list(entries.values()), "vi"), encoding="utf-8")
    (pkg / "mod.py").write_text(FIXTURE.replace('_("first")', '_("new text")'), encoding="utf-8")
    (pkg / "sub" / "plain.py").unlink()

    second = tool.update(tool.extract(pkg, tmp_path, catalog=False), "vi", None, base)
    assert second.written == [path] and second.removed == [base / "vi" / "sub.plain.ts"]
    now = tool.read_ts(path)["mod"]
    assert list(now) == ["Title", "Looked up", "Hello", "Epoch {n} of {total}", "Two parts", "new text",
                         "second"]
    assert now["Hello"].translation == "Xin chào" and now["Hello"].finished
    assert now["Title"].translation == "Tiêu đề & <b>"
    assert not now["new text"].finished  # new: unfinished; "first" vanished
    before = {p: p.read_bytes() for p in (base / "vi").glob("*.ts")}

    third = tool.update(tool.extract(pkg, tmp_path, catalog=False), "vi", None, base)
    assert third.written == [] and third.removed == []
    assert {p: p.read_bytes() for p in (base / "vi").glob("*.ts")} == before
    assert third.unfinished["mod"] == 5


def test_update_never_deletes_translations_while_a_module_cannot_be_parsed(tmp_path):
    """Another helper's module half-edited (a syntax error) must not cost its translations."""
    pkg = _fixture_package(tmp_path)
    base = tmp_path / "i18n"
    tool.update(tool.extract(pkg, tmp_path, catalog=False), "vi", None, base)
    assert (base / "vi" / "sub.plain.ts").is_file()
    (pkg / "sub" / "plain.py").write_text('from deskdl.core.i18n import N_\nX = N_("Plain"\n', "utf-8")
    out = tool.extract(pkg, tmp_path, catalog=False)
    assert any("sub/plain.py:" in e and "cannot parse" in e for e in out.errors)
    report = tool.update(out, "vi", None, base)
    assert report.removed == [] and report.kept == [base / "vi" / "sub.plain.ts"]
    assert (base / "vi" / "sub.plain.ts").is_file()


def test_update_takes_a_file_qt_linguist_saved(tmp_path):

    """Linguist writes <location> lines, vanished entries and its own layout: update keeps the
    translations and writes the tool's form again."""
    pkg = _fixture_package(tmp_path)
    base = tmp_path / "i18n"
    (base / "vi").mkdir(parents=True)
    (base / "vi" / "mod.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi_VN">\n'
        "<context>\n  <name>mod</name>\n  <message>\n"
        '    <location filename="../../deskdl/mod.py" line="9"/>\n'

        "    <source>Hello</source>\n    <translation>Xin chào</translation>\n  </message>\n"
        "  <message>\n    <source>Gone</source>\n    <translation type=\"vanished\">Đã mất</translation>\n"
        "  </message>\n  <message>\n    <source>first</source>\n"
        '    <translation type="unfinished">thứ nhất?</translation>\n  </message>\n</context>\n</TS>\n',
        encoding="utf-8")
    tool.update(tool.extract(pkg, tmp_path, catalog=False), "vi", "mod", base)
    text = (base / "vi" / "mod.ts").read_text(encoding="utf-8")
    assert "<location" not in text and "Gone" not in text
    entries = tool.read_ts(base / "vi" / "mod.ts")["mod"]
    assert entries["Hello"].finished and entries["Hello"].translation == "Xin chào"
    assert not entries["first"].finished and entries["first"].translation == "thứ nhất?"  # a draft stays


def test_check_says_what_is_stale_missing_and_unfinished(tmp_path):

    pkg = _fixture_package(tmp_path)
    (pkg / "sub" / "bad.py").unlink()
    (pkg / "sub" / "wrong.py").unlink()
    base = tmp_path / "i18n"
    out = tool.extract(pkg, tmp_path, catalog=False)
    assert any(p.startswith("missing:") and "mod.ts" in p for p in tool.check(out, "vi", None, base))
    tool.update(out, "vi", None, base)
    assert tool.check(out, "vi", None, base) == []  # current; nothing must be complete yet
    assert tool.status(out, "vi", None, base) == [("mod", 0, 7, "ok"), ("other", 0, 1, "ok"),
                                                   ("sub.plain", 0, 1, "ok")]

    (base / "vi" / "COMPLETE").write_text("# comment\nother\n", encoding="utf-8")
    assert tool.check(out, "vi", None, base) == [f"unfinished: {base / 'vi' / 'other.ts'}: 'Elsewhere'"]
    assert len(tool.check(out, "vi", "mod", base)) == 7  # --context: every unfinished text of it
    path = base / "vi" / "mod.ts"
    entries = tool.read_ts(path)["mod"]
    entries["Epoch {n} of {total}"] = tool.Entry("Epoch {n} of {total}", "Epoch {n} trên {tong}", True)
    entries["Hello"] = tool.Entry("Hello", "Xin chào", True)
    path.write_text(tool.render_ts("mod", list(entries.values()), "vi"), encoding="utf-8")
    wrong = [p for p in tool.check(out, "vi", None, base) if p.startswith("placeholders:")]
    assert wrong == [f"placeholders: {path}: 'Epoch {{n}} of {{total}}': the translation must keep exactly "
                     "{n}, {total}"]  # .format(total=...) would raise KeyError on {tong}
    assert tool.placeholders("{share:.0%} of {n}") == ["{n}", "{share:.0%}"]
    assert tool.placeholders("a {b") == []  # not a format string: nothing to keep
    (pkg / "mod.py").write_text(FIXTURE + '\nz = _("added")\n', encoding="utf-8")

    problems = tool.check(tool.extract(pkg, tmp_path, catalog=False), "vi", "mod", base)
    assert problems[0].startswith("stale:") and "mod.ts differs from the code" in problems[0]


def test_build_compiles_every_context_into_one_qm(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    base = tmp_path / "i18n"
    (base / "vi").mkdir(parents=True)
    (base / "vi" / "a.ts").write_text(tool.render_ts("a", [tool.Entry("Save", "Lưu", True),
                                                         tool.Entry("Open", "Mở?", False)]), "utf-8")
    (base / "vi" / "b.ts").write_text(tool.render_ts("b", [tool.Entry("Line\n{n} & <i>", "Dòng\n{n} & <i>",
                                                                      True)]), "utf-8")
    qm = tool.build("vi", base)
    assert qm == base / "deskdl_vi.qm"
    one = QTranslator()
    assert one.load(str(qm))
    assert one.translate("a", "Save") == "Lưu"
    assert one.translate("b", "Line\n{n} & <i>") == "Dòng\n{n} & <i>"
    assert one.translate("a", "Open") == ""  # unfinished translations are left out


# ---------------------------------------------------------------- the shipped sources
def test_shipped_translation_sources_are_current_and_complete_where_they_must_be():
    """Every .ts is what `packaging/i18n.py update` writes for the code now, no text is hidden
    from the extractor, and the contexts in resources/i18n/vi/COMPLETE have no unfinished text."""
    problems = tool.check(tool.extract(), "vi")
    assert not problems, "run .venv/bin/python packaging/i18n.py update (or check):\n" + "\n".join(problems)


def test_committed_qm_is_a_fresh_build_of_the_sources(qapp):
    """The shipped .qm says what every .ts says: each finished translation, and nothing for the
    unfinished ones (compared by message, not by bytes: another lrelease may lay the file out otherwise)."""
    from PySide6.QtCore import QTranslator

    shipped = QTranslator()
    assert shipped.load(str(tool.qm_path("vi")))
    stale = []
    for path in sorted((tool.I18N_DIR / "vi").glob("*.ts")):
        for context, entries in tool.read_ts(path).items():
            for entry in entries.values():
                want = entry.translation if entry.finished else ""
                if shipped.translate(context, entry.source) != want:
                    stale.append(f"{context}: {entry.source[:60]!r}")
    assert not stale, ("resources/i18n/deskdl_vi.qm is older than its sources: run .venv/bin/python "
                       "packaging/i18n.py build\n" + "\n".join(stale[:20]))



# ---------------------------------------------------------------- the runtime
def test_resolve_language_follows_the_choice_then_the_system_then_english():
    from deskdl.qt.i18n import resolve_language

    assert resolve_language("vi") == "vi" and resolve_language("vi_VN") == "vi"
    assert resolve_language("en", ["vi-VN"]) == "en"
    assert resolve_language("system", ["vi-VN", "en-US"]) == "vi"
    assert resolve_language("system", ["fr-FR", "en-GB", "vi"]) == "en"  # the first one deskdl has
    assert resolve_language(None, ["de-DE"]) == "en"
    assert resolve_language("fr") == "en" and resolve_language("") == "en"


def test_the_window_speaks_vietnamese_when_asked(qtbot, english):
    from deskdl.qt.app import create_window

    expected = tool.read_ts(tool.ts_path("qt.i18n"))["qt.i18n"]["&Language"].translation
    assert expected == "&Ngôn ngữ"
    window = create_window(argparse.Namespace(language="vi"), screenshot=True)
    qtbot.addWidget(window)
    try:
        assert i18n.language() == "vi"
        assert window.language_menu.menu.title() == expected
        assert window.language_menu.actions["vi"].text() == "Tiếng Việt"
    finally:
        window.discard_changes()
        window.close()
        window.keras.shutdown()
    window = create_window(argparse.Namespace(language="fr"), screenshot=True)  # none: English
    qtbot.addWidget(window)
    try:
        assert i18n.language() == "en" and window.language_menu.menu.title() == "&Language"
    finally:
        window.discard_changes()
        window.close()
        window.keras.shutdown()


def test_language_comes_from_the_option_then_the_environment_then_the_setting(qapp, monkeypatch, english):
    from deskdl.core import settings
    from deskdl.qt.i18n import install_translations

    monkeypatch.delenv("DESKDL_LANGUAGE", raising=False)
    settings.set("language", "vi")
    assert install_translations() == "vi" and i18n.language() == "vi"
    monkeypatch.setenv("DESKDL_LANGUAGE", "en")
    assert install_translations() == "en" and i18n.tr("qt.i18n", "Language") == "Language"
    assert install_translations("vi") == "vi" and i18n.tr("qt.i18n", "Language") == "Ngôn ngữ"
    settings.set("language", None)


def test_qt_own_buttons_and_menus_speak_vietnamese(qtbot, english):

    """PySide6 ships no Vietnamese for Qt: deskdl's .qm carries the standard buttons and edit menus."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from deskdl.qt.i18n import install_translations

    assert install_translations("vi") == "vi"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Đồng ý"]
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert any(a.text().startswith("&Sao chép") for a in menu.actions())
    menu.deleteLater()


def test_choosing_a_language_is_saved_and_says_it_takes_effect_at_the_next_start(qtbot, english):

    from PySide6.QtWidgets import QMainWindow

    from deskdl.core import settings
    from deskdl.qt.i18n import LanguageMenu, install_translations, saved_choice

    install_translations("en")
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(window.menuBar(), window)
    assert [a.text() for a in menu.group.actions()] == ["System Language", "English", "Tiếng Việt"]
    note = menu.choose("vi", ask=False)
    assert saved_choice() == "vi" and settings.get("language") == "vi"
    assert note.startswith("Ngôn ngữ sẽ đổi vào lần tới deskdl khởi động.")  # the language chosen...
    assert note.endswith("Close deskdl and open it again to see it.")  # ...and the one shown now
    assert window.statusBar().currentMessage() == note.split("\n\n")[0]
    assert menu.choose("en", ask=False) == ""  # English now, English chosen: nothing changes
    menu.choose("system", ask=False)
    assert saved_choice() == "system"
    assert "language" not in json.loads(settings.settings_path().read_text(encoding="utf-8"))["values"]


def test_restart_now_closes_the_window_then_starts_deskdl_again_without_the_language_option(qtbot, english):
    from PySide6.QtWidgets import QMainWindow

    from deskdl.qt import i18n as qt_i18n

    class Stubborn(QMainWindow):  # the learner answers Cancel to "save your changes?"
        def closeEvent(self, event):  # noqa: N802 - Qt's name
            event.ignore()

    kept = Stubborn()
    qtbot.addWidget(kept)
    kept.show()
    assert not qt_i18n.LanguageMenu(kept.menuBar(), kept).restart_now()
    assert not qt_i18n.restart_requested() and kept.isVisible()

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    assert qt_i18n.LanguageMenu(window.menuBar(), window).restart_now()
    assert qt_i18n.restart_requested() and not window.isVisible()
    started = []
    assert qt_i18n.restart_if_requested(lambda program, args: started.append((program, args)) or True)
    assert started == [qt_i18n.restart_command()] and not qt_i18n.restart_requested()
    assert not qt_i18n.restart_if_requested(lambda *a: started.append(a))  # once
    assert len(started) == 1

    program, args = qt_i18n.restart_command(["main.py", "--language", "vi", "--tab", "Train", "--language=en",
                                             "x.deskdl"])
    assert program == sys.executable and args == ["main.py", "--tab", "Train", "x.deskdl"]


def test_language_option_on_the_command_line():

    from deskdl import cli

    args = cli.build_parser().parse_args(["--language", "vi", "--tab", "Train"])
    assert args.language == "vi"
    assert cli._project_as_option(["--language", "vi", "x.deskdl"]) == ["--language", "vi", "--project",
                                                                         "x.deskdl"]


# ---------------------------------------------------------------- no bare literals
#: Calls whose text arguments a user reads (method name or class).
SHOWN_METHODS = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
                 "setTitle", "addAction", "addMenu", "showMessage", "setWhatsThis", "setHeaderLabels",
                 "addTab", "insertTab", "setTabText", "setTabToolTip", "setLabelText", "setCaption"}
SHOWN_CLASSES = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QRadioButton",
                 "QToolButton", "QMenu", "QDockWidget", "QCommandLinkButton"}
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
#: Keyword arguments of those calls that hold shown text (not size="9pt", objectName=...).
SHOWN_KEYWORDS = {"text", "title", "label", "toolTip", "caption"}



def _has_words(node: ast.AST) -> bool:
    """A string literal (or f-string) with letters in it: a text someone reads."""
    pieces = [node.value] if isinstance(node, ast.Constant) and isinstance(node.value, str) else []
    if isinstance(node, ast.JoinedStr):
        pieces = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    # markup alone (<b>{head}</b>, &nbsp;) is no text to translate
    return any(re.search(r"[^\W\d_]", re.sub(r"<[^>]*>|&\w+;", "", piece)) for piece in pieces)


def bare_literals(path: Path) -> list[str]:
    """Texts passed straight to a widget in ``path`` without ``_()`` (file:line: the text)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if name in SHOWN_METHODS or name in SHOWN_CLASSES or (owner == "QMessageBox" and name in MESSAGE_BOX):
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS)]:
                parts = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
                for part in parts:
                    if _has_words(part):
                        text = ast.unparse(part)
                        found.append(f"{path.name}:{part.lineno}: {name}({text[:60]})")
    return found


def converted_modules() -> list[Path]:
    """The modules that say ``_ = translator(...)``: they stay converted."""
    out = []
    for path in sorted((ROOT / "deskdl").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if tool._module_translator(tree)[1]:
            out.append(path)
    return out


def test_the_guard_sees_bare_literals(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'from deskdl.core.i18n import translator\n_ = translator("x")\n'
        'label.setText("Bare")\nlabel.setText(_("Wrapped"))\nQLabel("Also bare", self)\n'
        'QMessageBox.warning(self, _("Title"), f"{n} went wrong")\nlabel.setText("")\nlabel.setText("→ 3")\n'
        'QPushButton(_("OK"))\nbox.setObjectName("notShown")\nmenu.addAction(_(NAME))\n'
        'label.setText(f"<b>{head}</b><table>{rows}</table>")\n', encoding="utf-8")

    found = bare_literals(sample)
    assert [f.split(": ", 1)[1] for f in found] == ["setText('Bare')", "QLabel('Also bare')",
                                                    "warning(f'{n} went wrong')"]


def test_converted_modules_pass_no_bare_literal_to_a_widget():
    modules = converted_modules()
    assert ROOT / "deskdl" / "qt" / "i18n.py" in modules
    found = [line for path in modules for line in bare_literals(path)]
    assert not found, "wrap these in _(...):\n" + "\n".join(found)
