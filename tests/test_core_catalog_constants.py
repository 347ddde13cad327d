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


def spec(kind, default, **extra):
    return catalog.ParamSpec("units" if kind == "int" else "label", kind, default, "Help.", **extra)


@pytest.mark.parametrize("value, problem", [
    ("3", "units must be a whole number, not '3'"),
    (True, "units must be a whole number, not True"),  # a bool is no count of units
    (None, "units needs a value"),
    (3, None),
])
def test_a_whole_number_setting_says_what_is_wrong(value, problem):
    assert spec("int", 8).check(value) == problem


def test_none_is_allowed_where_the_setting_may_be_empty():
    assert (spec("int", 8, nullable=True).check(None), spec("int", None).check(None)) == (None, None)


def test_a_text_setting_takes_only_text():
    assert (spec("str", "a").check(3), spec("str", "a").check("x")) == ("label must be text", None)


def test_a_choice_that_may_be_a_constant_names_the_setting_in_its_refusal():
    init = catalog.ParamSpec("init", "choice", "zeros", "Help.", choices=("zeros",), constant_ok=True)
    assert init.check(constant({"value": "x"})) == (
        "init must be an initializer's name or a constant, e.g. {'class_name': 'Constant', 'config': "
        "{'value': -1.0}}")
