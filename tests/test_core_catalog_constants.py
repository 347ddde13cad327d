"""catalog.constant_value and the check of a constant initializer (Keras's Constant(value)).

Pure core tests (no Qt, no Keras): which documents are a constant, the number read from each,
and the sentence a wrong one gets in the Problems list.
"""

from __future__ import annotations

import pytest

from deskdl.core import catalog


def constant(config):
    return {"class_name": "Constant", "config": config}


@pytest.mark.parametrize("value, number", [
    (constant({"value": -1.5}), -1.5),
    (constant({"value": 2}), 2.0),  # a whole number is read as a float
    (constant({}), 0.0),  # Keras's Constant defaults to 0.0
])
def test_a_constant_gives_its_number(value, number):
    got = catalog.constant_value(value)
    assert (got, type(got)) == (number, float)


@pytest.mark.parametrize("value", [
    "zeros",  # a name, not a constant
    {"class_name": "Ones", "config": {"value": 1.0}},
    constant(None),  # no config object
    constant([1.0]),
    constant({"value": True}),  # a bool is not a number here
    constant({"value": "1"}),
    constant({"value": float("inf")}),
    constant({"value": float("nan")}),
])
def test_anything_else_is_no_constant(value):
    assert catalog.constant_value(value) is None


def test_a_bad_constant_is_refused_with_an_example():
    problems = catalog.get("Dense").check_params({"bias_initializer": constant({"value": float("inf")})})
    assert problems == {"bias_initializer": "bias_initializer must be an initializer's name or a constant, "
                                            "e.g. {'class_name': 'Constant', 'config': {'value': -1.0}}"}


def test_a_good_constant_passes_the_check():
    assert catalog.get("Dense").check_params({"bias_initializer": constant({"value": -1.0})}) == {}
