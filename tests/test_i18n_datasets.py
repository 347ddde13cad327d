"""The data sets in another language (issue 17): titles, descriptions, settings and the Data tab's summary.

The Vietnamese comes from the shipped sources (resources/i18n/vi/*.ts), read with packaging/i18n.py
and plugged into deskdl.core.i18n as the Qt ring plugs in Qt's translator; ids and setting keys stay
English whatever the language.
"""

from __future__ import annotations

import pytest

from deskdl.core import i18n
from deskdl.ml import datasets
from deskdl.ml.datasets.base import PARAM_LABELS, param_label
from tests._i18n_support import vi_texts as read_vi_texts


@pytest.fixture(scope="module")
def vi_texts() -> dict[tuple[str, str], str]:
    """(context, English) -> finished Vietnamese, from every vi/*.ts."""
    return read_vi_texts()


@pytest.fixture
def vietnamese(vi_texts):
    """Install the Vietnamese; the list it yields records each (context, text) that was found."""
    found: list[tuple[str, str]] = []

    def lookup(context: str, text: str) -> str:
        out = vi_texts.get((context, text), "")
        if out:
            found.append((context, text))
        return out

    i18n.install(lookup, "vi")
    yield found
    i18n.install(None)


def _shown_texts(info):
    yield "title", info.title
    yield "description", info.description
    for p in info.params:
        yield f"help of {p.name}", p.help


@pytest.mark.parametrize("did", [i.id for i in datasets.all_datasets()])
def test_every_data_set_text_is_translated(vietnamese, did):
    info = datasets.get(did)
    for what, text in _shown_texts(info):
        before = len(vietnamese)
        shown = info.shown(text)
        assert len(vietnamese) == before + 1, f"{did}: the {what} has no Vietnamese: {text!r}"
        assert shown and "{" not in shown, (did, what, shown)
    # Keys stay English: the registry still finds the set by its id and its settings by their names.
    assert datasets.get(did) is info and set(info.defaults()) == {p.name for p in info.params}


def test_english_is_unchanged_without_a_translation():
    info = datasets.get("spiral")
    assert info.shown(info.title) == "Spiral"
    assert param_label("test_fraction") == "test fraction"
    bundle = datasets.load("spiral", {"samples": 100})
    lines = bundle.summary().splitlines()
    assert lines[0] == "Spiral: 80 training and 20 test examples, each of shape 2."
    assert lines[1].startswith("2 classes with training counts: orange (0) (")
    assert lines[2] == "Inputs: x and y coordinates, already in about -1..1."


def test_every_setting_has_a_label():
    names = {p.name for info in datasets.all_datasets() for p in info.params}
    assert names <= set(PARAM_LABELS), names - set(PARAM_LABELS)


def test_settings_names_are_shown_in_vietnamese(vietnamese):
    assert param_label("test_fraction") == "tỉ lệ kiểm tra"
    assert param_label("samples") == "số mẫu"
    assert param_label("some_new_setting") == "some new setting"  # a setting without a label: its name


@pytest.mark.parametrize(("did", "params", "words"), [
    ("spiral", {"samples": 100},
     ["Xoắn ốc: 80 mẫu dữ liệu huấn luyện và 20 mẫu kiểm tra", "Đầu vào: tọa độ x và y"]),
    ("spiral", {"samples": 100, "scaling": "standardize"},
     ["chuẩn hóa về trung bình 0, độ trải 1 (riêng từng đặc trưng, tính từ phần huấn luyện)"]),
    ("regression_plane", {"samples": 100}, ["Hồi quy (regression): giá trị đích trải từ"]),
    ("shapes", {"samples": 40}, ["Hình khối (28x28)", "chia cho 255 (giờ trong khoảng 0..1)"]),
    ("reviews", {"samples": 40}, ["số thứ tự của từ, không co giãn", "input_dim"]),
    ("digit_tasks", {"samples": 40}, ["các chữ số là số token 0-9"]),
])
def test_the_summary_speaks_vietnamese(vietnamese, did, params, words):
    summary = datasets.load(did, params).summary()
    for w in words:
        assert w in summary, summary
    for english in ("training and", "classes with", "Inputs:", "not scaled", "divided by", "Regression:"):
        assert english not in summary, summary


def test_the_data_tab_shows_the_sets_in_vietnamese(qtbot, vietnamese):
    from deskdl.core.project import Project
    from deskdl.qt.data_panel import DataPanel

    panel = DataPanel(Project())
    qtbot.addWidget(panel)
    try:
        titles = [panel.list.item(i).text() for i in range(panel.list.count())]
        assert "Xoắn ốc" in titles and "Hình khối (28x28)" in titles and "Spiral" not in titles
        panel.choose("spiral")
        assert panel.title.text() == "Xoắn ốc"
        assert panel.description.text().startswith("Hai đường xoắn ốc cuộn vào nhau")
        labels = [panel.params_form.itemAt(r, panel.params_form.ItemRole.LabelRole).widget().text()
                  for r in range(panel.params_form.rowCount())]
        assert "tỉ lệ kiểm tra" in labels and "test fraction" not in labels
        assert panel.project.data.get("dataset", "spiral") == "spiral"  # the key the project keeps
    finally:
        panel.host.shutdown()


def test_the_reviews_text_counts_the_generator_words():
    from deskdl.core import datagen

    assert f"written with {len(datagen.REVIEW_WORDS)} English words" in datasets.get("reviews").description


def test_training_settings_problems_speak_vietnamese(vietnamese):
    from deskdl.core.training import check_training, training_with_defaults

    cfg = training_with_defaults({"optimizer": {"type": "Adam", "learning_rate": float("nan")}, "seed": -1})
    problems = check_training(cfg)
    assert problems == [
        "tốc độ học (learning rate) phải là một số lớn hơn 0 (thử 0.001), không phải NaN (không phải một số)",
        "seed phải là một số nguyên từ 0 đến 4294967295 (ví dụ 0), hoặc để trống để mỗi lần chạy xáo trộn "
        "khác nhau, không phải -1",
    ]


def test_a_bad_table_is_explained_in_vietnamese(vietnamese, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b,label\n1,2,x\n3,4\n", encoding="utf-8")
    with pytest.raises(datasets.DataError) as err:
        datasets.load_csv(path)
    assert str(path) in err.value.message
    assert "dòng 3: có 2 ô, nhưng hàng tiêu đề có 3 cột" in err.value.message
    assert err.value.fix == "hãy cho mỗi hàng có đúng một giá trị ở mỗi cột"


def test_a_bad_setting_is_explained_in_vietnamese(vietnamese):
    with pytest.raises(datasets.DataError) as err:
        datasets.load("spiral", {"samples": 5})
    assert err.value.message == "Xoắn ốc: samples phải nằm giữa 20 và 100000, không phải 5"
    assert err.value.fix == "Tổng số điểm được vẽ (huấn luyện + kiểm tra)."


def test_early_stopping_and_a_bad_loss_are_told_in_vietnamese(vietnamese):
    from deskdl.ml.training import EXPLODING_TEXT, NAN_FIX, early_stop_text

    assert early_stop_text("val_loss") == "Đã dừng sớm: hàm mất mát trên tập kiểm định không còn cải thiện."
    assert early_stop_text("accuracy").startswith("Đã dừng sớm: độ chính xác trên tập huấn luyện không còn "
                                                  "cải thiện. Vì không giữ lại phần kiểm định")
    assert i18n.tr("ml.training", NAN_FIX).startswith("hãy giảm tốc độ học (learning rate)")
    text = i18n.tr("ml.training", EXPLODING_TEXT).format(epoch=1, start=0.69, now=4.5e30)
    assert "bùng nổ ở epoch 1" in text and "(0.69 -> 4.5e+30)" in text


def test_a_text_not_downloaded_yet_says_what_to_do_in_vietnamese(vietnamese, monkeypatch, tmp_path):
    from deskdl.ml.datasets import corpora

    monkeypatch.setattr(corpora, "path_of", lambda corpus_id: tmp_path / "datasets" / f"{corpus_id}.txt")
    err = corpora.missing("shakespeare")
    assert err.message.startswith("Shakespeare chưa có trên máy tính này (deskdl tìm ở ")
    assert err.fix.startswith("hãy bấm Tải về trong thẻ Dữ liệu (cần internet một lần), hoặc chép "
                              "shakespeare.txt")


def test_a_keras_set_not_here_yet_is_named_in_vietnamese(vietnamese, monkeypatch, tmp_path):
    from deskdl.ml.datasets import cache

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    assert cache.missing("cifar10").message.startswith("Ảnh CIFAR-10 (màu 32x32) chưa có trên máy tính này")
