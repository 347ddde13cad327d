"""Big graphs on the canvas: open, edit, undo and fold times for 1000 layers and real application models.

Issue 14's goals (2 cores): an edit painted within 100 ms, a model open (import to drawn)
within 3 s. Measured in one process, with a small graph as the baseline:

- ``small``: a 22-layer chain of residual blocks;
- ``flat 1000``: 1000 layers (143 residual blocks of 7 layers), no groups: every card drawn;
- ``grouped 1000``: the same with each block folded into a group (the canvas draws ~145 cards);
- ``EfficientNetB0`` and ``NASNetMobile`` (``weights=None``, 32x32x3 or NASNet's 32x32x3,
  saved as ``.keras`` in a temp folder and imported with ``deskdl import``'s own code).

For each: *open* = the project handed to the editor (layout, cards, analysis) until the
1280x720 view has painted; *edit* = a parameter change pushed as an undo command until
repainted (median of 15); *undo* = undoing that edit until repainted (median of 15);
*fold* = Ctrl+G on the 7 layers of one block until repainted, and the undo of that fold
(median of 5). For the imported models *import* is reading the .keras file into a project
(TensorFlow loaded beforehand, as in the running app).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_big_graph.py [--no-keras]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from deskdl.core.graph import ModelGraph  # noqa: E402
from deskdl.core.project import Project  # noqa: E402
from deskdl.qt.canvas.editor import GraphEditor  # noqa: E402

BLOCK = 7


def residual_graph(blocks: int, grouped: bool = False) -> ModelGraph:
    """Input, a stem convolution, then ``blocks`` residual blocks of 7 layers, pooling and a classifier."""
    g = ModelGraph()
    g.add_node("Input", {"shape": [16, 16, 8]}, "image")
    prev = g.add_node("Conv2D", {"filters": 8, "kernel_size": 3, "padding": "same"}, "stem", ["image"])
    for b in range(1, blocks + 1):
        p = f"block{b}_"
        a = g.add_node("Conv2D", {"filters": 8, "kernel_size": 3, "padding": "same"}, p + "conv1", [prev])
        a = g.add_node("BatchNormalization", {}, p + "bn1", [a])
        a = g.add_node("Activation", {"activation": "relu"}, p + "relu1", [a])
        a = g.add_node("Conv2D", {"filters": 8, "kernel_size": 3, "padding": "same"}, p + "conv2", [a])
        a = g.add_node("BatchNormalization", {}, p + "bn2", [a])
        a = g.add_node("Add", {}, p + "add", [prev, a])
        prev = g.add_node("Activation", {"activation": "relu"}, p + "out", [a])
        if grouped:
            g.add_group([p + s for s in ("conv1", "bn1", "relu1", "conv2", "bn2", "add", "out")],
                        f"block{b}", "Block")
    prev = g.add_node("GlobalAveragePooling2D", {}, "pool", [prev])
    g.add_node("Dense", {"units": 10, "activation": "softmax"}, "classes", [prev])
    return g


class Bench:
    def __init__(self) -> None:
        self.app = QApplication.instance() or QApplication([])

    def settle(self, ed: GraphEditor) -> None:
        ed.scene.flush()
        self.app.processEvents()
        ed.view.viewport().repaint()

    def open(self, project: Project) -> tuple[GraphEditor, float]:
        t0 = time.perf_counter()
        ed = GraphEditor(project)
        ed.resize(1280, 720)
        ed.show()
        self.settle(ed)
        return ed, (time.perf_counter() - t0) * 1000

    def median(self, fn, repeat: int) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times)

    def measure(self, name: str, project: Project, edit_node: str, edit: dict, fold: list[str],
                import_ms: float = 0.0) -> None:
        ed, open_ms = self.open(project)
        graph = ed.graph
        cards = len(ed.scene.node_items())
        key, values = next(iter(edit.items()))
        edit_times, undo_times = [], []
        for i in range(15):  # edit then undo: consecutive edits of one parameter merge into one step
            t0 = time.perf_counter()
            ed.set_params(edit_node, {key: values[i % len(values)]})
            self.settle(ed)
            edit_times.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            ed.undo_stack.undo()
            self.settle(ed)
            undo_times.append((time.perf_counter() - t0) * 1000)
        edit_ms, undo_ms = statistics.median(edit_times), statistics.median(undo_times)
        fold_times, unfold_times = [], []
        if fold:
            for _ in range(5):
                ed.select(fold, center=False)
                t0 = time.perf_counter()
                gid = ed.fold_selection()
                self.settle(ed)
                fold_times.append((time.perf_counter() - t0) * 1000)
                assert gid is not None, "the fold was refused"
                t0 = time.perf_counter()
                ed.undo_stack.undo()
                self.settle(ed)
                unfold_times.append((time.perf_counter() - t0) * 1000)
        fold_ms = statistics.median(fold_times) if fold_times else float("nan")
        unfold_ms = statistics.median(unfold_times) if unfold_times else float("nan")
        print(f"{name:16s} layers {len(graph):5d} cards {cards:5d} | import {import_ms:7.0f} ms | "
              f"open->drawn {open_ms:7.0f} ms | edit painted {edit_ms:6.1f} ms | undo {undo_ms:6.1f} ms | "
              f"fold {fold_ms:6.1f} ms (undo fold {unfold_ms:.1f} ms)", flush=True)
        ed.close()
        ed.deleteLater()
        self.app.processEvents()


def first_block(graph: ModelGraph, prefix: str) -> list[str]:
    return [nid for nid in graph.nodes if nid.startswith(prefix)]


def main() -> None:
    bench = Bench()
    print(f"{os.cpu_count()} CPUs; view 1280x720; times are medians", flush=True)
    small = residual_graph(3)
    bench.measure("small", Project(graph=small), "block2_conv1", {"filters": [16, 8]},
                  first_block(small, "block2_"))
    flat = residual_graph(142)
    bench.measure("flat 1000", Project(graph=flat), "block71_conv1", {"filters": [16, 8]},
                  first_block(flat, "block71_"))
    grouped = residual_graph(142, grouped=True)
    grouped.remove_group("block71")  # one block left open, to fold
    bench.measure("grouped 1000", Project(graph=grouped), "block70_conv1", {"filters": [16, 8]},
                  first_block(grouped, "block71_"))
    if "--no-keras" in sys.argv:
        return
    import keras

    from deskdl.ml.importer import import_keras_file

    with tempfile.TemporaryDirectory() as tmp:
        for name, edit_node, fold_prefix in (("EfficientNetB0", "block4a_expand_conv", None),
                                             ("NASNetMobile", "stem_conv1", "normal_")):
            model = getattr(keras.applications, name)(weights=None, input_shape=(32, 32, 3), classes=10)
            path = os.path.join(tmp, f"{name}.keras")
            model.save(path)
            del model
            t0 = time.perf_counter()
            project = import_keras_file(path)
            import_ms = (time.perf_counter() - t0) * 1000
            g = project.graph
            fold: list[str] = []
            if fold_prefix:  # NASNet has no block names: fold the first chain of 2 ungrouped layers
                for nid, node in g.nodes.items():
                    src = node.inputs[0] if len(node.inputs) == 1 else None
                    if src and g.group_of(nid) is None and g.group_of(src) is None \
                            and g.nodes[src].type != "Input" and len(g.consumers(src)) == 1:
                        fold = [src, nid]
                        break
            bench.measure(name, project, edit_node, {"filters": [48, 32]} if name == "NASNetMobile"
                          else {"filters": [96, 64]}, fold, import_ms)


if __name__ == "__main__":
    main()
