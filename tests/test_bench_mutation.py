"""bench/mutation.py's sampled whole-core score: the random draw, the Wilson interval, the counting.

Pure (no mutmut run, no Qt, no TensorFlow). The interval's expected values are worked out by hand in
the comments (z = 1.96, z**2 = 3.8416) and agree with published tables of the Wilson interval.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "mutation.py"
_spec = importlib.util.spec_from_file_location("bench_mutation", _PATH)
mutation = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mutation)


def test_wilson_interval_of_8_of_10():
    # p = 0.8, z**2/n = 0.38416, denominator 1.38416
    # centre = (0.8 + 0.19208) / 1.38416 = 0.716738
    # half = 1.96 * sqrt(0.016 + 3.8416/400) / 1.38416 = 1.96 * 0.1600125 / 1.38416 = 0.226581
    lo, hi = mutation.wilson(8, 10)
    assert lo == pytest.approx(0.490157, abs=1e-5)
    assert hi == pytest.approx(0.943319, abs=1e-5)


def test_wilson_interval_of_none_and_all_of_10():
    # k = 0: centre = half = 0.19208 / 1.38416 = 0.138770, so the interval is [0, 0.277540]
    assert mutation.wilson(0, 10) == pytest.approx((0.0, 0.277540), abs=1e-5)
    # k = 10 is the mirror image: [1 - 0.277540, 1]
    assert mutation.wilson(10, 10) == pytest.approx((0.722460, 1.0), abs=1e-5)


def test_wilson_interval_of_640_of_800():
    # p = 0.8, z**2/n = 0.004802, denominator 1.004802; centre = 0.802401 / 1.004802 = 0.798566
    # half = 1.96 * sqrt(0.0002 + 3.8416/2560000) / 1.004802 = 1.96 * 0.0141952 / 1.004802 = 0.0276896
    lo, hi = mutation.wilson(640, 800)
    assert lo == pytest.approx(0.770876, abs=1e-5)
    assert hi == pytest.approx(0.826256, abs=1e-5)


def test_wilson_interval_of_no_trials_is_everything():
    assert mutation.wilson(0, 0) == (0.0, 1.0)


NAMES = [f"deskdl.core.m{i % 7}.x_f__mutmut_{i}" for i in range(100)]


def test_draw_sample_has_n_distinct_names_of_the_pool_sorted():
    chosen = mutation.draw_sample(NAMES, 10, seed=1)
    assert len(chosen) == 10
    assert len(set(chosen)) == 10
    assert set(chosen) <= set(NAMES)
    assert chosen == sorted(chosen)


def test_draw_sample_depends_on_the_seed_not_on_the_order_of_the_names():
    assert mutation.draw_sample(NAMES, 10, seed=1) == mutation.draw_sample(list(reversed(NAMES)), 10, seed=1)
    assert mutation.draw_sample(NAMES + NAMES[:5], 10, seed=1) == mutation.draw_sample(NAMES, 10, seed=1)
    assert mutation.draw_sample(NAMES, 10, seed=1) != mutation.draw_sample(NAMES, 10, seed=2)


def test_draw_sample_larger_than_the_pool_takes_every_name_once():
    assert mutation.draw_sample(["b", "a", "b"], 5, seed=0) == ["a", "b"]
    assert mutation.draw_sample(["b", "a"], 2, seed=0) == ["a", "b"]


def test_draw_sample_is_uniform_over_seeds():
    # 2 of 4 names over 2000 seeds: each name is drawn with probability 1/2, about 1000 times
    # (standard deviation sqrt(2000 * 0.25) = 22.4; the draw is deterministic, so this cannot flake).
    counts = Counter(name for seed in range(2000) for name in mutation.draw_sample(list("abcd"), 2, seed))
    assert sorted(counts) == ["a", "b", "c", "d"]
    assert all(900 <= c <= 1100 for c in counts.values()), counts


def test_module_of_and_import_time_modules():
    assert mutation.module_of("deskdl.core.graph.xǁGraphǁadd__mutmut_3") == "deskdl.core.graph"
    assert mutation.module_of("deskdl.core.lessons.bundle.x_pack__mutmut_12") == "deskdl.core.lessons.bundle"
    assert mutation.is_import_time("deskdl.core.layers.conv.x__conv__mutmut_1")
    assert mutation.is_import_time("deskdl.core.catalog.xǁParamSpecǁcheck__mutmut_2")
    assert not mutation.is_import_time("deskdl.core.png.x_encode__mutmut_4")
    assert not mutation.is_import_time("deskdl.core.catalogue_text.x_f__mutmut_4")


def test_sample_score_counts_each_status_kind_per_module():
    chosen = ["deskdl.core.a.x_f__mutmut_1", "deskdl.core.a.x_f__mutmut_2", "deskdl.core.a.x_f__mutmut_3",
              "deskdl.core.b.x_g__mutmut_1", "deskdl.core.b.x_g__mutmut_2", "deskdl.core.b.x_g__mutmut_3"]
    status = {chosen[0]: "killed", chosen[1]: "survived", chosen[2]: "timeout",
              chosen[3]: "no tests", chosen[4]: "suspicious"}  # chosen[5] was never checked
    score = mutation.sample_score(status, chosen)
    assert (score["killed"], score["survived"], score["other"], score["timeout"]) == (2, 2, 2, 1)
    assert score["by_module"]["deskdl.core.a"] == Counter(killed=2, survived=1)
    assert score["by_module"]["deskdl.core.b"] == Counter(survived=1, other=2)
