"""Every PySide6 and pyqtgraph line of deskdl lives in this ring."""
