"""The generated ABC folk-tune corpus and the ABC checker (issue 13). Pure Python."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from deskdl.core import abc_corpus as abc

SMALL = abc.tunes(300, seed=0)


def test_the_same_seed_writes_the_same_tunes_and_tune_i_does_not_depend_on_the_count():
    assert abc.tunes(40, seed=3) == abc.tunes(40, seed=3)
    assert abc.tunes(10, seed=3) == abc.tunes(40, seed=3)[:10]
    assert abc.tune(7, seed=3) == abc.tunes(8, seed=3)[7]
    assert abc.tunes(10, seed=1) != abc.tunes(10, seed=2)
    assert abc.corpus(5, 0) == "\n\n".join(abc.tunes(5, 0)) + "\n"


def test_every_generated_tune_parses_and_every_bar_fits_its_metre():
    for text in SMALL:
        check = abc.check_tune(text)
        assert check.parses, (check.problems, text)
        assert check.bars >= 18  # two parts of 8 bars (and 2 more for each part with two endings)
        assert check.bars_fitting == check.bars, text


def test_headers_come_in_order_with_the_metres_keys_and_forms_described():
    metres, keys = set(), set()
    for i, text in enumerate(SMALL):
        lines = text.split("\n")
        assert [line[:2] for line in lines[:5]] == ["X:", "T:", "M:", "L:", "K:"]
        assert lines[0] == f"X:{i + 1}" and lines[3] == "L:1/8"
        metres.add(lines[2][2:])
        keys.add(lines[4][2:])
        body = "\n".join(lines[5:])
        assert body.count("|:") == 2 and body.count(":|") >= 2  # AABB: each part repeated
        assert "|1 " in body and ":|2 " in body  # at least the B part has first and second endings
    assert metres == set(abc.DANCES)
    assert {"D", "G", "Em", "Ador", "Dmix"} <= keys


def _bars(line: str) -> list[str]:
    return [b.strip() for b in re.split(r"[|:]+[12]?", line) if b.strip()]


@pytest.mark.parametrize("index", range(20))
def test_phrases_come_back_within_a_part_and_the_b_part_ends_like_the_a_part(index):
    lines = abc.tune(index, seed=0).split("\n")
    a_bars = _bars(lines[5]) + _bars(lines[6])
    b_bars = _bars(lines[7]) + _bars(lines[8])
    assert a_bars[4:6] == a_bars[0:2] and b_bars[4:6] == b_bars[0:2]  # bars 5-6 repeat bars 1-2
    assert b_bars[-2:] == a_bars[-2:]  # the B part ends with the A part's last phrase


def test_the_checker_counts_a_bar_that_does_not_fit_and_says_why_a_tune_does_not_parse():
    good = "X:1\nT:Test\nM:6/8\nL:1/8\nK:D\n|:dfa agf|e3 d3:|\n"
    check = abc.check_tune(good)
    assert check.parses and (check.bars, check.bars_fitting) == (2, 2)
    assert check.bar_length == Fraction(6)
    short = abc.check_tune(good.replace("e3 d3", "e3 d2"))
    assert short.parses and (short.bars, short.bars_fitting) == (2, 1)
    assert short.fit_fraction == 0.5
    no_key = abc.check_tune("X:1\nT:Test\nM:6/8\nL:1/8\n|:dfa agf|\n")
    assert not no_key.parses and any("K:" in p for p in no_key.problems)
    junk = abc.check_tune("X:1\nT:Test\nM:6/8\nL:1/8\nK:D\n|dfa #gf|\n")
    assert not junk.parses and "'#'" in junk.problems[0]
    second_first = abc.check_tune("X:1\nT:T\nM:2/4\nL:1/8\nK:G\n|:GA B2|2 d4||\n")
    assert not second_first.parses and "second ending" in second_first.problems[0]
    unended = abc.check_tune("X:1\nT:T\nM:2/4\nL:1/8\nK:G\n|GA B2|d2")
    assert not unended.parses and unended.problems == ["the tune does not end with a bar line"]
    assert not abc.check_tune("").parses
    assert not abc.check_tune("X:1\nT:T\nM:seven\nL:1/8\nK:G\n|GA B2|\n").parses


def test_lengths_pitches_and_key_signatures():
    check = abc.check_tune("X:1\nT:T\nM:4/4\nL:1/8\nK:D\n|C c c' C, F f/ f// z2 =f ^G|\n")
    assert [n.pitch for n in check.notes] == [61, 73, 85, 49, 66, 78, 78, None, 77, 68]
    assert [n.length for n in check.notes[5:8]] == [Fraction(1, 2), Fraction(1, 4), Fraction(2)]
    assert check.notes[1].start == Fraction(1)
    assert abc.key_signature("D") == {"F": 1, "C": 1}
    assert abc.key_signature("Ador") == {"F": 1}  # A dorian has G major's signature
    assert abc.key_signature("Dmix") == {"F": 1}
    assert abc.key_signature("Em") == {"F": 1}
    assert abc.key_signature("F") == {"B": -1}
    assert abc.key_signature("Q") is None
    assert abc.key_signature("Bb") == {"B": -1, "E": -1}
    assert abc.key_signature("GB") is None  # a capital B is no flat (a model wrote it; the check crashed)
    check = abc.check_tune("X:1\nT:T\nM:2/4\nL:1/8\nK:GB\n|AB cd|\n")
    assert not check.parses and "K: 'GB' is not a key" in check.problems[0]


def test_split_and_score_tunes():
    text = "junk before\n" + abc.corpus(3, 0) + "X:9\nT:broken\n"
    parts = abc.split_tunes(text)
    assert parts[:3] == abc.tunes(3, 0) and parts[3] == "X:9\nT:broken"
    score = abc.score_tunes(parts)
    assert score["tunes"] == 4 and score["parse"] == 0.75 and score["bars_fit"] == 1.0


@pytest.mark.parametrize("bad", [0, -1, 2.5, True])
def test_a_count_that_is_not_a_positive_whole_number_is_refused(bad):
    with pytest.raises(ValueError, match="whole number"):
        abc.tunes(bad)
