"""The Keras cache: where Keras's known data sets live, bringing them in (Import), fetching them (Download).

Keras's sets (MNIST, Fashion-MNIST, CIFAR-10, IMDB) are read from
``$KERAS_HOME/datasets`` or ``~/.keras/datasets``; :func:`import_dataset_file`
copies a learner's files there, and :func:`download` (the only function in
:mod:`deskdl.ml.datasets` that touches the network) fetches them, checked
against Keras's published SHA-256.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from deskdl.core.i18n import N_, translator
from deskdl.ml.datasets import corpora
from deskdl.ml.datasets.base import DataError, DatasetMissing, DownloadError
from deskdl.ml.datasets.registry import REGISTRY

_ = translator("ml.datasets.cache")


def keras_home() -> Path:
    """Where Keras keeps its cache: ``$KERAS_HOME`` or ``~/.keras`` (read at call time)."""
    env = os.environ.get("KERAS_HOME")
    return Path(env).expanduser() if env else Path("~/.keras").expanduser()


def datasets_dir() -> Path:
    """``<keras home>/datasets``, where ``keras.datasets.*.load_data`` look for files."""
    return keras_home() / "datasets"


_GCS = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"


FASHION_FILES = ("train-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz",
                  "t10k-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz")


CIFAR_DIR = "cifar-10-batches-py-target"  # Keras 3 extracts the archive here


@dataclass(frozen=True)
class KnownFiles:
    """Where a Keras data set lives in the cache and where it comes from."""

    files: tuple[str, ...]  # relative to datasets_dir(); all must exist
    urls: tuple[tuple[str, str, str | None], ...]  # (url, target relative path, sha256 or None)
    import_hint: str


KNOWN: dict[str, KnownFiles] = {
    "mnist": KnownFiles(("mnist.npz",), ((_GCS + "mnist.npz", "mnist.npz",
                        "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"),),
                        N_("mnist.npz (arrays x_train, y_train, x_test, y_test), or the four MNIST "
                           "*-idx*-ubyte.gz files")),
    "fashion_mnist": KnownFiles(tuple(f"fashion-mnist/{f}" for f in FASHION_FILES),
                                tuple((_GCS + f, f"fashion-mnist/{f}", None) for f in FASHION_FILES),
                                N_("the four Fashion-MNIST files train-images-idx3-ubyte.gz, "
                                   "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, "
                                   "t10k-labels-idx1-ubyte.gz (or one .npz with x_train, y_train, x_test, "
                                   "y_test)")),
    "cifar10": KnownFiles(tuple(f"{CIFAR_DIR}/cifar-10-batches-py/{b}" for b in
                                ("data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4",
                                 "data_batch_5", "test_batch")),
                          (("https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz",
                            f"{CIFAR_DIR}_archive",
                            "6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce"),),
                          N_("cifar-10-python.tar.gz (or one .npz with x_train, y_train, x_test, y_test)")),
    "imdb": KnownFiles(("imdb.npz",), ((_GCS + "imdb.npz", "imdb.npz",
                       "69664113be75683a8fe16e3ed0ab59fda8886cb3cd7ada244f7d9544e4676b9f"),),
                       N_("imdb.npz (as Keras downloads it)")),
}

#: An imported .npz for a set whose Keras layout is not an .npz is kept here (deskdl reads it).
NPZ_FALLBACK = {"fashion_mnist": "fashion_mnist.npz", "cifar10": "cifar10.npz"}


def _known(dataset_id: str) -> KnownFiles:
    if dataset_id not in KNOWN:
        raise DataError(_("{name} is not one of the Keras data sets").format(name=repr(dataset_id)),
                        _("use one of: {names}").format(names=", ".join(KNOWN)))
    return KNOWN[dataset_id]


def expected_paths(dataset_id: str) -> list[Path]:
    """The files Keras (and deskdl) expect for ``dataset_id``, as full paths."""
    return [datasets_dir() / f for f in _known(dataset_id).files]


def is_available(dataset_id: str) -> bool:
    """Whether a data set can be loaded offline right now (always True for non-Keras sets)."""
    if dataset_id in corpora.CORPORA:  # a public text, downloaded on request
        return corpora.is_available(dataset_id)
    if dataset_id not in KNOWN:
        return dataset_id in REGISTRY or dataset_id in ("csv", "image_folder")
    if all(p.exists() for p in expected_paths(dataset_id)):
        return True
    fallback = NPZ_FALLBACK.get(dataset_id)
    return bool(fallback and (datasets_dir() / fallback).exists())


def missing(dataset_id: str) -> DatasetMissing:
    """The error for a Keras set not in the cache: where deskdl looks, and how to bring the files."""
    if dataset_id in corpora.CORPORA:
        return corpora.missing(dataset_id)
    info = REGISTRY[dataset_id]
    paths = expected_paths(dataset_id)
    where = str(paths[0]) if len(paths) == 1 else _("{n} files under {folder}").format(n=len(paths),
                                                                                        folder=paths[0].parent)
    return DatasetMissing(
        _("{title} is not on this computer yet (deskdl looks for {where})").format(
            title=info.shown(info.title), where=where),
        _("press Download in the Data tab if you are online, or copy {hint} from a machine with internet and "
          "use Import (deskdl copies it to {folder})").format(hint=_(_known(dataset_id).import_hint),
                                                              folder=datasets_dir()),
    )


def npz_arrays(path: Path, allow_objects: bool = False) -> dict[str, np.ndarray]:
    """The four arrays of a Keras-style ``.npz`` (``allow_objects``: IMDB's ragged lists, read safely)."""
    try:
        if allow_objects:
            from keras.src.datasets.npz_utils import load_npz  # refuses anything but numpy arrays

            arrays = load_npz(str(path))
        else:
            with np.load(path, allow_pickle=False) as f:
                arrays = {k: f[k] for k in f.files}
    except Exception as err:  # noqa: BLE001 - any damage in a user file gets the same answer
        raise DataError(_("{path} could not be read as a NumPy .npz file ({error})").format(
                            path=path, error=f"{err.__class__.__name__}: {err}"),
                        _("copy the file again; it may be damaged or incomplete")) from None
    need = {"x_train", "y_train", "x_test", "y_test"}
    if not need <= set(arrays):
        raise DataError(_("{path} holds {arrays}, not the arrays x_train, y_train, x_test, y_test").format(
                            path=path, arrays=", ".join(sorted(arrays)) or _("nothing")),
                        _("use the file as Keras downloads it"))
    return arrays


def read_idx(path: Path, offset: int) -> np.ndarray:
    """The bytes of an IDX file (gzipped or not) after its ``offset``-byte header."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=offset)


def import_dataset_file(dataset_id: str,
                        path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> Path:
    """Copy user-supplied files into the Keras cache layout; returns the data set's folder.

    * ``mnist``: ``mnist.npz``, or the four MNIST IDX ``.gz`` files (converted to ``mnist.npz``);
    * ``fashion_mnist``: the four IDX ``.gz`` files, or one ``.npz``;
    * ``cifar10``: ``cifar-10-python.tar.gz`` (unpacked where Keras expects it), or one ``.npz``;
    * ``imdb``: ``imdb.npz``.

    The files are checked before anything is written, so a wrong file leaves the cache as it was.
    A public text (:mod:`.corpora`) takes its one UTF-8 text file.
    """
    if dataset_id in corpora.CORPORA:
        return corpora.import_file(dataset_id, path if isinstance(path, (str, os.PathLike)) else path[0])
    _known(dataset_id)
    paths = [Path(path)] if isinstance(path, (str, os.PathLike)) else [Path(q) for q in path]
    if len(paths) == 1 and paths[0].is_dir():
        paths = sorted(q for q in paths[0].iterdir() if q.is_file())
    for q in paths:
        if not q.exists():
            raise DataError(_("{path}: no such file").format(path=q), _("check the path"))
    base = datasets_dir()
    base.mkdir(parents=True, exist_ok=True)
    names = {q.name.lower(): q for q in paths}
    idx = _idx_set(names)
    title = REGISTRY[dataset_id].title

    if dataset_id in ("mnist", "fashion_mnist") and idx is not None:
        arrays = {k: v for k, v in idx.items()}
        if dataset_id == "mnist":
            _save_npz_atomic(base / "mnist.npz", arrays)
            return base
        d = base / "fashion-mnist"
        d.mkdir(parents=True, exist_ok=True)
        for f in FASHION_FILES:
            src = next(q for n, q in names.items() if n.startswith(f.split("-ubyte")[0]))
            _copy_atomic(src, d / f)
        return base
    if len(paths) != 1:
        raise DataError(_("{title} is imported from one file, not {n}").format(title=title, n=len(paths)),
                        _("choose {hint}").format(hint=_(_known(dataset_id).import_hint)))
    src = paths[0]
    if src.name.endswith((".tar.gz", ".tgz")) and dataset_id == "cifar10":
        with tarfile.open(src, "r:gz") as tar:
            members = [m for m in tar.getmembers() if m.name.startswith("cifar-10-batches-py/")
                       and (m.isfile() or m.isdir())]
            if not any(m.name.endswith("test_batch") for m in members):
                raise DataError(_("{path} is not the CIFAR-10 Python archive (no test_batch inside)").format(
                                    path=src),
                                _("use cifar-10-python.tar.gz from https://www.cs.toronto.edu/~kriz/cifar.html"))
            target = base / CIFAR_DIR
            target.mkdir(parents=True, exist_ok=True)
            tar.extractall(target, members=members, filter="data")
        _copy_atomic(src, base / f"{CIFAR_DIR}_archive")
        return base
    if src.suffix == ".npz":
        arrays = npz_arrays(src, allow_objects=dataset_id == "imdb")
        if dataset_id != "imdb":
            _check_image_arrays(dataset_id, arrays, src)
        if dataset_id in ("mnist", "imdb"):
            _copy_atomic(src, base / f"{dataset_id}.npz")
        else:
            _copy_atomic(src, base / NPZ_FALLBACK[dataset_id])
        return base
    raise DataError(_("{name} is not a file deskdl can import as {title}").format(name=src.name, title=title),
                    _("choose {hint}").format(hint=_(_known(dataset_id).import_hint)))


def _idx_set(names: Mapping[str, Path]) -> dict[str, np.ndarray] | None:
    """The four MNIST-style IDX files, read into arrays, or ``None`` if they are not all there."""
    keys = {"x_train": "train-images", "y_train": "train-labels", "x_test": "t10k-images",
            "y_test": "t10k-labels"}
    found = {}
    for key, stem in keys.items():
        match = [q for n, q in names.items() if n.startswith(stem)]
        if not match:
            return None
        found[key] = match[0]
    out = {}
    for key, q in found.items():
        try:
            raw = read_idx(q, 0)
        except OSError as err:
            raise DataError(_("{path} could not be read ({error})").format(path=q, error=err),
                            _("copy the file again")) from None
        magic = int.from_bytes(raw[:4].tobytes(), "big")
        if key.startswith("x") and magic == 2051:
            n, h, w = (int.from_bytes(raw[4 + 4 * i: 8 + 4 * i].tobytes(), "big") for i in range(3))
            out[key] = raw[16:].reshape(n, h, w)
        elif key.startswith("y") and magic == 2049:
            out[key] = raw[8:].copy()
        else:
            raise DataError((_("{path} is not an IDX image file") if key[0] == "x"
                             else _("{path} is not an IDX label file")).format(path=q),
                            _("use the original MNIST-style *-idx3-ubyte.gz / *-idx1-ubyte.gz files"))
    return out


def _check_image_arrays(dataset_id: str, a: Mapping[str, np.ndarray], src: Path) -> None:
    shape = {"mnist": (28, 28), "fashion_mnist": (28, 28), "cifar10": (32, 32, 3)}[dataset_id]
    for k in ("x_train", "x_test"):
        got = tuple(a[k].shape[1:])
        if got not in (shape, (*shape, 1)):
            raise DataError(_("{path}: {key} holds images of shape {got}, but {dataset} images are "
                              "{shape}").format(path=src, key=k, got=got, dataset=dataset_id, shape=shape),
                            _("choose the {dataset} file").format(dataset=dataset_id))


def _copy_atomic(src: Path, dst: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", dir=dst.parent)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise DataError(_("could not copy {src} to {dst} ({error})").format(src=src, dst=dst,
                                                                           error=err.strerror),
                        _("check free disk space and that you may write there")) from None


def _save_npz_atomic(dst: Path, arrays: Mapping[str, np.ndarray]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".npz", dir=dst.parent)
    os.close(fd)
    try:
        np.savez_compressed(tmp, **arrays)
        os.replace(tmp, dst)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise DataError(_("could not write {path} ({error})").format(path=dst, error=err.strerror),
                        _("check free disk space")) from None


def download(dataset_id: str, progress: Callable[[int, int | None], None] | None = None,
             timeout: float = 30.0) -> Path:
    """Fetch a Keras data set into the cache. The only function here that uses the network.

    ``progress(done_bytes, total_bytes_or_None)`` is called as data arrives (from
    this thread). Files are checked against Keras's published SHA-256 where there
    is one and written atomically, so an interrupted download leaves nothing half-done.
    Raises :class:`DownloadError` in plain words when the server cannot be reached.
    A public text (:mod:`.corpora`) is fetched by :func:`.corpora.fetch`.
    """
    if dataset_id in corpora.CORPORA:
        return corpora.fetch(dataset_id, progress, timeout)
    known = _known(dataset_id)
    base = datasets_dir()
    for url, rel, sha in known.urls:
        target = base / rel
        if target.exists() and (sha is None or _sha256(target) == sha):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    stream_url(url, out, timeout, progress)
                except (urllib.error.URLError, OSError, TimeoutError) as err:
                    reason = getattr(err, "reason", err)
                    raise DownloadError(
                        _("could not reach the download server: {reason}").format(reason=reason),
                        _("copy the file from a machine with internet and use Import ({hint})").format(
                            hint=_(known.import_hint)),
                    ) from None
            if sha is not None and _sha256(Path(tmp)) != sha:
                raise DownloadError(
                    _("the downloaded {file} is damaged (its checksum is wrong)").format(file=target.name),
                    _("try again later, or copy the file from another machine and use Import"))
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
        if dataset_id == "cifar10":
            import_dataset_file("cifar10", _with_name(target, "cifar-10-python.tar.gz"))
    return base


def _with_name(path: Path, name: str) -> Path:
    """A same-content link/copy of ``path`` called ``name`` (import checks the file name)."""
    alias = Path(tempfile.mkdtemp()) / name
    try:
        os.link(path, alias)
    except OSError:
        shutil.copyfile(path, alias)
    return alias


def stream_url(url: str, out: Any, timeout: float, progress: Any = None) -> None:
    """Copy ``url`` into the open binary file ``out`` in 64 kB pieces, telling ``progress(done, total)``.

    ``total`` is the server's Content-Length (None when it gives none). Network errors pass through
    (URLError, OSError, TimeoutError): each caller says what they mean for its file.
    """
    with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - fixed https URLs
        total = resp.headers.get("Content-Length")
        total_i = int(total) if total and total.isdigit() else None
        done = 0
        while chunk := resp.read(1 << 16):
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total_i)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
