"""The model-builder canvas: scene, items, view, minimap and the GraphEditor facade.

The palette only needs :data:`MIME_LAYER` (payload: the Keras class name as UTF-8).
"""

from deskdl.qt.canvas.mime import MIME_LAYER, MIME_NODES

__all__ = ["MIME_LAYER", "MIME_NODES", "GraphEditor", "GraphScene", "GraphView", "SimpleProject"]


def __getattr__(name: str):
    # Lazy, so `from deskdl.qt.canvas import MIME_LAYER` stays cheap for the palette.
    if name in ("GraphEditor", "SimpleProject"):
        from deskdl.qt.canvas import editor

        return getattr(editor, name)
    if name == "GraphScene":
        from deskdl.qt.canvas.scene import GraphScene

        return GraphScene
    if name == "GraphView":
        from deskdl.qt.canvas.view import GraphView

        return GraphView
    raise AttributeError(name)
