"""Every kind of layer parameter check (core/catalog.py), word for word. Pure core, milliseconds.

Found by mutation testing: test_catalog.py checks that defaults pass and a few values fail; these
pin what each refusal says and where each boundary lies.
"""

from __future__ import annotations

import pytest

from deskdl.core import catalog
from deskdl.core.catalog import ParamSpec, num
from deskdl.core.errors import ParamError, UnknownLayerError

REG = ParamSpec("kernel_regularizer", "regularizer", None, "Penalty.", nullable=True)
INTS = ParamSpec("strides", "ints", [1, 1], "Steps.", min=1, max=10, length=2, scalar_ok=True)
PADS = ParamSpec("padding", "ints", [1, 1], "Pads.", min=0, max=10, length=2, scalar_ok=True, per_side=True)
RATE = ParamSpec("rate", "float", 0.5, "Rate.", min=0.0, max=1.0, min_exclusive=True)
SHAPE = ParamSpec("target_shape", "shape", [1], "Shape.", min=-1)
FLOATS = ParamSpec("factors", "floats", [0.5], "Factors.", min=0.0)


BAD_FACTOR = "kernel_regularizer factor l2 must be a number of at least 0"
NAME_IT = "kernel_regularizer must name L1, L2 or L1L2 with its factors"
PAIRS = "padding per side must be 2 pairs [before, after], one per axis, e.g. [[1, 2], [1, 2]], not "
LIST_OF = "factors must be a number or a list of numbers such as [0.5, 0.4, 0.4]"
SIZES = "every size in target_shape must be a positive whole number, not "


@pytest.mark.parametrize("spec, value, problem", [
    (REG, None, None), (REG, "l1_l2", None), (REG, {"class_name": "L2", "config": {"l2": 0.01}}, None),
    (REG, {"class_name": "L1L2", "config": {"l1": 0, "l2": 1}}, None), (REG, {"class_name": "L2"}, None),
    (REG, "l3", "kernel_regularizer must be l1, l2 or l1_l2"),
    (REG, {"class_name": "L3", "config": {}}, NAME_IT), (REG, {"class_name": "L2", "config": [1]}, NAME_IT),
    (REG, {"class_name": "L2", "config": {"l3": 1}}, "kernel_regularizer has an unknown factor 'l3'"),
    (REG, {"class_name": "L2", "config": {"l2": -0.1}}, BAD_FACTOR),
    (REG, {"class_name": "L2", "config": {"l2": True}}, BAD_FACTOR),
    (REG, {"class_name": "L2", "config": {"l2": "1"}}, BAD_FACTOR),
    (REG, 3, "kernel_regularizer must be none, l1, l2 or l1_l2"),
    (INTS, 2, None), (INTS, [1, 10], None), (INTS, (2, 3), None),
    (INTS, [1, 11], "strides must be at most 10, not 11"),
    (INTS, [0, 1], "strides must be at least 1, not 0"),
    (INTS, [1], "strides must have 2 values, not 1"),
    (INTS, [1, True], "strides must contain whole numbers only, not True"),
    (INTS, "2", "strides must be a whole number or a list of them, not '2'"),
    (PADS, [[1, 2], [0, 3]], None), (PADS, [[1, 2], 3], PAIRS + "[[1, 2], 3]"),
    (PADS, [[1, 2, 3], [0, 1]], PAIRS + "[[1, 2, 3], [0, 1]]"),
    (RATE, 0.0, "rate must be greater than 0, not 0"), (RATE, 1.0, None), (RATE, 1e-9, None),
    (RATE, 1.5, "rate must be at most 1, not 1.5"), (RATE, float("nan"), "rate must be a finite number"),
    (RATE, "0.5", "rate must be a number, not '0.5'"), (RATE, None, "rate needs a value"),
    (SHAPE, [-1, 4], None), (SHAPE, [], "target_shape must be a list of sizes such as [28, 28, 1]"),
    (SHAPE, [0, 4], SIZES + "0"), (SHAPE, [None], SIZES + "None"),
    (FLOATS, 0.5, None), (FLOATS, [0.5, 0.0], None), (FLOATS, [], LIST_OF),
    (FLOATS, [0.5, float("inf")], "every value in factors must be a finite number, not inf"),
    (FLOATS, [-0.1], "factors must be at least 0, not -0.1"),
])
def test_each_parameter_check_says_exactly_what_is_wrong(spec, value, problem):
    assert spec.check(value) == problem


def test_ints_scalars_only_where_allowed_and_normalised():
    fixed = ParamSpec("dims", "ints", [1, 2], "Order.", length=2)
    assert fixed.check(1) == "dims must be a list of 2 whole numbers"
    assert INTS.as_tuple(3) == (3, 3) and INTS.as_tuple([1, 2]) == (1, 2) and INTS.as_tuple((4, 5)) == (4, 5)
    assert ParamSpec("units", "int", 8, "Units.").as_tuple(5) == 5
    assert PADS.sides(2) == ((2, 2), (2, 2)) and PADS.sides([[1, 2], 3]) == ((1, 2), (3, 3))


def test_wrapped_layers_are_checked_inside():
    spec = catalog.get("Bidirectional").param_map["layer"]
    assert spec.check({"type": "LSTM", "params": {"units": 4}}) is None
    assert spec.check("LSTM") == "layer must name the wrapped layer, e.g. {'type': 'LSTM', 'params': {...}}"
    assert spec.check({"params": {}}) == spec.check("LSTM")
    assert spec.check({"type": "Dense"}) == "layer can wrap " + ", ".join(spec.choices) + ", not 'Dense'"
    assert spec.check({"type": "LSTM", "params": {"units": 0}}) == ("wrapped LSTM: units must be at least 1, "
                                                                    "not 0")


def test_numbers_read_as_a_learner_reads_them():
    assert [num(v) for v in (1_000_000, 3.0, 0.001, 2.5, -4, 1e16, 1e15 - 1)] == [
        "1,000,000", "3", "0.001", "2.5", "-4", "1e+16", "999,999,999,999,999"]


def test_check_param_raises_with_the_help_as_fix():
    with pytest.raises(ParamError) as info:
        catalog.check_param("Dense", "units", 0)
    assert info.value.message == "units must be at least 1, not 0"
    assert info.value.fix == catalog.get("Dense").param_map["units"].help
    with pytest.raises(ParamError) as info:
        catalog.check_param("Dense", "size", 1)
    assert info.value.message == "Dense has no parameter 'size'"
    catalog.check_param("Dense", "units", 4)  # fine: no error


def test_unknown_layers_and_the_registry():
    with pytest.raises(UnknownLayerError) as info:
        catalog.get("Dense2")
    assert (info.value.message, info.value.fix) == (
        "deskdl does not know a layer called 'Dense2'",
        "pick a layer from the palette, or check the spelling of 'type'")
    assert catalog.has("Dense") and not catalog.has("Dense2")
    with pytest.raises(ValueError, match="^layer Dense registered twice$"):
        catalog.register(catalog.get("Dense"))
    assert catalog.get("Dense").name == "Dense"  # still there after the refused second entry
    cats = [k.category for k in catalog.all_kinds()]
    assert cats == sorted(cats, key=catalog.CATEGORIES.index)  # palette order


def test_arity_in_words():
    assert [catalog.get(t).arity_text() for t in ("Dense", "Subtract", "Add", "Input")] == [
        "1 input", "2 inputs", "2 or more inputs", "0 inputs"]
