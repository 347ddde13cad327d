"""Bench: the 'Debiasing with a VAE' template against issue 11's debiasing target, on this machine.

Target: the rare subgroup's test accuracy (inverted pictures, like a photo negative, 2% of the training
pictures, half of the balanced test part) rises visibly with the VAE's weights (by 10 points or
more) while the common subgroup's stays within a few points.

Runs the template's whole lesson (the VAE, then the classifier without and with weights, same seed
and epochs) once per seed (the training seed: the VAE's and the classifier's first weights and the
batches; the data stay those of data seed 0) and prints each run's per-subgroup accuracy before and
after, then the median of the seeds and the time taken.

    .venv/bin/python bench/bench_debias.py [--seeds 0 1 2] [--alpha A] [--epochs N] [--method weight]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Run the lesson once per seed and print the figures."""
    from deskdl.core.bias_data import GROUPS
    from deskdl.core.project import Project
    from deskdl.ml import trainers
    from deskdl.ml.training import TrainingJob

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--alpha", type=float, default=None,
                    help="the weights' smoothing (default: the template's)")
    ap.add_argument("--epochs", type=int, default=None, help="classifier epochs (default: the template's)")
    ap.add_argument("--method", choices=("resample", "weight"), default=None,
                    help="how the weights act (default: the template's, resample)")
    args = ap.parse_args()
    project = Project.load(ROOT / "resources" / "templates" / "debias_shapes.deskdl")
    before: list[list[float]] = []
    after: list[list[float]] = []
    times: list[float] = []
    for seed in args.seeds:
        overrides = {"seed": seed}
        if args.epochs:
            overrides["epochs"] = args.epochs
        job = TrainingJob.from_project(project, **overrides)
        algorithm = dict(job.algorithm)
        if args.alpha is not None:
            algorithm["alpha"] = args.alpha
        if args.method is not None:
            algorithm["method"] = args.method
        job = dataclasses.replace(job, algorithm=algorithm)
        t0 = time.perf_counter()
        result = trainers.run(job)
        times.append(time.perf_counter() - t0)
        if result.status != "finished":
            print(f"seed {seed}: {result.status} ({result.error})")
            return 1
        block = result.record["debias"]
        before.append(block["accuracy"][0])
        after.append(block["accuracy"][1])
        w = block["weights"]
        print(f"seed {seed}: " + "; ".join(
            f"{g}: {b:.1%} -> {a:.1%}" for g, b, a in zip(GROUPS, block["accuracy"][0], block["accuracy"][1]))
            + f"; mean weight {w['mean_by_group'][0]:.2f} / {w['mean_by_group'][1]:.2f}, "
              f"rare share of the weight {w['weight_share_by_group'][1]:.1%}; {times[-1]:.1f} s", flush=True)
    print(f"median of {len(args.seeds)} seeds:")
    for i, g in enumerate(GROUPS):
        b = statistics.median(r[i] for r in before)
        a = statistics.median(r[i] for r in after)
        gains = [(y[i] - x[i]) * 100 for x, y in zip(before, after)]
        print(f"  {g:9s} without weights {b:.1%}, with weights {a:.1%}; gain per seed "
              f"{', '.join(f'{d:+.1f}' for d in gains)} points, median {statistics.median(gains):+.1f}")
    print(f"time per run (VAE + two classifiers): median {statistics.median(times):.1f} s, "
          f"all {', '.join(f'{t:.1f}' for t in times)} s (2 shared cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
