"""Environment frames drawn with numpy alone (no pygame).

gymnasium's own ``render_mode="rgb_array"`` draws with pygame, which deskdl
does not ship (it is large, and a frozen app would carry SDL too). The frames
here follow gymnasium's geometry (same screen size, scale and colours) so
what a learner sees matches the gymnasium documentation, and they come back
as ``(height, width, 3)`` ``uint8`` arrays ready for a pyqtgraph ``ImageItem``
(row-major) or a PNG.

Shapes are filled by testing ``supersample``² points per pixel against each
convex polygon's edges and blending the colour by the share inside: smooth
edges, a few milliseconds per frame.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

#: gymnasium CartPole's screen and colours.
CARTPOLE_SIZE = (600, 400)
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
POLE = (202, 152, 101)
AXLE = (129, 132, 203)


class Canvas:
    """An RGB image drawn in y-up pixel coordinates, shapes blended by their coverage of each pixel."""

    def __init__(self, width: int, height: int, background: Sequence[int] = WHITE, supersample: int = 3):
        self.width, self.height, self.ss = int(width), int(height), max(1, int(supersample))
        self.pixels = np.empty((self.height, self.width, 3), np.uint8)
        self.pixels[:] = np.asarray(background, np.uint8)

    def _fill(self, box: tuple[float, float, float, float], inside, color: Sequence[int]) -> None:
        """Blend ``color`` into the pixels of ``box`` by the share of sub-pixel samples ``inside`` accepts.

        ``box`` is (x0, x1, y0, y1) in pixels, y up; ``inside(x, y)`` takes arrays of sample points.
        """
        x0, x1, y0, y1 = box
        c0, c1 = max(0, math.floor(x0)), min(self.width, math.ceil(x1) + 1)
        b0, b1 = max(0, math.floor(y0)), min(self.height, math.ceil(y1) + 1)  # rows from the bottom
        if c0 >= c1 or b0 >= b1:
            return
        xs = np.arange(c0, c1, dtype=np.float32)
        ys = np.arange(b1 - 1, b0 - 1, -1, dtype=np.float32)  # top image row first
        gx, gy = np.meshgrid(xs, ys)
        cover = np.zeros(gx.shape, np.float32)
        offsets = (np.arange(self.ss, dtype=np.float32) + 0.5) / self.ss
        for dy in offsets:
            for dx in offsets:
                cover += inside(gx + dx, gy + dy)
        cover = (cover / (self.ss * self.ss))[..., None]
        rows = slice(self.height - b1, self.height - b0)
        block = self.pixels[rows, c0:c1].astype(np.float32)
        block += cover * (np.asarray(color, np.float32) - block)
        self.pixels[rows, c0:c1] = np.rint(block).astype(np.uint8)

    def polygon(self, points: Sequence[tuple[float, float]], color: Sequence[int]) -> None:
        """Fill a convex polygon given in pixels, y up (either winding)."""
        pts = np.asarray(points, np.float64)
        area = 0.5 * np.sum(pts[:, 0] * np.roll(pts[:, 1], -1) - np.roll(pts[:, 0], -1) * pts[:, 1])
        sign = 1.0 if area >= 0 else -1.0
        edges = list(zip(pts, np.roll(pts, -1, axis=0)))

        def inside(gx, gy):
            ok = np.ones(gx.shape, bool)
            for (ax, ay), (bx, by) in edges:
                ok &= sign * ((bx - ax) * (gy - ay) - (by - ay) * (gx - ax)) >= 0
            return ok

        self._fill((pts[:, 0].min(), pts[:, 0].max(), pts[:, 1].min(), pts[:, 1].max()), inside, color)

    def circle(self, cx: float, cy: float, radius: float, color: Sequence[int]) -> None:
        """Fill a disc (pixels, y up)."""
        self._fill((cx - radius, cx + radius, cy - radius, cy + radius),
                   lambda gx, gy: (gx - cx) ** 2 + (gy - cy) ** 2 <= radius * radius, color)

    def hline(self, y: float, color: Sequence[int], thickness: float = 1.0) -> None:
        """A horizontal line across the whole image."""
        self.polygon([(0, y - thickness / 2), (self.width, y - thickness / 2),
                      (self.width, y + thickness / 2), (0, y + thickness / 2)], color)

    def image(self) -> np.ndarray:
        """The ``(height, width, 3)`` uint8 frame."""
        return self.pixels.copy()


def render_cartpole(state: Sequence[float], *, x_threshold: float = 2.4, length: float = 0.5,
                    size: tuple[int, int] = CARTPOLE_SIZE, supersample: int = 3) -> np.ndarray:
    """One CartPole frame for ``state = (x, x_dot, theta, theta_dot)``.

    ``theta`` is the pole's angle from upright in radians, positive leaning
    right, as in gymnasium; ``length`` is half the pole's length (gymnasium's
    ``env.length``). The track spans ``±x_threshold``.
    """
    width, height = size
    x, _, theta, _ = (float(v) for v in state)
    scale = width / (2 * x_threshold)
    pole_w, pole_len = 10.0 * width / 600, scale * 2 * length
    cart_w, cart_h = 50.0 * width / 600, 30.0 * width / 600
    cart_x, cart_top = x * scale + width / 2.0, 100.0 * height / 400
    axle_y = cart_top + cart_h / 4.0

    c = Canvas(width, height, WHITE, supersample)
    c.hline(cart_top, BLACK)
    c.polygon([(cart_x - cart_w / 2, cart_top - cart_h / 2), (cart_x - cart_w / 2, cart_top + cart_h / 2),
               (cart_x + cart_w / 2, cart_top + cart_h / 2), (cart_x + cart_w / 2, cart_top - cart_h / 2)],
              BLACK)
    s, co = math.sin(theta), math.cos(theta)
    corners = [(-pole_w / 2, -pole_w / 2), (-pole_w / 2, pole_len - pole_w / 2),
               (pole_w / 2, pole_len - pole_w / 2), (pole_w / 2, -pole_w / 2)]
    # Rotate clockwise by theta (positive theta tips the top to the right), then move to the axle.
    c.polygon([(cart_x + px * co + py * s, axle_y - px * s + py * co) for px, py in corners], POLE)
    c.circle(cart_x, axle_y, pole_w / 2, AXLE)
    return c.image()


def pole_tip(state: Sequence[float], *, x_threshold: float = 2.4, length: float = 0.5,
             size: tuple[int, int] = CARTPOLE_SIZE) -> tuple[float, float]:
    """Where the pole's tip is drawn, as (column, row) in image pixels (for tests and overlays)."""
    width, height = size
    x, _, theta, _ = (float(v) for v in state)
    scale = width / (2 * x_threshold)
    cart_x = x * scale + width / 2.0
    axle_y = 100.0 * height / 400 + 30.0 * width / 600 / 4.0
    reach = scale * 2 * length - 5.0 * width / 600
    return cart_x + reach * math.sin(theta), height - (axle_y + reach * math.cos(theta))


def render_frame(env: Any) -> np.ndarray:
    """The current frame of a gymnasium environment deskdl can draw (CartPole so far)."""
    raw = getattr(env, "unwrapped", env)
    name = type(raw).__name__
    state = getattr(raw, "state", None)
    if name == "CartPoleEnv":
        if state is None:
            raise ValueError("the CartPole environment has no state yet: call reset() first")
        return render_cartpole(state, x_threshold=float(raw.x_threshold), length=float(raw.length))
    raise NotImplementedError(f"deskdl cannot draw {name} frames yet")


# ------------------------------------------------------------------ vector scenes (pyqtgraph)
def scene(env_id: str, obs: Sequence[float]) -> dict[str, Any]:
    """The task drawn as lines in world units, for a live pyqtgraph view (no image, no pygame).

    Returns ``{"lines": {name: (xs, ys)}, "points": {name: (x, y)}, "range": (x0, x1, y0, y1)}``:
    polylines (closed shapes repeat their first point) and single points, in a
    box that stays the same for the whole task, so the picture does not jump.
    """
    o = [float(v) for v in obs]
    if env_id == "CartPole-v1":
        x, theta = o[0], o[2]
        w, h = 0.4, 0.24  # gymnasium's 50 x 30 pixel cart at 125 pixels per unit
        cart = ([x - w / 2, x + w / 2, x + w / 2, x - w / 2, x - w / 2],
                [-h / 2, -h / 2, h / 2, h / 2, -h / 2])
        pole = ([x, x + math.sin(theta)], [0.0, math.cos(theta)])  # the pole is 1 unit long (2 x length)
        return {"lines": {"track": ([-2.4, 2.4], [-h / 2, -h / 2]), "cart": cart, "pole": pole},
                "points": {"axle": (x, 0.0)}, "range": (-2.6, 2.6, -0.5, 1.3)}
    if env_id == "Acrobot-v1":
        t1, t2 = math.atan2(o[1], o[0]), math.atan2(o[3], o[2])
        p1 = (math.sin(t1), -math.cos(t1))
        p2 = (p1[0] + math.sin(t1 + t2), p1[1] - math.cos(t1 + t2))
        return {"lines": {"goal": ([-2.2, 2.2], [1.0, 1.0]), "link_1": ([0.0, p1[0]], [0.0, p1[1]]),
                          "link_2": ([p1[0], p2[0]], [p1[1], p2[1]])},
                "points": {"joint": p1, "tip": p2}, "range": (-2.2, 2.2, -2.2, 2.2)}
    if env_id == "MountainCar-v0":
        xs = np.linspace(-1.2, 0.6, 100)
        pos = o[0]
        return {"lines": {"hill": (xs.tolist(), (np.sin(3 * xs) * 0.45 + 0.55).tolist()),
                          "flag": ([0.5, 0.5], [math.sin(1.5) * 0.45 + 0.55, math.sin(1.5) * 0.45 + 0.75])},
                "points": {"car": (pos, math.sin(3 * pos) * 0.45 + 0.55)}, "range": (-1.25, 0.65, 0.0, 1.1)}
    if env_id == "Pendulum-v1":
        theta = math.atan2(o[1], o[0])  # 0 is upright
        tip = (math.sin(theta), math.cos(theta))
        return {"lines": {"rod": ([0.0, tip[0]], [0.0, tip[1]])}, "points": {"pivot": (0.0, 0.0), "tip": tip},
                "range": (-1.3, 1.3, -1.3, 1.3)}
    raise NotImplementedError(f"deskdl cannot draw {env_id} yet")
