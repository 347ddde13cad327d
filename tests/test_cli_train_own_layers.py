"""deskdl train's report says when model.keras holds deskdl's own layers (issue 13: the Transformer
templates' PositionalEncoding), and the way it gives really loads the file in plain Keras (a fresh Python
that never imports deskdl)."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from deskdl.core.project import Project
from deskdl.ml import cli_train
from deskdl.ml.export import export_python
from deskdl.paths import resource


@pytest.mark.keras
@pytest.mark.slow
def test_the_report_says_how_to_load_a_model_with_deskdls_own_layer(tmp_path):
    template = resource("templates", "transformer_reverse.deskdl")
    args = argparse.Namespace(file=str(template), epochs=1, out=str(tmp_path / "run"), device=None)
    code = cli_train.run(args)
    assert code == 0
    report = (tmp_path / "run" / "report.txt").read_text(encoding="utf-8")
    assert "it uses deskdl's own layer PositionalEncoding: to load it with plain Keras" in report
    script = tmp_path / "exported.py"
    script.write_text(export_python(Project.load(template)), encoding="utf-8")
    load = ("import runpy, sys, keras\n"
            f"runpy.run_path({str(script)!r}, run_name='not_main')\n"
            "assert not any(m.startswith('deskdl') for m in sys.modules)\n"
            f"m = keras.saving.load_model({str(tmp_path / 'run' / 'model.keras')!r})\n"
            "print(type(m.get_layer('positions')).__name__)\n")
    out = subprocess.run([sys.executable, "-c", load], capture_output=True, text=True, timeout=240,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("PositionalEncoding")


def test_a_model_of_keras_layers_only_gets_no_such_line():
    assert cli_train._own_layers(Project.load(resource("templates", "char_abc_tunes.deskdl"))) == []
    assert cli_train._own_layers(Project.load(resource("templates", "attention_reviews.deskdl"))) == [
        "PositionalEncoding"]
