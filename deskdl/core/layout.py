"""Canvas layout: where the cards of a model graph go. Pure Python, no Qt.

Positions are layout, not model: they live in ``project.layout`` as
``{node_id: [x, y]}`` (the top-left corner of a node's card, in canvas
units) and the model graph never sees them.

:func:`arrange` is a small Sugiyama-style layered layout: longest-path
layering, barycenter ordering against crossings (with placeholder points on
links that skip layers, so long links are routed too), then a placement
pass that keeps the main chain straight and nudges branches aside. With
``wrap`` a long model folds into several bands (rows for left-to-right,
columns for top-to-bottom), the way text wraps into lines, so a long chain
fits a window without shrinking its cards' text.
:func:`place_new_node` picks a free spot for one new card.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from deskdl.core.graph import ModelGraph

LR = "LR"
TB = "TB"
_ALIASES = {
    "lr": LR, "left-to-right": LR, "left_to_right": LR, "horizontal": LR, "right": LR,
    "tb": TB, "top-to-bottom": TB, "top_to_bottom": TB, "vertical": TB, "down": TB,
}

#: Size of a card when the caller does not say (matches the canvas's default card).
DEFAULT_SIZE = (200.0, 78.0)
#: Free space between layers (along the flow) and between neighbours (across it), per
#: direction: left-to-right needs room for the shape labels on the links.
SPACING = {"LR": (96.0, 30.0), "TB": (60.0, 40.0)}
DEFAULT_SPACING = SPACING["LR"]
#: Free space between the bands of a wrapped layout: the link that returns to the start of
#: the next band, and its shape label, run through it.
WRAP_GAP = {"LR": 64.0, "TB": 76.0}
#: Tighter spacing for wrapped layouts (room for a link's shape label, about 60 units).
COMPACT_SPACING = {"LR": (76.0, 30.0), "TB": (56.0, 40.0)}
_DUMMY_EXTENT = 18.0  # room a passing link takes across the flow
_DUMMY = "\0dummy"

Point = tuple[float, float]


def normalize_direction(direction: str) -> str:
    """``"LR"`` or ``"TB"`` from any of the accepted spellings (raises ``ValueError``)."""
    key = str(direction).strip()
    if key in (LR, TB):
        return key
    try:
        return _ALIASES[key.lower()]
    except KeyError:
        raise ValueError(f"unknown layout direction {direction!r}: use 'LR' or 'TB'") from None


def layers_of(graph: ModelGraph) -> dict[str, int]:
    """Longest-path layer of every node (0 = where data enters).

    A source that is not first in line (a second Input joining deep in the
    network) is pulled forward to just before its earliest consumer, so its
    link stays short. Nodes on a cycle (only a hand-edited file can hold one)
    are put after everything they can be ordered behind.
    """
    nodes = graph.nodes
    order = graph.topological_order()
    if order is None:
        order = _partial_order(graph)
        order += [nid for nid in nodes if nid not in set(order)]
    layer: dict[str, int] = {}
    for nid in order:
        srcs = [s for s in nodes[nid].inputs if s in layer]
        layer[nid] = 1 + max(layer[s] for s in srcs) if srcs else 0
    consumers = _consumers(graph)
    for nid in reversed(order):
        if nodes[nid].inputs or not consumers[nid]:
            continue
        first = min(layer[d] for d in consumers[nid])
        layer[nid] = max(layer[nid], first - 1)
    return layer


def arrange(
    graph: ModelGraph,
    direction: str = LR,
    *,
    sizes: Mapping[str, Point] | None = None,
    spacing: Point | None = None,
    origin: Point = (0.0, 0.0),
    sweeps: int = 6,
    wrap: float | None = None,
) -> dict[str, Point]:
    """Lay the whole graph out in layers; returns ``{node_id: (x, y)}`` (top-left corners).

    Parameters
    ----------
    graph:
        The model graph (only read).
    direction:
        ``"LR"`` (data flows left to right) or ``"TB"`` (top to bottom).
    sizes:
        Card sizes ``(width, height)`` by node id; missing ones use :data:`DEFAULT_SIZE`.
    spacing:
        ``(between layers, between neighbours)``; default :data:`SPACING` of the direction.
    origin:
        Top-left of the first layer; the result is shifted so nothing lies above or
        left of it.
    sweeps:
        Down-and-up barycenter sweeps; the ordering with the fewest crossings wins.
    wrap:
        Longest extent along the flow (canvas units) before the layers fold into a new
        band: the next row below (``"LR"``) or the next column to the right (``"TB"``),
        :data:`WRAP_GAP` apart. A band always holds at least one layer. ``None``: one band.
    """
    direction = normalize_direction(direction)
    spacing = spacing or SPACING[direction]
    nodes = graph.nodes
    if not nodes:
        return {}
    sizes = dict(sizes or {})

    def size(nid: str) -> Point:
        w, h = sizes.get(nid, DEFAULT_SIZE)
        return (float(w), float(h))

    def along(nid: str) -> float:  # extent along the flow
        return size(nid)[0] if direction == LR else size(nid)[1]

    def across(nid: str) -> float:  # extent across the flow
        if nid.startswith(_DUMMY):
            return _DUMMY_EXTENT
        return size(nid)[1] if direction == LR else size(nid)[0]

    layer = layers_of(graph)
    n_layers = max(layer.values()) + 1

    # Links as (upper, lower) pairs between neighbouring layers, with dummies on long links.
    preds: dict[str, list[str]] = {nid: [] for nid in nodes}
    succs: dict[str, list[str]] = {nid: [] for nid in nodes}
    rank = dict(layer)
    dummy_count = 0
    for nid, node in nodes.items():
        for src in node.inputs:
            if src not in nodes or src == nid:
                continue
            lo, hi = layer[src], layer[nid]
            if hi <= lo:  # a back link on a cycle: ignore for placement
                continue
            prev = src
            for r in range(lo + 1, hi):
                dummy = f"{_DUMMY}{dummy_count}"
                dummy_count += 1
                rank[dummy] = r
                preds[dummy], succs[dummy] = [prev], []
                succs[prev].append(dummy)
                prev = dummy
            succs[prev].append(nid)
            preds[nid].append(prev)

    rows: list[list[str]] = [[] for _ in range(n_layers)]
    for nid in rank:  # insertion order first: a stable, predictable start
        rows[rank[nid]].append(nid)
    rows = _reduce_crossings(rows, preds, succs, sweeps)

    centers = _place_across(rows, preds, succs, across, spacing[1])

    # Along the flow: each layer as deep as its widest card.
    depth = [max((along(n) for n in row if not n.startswith(_DUMMY)), default=0.0) for row in rows]
    starts, pos = [], 0.0
    for d in depth:
        starts.append(pos)
        pos += d + spacing[0]

    band = _bands(starts, depth, wrap)
    spans: dict[int, list[float]] = {}  # band -> [lowest, highest] across the flow
    for r, row in enumerate(rows):
        for nid in row:
            if not nid.startswith(_DUMMY):
                lo, hi = centers[nid] - across(nid) / 2, centers[nid] + across(nid) / 2
                span = spans.setdefault(band[r], [lo, hi])
                span[0], span[1] = min(span[0], lo), max(span[1], hi)
    shift_across: dict[int, float] = {}
    pos = 0.0
    for b in sorted(spans):
        shift_across[b] = pos - spans[b][0]
        pos += spans[b][1] - spans[b][0] + WRAP_GAP[direction]
    band_start = {}
    for r in range(n_layers):
        band_start.setdefault(band[r], starts[r])

    out: dict[str, Point] = {}
    for r, row in enumerate(rows):
        for nid in row:
            if nid.startswith(_DUMMY):
                continue
            a0 = starts[r] - band_start[band[r]] + (depth[r] - along(nid)) / 2
            c0 = centers[nid] - across(nid) / 2 + shift_across[band[r]]
            out[nid] = (a0, c0) if direction == LR else (c0, a0)
    min_x = min(p[0] for p in out.values())
    min_y = min(p[1] for p in out.values())
    ox, oy = origin
    return {nid: (round(x - min_x + ox, 1), round(y - min_y + oy, 1)) for nid, (x, y) in out.items()}


def arrange_grouped(graph: ModelGraph, direction: str = LR, *,
                    sizes: Mapping[str, Point] | None = None, wrap: float | None = None) -> dict[str, Point]:
    """:func:`arrange` for a graph with groups: each group as one card, its inside laid out apart.

    Inside each group the layers get their own layout, starting where the group's card is.
    ``wrap`` folds each level into bands, as :func:`arrange`'s. Returns positions for
    every layer and every group card.
    """
    if not graph.groups:
        return arrange(graph, direction, sizes=sizes, wrap=wrap)
    top = arrange(graph.scope_graph(None), direction, sizes=sizes, wrap=wrap)
    out = dict(top)
    for gid in graph.groups:
        inner = arrange(graph.scope_graph(gid), direction, sizes=sizes, origin=top.get(gid, (0.0, 0.0)),
                        wrap=wrap)
        out.update(inner)
    return out


def place_new_node(
    graph: ModelGraph,
    layout: Mapping[str, Point | list[float]],
    *,
    after: str | None = None,
    near: Point | None = None,
    size: Point = DEFAULT_SIZE,
    sizes: Mapping[str, Point] | None = None,
    direction: str = LR,
    spacing: Point | None = None,
) -> Point:
    """A free top-left corner for a new card.

    With ``after`` (the node it will read from): the next spot along the flow
    from that node. With ``near``: that point. Otherwise: just past the most
    recently added node that has a position, or the origin for an empty canvas.
    The spot then moves across the flow until it overlaps no other card.
    """
    direction = normalize_direction(direction)
    spacing = spacing or SPACING[direction]
    sizes = dict(sizes or {})
    placed = {nid: (float(p[0]), float(p[1])) for nid, p in layout.items() if nid in graph.nodes}

    def rect(nid: str) -> tuple[float, float, float, float]:
        x, y = placed[nid]
        w, h = sizes.get(nid, DEFAULT_SIZE)
        return (x, y, float(w), float(h))

    def next_to(nid: str) -> Point:
        x, y, w, h = rect(nid)
        return (x + w + spacing[0], y) if direction == LR else (x, y + h + spacing[0])

    if near is not None:
        spot = (float(near[0]), float(near[1]))
    elif after is not None and after in placed:
        spot = next_to(after)
    else:
        last = next((nid for nid in reversed(list(graph.nodes)) if nid in placed), None)
        spot = next_to(last) if last is not None else (0.0, 0.0)

    w, h = float(size[0]), float(size[1])
    gap = spacing[1] / 2
    others = [rect(nid) for nid in placed]

    def free(x: float, y: float) -> bool:
        return all(
            x + w + gap <= ox or ox + ow + gap <= x or y + h + gap <= oy or oy + oh + gap <= y
            for ox, oy, ow, oh in others
        )

    step = (h if direction == LR else w) + spacing[1]
    x, y = spot
    for i in range(400):
        # Try alternately further across the flow on one side, then the other.
        k = (i + 1) // 2 * (1 if i % 2 else -1) if i else 0
        cx, cy = (x, y + k * step) if direction == LR else (x + k * step, y)
        if free(cx, cy):
            return (round(cx, 1), round(cy, 1))
    return (round(x, 1), round(y, 1))  # pragma: no cover - a canvas this full is not realistic


def overlaps(
    positions: Mapping[str, Point], sizes: Mapping[str, Point] | None = None
) -> list[tuple[str, str]]:
    """Pairs of cards whose rectangles intersect (a check for tests and callers)."""
    sizes = dict(sizes or {})
    items = [(nid, *pos, *sizes.get(nid, DEFAULT_SIZE)) for nid, pos in positions.items()]
    out = []
    for i, (a, ax, ay, aw, ah) in enumerate(items):
        for b, bx, by, bw, bh in items[i + 1:]:
            if ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah:
                out.append((a, b))
    return out


def count_crossings(graph: ModelGraph, positions: Mapping[str, Point], direction: str = LR) -> int:
    """Crossings between links whose ends sit in neighbouring columns (or rows); for tests."""
    direction = normalize_direction(direction)
    a_idx, c_idx = (0, 1) if direction == LR else (1, 0)
    edges = [
        (positions[s][a_idx], positions[s][c_idx], positions[d][a_idx], positions[d][c_idx])
        for s, d, _ in graph.edges() if s in positions and d in positions
    ]
    n = 0
    for i, (a1, c1, a2, c2) in enumerate(edges):
        for b1, e1, b2, e2 in edges[i + 1:]:
            if (a1, a2) == (b1, b2) and (c1 - e1) * (c2 - e2) < 0:
                n += 1
    return n


def wrap_points(
    graph: ModelGraph,
    direction: str = LR,
    *,
    sizes: Mapping[str, Point] | None = None,
    spacing: Point | None = None,
) -> list[float]:
    """Every ``wrap`` value of :func:`arrange` that gives a different folding, widest first.

    These are the far edges of the layers of the unwrapped layout: trying each
    one finds the folding that suits a window best.
    """
    direction = normalize_direction(direction)
    sizes = dict(sizes or {})
    flat = arrange(graph, direction, sizes=sizes, spacing=spacing)
    i = 0 if direction == LR else 1
    ends = {round(p[i] + sizes.get(nid, DEFAULT_SIZE)[i], 1) for nid, p in flat.items()}
    return sorted(ends, reverse=True)


def extent(positions: Mapping[str, Point], sizes: Mapping[str, Point] | None = None) -> Point:
    """Width and height of the box around all cards."""
    if not positions:
        return (0.0, 0.0)
    sizes = dict(sizes or {})
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    x1 = [p[0] + sizes.get(n, DEFAULT_SIZE)[0] for n, p in positions.items()]
    y1 = [p[1] + sizes.get(n, DEFAULT_SIZE)[1] for n, p in positions.items()]
    return (max(x1) - min(xs), max(y1) - min(ys))


# ----------------------------------------------------------------- internals
def _bands(starts: list[float], depth: list[float], wrap: float | None) -> list[int]:
    """Band number of every layer: a new band whenever the current one would exceed ``wrap``."""
    out, b, first = [], 0, 0.0
    for r, (s, d) in enumerate(zip(starts, depth)):
        if r and wrap is not None and s + d - first > wrap + 1e-6:
            b += 1
            first = s
        elif not r:
            first = s
        out.append(b)
    return out


def _consumers(graph: ModelGraph) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {nid: [] for nid in graph.nodes}
    for nid, node in graph.nodes.items():
        for src in node.inputs:
            if src in out:
                out[src].append(nid)
    return out


def _partial_order(graph: ModelGraph) -> list[str]:
    nodes = graph.nodes
    consumers = _consumers(graph)
    indeg = {nid: sum(1 for s in n.inputs if s in nodes) for nid, n in nodes.items()}
    ready = [nid for nid, d in indeg.items() if d == 0]
    order = []
    while ready:
        nid = ready.pop(0)
        order.append(nid)
        for dst in consumers[nid]:
            indeg[dst] -= 1
            if indeg[dst] == 0:
                ready.append(dst)
    return order


def _crossings_between(upper: list[str], lower: list[str], succs: Mapping[str, list[str]]) -> int:
    pos = {nid: i for i, nid in enumerate(lower)}
    ends = [pos[d] for nid in upper for d in succs[nid] if d in pos]
    # Count inversions (n is small: quadratic is fine and simple).
    return sum(1 for i in range(len(ends)) for j in range(i + 1, len(ends)) if ends[i] > ends[j])


def _total_crossings(rows: list[list[str]], succs: Mapping[str, list[str]]) -> int:
    return sum(_crossings_between(rows[i], rows[i + 1], succs) for i in range(len(rows) - 1))


def _barycenter_pass(
    rows: list[list[str]], neighbours: Mapping[str, list[str]], fixed_index: int, moving_index: int
) -> None:
    pos = {nid: i for i, nid in enumerate(rows[fixed_index])}
    row = rows[moving_index]
    keyed = []
    for i, nid in enumerate(row):
        ns = [pos[n] for n in neighbours[nid] if n in pos]
        keyed.append((sum(ns) / len(ns) if ns else float(i), i, nid))
    keyed.sort()
    rows[moving_index] = [nid for _, _, nid in keyed]


def _reduce_crossings(
    rows: list[list[str]], preds: Mapping[str, list[str]], succs: Mapping[str, list[str]], sweeps: int
) -> list[list[str]]:
    best = [list(r) for r in rows]
    best_n = _total_crossings(best, succs)
    cur = [list(r) for r in rows]
    for _ in range(sweeps):
        if best_n == 0:
            break
        for i in range(1, len(cur)):
            _barycenter_pass(cur, preds, i - 1, i)
        for i in range(len(cur) - 2, -1, -1):
            _barycenter_pass(cur, succs, i + 1, i)
        n = _total_crossings(cur, succs)
        if n < best_n:
            best, best_n = [list(r) for r in cur], n
    return best


def _place_across(
    rows: list[list[str]],
    preds: Mapping[str, list[str]],
    succs: Mapping[str, list[str]],
    across,
    gap: float,
) -> dict[str, float]:
    """Centre coordinate across the flow for every node (dummies included).

    Each node wants to sit at the mean of its neighbours in the layer just
    placed; the row is then packed in order with the minimum gaps and shifted
    so real cards (weight 1) move far less than link placeholders (weight 0.05).
    That keeps a chain with skip links straight.
    """
    centers: dict[str, float] = {}
    for row in rows:  # start: each row packed around 0
        _pack(row, {nid: 0.0 for nid in row}, across, gap, centers)

    def relax(order: range, neighbours: Mapping[str, list[str]]) -> None:
        for r in order:
            row = rows[r]
            want = {}
            for nid in row:
                ns = [centers[n] for n in neighbours[nid] if n in centers]
                want[nid] = sum(ns) / len(ns) if ns else centers[nid]
            _pack(row, want, across, gap, centers)

    for _ in range(4):
        relax(range(1, len(rows)), preds)
        relax(range(len(rows) - 2, -1, -1), succs)
    relax(range(1, len(rows)), preds)
    return centers


def _pack(row: list[str], want: Mapping[str, float], across, gap: float, out: dict[str, float]) -> None:
    if not row:
        return
    # Forward: as close to the wish as the previous neighbour allows.
    ys: list[float] = []
    for i, nid in enumerate(row):
        y = want[nid]
        if i:
            prev = row[i - 1]
            y = max(y, ys[-1] + (across(prev) + across(nid)) / 2 + gap)
        ys.append(y)
    # Weighted shift back towards the wishes (real cards matter, dummies barely).
    weights = [0.05 if nid.startswith(_DUMMY) else 1.0 for nid in row]
    shift = sum(w * (want[n] - y) for w, n, y in zip(weights, row, ys)) / sum(weights)
    for nid, y in zip(row, ys):
        out[nid] = y + shift
