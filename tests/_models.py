"""Small projects for Keras tests: the spiral MLP and the digits CNN."""

from __future__ import annotations

from deskdl.core.project import Project


def spiral_project(epochs: int = 3, units: int = 16) -> Project:
    p = Project(name="spiral")
    g = p.graph
    g.add_node("Input", {"shape": [2]}, node_id="x")
    g.add_node("Dense", {"units": units, "activation": "tanh"}, node_id="h1", inputs=["x"])
    g.add_node("Dense", {"units": units, "activation": "tanh"}, node_id="h2", inputs=["h1"])
    g.add_node("Dense", {"units": 2, "activation": "softmax"}, node_id="y", inputs=["h2"])
    p.data = {"dataset": "spiral", "params": {"samples": 300}}
    p.training["epochs"] = epochs
    p.training["optimizer"] = {"type": "Adam", "learning_rate": 0.01}
    return p


def digits_project(epochs: int = 2) -> Project:
    p = Project(name="digits")
    g = p.graph
    g.add_node("Input", {"shape": [8, 8, 1]}, node_id="x")
    g.add_node("Conv2D", {"filters": 8, "kernel_size": [3, 3], "activation": "relu", "padding": "same"},
               node_id="c", inputs=["x"])
    g.add_node("Flatten", {}, node_id="f", inputs=["c"])
    g.add_node("Dense", {"units": 10, "activation": "softmax"}, node_id="y", inputs=["f"])
    p.data = {"dataset": "digits", "params": {}}
    p.training["epochs"] = epochs
    p.training["optimizer"] = {"type": "Adam", "learning_rate": 0.01}
    return p
