"""Catalog entries, one module per category. Importing this package registers them all."""

from deskdl.core.layers import (  # noqa: F401
    conv,
    core_layers,
    efficient,
    generative,
    merge,
    preprocessing,
    pretrained,
    sequence,
)
