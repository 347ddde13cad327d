"""Generated data sets, drawn with NumPy only from a seed.

The 2-D sets follow TensorFlow Playground (circle, xor, gaussian, spiral and two
regression surfaces), scaled so every coordinate lies roughly in ``[-1, 1]``:
networks train on them without further scaling, and the decision-boundary grid
has a fixed, known extent. The shapes set draws small greyscale pictures of
circles, squares, triangles and crosses. The reviews set writes tiny made-up film
reviews whose sentiment depends on word order ("not good" is negative).

Everything here is pure (stdlib + NumPy), deterministic for a given seed and
short enough that the code exporter can copy a generator into a stand-alone
script. Each generator returns ``(x, y)``: ``x`` float32, ``y`` int64 class
labels (classification) or float32 targets (regression).
"""

from __future__ import annotations

import numpy as np

#: Playground draws in ``[-6, 6]``; we divide by this so data sits in about ``[-1, 1]``.
_SCALE = 6.0
#: ``(xmin, xmax, ymin, ymax)`` covering every 2-D set (with a little margin).
EXTENT_2D = (-1.2, 1.2, -1.2, 1.2)

CLASSIFICATION_2D = ("circle", "xor", "gaussian", "spiral")
REGRESSION_2D = ("regression_plane", "regression_gaussian")
SHAPE_CLASSES = ("circle", "square", "triangle", "cross")


def _check(samples: int, noise: float) -> None:
    if isinstance(samples, bool) or not isinstance(samples, (int, np.integer)) or samples < 2:
        raise ValueError(f"samples must be a whole number of at least 2, not {samples!r}")
    if not 0 <= float(noise) <= 1:
        raise ValueError(f"noise must be between 0 and 1, not {noise!r}")


def _halves(samples: int) -> tuple[int, int]:
    a = samples // 2
    return a, samples - a


def circle(samples: int = 500, noise: float = 0.0, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A disc of class 1 inside a ring of class 0."""
    _check(samples, noise)
    rng = np.random.default_rng(seed)
    radius = 5.0
    n_in, n_out = _halves(samples)
    r = np.concatenate([rng.uniform(0, radius * 0.5, n_in), rng.uniform(radius * 0.7, radius, n_out)])
    angle = rng.uniform(0, 2 * np.pi, samples)
    x = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    x += rng.uniform(-radius, radius, x.shape) * noise
    y = np.concatenate([np.ones(n_in, np.int64), np.zeros(n_out, np.int64)])
    return (x / _SCALE).astype(np.float32), y


def xor(samples: int = 500, noise: float = 0.0, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Four quadrants: class 1 where both coordinates have the same sign."""
    _check(samples, noise)
    rng = np.random.default_rng(seed)
    pts = rng.uniform(-5, 5, (samples, 2))
    pts += np.where(pts > 0, 0.3, -0.3)  # keep points off the axes, as Playground does
    y = (pts[:, 0] * pts[:, 1] >= 0).astype(np.int64)
    pts += rng.uniform(-5, 5, pts.shape) * noise
    return (pts / _SCALE).astype(np.float32), y


def gaussian(samples: int = 500, noise: float = 0.0, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two round clouds of points, one per class; more noise makes them overlap."""
    _check(samples, noise)
    rng = np.random.default_rng(seed)
    spread = 0.5 + 3.5 * noise  # Playground's variance range, as a standard deviation
    n_a, n_b = _halves(samples)
    a = rng.normal((2.0, 2.0), np.sqrt(spread), (n_a, 2))
    b = rng.normal((-2.0, -2.0), np.sqrt(spread), (n_b, 2))
    x = np.concatenate([a, b])
    y = np.concatenate([np.ones(n_a, np.int64), np.zeros(n_b, np.int64)])
    return (x / _SCALE).astype(np.float32), y


def spiral(samples: int = 500, noise: float = 0.0, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two spirals wound into each other, one per class: the hard Playground set."""
    _check(samples, noise)
    rng = np.random.default_rng(seed)
    parts = []
    for label, n, delta in ((1, _halves(samples)[0], 0.0), (0, _halves(samples)[1], np.pi)):
        i = np.arange(n)
        r = i / n * 5.0
        t = 1.75 * i / n * 2 * np.pi + delta
        pts = np.stack([r * np.sin(t), r * np.cos(t)], axis=1)
        pts += rng.uniform(-1, 1, pts.shape) * noise * 5.0 * 0.5
        parts.append((pts, np.full(n, label, np.int64)))
    x = np.concatenate([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    return (x / _SCALE).astype(np.float32), y


def regression_plane(samples: int = 500, noise: float = 0.0, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A tilted flat surface: the target rises evenly from one corner to the other."""
    _check(samples, noise)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (samples, 2))
    y = (x[:, 0] + x[:, 1]) / 2.0
    x = x + rng.uniform(-1, 1, x.shape) * noise
    return x.astype(np.float32), y.astype(np.float32)


#: Hills (+1) and valleys (-1) of the Playground's "multi gaussian" surface, in [-6, 6] units.
_BUMPS = ((-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1))


def regression_gaussian_surface(x: np.ndarray) -> np.ndarray:
    """The noiseless target of :func:`regression_gaussian` at points ``x`` (``(n, 2)``)."""
    p = np.asarray(x, dtype=np.float64) * _SCALE
    out = np.zeros(len(p))
    for cx, cy, sign in _BUMPS:
        d2 = (p[:, 0] - cx) ** 2 + (p[:, 1] - cy) ** 2
        out += sign * np.exp(-d2 / (2 * 1.5**2))
    return out


def regression_gaussian(samples: int = 500, noise: float = 0.0,
                        seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Six hills and valleys: a bumpy surface a straight line cannot fit."""
    _check(samples, noise)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (samples, 2))
    y = regression_gaussian_surface(x)
    x = x + rng.uniform(-1, 1, x.shape) * noise
    return x.astype(np.float32), y.astype(np.float32)


GENERATORS_2D = {
    "circle": circle, "xor": xor, "gaussian": gaussian, "spiral": spiral,
    "regression_plane": regression_plane, "regression_gaussian": regression_gaussian,
}


#: The ring of gaussians (a GAN's 2-D test): how many modes, on a circle of this radius.
RING_MODES = 8
RING_RADIUS = 0.8


def ring_std(noise: float = 0.0) -> float:
    """The spread of each mode of :func:`ring_of_gaussians` for a ``noise`` setting."""
    return 0.05 + 0.15 * float(noise)


def ring_centres(modes: int = RING_MODES, radius: float = RING_RADIUS) -> np.ndarray:
    """The ``(modes, 2)`` centres of the ring's gaussians, the first on the positive x axis."""
    angle = 2 * np.pi * np.arange(modes) / modes
    return np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1).astype(np.float32)


def ring_of_gaussians(samples: int = 2000, noise: float = 0.0,
                      seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Eight small round clouds on a circle; ``y`` is the cloud's number (0..7).

    The classic test of a GAN: a generator that covers all eight clouds has
    learnt the whole distribution; one that sits on a few has collapsed.
    """
    _check(samples, noise)
    rng = np.random.default_rng(seed)
    y = rng.integers(0, RING_MODES, samples).astype(np.int64)
    x = ring_centres()[y] + rng.normal(0.0, ring_std(noise), (samples, 2))
    return x.astype(np.float32), y


def grid_2d(resolution: int = 64,
            extent: tuple[float, float, float, float] = EXTENT_2D) -> tuple[np.ndarray, tuple]:
    """Cell centres of a ``resolution`` x ``resolution`` grid as ``(res*res, 2)`` float32.

    Row ``i`` of the reshaped ``(res, res)`` result is ``y`` increasing, column
    ``j`` is ``x`` increasing; ``extent`` gives the outer cell edges.
    """
    x0, x1, y0, y1 = extent
    xs = x0 + (np.arange(resolution) + 0.5) * (x1 - x0) / resolution
    ys = y0 + (np.arange(resolution) + 0.5) * (y1 - y0) / resolution
    gx, gy = np.meshgrid(xs, ys)
    return np.stack([gx.ravel(), gy.ravel()], axis=1).astype(np.float32), tuple(extent)


# --------------------------------------------------------------------- shapes
def shapes(samples: int = 2000, size: int = 28, noise: float = 0.1,
           seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Greyscale pictures of circles, squares, triangles and crosses (classes 0..3).

    Each shape gets a random centre, size and tilt; edges are anti-aliased and
    Gaussian pixel noise of standard deviation ``noise`` (on a 0..1 scale) is
    added. Returns ``x`` uint8 of shape ``(samples, size, size)`` (0..255) and
    ``y`` int64. Classes are balanced and shuffled.
    """
    _check(samples, noise)
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 8:
        raise ValueError(f"size must be a whole number of at least 8, not {size!r}")
    rng = np.random.default_rng(seed)
    y = np.arange(samples, dtype=np.int64) % len(SHAPE_CLASSES)
    rng.shuffle(y)
    s = size / 28.0
    # radius-like size of each shape, its tilt, and how far it reaches from its centre
    a = rng.uniform(5.0, 9.5, samples) * s
    a = np.where(y == 2, a * 0.62, a)  # triangles: inradius (reach is twice that)
    a = np.where(y == 1, a * 0.8, a)  # squares: half side
    reach = np.select([y == 0, y == 1, y == 2], [a, a * 1.42, a * 2.0], a)
    theta = rng.uniform(-0.35, 0.35, samples)
    room = np.maximum(size / 2 - reach - 1, 0)
    cx = size / 2 + rng.uniform(-1, 1, samples) * room
    cy = size / 2 + rng.uniform(-1, 1, samples) * room

    coords = np.arange(size, dtype=np.float32) + 0.5
    px = coords[None, None, :] - cx[:, None, None].astype(np.float32)
    py = coords[None, :, None] - cy[:, None, None].astype(np.float32)
    c = np.cos(theta).astype(np.float32)[:, None, None]
    sn = np.sin(theta).astype(np.float32)[:, None, None]
    u = c * px + sn * py  # rotated coordinates
    v = -sn * px + c * py
    a3 = a.astype(np.float32)[:, None, None]

    sd = np.empty((samples, size, size), np.float32)  # signed distance, < 0 inside
    for k in range(len(SHAPE_CLASSES)):
        m = y == k
        if not m.any():
            continue
        uu, vv, aa = u[m], v[m], a3[m]
        if k == 0:
            d = np.sqrt(uu * uu + vv * vv) - aa
        elif k == 1:
            d = np.maximum(np.abs(uu), np.abs(vv)) - aa
        elif k == 2:  # apex up (image rows grow downwards)
            h = np.float32(np.sqrt(3) / 2)
            d = np.maximum.reduce([vv, -h * uu - 0.5 * vv, h * uu - 0.5 * vv]) - aa
        else:
            w = np.maximum(aa * 0.22, 1.0)
            d = np.minimum(np.maximum(np.abs(uu) - w, np.abs(vv) - aa),
                           np.maximum(np.abs(uu) - aa, np.abs(vv) - w))
        sd[m] = d
    img = np.clip(0.5 - sd, 0.0, 1.0)
    if noise > 0:
        img += rng.normal(0.0, noise, img.shape).astype(np.float32)
    return (np.clip(img, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8), y


# --------------------------------------------------------------------- reviews
REVIEW_CLASSES = ("negative", "positive")
_POSITIVE = ("good", "great", "fun", "funny", "lovely", "brilliant", "clever", "moving", "exciting",
             "beautiful", "wonderful", "charming", "fresh", "gripping")
_NEGATIVE = ("bad", "dull", "boring", "awful", "silly", "weak", "slow", "poor", "terrible", "messy",
             "flat", "clumsy", "bland", "tedious")
_NEGATORS = ("not", "never")  # turn the opinion word right after them around
_INTENSIFIERS = ("very", "really", "so")  # make the opinion word right after them count twice
_THINGS = ("film", "movie", "plot", "story", "acting", "music", "ending", "script", "dialogue", "pace",
           "humour", "lead")
_THINGS_MANY = ("actors", "jokes", "characters", "songs", "scenes", "effects")
_VERBS = ("was", "is", "seemed", "felt")
_VERBS_MANY = ("were", "are", "seemed", "felt")
_OPENINGS = ("to be honest", "in the end", "all in all", "i think", "for me")
_CLOSINGS = ("i saw it last week", "we watched it at home", "it runs two hours", "my friend chose it",
             "i saw it with friends")
_LINKS = ("and", "but")
#: Every word a review can use; word ``REVIEW_WORDS[i]`` is written as the number ``i + 3``.
REVIEW_WORDS = tuple(dict.fromkeys(
    w for group in (("the", "it", "i", "found"), _THINGS, _THINGS_MANY, _VERBS, _VERBS_MANY, _LINKS,
                    _NEGATORS, _INTENSIFIERS, _POSITIVE, _NEGATIVE, _OPENINGS, _CLOSINGS)
    for phrase in group for w in phrase.split()))


def review_score(words) -> int:
    """The rule that labels a review: its sum of opinion points (positive when above 0).

    Each opinion word counts +1 (good, fun, ...) or -1 (bad, dull, ...); "very",
    "really" or "so" right before it doubles it, "not" or "never" right before it
    turns it around. So "not good ... bad" scores -2 but "good ... not bad" +2:
    the same words, opposite verdicts, which is why word order matters.
    """
    score = 0
    for i, w in enumerate(words):
        sign = 1 if w in _POSITIVE else -1 if w in _NEGATIVE else 0
        before = words[i - 1] if i > 0 else ""
        if before in _NEGATORS:
            sign = -sign
        elif before in _INTENSIFIERS:
            sign *= 2
        score += sign
    return score


def _pick(rng: np.random.Generator, options):
    """One of ``options`` at random (much quicker than ``rng.choice`` for one small pick)."""
    return options[int(rng.random() * len(options))]


def _review_clause(rng: np.random.Generator) -> list[str]:
    """One opinion, e.g. "the plot was not good" or "i found the actors very funny"."""
    many = rng.random() < 0.3
    thing = _pick(rng, _THINGS_MANY if many else _THINGS)
    form = rng.random()
    if form < 0.15 and not many:
        words = ["it", _pick(rng, _VERBS[:2])]
    elif form < 0.35:
        words = ["i", "found", "the", thing]
    else:
        words = ["the", thing, _pick(rng, _VERBS_MANY if many else _VERBS)]
    kind = rng.random()
    if kind < 0.35:
        if words[-1] in ("seemed", "felt"):  # "felt not funny" reads oddly: "was not funny"
            words[-1] = "were" if many else "was"
        words.append(_pick(rng, _NEGATORS))
    elif kind < 0.6:
        words.append(_pick(rng, _INTENSIFIERS))
    words.append(_pick(rng, _POSITIVE if rng.random() < 0.5 else _NEGATIVE))
    return words


def review_texts(samples: int = 2000, seed: int = 0) -> tuple[list[list[str]], np.ndarray]:
    """Made-up film reviews as lists of words, and their labels (0 negative, 1 positive).

    Each review has one to three opinions joined by "and" / "but", sometimes an
    opening ("to be honest") or a closing remark ("we watched it at home"); it is
    5 to 20 words long. The label follows :func:`review_score`; a review scoring
    exactly 0 is drawn again. Classes are balanced and shuffled.
    """
    _check(samples, 0.0)
    rng = np.random.default_rng(seed)
    y = np.arange(samples, dtype=np.int64) % 2
    rng.shuffle(y)
    texts = []
    for label in y:
        while True:
            words = _review_clause(rng)
            more = rng.random()
            for _ in range(0 if more < 0.3 else 1 if more < 0.75 else 2):  # 1, 2 or 3 opinions
                clause = _review_clause(rng)
                # "but" where the opinion turns, "and" where it goes on, as people write
                turns = (review_score(clause) > 0) != (review_score(words[-3:]) > 0)
                words += [_LINKS[1] if turns else _LINKS[0]] + clause
            if rng.random() < 0.3:
                words = _pick(rng, _OPENINGS).split() + words
            if rng.random() < 0.25:
                words += _pick(rng, _CLOSINGS).split()
            score = review_score(words)
            if 5 <= len(words) <= 20 and score != 0 and (score > 0) == bool(label):
                break
        texts.append(words)
    return texts, y


def pad_front(seqs, maxlen: int) -> np.ndarray:
    """Word-number lists as one ``(n, maxlen)`` int32 array, the way Keras's IMDB loader gives them.

    Keras's convention: 0 = padding, 1 = start of a review, 2 = unknown word,
    real words from 3 on. Each list gets the start mark 1 in front, long ones
    keep their last ``maxlen`` numbers, short ones are padded with 0 in front.
    """
    out = np.zeros((len(seqs), maxlen), np.int32)
    for i, s in enumerate(seqs):
        w = np.concatenate([[1], np.asarray(s, dtype=np.int64)])[-maxlen:]
        out[i, maxlen - len(w):] = w
    return out


def reviews(samples: int = 2000, maxlen: int = 24, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Tiny made-up film reviews as word numbers (see :func:`pad_front`), labels 0 / 1.

    Returns ``x`` int32 of shape ``(samples, maxlen)`` and ``y`` int64. Word
    ``REVIEW_WORDS[i]`` is the number ``i + 3``, so an Embedding layer needs
    ``input_dim`` of at least ``len(REVIEW_WORDS) + 3``.
    """
    if isinstance(maxlen, bool) or not isinstance(maxlen, (int, np.integer)) or maxlen < 2:
        raise ValueError(f"maxlen must be a whole number of at least 2, not {maxlen!r}")
    texts, y = review_texts(samples, seed)
    number = {w: i + 3 for i, w in enumerate(REVIEW_WORDS)}
    return pad_front([[number[w] for w in t] for t in texts], maxlen), y


def review_vocabulary() -> list[str]:
    """The word for each number: ``""`` for padding (0) and the start mark (1), ``"?"`` for 2."""
    return ["", "", "?", *REVIEW_WORDS]


def decode_words(seq, vocabulary) -> list[str]:
    """Word numbers back to words, leaving out padding and the start mark."""
    out = []
    for t in np.asarray(seq).ravel():
        t = int(t)
        word = vocabulary[t] if 0 <= t < len(vocabulary) else "?"
        if word:
            out.append(word)
    return out


def encode_words(text: str, vocabulary, maxlen: int) -> tuple[np.ndarray, list[str]]:
    """A typed sentence as one ``(maxlen,)`` row of word numbers, as :func:`pad_front` makes them.

    Lower-cased words (letters, digits and apostrophes) are looked up in
    ``vocabulary`` (word of each number); a word it lacks becomes 2, "unknown",
    as in Keras's IMDB data. Returns the row and the words that were unknown.
    """
    import re

    number: dict[str, int] = {}
    for i, w in enumerate(vocabulary):
        if i >= 3 and w and w not in number:
            number[w] = i
    numbers, unknown = [], []
    for w in re.findall(r"[a-z0-9']+", str(text).lower()):
        if w in number:
            numbers.append(number[w])
        else:
            numbers.append(2)
            unknown.append(w)
    return pad_front([numbers], int(maxlen))[0], unknown


def split(x: np.ndarray, y: np.ndarray, test_fraction: float,
          seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle, then cut off ``test_fraction`` of the examples as a test set.

    Returns ``x_train, y_train, x_test, y_test``. At least one example stays on
    each side when ``0 < test_fraction < 1``.
    """
    if not 0 <= test_fraction < 1:
        raise ValueError(f"test_fraction must be at least 0 and below 1, not {test_fraction!r}")
    n = len(x)
    order = np.random.default_rng(seed + 7919).permutation(n)
    n_test = int(round(n * test_fraction))
    if test_fraction > 0:
        n_test = min(max(n_test, 1), n - 1)
    test, train = order[:n_test], order[n_test:]
    return x[train], y[train], x[test], y[test]


def keep_class_share(x: np.ndarray, y: np.ndarray, label: int, keep: float,
                     seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Keep only ``keep`` (0 to 1) of the examples of class ``label``, drawn at random; the rest stay.

    Makes a class rare (an imbalanced data set). At least one example of the class stays.
    """
    if not 0 < keep <= 1:
        raise ValueError(f"keep must be above 0 and at most 1, not {keep!r}")
    members = np.flatnonzero(y == label)
    n_keep = max(1, int(round(len(members) * keep))) if len(members) else 0
    dropped = np.random.default_rng(seed + 4241).permutation(members)[n_keep:]
    mask = np.ones(len(y), bool)
    mask[dropped] = False
    return x[mask], y[mask]


def shuffled_labels(y: np.ndarray, seed: int = 0) -> np.ndarray:
    """The labels ``y`` in a random order: each example gets another example's label.

    As many labels of each class as before, but nothing about an example tells its label
    any more: what a model learns from them it can only learn by heart.
    """
    return np.random.default_rng(seed + 6173).permutation(y)
