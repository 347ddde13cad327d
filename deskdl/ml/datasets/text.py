"""Token sequences: the ABC folk tunes and the learner's own text (next character), and the digit tasks.

:func:`text_bundle` cuts any text into next-character windows; the ABC corpus
comes from :mod:`deskdl.core.abc_corpus`, the digit tasks from
:mod:`deskdl.core.seqtasks`.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping
from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.core.i18n import N_, translator
from deskdl.ml.datasets import script as s
from deskdl.ml.datasets.base import SEED_PARAM, TEST_PARAM, DataBundle, DataError, DatasetInfo, ParamInfo

_ = translator("ml.datasets.text")

ABC_TEXT = (N_("Folk tunes in ABC notation, written by rule from a seed (deskdl.core.abc_corpus): reels, "
            "jigs, slip jigs, waltzes and polkas in major, minor, dorian and mixolydian keys, each "
            "with its headers (X number, T title, M metre, L note length, K key), two 8-bar parts "
            "played twice (|: :|, first and second endings) and bars whose note lengths add up to "
            "the metre. A character model learns to write new tunes from it."))
DIGIT_TASKS_TEXT = (N_("Sequences of random digits 0-9; the answer is one digit per place: the sequence read "
                    "backwards (reverse) or in increasing order (sort). To reverse, answer place i must "
                    "look at input place 9 - i: an attention head that learns this shows an anti-diagonal."))
TEXT_WINDOW_HELP = (N_("Each example is this many characters of the text; the answer is the character "
                    "after them."))


def text_bundle(text: str, p: Mapping[str, Any], description: str) -> DataBundle:
    """Next-character windows of ``text`` (issue 13): the last ``test_fraction`` of the text is the test part.

    The split is by position, not at random: windows overlap, so a shuffled split would test the
    model on text it has already read.
    """
    from deskdl.core import charseq

    vocab = charseq.Vocabulary.of(text)
    ids = vocab.encode(text)
    seq_len, step = int(p["seq_len"]), int(p["step"])
    cut = int(len(ids) * (1.0 - float(p["test_fraction"])))
    if cut <= seq_len + 1 or len(ids) - cut <= seq_len + 1:
        raise DataError(_("the text has {n} characters, too few for windows of {seq_len} in both the "
                          "training and the test part").format(n=len(ids), seq_len=seq_len),
                        _("use a longer text, or shorter windows (seq_len)"))
    xt, yt = charseq.windows(ids[:cut], seq_len, step)
    xs, ys = charseq.windows(ids[cut:], seq_len, step)
    names = [vocab.shown(i) for i in range(len(vocab))]
    return DataBundle(xt.astype(np.float32), yt.astype(np.int64), xs.astype(np.float32), ys.astype(np.int64),
                      names, (seq_len,), "classification", description=description,
                      vocabulary=list(vocab.chars),
                      scaling=_("character numbers, not scaled (the {n} characters of the text are 0 to "
                                "{last}); feed them to an Embedding layer with input_dim {n}").format(
                                    n=len(vocab), last=len(vocab) - 1))


def _load_abc(p: dict[str, Any]) -> DataBundle:
    from deskdl.core import abc_corpus

    return text_bundle(abc_corpus.corpus(int(p["tunes"]), int(p["seed"])), p, ABC_TEXT)


def _load_text_file(p: dict[str, Any]) -> DataBundle:
    from deskdl.core import charseq

    try:
        text = charseq.read_text(p["path"])
    except charseq.TextError as err:
        raise DataError(err.message, err.fix) from None
    return text_bundle(text, p, _("Your own text, read as UTF-8: the model learns which character comes "
                                  "next."))


def _load_digit_task(p: dict[str, Any]) -> DataBundle:
    from deskdl.core.seqtasks import digit_task

    x, y = digit_task(p["task"], int(p["samples"]), int(p["length"]), int(p["seed"]))
    xt, yt, xs, ys = datagen.split(x.astype(np.float32), y, float(p["test_fraction"]), int(p["seed"]))
    return DataBundle(xt, yt, xs, ys, [str(i) for i in range(10)], (int(p["length"]),), "classification",
                      description=DIGIT_TASKS_TEXT, vocabulary=[str(i) for i in range(10)],
                      scaling=_("digits as token numbers 0-9, not scaled; feed them to an Embedding "
                                "layer with "
                                "input_dim 10"))


def _text_params() -> tuple[ParamInfo, ...]:
    return (ParamInfo("seq_len", "int", 40, TEXT_WINDOW_HELP, 2, 1000),
            ParamInfo("step", "int", 3, N_("A window starts every this many characters (1 = every character; "
                      "3 gives a third as many examples)."), 1, 1000),
            ParamInfo("test_fraction", "float", 0.1, N_("Share of the text, at its end, kept aside as the "
                      "test part."), 0.05, 0.9))


#: Next-character windows exactly as deskdl cuts them (deskdl.ml.datasets.text_bundle).
TEXT_WINDOWS_CODE = '''
CHARS = []  # filled by load_data(): character number i is CHARS[i]


def text_windows(text, seq_len, step, test_fraction):
    """The characters (sorted) and next-character windows; the test part is the end of the text."""
    chars = sorted(set(text))
    index = {c: i for i, c in enumerate(chars)}
    ids = np.array([index[c] for c in text], dtype="int64")
    cut = int(len(ids) * (1.0 - test_fraction))

    def cut_windows(part):
        starts = np.arange(0, len(part) - seq_len, step)
        x = part[starts[:, None] + np.arange(seq_len)[None, :]]
        return x.astype("float32"), part[starts + seq_len]

    return chars, cut_windows(ids[:cut]), cut_windows(ids[cut:])
'''


def _abc_generator_code() -> str:
    """The tune writer of deskdl.core.abc_corpus (constants and functions, not the checker)."""
    from deskdl.core import abc_corpus

    text = inspect.getsource(abc_corpus)
    start = text.index("#: metre -> (dance")
    end = text.index("# ------------------------------------------------------------------ checking tunes")
    return text[start:end].rstrip() + "\n"


def _export_digit_task(p: dict[str, Any]) -> s.DataCode:
    from deskdl.core import seqtasks

    seed, tf_ = s.settings(p)[:2]
    helpers = [f"TASKS = {seqtasks.TASKS!r}\n", s.source(seqtasks.digit_task), s.source(datagen.split)]
    return s.DataCode(helpers, [
        "    # Random digits; the answer is one digit per place (see digit_task)",
        f"    x, y = digit_task({json.dumps(str(p.get('task', 'reverse')))}, "
        f"{int(p.get('samples', 20000))}, {int(p.get('length', 10))}, seed={seed})",
        f"    {s.SPLIT_NOTE}",
        "    x_train, y_train, x_test, y_test = split(x.astype(\"float32\"), y, "
        f"{s.literal(tf_)}, seed={seed})",
    ])


def _windows_body(p: dict[str, Any]) -> list[str]:
    return [
        "    chars, (x_train, y_train), (x_test, y_test) = text_windows(",
        f"        text, {int(p.get('seq_len', 40))}, {int(p.get('step', 3))}, "
        f"{s.literal(float(p.get('test_fraction', 0.1)))})",
        "    print(f\"{len(text)} characters, {len(chars)} different ones\")",
        "    CHARS[:] = chars  # for turning character numbers back into text",
    ]


def _export_abc(p: dict[str, Any]) -> s.DataCode:
    seed = s.settings(p)[0]
    return s.DataCode([_abc_generator_code(), TEXT_WINDOWS_CODE], [
        "    # Folk tunes in ABC notation, written by rule (deskdl.core.abc_corpus)",
        f"    text = corpus({int(p.get('tunes', 1000))}, seed={seed})",
        *_windows_body(p),
    ])


def _export_text_file(p: dict[str, Any]) -> s.DataCode:
    path = str(p.get("path") or "your_text.txt")
    return s.DataCode([s.FIND_FILE_CODE, TEXT_WINDOWS_CODE], [
        "    # Your text, read as deskdl reads it: put the file next to this script or change",
        "    # the path",
        f"    with open(find_file({json.dumps(path)}), encoding=\"utf-8-sig\") as f:",
        "        text = f.read().replace(\"\\r\\n\", \"\\n\").replace(\"\\r\", \"\\n\")",
        *_windows_body(p),
    ], offline=False)


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (
    DatasetInfo(
        "abc_tunes", N_("Folk tunes in ABC (generated)"), ABC_TEXT, "sequence", "classification", (40,), (),
        (ParamInfo("tunes", "int", 1000, N_("How many tunes to write (about 240 characters each)."),
                   10, 20_000),
         *_text_params(), ParamInfo("seed", "int", 0, N_("The random seed: the same seed writes the "
                                                         "same tunes."),
                                    0, 2**31 - 1)),
        _load_abc, export=_export_abc),
    DatasetInfo(
        "digit_tasks", N_("Reverse or sort digits (generated)"), DIGIT_TASKS_TEXT, "sequence",
        "classification", (10,), tuple(str(i) for i in range(10)),
        (ParamInfo("task", "choice", "reverse", N_("reverse: the digits backwards; sort: in increasing "
                                                   "order."),
                   choices=("reverse", "sort")),
         ParamInfo("samples", "int", 20000, N_("How many sequences in all (train + test)."), 20, 1_000_000),
         ParamInfo("length", "int", 10, N_("Digits in each sequence."), 2, 100), TEST_PARAM, SEED_PARAM),
        _load_digit_task, export=_export_digit_task),
    DatasetInfo(
        "text_file", N_("Your text (.txt, .abc)"), N_("A UTF-8 text file of your own (a book, poems, "
                        "songs in ABC): "
        "a character model learns which character comes next in it."), "sequence", "classification", None, (),
        (ParamInfo("path", "path", "", N_("The UTF-8 .txt or .abc file.")), *_text_params()),
        _load_text_file, source="user", export=_export_text_file),
)
