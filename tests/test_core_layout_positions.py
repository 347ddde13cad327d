"""Exact positions from the layout (core/layout.py) for a graph with a skip, a merge and a late Input.

The numbers were taken once from arrange() and checked by eye on the canvas; a change to the layout
rules shows here as a diff of positions (update them deliberately). Found by mutation testing:
test_layout.py checks properties (no overlaps, order), which many slips keep.
"""

from __future__ import annotations

from deskdl.core import layout as L
from deskdl.core.graph import ModelGraph


def skip_graph() -> ModelGraph:
    return ModelGraph.from_dict({"nodes": [
        {"id": "x", "type": "Input", "params": {"shape": [4]}},
        {"id": "a", "type": "Dense", "inputs": ["x"]},
        {"id": "b", "type": "Dense", "inputs": ["x"]},
        {"id": "c", "type": "Dense", "inputs": ["a"]},
        {"id": "m", "type": "Add", "inputs": ["c", "b", "x"]},
        {"id": "y", "type": "Dense", "inputs": ["m"]},
        {"id": "x2", "type": "Input", "params": {"shape": [4]}},
        {"id": "z", "type": "Concatenate", "inputs": ["y", "x2"]}]})


def test_layers_put_a_late_input_next_to_its_reader():
    assert L.layers_of(skip_graph()) == {"x": 0, "x2": 4, "a": 1, "b": 1, "c": 2, "m": 3, "y": 4, "z": 5}


def test_left_to_right_positions():
    g = skip_graph()
    pos = L.arrange(g)
    assert pos == {"x": (0.0, 180.6), "a": (296.0, 123.4), "b": (296.0, 231.4), "c": (592.0, 123.4),
                   "m": (888.0, 221.4), "x2": (1184.0, 0.0), "y": (1184.0, 221.4), "z": (1480.0, 110.7)}
    assert L.count_crossings(g, pos) == 0 and L.extent(pos) == (1680.0, 309.4)


def test_top_to_bottom_positions():
    pos = L.arrange(skip_graph(), direction=L.normalize_direction("top-to-bottom"))
    assert pos == {"x": (384.7, 0.0), "a": (258.1, 138.0), "b": (498.1, 138.0), "c": (258.1, 276.0),
                   "m": (467.8, 414.0), "x2": (0.0, 552.0), "y": (467.8, 552.0), "z": (233.9, 690.0)}


def test_sizes_spacing_and_origin_are_used():
    pos = L.arrange(skip_graph(), sizes={"m": (300.0, 150.0)}, spacing=(50.0, 20.0), origin=(10.0, 20.0))
    assert pos == {"x": (10.0, 182.0), "a": (260.0, 130.1), "b": (260.0, 228.1), "c": (510.0, 130.1),
                   "m": (760.0, 182.1), "x2": (1110.0, 20.0), "y": (1110.0, 218.1), "z": (1360.0, 119.1)}


def test_wrapping_into_bands():
    g = skip_graph()
    assert L.wrap_points(g) == [1680.0, 1384.0, 1088.0, 792.0, 496.0, 200.0]
    assert L.arrange(g, wrap=700.0) == {
        "x": (0.0, 57.2), "a": (296.0, 0.0), "b": (296.0, 108.0), "c": (0.0, 250.0), "m": (296.0, 348.0),
        "x2": (0.0, 490.0), "y": (0.0, 711.4), "z": (296.0, 600.7)}


def test_crossings_are_counted_and_removed():
    g = ModelGraph.from_dict({"nodes": [
        {"id": "i1", "type": "Input", "params": {"shape": [4]}},
        {"id": "i2", "type": "Input", "params": {"shape": [4]}},
        {"id": "i3", "type": "Input", "params": {"shape": [4]}},
        {"id": "d1", "type": "Dense", "inputs": ["i3"]},
        {"id": "d2", "type": "Dense", "inputs": ["i2"]},
        {"id": "d3", "type": "Dense", "inputs": ["i1"]}]})
    crossed = {"i1": (0, 0), "i2": (0, 100), "i3": (0, 200),
               "d1": (300, 0), "d2": (300, 100), "d3": (300, 200)}
    assert L.count_crossings(g, crossed) == 3  # every pair of the three links crosses
    assert L.count_crossings(g, {k: (y, x) for k, (x, y) in crossed.items()}, L.TB) == 3
    pos = L.arrange(g)
    assert pos == {"i1": (0.0, 0.0), "i2": (0.0, 108.0), "i3": (0.0, 216.0),
                   "d3": (296.0, 0.0), "d2": (296.0, 108.0), "d1": (296.0, 216.0)}
    assert L.count_crossings(g, pos) == 0


def test_new_cards_find_a_free_spot():
    g = skip_graph()
    pos = L.arrange(g)
    assert L.place_new_node(g, pos, after="m") == (1184.0, 329.4)  # beside y, which took the next spot
    assert L.place_new_node(g, pos) == (1776.0, 110.7)  # past the last placed node
    assert L.place_new_node(g, pos, near=(296.0, 123.4)) == (296.0, 15.4)  # a taken spot: moved across
    assert L.place_new_node(ModelGraph(), {}) == (0.0, 0.0)


def test_overlaps_use_each_cards_size():
    cards = {"a": (0.0, 0.0), "b": (199.0, 0.0), "c": (0.0, 78.0), "d": (400.0, 0.0)}
    assert L.overlaps(cards) == [("a", "b")]  # 200 wide: b starts inside a; c starts just below a
    assert L.overlaps(cards, {"a": (500.0, 10.0)}) == [("a", "b"), ("a", "d")]
