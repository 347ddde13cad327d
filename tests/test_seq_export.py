"""``deskdl export`` of the issue-13 data sets: the script's arrays equal deskdl's (generator inlined)."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.project import Project
from deskdl.ml import datasets
from deskdl.ml.export import export_python
from deskdl.paths import resource


@pytest.mark.parametrize("dataset, params", [
    ("abc_tunes", {"tunes": 15, "seq_len": 20, "step": 2}),
    ("digit_tasks", {"task": "sort", "samples": 50, "length": 6}),
    ("text_file", None),
])
def test_exported_load_data_gives_deskdls_arrays(dataset, params, tmp_path):
    if params is None:
        path = tmp_path / "poem.txt"
        path.write_text("the cat sat on the mat\r\nthe dog sat on the log\n" * 10, encoding="utf-8")
        params = {"path": str(path), "seq_len": 8, "step": 1}
    p = Project.load(resource("templates", "char_abc_tunes.deskdl"))
    p.data = {"dataset": dataset, "params": params}
    code = export_python(p)
    if dataset == "abc_tunes":
        assert "import random" in code and "def tune(index" in code and "def check_tune" not in code
    ns: dict = {"__name__": "exported", "__file__": str(tmp_path / "script.py")}
    exec(compile(code, f"{dataset}.py", "exec"), ns)
    (xt, yt), (xs, ys) = ns["load_data"]()
    bundle = datasets.load(dataset, params)
    for got, want in ((xt, bundle.x_train), (yt, bundle.y_train), (xs, bundle.x_test), (ys, bundle.y_test)):
        np.testing.assert_array_equal(got, want)


def _tiny_char_project(**algorithm):
    p = Project.load(resource("templates", "char_abc_tunes.deskdl"))
    p.data = {"dataset": "abc_tunes", "params": {"tunes": 12, "seq_len": 20, "step": 4}}
    p.graph.nodes["chars"].params["shape"] = [20]
    p.training = {**p.training, "epochs": 1, "batch_size": 64, "seed": 3}
    p.algorithm = {"temperatures": "0, 1.0", "sample_length": 25, "prime": "", **algorithm}
    return p


@pytest.mark.keras
def test_exported_writer_writes_what_deskdls_writer_writes_greedily(tmp_path):
    import keras

    from deskdl.core.charseq import Vocabulary
    from deskdl.ml.charlm import CharWriter

    code = export_python(_tiny_char_project())
    ns: dict = {"__name__": "exported", "__file__": str(tmp_path / "script.py")}
    exec(compile(code, "char.py", "exec"), ns)
    (xt, _), _ = ns["load_data"]()
    bundle = datasets.load("abc_tunes", {"tunes": 12, "seq_len": 20, "step": 4})
    assert ns["CHARS"] == list(bundle.vocabulary)  # load_data() filled the characters
    keras.utils.set_random_seed(1)
    model = ns["build_model"]()
    want = CharWriter(model, Vocabulary(tuple(bundle.vocabulary))).write(["X:"], [0.0], 25)[0].text
    got = ns["write_text"](model, ns["prime_window"]("X:", 20), [0.0], 25)
    assert got == [want]
    sampled = ns["write_text"](model, xt[0], [1.0, 1.0], 40, seed=5)
    assert len(sampled) == 2 and all(len(t) == 40 and set(t) <= set(bundle.vocabulary) for t in sampled)
    assert sampled == ns["write_text"](model, xt[0], [1.0, 1.0], 40, seed=5)  # the seed fixes the draws


@pytest.mark.keras
def test_exported_char_script_trains_and_writes_samples(tmp_path):
    import subprocess
    import sys

    script = tmp_path / "tunes.py"
    script.write_text(export_python(_tiny_char_project(prime="X:1\n")), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Each text goes on from 'X:1\\n':" in done.stdout
    written = (tmp_path / "samples.txt").read_text(encoding="utf-8")
    parts = written.split("--- temperature ")
    assert [p.split(" ---\n")[0] for p in parts[1:]] == ["0", "1"]
    texts = [p.split(" ---\n", 1)[1][:-2] for p in parts[1:]]  # each ends with a blank line
    assert [len(t) for t in texts] == [25, 25]
    assert f"--- temperature 0 ---\n{texts[0]}\n" in done.stdout


def test_export_refuses_unreadable_temperatures():
    from deskdl.core.errors import DeskdlError

    with pytest.raises(DeskdlError, match="the sequence settings have a problem"):
        export_python(_tiny_char_project(temperatures="warm"))
