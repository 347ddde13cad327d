"""What Start checks, said before Start is pressed: one set of checks for the Problems list and the run.

The Keras thread refuses a run for the training settings
(:func:`deskdl.core.training.check_training`), for data it cannot load, and
for data and a model that do not fit (:func:`fit_problems`). The Problems list
runs the same functions live, on the GUI thread, so a learner sees every
refusal (with its Fix button) before pressing Start.

The GUI thread must not load TensorFlow or a large data set, so the list gets
the data's facts from :func:`data_facts`: generated and bundled sets (and a
learner's CSV) are loaded with NumPy, which takes milliseconds and is cached;
Keras's sets and picture folders are described from the data set registry
(shape, classes, how many examples, the largest word number) without reading
their files. ``check_fit`` reads nothing else from a bundle.
"""

from __future__ import annotations

import json
import os
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from deskdl.core.analysis import ERROR, Diagnostic, analyze
from deskdl.core.catalog import FixAction
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import N_, translator
from deskdl.core.kinds import DATA_INPUTS, DATA_LABELLED, DATA_TEXT, get_kind
from deskdl.core.training import check_training
from deskdl.ml import datasets

_ = translator("ml.start_checks")

#: Fix text of a training settings problem (the Train tab's settings column edits them).
SETTINGS_FIX = N_("change it in the Train tab's settings")
_CACHE: OrderedDict[str, datasets.DataBundle] = OrderedDict()
_CACHE_SIZE = 8


def start_problems(graph: ModelGraph, data: Mapping[str, Any], training: Mapping[str, Any],
                   bundle: datasets.DataBundle | None = None, kind: str | None = None) -> list[Diagnostic]:
    """Everything Start would refuse (errors) or warn about, in the order the run checks it.

    ``bundle`` is the loaded data (the Keras thread has it); without it the
    facts come from :func:`data_facts`. Graph errors (a missing Input, a
    shape that does not fit) are the editor's analysis and are not repeated.
    ``kind`` is the project's kind (:func:`deskdl.core.kinds.kind_of`): a kind that
    learns its inputs is checked as rebuilding them, whatever ``data.target`` says;
    the fit checks (one graph learning the data's targets) apply only to kinds that
    learn from labels or inputs: a GAN's trainer checks its own roles.
    """
    out = [Diagnostic(None, ERROR, _("training settings: {problem}").format(problem=p), _(SETTINGS_FIX))
           for p in check_training(training)]
    learns = get_kind(kind).data if kind else DATA_LABELLED
    if learns not in (DATA_LABELLED, DATA_INPUTS, DATA_TEXT):  # text: windows -> next character, as labels
        return out
    try:
        target = "inputs" if learns == DATA_INPUTS else datasets.data_target(data)
        try:
            facts = bundle if bundle is not None else data_facts(data)
        except datasets.DatasetMissing as err:  # Start refuses for this first; what else it would say
            out.append(Diagnostic(None, ERROR, err.message, err.fix))  # once the files are here, say now
            facts = data_facts(data, need_files=False)
    except datasets.DataError as err:
        out.append(Diagnostic(None, ERROR, err.message, err.fix))
        return out
    out.extend(fit_problems(graph, datasets.with_target(facts, target), training))
    return out


def fit_problems(graph: ModelGraph, bundle: datasets.DataBundle,
                 training: Mapping[str, Any]) -> list[Diagnostic]:
    """:func:`datasets.check_fit`, with each dead-end branch that Keras would make an output named.

    With no outputs chosen, every layer nothing reads is an output: a branch
    left dangling (``conv2d_1``) silently becomes a second output
    (``outputs=[output, conv2d_1]``) and the run fails, since the data has one
    target per example. Name each such layer and offer to keep the real one.
    """
    extra = _extra_outputs(graph, bundle)
    if not extra:
        return datasets.check_fit(graph, bundle, training)
    main, others = extra
    outputs = [main, *others]
    nowhere = _("{id} leads nowhere, so Keras would make it a second output (outputs=[{outputs}]), but the "
                "data has one target per example")
    out = [Diagnostic(nid, ERROR, nowhere.format(id=nid, outputs=", ".join(outputs)),
                      _("link {id} onward, delete it, or keep {main} as the only output").format(
                          id=nid, main=main),
                      FixAction(_("Keep {main} as the only output").format(main=main), "set_outputs", main,
                                params={"outputs": [main]}))
           for nid in others]
    single = ModelGraph.from_dict(graph.to_dict())
    single.set_outputs([main])
    rest = [d for d in datasets.check_fit(single, bundle, training) if d.node_id not in others]
    return out + rest


def _extra_outputs(graph: ModelGraph, bundle: datasets.DataBundle) -> tuple[str, list[str]] | None:
    """``(the output that fits the data, [the other dead ends])`` when Keras would get several outputs."""
    if graph.explicit_outputs is not None:
        return None
    outputs = graph.outputs()
    if len(outputs) < 2:
        return None
    analysis = analyze(graph)
    want = bundle.target_size if bundle.task != datasets.RECONSTRUCTION else None
    data_shape = tuple(bundle.input_shape)

    def fits(nid: str) -> int:
        shape = analysis.nodes[nid].shape if nid in analysis.nodes else None
        if shape is None:
            return 0
        if want is None:
            return 2 if tuple(shape[1:]) == data_shape else 0
        return 2 if len(shape) == 2 and shape[-1] == want else 1 if len(shape) == 2 else 0

    order = {nid: i for i, nid in enumerate(analysis.order)}
    main = max(outputs, key=lambda nid: (fits(nid), order.get(nid, -1)))
    return main, [nid for nid in outputs if nid != main]


# ------------------------------------------------------------------ data facts without TensorFlow
def data_facts(data: Mapping[str, Any], need_files: bool = True) -> datasets.DataBundle:
    """What the checks need to know about the project's data, without TensorFlow and fast.

    Raises :class:`datasets.DataError` exactly where loading would: an unknown
    set, a bad setting, a Keras set not on this computer (unless ``need_files``
    is false: then the registry's facts), an unreadable table.
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("dataset"), str):
        return datasets.load_config(data)  # raises the loader's own message
    info = datasets.get(data["dataset"])
    params = data.get("params") or {}
    if not isinstance(params, Mapping):
        return datasets.load_config(data)
    full = info.defaults()
    unknown = [k for k in params if k not in full]
    if unknown:
        return datasets.load_config(data)
    full.update(params)
    datasets._check_params(info, full)  # noqa: SLF001 - the loader's own checks, same messages
    key = _cache_key(info.id, full) + ("" if need_files else " registry")
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    if info.needs_files:
        facts = _keras_facts(info, full, need_files)
    elif info.id == "image_folder":
        facts = _folder_facts(info, full)
    else:
        facts = datasets.load_config(data)  # NumPy only: generated, bundled, a CSV table
    _CACHE[key] = facts
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return facts


def _cache_key(dataset_id: str, params: Mapping[str, Any]) -> str:
    stamp: Any = None
    path = params.get("path")
    if path:
        try:
            st = os.stat(path)
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = "missing"
    if dataset_id in datasets.KNOWN:
        stamp = datasets.is_available(dataset_id)
    return json.dumps([dataset_id, params, stamp], sort_keys=True, default=str)


def _stand_in(n: int, shape: tuple[int, ...], value: float = 0.0) -> np.ndarray:
    """``n`` examples of ``shape`` that take no memory (a broadcast view of one number)."""
    return np.broadcast_to(np.float32(value), (n, *shape))


def _keras_facts(info: datasets.DatasetInfo, params: Mapping[str, Any],
                 need_files: bool = True) -> datasets.DataBundle:
    if need_files and not datasets.is_available(info.id):
        raise datasets._missing(info.id)  # noqa: SLF001 - the loader's own message
    sizes = {"mnist": (60000, 10000), "fashion_mnist": (60000, 10000), "cifar10": (50000, 10000),
             "imdb": (25000, 25000)}
    n_train, n_test = sizes.get(info.id, (1000, 1000))
    if params.get("max_train"):
        n_train = min(n_train, int(params["max_train"]))
    if params.get("max_test"):
        n_test = min(n_test, int(params["max_test"]))
    shape = tuple(info.input_shape or ())
    top = 0.0
    if info.id == "imdb":
        shape = (int(params["maxlen"]),)
        top = float(int(params["num_words"]) - 1)
    y = np.zeros(n_train, np.int64)
    return datasets.DataBundle(_stand_in(n_train, shape, top), y, _stand_in(n_test, shape, top),
                               np.zeros(n_test, np.int64), list(info.classes), shape, info.task,
                               dataset_id=info.id, title=info.shown(info.title), kind=info.kind)


def _folder_facts(info: datasets.DatasetInfo, params: Mapping[str, Any]) -> datasets.DataBundle:
    """Classes and counts from the folder listing; the pictures are decoded only at Start."""
    root = Path(str(params["path"]))
    if not root.is_dir() or params["color_mode"] not in ("rgb", "grayscale"):
        return datasets.load_image_folder(root, params["image_size"], params["color_mode"])  # its message
    h, w = (int(v) for v in params["image_size"])
    classes = sorted(d.name for d in root.iterdir() if d.is_dir() and not d.name.startswith("."))
    pictures = datasets.IMAGE_SUFFIXES
    counts = [sum(1 for q in (root / c).iterdir() if q.is_file() and q.suffix.lower() in pictures)
              for c in classes]
    if len(classes) < 2 or not all(counts) or h < 4 or w < 4:
        return datasets.load_image_folder(root, params["image_size"], params["color_mode"])  # its message
    n = sum(counts)
    n_test = max(1, int(round(n * float(params["test_fraction"]))))
    shape = (h, w, 3 if params["color_mode"] == "rgb" else 1)
    return datasets.DataBundle(_stand_in(n - n_test, shape), np.zeros(n - n_test, np.int64),
                               _stand_in(n_test, shape), np.zeros(n_test, np.int64), classes, shape,
                               "classification", dataset_id=info.id, title=root.name, kind="image")


def clear_cache() -> None:
    """Forget the facts read so far (after a data set was downloaded or imported)."""
    _CACHE.clear()
