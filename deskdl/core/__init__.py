"""Pure-Python heart of deskdl: graph, catalog, shapes, project files.

Nothing here may import Qt, pyqtgraph, keras, tensorflow or gymnasium, so the
GUI can analyse models instantly while TensorFlow is still loading.
"""
