"""How long whole-graph analysis takes on a 200-node graph (target: under 5 ms).

Prints the median of many runs for analysis, and as a baseline measured in the
same run the bare topological sort of the same graph, so the figure reads as a
ratio too. Also checks that TensorFlow was never imported.

    .venv/bin/python bench/bench_analysis.py
"""

from __future__ import annotations

import statistics
import sys
import time

from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph


def build_graph(n: int = 200) -> ModelGraph:
    """A CNN stem, then a long residual MLP with an Add skip every few layers."""
    g = ModelGraph()
    prev = g.add_node("Input", {"shape": [28, 28, 1]}, "x")
    prev = g.add_node("Conv2D", {"filters": 8, "kernel_size": [3, 3], "padding": "same"}, inputs=[prev])
    prev = g.add_node("MaxPooling2D", {}, inputs=[prev])
    prev = g.add_node("Flatten", {}, inputs=[prev])
    prev = g.add_node("Dense", {"units": 32, "activation": "relu"}, inputs=[prev])
    skip = prev
    while len(g) < n - 1:
        i = len(g)
        if i % 5 == 0:
            prev = g.add_node("Add", {}, inputs=[prev, skip])
            skip = prev
        elif i % 5 == 3:
            prev = g.add_node("Dropout", {"rate": 0.1}, inputs=[prev])
        else:
            prev = g.add_node("Dense", {"units": 32, "activation": "relu"}, inputs=[prev])
    g.add_node("Dense", {"units": 10, "activation": "softmax"}, inputs=[prev])
    return g


def median_ms(fn, repeat: int = 200) -> float:
    """Median wall time of ``fn()`` in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    g = build_graph()
    result = analyze(g)
    assert result.ok, [d.text for d in result.diagnostics]
    base = median_ms(g.topological_order)
    full = median_ms(lambda: analyze(g))
    print(f"graph: {len(g)} nodes, {len(g.edges())} links, {result.total:,} parameters")
    print(f"baseline (topological sort only): {base:.3f} ms")
    print(f"whole-graph analysis:             {full:.3f} ms  (target < 5 ms; {full / base:.1f}x baseline)")
    print(f"tensorflow imported: {'tensorflow' in sys.modules}")


if __name__ == "__main__":
    main()
