"""The main window in another language (issue 17): shown texts follow the translation, keys stay English.

The window, its menus, docks, Build tab panels and stage tabs are driven for real; the Vietnamese comes
from a fresh build of the shipped translation sources (resources/i18n/vi/*.ts), installed the way
deskdl.qt.i18n installs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qt_helpers import close_all, close_quietly, guard_dialogs, make_window

from deskdl.core import i18n
from tests._i18n_support import build_vi_qm, qt_vietnamese

STAGES = ["Build", "Data", "Train", "Evaluate", "Inspect"]


@pytest.fixture(autouse=True)
def _tidy(monkeypatch):
    guard_dialogs(monkeypatch)
    yield
    close_all()
    i18n.install(None)


@pytest.fixture(scope="module")
def vi_qm(tmp_path_factory):
    return build_vi_qm(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def vietnamese(qapp, vi_qm):
    with qt_vietnamese(vi_qm) as translator:
        yield translator


@pytest.fixture
def marked(qapp):
    """A made-up language that marks every text it translates: ⟦text⟧."""
    i18n.install(lambda context, text: f"⟦{text}⟧", "xx")
    yield
    i18n.install(None)


def _window(qtbot, monkeypatch, tmp_path, size=(1280, 720)):
    from deskdl.qt.app import _open_default

    window = make_window(qtbot, monkeypatch, tmp_path)
    _open_default(window)
    assert window.install_stage_tabs()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _tab_texts(window) -> list[str]:
    return [window.stages.tabText(i) for i in range(window.stages.count())]


def test_stage_tabs_show_their_translated_titles_and_keep_english_keys(qtbot, monkeypatch, tmp_path, marked):
    window = _window(qtbot, monkeypatch, tmp_path)
    try:
        assert _tab_texts(window) == [f"⟦{name}⟧" for name in STAGES]
        assert window.stage_names() == STAGES  # the keys lessons, layouts and --tab use
        assert window.current_stage() == "Build"
        train = window.stage_tab("Train")
        assert train is not None and window.stage_tab("⟦Train⟧") is train  # the shown title finds it too
        assert window.select_stage("Train") and window.current_stage() == "Train"
        assert window.stages.currentWidget() is train
        # View > Stages shows the titles and selects by key
        actions = window.stage_menu.actions()
        assert [a.text() for a in actions] == [f"⟦{name}⟧" for name in STAGES]
        actions[0].trigger()
        assert window.current_stage() == "Build"
        # a stage's remembered layout is filed under its key, not under the title of the language of the day
        window.select_stage("Data")
        assert window.stage_layout("Build") is not None and window.stage_layout("⟦Build⟧") is None
    finally:
        close_quietly(window)


def test_the_build_tab_speaks_vietnamese(qtbot, monkeypatch, tmp_path, vietnamese):
    window = _window(qtbot, monkeypatch, tmp_path)
    try:
        assert _tab_texts(window) == ["Xây dựng", "Dữ liệu", "Huấn luyện", "Đánh giá", "Khảo sát"]
        assert window.stage_names() == STAGES
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&Tệp", "&Sửa", "&Xem"] and "Trợ &giúp" in menus
        assert window.action_map["save_as"].text() == "Lưu thà&nh…"
        assert window.editor.action_map["undo"].text().startswith("&Hoàn tác")
        assert [d.windowTitle() for d in window.docks()] == ["Dự án", "Các lớp", "Thuộc tính", "Chi tiết"]
        assert [window.details.tabText(i) for i in range(3)] == ["Vấn đề", "Tóm tắt", "Mã Python"]
        assert window.palette.search.placeholderText() == "Tìm lớp (Ctrl+F)"
        assert window.properties.placeholder.text().startswith("Chọn một lớp trên khung vẽ")
        headers = [window.summary.table.horizontalHeaderItem(i).text() for i in range(4)]
        assert headers == ["Lớp", "Loại", "Kích thước đầu ra", "Tham số"]
        assert window.summary.totals.text().startswith("Tổng số tham số: ")
        assert window.problems.tree.topLevelItem(0).text(2) == "Không có vấn đề: mô hình dựng được."
        assert window.status.activity.text() == "Sẵn sàng"
        assert window.windowTitle().endswith("[*] — deskdl")
        # an edit speaks too: a refused link says why in Vietnamese, and Undo names the step
        first, second = list(window.project.graph.nodes)[:2]
        window.editor.disconnect_nodes(first, second, 0)
        assert window.editor.action_map["undo"].text() == f"&Hoàn tác Bỏ nối {first} khỏi {second}"
        assert window.problems.tab_title(1, 0) == "Vấn đề (1)"
    finally:
        close_quietly(window)


def test_vietnamese_window_keeps_1280x720_on_every_tab(qtbot, monkeypatch, tmp_path, vietnamese):
    """Longer Vietnamese labels must not make a tab (its docks and panels) need more than the screen."""
    window = _window(qtbot, monkeypatch, tmp_path)
    try:
        for name in STAGES:
            assert window.select_stage(name)
            qtbot.wait(20)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 720, (name, hint)
            assert (window.width(), window.height()) == (1280, 720), name
    finally:
        close_quietly(window)


# ---------------------------------------------------------------- the bundled projects' own texts
def _bundled() -> dict[Path, list[Path]]:
    from deskdl.qt import settings as app_settings

    templates = sorted(app_settings.templates_dir().glob("*.deskdl"))
    return {app_settings.templates_dir(): templates, app_settings.default_project_path().parent:
            [app_settings.default_project_path()]}


def test_every_template_and_the_default_project_have_a_vietnamese_name_and_description():
    import json

    from deskdl.qt.sidebar import texts_path, translated_texts

    for folder, files in _bundled().items():
        raw = json.loads(texts_path(folder, "vi").read_text(encoding="utf-8"))
        stems = {p.stem for p in files}
        assert set(raw) <= stems, f"{texts_path(folder, 'vi')} names files that are gone: {set(raw) - stems}"
        texts = translated_texts(folder, "vi")
        for path in files:
            entry = texts.get(path.stem, {})
            english = json.loads(path.read_text(encoding="utf-8"))
            assert entry.get("name") and entry.get("description"), (
                f"add {path.stem}'s Vietnamese name and description to {texts_path(folder, 'vi')}")
            assert entry["description"] != english.get("description"), path.stem
        assert translated_texts(folder, "en") == {}  # English: the files say it themselves


def test_templates_are_listed_and_opened_in_the_apps_language(qtbot, monkeypatch, tmp_path, vietnamese):
    from deskdl.qt import settings as app_settings
    from deskdl.qt.sidebar import translated_texts

    texts = translated_texts(app_settings.templates_dir(), "vi")
    window = _window(qtbot, monkeypatch, tmp_path)
    try:
        assert window.project.name == "Xoắn ốc" and window.sidebar.name.text() == "Xoắn ốc"  # the default one
        shown = [item.text() for item in window.sidebar.template_items()]
        assert texts["mlp_2d"]["name"] in shown and "MLP for 2D points" not in shown
        menu = [a.text() for a in window.template_menu.actions()]
        assert texts["cnn_digits"]["name"] in menu
        assert window.new_from_template(app_settings.templates_dir() / "cnn_digits.deskdl")
        assert window.project.name == texts["cnn_digits"]["name"]
        assert window.sidebar.description.text() == texts["cnn_digits"]["description"]
        assert window.project.path is None  # still a new, unsaved project
    finally:
        close_quietly(window)
