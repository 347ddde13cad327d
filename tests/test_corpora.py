"""Public texts downloaded on request into the Keras cache (issue 13): progress, size and checksum, the
recorded SHA-256 checked on every load, a clear message offline. Never the network: file:// URLs and a
local HTTP server on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import http.server
import threading

import pytest

from deskdl.ml import datasets
from deskdl.ml.datasets import corpora
from deskdl.ml.datasets.base import DataError, DatasetMissing, DownloadError

TEXT = ("PANDARUS:\nI have had my labour for my travail.\n\nTROILUS:\nWhat, art thou angry, Pandarus?\n" * 40)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty Keras cache, and a 'nietzsche' entry whose published size and SHA-256 are our text's."""
    home = tmp_path / "keras"
    monkeypatch.setenv("KERAS_HOME", str(home))
    src = tmp_path / "served" / "nietzsche.txt"
    src.parent.mkdir()
    src.write_text(TEXT, encoding="utf-8")
    data = src.read_bytes()
    fake = dataclasses.replace(corpora.CORPORA["nietzsche"], url=src.as_uri(), size=len(data),
                               sha256=hashlib.sha256(data).hexdigest())
    monkeypatch.setitem(corpora.CORPORA, "nietzsche", fake)
    return home / "datasets", src


def test_the_real_entries_name_keras_examples_files_and_sizes():
    n, s = corpora.CORPORA["nietzsche"], corpora.CORPORA["shakespeare"]
    assert n.url == "https://s3.amazonaws.com/text-datasets/nietzsche.txt" and n.size == 600_901
    assert s.url.endswith("download.tensorflow.org/data/shakespeare.txt") and s.size == 1_115_394
    for c in (n, s):
        info = datasets.get(c.id)
        assert info.needs_files and info.kind == "sequence" and info.title.endswith("(download)")


def test_nothing_is_there_until_downloaded_and_the_message_says_what_to_do(cache):
    folder, _ = cache
    assert not datasets.is_available("nietzsche")
    with pytest.raises(DatasetMissing) as err:
        datasets.load("nietzsche")
    assert str(folder / "nietzsche.txt") in err.value.message
    assert "press Download in the Data tab" in err.value.fix
    assert not folder.exists() or not any(folder.iterdir())  # loading never fetches


def test_download_with_progress_then_load_as_next_character_windows(cache):
    folder, src = cache
    seen = []
    path = datasets.download("nietzsche", progress=lambda done, total: seen.append((done, total)))
    assert path == folder / "nietzsche.txt"
    size = len(src.read_bytes())
    assert seen[-1] == (size, size) and all(d <= t for d, t in seen)
    assert path.read_bytes() == src.read_bytes()
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    assert (folder / "nietzsche.txt.sha256").read_text().strip() == digest
    assert datasets.is_available("nietzsche")
    bundle = datasets.load("nietzsche", {"seq_len": 20, "step": 5, "max_chars": 1000})
    assert bundle.input_shape == (20,) and bundle.vocabulary == sorted(set(TEXT[:1000]))
    assert len(bundle.x_train) + len(bundle.x_test) == len(range(0, 900 - 20, 5)) + len(range(0, 100 - 20, 5))
    assert sorted(p.name for p in folder.iterdir()) == ["nietzsche.txt", "nietzsche.txt.sha256"]  # no temp


def test_a_wrong_size_or_checksum_is_refused_and_leaves_nothing(cache, monkeypatch):
    folder, _ = cache
    good = corpora.CORPORA["nietzsche"]
    monkeypatch.setitem(corpora.CORPORA, "nietzsche", dataclasses.replace(good, size=good.size + 1))
    with pytest.raises(DownloadError, match=f"has {good.size:,} bytes, not the {good.size + 1:,}"):
        corpora.fetch("nietzsche")
    monkeypatch.setitem(corpora.CORPORA, "nietzsche", dataclasses.replace(good, sha256="0" * 64))
    with pytest.raises(DownloadError, match="damaged"):
        corpora.fetch("nietzsche")
    assert list(folder.iterdir()) == []


def test_offline_is_one_clear_message(cache):
    folder, src = cache
    for url in ("http://127.0.0.1:1/nietzsche.txt", (src.parent / "gone.txt").as_uri()):
        with pytest.raises(DownloadError) as err:
            corpora.fetch("nietzsche", url=url)
        assert "cannot be reached" in err.value.message and "may be offline" in err.value.message
        assert "connect to the internet and press Download again" in err.value.fix
    assert list(folder.iterdir()) == []


def test_download_from_a_local_http_server(cache):
    folder, src = cache
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(src.parent))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        totals = []
        corpora.fetch("nietzsche", progress=lambda d, t: totals.append(t),
                      url=f"http://127.0.0.1:{server.server_address[1]}/nietzsche.txt")
    finally:
        server.shutdown()
        thread.join(5)
    assert set(totals) == {len(src.read_bytes())}  # the server's Content-Length
    assert (folder / "nietzsche.txt").read_text(encoding="utf-8") == TEXT


def test_a_file_changed_in_the_cache_is_named_not_trained_on(cache):
    folder, _ = cache
    corpora.fetch("nietzsche")
    (folder / "nietzsche.txt").write_text(TEXT.replace("Pandarus", "Pandora"), encoding="utf-8")
    with pytest.raises(DataError, match="changed since it was downloaded"):
        datasets.load("nietzsche")


def test_import_copies_a_learners_copy(cache, tmp_path):
    folder, src = cache
    datasets.import_dataset_file("nietzsche", str(src))
    assert datasets.is_available("nietzsche") and (folder / "nietzsche.txt").read_bytes() == src.read_bytes()
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(DataError, match="not a text file"):
        datasets.import_dataset_file("shakespeare", str(binary))
    assert not datasets.is_available("shakespeare")


def test_the_data_tab_downloads_it_only_when_asked(qtbot, cache):
    """The Data tab offers Download for a text not yet here; pressing it fetches it (file://) and shows it."""
    from deskdl.core.project import Project
    from deskdl.qt.data_panel import DataPanel

    folder, src = cache
    panel = DataPanel(Project())
    qtbot.addWidget(panel)
    try:
        panel.choose("nietzsche")
        assert panel.bundle is None and panel.fetch_box.isVisibleTo(panel)
        assert not (folder / "nietzsche.txt").exists()  # choosing it fetched nothing
        panel.download_button.click()
        qtbot.waitUntil(lambda: panel._download is None, timeout=30_000)  # noqa: SLF001
        assert (folder / "nietzsche.txt").read_bytes() == src.read_bytes()
        qtbot.waitUntil(lambda: panel.bundle is not None, timeout=30_000)
        assert not panel.fetch_box.isVisibleTo(panel) and panel.bundle.input_shape == (40,)
    finally:
        panel.shutdown()
        panel.host.shutdown()
