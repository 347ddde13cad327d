"""Pure tests of deskdl.core.seqtasks: the digit reversal and sorting tasks and the first-token task.

The answers are checked against their definitions (reversed, sorted, the first token) and the draws
against NumPy's own generator for the seed (no Qt, no TensorFlow; milliseconds).
"""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.seqtasks import TASKS, digit_task, first_token_task


def test_the_tasks_are_reverse_and_sort():
    assert TASKS == ("reverse", "sort")


def test_reverse_answers_each_place_with_the_mirrored_input_place():
    x, y = digit_task("reverse", 20, length=7, seed=3)
    assert x.shape == y.shape == (20, 7)
    for row_x, row_y in zip(x.tolist(), y.tolist()):
        assert row_y == [row_x[7 - 1 - i] for i in range(7)]


def test_sort_answers_with_the_digits_in_increasing_order():
    x, y = digit_task("sort", 20, length=7, seed=3)
    for row_x, row_y in zip(x.tolist(), y.tolist()):
        assert row_y == sorted(row_x)


def test_the_digits_are_numpys_draws_for_the_seed():
    x, _ = digit_task("sort", 5, length=6, seed=11)
    expected = np.random.default_rng(11).integers(0, 10, (5, 6), dtype=np.int64)
    np.testing.assert_array_equal(x, expected)
    assert x.dtype == np.int64


def test_defaults_are_ten_digits_and_seed_0():
    x, y = digit_task("reverse", 4)
    np.testing.assert_array_equal(x, np.random.default_rng(0).integers(0, 10, (4, 10), dtype=np.int64))
    assert y.dtype == np.int64 and y.shape == (4, 10)


def test_every_digit_0_to_9_occurs():
    x, _ = digit_task("reverse", 100, seed=1)
    assert sorted(set(x.ravel().tolist())) == list(range(10))


def test_the_answer_is_not_a_view_of_the_input():
    x, y = digit_task("reverse", 2, length=3, seed=0)
    before = x.copy()
    y[:] = -1
    np.testing.assert_array_equal(x, before)


def test_one_sample_of_one_digit_is_allowed():
    x, y = digit_task("reverse", 1, length=1, seed=0)
    assert x.shape == (1, 1) and y.tolist() == x.tolist()


def test_an_unknown_task_is_refused_with_the_choices():
    with pytest.raises(ValueError) as err:
        digit_task("shuffle", 3)
    assert str(err.value) == "task must be one of reverse, sort, not 'shuffle'"


@pytest.mark.parametrize("samples,length", [(0, 5), (5, 0)])
def test_no_samples_or_no_digits_is_refused(samples, length):
    with pytest.raises(ValueError) as err:
        digit_task("sort", samples, length=length)
    assert str(err.value) == "samples and length must be at least 1"


# ------------------------------------------------------------------ first token
def test_first_token_task_answers_the_first_token():
    x, y = first_token_task(30, steps=6, classes=3, distractors=2, seed=4)
    assert x.shape == (30, 6) and y.shape == (30,)
    assert x.dtype == np.int64 and y.dtype == np.int64
    assert y.tolist() == x[:, 0].tolist()


def test_first_token_is_a_signal_and_the_rest_are_distractors():
    x, _ = first_token_task(200, steps=6, classes=3, distractors=2, seed=4)
    assert sorted(set(x[:, 0].tolist())) == [0, 1, 2]  # signal tokens 0 .. classes - 1
    assert sorted(set(x[:, 1:].ravel().tolist())) == [3, 4]  # distractors classes .. classes + 1


def test_first_token_defaults_are_50_steps_4_classes_4_distractors():
    x, _ = first_token_task(300)
    assert x.shape == (300, 50)
    assert sorted(set(x[:, 0].tolist())) == [0, 1, 2, 3]
    assert sorted(set(x[:, 1:].ravel().tolist())) == [4, 5, 6, 7]


def test_first_token_draws_are_numpys_for_the_seed():
    # The distractors are drawn first, then the signal tokens, from one generator of the seed.
    rng = np.random.default_rng(9)
    want = rng.integers(2, 5, (4, 3), dtype=np.int64)
    want[:, 0] = rng.integers(0, 2, 4, dtype=np.int64)
    x, _ = first_token_task(4, steps=3, classes=2, distractors=3, seed=9)
    np.testing.assert_array_equal(x, want)


def test_first_token_default_seed_is_0():
    rng = np.random.default_rng(0)
    want = rng.integers(4, 8, (2, 5), dtype=np.int64)
    want[:, 0] = rng.integers(0, 4, 2, dtype=np.int64)
    np.testing.assert_array_equal(first_token_task(2, steps=5)[0], want)


def test_the_answers_are_not_a_view_of_the_inputs():
    x, y = first_token_task(3, steps=2, seed=0)
    first = x[:, 0].copy()
    y[:] = 99
    np.testing.assert_array_equal(x[:, 0], first)


def test_the_smallest_first_token_task_is_allowed():
    x, y = first_token_task(1, steps=1, classes=2, distractors=1, seed=0)
    assert x.shape == (1, 1) and y.tolist() == x[:, 0].tolist()
    x, _ = first_token_task(5, steps=4, classes=2, distractors=1, seed=0)
    assert x[:, 1:].tolist() == [[2, 2, 2]] * 5  # one distractor: always token 2


@pytest.mark.parametrize("args", [(0, 5, 2, 1), (5, 0, 2, 1), (5, 5, 1, 1), (5, 5, 2, 0)])
def test_first_token_refuses_too_small_settings(args):
    samples, steps, classes, distractors = args
    with pytest.raises(ValueError) as err:
        first_token_task(samples, steps=steps, classes=classes, distractors=distractors)
    assert str(err.value) == ("samples and steps must be at least 1, classes at least 2, distractors at "
                              "least 1")
