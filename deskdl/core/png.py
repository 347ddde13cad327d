"""PNG files from NumPy arrays, with the standard library only (``deskdl train`` writes sample grids).

No Qt (the CLI must not need a display) and no Pillow (not a dependency).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np


def to_bytes(image: np.ndarray, levels: tuple[float, float] = (0.0, 1.0)) -> np.ndarray:
    """``image`` mapped from ``levels`` to 0..255 ``uint8``; NaN (a grid's gaps) becomes the darkest."""
    lo, hi = float(levels[0]), float(levels[1])
    a = (np.asarray(image, np.float64) - lo) / (hi - lo if hi > lo else 1.0)
    a = np.nan_to_num(a, nan=0.0, posinf=1.0, neginf=0.0)
    return (np.clip(a, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def encode(pixels: np.ndarray) -> bytes:
    """PNG bytes of ``uint8`` pixels ``(h, w)`` (grey), ``(h, w, 3)`` (RGB) or ``(h, w, 4)`` (RGBA)."""
    p = np.ascontiguousarray(pixels, np.uint8)
    if p.ndim == 3 and p.shape[2] == 1:
        p = p[..., 0]
    if p.ndim == 2:
        colour = 0
    elif p.ndim == 3 and p.shape[2] in (3, 4):
        colour = 2 if p.shape[2] == 3 else 6
    else:
        raise ValueError(f"a PNG needs (h, w), (h, w, 3) or (h, w, 4) pixels, not shape {p.shape}")
    h, w = p.shape[:2]
    rows = p.reshape(h, -1)
    raw = np.concatenate([np.zeros((h, 1), np.uint8), rows], axis=1).tobytes()  # filter 0 on every row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", w, h, 8, colour, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def write(
    path: str | Path, image: np.ndarray, levels: tuple[float, float] = (0.0, 1.0), scale: int = 1
) -> None:
    """Write ``image`` (values in ``levels``) as a PNG, each pixel ``scale`` x ``scale`` pixels big."""
    pixels = to_bytes(image, levels)
    if scale > 1:
        pixels = np.repeat(np.repeat(pixels, scale, axis=0), scale, axis=1)
    Path(path).write_bytes(encode(pixels))


__all__ = ["encode", "to_bytes", "write"]
