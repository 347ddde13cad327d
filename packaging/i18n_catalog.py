"""The layer catalog's rule for the translation sources (issue 17): context ``catalog``.

The catalog's texts (each layer's teaching text, each setting's help, the category names) are
written as arguments of ``LayerKind(...)`` and ``ParamSpec(...)``, but many of them are put
together in code: shared specs (``activation()``, ``regularizer(name)``), one entry per rank or
operation made in a loop (``f"Pooling {_POOL_TEACH[_op]}. ..."``), a common tail added to several
texts (``_MERGE_TEACH[name] + " The inputs must ..."``). An AST rule over literals would either miss
those or cut them into fragments a translator cannot order freely, and would need hundreds of
``N_()`` marks. So the rule reads the catalog itself, which is pure Python: the messages are exactly
the strings the app shows (whole sentences, as assembled), and nothing else. Identifiers (layer
type names, parameter names, kinds, choices) are fields of their own and never read as text.

Order (deterministic, so the ``.ts`` file is stable): the category names in palette order, then
for every layer kind in palette order its teaching text and its settings' help texts; each text once.

Where the Qt ring shows these texts it looks them up with ``tr("catalog", text)``. The catalog's
other shown texts (shape errors, advice notes, fix labels, a pretrained base's details) are
literals inside ``_()`` / ``N_()`` in modules that say ``_ = translator("catalog")``, which the
ordinary literal rule of ``packaging/i18n.py`` finds.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The translation context of every catalog text.
CONTEXT = "catalog"

_ROOT = Path(__file__).resolve().parents[1]


def catalog_entries() -> list[tuple[str, str]]:
    """``(text, where)`` for every catalog text the app shows, in catalog order, each text once.

    ``where`` names the first entry that shows it: ``catalog:Dense.teach``, ``catalog:Dense.units``,
    ``catalog:CATEGORIES``.
    """
    if str(_ROOT) not in sys.path:  # run as a script from packaging/
        sys.path.insert(0, str(_ROOT))
    from deskdl.core import catalog

    seen: dict[str, str] = {}
    for category in catalog.CATEGORIES:
        seen.setdefault(category, "catalog:CATEGORIES")
    for kind in catalog.all_kinds():
        seen.setdefault(kind.category, f"catalog:{kind.name}.category")
        if kind.teach:
            seen.setdefault(kind.teach, f"catalog:{kind.name}.teach")
        for spec in kind.params:
            if spec.help:
                seen.setdefault(spec.help, f"catalog:{kind.name}.{spec.name}")
    return list(seen.items())


def catalog_texts() -> list[str]:
    """Every catalog text the app shows (see :func:`catalog_entries`)."""
    return [text for text, _where in catalog_entries()]
