"""The registry of data sets: every source module brings its entries, collected here in a fixed order.

A source is a module of this package with a ``DATASETS`` tuple of
:class:`~deskdl.ml.datasets.base.DatasetInfo` (its loader, settings and texts).
To add a data set: add its entry to the ``DATASETS`` of the module it belongs to,
or write a new module and add its name to :data:`SOURCES` (the Data tab lists
the sets in this order).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from deskdl.core.i18n import translator
from deskdl.ml.datasets.base import DataBundle, DataError, DatasetInfo

_ = translator("ml.datasets.registry")

#: The source modules, in the order the Data tab lists their data sets.
SOURCES = ("points2d", "digits", "shapes", "biased_shapes", "reviews", "text", "corpora", "keras_sets",
           "tables", "image_folder")

#: Every data set by id (filled by :func:`collect` when :mod:`deskdl.ml.datasets` is imported).
REGISTRY: dict[str, DatasetInfo] = {}


def register(info: DatasetInfo) -> DatasetInfo:
    """Add one entry; an id used twice is a programming error, caught at import."""
    if info.id in REGISTRY:
        raise ValueError(f"the data set id {info.id!r} is registered twice")
    REGISTRY[info.id] = info
    return info


def collect() -> None:
    """Register the ``DATASETS`` of every module in :data:`SOURCES` (once; later calls do nothing)."""
    if REGISTRY:
        return
    for name in SOURCES:
        for info in importlib.import_module(f"{__package__}.{name}").DATASETS:
            register(info)


def get(dataset_id: str) -> DatasetInfo:
    """The registry entry for ``dataset_id`` (raises :class:`DataError` for unknown ids)."""
    try:
        return REGISTRY[dataset_id]
    except KeyError:
        raise DataError(_("there is no data set called {id!r}").format(id=dataset_id),
                        _("choose one of: {names}").format(names=", ".join(REGISTRY))) from None


def all_datasets() -> list[DatasetInfo]:
    """Every registry entry, in the order the Data tab lists them."""
    return list(REGISTRY.values())


def load(dataset_id: str, params: Mapping[str, Any] | None = None) -> DataBundle:
    """Load a data set by id with ``params`` over its defaults."""
    return get(dataset_id).load(params)


def load_config(data: Mapping[str, Any]) -> DataBundle:
    """Load what a project's ``data`` dict (``{"dataset": id, "params": {...}}``) names."""
    if not isinstance(data, Mapping) or not isinstance(data.get("dataset"), str):
        raise DataError(_("the project's data settings must name a data set, e.g. {example}").format(
            example='{"dataset": "spiral"}'))
    params = data.get("params") or {}
    if not isinstance(params, Mapping):
        raise DataError(_("data.params must be an object of settings"))
    return load(data["dataset"], params)


