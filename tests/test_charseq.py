"""Next-character text: vocabulary, windows, reading files, sampling with temperature (issue 13). Pure."""

from __future__ import annotations

import math

import numpy as np
import pytest

from deskdl.core import charseq as cs
from deskdl.ml import datasets as D


def test_vocabulary_is_the_sorted_characters_and_round_trips():
    v = cs.Vocabulary.of("hello world\n")
    assert v.chars == ("\n", " ", "d", "e", "h", "l", "o", "r", "w")
    ids = v.encode("hello")
    assert ids.tolist() == [4, 3, 5, 5, 6] and v.decode(ids) == "hello"
    assert v.shown(0) == "⏎" and v.shown(1) == "␣" and v.shown(2) == "d"
    with pytest.raises(cs.TextError, match="'z' is not in the model's vocabulary"):
        v.encode("zoo")


def test_windows_are_every_step_th_slice_with_the_next_character_as_answer():
    x, y = cs.windows(np.arange(10), seq_len=3, step=2)
    assert x.tolist() == [[0, 1, 2], [2, 3, 4], [4, 5, 6], [6, 7, 8]]
    assert y.tolist() == [3, 5, 7, 9]
    with pytest.raises(cs.TextError, match="too few for one window of 10"):
        cs.windows(np.arange(10), seq_len=10)


def test_reading_a_text_file_says_what_is_wrong(tmp_path):
    good = tmp_path / "a.txt"
    good.write_bytes("\ufeffline one\r\nline two\n".encode())
    assert cs.read_text(good) == "line one\nline two\n"
    empty = tmp_path / "e.txt"
    empty.write_text("  \n")
    with pytest.raises(cs.TextError, match="e.txt is empty"):
        cs.read_text(empty)
    binary = tmp_path / "b.abc"
    binary.write_bytes(b"PK\x03\x04\x00\x00abc")
    with pytest.raises(cs.TextError, match="not a text file"):
        cs.read_text(binary)
    latin = tmp_path / "l.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(cs.TextError, match="not UTF-8 text \\(byte 4"):
        cs.read_text(latin)
    with pytest.raises(cs.TextError, match="does not exist"):
        cs.read_text(tmp_path / "nope.txt")
    with pytest.raises(cs.TextError, match="no text file is chosen"):
        cs.read_text("")


def test_temperature_towards_zero_is_greedy_and_one_is_the_models_own_odds():
    probs = np.array([0.1, 0.6, 0.3])
    rng = np.random.default_rng(0)
    assert all(cs.sample(probs, 0.0, rng) == 1 for _ in range(20))
    assert all(cs.sample(probs, 1e-4, rng) == 1 for _ in range(20))
    assert cs.reweight(probs, 1e-4).tolist() == [0.0, 1.0, 0.0]
    np.testing.assert_allclose(cs.reweight(probs, 1.0), probs)
    sq = probs ** 2 / (probs ** 2).sum()
    np.testing.assert_allclose(cs.reweight(probs, 0.5), sq)  # T = 1/2 squares the odds
    draws = np.array([cs.sample(probs, 1.0, rng) for _ in range(6000)])
    np.testing.assert_allclose(np.bincount(draws, minlength=3) / 6000, probs, atol=0.025)
    hot = cs.reweight(probs, 100.0)
    assert np.all(np.abs(hot - 1 / 3) < 0.01)  # high temperature: nearly uniform
    rows = cs.sample(np.array([[0.9, 0.1], [0.2, 0.8]]), 0.0, rng)
    assert rows.tolist() == [0, 1]


def test_vocabulary_larger_than_the_model_gets_one_clear_message():
    err = cs.check_vocabulary(70, 61)
    assert err.message == "the text has 70 different characters but the model's last layer gives only 61 " \
                          "probabilities"
    assert err.fix.startswith("set the last Dense layer's units to 70")
    assert "input_dim" in cs.check_vocabulary(70, 80, input_dim=64).message
    assert cs.check_vocabulary(61, 61, 61) is None
    both = cs.check_vocabulary(201, 61, input_dim=64)  # both too small: one message names both
    assert "61 probabilities" in both.message and "knows only 64" in both.message
    assert both.fix.startswith("set the last Dense layer's units and the Embedding's input_dim to 201")


def test_temperatures_and_bits_per_character():
    assert cs.parse_temperatures("0.2, 0.5;1") == [0.2, 0.5, 1.0]
    with pytest.raises(cs.TextError, match="'hot' is not a temperature"):
        cs.parse_temperatures("0.5, hot")
    with pytest.raises(cs.TextError, match="out of range"):
        cs.parse_temperatures("9")
    assert cs.bits_per_char(math.log(2)) == pytest.approx(1.0)


def test_text_data_sets_cut_windows_and_keep_the_test_part_at_the_end(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("abcdefghij" * 20)
    b = D.load("text_file", {"path": str(path), "seq_len": 5, "step": 1, "test_fraction": 0.1})
    assert b.vocabulary == list("abcdefghij") and b.input_shape == (5,) and b.n_classes == 10
    assert len(b.x_train) == 180 - 5 and len(b.x_test) == 20 - 5
    assert b.x_train[0].tolist() == [0, 1, 2, 3, 4] and b.y_train[0] == 5
    assert b.x_test[0].tolist() == [0, 1, 2, 3, 4]  # the text's last 20 characters
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(D.DataError, match="empty.txt is empty"):
        D.load("text_file", {"path": str(empty)})
    abc = D.load("abc_tunes", {"tunes": 20, "seq_len": 30})
    assert abc.input_shape == (30,) and abc.vocabulary[0] == "\n"
    from deskdl.core.abc_corpus import corpus

    assert "".join(abc.vocabulary[int(i)] for i in abc.x_train[0]) == corpus(20, 0)[:30]
