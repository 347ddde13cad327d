"""A checked ABC tune as sound: notes to a waveform with NumPy, and a WAV file with the standard library.

Each note becomes a tone at its pitch (equal temperament, A4 = 440 Hz, MIDI numbers
from :func:`deskdl.core.abc_corpus.check_tune`) with a few harmonics, so it sounds
like a soft reed rather than a test tone, and a short attack and decay so
repeated notes are heard apart. Rests are silence. The tune is played as written
(its repeats are not expanded). ``tempo`` counts quarter notes per minute.

Pure Python and NumPy; playing is left to the system's own player (the app opens
the WAV file with it), so deskdl needs no audio library.
"""

from __future__ import annotations

import wave
from fractions import Fraction
from pathlib import Path

import numpy as np

from deskdl.core.abc_corpus import AbcCheck

RATE = 22050
#: Relative strengths of the first harmonics.
HARMONICS = (1.0, 0.45, 0.25, 0.12)


def frequency(midi: int) -> float:
    """The frequency in Hz of MIDI note ``midi`` (69 = A4 = 440 Hz)."""
    return 440.0 * 2.0 ** ((midi - 69) / 12.0)


def note_seconds(length: Fraction, unit: Fraction, tempo: float) -> float:
    """How long a note of ``length`` units of ``unit`` (L field) lasts at ``tempo`` quarter notes a minute."""
    return float(length * unit) * 4.0 * 60.0 / float(tempo)


def synthesise(check: AbcCheck, tempo: float = 120.0, rate: int = RATE) -> np.ndarray:
    """The tune's notes as float32 samples in [-1, 1] (mono)."""
    unit = Fraction(1, 8)
    if check.unit:
        try:
            unit = Fraction(check.unit.strip())
        except (ValueError, ZeroDivisionError):
            pass
    pieces = []
    for note in check.notes:
        n = max(int(round(note_seconds(note.length, unit, tempo) * rate)), 1)
        if note.pitch is None:
            pieces.append(np.zeros(n, np.float32))
            continue
        t = np.arange(n) / rate
        f = frequency(note.pitch)
        tone = sum(a * np.sin(2 * np.pi * f * (k + 1) * t) for k, a in enumerate(HARMONICS))
        attack = min(n, int(0.01 * rate))
        env = np.exp(-3.0 * t / max(t[-1], 1e-3))
        env[:attack] *= np.linspace(0.0, 1.0, attack, endpoint=False)
        release = min(n, int(0.02 * rate))
        env[n - release:] *= np.linspace(1.0, 0.0, release)
        pieces.append((tone * env).astype(np.float32))
    if not pieces:
        return np.zeros(0, np.float32)
    out = np.concatenate(pieces)
    peak = float(np.max(np.abs(out))) or 1.0
    return (0.8 * out / peak).astype(np.float32)


def write_wav(path: str | Path, samples: np.ndarray, rate: int = RATE) -> Path:
    """Write mono 16-bit PCM; returns the path."""
    path = Path(path)
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


__all__ = ["HARMONICS", "RATE", "frequency", "note_seconds", "synthesise", "write_wav"]
