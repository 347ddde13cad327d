"""Graphics items of the canvas: layer cards, their ports, and the links between them.

Items only draw what they are told (by :class:`~deskdl.qt.canvas.scene.GraphScene`,
which follows the model); they never change the model themselves.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from deskdl.qt.canvas.theme import CanvasTheme, mix, with_alpha

LR = "LR"
TB = "TB"

CARD_W = 200.0
CARD_H = 78.0
RADIUS = 9.0
PORT_R = 5.0
PORT_HIT = 11.0
PORT_STEP_LR = 22.0
PORT_STEP_TB = 28.0
LABEL_COL = 46.0  # room for named input ports (query, value, key) on LR cards

_MOUSE_OVER = QStyle.StateFlag.State_MouseOver
_SERIALS = itertools.count()
Z_EDGE = -1.0
Z_NODE = 0.0
Z_NODE_SELECTED = 1.0
Z_DRAG = 5.0


@dataclass(frozen=True)
class NodeLook:
    """Everything a card shows. The scene compares looks so only changed cards repaint."""

    title: str
    summary: str
    shape: str
    params: str
    severity: str | None = None
    tooltip: str = ""
    is_output: bool = False


class PortItem(QGraphicsItem):
    """An input slot or the output of a card. Ports live as children of their card."""

    IN = "in"
    OUT = "out"

    def __init__(self, node: NodeItem, role: str, slot: int = 0, name: str = "") -> None:
        super().__init__(node)
        self.node = node
        self.role = role
        self.slot = slot
        self.name = name
        self.connected = False
        self.state = "normal"  # normal | valid | invalid | hover | hover_invalid
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor if role == self.OUT else Qt.CursorShape.ArrowCursor)
        self.setZValue(2)

    @property
    def node_id(self) -> str:
        """Id of the card this port belongs to."""
        return self.node.node_id

    def set_state(self, state: str) -> None:
        """Change the highlight (used while a link is being dragged)."""
        if state != self.state:
            self.state = state
            self.update()

    def set_connected(self, connected: bool) -> None:
        """Filled when a link is attached, hollow when free."""
        if connected != self.connected:
            self.connected = connected
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: D102
        return QRectF(-PORT_HIT, -PORT_HIT, 2 * PORT_HIT, 2 * PORT_HIT)

    def shape(self) -> QPainterPath:  # noqa: D102
        path = QPainterPath()
        path.addEllipse(self.boundingRect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # noqa: D102
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.35:
            return  # too small to see (overview, minimap)
        theme = self.node.theme
        accent = self.node.accent
        r = PORT_R
        if self.state in ("valid", "hover"):
            ring = with_alpha(theme.valid, 0.28 if self.state == "valid" else 0.45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ring)
            grow = 4.5 if self.state == "valid" else 6.5
            painter.drawEllipse(QPointF(0, 0), r + grow, r + grow)
            painter.setPen(QPen(theme.valid.darker(115), 1.5))
            painter.setBrush(theme.valid)
            painter.drawEllipse(QPointF(0, 0), r + 1, r + 1)
            return
        if self.state in ("invalid", "hover_invalid"):
            painter.setOpacity(0.35 if self.state == "invalid" else 1.0)
            color = theme.muted if self.state == "invalid" else theme.error
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(theme.card)
            painter.drawEllipse(QPointF(0, 0), r, r)
            if self.state == "hover_invalid":
                d = r * 0.55
                painter.drawLine(QPointF(-d, -d), QPointF(d, d))
                painter.drawLine(QPointF(-d, d), QPointF(d, -d))
            return
        hovered = self.role == self.OUT and bool(option.state & _MOUSE_OVER)
        painter.setPen(QPen(accent if self.role == self.OUT else theme.card_border.darker(115), 1.5))
        if self.role == self.OUT or self.connected:
            painter.setBrush(accent if self.role == self.OUT else mix(theme.edge, theme.card, 0.15))
        else:
            painter.setBrush(theme.card)
        painter.drawEllipse(QPointF(0, 0), r + (1.5 if hovered else 0), r + (1.5 if hovered else 0))


class NodeItem(QGraphicsItem):
    """A layer card: type, key params, output shape, parameter count, category stripe."""

    def __init__(self, theme: CanvasTheme, node_id: str, type_name: str, category: str,
                 input_names: tuple[str, ...] = (), orientation: str = LR) -> None:
        super().__init__()
        self.theme = theme
        self.node_id = node_id
        self.type_name = type_name
        self.category = category
        self.input_names = tuple(input_names)
        self.orientation = orientation
        self.accent = theme.category_color(category)
        self.look = NodeLook(type_name, "", "", "")
        self.dimmed = False
        self._w, self._h = CARD_W, CARD_H
        self.in_ports: list[PortItem] = []
        self.out_port = PortItem(self, PortItem.OUT)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_NODE)
        self.edges: set = set()  # EdgeItems attached at either end; kept by the scene
        self._layout_ports()

    # ---------------------------------------------------------------- state
    def set_theme(self, theme: CanvasTheme) -> None:
        """Repaint in new colours (palette switched between light and dark)."""
        self.theme = theme
        self.accent = theme.category_color(self.category)
        self.update()
        for port in self.ports():
            port.update()

    def set_look(self, look: NodeLook) -> bool:
        """Show ``look``; returns False (and does nothing) when it is unchanged."""
        if look == self.look:
            return False
        self.look = look
        self.setToolTip(look.tooltip)
        self.update()
        return True

    def set_input_ports(self, count: int, connected: int) -> bool:
        """Show ``count`` input ports, the first ``connected`` of them filled. True if relaid."""
        changed = count != len(self.in_ports)
        while len(self.in_ports) < count:
            i = len(self.in_ports)
            name = self.input_names[i] if i < len(self.input_names) else ""
            self.in_ports.append(PortItem(self, PortItem.IN, i, name))
        while len(self.in_ports) > count:
            port = self.in_ports.pop()
            port.setParentItem(None)
            if port.scene() is not None:
                port.scene().removeItem(port)
        for i, port in enumerate(self.in_ports):
            port.set_connected(i < connected)
        if changed:
            self._layout_ports()
        return changed

    def set_orientation(self, orientation: str) -> None:
        """Ports left/right (``"LR"``) or top/bottom (``"TB"``)."""
        if orientation != self.orientation:
            self.orientation = orientation
            self._layout_ports()

    def set_dimmed(self, dimmed: bool) -> None:
        """Fade the card (not a valid target while a link is dragged)."""
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.setOpacity(0.45 if dimmed else 1.0)

    def ports(self) -> list[PortItem]:
        """Input ports then the output port."""
        return [*self.in_ports, self.out_port]

    def size(self) -> tuple[float, float]:
        """Card width and height (for layout)."""
        return (self._w, self._h)

    def input_anchor(self, slot: int) -> QPointF:
        """Scene position where the link into ``slot`` ends."""
        if 0 <= slot < len(self.in_ports):
            return self.in_ports[slot].scenePos()
        return self.mapToScene(QPointF(0, self._h / 2) if self.orientation == LR else QPointF(self._w / 2, 0))

    def output_anchor(self) -> QPointF:
        """Scene position where links out of this card start."""
        return self.out_port.scenePos()

    def _named(self) -> bool:
        return any(p.name for p in self.in_ports)

    def _layout_ports(self) -> None:
        n = len(self.in_ports)
        self.prepareGeometryChange()
        if self.orientation == LR:
            self._w = CARD_W + (LABEL_COL if self._named() else 0)
            self._h = max(CARD_H, PORT_STEP_LR * n + 20)
            for i, port in enumerate(self.in_ports):
                port.setPos(0, self._h / 2 + (i - (n - 1) / 2) * PORT_STEP_LR)
            self.out_port.setPos(self._w, self._h / 2)
        else:
            self._w = max(CARD_W, PORT_STEP_TB * n + 28)
            self._h = CARD_H + (14 if self._named() else 0)
            step = PORT_STEP_TB if not self._named() else max(PORT_STEP_TB, (self._w - 40) / max(n, 1))
            for i, port in enumerate(self.in_ports):
                port.setPos(self._w / 2 + (i - (n - 1) / 2) * step, 0)
            self.out_port.setPos(self._w / 2, self._h)
        for edge in list(self.edges):
            edge.update_path()
        self.update()

    # --------------------------------------------------------------- Qt API
    def boundingRect(self) -> QRectF:  # noqa: D102
        return QRectF(-4, -4, self._w + 8, self._h + 10)

    def shape(self) -> QPainterPath:  # noqa: D102
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, self._w, self._h), RADIUS, RADIUS)
        return path

    def itemChange(self, change, value):  # noqa: D102
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.update_path()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(Z_NODE_SELECTED if value else Z_NODE)
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # noqa: D102
        theme, look = self.theme, self.look
        rect = QRectF(0, 0, self._w, self._h)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        sev_color = {"error": theme.error, "warning": theme.warning}.get(look.severity or "")

        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if lod < 0.35:  # overview / far zoom: a coloured block is all one can read
            # A cosmetic 2-px pen: the same line as 2 / lod scene units, without asking the
            # rasterizer for a stroke hundreds of units wide at the minimap's scale (that made
            # drawing a 1000-layer overview take over a second).
            pen = QPen(sev_color or (theme.selection if selected else theme.card_border), 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(mix(theme.card, self.accent, 0.35))
            if lod < 0.06:  # a few pixels: the corners do not show
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.drawRect(rect)
            else:
                painter.drawRoundedRect(rect, RADIUS, RADIUS)
            return

        # Soft shadow (two offset layers: cheaper than a blur effect, and cached anyway).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.shadow)
        painter.drawRoundedRect(rect.translated(0, 2.5), RADIUS, RADIUS)
        painter.setBrush(with_alpha(theme.shadow, theme.shadow.alphaF() * 0.5))
        painter.drawRoundedRect(rect.adjusted(-1, 1, 1, 4.5), RADIUS + 1, RADIUS + 1)

        card = QPainterPath()
        card.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(card, theme.card)
        # Category stripe along the top, clipped to the rounded card.
        painter.save()
        painter.setClipPath(card)
        painter.fillRect(QRectF(0, 0, self._w, 4.5), self.accent)
        tint = with_alpha(self.accent, 0.12 if theme.dark else 0.07)
        painter.fillRect(QRectF(0, 4.5, self._w, 22), tint)
        painter.restore()

        if sev_color is not None:
            border = QPen(sev_color, 2.0)
        elif selected:
            border = QPen(theme.selection, 2.0)
        else:
            border = QPen(theme.card_border, 1.0)
        painter.setPen(border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = border.widthF() / 2
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS)
        if selected and sev_color is not None:  # keep selection visible on a red card
            painter.setPen(QPen(with_alpha(theme.selection, 0.8), 2.0))
            painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), RADIUS + 3, RADIUS + 3)

        self._paint_text(painter, sev_color)

    def _paint_text(self, painter: QPainter, sev_color: QColor | None) -> None:
        theme, look = self.theme, self.look
        left = 14.0
        top = 0.0
        named = self._named()
        if named and self.orientation == LR:
            painter.setFont(theme.small_font)
            painter.setPen(theme.muted)
            for port in self.in_ports:
                y = port.pos().y()
                painter.drawText(QRectF(PORT_R + 5, y - 8, LABEL_COL - 8, 16),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, port.name)
            left += LABEL_COL - 4
            painter.setPen(QPen(with_alpha(theme.card_border, 0.8), 1))
            painter.drawLine(QPointF(left - 8, 30), QPointF(left - 8, self._h - 10))
        elif named:
            painter.setFont(theme.small_font)
            painter.setPen(theme.muted)
            for port in self.in_ports:
                x = port.pos().x()
                painter.drawText(QRectF(x - 30, 5, 60, 14), Qt.AlignmentFlag.AlignCenter, port.name)
            top = 14.0
        right = self._w - 12.0
        if self.orientation == LR:
            top += (self._h - CARD_H) / 2

        # Row 1: layer type (bold), id (muted, elided), problem badge.
        title_fm = QFontMetricsF(theme.title_font)
        painter.setFont(theme.title_font)
        painter.setPen(theme.text)
        title = title_fm.elidedText(look.title, Qt.TextElideMode.ElideRight, right - left)
        painter.drawText(QPointF(left, top + 22), title)
        id_right = right
        if sev_color is not None:
            c = QPointF(right - 6, top + 17.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(sev_color)
            painter.drawEllipse(c, 7, 7)
            painter.setPen(QPen(QColor("white"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(c.x(), c.y() - 3.6), QPointF(c.x(), c.y() + 0.8))
            painter.drawPoint(QPointF(c.x(), c.y() + 3.4))
            id_right = right - 18
        id_left = left + title_fm.horizontalAdvance(title) + 8
        if id_right - id_left > 24:
            small_fm = QFontMetricsF(theme.small_font)
            painter.setFont(theme.small_font)
            painter.setPen(theme.muted)
            text = small_fm.elidedText(self.node_id, Qt.TextElideMode.ElideMiddle, id_right - id_left)
            painter.drawText(QRectF(id_left, top + 10, id_right - id_left, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

        # Row 2: key params.
        body_fm = QFontMetricsF(theme.body_font)
        painter.setFont(theme.body_font)
        painter.setPen(mix(theme.text, theme.muted, 0.35))
        if look.summary:
            painter.drawText(QPointF(left, top + 44),
                             body_fm.elidedText(look.summary, Qt.TextElideMode.ElideRight, right - left))

        # Row 3: output shape and parameter count.
        small_fm = QFontMetricsF(theme.small_font)
        painter.setFont(theme.small_font)
        painter.setPen(theme.muted)
        params_w = small_fm.horizontalAdvance(look.params)
        painter.drawText(QPointF(right - params_w, top + 64), look.params)
        shape_color = sev_color if look.shape == "?" and sev_color is not None else theme.muted
        painter.setPen(shape_color)
        painter.drawText(QPointF(left, top + 64),
                         small_fm.elidedText(look.shape, Qt.TextElideMode.ElideRight,
                                             right - left - params_w - 8))


class GroupItem(NodeItem):
    """A folded group: one card for a block of layers, drawn as a stack of cards.

    ``node_id`` is the group's id. It shows the group's label (Block, Sequential...),
    how many layers it holds, its output shape and parameter count; a double-click
    opens it.
    """

    STACK = 5.0  # offset of each card drawn behind, the cue that it holds more

    def __init__(self, theme: CanvasTheme, group_id: str, label: str, orientation: str = LR) -> None:
        super().__init__(theme, group_id, label, "group", (), orientation)

    def boundingRect(self) -> QRectF:  # noqa: D102
        s = 2 * self.STACK
        return QRectF(-4, -4, self._w + 8 + s, self._h + 10 + s)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # noqa: D102
        theme = self.theme
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for k in (2, 1):  # the cards behind, lower right
            back = QRectF(0, 0, self._w, self._h).translated(k * self.STACK, k * self.STACK)
            painter.setPen(QPen(theme.card_border, 1.0 / max(lod, 0.35)))
            painter.setBrush(mix(theme.card, self.accent, 0.10 * k))
            painter.drawRoundedRect(back, RADIUS, RADIUS)
        super().paint(painter, option, widget)


class EdgeItem(QGraphicsItem):
    """A link drawn as a cubic Bézier, with the tensor shape at its middle."""

    def __init__(self, theme: CanvasTheme, src: NodeItem, dst: NodeItem, slot: int) -> None:
        super().__init__()
        self.theme = theme
        self.src = src
        self.dst = dst
        self.slot = slot
        self.label = ""
        self.label_tip = ""
        self.serial = next(_SERIALS)  # stable identity for caches (ids of dead items get reused)
        self.highlight = False  # a palette item hovers over it (drop inserts here)
        self._hover = False
        self._path = QPainterPath()
        self._label_rect = QRectF()
        self._label_at: QPointF | None = None  # a route's own spot for the shape label
        self._bounds = QRectF()
        self.setZValue(Z_EDGE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        src.edges.add(self)
        dst.edges.add(self)
        self.update_path()

    @property
    def key(self) -> tuple[str, str, int]:
        """The model link this item draws, as ``(src, dst, slot)``."""
        return (self.src.node_id, self.dst.node_id, self.slot)

    def detach(self) -> None:
        """Forget the cards (before the item is removed from the scene)."""
        self.src.edges.discard(self)
        self.dst.edges.discard(self)

    def set_label(self, text: str, tip: str = "") -> bool:
        """Show ``text`` at the middle of the link; True if it changed."""
        if text == self.label and tip == self.label_tip:
            return False
        self.label = text
        self.label_tip = tip
        self.setToolTip(tip)
        self.update_path()
        return True

    def set_highlight(self, on: bool) -> None:
        """Mark the link as the place a dropped layer will be inserted."""
        if on != self.highlight:
            self.highlight = on
            self.update()

    def update_path(self) -> None:
        """Re-route after a card moved or its ports changed."""
        p0 = self.src.output_anchor()
        p1 = self.dst.input_anchor(self.slot)
        self._label_at = None
        self._path = self._route(p0, p1)
        if self.label:
            fm = QFontMetricsF(self.theme.small_font)
            w = fm.horizontalAdvance(self.label) + 12
            h = fm.height() + 4
            mid = self._label_at if self._label_at is not None else self._path.pointAtPercent(0.5)
            self._label_rect = QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)
        else:
            self._label_rect = QRectF()
        bounds = self._path.boundingRect().adjusted(-8, -8, 8, 8)
        if self.label:
            bounds = bounds.united(self._label_rect.adjusted(-2, -2, 2, 2))
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()

    def _route(self, p0: QPointF, p1: QPointF) -> QPainterPath:
        """A Bézier, or, when cards sit in the way (a skip link), a detour along a free lane."""
        lr = self.src.orientation == LR
        scene = self.scene()
        a0, a1 = (p0.x(), p1.x()) if lr else (p0.y(), p1.y())
        c0, c1 = (p0.y(), p1.y()) if lr else (p0.x(), p1.x())
        if scene is not None and a1 < a0 - 40 and abs(c1 - c0) > 40:
            path = self._return_route(scene, p0, p1, lr)
            if path is not None:
                return path
        if scene is None or a1 - a0 < 120:
            return bezier(p0, p1, self.src.orientation)

        def blockers(lo: float, hi: float) -> list[QRectF]:
            span = a1 - a0 - 16
            box = QRectF(a0 + 8, lo, span, hi - lo) if lr else QRectF(lo, a0 + 8, hi - lo, span)
            out = []
            for item in scene.items(box):
                if isinstance(item, NodeItem) and item is not self.src and item is not self.dst:
                    out.append(item.mapRectToScene(QRectF(0, 0, *item.size())))
            return out

        lo, hi = min(c0, c1) - 6, max(c0, c1) + 6
        rects = blockers(lo, hi)
        if not rects:
            return bezier(p0, p1, self.src.orientation)
        clearance = 22.0

        def lane(side: int) -> float:
            cur = rects
            pos = 0.0
            for _ in range(6):
                if side < 0:
                    pos = min(r.top() if lr else r.left() for r in cur) - clearance
                else:
                    pos = max(r.bottom() if lr else r.right() for r in cur) + clearance
                more = blockers(pos - 6, pos + 6)
                if not more:
                    break
                cur = cur + more
            return pos

        up, down = lane(-1), lane(1)
        cost = lambda v: abs(v - c0) + abs(v - c1)  # noqa: E731
        v = up if cost(up) <= cost(down) else down
        bend = min(60.0, (a1 - a0) / 4)
        path = QPainterPath(p0)
        if lr:
            path.cubicTo(QPointF(a0 + bend * 0.8, c0), QPointF(a0 + bend * 0.2, v), QPointF(a0 + bend, v))
            path.lineTo(QPointF(a1 - bend, v))
            path.cubicTo(QPointF(a1 - bend * 0.2, v), QPointF(a1 - bend * 0.8, c1), p1)
        else:
            path.cubicTo(QPointF(c0, a0 + bend * 0.8), QPointF(v, a0 + bend * 0.2), QPointF(v, a0 + bend))
            path.lineTo(QPointF(v, a1 - bend))
            path.cubicTo(QPointF(v, a1 - bend * 0.2), QPointF(c1, a1 - bend * 0.8), p1)
        return path

    def _return_route(self, scene, p0: QPointF, p1: QPointF, lr: bool) -> QPainterPath | None:
        """The link from the end of one band of a wrapped layout to the start of the next.

        Like a line return: out of the source, a U-turn into the free lane between
        the bands, back along it, and a U-turn into the target. ``None`` when no
        free lane lies between the two ends (the caller then draws a plain curve).
        """
        a0, a1 = (p0.x(), p1.x()) if lr else (p0.y(), p1.y())
        c0, c1 = (p0.y(), p1.y()) if lr else (p0.x(), p1.x())
        lo, hi = min(c0, c1), max(c0, c1)
        turn = 28.0
        box = QRectF(a1 - turn, lo, a0 - a1 + 2 * turn, hi - lo)
        if not lr:
            box = QRectF(lo, a1 - turn, hi - lo, a0 - a1 + 2 * turn)
        spans = []
        for item in scene.items(box):
            if isinstance(item, NodeItem):
                r = item.mapRectToScene(QRectF(0, 0, *item.size()))
                spans.append((r.top(), r.bottom()) if lr else (r.left(), r.right()))
        # The widest stretch between lo and hi that no card covers.
        spans.sort()
        best, edge = None, lo
        for s0, s1 in spans + [(hi, hi)]:
            if s0 > edge and (best is None or s0 - edge > best[1] - best[0]):
                best = (edge, s0)
            edge = max(edge, s1)
        if best is None or best[1] - best[0] < 12:
            return None
        v = (best[0] + best[1]) / 2

        def pt(a: float, c: float) -> QPointF:
            return QPointF(a, c) if lr else QPointF(c, a)

        path = QPainterPath(p0)
        path.cubicTo(pt(a0 + turn, c0), pt(a0 + turn, v), pt(a0, v))
        path.lineTo(pt(a1, v))
        # The label near where the link leaves its source: two links returning between the
        # same bands (a chain and a skip link) then keep their labels apart.
        self._label_at = pt(a0 - min(70.0, (a0 - a1) / 2), v)
        path.cubicTo(pt(a1 - turn, v), pt(a1 - turn, c1), p1)
        return path

    def boundingRect(self) -> QRectF:  # noqa: D102
        return self._bounds

    def shape(self) -> QPainterPath:  # noqa: D102
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        path = stroker.createStroke(self._path)
        if self.label:
            path.addRect(self._label_rect)
        return path

    def hoverEnterEvent(self, event) -> None:  # noqa: D102
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: D102
        self._hover = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # noqa: D102
        theme = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.highlight:
            color, width = theme.valid, 3.0
        elif self.isSelected():
            color, width = theme.selection, 2.6
        elif self._hover:
            color, width = mix(theme.edge, theme.text, 0.45), 2.2
        else:
            color, width = theme.edge, 1.7
        if self.highlight:
            painter.setPen(QPen(with_alpha(theme.valid, 0.25), 10, cap=Qt.PenCapStyle.RoundCap))
            painter.drawPath(self._path)
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.label and lod >= 0.4:
            painter.setPen(QPen(with_alpha(color, 0.55), 1))
            painter.setBrush(theme.canvas)
            r = self._label_rect
            painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
            painter.setFont(theme.small_font)
            painter.setPen(mix(theme.text, theme.canvas, 0.25) if not self.highlight else theme.valid)
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, self.label)


class DragEdgeItem(QGraphicsItem):
    """The dashed link that follows the mouse while the user drags from an output port."""

    def __init__(self, theme: CanvasTheme, start: QPointF, orientation: str) -> None:
        super().__init__()
        self.theme = theme
        self.start = QPointF(start)
        self.end = QPointF(start)
        self.orientation = orientation
        self.ok: bool | None = None  # None = over empty canvas
        self._path = QPainterPath()
        self.setZValue(Z_DRAG)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_end(self, end: QPointF, ok: bool | None) -> None:
        """Follow the mouse; colour by whether the target under it is valid."""
        self.prepareGeometryChange()
        self.end = QPointF(end)
        self.ok = ok
        self._path = bezier(self.start, self.end, self.orientation)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: D102
        return self._path.boundingRect().adjusted(-6, -6, 6, 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # noqa: D102
        theme = self.theme
        color = {True: theme.valid, False: theme.error}.get(self.ok, theme.selection)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(color, 2.2, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(self.end, 3.5, 3.5)


def bezier(p0: QPointF, p1: QPointF, orientation: str) -> QPainterPath:
    """A smooth link leaving ``p0`` and entering ``p1`` along the flow direction."""
    path = QPainterPath(p0)
    if orientation == LR:
        dx = max(36.0, abs(p1.x() - p0.x()) * 0.5, (p0.x() - p1.x()) * 0.6)
        path.cubicTo(QPointF(p0.x() + dx, p0.y()), QPointF(p1.x() - dx, p1.y()), p1)
    else:
        dy = max(30.0, abs(p1.y() - p0.y()) * 0.5, (p0.y() - p1.y()) * 0.6)
        path.cubicTo(QPointF(p0.x(), p0.y() + dy), QPointF(p1.x(), p1.y() - dy), p1)
    return path


class HintItem(QGraphicsItem):
    """A small bubble near the cursor saying why a link cannot be made here."""

    MAX_W = 300.0

    def __init__(self, theme: CanvasTheme) -> None:
        super().__init__()
        self.theme = theme
        self.text = ""
        self._rect = QRectF()
        self.setZValue(Z_DRAG + 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_text(self, text: str, at: QPointF) -> None:
        """Show ``text`` just below-right of ``at`` (scene coordinates)."""
        if text != self.text:
            self.prepareGeometryChange()
            self.text = text
            fm = QFontMetricsF(self.theme.small_font)
            flags = int(Qt.TextFlag.TextWordWrap)
            r = fm.boundingRect(QRectF(0, 0, self.MAX_W, 1000), flags, text)
            self._rect = QRectF(0, 0, r.width() + 16, r.height() + 10)
        self.setPos(at + QPointF(14, 16))
        self.show()

    def boundingRect(self) -> QRectF:  # noqa: D102
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # noqa: D102
        theme = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(theme.error, 1.2))
        painter.setBrush(mix(theme.card, theme.error, 0.08))
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setFont(theme.small_font)
        painter.setPen(theme.text)
        painter.drawText(self._rect.adjusted(8, 5, -8, -5), int(Qt.TextFlag.TextWordWrap), self.text)
