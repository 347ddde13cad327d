"""``deskdl export`` of a debiasing project: the script runs the whole method and gets deskdl's numbers."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest

from deskdl.core.errors import DeskdlError
from deskdl.core.project import Project
from deskdl.ml.datasets.biased_shapes import load_with_groups
from deskdl.ml.export import export_python
from deskdl.paths import resource

DATA = {"samples": 300, "test_samples": 60, "rare_share": 0.05, "seed": 2}


def _tiny(**algorithm):
    p = Project.load(resource("templates", "debias_shapes.deskdl"))
    p.data = {"dataset": "biased_shapes", "params": dict(DATA)}
    p.training = {**p.training, "epochs": 2, "seed": 1}
    p.algorithm = {**(p.algorithm or {}), "vae_epochs": 1, "latent_dim": 4, **algorithm}
    return p


def test_exported_data_and_subgroups_are_deskdls(tmp_path):
    ns: dict = {"__name__": "exported"}
    exec(compile(export_python(_tiny()), "debias.py", "exec"), ns)
    (xt, yt), (xs, ys) = ns["load_data"]()
    bundle, g_train, g_test = load_with_groups(DATA)
    for got, want in ((xt, bundle.x_train), (yt, bundle.y_train), (xs, bundle.x_test), (ys, bundle.y_test),
                      (ns["SUBGROUPS"]["train"], g_train), (ns["SUBGROUPS"]["test"], g_test)):
        np.testing.assert_array_equal(got, want)
    settings = (ns["EPOCHS"], ns["VAE_EPOCHS"], ns["BINS"], ns["ALPHA"], ns["METHOD"])
    assert settings == (2, 1, 10, 0.3, "resample")


def test_export_refuses_another_data_set_and_bad_settings():
    p = _tiny()
    p.data = {"dataset": "shapes", "params": {}}
    with pytest.raises(DeskdlError, match="needs the data set 'Biased shapes'"):
        export_python(p)
    with pytest.raises(DeskdlError, match="the debiasing settings have a problem"):
        export_python(_tiny(bins=1))


def _table(text: str) -> dict[str, list[float]]:
    rows = {}
    for name in ("without weights", "with weights"):
        m = re.search(rf"^{name}\s+([\d.]+)%\s+([\d.]+)%\s+([\d.]+)%$", text, re.M)
        assert m, text
        rows[name] = [float(v) / 100 for v in m.groups()]
    return rows


@pytest.mark.keras
def test_exported_script_gets_the_accuracies_deskdl_train_gets(tmp_path):
    project = _tiny()
    project.save(tmp_path / "debias.deskdl")
    script = tmp_path / "debias.py"
    script.write_text(export_python(project), encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "mean weight of the inverted pictures" in run.stdout
    got = _table(run.stdout)
    train = subprocess.run([sys.executable, "-m", "deskdl.cli", "train", str(tmp_path / "debias.deskdl"),
                            "--out", str(tmp_path / "out")], capture_output=True, text=True, timeout=600)
    assert train.returncode == 0, train.stderr[-2000:]
    report = (tmp_path / "out" / "report.txt").read_text().split("test set:")[1]  # not the final epoch's

    def value(key):
        return float(re.search(rf"^  {key}: ([\d.]+)$", report, re.M).group(1))

    keys = ("accuracy_normal", "accuracy_inverted", "accuracy")
    want = {"without weights": [value(f"{k}_without_weights") for k in keys],
            "with weights": [value(k) for k in keys]}
    # same data, seeds, epoch orders and weights: the same pictures right, up to one picture a subgroup
    # (30 test pictures each) should the two processes round a sum differently
    for row in want:
        assert got[row] == pytest.approx(want[row], abs=1 / 30 + 1e-3), (row, got, want)
    assert "epochs run: 5 of 5 (1 of the VAE, then 2 for each of the two classifiers)\n" in \
        (tmp_path / "out" / "report.txt").read_text()
