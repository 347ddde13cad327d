"""Draw deskdl's app icon with QPainter and write every format the installers need.

Run it after changing the drawing; the outputs are committed, so a build never
needs it (nor Pillow):

    python packaging/make_icons.py

Writes, under packaging/icons/: ``deskdl.svg`` (the same drawing as vector
text), ``deskdl-<N>.png`` for the usual sizes, ``deskdl.ico`` (Windows; PNG
payloads, the format Windows Vista and later read) and ``deskdl.icns`` (macOS;
PNG payloads as well). Also copies the 256 px PNG and the SVG to
resources/icons/ so the running app can set its window icon.

The drawing: a rounded square in a blue-to-teal gradient holding a small
network (2-3-2 nodes) whose links fan out, read as "a network on your desk".
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "icons"
RES = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types that hold PNG data, with their size in pixels (ic10-ic14 are the @2x
#: "Retina" variants: ic11 is 16 pt at 2x = 32 px, ic10 is 512 pt at 2x = 1024 px).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))

TOP, BOTTOM = "#2f5bd3", "#14a3a0"
NODE, LINK, RIM = "#ffffff", "#ffffffb0", "#0b2a6b"
#: Node centres in a 0..1 square: input layer, hidden layer, output layer.
LAYERS = (((0.21, 0.36), (0.21, 0.64)),
          ((0.50, 0.22), (0.50, 0.50), (0.50, 0.78)),
          ((0.79, 0.36), (0.79, 0.64)))
CORNER = 0.22  # corner radius as a share of the side
MARGIN = 0.06
NODE_R = 0.062
LINK_W = 0.026


def _links():
    for a, b in zip(LAYERS, LAYERS[1:]):
        for p in a:
            for q in b:
                yield p, q


def render(size: int):
    """The icon as a QImage of ``size`` x ``size`` pixels (ARGB, transparent corners)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPen

    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    m = MARGIN * s
    rect = QRectF(m, m, s - 2 * m, s - 2 * m)
    grad = QLinearGradient(rect.topLeft(), rect.bottomRight())
    grad.setColorAt(0.0, QColor(TOP))
    grad.setColorAt(1.0, QColor(BOTTOM))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRoundedRect(rect, CORNER * s, CORNER * s)

    def pt(xy):
        return QPointF(m + xy[0] * (s - 2 * m), m + xy[1] * (s - 2 * m))

    link = QColor(LINK[:7])
    link.setAlpha(int(LINK[7:], 16))
    pen = QPen(link, max(1.0, LINK_W * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    for a, b in _links():
        p.drawLine(pt(a), pt(b))
    r = max(1.5, NODE_R * s)
    p.setPen(QPen(QColor(RIM), max(0.8, 0.018 * s)))
    p.setBrush(QColor(NODE))
    for layer in LAYERS:
        for xy in layer:
            p.drawEllipse(pt(xy), r, r)
    p.end()
    return img


def svg_text(size: int = 256) -> str:
    """The same drawing as SVG source (for the Linux desktop and the README)."""
    s = float(size)
    m = MARGIN * s
    w = s - 2 * m

    def pt(xy):
        return m + xy[0] * w, m + xy[1] * w

    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 {size} {size}">',
        '  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">'
        f'<stop offset="0" stop-color="{TOP}"/><stop offset="1" stop-color="{BOTTOM}"/>'
        '</linearGradient></defs>',
        f'  <rect x="{m:.2f}" y="{m:.2f}" width="{w:.2f}" height="{w:.2f}" rx="{CORNER * s:.2f}" '
        'fill="url(#g)"/>',
        f'  <g stroke="#ffffff" stroke-opacity="{int(LINK[7:], 16) / 255:.2f}" '
        f'stroke-width="{LINK_W * s:.2f}" stroke-linecap="round">',
    ]
    for a, b in _links():
        (x1, y1), (x2, y2) = pt(a), pt(b)
        lines.append(f'    <line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}"/>')
    lines.append("  </g>")
    lines.append(f'  <g fill="{NODE}" stroke="{RIM}" stroke-width="{0.018 * s:.2f}">')
    for layer in LAYERS:
        for xy in layer:
            x, y = pt(xy)
            lines.append(f'    <circle cx="{x:.2f}" cy="{y:.2f}" r="{NODE_R * s:.2f}"/>')
    lines.append("  </g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def png_bytes(img) -> bytes:
    """PNG-encode a QImage in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file whose images are PNGs (ICONDIR + ICONDIRENTRY table + payloads)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    table, payload = b"", b""
    for n in sizes:
        data = pngs[n]
        dim = 0 if n >= 256 else n  # 0 means 256 in the directory entry
        table += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + table + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns file with PNG payloads (big-endian type + length records after an 'icns' header)."""
    body = b""
    for kind, n in ICNS_TYPES:
        if n not in pngs:
            continue
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[n])) + pngs[n]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts/raster need it
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {n: png_bytes(render(n)) for n in PNG_SIZES}
    for n, data in pngs.items():
        (OUT / f"deskdl-{n}.png").write_bytes(data)
    (OUT / "deskdl.svg").write_text(svg_text(256), encoding="utf-8")
    (OUT / "deskdl.ico").write_bytes(ico_bytes({n: pngs[n] for n in ICO_SIZES}))
    (OUT / "deskdl.icns").write_bytes(icns_bytes(pngs))
    RES.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(OUT / "deskdl-256.png", RES / "deskdl.png")
    shutil.copyfile(OUT / "deskdl.svg", RES / "deskdl.svg")
    print(f"wrote {len(pngs)} PNGs, deskdl.svg, deskdl.ico and deskdl.icns to {OUT}; app icons to {RES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
