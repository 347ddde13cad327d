"""Bench: the digits VAE template against issue 11's target, on this machine.

Target: a digits classifier trained on the real 8x8 digits (not part of the VAE)
reads the VAE's decodes of the test images as their own digit at least 80 % of
the time, within 3 minutes of training on 2 cores.

Prints: the VAE's training time and its final loss, KL and reconstruction; the
classifier's accuracy on the real test images (its ceiling); how often it reads
the decodes of the test images (through the code's mean) as their own digit;
and, for contrast, the same for decodes of random codes from N(0, I): how many
it reads with confidence >= 0.9 and how many digits appear among them.

    .venv/bin/python bench/bench_vae.py [--template vae_digits] [--epochs N] [--beta B]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def digits_classifier(bundle, seed: int = 0, epochs: int = 40):
    """A small CNN trained on the real digits' training part; returns (model, accuracy on the test part)."""
    import keras

    keras.utils.set_random_seed(seed)
    model = keras.Sequential([
        keras.Input((8, 8, 1)),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
        keras.layers.Flatten(),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])
    model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(bundle.x_train, bundle.y_train, epochs=epochs, batch_size=64, verbose=0)
    acc = model.evaluate(bundle.x_test, bundle.y_test, verbose=0, return_dict=True)["accuracy"]
    return model, float(acc)


def read_as_own(classifier, images: np.ndarray, labels: np.ndarray) -> float:
    """The share of ``images`` the classifier reads as their own label."""
    probs = classifier.predict(images, verbose=0, batch_size=512)
    return float(np.mean(np.argmax(probs, axis=1) == labels))


def measure(project, epochs: int | None = None, beta: float | None = None, classifier=None) -> dict:
    """Train ``project`` (a VAE on the digits) and score its decodes; returns the figures."""
    from deskdl.ml import datasets
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingJob
    from deskdl.ml.vae import prior_codes

    if beta is not None:
        for node in project.graph.nodes.values():
            if node.type == "Sampling":
                node.params["beta"] = beta
    overrides = {"epochs": epochs} if epochs else {}
    job = TrainingJob.from_project(project, **overrides)
    t = time.perf_counter()
    result = run(job)
    train_s = time.perf_counter() - t
    if not result.ok:
        raise SystemExit(f"training failed: {result.error.text}")
    bundle = datasets.load_config(project.data)
    if classifier is None:
        classifier, ceiling = digits_classifier(bundle)
    else:
        ceiling = float(np.mean(np.argmax(classifier.predict(bundle.x_test, verbose=0), 1) == bundle.y_test))
    encoder, decoder = result.models["encoder"], result.models["decoder"]
    mean, _ = encoder.predict(bundle.x_test, verbose=0, batch_size=512)
    decodes = decoder.predict(mean, verbose=0, batch_size=512)
    own = read_as_own(classifier, decodes, bundle.y_test)
    samples = decoder.predict(prior_codes(256, mean.shape[1], 0), verbose=0)
    probs = classifier.predict(samples, verbose=0)
    sure = probs.max(1) >= 0.9
    digits = np.bincount(np.argmax(probs, 1)[sure], minlength=10)
    return {"train_s": train_s, "epochs": result.epochs_run, "final": result.final, "ceiling": ceiling,
            "own": own, "sure": float(np.mean(sure)), "digits_seen": int(np.sum(digits > 0)),
            "classifier": classifier}


def main(argv: list[str] | None = None) -> int:
    """Train, score and print."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--template", default="vae_digits")
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--beta", type=float, default=None)
    args = ap.parse_args(argv)
    from deskdl.core.project import Project

    project = Project.load(ROOT / "resources" / "templates" / f"{args.template}.deskdl")
    print(f"cores: {os.cpu_count()}  load average: {os.getloadavg()[0]:.1f}")
    m = measure(project, args.epochs, args.beta)
    f = m["final"]
    print(f"VAE {args.template}: {m['epochs']} epochs in {m['train_s']:.1f} s (target: under 180 s); "
          f"final loss "
          f"{f.get('loss', float('nan')):.4f} = reconstruction {f.get('reconstruction', float('nan')):.4f} "
          f"+ beta x KL {f.get('kl', float('nan')):.3f}")
    print(f"digits classifier on the real test digits: {m['ceiling']:.1%}")
    print(f"decodes of the test digits read as their own digit: {m['own']:.1%} (target: at least 80%)")
    print(f"256 decodes of random codes from N(0, I): {m['sure']:.1%} read with confidence >= 0.9, "
          f"{m['digits_seen']} of 10 digits among them")
    ok = m["own"] >= 0.8 and m["train_s"] <= 180
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
