"""Keras/TensorFlow side of deskdl. Never imports Qt.

TensorFlow and Keras are imported lazily inside functions so that importing
this package stays cheap.
"""
