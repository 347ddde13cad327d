"""Bench: issue 13's sequence targets on this machine (2 cores).

* **tune writer**: the 'Tune writer' template trained on the generated ABC corpus for at
  most ``--tune-seconds`` (3 minutes); then 50 tunes written at temperature 0.8, each
  checked: target >= 90 % parse and >= 80 % of their bars fit the metre.
* **speed**: one epoch of the same char model through deskdl's trainer (samples every 5 s,
  bits per character) against a plain ``model.fit(verbose=0)`` on the same windows,
  side by side: target at most 1.0x.
* **reversal**: the Transformer-block template trained for at most 2 minutes on
  'reverse 10 digits'; target >= 99 % of positions right on 5000 new sequences (a seed
  the training never saw), and the anti-diagonal in its attention map (the share of
  each row's weight on place 9 - i, best head; uniform attention would give 10 %).

    .venv/bin/python bench/bench_seq.py [--tune-seconds 180] [--cpu-budget] [--seed N] [--skip-speed]
                                        [--skip-tunes] [--skip-reverse]

On a shared machine the wall-clock limits measure the load as much as the model, so every
training also prints the CPU seconds the process used. ``--cpu-budget`` stops each training
at what the limit gives on an idle 2-core machine (2 x the seconds of CPU time, all
threads) instead of at the wall-clock limit (a run then lasts longer by the wall clock).
``--seed N`` trains the tune writer from seed N (the template's own seed otherwise) and writes its
tunes from seed N + 1: runs with different seeds show the spread of the figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEMPLATE = ROOT / "resources" / "templates" / "char_abc_tunes.deskdl"


def _stop_after(control, seconds: float, cpu_budget: bool):
    """Stop ``control`` after ``seconds`` by the wall clock, or after 2 x ``seconds`` of CPU time."""
    if not cpu_budget:
        timer = threading.Timer(seconds, control.stop)
        timer.start()
        return timer.cancel
    start, done = time.process_time(), threading.Event()

    def watch() -> None:
        while not done.wait(0.25):
            if time.process_time() - start >= 2 * seconds:
                control.stop()
                return

    threading.Thread(target=watch, daemon=True).start()
    return done.set


class _Quiet:
    """A reporter that keeps the samples and prints each epoch."""

    def __init__(self) -> None:
        self.samples = []

    def __getattr__(self, name):
        return lambda *a, **k: None

    def emit(self, event) -> None:
        if getattr(event, "name", "") == "samples":
            self.samples.append(event)

    def epoch_ended(self, epoch, logs, *a, **k) -> None:
        print(f"  epoch {epoch + 1}: loss {logs.get('loss', float('nan')):.3f}, "
              f"bpc {logs.get('bpc', 0):.2f}, val_accuracy {logs.get('val_accuracy', 0):.3f}", flush=True)


def tunes(seconds: float, count: int = 50, temperature: float = 0.8, cpu_budget: bool = False,
          seed: int | None = None) -> dict:
    """Train the template (from ``seed``) for at most ``seconds``, write ``count`` tunes, score them."""
    from deskdl.core.abc_corpus import check_tune, score_tunes
    from deskdl.core.charseq import Vocabulary
    from deskdl.core.project import Project
    from deskdl.ml.charlm import CharWriter, write_tunes
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingControl, TrainingJob

    project = Project.load(TEMPLATE)
    if seed is not None:
        project.training["seed"] = int(seed)
    write_seed = 1 + int(project.training.get("seed") or 0)
    job = TrainingJob.from_project(project, epochs=100)
    job = dataclasses.replace(job, algorithm={**project.algorithm, "sample_every": 30.0})
    control = TrainingControl()
    reporter = _Quiet()
    cpu = time.process_time()
    cancel = _stop_after(control, seconds, cpu_budget)
    began = time.perf_counter()
    result = run(job, reporter, control)
    trained = time.perf_counter() - began
    cancel()
    cpu = time.process_time() - cpu
    if result.model is None:
        raise SystemExit(f"training failed: {result.error}")
    from deskdl.ml import datasets

    vocab = Vocabulary(tuple(datasets.load_config(project.data).vocabulary))
    writer = CharWriter(result.model, vocab)
    began = time.perf_counter()
    written = write_tunes(writer, count, temperature, seed=write_seed)
    wrote = time.perf_counter() - began
    score = score_tunes(written)
    # room for 1 tune only
    short = score_tunes(write_tunes(writer, count, temperature, seed=write_seed, length=420))
    parsed = [t for t in written if check_tune(t).parses]
    return {"trained_s": trained, "cpu_s": cpu, "epochs": result.epochs_run, "batches": result.batches_run,
            "final": result.final, "write_s": wrote, **score, "short": short,
            "examples": parsed[:2] or written[:2],
            "failed": [check_tune(t).problems[:1] for t in written if not check_tune(t).parses][:5]}


def reversal(seconds: float = 120.0, cpu_budget: bool = False) -> dict:
    """Train the reversal Transformer for at most ``seconds``; score new sequences and its attention map."""
    import numpy as np

    from deskdl.core.project import Project
    from deskdl.core.seqtasks import digit_task
    from deskdl.ml.attention import AttentionProbe
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingControl, TrainingJob

    project = Project.load(ROOT / "resources" / "templates" / "transformer_reverse.deskdl")
    control = TrainingControl()
    cpu = time.process_time()
    cancel = _stop_after(control, seconds, cpu_budget)
    began = time.perf_counter()
    result = run(TrainingJob.from_project(project), _Quiet(), control)
    trained = time.perf_counter() - began
    cancel()
    cpu = time.process_time() - cpu
    if result.model is None:
        raise SystemExit(f"training failed: {result.error}")
    x, y = digit_task("reverse", 5000, 10, seed=987654)
    pred = np.argmax(result.model.predict(x.astype(np.float32), verbose=0, batch_size=500), axis=-1)
    maps = AttentionProbe(result.model).maps(x[:200].astype(np.float32))[0]  # (examples, heads, 10, 10)
    anti = np.fliplr(np.eye(10, dtype=bool))
    per_head = [float(maps[:, h][:, anti].mean()) for h in range(maps.shape[1])]
    return {"trained_s": trained, "cpu_s": cpu, "epochs": result.epochs_run,
            "positions": float(np.mean(pred == y)),
            "sequences": float(np.mean(np.all(pred == y, axis=1))), "anti_diagonal": per_head}


def speed() -> dict:
    """Seconds for one epoch: deskdl's trainer (with samples) vs plain model.fit on the same windows.

    Both take the template's batch size, learning rate and validation share.
    """
    import keras

    from deskdl.core.project import Project
    from deskdl.ml import datasets
    from deskdl.ml.build import build_model
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingJob

    project = Project.load(TEMPLATE)
    bundle = datasets.load_config(project.data)
    batch_size = int(project.training["batch_size"])
    lr = float(project.training["optimizer"]["learning_rate"])
    out = {"batch_size": batch_size}
    for label in ("plain", "deskdl", "plain2", "deskdl2"):
        keras.backend.clear_session()
        keras.utils.set_random_seed(0)
        if label.startswith("plain"):
            from deskdl.core.graph import ModelGraph

            model = build_model(ModelGraph.from_dict(project.graph.to_dict()))
            model.compile(keras.optimizers.Adam(lr), "sparse_categorical_crossentropy",
                          metrics=["accuracy"])
            began, cpu = time.perf_counter(), time.process_time()
            vs = float(project.training.get("validation_split") or 0.0)  # as deskdl: the same windows
            model.fit(bundle.x_train, bundle.y_train, batch_size=batch_size, epochs=1, verbose=0,
                      validation_split=vs, shuffle=True)
            out[label] = time.perf_counter() - began
            out[label + "_cpu"] = time.process_time() - cpu
        else:
            job = TrainingJob.from_project(project, epochs=1, bundle=bundle, evaluate_test=False)
            rep = _Quiet()
            began, cpu = time.perf_counter(), time.process_time()
            result = run(job, rep, None)
            out[label] = time.perf_counter() - began
            out[label + "_cpu"] = time.process_time() - cpu
            out[label + "_samples"] = len(rep.samples)
            assert result.ok, result.error
    return out


def main() -> None:
    """Run the chosen parts and print their figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune-seconds", type=float, default=180.0)
    ap.add_argument("--seed", type=int, default=None,
                    help="the tune writer's training seed (default: the template's); its tunes from seed + 1")
    ap.add_argument("--skip-tunes", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-reverse", action="store_true")
    ap.add_argument("--cpu-budget", action="store_true",
                    help="stop each training after 2 x its seconds of CPU time (an idle 2-core machine)")
    args = ap.parse_args()
    limit = "CPU seconds (2 cores x" if args.cpu_budget else "s (wall clock"
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    if not args.skip_tunes:
        most = 2 * args.tune_seconds if args.cpu_budget else args.tune_seconds
        print(f"tune writer: training for at most {most:.0f} {limit} {args.tune_seconds:.0f} s), seed "
              f"{'of the template' if args.seed is None else args.seed}", flush=True)
        r = tunes(args.tune_seconds, cpu_budget=args.cpu_budget, seed=args.seed)
        print(f"tune writer: {r['epochs']} epochs ({r['batches']} batches) in {r['trained_s']:.0f} s "
              f"({r['cpu_s']:.0f} CPU seconds); final "
              f"{ {k: round(v, 3) for k, v in r['final'].items()} }")
        print(f"tune writer: 50 tunes at T=0.8 written in {r['write_s']:.1f} s: {r['parse']:.0%} parse "
              f"(target >= 90%), {r['bars_fit']:.0%} of {r['bars']} bars fit the metre (target >= 80%)")
        s = r["short"]
        print(f"tune writer: the same streams cut at 420 characters (the old limit): {s['parse']:.0%} parse, "
              f"{s['bars_fit']:.0%} of {s['bars']} bars fit")
        for t in r["examples"]:
            print("---\n" + t)
        print("first problems of tunes that did not parse:", r["failed"])
    if not args.skip_reverse:
        print(f"reversal: training for at most {240 if args.cpu_budget else 120} {limit} 120 s)", flush=True)
        r = reversal(cpu_budget=args.cpu_budget)
        print(f"reversal: {r['epochs']} epochs in {r['trained_s']:.0f} s ({r['cpu_s']:.0f} CPU seconds); "
              f"on 5000 new sequences "
              f"{r['positions']:.2%} of positions right (target >= 99%), {r['sequences']:.2%} of sequences "
              f"wholly right; weight on the anti-diagonal per head: "
              f"{', '.join(f'{v:.0%}' for v in r['anti_diagonal'])} (uniform: 10%)")
    if not args.skip_speed:
        s = speed()
        print(f"speed, one epoch: plain model.fit {s['plain']:.1f} s / {s['plain2']:.1f} s, deskdl trainer "
              f"{s['deskdl']:.1f} s / {s['deskdl2']:.1f} s with "
              f"{s['deskdl_samples']} / {s['deskdl2_samples']} "
              f"samples; ratio {min(s['deskdl'], s['deskdl2']) / min(s['plain'], s['plain2']):.2f}x "
              "(best of two each; target <= 1.0x)")
        print(f"speed, CPU seconds (all threads; what the load changes least): plain {s['plain_cpu']:.1f} / "
              f"{s['plain2_cpu']:.1f}, deskdl {s['deskdl_cpu']:.1f} / {s['deskdl2_cpu']:.1f}; ratio "
              f"{min(s['deskdl_cpu'], s['deskdl2_cpu']) / min(s['plain_cpu'], s['plain2_cpu']):.2f}x")


if __name__ == "__main__":
    main()
