"""MIME types the canvas understands, shared with the palette (drag source) and the clipboard."""

#: A layer dragged from the palette; the payload is the Keras class name as UTF-8 bytes.
MIME_LAYER = "application/x-deskdl-layer"

#: Copied nodes on the clipboard: JSON ``{"format": "deskdl-nodes", "nodes": [...], "layout": {...}}``.
MIME_NODES = "application/x-deskdl-nodes"
