"""deskdl.core.abc_audio: a checked ABC tune as samples and as a WAV file, values worked out by hand.

The sine's samples are chosen so they can be computed on paper: A4 (440 Hz) sampled at 1760 Hz is
four samples a period, so harmonic k at sample i is sin(pi * k * i / 2): the first harmonic gives
0, 1, 0, -1, the third 0, -1, 0, 1, the second and fourth 0. With the strengths 1 and 0.25 the tone
is 0, 0.75, 0, -0.75, ... and only the envelope (a 17-sample attack, exp(-3 t / t_last), a 35-sample
release) and the scaling of the loudest sample to 0.8 shape it. No Qt, no TensorFlow: this file is
in bench/mutation.py's CORE_TESTS.
"""

from __future__ import annotations

import math
import struct
import wave
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from deskdl.core import abc_audio
from deskdl.core.abc_corpus import AbcCheck, AbcNote


def tune(*notes: tuple[int | None, Fraction], unit: str = "1/4") -> AbcCheck:
    """An AbcCheck holding the given (pitch, length) notes one after the other."""
    out, start = [], Fraction(0)
    for pitch, length in notes:
        out.append(AbcNote(pitch, start, length))
        start += length
    return AbcCheck(parses=True, unit=unit, notes=out)


# ------------------------------------------------------------------ pitch and time
def test_frequency_is_equal_temperament_from_a4():
    assert abc_audio.frequency(69) == 440.0
    assert abc_audio.frequency(81) == 880.0  # an octave up doubles
    assert abc_audio.frequency(57) == 220.0
    assert abc_audio.frequency(60) == pytest.approx(261.6256, abs=1e-4)  # middle C
    assert abc_audio.frequency(70) == pytest.approx(440.0 * 2 ** (1 / 12))  # one semitone: 466.16 Hz


def test_note_seconds_counts_quarter_notes_a_minute():
    # an eighth at 120 quarters a minute: a quarter lasts 0.5 s, an eighth 0.25 s
    assert abc_audio.note_seconds(Fraction(1), Fraction(1, 8), 120) == 0.25
    # 3/2 of a sixteenth at 90: 3/32 of a whole note = 3/8 of a quarter; a quarter is 2/3 s -> 0.25 s
    assert abc_audio.note_seconds(Fraction(3, 2), Fraction(1, 16), 90) == pytest.approx(0.25)
    # a half note (2 units of 1/4) at 60: two quarters of one second
    assert abc_audio.note_seconds(Fraction(2), Fraction(1, 4), 60) == 2.0


# ------------------------------------------------------------------ the samples of one note
RATE = 1760  # four samples a period of A4
LAST = RATE - 1  # a one-second note (unit 1/4, length 1, tempo 60): t_last = 1759 / 1760 s


def a4() -> np.ndarray:
    """A one-second A4. Made in each test, not in a fixture: the mutation run links a test to the
    functions it calls in its own body, so a shared fixture would hide synthesise from these tests."""
    return abc_audio.synthesise(tune((69, Fraction(1))), tempo=60, rate=RATE)


def test_one_second_note_has_rate_samples_of_float32():
    x = a4()
    assert x.dtype == np.float32
    assert x.shape == (RATE,)


def test_loudest_sample_is_the_first_after_the_attack_scaled_to_0_8():
    x = a4()
    # |tone| is 0.75 at odd samples; the envelope rises for 17 samples (i / 17) and then only decays,
    # so the loudest sample is i = 17 (odd): 0.75 * exp(-3 * 17 / 1759), scaled to 0.8.
    assert int(np.argmax(np.abs(x))) == 17
    assert x[17] == pytest.approx(0.8, abs=1e-6)
    assert float(np.max(np.abs(x))) == pytest.approx(0.8, abs=1e-6)


def test_samples_after_the_attack_decay_exponentially():
    x = a4()
    # sample i (odd, 17 <= i < 1725) is 0.8 * sign * exp(-3 * (i - 17) / 1759), sign + for i % 4 == 1
    assert x[19] == pytest.approx(-0.8 * math.exp(-6 / LAST), abs=1e-6)  # -0.797276
    assert x[21] == pytest.approx(0.8 * math.exp(-12 / LAST), abs=1e-6)
    assert x[1001] == pytest.approx(0.8 * math.exp(-3 * 984 / LAST), abs=1e-6)


def test_samples_of_the_attack_rise_linearly():
    x = a4()
    # env[i] = (i / 17) * exp(-3 i / 1759) for i < 17; over sample 17: (i / 17) * exp(3 (17 - i) / 1759)
    # (the sign: + for i % 4 == 1, - for i % 4 == 3)
    assert x[0] == pytest.approx(0.0, abs=1e-6)
    assert x[1] == pytest.approx(0.8 / 17 * math.exp(48 / LAST), abs=1e-6)  # 0.048361
    assert x[3] == pytest.approx(-0.8 * 3 / 17 * math.exp(42 / LAST), abs=1e-6)
    assert x[15] == pytest.approx(-0.8 * 15 / 17 * math.exp(6 / LAST), abs=1e-6)


def test_samples_of_the_release_fall_to_zero():
    x = a4()
    # the last 35 samples (from 1725) are multiplied by 1 - j / 34, j = 0 .. 34
    assert x[1725] == pytest.approx(0.8 * math.exp(-3 * 1708 / LAST), abs=1e-6)  # j = 0: 0.043454
    assert x[1727] == pytest.approx(-0.8 * math.exp(-3 * 1710 / LAST) * (32 / 34), abs=1e-6)
    assert x[1757] == pytest.approx(0.8 * math.exp(-3 * 1740 / LAST) * (2 / 34), abs=1e-6)
    assert x[LAST] == 0.0


def test_even_samples_are_silent_at_this_rate():
    x = a4()
    # harmonics 1 to 4 all cross zero at every even sample (sin of a multiple of pi)
    assert float(np.max(np.abs(x[::2]))) == pytest.approx(0.0, abs=1e-6)


def test_harmonics_have_their_strengths():
    # Half a second of A4 at 22050 Hz: the spectrum's peaks at 440, 880, 1320 and 1760 Hz (each on a
    # 2 Hz bin) keep the strengths 1 : 0.45 : 0.25 : 0.12 (the same envelope shapes every harmonic).
    x = abc_audio.synthesise(tune((69, Fraction(1, 2))), tempo=60, rate=22050)
    assert x.shape == (11025,)
    spectrum = np.abs(np.fft.rfft(x.astype(np.float64)))
    peaks = [spectrum[220 * k] for k in (1, 2, 3, 4)]  # bin = frequency / 2 Hz
    assert [p / peaks[0] for p in peaks] == pytest.approx([1.0, 0.45, 0.25, 0.12], rel=0.02)
    assert spectrum[220 * 5] < 0.01 * peaks[0]  # no fifth harmonic


# ------------------------------------------------------------------ rests, lengths, the unit field
def test_a_rest_is_silence_of_its_length():
    x = abc_audio.synthesise(tune((None, Fraction(1))), tempo=60, rate=100)
    assert x.dtype == np.float32
    assert x.tolist() == [0.0] * 100


def test_notes_follow_each_other_and_only_the_loudest_is_0_8():
    x = abc_audio.synthesise(tune((69, Fraction(1)), (None, Fraction(1, 2)), (69, Fraction(1))),
                             tempo=60, rate=RATE)
    assert x.shape == (2 * RATE + RATE // 2,)
    assert float(np.max(np.abs(x[RATE:RATE + RATE // 2]))) == 0.0  # the rest
    assert x[RATE + RATE // 2:].tolist() == x[:RATE].tolist()  # the same note again
    assert x[17] == pytest.approx(0.8, abs=1e-6)


@pytest.mark.parametrize("unit, samples", [("", 50), ("1/8", 50), ("1/16", 25), (" 1/4 ", 100), ("1/2", 200),
                                           ("half", 50), ("1/0", 50)])
def test_the_unit_field_sets_the_length_and_a_bad_one_means_an_eighth(unit, samples):
    # a rest of one unit at 60 quarter notes a minute, 100 samples a second: 1/8 -> 0.5 s -> 50
    x = abc_audio.synthesise(tune((None, Fraction(1)), unit=unit), tempo=60, rate=100)
    assert x.shape == (samples,)


def test_note_lengths_are_rounded_to_the_nearest_sample():
    # an eighth at 70: 0.125 * 240 / 70 = 0.428571 s, 42.86 samples at 100 a second -> 43
    assert abc_audio.synthesise(tune((None, Fraction(1)), unit="1/8"), tempo=70, rate=100).shape == (43,)
    # 0.0005 s is 0.05 samples: still one sample
    assert abc_audio.synthesise(tune((None, Fraction(1, 1000)), unit="1/8"), tempo=60, rate=100).shape == (1,)


def test_a_one_sample_note_is_silent_not_nan():
    # one sample: the attack (1 sample at 100 Hz) multiplies it by 0; the peak 0 is taken as 1
    x = abc_audio.synthesise(tune((69, Fraction(1, 1000)), unit="1/8"), tempo=60, rate=100)
    assert x.tolist() == [0.0]


def test_a_tune_without_notes_is_empty():
    x = abc_audio.synthesise(AbcCheck(), tempo=120)
    assert x.dtype == np.float32
    assert x.shape == (0,)


def test_default_tempo_and_rate():
    # an eighth (unit 1/8 when the field is empty) at 120 quarters a minute: 0.25 s at 22050 Hz
    x = abc_audio.synthesise(tune((None, Fraction(1)), unit=""))
    assert x.shape == (5512,)  # 5512.5 samples; Python's round() takes the even 5512


# ------------------------------------------------------------------ the WAV file
def test_wav_file_is_mono_16_bit_with_clipped_samples(tmp_path):
    samples = np.array([0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0], np.float32)
    path = abc_audio.write_wav(str(tmp_path / "tune.wav"), samples, rate=8000)
    assert path == tmp_path / "tune.wav"
    assert isinstance(path, Path)
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()) == (1, 2, 8000, 7)
        frames = w.readframes(7)
    # 0.5 * 32767 = 16383.5, cut to 16383; beyond [-1, 1] clipped to +-32767
    assert struct.unpack("<7h", frames) == (0, 16383, -16383, 32767, -32767, 32767, -32767)


def test_wav_file_default_rate(tmp_path):
    path = abc_audio.write_wav(tmp_path / "x.wav", np.zeros(3, np.float32))
    with wave.open(str(path), "rb") as w:
        assert (w.getframerate(), w.getnframes()) == (22050, 3)
        assert w.readframes(3) == b"\x00" * 6
