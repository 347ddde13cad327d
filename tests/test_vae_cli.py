"""Issue 11, VAE: ``deskdl train`` (models by role, PNG grids, samples.npy), ``deskdl export``, bad input."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from deskdl.core.project import Project
from deskdl.ml import cli_train
from deskdl.ml.vae import NO_LATENT_TEXT

pytestmark = pytest.mark.keras

ROOT = Path(__file__).resolve().parents[1]


def _vae_project(path: Path, *, sampling: bool = True, epochs: int = 3) -> Path:
    project = Project.load(ROOT / "resources" / "templates" / "vae_digits.deskdl")
    doc = project.to_dict()
    doc["training"].update(epochs=epochs, batch_size=64)
    doc["algorithm"] = {"latent": "code", "sample_every": 2}
    if not sampling:  # the code is a plain Dense layer: no latent node
        nodes = [n for n in doc["model"]["nodes"] if n["id"] not in ("log_var", "code")]
        for n in nodes:
            if n["id"] == "decode":
                n["inputs"] = ["mean"]
        doc["model"]["nodes"] = nodes
        doc["algorithm"] = {"sample_every": 2}
    path.write_text(json.dumps(doc))
    return path


def _args(file, out):
    return argparse.Namespace(file=str(file), epochs=None, out=str(out), device=None)


def _config(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("config.json").decode()


def test_train_writes_the_models_by_role_sample_grids_and_samples(tmp_path, capsys):
    import keras

    out = tmp_path / "run"
    assert cli_train.run(_args(_vae_project(tmp_path / "vae.deskdl"), out)) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["decoder.keras", "encoder.keras", "metrics.csv", "model.keras", "report.txt",
                     "samples.npy", "samples_epoch_0002.png", "samples_epoch_0003.png"]
    # encoder and decoder are plain Keras (no deskdl layer in them); the VAE keeps its Sampling layer
    assert "deskdl>" not in _config(out / "encoder.keras") and "deskdl>" not in _config(out / "decoder.keras")
    assert "deskdl>Sampling" in _config(out / "model.keras")
    decoder = keras.saving.load_model(out / "decoder.keras", safe_mode=True)
    encoder = keras.saving.load_model(out / "encoder.keras", safe_mode=True)
    assert decoder.input_shape == (None, 4) and decoder.output_shape == (None, 8, 8, 1)
    assert [tuple(t.shape) for t in encoder.outputs] == [(None, 4), (None, 4)]
    samples = np.load(out / "samples.npy")
    assert samples.shape == (256, 8, 8, 1) and samples.dtype == np.float32
    assert samples.min() >= 0.0 and samples.max() <= 1.0  # the digits' value range (pixels / 16)
    assert (out / "samples_epoch_0002.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    header = (out / "metrics.csv").read_text().splitlines()[0].split(",")
    assert {"loss", "kl", "reconstruction", "val_kl", "val_reconstruction"} <= set(header)


def test_train_a_vae_without_a_latent_node_says_so_in_one_line(tmp_path, capsys):
    out = tmp_path / "run"
    code = cli_train.run(_args(_vae_project(tmp_path / "novae.deskdl", sampling=False), out))
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert NO_LATENT_TEXT in err[0] and "Dense(mean) and Dense(log_var)" in err[0]
    assert not (out / "model.keras").exists()


def test_export_writes_a_runnable_plain_keras_vae_script(tmp_path):
    from deskdl.ml.export import export_python

    code = export_python(Project.load(ROOT / "resources" / "templates" / "vae_digits.deskdl"))
    assert "self.add_loss(ops.cast(self.beta, kl.dtype) * kl)" in code
    assert "Sampling(beta=0.015625, name=\"code\")" in code
    assert "decoder = keras.Model(code, d_3, name=\"decoder\")" in code
    code = code.replace("EPOCHS = ", "EPOCHS = 1  # patched by the test; was ", 1)
    (tmp_path / "vae.py").write_text(code)
    (tmp_path / "optdigits_8x8.npz").write_bytes((ROOT / "resources" / "datasets" / "optdigits_8x8.npz")
                                                 .read_bytes())
    run = subprocess.run([sys.executable, "vae.py"], capture_output=True, text=True, cwd=tmp_path,
                         timeout=300, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert "test: kl " in run.stdout
    assert "codes have shape (4,) ; 16 decodes of random codes: (16, 8, 8, 1)" in run.stdout
