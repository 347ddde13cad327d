"""The ml modules' messages in Vietnamese (issue 17): a Keras import that fails, the CSV reader's errors.

The Vietnamese comes from the shipped sources (resources/i18n/vi/*.ts), read with packaging/i18n.py and
plugged into deskdl.core.i18n as the Qt ring plugs in Qt's translator. A message raised under Vietnamese
must be the translation with its values filled in; without a translation it stays the English it was.
"""

from __future__ import annotations

import ast
import copy
import zipfile
from pathlib import Path

import pytest

from deskdl.core import i18n
from deskdl.ml.importer import ModelImportError, import_keras_file, import_model_config
from tests._i18n_support import vi_texts as read_vi_texts


@pytest.fixture(scope="module")
def vi_texts() -> dict[tuple[str, str], str]:
    """(context, English) -> finished Vietnamese, from every vi/*.ts."""
    return read_vi_texts()


@pytest.fixture
def vietnamese(vi_texts):
    """Install the Vietnamese; yields the English texts that were looked up and had none."""
    untranslated: list[tuple[str, str]] = []

    def lookup(context: str, text: str) -> str:
        out = vi_texts.get((context, text), "")
        if not out:
            untranslated.append((context, text))
        return out

    i18n.install(lookup, "vi")
    yield untranslated
    i18n.install(None)


# ---------------------------------------------------------------- the Keras import
LAYERS = [
    {"class_name": "InputLayer", "name": "inp", "config": {"batch_input_shape": [None, 4], "name": "inp"},
     "inbound_nodes": []},
    {"class_name": "Dense", "name": "a", "config": {"name": "a", "units": 3, "activation": "relu"},
     "inbound_nodes": [[["inp", 0, 0, {}]]]},
    {"class_name": "Dense", "name": "b", "config": {"name": "b", "units": 3},
     "inbound_nodes": [[["inp", 0, 0, {}]]]},
    {"class_name": "Add", "name": "sum", "config": {"name": "sum"},
     "inbound_nodes": [[["a", 0, 0, {}], ["b", 0, 0, {}]]]},
]
FUNCTIONAL = {"class_name": "Functional", "config": {"name": "m", "layers": LAYERS,
                                                     "input_layers": [["inp", 0, 0]],
                                                     "output_layers": [["sum", 0, 0]]}}


def _changed(change) -> dict:
    cfg = copy.deepcopy(FUNCTIONAL)
    change(cfg["config"]["layers"])
    return cfg


def _refusal(source, **kwargs) -> ModelImportError:
    with pytest.raises(ModelImportError) as info:
        if isinstance(source, Path):
            import_keras_file(source)
        else:
            import_model_config(source, "m.json", check=False, **kwargs)
    return info.value


def test_import_errors_are_vietnamese_with_their_values(vietnamese, tmp_path):
    missing = tmp_path / "nope.keras"
    err = _refusal(missing)
    assert (err.message, err.fix) == (f"{missing}: không có tệp này", "hãy kiểm tra lại đường dẫn")

    not_zip = tmp_path / "photo.keras"
    not_zip.write_text("hello")
    err = _refusal(not_zip)
    assert err.message == f"{not_zip}: không phải tệp .keras (một mô hình .keras là một tệp nén zip)"
    assert err.fix.startswith("hãy lưu mô hình bằng model.save('model.keras'); các tệp .h5 cũ")

    no_config = tmp_path / "empty.keras"
    with zipfile.ZipFile(no_config, "w") as zf:
        zf.writestr("metadata.json", "{}")
    assert _refusal(no_config).message == \
        f"{no_config}: tệp nén không có config.json, nên nó không phải một mô hình .keras"

    assert _refusal("{oops").message.startswith("cấu hình mô hình không phải JSON hợp lệ (")
    assert "ở dòng 1, cột 2)" in _refusal("{oops").message

    def unknown(layers):
        layers[3]["class_name"] = "MyFancyMerge"
    assert _refusal(_changed(unknown)).message == \
        "mô hình dùng những lớp mà deskdl không biết: MyFancyMerge (sum)"

    def shared(layers):
        layers[1]["inbound_nodes"].append([["inp", 0, 0, {}]])
    err = _refusal(_changed(shared))
    assert err.message == ("lớp 'a' được dùng 2 lần (chung trọng số), điều mà một đồ thị deskdl không thể "
                           "hiện được")
    assert err.fix == "hãy cho mỗi lần dùng một lớp riêng, hoặc nhập mô hình mà không có phần dùng chung"

    def lambda_layer(layers):
        layers[2]["class_name"] = "Lambda"
    err = _refusal(_changed(lambda_layer))
    assert err.message == ("mô hình chứa những lớp chạy mã Python lưu trong tệp, thứ mà deskdl không bao "
                           "giờ mở: Lambda (b)")
    assert err.fix.startswith("hãy thay mỗi Lambda bằng một lớp có sẵn")

    def outside(layers):  # an initializer from a Python module outside Keras
        layers[1]["config"]["kernel_initializer"] = {"module": "evil.init", "class_name": "Boom",
                                                     "config": {}, "registered_name": None}
    err = _refusal(_changed(outside))
    assert err.message == (
        "m.json: deskdl không mở mô hình này, vì tệp của nó đòi chạy mã từ bên ngoài Keras, điều mà cách tải "
        "an toàn từ chối: kernel_initializer của lớp a (Dense) đến từ module Python 'evil.init', nằm ngoài "
        "Keras")

    def reads_later(layers):
        layers[3]["inbound_nodes"] = [[["a", 0, 0, {}], ["ghost", 0, 0, {}]]]
    assert _refusal(_changed(reads_later)).message == "lớp 'sum' đọc 'ghost', thứ đến sau nó hoặc không có"

    assert vietnamese == []  # every message and fix above had its Vietnamese
    assert all("{" not in t for t in (err.message, err.fix))


def test_what_an_import_leaves_out_is_said_in_vietnamese(vietnamese):
    def odd(layers):
        layers[1]["config"]["trainable"] = False
        for layer in layers[1:3]:
            layer["config"]["kernel_regularizer"] = {"class_name": "Orthogonality", "config": {"factor": 0.1}}
    project = import_model_config(_changed(odd), "m.json", check=False)
    assert project.warnings == [
        "a và b: deskdl không có bộ chính quy hóa (regularizer) Orthogonality nên đã bỏ nó đi.",
        "a đã bị đóng băng (trainable=False); deskdl huấn luyện mọi lớp.",
    ]
    assert project.description == "Nhập từ m.json. Không mang sang được: " + " ".join(project.warnings)
    assert vietnamese == []


@pytest.mark.keras
def test_a_regularizer_left_out_is_said_once(vietnamese):
    """With the Keras rebuild on, the regularizer deskdl drops is not reported again as a lost setting."""
    def odd(layers):
        layers[1]["config"]["kernel_regularizer"] = {"class_name": "OrthogonalRegularizer",
                                                     "config": {"factor": 0.01, "mode": "rows"}}
        layers[1]["config"]["kernel_constraint"] = {"class_name": "MaxNorm", "config": {"max_value": 2}}
    warnings = import_model_config(_changed(odd), "m.json").warnings
    assert [w for w in warnings if "kernel_regularizer" in w or "OrthogonalRegularizer" in w] == [
        "a: deskdl không có bộ chính quy hóa (regularizer) OrthogonalRegularizer nên đã bỏ nó đi."]
    assert ("a (Dense): kernel_constraint=MaxNorm(max_value=2) không được giữ lại (deskdl không có thiết "
            "lập này).") in warnings
    assert vietnamese == []


def test_import_errors_stay_english_without_a_translation(tmp_path):
    missing = tmp_path / "nope.keras"
    err = _refusal(missing)
    assert err.text == f"{missing}: no such file: check the path"


# ---------------------------------------------------------------- the CSV reader, in the app and in a script
BAD_TABLES = {
    "number column with text": ("size,kind\n1,a\n2,b\n3,c\nabc,a\n4,b\n5,c\n6,a\n7,b\n8,c\n9,a\n10,b\n",
                                "column 'size' holds numbers, but this row has 'abc'",
                                "cột 'size' chứa số, nhưng hàng này có 'abc'"),
    "free text": ("who,kind\n" + "".join(f"name{i},{i % 2}\n" for i in range(60)),
                  "column 'who' holds 60 different texts",
                  "cột 'who' chứa 60 đoạn chữ khác nhau"),
    "only a target": ("kind\n1\n0\n1\n0\n",
                      "no input columns are left besides the target 'kind'",
                      "không còn cột đầu vào nào ngoài cột đích 'kind'"),
}


@pytest.mark.parametrize("case", sorted(BAD_TABLES))
def test_the_table_reader_speaks_vietnamese_in_the_app_and_english_in_a_script(vietnamese, tmp_path, case):
    from deskdl.ml import datasets
    from deskdl.ml.datasets.base import DataError
    from deskdl.ml.export import data_code

    text, english, vietnamese_text = BAD_TABLES[case]
    path = tmp_path / "t.csv"
    path.write_text(text)
    params = {"path": str(path)}
    with pytest.raises(DataError) as info:
        datasets.load("csv", params)
    assert vietnamese_text in info.value.message and english not in info.value.message
    assert info.value.fix.startswith("hãy ") and "{" not in info.value.fix + info.value.message
    assert vietnamese == []

    # The exported script copies the reader: its words stay English, whatever the app's language.
    helpers, load_func, _offline = data_code({"dataset": "csv", "params": params})
    assert "không" not in helpers + load_func
    namespace = {"__name__": "exported", "__file__": str(tmp_path / "script.py")}
    code = "import csv\nimport math\nimport os\nimport numpy as np\n" + helpers + load_func
    exec(compile(code, "s", "exec"), namespace)
    with pytest.raises(SystemExit) as stop:
        namespace["load_data"]()
    assert english in str(stop.value.code) and "không" not in str(stop.value.code)


def test_without_a_translation_the_app_says_the_readers_english(tmp_path):
    from deskdl.ml import datasets
    from deskdl.ml.datasets.base import DataError

    text, english, _vi = BAD_TABLES["number column with text"]
    path = tmp_path / "t.csv"
    path.write_text(text)
    with pytest.raises(DataError) as info:
        datasets.load("csv", {"path": str(path)})
    assert info.value.message == f"{path}, line 5: {english}"


def test_every_reader_text_is_marked_for_translation():
    """table_reader.py cannot import deskdl; tables.READER_TEXTS lists its texts: the two must agree."""
    from deskdl.ml.datasets import table_reader, tables

    tree = ast.parse(Path(table_reader.__file__).read_text(encoding="utf-8"))
    raised = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "TableError":
            for arg in node.args[:2]:
                assert isinstance(arg, ast.Constant), "a TableError takes a literal template and fix"
                raised.add(arg.value)
    assert raised == set(tables.READER_TEXTS)


# ---------------------------------------------------------------- an augmentation layer fed no image
def _flip_problem() -> str:
    from deskdl.core.analysis import analyze
    from deskdl.core.graph import ModelGraph

    graph = ModelGraph()
    graph.add_node("Input", {"shape": [784]}, node_id="x")
    graph.add_node("RandomFlip", {}, node_id="flip", inputs=["x"])
    return analyze(graph).for_node("flip")[0].message


def test_an_augmentation_layer_says_what_it_does_in_either_language(vi_texts):
    assert _flip_problem() == ("flip: RandomFlip augments images and needs an image-shaped input (height, "
                               "width, channels) but receives a flat vector of 784 values")
    i18n.install(lambda context, text: vi_texts.get((context, text), ""), "vi")
    try:
        assert _flip_problem() == ("flip: RandomFlip biến đổi ảnh để tăng cường dữ liệu và cần một đầu vào "
                                   "dạng ảnh (chiều cao, chiều rộng, kênh) nhưng nhận một vectơ phẳng gồm "
                                   "784 giá trị")
    finally:
        i18n.install(None)


# ---------------------------------------------------------------- sequence models, debiasing, MC dropout
def test_sequence_and_debiasing_messages_are_vietnamese(vietnamese):
    from deskdl.core.charseq import TextError
    from deskdl.core.project import Project
    from deskdl.ml import datasets, seq_eval
    from deskdl.ml.charlm import vocabulary_of
    from deskdl.ml.export import ExportError
    from deskdl.ml.export_charlm import ExportSettingsError, writing_settings
    from deskdl.ml.export_debias import export_debias
    from deskdl.ml.trainers.charlm import text_problem

    spiral = {"dataset": "spiral", "params": {}}
    problem = text_problem(None, datasets.load_config(spiral))
    assert (problem.message, problem.fix) == (
        "một dự án sinh chuỗi cần một tập dữ liệu văn bản (các cửa sổ ký tự)",
        "hãy chọn 'Nhạc dân gian ABC' hoặc 'Văn bản của bạn' trong thẻ Dữ liệu")
    with pytest.raises(ValueError, match="^dữ liệu của dự án không phải văn bản: hãy chọn 'Nhạc dân gian"):
        seq_eval.char_report(None, spiral)
    with pytest.raises(TextError) as text_error:
        vocabulary_of(spiral)
    assert (text_error.value.message, text_error.value.fix) == (
        "dữ liệu của dự án không phải văn bản", "hãy chọn 'Nhạc dân gian ABC' hoặc 'Văn bản của bạn'")

    project = Project(name="p")
    project.algorithm = {"temperatures": "warm"}
    with pytest.raises(ExportSettingsError) as info:
        writing_settings(project)
    assert info.value.message.startswith("cài đặt chuỗi có vấn đề: ")

    project.data = spiral
    with pytest.raises(ExportError) as info:
        export_debias(project)
    assert info.value.message.startswith("bài học khử thiên lệch cần tập dữ liệu ")
    assert vietnamese == []


@pytest.mark.keras
def test_mc_dropout_without_a_dropout_layer_says_so_in_vietnamese(vietnamese):
    import keras

    from deskdl.ml.uncertainty import uncertainty_grid

    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2, activation="softmax")])
    message = uncertainty_grid(model, resolution=4)["message"]
    assert message.startswith("Mô hình này không có lớp Dropout (hoặc chỉ có lớp với rate 0)")
    assert vietnamese == []


def test_a_kind_without_its_trainer_is_named_in_vietnamese(vietnamese):
    import dataclasses

    from deskdl.core.kinds import get_kind
    from deskdl.ml.trainers import trainer_for
    from deskdl.ml.training import TrainingError

    lost = dataclasses.replace(get_kind("supervised"), trainer="deskdl.ml.no_such_trainer:run")
    with pytest.raises(TrainingError) as info:
        trainer_for(lost)
    title = i18n.tr("core.kinds", "Supervised model").lower()
    assert title != "supervised model"
    assert info.value.message == (f"bản deskdl này chưa huấn luyện được {title} (thiếu bộ huấn luyện "
                                  "deskdl.ml.no_such_trainer:run của nó)")
    assert vietnamese == []


def test_an_unknown_environment_is_named_in_vietnamese(vietnamese):
    from deskdl.core.rl import ENVS
    from deskdl.rl.envs import EnvironmentProblem, make_env

    with pytest.raises(EnvironmentProblem) as info:
        make_env("CartPole-v9")
    assert (info.value.message, info.value.fix) == (
        "deskdl không biết môi trường 'CartPole-v9'", f"hãy chọn một trong {', '.join(ENVS)} (algorithm.env)")
    assert vietnamese == []
