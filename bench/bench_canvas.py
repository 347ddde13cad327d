"""How long the canvas takes from a model edit to a repainted view, on a 200-node graph.

Measures, as the median of many runs in one process:

- baseline: bare ``analyze(graph)`` (the canvas re-runs it after every edit);
- a param edit (``set_params`` on one node) -> scene refreshed -> viewport repainted;
- adding a linked node -> refreshed -> repainted (and removing it again, timed apart);
- undoing the deletion of a node in the middle (each node re-inserted at its old index).

The view is 1280x800, measured once at 100 % zoom (a part of the graph visible) and once
fitted (all 200 cards drawn in the overview level of detail). Target: < 16 ms per edit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_canvas.py
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from deskdl.core.analysis import analyze  # noqa: E402
from deskdl.core.graph import ModelGraph  # noqa: E402
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject  # noqa: E402
from deskdl.qt.commands import RemoveNodesCommand  # noqa: E402


def build_graph(n: int = 200) -> ModelGraph:
    """A long Dense chain with an Add skip every few layers (like bench_analysis)."""
    g = ModelGraph()
    prev = g.add_node("Input", {"shape": [32]}, "x")
    prev = g.add_node("Dense", {"units": 32, "activation": "relu"}, inputs=[prev])
    skip = prev
    while len(g) < n - 1:
        i = len(g)
        if i % 5 == 0:
            prev = g.add_node("Add", {}, inputs=[prev, skip])
            skip = prev
        else:
            prev = g.add_node("Dense", {"units": 32, "activation": "relu"}, inputs=[prev])
    g.add_node("Dense", {"units": 10, "activation": "softmax"}, inputs=[prev])
    return g


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    graph = build_graph()
    ed = GraphEditor(SimpleProject(graph))
    ed.resize(1280, 800)
    ed.show()
    app.processEvents()
    scene, viewport = ed.scene, ed.view.viewport()
    order = graph.topological_order()
    mid = order[len(order) // 2]
    last = order[-1]
    print(f"graph: {len(graph)} nodes, {len(graph.edges())} links; view 1280x800")

    base = median_ms(lambda: analyze(graph), 100)
    print(f"baseline: analyze() alone                     {base:7.2f} ms")

    units = iter(range(10**9))

    def settle() -> None:
        scene.flush()  # analysis + item updates (the editor also does this after each command)
        app.processEvents()  # scene dirty-item pass, then the viewport paints the changed region
        app.processEvents()

    def param_edit() -> None:
        graph.set_params(mid, {"units": 16 + next(units) % 32})
        settle()

    added: list[str] = []

    def add_node() -> None:
        added.append(graph.add_node("Dense", {"units": 8}, inputs=[last]))
        settle()

    def remove_node() -> None:
        graph.remove_node(added.pop())
        settle()

    def repaint_only() -> None:
        viewport.update()
        viewport.repaint()

    for label, fit in (("100% zoom", False), ("fitted   ", True)):
        if fit:
            ed.fit_to_view()
        else:
            ed.view.set_zoom(1.0)
            ed.view.centerOn(scene.node_item(mid))
        app.processEvents()
        settle()
        full = median_ms(repaint_only, 30)
        edit = median_ms(param_edit, 60)
        add = median_ms(add_node, 40)
        rem = median_ms(remove_node, 40)
        print(f"[{label}] full viewport repaint            {full:7.2f} ms")
        print(f"[{label}] param edit -> refreshed+painted  {edit:7.2f} ms  ({edit / base:.1f}x analysis)")
        print(f"[{label}] add linked node -> painted       {add:7.2f} ms  ({add / base:.1f}x analysis)")
        print(f"[{label}] remove node -> painted           {rem:7.2f} ms  ({rem / base:.1f}x analysis)")

    def delete_and_undo() -> None:
        ed.undo_stack.push(RemoveNodesCommand(graph, scene, [mid]))
        settle()
        t0 = time.perf_counter()
        ed.undo_stack.undo()
        settle()
        undo_times.append((time.perf_counter() - t0) * 1000)

    undo_times: list[float] = []
    for _ in range(10):
        delete_and_undo()
    print(f"undo delete of a middle node (insert at index) {statistics.median(undo_times):7.2f} ms")
    ed.close()


if __name__ == "__main__":
    main()
