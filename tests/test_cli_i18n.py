"""Issue 17: the command line speaks the language the window would, without Qt.

deskdl.core.language picks the language by the window's rule and reads the compiled .qm itself
(installers ship only the .qm; the command line must not import PySide6). The Vietnamese runs use
a .qm built here from the shipped sources (what the lead's rebuild will ship), so they do not wait
for the committed one.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from deskdl.core import i18n, language, settings

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("deskdl_i18n_tool_cli", ROOT / "packaging" / "i18n.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = tool  # dataclasses look their module up by name
_spec.loader.exec_module(tool)

TEMPLATE = ROOT / "resources" / "templates" / "mlp_2d.deskdl"

#: Runs deskdl's main() with the .qm of argv[1]; says on stdout's last line whether Qt was imported.
CHILD = r"""
import sys
from pathlib import Path
import deskdl.core.language as language
language.qm_file = lambda lang: Path(sys.argv[1])
from deskdl.cli import main
code = main(sys.argv[2:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "pyqtgraph"})
print("QT " + " ".join(heavy) if heavy else "NO-QT")
sys.exit(code)
"""


@pytest.fixture(scope="module")
def qm(tmp_path_factory) -> Path:
    """deskdl_vi.qm compiled from the shipped resources/i18n/vi/*.ts."""
    return tool.build("vi", out=tmp_path_factory.mktemp("qm") / "deskdl_vi.qm")


@pytest.fixture
def english():
    """Leave no translation installed behind (other tests read English)."""
    yield
    i18n.install(None)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.pop("DESKDL_LANGUAGE", None)
    env.update(extra)
    return env


def _child(qm: Path, *argv: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD, str(qm), *argv], capture_output=True, text=True,
                          cwd=cwd, env=_env(**env), timeout=300)


# ---------------------------------------------------------------- the .qm without Qt
def test_the_pure_reader_gives_what_qt_gives_for_every_message(qm):
    QTranslator = pytest.importorskip("PySide6.QtCore").QTranslator
    table = language.read_qm(qm)
    shipped = tool.read_ts(tool.ts_path("cli"))["cli"]
    assert len(table) > 2000 and ("cli", "Output Shape") in table
    qt = QTranslator()
    assert qt.load(str(qm))
    differ = [key for key, text in table.items() if qt.translate(*key) != text]
    assert not differ, differ[:5]
    finished = [m for m in shipped.values() if m.finished and m.translation]
    assert finished and all(table[("cli", m.source)] == m.translation for m in finished)


def test_a_damaged_or_missing_qm_gives_english(tmp_path, monkeypatch, english):
    bad = tmp_path / "deskdl_vi.qm"
    bad.write_bytes(b"not a translation")
    with pytest.raises(ValueError, match="not a compiled Qt translation"):
        language.read_qm(bad)
    cut = tmp_path / "cut.qm"
    cut.write_bytes(language.QM_MAGIC + bytes([0x69, 0, 0, 1, 0]) + b"short")
    with pytest.raises(ValueError, match="cut short"):
        language.read_qm(cut)
    for path in (bad, cut, tmp_path / "missing.qm"):
        monkeypatch.setattr(language, "qm_file", lambda lang, p=path: p)
        assert language.install_language("vi") == "en"
        assert i18n.language() == "en" and i18n.tr("cli", "Output Shape") == "Output Shape"


def test_the_window_and_the_command_line_pick_by_one_rule(monkeypatch, english):
    """--language, else $DESKDL_LANGUAGE, else the saved choice, else the system's languages."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "DESKDL_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert language.system_languages()[0] == "vi_VN.UTF-8"
    assert language.pick_language() == "vi"  # nothing saved: the system's
    settings.set("language", "en")
    assert language.pick_language() == "en"  # the saved choice beats the system
    monkeypatch.setenv("DESKDL_LANGUAGE", "vi")
    assert language.pick_language() == "vi"  # the environment beats the saved choice
    assert language.pick_language("en") == "en"  # --language beats everything
    assert language.pick_language("fr") == "en"  # a language deskdl has no translation for: English
    settings.set("language", None)
    monkeypatch.delenv("DESKDL_LANGUAGE")
    monkeypatch.setenv("LANGUAGE", "fr:vi")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert language.system_languages() == ["fr", "vi", "en_US.UTF-8"]
    assert language.pick_language() == "vi"  # the first the system prefers that deskdl has
    monkeypatch.setenv("LANG", "C")  # gettext ignores $LANGUAGE in the C locale; so does Qt
    assert "vi" not in language.system_languages()
    qt_i18n = pytest.importorskip("deskdl.qt.i18n")
    assert qt_i18n.resolve_language is language.resolve_language  # the window's rule is this one
    assert qt_i18n.saved_choice is language.saved_choice


def test_help_speaks_vietnamese_and_keeps_the_error_prefix(qm, monkeypatch, capsys, english):
    from deskdl.cli import main

    monkeypatch.setattr(language, "qm_file", lambda lang: qm)
    assert main(["--language", "vi", "train", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: deskdl train") and "huấn luyện một dự án không cần cửa sổ" in out
    assert "tùy chọn:" in out and "hiện trợ giúp này rồi thoát" in out
    assert main(["train", "--language", "vi", "--epochs", "two", "x.deskdl"]) == 2
    err = capsys.readouterr().err.strip()
    # argparse's own sentence stays English; deskdl's hint is translated; the prefix is for scripts
    assert err.startswith("deskdl: error: argument --epochs: invalid int value")
    assert err.endswith("(xem deskdl --help)")
    assert main(["--language", "en", "train", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: deskdl train")
    assert main(["lessons", "--language", "fr", "no_such_lesson"]) == 2  # no French: said, then English
    first, second = capsys.readouterr().err.strip().splitlines()
    assert first == "deskdl: no translation into 'fr' (there are: en, vi); the app speaks English"
    assert second.startswith("deskdl: error: there is no lesson called 'no_such_lesson'")


# ---------------------------------------------------------------- a real command in Vietnamese
@pytest.mark.keras
def test_train_under_vietnamese_prints_and_reports_in_vietnamese(qm, tmp_path):
    shutil.copy(TEMPLATE, tmp_path / "tiny.deskdl")
    done = _child(qm, "train", "tiny.deskdl", "--epochs", "1", "--out", "run", cwd=tmp_path,
                  DESKDL_LANGUAGE="vi")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "NO-QT"
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("huấn luyện trên ") and " mẫu dữ liệu, 354 tham số, 1 epoch" in lines[0]
    assert lines[-1].startswith("xong: 1 epoch trong ") and "độ chính xác trên tập kiểm tra" in lines[-1]
    assert lines[-1].endswith("; đã ghi run")
    report = (tmp_path / "run" / "report.txt").read_text(encoding="utf-8")
    assert report.startswith("báo cáo huấn luyện của deskdl: ") and "trạng thái: xong" in report
    assert "số epoch đã chạy: 1 trên 1" in report and "\ntập kiểm tra (test):\n  accuracy: " in report
    header = (tmp_path / "run" / "metrics.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("epoch,") and "accuracy" in header  # for programs: English


def test_an_error_under_vietnamese_says_what_to_do_in_vietnamese(qm, tmp_path):
    shutil.copy(TEMPLATE, tmp_path / "tiny.deskdl")
    (tmp_path / "taken").write_text("a file")
    done = _child(qm, "train", "tiny.deskdl", "--out", "taken", cwd=tmp_path, DESKDL_LANGUAGE="vi")
    assert done.returncode == 2 and done.stdout.strip() == "NO-QT"
    assert done.stderr.strip() == ("deskdl: error: tiny.deskdl: --out taken là một tệp, không phải thư mục: "
                                   "hãy chỉ một thư mục (chưa có thì deskdl tạo)")
    done = _child(qm, "lessons", "no_such_lesson", cwd=tmp_path, LANG="vi_VN.UTF-8")  # the system's language
    assert done.returncode == 2
    assert done.stderr.startswith("deskdl: error: không có bài học nào tên 'no_such_lesson' (các bài học: ")


def test_english_stays_the_default(tmp_path):
    """The installed ``deskdl`` command, nothing chosen, a system in English or C: English as written."""
    deskdl = shutil.which("deskdl", path=str(Path(sys.executable).parent))
    command = [deskdl] if deskdl else [sys.executable, "-m", "deskdl.cli"]
    for env in ({"LANG": "C"}, {"LANG": "en_US.UTF-8"}):
        done = subprocess.run([*command, "train", "missing.deskdl", "--epochs", "0"], capture_output=True,
                              text=True, cwd=tmp_path, env=_env(**env), timeout=120)
        assert done.returncode == 2
        assert done.stderr.strip() == ("deskdl: error: missing.deskdl: no such file: check the path")


def test_a_terminal_or_pipe_that_cannot_encode_vietnamese_gets_utf8(qm, tmp_path):
    """A C locale without UTF-8 (or a pipe on Windows) would fail on "ệ": deskdl writes UTF-8 there."""
    env = _env(LANG="C", LC_ALL="C", PYTHONCOERCECLOCALE="0", PYTHONUTF8="0", DESKDL_LANGUAGE="vi")
    done = subprocess.run([sys.executable, "-c", CHILD, str(qm), "lessons"], capture_output=True,
                          cwd=tmp_path, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert "perceptron" in out and "bài học" in out and "khoảng" in out
