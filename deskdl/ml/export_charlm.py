"""The writing part of an exported character model: after training, text at the project's temperatures.

:func:`deskdl.ml.export.export_python` writes a sequence-generation project like any classifier
(windows of character numbers in, the next character's class out); this adds what the app does
with the trained model (:class:`deskdl.ml.charlm.CharWriter`): start from the prime text (or the
first training window), let the model give the odds of the next character, draw one at each
temperature, append it, move the window on, again. The script prints the texts and writes them to
``samples.txt`` as ``deskdl train`` does. No Keras here: the lines are plain text, run in a test.
"""

from __future__ import annotations

import json
from typing import Any

from deskdl.core.charseq import GREEDY_BELOW, TextError, parse_temperatures
from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import translator
from deskdl.core.kinds import SEQUENCE_GENERATION

_ = translator("ml.export_charlm")


class ExportSettingsError(DeskdlError):
    """The project's writing settings cannot be written into a script."""


#: The function the script writes text with (CHARS is filled by load_data()).
WRITE_TEXT_CODE = f'''
def write_text(model, window, temperatures, length, seed=0):
    """One text per temperature, ``length`` characters each, written by the model from ``window``.

    ``window`` holds character numbers (CHARS[i] is character i). At each step the model gives
    the odds of every character after the window; one is drawn at each temperature T (the odds
    raised to the power 1/T and scaled to add up to 1; below {GREEDY_BELOW:g} the likeliest is
    taken), added to the text, and the window moves on by one character. All temperatures are
    written together, one batch per step, as deskdl writes them.
    """
    rng = np.random.default_rng(seed)
    windows = np.repeat(np.asarray(window, dtype="float32")[None, :], len(temperatures), axis=0)
    texts = [[] for _ in temperatures]
    for _ in range(length):
        odds = np.asarray(model(windows, training=False), dtype="float64")[:, : len(CHARS)]
        odds = np.clip(odds, 0.0, None)
        odds /= np.maximum(odds.sum(axis=1, keepdims=True), 1e-30)
        chosen = []
        for row, t in enumerate(temperatures):
            if t < {GREEDY_BELOW!r}:
                c = int(np.argmax(odds[row]))
            else:
                logp = np.log(np.clip(odds[row], 1e-30, None)) / t
                q = np.exp(logp - logp.max())
                c = int(rng.choice(len(q), p=q / q.sum()))
            texts[row].append(CHARS[c])
            chosen.append(c)
        windows = np.concatenate([windows[:, 1:], np.array(chosen, dtype="float32")[:, None]], axis=1)
    return ["".join(t) for t in texts]


def prime_window(prime, seq_len):
    """The character numbers of the window a prime text leaves (padded on the left, as deskdl does)."""
    index = {{c: i for i, c in enumerate(CHARS)}}
    unknown = sorted(set(prime) - set(index))
    if unknown:
        raise SystemExit(f"the prime text has a character the training text does not: {{unknown[0]!r}}")
    pad = index["\\n"] if "\\n" in index else 0
    ids = [index[c] for c in prime[-seq_len:]]
    return [pad] * (seq_len - len(ids)) + ids
'''


def writing_settings(project: Any) -> tuple[list[float], int, str]:
    """(temperatures, characters per text, prime) of a sequence-generation project."""
    settings = SEQUENCE_GENERATION.with_defaults(getattr(project, "algorithm", None))
    try:
        temperatures = parse_temperatures(settings["temperatures"])
    except TextError as err:
        raise ExportSettingsError(_("the sequence settings have a problem: {problem}").format(
            problem=err.message), err.fix) from None
    return temperatures, int(settings["sample_length"]), str(settings["prime"] or "")


def writing_parts(project: Any) -> tuple[list[str], list[str], list[str]]:
    """(constants, the first-window line for before the validation split, the lines after training)."""
    temperatures, length, prime = writing_settings(project)
    consts = [f"TEMPERATURES = {temperatures!r}", f"SAMPLE_LENGTH = {length}",
              f"PRIME = {json.dumps(prime, ensure_ascii=False)}  # empty: the first training window"]
    keep = ["    first_window = x_train[0].copy()  # the start of the training text (before the shuffle)"]
    after = [
        "    # Writing: the model is fed its own guesses, one character at a time",
        "    window = prime_window(PRIME, x_train.shape[1]) if PRIME else first_window",
        "    start = PRIME or \"\".join(CHARS[int(i)] for i in first_window)",
        "    texts = write_text(model, window, TEMPERATURES, SAMPLE_LENGTH, seed=SEED or 0)",
        "    print(f\"Each text goes on from {start!r}:\")",
        "    with open(\"samples.txt\", \"w\", encoding=\"utf-8\") as f:",
        "        for t, text in zip(TEMPERATURES, texts):",
        "            print(f\"--- temperature {t:g} ---\\n{text}\\n\")",
        "            f.write(f\"--- temperature {t:g} ---\\n{text}\\n\\n\")",
        "    print(\"The texts are also in samples.txt (as deskdl train writes them).\")",
    ]
    return consts, keep, after


__all__ = ["WRITE_TEXT_CODE", "ExportSettingsError", "writing_parts", "writing_settings"]
