"""The ml messages as the window shows them, in Vietnamese (issue 17): a Keras import that fails.

The window is driven for real (File > Import's own method, the Keras thread); the Vietnamese comes from
a fresh build of the shipped translation sources, installed the way deskdl.qt.i18n installs it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from qt_helpers import close_all, guard_dialogs, make_window

from deskdl.core import i18n
from deskdl.qt.main_window import IMPORT_FAILED
from tests._i18n_support import build_vi_qm, qt_vietnamese


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


def _import_shown(qtbot, monkeypatch, tmp_path, path) -> list[tuple[str, str]]:
    window = make_window(qtbot, monkeypatch, tmp_path)
    with qtbot.waitSignal(window.keras.loaded, timeout=10_000):
        window.start_tensorflow()
    monkeypatch.setattr(window, "maybe_save", lambda: True)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text)))
    assert window.import_keras(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    return shown


def test_a_failed_import_is_explained_in_vietnamese(qtbot, monkeypatch, tmp_path, vietnamese):
    path = tmp_path / "photo.keras"
    path.write_bytes(b"\x89PNG not a model")
    (title, text), = _import_shown(qtbot, monkeypatch, tmp_path, path)
    assert title == QCoreApplication.translate("qt.main_window", IMPORT_FAILED) != IMPORT_FAILED
    assert text == (f"{path}: không phải tệp .keras (một mô hình .keras là một tệp nén zip).\n\n"
                    "Cách khắc phục: hãy lưu mô hình bằng model.save('model.keras'); các tệp .h5 cũ phải "
                    "được lưu lại bằng Keras 3.")


def test_a_model_with_code_in_it_is_refused_in_vietnamese(qtbot, monkeypatch, tmp_path, vietnamese):
    import json
    import zipfile

    config = {"class_name": "Sequential", "config": {"name": "s", "layers": [
        {"class_name": "InputLayer", "config": {"batch_shape": [None, 4], "name": "x"}},
        {"class_name": "Lambda", "config": {"name": "double", "function": {"class_name": "__lambda__"}}}]}}
    path = tmp_path / "lambda.keras"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("config.json", json.dumps(config))
    (_title, text), = _import_shown(qtbot, monkeypatch, tmp_path, path)
    assert text.startswith("Mô hình chứa những lớp chạy mã Python lưu trong tệp, thứ mà deskdl không bao giờ "
                           "mở: Lambda (double).\n\nCách khắc phục: hãy thay mỗi Lambda bằng một lớp có sẵn")


def test_in_english_the_same_failure_stays_english(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "photo.keras"
    path.write_bytes(b"\x89PNG not a model")
    (title, text), = _import_shown(qtbot, monkeypatch, tmp_path, path)
    assert title == IMPORT_FAILED
    assert text.startswith(f"{path}: not a .keras file (a .keras model is a zip archive).\n\n"
                           "What to do: save the model")


@pytest.mark.keras
@pytest.mark.slow
def test_a_device_that_cannot_be_used_is_explained_in_vietnamese(monkeypatch, vietnamese):
    from deskdl.core.errors import DeskdlError
    from deskdl.ml import device
    from deskdl.qt.tf_loader import load_tensorflow

    real = device.setup_device

    def setup(preference=None, tf_config=None):
        if preference == "gpu:7":
            raise DeskdlError("there is no GPU 7", "pick another device")
        return real(preference, tf_config)

    monkeypatch.setattr(device, "setup_device", setup)
    note = load_tensorflow("gpu:7")["note"]
    assert note == "there is no GPU 7: pick another device Dùng lựa chọn tự động thay thế."
