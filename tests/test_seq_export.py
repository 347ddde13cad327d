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
