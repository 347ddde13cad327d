"""Errors of the character model's text, the VAE graph and the pretrained weights in Vietnamese (issue 17).

Each message is raised for real (a bad file, a graph without a Sampling layer, a weights file that is
not one) with the shipped Vietnamese sources plugged into deskdl.core.i18n, as the window does with
Qt's translator; the placeholders are filled with the values of the case.
"""

from __future__ import annotations

import pytest

from deskdl.core import charseq, i18n
from deskdl.core.charseq import TextError
from tests.test_i18n_datasets import vi_texts  # noqa: F401 - the fixture: (context, English) -> Vietnamese


@pytest.fixture
def vi(vi_texts):  # noqa: F811
    i18n.install(lambda context, text: vi_texts.get((context, text), ""), "vi")
    yield
    i18n.install(None)


def test_an_empty_text_file_is_refused_in_vietnamese(vi, tmp_path):
    (tmp_path / "notes.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(TextError) as err:
        charseq.read_text(tmp_path / "notes.txt")
    assert err.value.message == "tệp notes.txt trống"
    assert err.value.fix == "chọn một tệp có văn bản (ít nhất vài nghìn ký tự)"


def test_a_latin1_file_names_the_byte_in_vietnamese(vi, tmp_path):
    (tmp_path / "old.txt").write_bytes("café".encode("latin-1"))  # é is byte 4, not UTF-8
    with pytest.raises(TextError) as err:
        charseq.read_text(tmp_path / "old.txt")
    assert err.value.message == "tệp old.txt không phải văn bản UTF-8 (không đọc được byte thứ 4)"


def test_a_vocabulary_too_big_for_the_model_in_vietnamese(vi):
    err = charseq.check_vocabulary(70, 60)
    assert err.message == "văn bản có 70 ký tự khác nhau nhưng lớp cuối của mô hình chỉ cho ra 60 xác suất"
    assert err.fix.startswith("đặt units của lớp Dense cuối thành 70 (hoặc hơn)")


def test_a_temperature_out_of_range_in_vietnamese(vi):
    with pytest.raises(TextError) as err:
        charseq.parse_temperatures("0.5, 7")
    assert err.value.message == "nhiệt độ 7 nằm ngoài khoảng cho phép"


def test_english_stays_the_default(tmp_path):
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    with pytest.raises(TextError) as err:
        charseq.read_text(tmp_path / "notes.txt")
    assert err.value.message == "the file notes.txt is empty"


def test_a_vae_without_a_sampling_layer_in_vietnamese(vi):
    from deskdl.core.graph import ModelGraph
    from deskdl.ml.vae import VaeError, find_latent

    graph = ModelGraph()
    a = graph.add_node("Input", {"shape": [4]})
    graph.add_node("Dense", {"units": 2}, inputs=[a])
    with pytest.raises(VaeError) as err:
        find_latent(graph, None)
    assert err.value.message.startswith("bộ tự mã hóa biến phân (VAE) cần một nút ẩn (latent)")
    assert err.value.fix.startswith("đặt một lớp Sampling ở giữa")


def test_a_weights_file_of_the_wrong_kind_in_vietnamese(vi, tmp_path):
    from deskdl.ml.pretrained import WeightsError, import_weights

    (tmp_path / "w.txt").write_text("not weights", encoding="utf-8")
    with pytest.raises(WeightsError) as err:
        import_weights("MobileNetV2", tmp_path / "w.txt", 96)
    assert err.value.message == "w.txt không phải tệp trọng số Keras (.h5)"
