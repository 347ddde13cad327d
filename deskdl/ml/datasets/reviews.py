"""The tiny film reviews: generated word sequences whose label follows a fixed rule."""

from __future__ import annotations

from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.core.i18n import N_, translator
from deskdl.ml.datasets import script as s
from deskdl.ml.datasets.base import DataBundle, DatasetInfo, ParamInfo

_ = translator("ml.datasets.reviews")

#: (tests/test_i18n_datasets.py checks that the 87 is still the number of words the generator knows.)
TEXT = N_("Made-up film reviews of 5 to 20 words, such as \"the plot was not good but the actors "
        "were very funny\", written with 87 English words. A fixed "
        "rule labels each one: every opinion word counts one point, for (good, fun, ...) or "
        "against (bad, dull, ...); \"very\", \"really\" or \"so\" just before it makes it count "
        "two; \"not\" or \"never\" just before it turns it around. More points for than against "
        "make the review positive. Because \"not\" changes the word after it, the order of the "
        "words matters: a good first set for an LSTM. Each word is stored as a whole number, as in "
        "IMDB.")


def _load_reviews(p: dict[str, Any]) -> DataBundle:
    maxlen = int(p["maxlen"])
    x, y = datagen.reviews(int(p["samples"]), maxlen, int(p["seed"]))
    xt, yt, xs, ys = datagen.split(x.astype(np.float32), y, float(p["test_fraction"]), int(p["seed"]))
    n = len(datagen.REVIEW_WORDS)
    return DataBundle(xt, yt, xs, ys, list(datagen.REVIEW_CLASSES), (maxlen,), "classification",
                      description=TEXT, vocabulary=datagen.review_vocabulary(),
                      scaling=_("word numbers, not scaled (the {n} words are 3 to {last}, 1 marks the start, "
                                "0 fills the front up to {maxlen} places); feed them to an Embedding layer "
                                "with input_dim {dim}").format(n=n, last=n + 2, maxlen=maxlen, dim=n + 3))


#: Word lists the review generator reads, written into the script as they are.
_REVIEW_CONSTANTS = ("REVIEW_WORDS", "_POSITIVE", "_NEGATIVE", "_NEGATORS", "_INTENSIFIERS", "_THINGS",
                     "_THINGS_MANY", "_VERBS", "_VERBS_MANY", "_OPENINGS", "_CLOSINGS", "_LINKS")


def _export(p: dict[str, Any]) -> s.DataCode:
    seed, tf_ = s.settings(p)[:2]
    helpers = [s.source(datagen._check),
               "".join(s.tuple_code(name, getattr(datagen, name)) for name in _REVIEW_CONSTANTS)]
    helpers += [s.source(f) for f in (datagen.review_score, datagen._pick, datagen._review_clause,
                                      datagen.review_texts, datagen.pad_front, datagen.reviews,
                                      datagen.split)]
    body = [
        "    # Made-up film reviews as word numbers (0 = padding, 1 = start, REVIEW_WORDS[i] = i + 3)",
        f"    x, y = reviews(samples={int(p.get('samples', 2000))}, maxlen={int(p.get('maxlen', 24))}, "
        f"seed={seed})",
        f"    {s.SPLIT_NOTE}",
        "    x_train, y_train, x_test, y_test = split(x.astype(\"float32\"), y, "
        f"{s.literal(tf_)}, seed={seed})",
    ]
    return s.DataCode(helpers, body)


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (DatasetInfo(
    "reviews", N_("Tiny film reviews (generated)"), TEXT, "sequence", "classification",
    (24,), datagen.REVIEW_CLASSES,
    (ParamInfo("samples", "int", 2000, N_("How many reviews to write in all (train + test)."), 20, 100_000),
     ParamInfo("maxlen", "int", 24, N_("Reviews are padded at the front (or cut) to this many places. "
               "The longest review has 20 words plus the start mark."), 2, 500),
     ParamInfo("test_fraction", "float", 0.2, N_("Share of the reviews kept aside as the test set."), 0.05,
               0.9),
     ParamInfo("seed", "int", 0, N_("The random seed: the same seed writes the same reviews."), 0,
               2**31 - 1)),
    _load_reviews, export=_export),)
