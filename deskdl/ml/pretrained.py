"""ImageNet weights of the pretrained base (Issue 14): found in the Keras cache, imported, or downloaded.

No function here touches the network except :func:`download_weights`, and only when the learner
asks. Without the weights a base builds with random weights (:func:`offline_kwargs`); the editor
says what that means (the node's warning in :mod:`deskdl.core.layers.pretrained`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import translator
from deskdl.core.pretrained_weights import weights_entry
from deskdl.ml.datasets.cache import stream_url

_ = translator("ml.pretrained")


class WeightsError(DeskdlError):
    """Weights that cannot be fetched or imported, in plain words."""


def offline_kwargs(kwargs: Mapping[str, Any], side: int | None) -> dict[str, Any]:
    """``kwargs`` of a PretrainedBase with ``weights`` "imagenet-missing" when the file is not cached.

    So building never downloads (Keras would fetch a missing file itself): the base starts from
    random weights but keeps a pretrained base's freezing rules, so its counts stay the ones the
    editor showed.
    """
    out = dict(kwargs)
    if out.get("weights") == "imagenet":
        entry = weights_entry(out["application"], side)
        if entry is None or not entry["present"]:
            out["weights"] = "imagenet-missing"
    return out


def file_hash_ok(path: Path, expected: str | None) -> bool:
    """Whether ``path`` has Keras's published hash (sha256 of 64 hex digits, else md5); None passes."""
    if not expected:
        return True
    algo = hashlib.sha256() if len(expected) == 64 else hashlib.md5()  # noqa: S324 - Keras's own md5s
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            algo.update(chunk)
    return algo.hexdigest() == expected


def _entry(name: str, side: int | None) -> dict[str, Any]:
    entry = weights_entry(name, side)
    if entry is None:
        raise WeightsError(_("deskdl does not know the application model {name}").format(name=repr(name)),
                           _("pick one from the pretrained base's list"))
    return entry


def import_weights(name: str, source: str | os.PathLike, side: int | None = None) -> Path:
    """Copy a weights file a lab admin provides into the Keras cache under the name Keras expects."""
    entry = _entry(name, side)
    src = Path(source)
    if not src.is_file():
        raise WeightsError(_("there is no file {path}").format(path=src),
                           _("pick the .h5 weights file of this model"))
    if src.suffix not in (".h5", ".keras") and not src.name.endswith(".weights.h5"):
        raise WeightsError(_("{name} is not a Keras weights file (.h5)").format(name=src.name),
                           _("pick the file called {file}").format(file=entry["file"]))
    if not file_hash_ok(src, entry["hash"]):
        raise WeightsError(_("{file} is not the {model} ImageNet weights Keras publishes (its checksum "
                             "differs)").format(file=src.name, model=name),
                           _("pick the file called {file}, unchanged").format(file=entry["file"]))
    target = Path(entry["path"])
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


def download_weights(name: str, side: int | None = None,
                     progress: Callable[[int, int | None], None] | None = None,
                     timeout: float = 30.0, url: str | None = None) -> Path:
    """Fetch ``name``'s ImageNet weights (no top) into the Keras cache; checks Keras's hash.

    ``progress(done_bytes, total_or_None)`` is called as data arrives. ``url`` replaces Keras's
    address (tests use a file:// URL). The file is written atomically: a failed or damaged
    download leaves nothing behind.
    """
    entry = _entry(name, side)
    target = Path(entry["path"])
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                stream_url(url or entry["url"], out, timeout, progress)
            except (urllib.error.URLError, OSError, TimeoutError) as err:
                reason = getattr(err, "reason", err)
                raise WeightsError(
                    _("could not reach the download server: {reason}").format(reason=reason),
                    _("copy {file} from a machine with internet and import it").format(file=entry["file"])
                ) from None
        if not file_hash_ok(Path(tmp), entry["hash"]):
            raise WeightsError(_("the downloaded {file} is damaged (its checksum is wrong)").format(
                                   file=entry["file"]),
                               _("try again later, or copy the file from another machine and import it"))
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target
