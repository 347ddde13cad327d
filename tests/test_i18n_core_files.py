"""The core's file and sweep messages in another language (issue 17, H17a).

A broken project file, a failed save and a sweep written wrong are refused with a message the window
shows as it is; in Vietnamese each is Vietnamese, with every placeholder filled. The Vietnamese comes
from the shipped sources (resources/i18n/vi/*.ts), read with packaging/i18n.py and plugged into
deskdl.core.i18n as the Qt ring plugs in Qt's translator; the window test builds the .qm and installs
it with Qt's own translator.
"""

from __future__ import annotations

import json
import os

import pytest

from deskdl.core import i18n
from deskdl.core.errors import ProjectError
from deskdl.core.project import Project
from tests._i18n_support import i18n_tool
from tests._i18n_support import vi_texts as read_vi_texts

GRAPH = {"nodes": [{"id": "x", "type": "Input", "params": {"shape": [4]}},
                   {"id": "d", "type": "Dense", "params": {"units": 2}, "inputs": ["x"]}]}
NOISE = {"nodes": [{"id": "z", "type": "Input", "params": {"shape": [8]}},
                   {"id": "g_out", "type": "Dense", "params": {"units": 2}, "inputs": ["z"]}]}
CRITIC = {"nodes": [{"id": "s", "type": "Input", "params": {"shape": [2]}},
                    {"id": "d_out", "type": "Dense", "params": {"units": 1}, "inputs": ["s"]}]}


@pytest.fixture(scope="module")
def vi_texts() -> dict[tuple[str, str], str]:
    """(context, English) -> finished Vietnamese, from every vi/*.ts."""
    return read_vi_texts()


@pytest.fixture
def vietnamese(vi_texts):
    """Install the Vietnamese; the list it yields records each (context, text) looked up without one."""
    missed: list[tuple[str, str]] = []

    def lookup(context: str, text: str) -> str:
        out = vi_texts.get((context, text), "")
        if not out:
            missed.append((context, text))
        return out

    i18n.install(lookup, "vi")
    yield missed
    i18n.install(None)


def gan_doc(**changes):
    doc = {"format": "deskdl-project", "version": 2, "name": "ring", "kind": "gan",
           "models": {"generator": NOISE, "discriminator": CRITIC}}
    doc.update(changes)
    return doc


def doc(**changes):
    out = {"format": "deskdl-project", "version": 1, "name": "t", "model": GRAPH}
    out.update(changes)
    return out


def nested(depth):
    value: list = []
    for _level in range(depth):
        value = [value]
    return value


#: name -> (document or JSON text, what the Vietnamese message must hold besides the file's name)
BROKEN = {
    "not an object": ("[1, 2]", ["list"]),
    "not valid JSON": ('{"format": "deskdl-project",\n  "version": }',
                       ["(thiếu một giá trị ở dòng 2, cột 14)"]),
    "an unclosed string": ('{"format": "deskdl-project", "name": "abc',
                           ["chưa được đóng ngoặc kép, bắt đầu ở dòng 1"]),
    "foreign format": (doc(format="notes"), ["'notes'", "dự án deskdl"]),
    "version not a number": (doc(version="2"), ["'2'", "số nguyên"]),
    "too new": (doc(version=99), ["99", "phiên bản 2", "cập nhật deskdl"]),
    "no model": ({"format": "deskdl-project", "version": 1}, ["'model'", "'nodes'"]),
    "model and models": (doc(models={"model": GRAPH}), ["'models'"]),
    "data not an object": (doc(data=[1]), ["'data'", "đối tượng"]),
    "name not text": (doc(name=3), ["'name'", "văn bản"]),
    "too deep": (doc(extra=nested(150)), ["100", "tại extra"]),
    "kind not text": (doc(kind=3, version=2), ["3", '"gan"']),
    "a GAN with one model": (gan_doc(models=None, model=GRAPH), ["mạng đối sinh (GAN)", "generator"]),
    "a one-graph kind with models": (doc(version=2, kind="vae", model=None, models={"model": GRAPH}),
                                     ["bộ tự mã hóa", "'models'"]),
    "an agent with models": (doc(version=2, kind="dqn", model=None, models={"model": GRAPH}),
                             ["một mạng Q sâu (DQN) chỉ có một đồ thị"]),
    "a GAN without its discriminator": (gan_doc(models={"generator": NOISE}),
                                        ["discriminator", "mạng đối sinh (GAN)"]),
    "a GAN with a third role": (
        gan_doc(models={"generator": NOISE, "discriminator": CRITIC, "critic": GRAPH}),
        ["'critic'", "vai trò"]),
    "a broken role graph": (gan_doc(models={"generator": NOISE, "discriminator": {"nodes": 3}}),
                            ["đồ thị discriminator: 'model' phải có một danh sách tên là 'nodes'"]),
    "a model that is no object": (doc(model=[1]), ["'model' phải là một đối tượng JSON"]),
    "a layer without a type": (doc(model={"nodes": [{"id": "x"}]}), ["model.nodes[0] phải là"]),
    "a layer id used twice": (doc(model={"nodes": [GRAPH["nodes"][0], GRAPH["nodes"][0]]}),
                              ["model.nodes[1]: id 'x' được dùng hai lần", "id riêng"]),
    "a layer fed by no layer": (doc(model={"nodes": [{"id": "d", "type": "Dense", "inputs": ["gone"]}]}),
                                ["lớp 'd' lấy đầu vào từ 'gone'", "'inputs'"]),
    "params not an object": (doc(model={"nodes": [{"id": "x", "type": "Input", "params": 3}]}),
                             ["model.nodes[0] (x): 'params'"]),
    "outputs naming no layer": (doc(model={**GRAPH, "outputs": ["nope"]}), ["'model.outputs'"]),
    "groups not a list": (doc(model={**GRAPH, "groups": 3}), ["'model.groups'"]),
    "a group's members not ids": (doc(model={**GRAPH, "groups": [{"id": "g", "members": 3}]}),
                                  ["model.groups[0] (g): 'members'"]),
    "a group of one layer": (doc(model={**GRAPH, "groups": [{"id": "g", "members": ["d"]}]}),
                             ["model.groups[0] (g): một nhóm"]),
    "a layer in two groups": (doc(version=2, model={**GRAPH, "groups": [
        {"id": "g", "members": ["x", "d"]}, {"id": "h", "members": ["x", "d"]}]}),
        ["(h): ", "nằm trong hai nhóm (cả g nữa)"]),
    "optimizer of no role": (gan_doc(optimizers={"critic": {"type": "Adam"}}), ["optimizers.critic"]),
    "optimizer not an object": (
        gan_doc(optimizers={"generator": "Adam"}), ["optimizers.generator", '"Adam"']),
}


def _clean(d):
    return {k: v for k, v in d.items() if v is not None} if isinstance(d, dict) else d


def _opened(case) -> str:
    data, _want = BROKEN[case]
    text = data if isinstance(data, str) else json.dumps(_clean(data))
    with pytest.raises(ProjectError) as err:
        Project.from_json(text, "lop3.deskdl")
    return err.value.text


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_project_files_speak_vietnamese_with_their_details(vietnamese, case):
    text = _opened(case)
    missed = _vietnamese_only(vietnamese)
    assert not missed, f"no Vietnamese for {missed}"
    assert text.startswith("lop3.deskdl: "), text
    assert "{" not in text.replace('{"', "").replace("{}", ""), text  # every placeholder filled
    for want in BROKEN[case][1]:
        assert want in text, (want, text)
    i18n.install(None)
    english = _opened(case)
    assert english != text and english.startswith("lop3.deskdl: ")


def _vietnamese_only(missed):
    return [m for m in missed if m[0] in ("core.project", "core.kinds", "core.graph", "core.errors")]


def test_files_that_cannot_be_read_or_saved_speak_vietnamese(vietnamese, tmp_path):
    texts = []
    for path in (tmp_path / "missing.deskdl", tmp_path):  # no such file; a folder cannot be read as text
        with pytest.raises(ProjectError) as err:
            Project.load(path)
        texts.append(err.value.text)
    assert texts[0] == f"{tmp_path / 'missing.deskdl'}: không có tệp này: hãy kiểm tra đường dẫn"
    assert texts[1].startswith(f"{tmp_path}: không đọc được (IsADirectoryError)")
    project = Project.from_dict(doc())
    with pytest.raises(ProjectError) as err:
        project.save()
    assert err.value.text == "dự án chưa có tên tệp: hãy dùng Lưu thành…"
    with pytest.raises(ProjectError) as err:
        project.save(tmp_path / "no folder" / "a.deskdl")
    assert "không thể ghi vào" in err.value.text and str(tmp_path / "no folder") in err.value.text
    (tmp_path / "taken.deskdl").mkdir()
    with pytest.raises(ProjectError) as err:
        project.save(tmp_path / "taken.deskdl")  # the name is a folder's: the rename fails
    assert "không lưu được" in err.value.text and "dung lượng đĩa" in err.value.text
    project.training["learning_rate_note"] = float("nan")
    with pytest.raises(ProjectError) as err:
        project.save(tmp_path / "nan.deskdl")
    assert "JSON không lưu được" in err.value.text
    if os.path.exists("/dev/full"):  # a device is written in place; the full one refuses
        del project.training["learning_rate_note"]
        with pytest.raises(ProjectError) as err:
            project.save("/dev/full")
        assert err.value.text.startswith("/dev/full: không ghi được (")
    assert not _vietnamese_only(vietnamese)


@pytest.fixture
def qt_vietnamese(qapp, tmp_path_factory):
    """The Vietnamese as the app installs it: a fresh deskdl_vi.qm in Qt's translator; English after."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    tool = i18n_tool()
    qm = tool.build("vi", tool.I18N_DIR, tmp_path_factory.mktemp("qm") / "deskdl_vi.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.install(lambda context, text: QCoreApplication.translate(context, text), "vi")
    yield translator
    i18n.install(None)
    QCoreApplication.removeTranslator(translator)


def test_the_window_shows_a_broken_file_in_vietnamese(qtbot, monkeypatch, tmp_path, qt_vietnamese):
    from PySide6.QtWidgets import QMessageBox
    from qt_helpers import close_all, guard_dialogs, make_window

    guard_dialogs(monkeypatch)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: shown.append((title, text)))
    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        before = window.project.name
        newer = tmp_path / "bai_tap.deskdl"
        newer.write_text(json.dumps(doc(version=7)), encoding="utf-8")
        assert not window.open_project(newer)
        assert shown == [("Không mở được dự án", f"{newer}: dự án này được lưu bởi một deskdl mới hơn "
                          "(tệp phiên bản 7, bản deskdl này chỉ đọc được đến phiên bản 2): "
                          "hãy cập nhật deskdl để mở nó")]
        broken = tmp_path / "hong.deskdl"
        broken.write_text('{"format": "deskdl-project", "version": 1,\n "model": [}', encoding="utf-8")
        assert not window.open_project(broken)
        assert shown[1][1].startswith(f"{broken}: tệp không phải là JSON hợp lệ (")
        assert "(thiếu một giá trị ở dòng 2, cột" in shown[1][1]
        assert shown[1][1].endswith("hoặc mở một bản sao lưu")
        assert window.project.name == before  # a broken file changes nothing
    finally:
        close_all()
    i18n.install(None)
    with pytest.raises(ProjectError, match="saved by a newer deskdl"):  # English again after
        Project.load(newer)


#: A sweep written wrong -> what the Vietnamese message must hold (each of core/sweep.py's refusals).
SWEEPS = {
    "learning_rate": ["--set 'learning_rate'", "dấu '='", "TÊN=GIÁ_TRỊ"],
    "=0.1,0.2": ["--set '=0.1,0.2'", "thiết lập"],
    "learning_rate=": ["learning_rate", "learning_rate=log(1e-4,1e-1,4)"],
    "learning_rate=,,": ["learning_rate=0.001,0.01", "chưa có giá trị"],
    "learning_rate=log(a,1,3)": ["log(a,1,3)", "phải là số", "log(1e-4,1e-1,4)"],
    "learning_rate=log(0,1,3)": ["log(0,1,3)", "lớn hơn 0"],
    "batch_size=lin(16,64,0)": ["lin(16,64,0)", "số nguyên", "lin(16,64,4)"],
    "learning_rate=(0.1,0.2": ["'(0.1,0.2'", "THẤP,CAO,SỐ_LƯỢNG"],
    "learning_rate=0.1\nlearning_rate=0.2": ["learning_rate được đặt hai lần", "--set learning_rate=..."],
    "learning_rate=log(1e-4,1e-1)": ["learning_rate", "tìm kiếm ngẫu nhiên", "--random N"],
    "learning_rate=lin(1,1000,1000)\nbatch_size=lin(1,1000,1000)": ["1000000", "1000", "lưới"],
    "": ["đợt quét", "--set learning_rate=0.001,0.01"],
    "hidden_1.filters=1,2": ["hidden_1 (Dense)", "'filters'", "units"],
    "hiden_1.units=1,2": ["'hiden_1'", "hidden_1"],
    "lr=0.1": ["'lr'", "learning_rate, optimizer", "hidden_1.units"],
}


def _sweep_error(lines: str, random_n=None) -> str:
    from deskdl.core import sweep
    from deskdl.paths import resource

    project = Project.load(resource("templates", "mlp_2d.deskdl"))
    with pytest.raises(sweep.SweepError) as err:
        axes = [sweep.parse_set(line) for line in lines.splitlines()]
        sweep.check_names(project, [a.name for a in axes])
        sweep.expand(sweep.SweepPlan(axes, random_n=random_n))
    return err.value.text


@pytest.mark.parametrize("lines", list(SWEEPS))
def test_a_sweep_written_wrong_is_explained_in_vietnamese(vietnamese, lines):
    text = _sweep_error(lines)
    assert not [m for m in vietnamese if m[0] == "core.sweep"], vietnamese
    assert "{" not in text, text
    for want in SWEEPS[lines]:
        assert want in text, (want, text)
    i18n.install(None)
    assert _sweep_error(lines) != text


def test_random_search_with_no_runs_is_refused_in_vietnamese(vietnamese):
    text = _sweep_error("learning_rate=0.1,0.2", random_n=0)
    assert text == ("tìm kiếm ngẫu nhiên cần ít nhất 1 lần chạy, không phải 0: hãy viết ví dụ --random 8")


def test_the_sweep_window_explains_a_mistake_in_vietnamese(qtbot, qt_vietnamese):
    from deskdl.paths import resource
    from deskdl.qt.experiments.sweep_panel import SweepPanel

    panel = SweepPanel(Project.load(resource("templates", "mlp_2d.deskdl")), None)
    qtbot.addWidget(panel)
    panel.settings_edit.setPlainText("learning_rate=log(0,1,3)")
    assert panel.points == [] and not panel.start_button.isEnabled()
    assert panel.planned.text() == ("learning_rate: một khoảng log cần hai đầu lớn hơn 0, "
                                    "không phải log(0,1,3): hãy dùng lin(...) cho các khoảng chạm tới 0 "
                                    "hoặc thấp hơn, hoặc bắt đầu từ ví dụ 1e-5")
    panel.settings_edit.setPlainText("learning_rate=0.01,0.1")
    assert len(panel.points) == 2 and panel.planned.text() == "Dự kiến 2 lần chạy (lưới)."


def test_a_size_that_may_vary_is_written_in_the_learners_language(vietnamese):
    from deskdl.core.graph import ModelGraph
    from deskdl.core.shapes_text import ANY, shape_text

    assert shape_text((None, None, 16), batch=True) == "(bất kỳ, 16)"
    assert shape_text((None,)) == "(bất kỳ,)" and shape_text((28, 28, 1)) == "(28, 28, 1)"
    # a layer's shape message (the catalog's) shows it too
    graph = ModelGraph.from_dict({"nodes": [
        {"id": "words", "type": "Input", "params": {"shape": [None, 16]}},
        {"id": "conv", "type": "Conv2D", "params": {"filters": 2, "kernel_size": 3}, "inputs": ["words"]}]})
    from deskdl.core.analysis import analyze

    texts = [d.message for d in analyze(graph).diagnostics]
    assert any("(bất kỳ, 16)" in t for t in texts), texts
    assert not _vietnamese_only(vietnamese)
    i18n.install(None)
    assert ANY == "any" and shape_text((None, None, 16), batch=True) == "(any, 16)"


def test_json_syntax_errors_read_well_in_english_too():
    with pytest.raises(ProjectError) as err:
        Project.from_json('{"name": "abc', "x.deskdl")
    # Python says "Unterminated string starting at": the reason drops its " at" before " at line"
    assert err.value.message == ("x.deskdl: the file is not valid JSON (Unterminated string starting at "
                                 "line 1, column 10)")
    with pytest.raises(ProjectError) as err:
        Project.from_json('{"name": 1 "b": 2}', "x.deskdl")
    assert err.value.message == ("x.deskdl: the file is not valid JSON (Expecting ',' delimiter at line 1, "
                                 "column 12)")


def test_graph_edits_and_environments_refused_in_vietnamese(vietnamese):
    from deskdl.core.errors import DeskdlError
    from deskdl.core.graph import ModelGraph
    from deskdl.core.rl import UnknownEnv, env_facts

    graph = ModelGraph.from_dict(GRAPH)
    with pytest.raises(DeskdlError) as err:
        graph.add_node("Dense", node_id="2nd layer")
    assert err.value.text == ("'2nd layer' không dùng được làm id: hãy dùng chữ cái, chữ số và dấu gạch "
                              "dưới, bắt đầu bằng một chữ cái")
    with pytest.raises(DeskdlError) as err:
        graph.add_node("Dense", inputs=["x", "d"])
    assert err.value.text == "Dense nhận 1 đầu vào, không phải 2"
    with pytest.raises(DeskdlError) as err:
        graph.disconnect("d", "x")
    assert err.value.text == "d không được nối tới x"
    with pytest.raises(UnknownEnv) as err:
        env_facts("Nope-v0")
    assert str(err.value).startswith("deskdl không biết môi trường 'Nope-v0': hãy chọn một trong CartPole-v1")
    assert not _vietnamese_only(vietnamese)
    assert not [m for m in vietnamese if m[0] in ("core.rl", "catalog")]


def test_the_run_comparison_names_its_rows_in_vietnamese(qtbot, qt_vietnamese):
    from deskdl.qt.experiments.compare_view import CompareView

    def record(rid, lr):
        return {"id": rid, "status": "finished", "epochs_run": 3, "duration_s": 1.5,
                "settings": {"optimizer": {"type": "Adam", "learning_rate": lr}},
                "dataset": {"dataset": "spiral"}, "final": {"loss": lr}, "history": {"loss": [1.0, lr]}}

    view = CompareView()
    qtbot.addWidget(view)
    view.set_runs([record("run-1", 0.1), record("run-2", 0.01)])
    shown = [view.table.verticalHeaderItem(i).text() for i in range(view.table.rowCount())]
    assert shown == ["optimizer.learning_rate", "optimizer.type", "tập dữ liệu", "loss", "số epoch đã chạy",
                     "thời gian (giây)", "trạng thái"]
    # the names stay the keys: what differs is found by them in every language
    assert view.differing() == ["optimizer.learning_rate"]
    assert [r.name for r in view.rows][2:] == ["data set", "loss", "epochs run", "time (s)", "status"]
    assert [view.table.item(6, j).text() for j in range(2)] == ["xong", "xong"]  # how each run ended
    assert view.table.item(2, 0).text() == "spiral" and view.table.item(1, 0).text() == "Adam"  # ids stay


def test_a_gans_variety_is_told_in_vietnamese(vietnamese):
    from deskdl.core import gan

    assert gan.variety_text(0.1, best=0.8) == (
        "Sụp đổ chế độ (mode collapse): các mẫu sinh ra đã mất sự đa dạng (độ khác nhau giữa chúng chỉ "
        "bằng 10% so với giữa các mẫu thật, giảm từ 80%).")
    not_yet = gan.variety_text(0.2, best=0.25)  # low, but never had more: not collapse yet
    assert not_yet.startswith("Các mẫu sinh ra vẫn còn giống nhau (độ khác nhau giữa chúng bằng 20%")
    assert gan.variety_text(0.9).startswith("Độ đa dạng: ") and "90%" in gan.variety_text(0.9)
    why = gan.collapse_why()
    assert why.startswith("Bộ sinh (generator) đã tìm ra") and "algorithm.d_steps" in why
    assert not [m for m in vietnamese if m[0] == "core.gan"]
    i18n.install(None)
    assert gan.collapse_why() == gan.MODE_COLLAPSE_WHY


def test_a_lesson_check_missing_an_argument_says_what_it_is_in_vietnamese(vietnamese, tmp_path):
    from deskdl.core.lessons import LessonError, load_lesson

    path = tmp_path / "tiny.toml"
    path.write_text('title = "Tiny"\nsummary = "A test."\n[[steps]]\ntitle = "One"\ntext = "Go."\n'
                    'check = {kind = "metric", max = 1}\n', encoding="utf-8")
    with pytest.raises(LessonError) as err:
        load_lesson(path)
    want = ("'metric' cần đối số 'metric' ('loss', 'accuracy', 'val_loss', 'val_accuracy', 'test_accuracy', "
            "'test_loss', ... (test_ đọc tập kiểm tra (test), các chỉ số còn lại đọc epoch cuối))")
    assert want in err.value.text, err.value.text
    assert not [m for m in vietnamese if m[0].startswith("core.lessons")]


def test_an_agents_settings_problems_are_listed_in_vietnamese(vietnamese):
    from deskdl.core.rl import project_problems
    from deskdl.paths import resource

    project = Project.load(resource("templates", "cartpole_dqn.deskdl"))
    project.algorithm = {**project.algorithm, "buffer_size": 8, "batch_size": 64,
                         "epsilon_start": 0.1, "epsilon_end": 0.5}
    found = project_problems(project)
    assert [d.message for d in found][:1] == [
        "Cài đặt Mạng Q sâu (DQN): algorithm.buffer_size (8) nhỏ hơn algorithm.batch_size (64): mỗi lô "
        "(batch) được lấy ra từ bộ nhớ phát lại (replay buffer), nên hãy làm bộ nhớ này ít nhất lớn bằng "
        "một lô"]
    assert found[0].fix == "hãy đổi nó trong phần cài đặt của thẻ Huấn luyện"
    assert "algorithm.epsilon_end (0.5) lớn hơn algorithm.epsilon_start (0.1)" in found[1].message
    assert not [m for m in vietnamese if m[0] in ("core.rl", "core.kinds")]


def test_a_generated_tunes_problems_are_told_in_vietnamese(vietnamese):
    from deskdl.core.abc_corpus import check_tune

    check = check_tune("X:1\nT:Thử\nM:6/8\nK:D\n|:d2c AGF|GAB c2d")
    assert check.problems == ["không có dòng đầu L: (độ dài nốt đơn vị)"]
    assert check_tune("X:1\nT:a\nM:6/8\nL:1/8\nK:D\n|d2c AGF|GAB c2d").problems == [
        "giai điệu không kết thúc bằng một vạch nhịp"]
    assert check_tune("X:1\nT:a\nM:6/8\nL:1/8\nK:D\n|d2c %GF|").problems == [
        "'%' ở ký tự thứ 6 trong phần thân giai điệu không phải là ABC mà bộ kiểm tra này đọc được "
        "(nốt A-G a-g, dấu lặng z, vạch nhịp |)"]
    assert not [m for m in vietnamese if m[0] == "core.abc_corpus"]
    i18n.install(None)
    assert check_tune("X:1\nT:a\nM:6/8\nL:1/8\nK:D\n|d2c AGF|GAB c2d").problems == [
        "the tune does not end with a bar line"]
