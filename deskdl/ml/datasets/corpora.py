"""Larger public texts for a character model, downloaded only when the learner asks (issue 13).

Keras's own character-model examples train on texts they fetch with
``keras.utils.get_file`` into the Keras cache: Nietzsche's writings
(``nietzsche.txt``, the Keras LSTM text-generation example) and Shakespeare
(``shakespeare.txt``, TensorFlow's text-generation tutorial). deskdl offers them
the same way: each is a data set whose file lives in ``<keras home>/datasets``;
nothing is fetched until the learner presses Download in the Data tab
(:func:`fetch`, with progress), and offline the set says so in one line with
what to do.

**Checks.** Neither provider publishes a checksum, so a download must have the
published size (a cut or wrong file is refused), and deskdl writes the file's
SHA-256 beside it (``<file>.sha256``); every later load compares the file with
it, so a file damaged in the cache is named, not trained on. An entry that knows
its SHA-256 (``Corpus.sha256``) demands it from the download too.

The downloaded file is written atomically: an interrupted download leaves nothing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deskdl.core.i18n import N_, translator
from deskdl.ml.datasets.base import (
    DataBundle,
    DataError,
    DatasetInfo,
    DatasetMissing,
    DownloadError,
    ParamInfo,
)

_ = translator("ml.datasets.corpora")


@dataclass(frozen=True)
class Corpus:
    """A public text: its file in the Keras cache, where it comes from and what it must be."""

    id: str
    title: str
    file: str
    url: str
    size: int | None  # bytes, as published; None: not checked
    sha256: str | None
    description: str
    credit: str


CORPORA: dict[str, Corpus] = {c.id: c for c in (
    Corpus("nietzsche", N_("Nietzsche's writings (download)"), "nietzsche.txt",
           "https://s3.amazonaws.com/text-datasets/nietzsche.txt", 600_901, None,
           N_("About 600,000 characters of Friedrich Nietzsche's writings in English translation "
              "(Beyond Good "
           "and Evil), the text of Keras's own character-LSTM example. About 0.6 MB, downloaded into the "
           "Keras cache only when you press Download."),
           "Text from Project Gutenberg, as Keras's examples fetch it (s3.amazonaws.com/text-datasets)."),
    Corpus("shakespeare", N_("Shakespeare (download)"), "shakespeare.txt",
           "https://storage.googleapis.com/download.tensorflow.org/data/shakespeare.txt", 1_115_394, None,
           N_("About 1.1 million characters of Shakespeare's plays (Andrej Karpathy's 'tiny "
              "Shakespeare'), the "
           "text of TensorFlow's text-generation tutorial: speakers' names, then their lines. About 1.1 MB, "
           "downloaded into the Keras cache only when you press Download."),
           "Text from Project Gutenberg, collected by Andrej Karpathy (char-rnn); TensorFlow's copy."),
)}


def _cache_dir() -> Path:
    from deskdl.ml.datasets.cache import datasets_dir

    return datasets_dir()


def path_of(corpus_id: str) -> Path:
    """Where the corpus's file lives (``<keras home>/datasets/<file>``)."""
    return _cache_dir() / CORPORA[corpus_id].file


def _digest_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, in hex."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def is_available(corpus_id: str) -> bool:
    """Whether the corpus's file is in the cache."""
    return path_of(corpus_id).is_file()


def fetch(corpus_id: str, progress: Callable[[int, int | None], None] | None = None, timeout: float = 30.0,
          url: str | None = None) -> Path:
    """Download the corpus into the Keras cache (only on the learner's request); its path.

    ``progress(done_bytes, total_bytes_or_None)`` is called as data arrives. ``url``
    replaces the corpus's own (tests use a local file:// or http://127.0.0.1 address).
    Raises :class:`DownloadError` with a plain message: no network, a wrong size or checksum.
    """
    corpus = CORPORA[corpus_id]
    target = path_of(corpus_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                with urllib.request.urlopen(url or corpus.url, timeout=timeout) as resp:  # noqa: S310
                    total = resp.headers.get("Content-Length")
                    total_i = int(total) if total and total.isdigit() else corpus.size
                    done = 0
                    while chunk := resp.read(1 << 16):
                        out.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total_i)
            except (urllib.error.URLError, OSError, TimeoutError) as err:
                reason = getattr(err, "reason", err)
                raise DownloadError(
                    _("could not download {title}: the server cannot be reached ({reason}); this computer "
                      "may be offline").format(title=corpus.title.replace(" (download)", ""), reason=reason),
                    _("connect to the internet and press Download again, or copy {file} from a computer that "
                      "has it into {folder}").format(file=corpus.file, folder=target.parent)) from None
        got = Path(tmp).stat().st_size
        if corpus.size is not None and got != corpus.size:
            raise DownloadError(_("the downloaded {file} has {got:,} bytes, not the {size:,} it should have "
                                  "(the download was cut short or the server sent something else)").format(
                                      file=corpus.file, got=got, size=corpus.size),
                                _("press Download again later"))
        digest = sha256_of(Path(tmp))
        if corpus.sha256 is not None and digest != corpus.sha256:
            raise DownloadError(_("the downloaded {file} is damaged (its checksum is wrong)").format(
                file=corpus.file), _("press Download again later"))
        os.replace(tmp, target)
        _digest_path(target).write_text(digest + "\n", encoding="ascii")
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


def import_file(corpus_id: str, source: str | os.PathLike[str]) -> Path:
    """Copy a learner's copy of the corpus's text file into the cache (checked as UTF-8 text first)."""
    from deskdl.core import charseq

    src = Path(source)
    try:
        charseq.read_text(src)
    except charseq.TextError as err:
        raise DataError(err.message, err.fix) from None
    target = path_of(corpus_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            while chunk := inp.read(1 << 20):
                out.write(chunk)
        digest = sha256_of(Path(tmp))
        os.replace(tmp, target)
        _digest_path(target).write_text(digest + "\n", encoding="ascii")
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target.parent


def missing(corpus_id: str) -> DatasetMissing:
    """The error for a corpus that has not been downloaded: what to press, or where to put the file."""
    corpus = CORPORA[corpus_id]
    return DatasetMissing(_("{title} is not on this computer yet (deskdl looks for {where})").format(
                              title=corpus.title.replace(" (download)", ""), where=path_of(corpus_id)),
                          _("press Download in the Data tab (it needs internet once), or copy {file} into "
                            "{folder}").format(file=corpus.file, folder=path_of(corpus_id).parent))


def read(corpus_id: str) -> str:
    """The corpus's text from the cache, checked against the SHA-256 written when it was downloaded."""
    from deskdl.core import charseq

    path = path_of(corpus_id)
    if not path.is_file():
        raise missing(corpus_id)
    recorded = _digest_path(path)
    if recorded.is_file():
        want = recorded.read_text(encoding="ascii").strip()
        if sha256_of(path) != want:
            raise DataError(_("{file} in the Keras cache has changed since it was downloaded (its checksum "
                              "no longer matches)").format(file=path.name),
                            _("delete {path} and press Download again").format(path=path))
    try:
        return charseq.read_text(path)
    except charseq.TextError as err:
        raise DataError(err.message, err.fix) from None


def _loader(corpus_id: str) -> Callable[[dict[str, Any]], DataBundle]:
    def load(p: dict[str, Any]) -> DataBundle:
        from deskdl.ml.datasets.text import text_bundle

        text = read(corpus_id)
        limit = int(p["max_chars"])
        if limit and len(text) > limit:
            text = text[:limit]
        return text_bundle(text, p, CORPORA[corpus_id].description)

    return load


def _params() -> tuple[ParamInfo, ...]:
    from deskdl.ml.datasets.text import TEXT_WINDOW_HELP

    return (ParamInfo("seq_len", "int", 40, TEXT_WINDOW_HELP, 2, 1000),
            ParamInfo("step", "int", 3, N_("A window starts every this many characters (1 = every character; "
                      "3 gives a third as many examples)."), 1, 1000),
            ParamInfo("test_fraction", "float", 0.1, N_("Share of the text, at its end, kept aside as the "
                      "test part."), 0.05, 0.9),
            ParamInfo("max_chars", "int", 0, N_("Use only the first this many characters of the text (0 "
                                                "= all); "
                      "fewer characters train faster."), 0, None))


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = tuple(DatasetInfo(c.id, c.title, c.description, "sequence", "classification", None, (), _params(),
                             _loader(c.id), source="download", credit=c.credit,
                             text_context="ml.datasets.text")  # TEXT_WINDOW_HELP is text.py's
                  for c in CORPORA.values())


__all__ = ["CORPORA", "Corpus", "DATASETS", "fetch", "import_file", "is_available", "missing", "path_of",
           "read", "sha256_of"]
