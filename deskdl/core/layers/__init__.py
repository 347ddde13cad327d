"""Catalog entries, one module per category. Importing this package registers them all."""

from deskdl.core.layers import core_layers  # noqa: F401
