"""Work around a PySide6 6.12 refcount bug on Python 3.11: void methods release ``None``.

With the PySide6-Essentials 6.12 wheels every C++ method that returns nothing
(``QPainter.setPen``, ``QGraphicsItem.setPos``, ``QWidget.update``, ...) drops one
reference to ``None`` it never took. Python 3.12+ makes ``None`` immortal, so
nothing happens there; on 3.11 the count reaches zero after some thousands of
calls and the interpreter aborts ("deallocating None"), typically mid-paint.

:func:`guard` detects the bug with one harmless call and, only then, gives
``None``, ``True`` and ``False`` a reference count no program can exhaust (what
3.12 does by design). Call it once at start-up, before painting; it is cheap
and idempotent. The real fix is Python >= 3.12 or a PySide6 release without
the bug.
"""

from __future__ import annotations

import ctypes
import sys

_applied = False


def is_affected() -> bool:
    """Whether calling a void PySide6 method releases a reference to ``None``."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QRectF

    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(8):
        rect.setWidth(1.0)
    return sys.getrefcount(None) < before


def guard() -> bool:
    """Apply the workaround if this interpreter and PySide6 need it; True when applied."""
    global _applied
    if _applied:
        return True
    if not is_affected():
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _applied = True
    return True
