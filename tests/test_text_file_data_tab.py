"""The Data tab with the learner's own text (issue 13): an empty, binary, missing or non-UTF-8 file gets one
sentence saying what is wrong and how to fix it, never a traceback; a good file shows its windows."""

from __future__ import annotations

import pytest

from deskdl.core.project import Project


def _panel(qtbot):
    from deskdl.qt.data_panel import DataPanel

    panel = DataPanel(Project())
    qtbot.addWidget(panel)
    return panel


@pytest.mark.parametrize(("content", "problem", "fix"), [
    (b"", "The file mine.txt is empty.", "choose a file with some text in it"),
    (bytes(range(256)) * 20, "The file mine.txt is not a text file (it holds binary data).",
     "choose a plain UTF-8 text file (.txt or .abc)"),
    ("caf\u00e9 na\u00efve ".encode("latin-1") * 50,
     "The file mine.txt is not UTF-8 text (byte 4 cannot be read).",
     "save the file as UTF-8 in your editor"),
    (None, "does not exist.", "choose an existing .txt or .abc file"),
])
def test_a_bad_text_file_gets_one_clear_message(qtbot, tmp_path, content, problem, fix):
    path = tmp_path / "mine.txt"  # a file name in lower case stays so (it was shown as 'Mine.txt')
    if content is not None:
        path.write_bytes(content)
    panel = _panel(qtbot)
    try:
        panel.choose("text_file", {"path": str(path)})
        qtbot.waitUntil(lambda: problem in panel.empty.text(), timeout=30_000)
        message = panel.empty.text()
        assert f"What to do: {fix}" in message
        assert panel.bundle is None and panel.samples.currentWidget() is panel.empty
        assert "Traceback" not in message
    finally:
        panel.shutdown()
        panel.host.shutdown()


def test_a_good_text_file_shows_its_windows(qtbot, tmp_path):
    path = tmp_path / "tune.abc"
    path.write_text("X:1\nT:Test\nM:4/4\nL:1/8\nK:D\n|:DEFG ABcd|dcBA GFED:|\n\n" * 60, encoding="utf-8")
    panel = _panel(qtbot)
    try:
        panel.choose("text_file", {"path": str(path), "seq_len": 20, "step": 2})
        qtbot.waitUntil(lambda: panel.bundle is not None, timeout=30_000)
        assert panel.bundle.input_shape == (20,)
        assert len(panel.bundle.vocabulary) == len(set(path.read_text(encoding="utf-8")))
    finally:
        panel.shutdown()
        panel.host.shutdown()
