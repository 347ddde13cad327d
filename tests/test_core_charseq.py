"""Pure tests of deskdl.core.charseq: vocabulary, reading a text file, windows, temperature and sampling.

Expected values are worked out by hand in the comments (no Qt, no TensorFlow; milliseconds).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from deskdl.core import charseq as C
from deskdl.core.charseq import TextError, Vocabulary


def test_the_constants_are_the_documented_ones():
    assert C.GREEDY_BELOW == 1e-3
    assert C.MAX_TEXT_BYTES == 50_000_000
    assert C.TEXT_SUFFIXES == (".txt", ".abc")


# ------------------------------------------------------------------ vocabulary
def test_a_vocabulary_is_the_distinct_characters_sorted():
    v = Vocabulary.of("hello")
    assert v.chars == ("e", "h", "l", "o") and len(v) == 4


def test_encode_numbers_each_character_by_its_place():
    ids = Vocabulary.of("hello").encode("hello")
    assert ids.tolist() == [1, 0, 2, 2, 3] and ids.dtype == np.int32


def test_encode_of_nothing_is_empty():
    assert Vocabulary.of("ab").encode("").tolist() == []


def test_encode_names_a_character_not_in_the_vocabulary():
    with pytest.raises(TextError) as err:
        Vocabulary.of("hello").encode("hex")
    assert err.value.message == "the character 'x' is not in the model's vocabulary"
    assert err.value.fix == "use only characters that occur in the training text"


def test_decode_is_the_text_of_the_numbers():
    v = Vocabulary.of("hello")
    assert v.decode([1, 0, 2, 2, 3]) == "hello"
    assert v.decode(np.array([3, 3], dtype=np.int64)) == "oo"


def test_shown_makes_whitespace_readable():
    v = Vocabulary.of("a \n\t")  # sorted by code point: tab 9, newline 10, space 32, a 97
    assert [v.shown(i) for i in range(4)] == ["⇥", "⏎", "␣", "a"]


# ------------------------------------------------------------------ read_text
@pytest.mark.parametrize("path", ["", "   "])
def test_no_path_is_no_file_chosen(path):
    with pytest.raises(TextError) as err:
        C.read_text(path)
    assert err.value.message == "no text file is chosen"
    assert err.value.fix == "choose a UTF-8 .txt or .abc file in the Data tab"


def test_a_missing_file_is_named(tmp_path):
    p = tmp_path / "gone.txt"
    with pytest.raises(TextError) as err:
        C.read_text(p)
    assert err.value.message == f"the text file {p} does not exist"
    assert err.value.fix == "choose an existing .txt or .abc file"


def test_a_folder_is_not_a_text_file(tmp_path):
    with pytest.raises(TextError) as err:
        C.read_text(tmp_path)
    assert err.value.message == f"the text file {tmp_path} does not exist"


def test_a_file_over_50_mb_is_refused_with_its_size(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:
        f.truncate(C.MAX_TEXT_BYTES + 1)  # sparse: nothing written
    with pytest.raises(TextError) as err:
        C.read_text(p)
    assert err.value.message == "the text file big.txt is 50 MB; a character model here takes at most 50 MB"
    assert err.value.fix == "use a part of the text"


def test_the_size_is_shown_in_megabytes_of_a_million_bytes(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:
        f.truncate(51_500_000)  # 51.5 MB, shown rounded to 52 (51_500_000 / 1_000_001 would be 51.49)
    with pytest.raises(TextError) as err:
        C.read_text(p)
    assert err.value.message == "the text file big.txt is 52 MB; a character model here takes at most 50 MB"


def test_a_file_of_exactly_the_limit_passes_the_size_check(tmp_path, monkeypatch):
    # the limit lowered to 10 bytes so the file at the limit is read in microseconds, not 50 MB
    monkeypatch.setattr(C, "MAX_TEXT_BYTES", 10)
    p = tmp_path / "edge.txt"
    p.write_bytes(b"abcdefghij")  # 10 bytes: at the limit, read
    assert C.read_text(p) == "abcdefghij"
    p.write_bytes(b"abcdefghijk")  # 11 bytes: over it
    with pytest.raises(TextError) as err:
        C.read_text(p)
    assert err.value.message == "the text file edge.txt is 0 MB; a character model here takes at most 0 MB"


def test_a_file_with_a_zero_byte_is_binary(tmp_path):
    p = tmp_path / "pic.txt"
    p.write_bytes(b"ab\x00cd")
    with pytest.raises(TextError) as err:
        C.read_text(p)
    assert err.value.message == "the file pic.txt is not a text file (it holds binary data)"
    assert err.value.fix == ("choose a plain UTF-8 text file (.txt or .abc), not a document, picture or "
                             "archive")


def test_only_the_first_64_kib_are_searched_for_a_zero_byte(tmp_path):
    late = tmp_path / "late.txt"
    late.write_bytes(b"a" * 65536 + b"\x00")  # byte 65537: not looked at
    assert C.read_text(late) == "a" * 65536 + "\x00"
    last = tmp_path / "last.txt"
    last.write_bytes(b"a" * 65535 + b"\x00")  # byte 65536: the last one looked at
    with pytest.raises(TextError):
        C.read_text(last)


def test_a_file_that_is_not_utf8_names_the_byte(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(b"ab\xffcd")  # 0xff is never UTF-8; it is the 3rd byte
    with pytest.raises(TextError) as err:
        C.read_text(p)
    assert err.value.message == "the file latin.txt is not UTF-8 text (byte 3 cannot be read)"
    assert err.value.fix == "save the file as UTF-8 in your editor and choose it again"


def test_a_byte_order_mark_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffhé".encode())
    assert C.read_text(p) == "hé"


def test_windows_and_old_mac_line_ends_become_newlines(tmp_path):
    p = tmp_path / "ends.txt"
    p.write_bytes(b"a\r\nb\rc\n")
    assert C.read_text(p) == "a\nb\nc\n"


def test_a_text_of_only_spaces_is_empty(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(b"  \r\n\t ")
    with pytest.raises(TextError) as err:
        C.read_text(p)
    assert err.value.message == "the file blank.txt is empty"
    assert err.value.fix == "choose a file with some text in it (a few thousand characters at least)"


def test_a_text_is_read_whole_and_as_written(tmp_path):
    p = tmp_path / "song.abc"
    p.write_text("X:1\nK:C\nCDEF|\n", encoding="utf-8")
    assert C.read_text(str(p)) == "X:1\nK:C\nCDEF|\n"


# ------------------------------------------------------------------ windows
def test_windows_of_step_1_are_every_window_and_the_character_after():
    x, y = C.windows(np.arange(10), 3)  # starts 0 .. 6: 10 - 3 = 7 windows
    assert x.tolist() == [[t, t + 1, t + 2] for t in range(7)]
    assert y.tolist() == [3, 4, 5, 6, 7, 8, 9]


def test_windows_of_step_3_start_every_third_character():
    x, y = C.windows(np.arange(10), 3, step=3)  # starts 0, 3, 6
    assert x.tolist() == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    assert y.tolist() == [3, 6, 9]


def test_windows_read_the_numbers_given():
    x, y = C.windows([5, 4, 3, 2], 2)
    assert x.tolist() == [[5, 4], [4, 3]] and y.tolist() == [3, 2]


def test_a_text_one_longer_than_a_window_has_one_window():
    x, y = C.windows(np.arange(10), 9)
    assert x.tolist() == [list(range(9))] and y.tolist() == [9]


def test_a_window_of_one_character_is_allowed():
    x, y = C.windows(np.arange(3), 1)
    assert x.tolist() == [[0], [1]] and y.tolist() == [1, 2]


def test_a_text_too_short_for_one_window_is_refused_with_its_length():
    with pytest.raises(TextError) as err:
        C.windows(np.arange(10), 10)
    assert err.value.message == ("the text has 10 characters, too few for one window of 10 plus the "
                                 "character after it")
    assert err.value.fix == "use a longer text or shorter windows (seq_len)"


@pytest.mark.parametrize("seq_len,step", [(0, 1), (3, 0)])
def test_windows_refuse_a_length_or_step_below_1(seq_len, step):
    with pytest.raises(ValueError) as err:
        C.windows(np.arange(10), seq_len, step)
    assert str(err.value) == "seq_len and step must be at least 1"


# ------------------------------------------------------------------ check_vocabulary
def test_a_model_wide_enough_has_no_vocabulary_problem():
    assert C.check_vocabulary(5, 5, 5) is None
    assert C.check_vocabulary(5, None, None) is None
    assert C.check_vocabulary(5, 6) is None


def test_too_few_outputs_and_too_small_an_embedding_are_one_problem():
    p = C.check_vocabulary(6, 5, 4)
    assert p.message == ("the text has 6 different characters but the model's last layer gives only 5 "
                         "probabilities and its Embedding layer knows only 4")
    assert p.fix == ("set the last Dense layer's units and the Embedding's input_dim to 6 (or more), or use "
                     "a text with fewer different characters")


@pytest.mark.parametrize("input_dim", [None, 6, 7])
def test_too_few_outputs_alone(input_dim):
    p = C.check_vocabulary(6, 5, input_dim)
    assert p.message == ("the text has 6 different characters but the model's last layer gives only 5 "
                         "probabilities")
    assert p.fix == ("set the last Dense layer's units to 6 (or more), or use a text with fewer different "
                     "characters")


@pytest.mark.parametrize("outputs", [None, 6, 7])
def test_too_small_an_embedding_alone(outputs):
    p = C.check_vocabulary(6, outputs, 5)
    assert p.message == ("the text has 6 different characters but the Embedding layer knows only 5 (its "
                         "input_dim)")
    assert p.fix == "set the Embedding's input_dim to 6 (or more)"
    assert isinstance(p, TextError)


# ------------------------------------------------------------------ temperature
P = [0.5, 0.25, 0.25]


def test_temperature_1_keeps_the_probabilities():
    np.testing.assert_allclose(C.reweight(P, 1.0), P, rtol=1e-12)


def test_temperature_half_squares_and_normalises():
    # p^2 = 0.25, 0.0625, 0.0625; sum 0.375: 2/3, 1/6, 1/6
    np.testing.assert_allclose(C.reweight(P, 0.5), [2 / 3, 1 / 6, 1 / 6], rtol=1e-12)


def test_temperature_2_takes_square_roots_and_normalises():
    # sqrt: 0.70711, 0.5, 0.5; sum 1.70711
    s = math.sqrt(0.5) + 1.0
    np.testing.assert_allclose(C.reweight(P, 2.0), [math.sqrt(0.5) / s, 0.5 / s, 0.5 / s], rtol=1e-12)


def test_temperature_0_is_one_hot_on_the_likeliest():
    out = C.reweight([[0.5, 0.25, 0.25], [0.1, 0.1, 0.8]], 0.0)
    assert out.tolist() == [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]


def test_greedy_starts_just_below_1e_3():
    assert C.reweight(P, 0.00099).tolist() == [1.0, 0.0, 0.0]
    # at T = 1e-3 it still draws: (0.25 / 0.5)^1000 = 2^-1000 of the top, not 0
    np.testing.assert_allclose(C.reweight(P, 1e-3), [1.0, 2.0 ** -1000, 2.0 ** -1000], rtol=1e-6)


def test_reweight_normalises_along_the_last_axis():
    out = C.reweight([[0.2, 0.2], [0.1, 0.3]], 1.0)  # already probabilities: unchanged, rows sum to 1
    np.testing.assert_allclose(out, [[0.5, 0.5], [0.25, 0.75]], rtol=1e-12)


def test_a_zero_probability_is_counted_as_1e_30():
    out = C.reweight([0.0, 1.0], 1.0)
    assert out[0] == pytest.approx(1e-30, rel=1e-9, abs=0) and out[1] == pytest.approx(1.0)  # not 0


def test_tiny_probabilities_at_a_low_temperature_do_not_overflow():
    # log(1e-10) / 0.002 = -11513: exp of that is 0; the largest is taken off first, so 0.5 and 0.5
    np.testing.assert_allclose(C.reweight([1e-10, 1e-10], 0.002), [0.5, 0.5], rtol=1e-12)
    np.testing.assert_allclose(C.reweight([1e-10, 4e-10], 0.5), [1 / 17, 16 / 17], rtol=1e-9)


def test_each_row_takes_off_its_own_largest():
    # the first row alone would be 0 / 0 if the second row's largest (log 0.5 / 0.002 = -347) were taken off
    out = C.reweight([[1e-10, 1e-10], [0.5, 0.5]], 0.002)
    np.testing.assert_allclose(out, [[0.5, 0.5], [0.5, 0.5]], rtol=1e-12)


def test_probabilities_are_reweighted_in_double_precision():
    # 2^-1000 is far below what float32 holds (about 1e-45): float32 input is computed as float64
    out = C.reweight(np.array(P, dtype=np.float32), 1e-3)
    np.testing.assert_allclose(out, [1.0, 2.0 ** -1000, 2.0 ** -1000], rtol=1e-6)


# ------------------------------------------------------------------ sampling
class FixedDraws:
    """A random generator that gives the uniform numbers it was made with (an edge: the draw)."""

    def __init__(self, *values: float) -> None:
        self.values = np.array(values, dtype=np.float64)

    def random(self, n: int) -> np.ndarray:
        assert n == len(self.values)
        return self.values


def test_greedy_sampling_takes_the_likeliest_without_drawing():
    got = C.sample([0.1, 0.7, 0.2], 0.0, FixedDraws())
    assert got == 1 and type(got) is int


def test_greedy_sampling_of_rows_gives_one_index_each():
    got = C.sample(np.array([[0.1, 0.7, 0.2], [0.6, 0.3, 0.1]]), 0.0, FixedDraws())
    assert got.tolist() == [1, 0]


@pytest.mark.parametrize("u,index", [(0.0, 0), (0.1, 0), (0.25, 0), (0.3, 1), (0.5, 1), (0.6, 2), (0.999, 2)])
def test_a_draw_picks_the_first_character_whose_running_sum_reaches_it(u, index):
    # running sums of 0.25, 0.25, 0.5 (powers of 2: exact after the reweighting): 0.25, 0.5, 1.0;
    # u falls to character i when sum(i - 1) < u <= sum(i)
    got = C.sample([0.25, 0.25, 0.5], 1.0, FixedDraws(u))
    assert got == index and type(got) is int


def test_a_draw_uses_the_reweighted_probabilities():
    # at T = 0.5: 0.2^2, 0.3^2, 0.5^2 = 0.04, 0.09, 0.25 of 0.38: running sums 0.105, 0.342, 1
    assert C.sample([0.2, 0.3, 0.5], 0.5, FixedDraws(0.2)) == 1
    assert C.sample([0.2, 0.3, 0.5], 0.5, FixedDraws(0.35)) == 2
    assert C.sample([0.2, 0.3, 0.5], 0.5, FixedDraws(0.1)) == 0


def test_rows_are_drawn_one_number_each_and_keep_their_shape():
    probs = np.array([[[0.2, 0.8], [0.9, 0.1]], [[0.5, 0.5], [0.3, 0.7]]])  # shape (2, 2, 2)
    got = C.sample(probs, 1.0, FixedDraws(0.1, 0.95, 0.6, 0.2))
    assert got.shape == (2, 2) and got.tolist() == [[0, 1], [1, 0]]


def test_draws_follow_the_probabilities():
    rng = np.random.default_rng(0)
    got = C.sample(np.tile([0.25, 0.75], (4000, 1)), 1.0, rng)
    assert abs(float(np.mean(got)) - 0.75) < 0.03  # 4000 draws: standard error 0.007


# ------------------------------------------------------------------ bits and temperatures
def test_bits_per_char_divides_nats_by_ln_2():
    assert C.bits_per_char(math.log(2)) == pytest.approx(1.0, rel=1e-15)
    assert C.bits_per_char(1.0) == pytest.approx(1.4426950408889634, rel=1e-15)
    assert type(C.bits_per_char(np.float32(2.0))) is float


def test_temperatures_are_read_with_commas_or_semicolons():
    assert C.parse_temperatures("0.2, 0.5, 1.0") == [0.2, 0.5, 1.0]
    assert C.parse_temperatures("0.2; 1") == [0.2, 1.0]


def test_empty_parts_are_skipped():
    assert C.parse_temperatures("0.5,, ,1") == [0.5, 1.0]
    assert C.parse_temperatures("") == []


def test_temperatures_0_and_5_are_the_ends_of_the_range():
    assert C.parse_temperatures("0, 5") == [0.0, 5.0]


def test_a_word_is_not_a_temperature():
    with pytest.raises(TextError) as err:
        C.parse_temperatures("0.5, hot ")
    assert err.value.message == "'hot' is not a temperature"
    assert err.value.fix == "write numbers separated by commas, such as 0.2, 0.5, 1.0"


@pytest.mark.parametrize("text,shown", [("5.5", "5.5"), ("-0.1", "-0.1"), ("nan", "nan"), ("inf", "inf")])
def test_a_temperature_out_of_0_to_5_is_refused(text, shown):
    with pytest.raises(TextError) as err:
        C.parse_temperatures(f"1, {text}")
    assert err.value.message == f"the temperature {shown} is out of range"
    assert err.value.fix == "use temperatures from 0 to 5"


class CountingDraws(FixedDraws):
    """FixedDraws that counts how many times it was asked for numbers."""

    calls = 0

    def random(self, n: int) -> np.ndarray:
        self.calls += 1
        return super().random(n)


def test_a_temperature_of_1e_3_still_draws_a_number():
    # greedy sampling takes no random number (a seeded generation stays the same); 1e-3 is not greedy
    draws = CountingDraws(0.5)
    assert C.sample(P, 1e-3, draws) == 0 and draws.calls == 1
    draws = CountingDraws()
    assert C.sample(P, 0.00099, draws) == 0 and draws.calls == 0
