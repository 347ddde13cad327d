"""Folk tunes in ABC notation, written by rule from a seed, and a checker for ABC tunes.

A character model needs a text with structure it can learn offline. This module
writes one: thousands of short folk tunes in ABC notation (https://abcnotation.com),
each like this::

    X:12
    T:The Green Meadow
    M:6/8
    L:1/8
    K:Dmix
    |:d2c AGF|GAB c2d|...
    ...:|
    |:...|1 ...:|2 ...||

How a tune is written (:func:`tune`):

* **Headers** X (its number), T (a title from two small word lists), M (the metre),
  L (the unit note length, always 1/8 here) and K (the key: a tonic and a mode).
* **Metres and dances**: reel 4/4 (8 eighths a bar), jig 6/8 (6), slip jig 9/8 (9),
  waltz 3/4 (6), polka 2/4 (4). Each bar is a rhythm drawn from the dance's beat
  patterns (beats are beamed, separated by spaces; mostly running eighth notes, as in
  session tunes, now and then a longer note), so **every bar's note lengths add up to
  the metre exactly**.
* **Keys and modes**: major, minor (``m``), dorian (``dor``) and mixolydian (``mix``)
  on the tonics folk fiddlers use (D, G, A, E, C, F, B). The notes are letters of the
  key's own scale (the K field sets the sharps and flats), so no accidentals are needed.
* **Melody**: a random walk of small steps (now and then a leap) over two octaves
  (D to a'), phrases ending on the tonic.
* **Form AABB**: an A part and a B part of 8 bars, each played twice (``|: ... :|``);
  the B part (and half of the A parts) has first and second endings (``|1 ... :|2 ... ||``).
  **Phrases come back**: bars 5-6 of a part repeat its bars 1-2, and the B part ends
  with the A part's last phrase.

The checker (:func:`check_tune`) parses an ABC tune (its headers, notes, rests, bar
lines, repeats and endings), says whether it parses, and counts the bars whose note
lengths fit the metre; it also lists the notes (MIDI pitch, start, length in beats of
L) for a piano roll or a synthesiser. It never raises for bad text: a model's
half-learnt tune is just a tune with problems.

Pure Python (the stdlib, and deskdl.core.i18n for the checker's words), deterministic: tune ``i``
of seed ``s`` is the same whatever the number of tunes asked for.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from fractions import Fraction

from deskdl.core.i18n import N_, tr

#: metre -> (dance, eighths per bar, the beat groups a bar is made of, rhythms each beat group can take)
DANCES: dict[str, tuple[str, int, int, tuple[tuple[int, ...], ...]]] = {
    "4/4": ("reel", 8, 2, ((1, 1, 1, 1), (1, 1, 1, 1), (1, 1, 1, 1), (1, 1, 1, 1), (2, 1, 1), (1, 1, 2))),
    "6/8": ("jig", 6, 2, ((1, 1, 1), (1, 1, 1), (1, 1, 1), (1, 1, 1), (2, 1))),
    "9/8": ("slip jig", 9, 3, ((1, 1, 1), (1, 1, 1), (1, 1, 1), (1, 1, 1), (2, 1))),
    "3/4": ("waltz", 6, 3, ((1, 1), (1, 1), (2,))),
    "2/4": ("polka", 4, 2, ((1, 1), (1, 1), (2,))),
}
#: The long last beat group of a part's final bar, per metre.
_CADENCE = {"4/4": (4,), "6/8": (3,), "9/8": (3,), "3/4": (2,), "2/4": (2,)}
#: mode suffix -> semitones from the tonic down to the major key with the same signature
MODES = {"": 0, "m": 9, "dor": 2, "mix": 7}
#: the keys (K field) of the corpus, with how often each is drawn (D and G most, as in session tunes)
KEYS = {"D": 8, "G": 8, "A": 4, "Em": 5, "Ador": 4, "Edor": 3, "Dmix": 3, "Amix": 2, "Gmix": 1, "Bm": 2,
        "Am": 2, "Dm": 1, "C": 2, "F": 1}
_LETTERS = "CDEFGAB"
#: Pitch positions a melody moves over: C D E F G A B c d e f g a b c' d' ... (index = scale step)
_POSITIONS = [*"CDEFGAB", *"cdefgab", "c'", "d'", "e'", "f'", "g'", "a'"]
_LOW, _HIGH = 1, 14  # D .. c'
_ADJECTIVES = ("Green", "Silver", "Lonely", "Merry", "Old", "Windy", "Wild", "Blue", "Morning", "Rocky",
               "Golden", "High", "Crooked", "Humours of the", "Little", "Maid of the", "Lark in the")
_NOUNS = ("Meadow", "Road", "Harbour", "Mill", "Glen", "Bridge", "Shore", "Hill", "River", "Piper",
          "Fiddler", "Strand", "Ferry", "Garden", "Island", "Well", "Valley", "Lane")
_KINDS = {"reel": "Reel", "jig": "Jig", "slip jig": "Slip Jig", "waltz": "Waltz", "polka": "Polka"}


# ------------------------------------------------------------------ writing tunes
def _title(rng: random.Random, dance: str) -> str:
    adjective, noun = rng.choice(_ADJECTIVES), rng.choice(_NOUNS)
    if rng.random() < 0.3:
        return f"The {adjective} {noun} {_KINDS[dance]}"
    return f"The {adjective} {noun}"


def _note(position: int, length: int) -> str:
    return _POSITIONS[position] + ("" if length == 1 else str(length))


class _Walker:
    """A melody: small steps over the scale positions, now and then a leap, kept in range."""

    def __init__(self, rng: random.Random, tonic: int) -> None:
        self.rng = rng
        self.tonic = tonic
        self.pos = tonic + rng.choice((0, 2, 4))

    def step(self) -> int:
        move = self.rng.choices((-2, -1, 1, 2, 0, -3, 3, 4, -4), weights=(14, 24, 24, 14, 6, 5, 5, 4, 4))[0]
        if (self.pos - self.tonic) * move > 0 and abs(self.pos - self.tonic) > 5:
            move = -move  # far from home: turn back
        nxt = self.pos + move
        if nxt < _LOW or nxt > _HIGH:
            nxt = self.pos - move
        self.pos = max(_LOW, min(_HIGH, nxt))
        return self.pos


def _bar(rng: random.Random, walker: _Walker, metre: str, end_on: int | None = None) -> str:
    """One bar: beat groups of notes whose lengths add up to the metre; ``end_on`` = a cadence there."""
    _, _, groups, rhythms = DANCES[metre]
    beats = [rng.choice(rhythms) for _ in range(groups)]
    if end_on is not None:
        beats[-1] = _CADENCE[metre]
    words = []
    for g, rhythm in enumerate(beats):
        notes = []
        for i, length in enumerate(rhythm):
            last = g == len(beats) - 1 and i == len(rhythm) - 1
            if last and end_on is not None:
                walker.pos = end_on
                notes.append(_note(end_on, length))
            else:
                notes.append(_note(walker.step(), length))
        words.append("".join(notes))
    return " ".join(words)


def _part(rng: random.Random, walker: _Walker, metre: str, tonic: int, endings: bool,
          last_phrase: list[str] | None = None) -> tuple[str, list[str]]:
    """An 8-bar part played twice; returns its ABC line(s) and its last phrase (bars 7-8)."""
    bars = [_bar(rng, walker, metre) for _ in range(4)]
    bars += bars[:2]  # the opening phrase comes back
    if last_phrase is None:
        last_phrase = [_bar(rng, walker, metre), _bar(rng, walker, metre, end_on=tonic)]
    first = "|".join(bars[:4])
    second = "|".join(bars[4:])
    if not endings:
        return f"|:{first}|\n{second}|{'|'.join(last_phrase)}:|", last_phrase
    dominant = tonic + 4 if tonic + 4 <= _HIGH else tonic - 3  # the fifth: the first ending leads back
    turn = [_bar(rng, walker, metre), _bar(rng, walker, metre, end_on=dominant)]
    return (f"|:{first}|\n{second}|1 {'|'.join(turn)}:|2 {'|'.join(last_phrase)}||"), last_phrase


def tune(index: int, seed: int = 0) -> str:
    """Tune number ``index`` of the corpus drawn from ``seed`` (ABC text, no trailing newline)."""
    rng = random.Random(seed * 1_000_003 + index)
    metre = rng.choices(list(DANCES), weights=(4, 4, 1, 2, 2))[0]
    dance = DANCES[metre][0]
    key = rng.choices(list(KEYS), weights=list(KEYS.values()))[0]
    letter = key[0]
    tonic = _LETTERS.index(letter) + (7 if letter in "CD" else 0)
    walker = _Walker(rng, tonic)
    a_part, a_end = _part(rng, walker, metre, tonic, endings=rng.random() < 0.5)
    b_part, _ = _part(rng, walker, metre, tonic, endings=True, last_phrase=a_end)
    return "\n".join([f"X:{index + 1}", f"T:{_title(rng, dance)}", f"M:{metre}", "L:1/8",
                      f"K:{key}", a_part, b_part])


def tunes(count: int = 3000, seed: int = 0) -> list[str]:
    """The first ``count`` tunes of ``seed``'s corpus."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"count must be a whole number of at least 1, not {count!r}")
    return [tune(i, seed) for i in range(count)]


def corpus(count: int = 3000, seed: int = 0) -> str:
    """The tunes as one text, separated by a blank line as in an ABC file (ends with a newline)."""
    return "\n\n".join(tunes(count, seed)) + "\n"


# ------------------------------------------------------------------ checking tunes
_HEADER = re.compile(r"^([A-Za-z]):(.*)$")
_KEY = re.compile(r"^([A-G])([b#]?)(m|min|maj|ion|dor|phr|lyd|mix|aeo|loc)?$", re.IGNORECASE)
_MODE_SHIFT = {"": 0, "maj": 0, "ion": 0, "m": 9, "min": 9, "aeo": 9, "dor": 2, "phr": 4, "lyd": 5,
               "mix": 7, "loc": 11}
_SEMITONE = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
_SHARP_ORDER = "FCGDAEB"
_BAR_LINES = {"|", "||", "|:", ":|", "|]", "::", ":|:", ":||:", "[|"}
_NOTE = re.compile(r"(\^\^|\^|__|_|=)?([A-Ga-gz])([,']*)(\d*)(/*)(\d*)")


@dataclass
class AbcNote:
    """One note (or rest: ``pitch`` None) as written: start and length in units of the L field."""

    pitch: int | None
    start: Fraction
    length: Fraction


@dataclass
class AbcCheck:
    """What :func:`check_tune` found.

    Attributes:
        parses: the headers are complete and every symbol of the body is ABC this checker knows.
        problems: plain words on what did not parse (empty when it parses).
        bars: the bars with at least one note or rest.
        bars_fitting: how many of them last exactly one bar of the metre.
        title, metre, unit, key: the header values ("" when missing).
        notes: the notes in the order written.
        bar_length: the metre's bar length in units of L (None when the metre is unknown).
    """

    parses: bool = False
    problems: list[str] = field(default_factory=list)
    bars: int = 0
    bars_fitting: int = 0
    title: str = ""
    metre: str = ""
    unit: str = ""
    key: str = ""
    notes: list[AbcNote] = field(default_factory=list)
    bar_length: Fraction | None = None

    @property
    def fit_fraction(self) -> float:
        """The share of bars that fit the metre (0 when there are no bars)."""
        return self.bars_fitting / self.bars if self.bars else 0.0


def key_signature(key: str) -> dict[str, int] | None:
    """Letter -> +1 (sharp) / -1 (flat) for the K field ``key`` (e.g. ``"Ador"``); None if unknown."""
    m = _KEY.match(key.strip())
    if not m:
        return None
    letter, accidental, mode = m.group(1).upper(), m.group(2), (m.group(3) or "").lower()
    if accidental not in ("#", "b", ""):  # the pattern ignores case, but a flat is only a small b
        return None
    tonic = _SEMITONE[letter] + {"#": 1, "b": -1, "": 0}[accidental]
    major = (tonic - _MODE_SHIFT[mode]) % 12
    fifths = {0: 0, 7: 1, 2: 2, 9: 3, 4: 4, 11: 5, 6: 6, 5: -1, 10: -2, 3: -3, 8: -4, 1: -5}[major]
    if fifths >= 0:
        return {c: 1 for c in _SHARP_ORDER[:fifths]}
    return {c: -1 for c in _SHARP_ORDER[::-1][: -fifths]}


def _fraction(text: str) -> Fraction | None:
    m = re.match(r"^\s*(\d+)\s*/\s*(\d+)\s*$", text)
    if m and int(m.group(2)) > 0:
        return Fraction(int(m.group(1)), int(m.group(2)))
    if text.strip() in ("C", "C|"):
        return Fraction(4, 4) if text.strip() == "C" else Fraction(2, 2)
    return None


def check_tune(text: str) -> AbcCheck:
    """Parse one ABC tune (see the module docstring); never raises."""
    out = AbcCheck()
    lines = [line.rstrip() for line in str(text).strip("\n").split("\n")]
    headers: dict[str, str] = {}
    order: list[str] = []
    body_start = len(lines)
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if m and "K" not in headers:
            headers[m.group(1)] = m.group(2).strip()
            order.append(m.group(1))
            continue
        body_start = i
        break
    for field_name, words in (("X", N_("a tune number")), ("T", N_("a title")), ("M", N_("a metre")),
                              ("L", N_("a unit note length")), ("K", N_("a key"))):
        if field_name not in headers:
            out.problems.append(tr("core.abc_corpus", "no {field}: header ({what})").format(
                field=field_name, what=tr("core.abc_corpus", words)))
    if order and order[0] != "X":
        out.problems.append(tr("core.abc_corpus", "the first header must be X: (the tune number)"))
    out.title, out.metre = headers.get("T", ""), headers.get("M", "")
    out.unit, out.key = headers.get("L", ""), headers.get("K", "")
    if "X" in headers and not headers["X"].isdigit():
        out.problems.append(tr("core.abc_corpus", "X: must be a number, not {value}").format(
            value=repr(headers["X"])))
    metre = _fraction(out.metre) if "M" in headers else None
    unit = _fraction(out.unit) if "L" in headers else Fraction(1, 8)
    if "M" in headers and metre is None:
        out.problems.append(tr("core.abc_corpus", "M: {value} is not a metre such as 6/8").format(
            value=repr(out.metre)))
    if "L" in headers and (unit is None or unit.numerator != 1):
        out.problems.append(tr("core.abc_corpus", "L: {value} is not a note length such as 1/8").format(
            value=repr(out.unit)))
        unit = None
    signature = key_signature(out.key) if "K" in headers else {}
    if "K" in headers and signature is None:
        out.problems.append(tr("core.abc_corpus", "K: {value} is not a key such as D, Em, Ador or "
                                                  "Gmix").format(value=repr(out.key)))
        signature = {}
    if metre is not None and unit is not None:
        out.bar_length = metre / unit
    body = "\n".join(lines[body_start:])
    if not body.strip():
        out.problems.append(tr("core.abc_corpus", "the tune has no notes"))
    _scan_body(body, signature or {}, out)
    out.parses = not out.problems
    return out


def _scan_body(body: str, signature: dict[str, int], out: AbcCheck) -> None:
    """Notes, rests, bar lines, repeats and endings of a tune's body into ``out``."""
    pos, now, bar_len, bar_has_notes = 0, Fraction(0), Fraction(0), False
    open_repeat, seen_first_ending = False, False
    accidentals: dict[str, int] = {}

    def close_bar() -> None:
        nonlocal bar_len, bar_has_notes
        if bar_has_notes:
            out.bars += 1
            if out.bar_length is not None and bar_len == out.bar_length:
                out.bars_fitting += 1
        bar_len, bar_has_notes = Fraction(0), False
        accidentals.clear()

    ended_with_bar = False
    while pos < len(body):
        ch = body[pos]
        if ch in " \t\n\r":
            pos += 1
            continue
        if ch in "|:" or (ch == "[" and pos + 1 < len(body) and body[pos + 1] == "|"):
            m = re.match(r"[|:\[\]]+", body[pos:])
            symbol = m.group(0)
            if symbol not in _BAR_LINES:
                out.problems.append(tr("core.abc_corpus", "{symbol} is not a bar line").format(
                    symbol=repr(symbol)))
            if symbol.startswith(":") and not open_repeat and out.bars == 0:
                out.problems.append(tr("core.abc_corpus", "a repeat ends before any bar"))
            open_repeat = symbol.endswith(":") or (open_repeat and not symbol.startswith(":"))
            close_bar()
            pos += len(symbol)
            ended_with_bar = True
            if pos < len(body) and body[pos] in "12":
                if body[pos] == "2" and not seen_first_ending:
                    out.problems.append(tr("core.abc_corpus",
                                           "a second ending (2) without a first ending (1) before it"))
                seen_first_ending = seen_first_ending or body[pos] == "1"
                pos += 1
            continue
        if ch == "[" and pos + 1 < len(body) and body[pos + 1] in "12":
            pos += 2
            continue
        m = _NOTE.match(body, pos)
        if not m or m.end() == pos:
            out.problems.append(tr("core.abc_corpus", "{char} at character {n} of the tune's body is not ABC "
                                   "this checker reads (notes A-G a-g, rests z, bar lines |)").format(
                char=repr(ch), n=pos + 1))
            pos += 1
            continue
        accidental, letter, octave, num, slashes, den = m.groups()
        length = Fraction(int(num) if num else 1)
        if slashes:
            length /= int(den) if den else 2 ** len(slashes)
        if length <= 0:
            out.problems.append(tr("core.abc_corpus", "{note} has no length").format(note=repr(m.group(0))))
        pitch = None
        if letter != "z":
            upper = letter.upper()
            semis = 60 + _SEMITONE[upper] + (12 if letter.islower() else 0)
            semis += 12 * octave.count("'") - 12 * octave.count(",")
            if accidental:
                accidentals[upper] = {"^": 1, "^^": 2, "_": -1, "__": -2, "=": 0}[accidental]
            semis += accidentals.get(upper, signature.get(upper, 0))
            pitch = semis
        out.notes.append(AbcNote(pitch, now, length))
        now += length
        bar_len += length
        bar_has_notes = True
        ended_with_bar = False
        pos = m.end()
    if bar_has_notes and not ended_with_bar:
        close_bar()
        if not out.problems:
            out.problems.append(tr("core.abc_corpus", "the tune does not end with a bar line"))


def split_tunes(text: str) -> list[str]:
    """The tunes of an ABC text: blocks that start at an ``X:`` line (text before the first is dropped)."""
    found: list[list[str]] = []
    for line in str(text).split("\n"):
        if line.startswith("X:"):
            found.append([line])
        elif found:
            found[-1].append(line)
    return ["\n".join(lines).strip("\n") for lines in found if "\n".join(lines).strip()]


def score_tunes(texts: list[str]) -> dict[str, float]:
    """How many tunes parse and how many of all their bars fit the metre."""
    checks = [check_tune(t) for t in texts]
    bars = sum(c.bars for c in checks)
    return {"tunes": len(checks), "parse": sum(c.parses for c in checks) / max(len(checks), 1),
            "bars": bars, "bars_fit": sum(c.bars_fitting for c in checks) / bars if bars else 0.0}


__all__ = ["AbcCheck", "AbcNote", "DANCES", "KEYS", "MODES", "check_tune", "corpus", "key_signature",
           "score_tunes", "split_tunes", "tune", "tunes"]
