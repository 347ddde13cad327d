"""Keras models (``.keras`` files and ``model.to_json()`` configs) as editable deskdl projects.

The config is read as data: every layer must be a kind the catalog knows, or
the import stops with a message naming the layers it cannot take (a ``Lambda``
holds Python code, so a ``.keras`` file with one is refused *before* Keras
opens it; loading then runs with ``safe_mode=True``). Keras arguments map back
to catalog parameters (initializer and regularizer objects to the catalog's
names, nested wrapped layers, ``InputLayer`` to an ``Input`` node).

A model nested inside the model (a Sequential stem, a functional block) is
inlined: its layers become ordinary nodes (:meth:`_Converter.inline_model`
returns them and their boundary) and then one group (:func:`make_groups`),
shown folded as one card; the blocks of an application model (``block1a_...``)
become groups the same way. Layers that live only inside
``keras.applications`` become catalog layers (ConvNeXt's ``LayerScale``,
Inception-ResNet's ``CustomScaleLayer`` as Rescaling + Add), and arithmetic on
tensors (``x + 3.0``, MobileNetV3's hard sigmoid) becomes Rescaling or a merge
layer; whatever has no equivalent is refused, named, before Keras opens the file.

Nothing changes silently: for each layer deskdl rebuilds it from the imported
parameters and compares Keras's config of that rebuild with the file's; every
argument that differs (a constraint, a seed, ``trainable=False``...) becomes a
warning in :attr:`ImportedProject.warnings` (also written into the project's
description) instead of vanishing.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deskdl.core import catalog
from deskdl.core.errors import DeskdlError
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import translator
from deskdl.core.project import Project
from deskdl.core.training import DEFAULT_LEARNING_RATES, LOSSES, METRICS, OPTIMIZERS

_ = translator("ml.importer")


class ModelImportError(DeskdlError):
    """A Keras model that cannot become a deskdl project (the message names what and why)."""


@dataclass
class ImportedProject(Project):
    """A project made from a Keras model, with what could not be carried over."""

    warnings: list[str] = field(default_factory=list)
    #: The nested models whose layers were inlined into the graph (each with its nodes and boundary).
    inlined: list[InlinedModel] = field(default_factory=list)


#: Config keys that are bookkeeping, not model settings.
_IGNORED_KEYS = {"name", "dtype", "build_config", "batch_input_shape", "batch_shape", "input_shape",
                 "input_dim_"}
_MODEL_CLASSES = {"Sequential", "Functional", "Model"}
_INITIALIZERS = {
    "GlorotUniform": "glorot_uniform", "GlorotNormal": "glorot_normal", "HeUniform": "he_uniform",
    "HeNormal": "he_normal", "LecunNormal": "lecun_normal", "LecunUniform": "lecun_uniform",
    "RandomNormal": "random_normal", "RandomUniform": "random_uniform", "Zeros": "zeros", "Ones": "ones",
    "Orthogonal": "orthogonal", "TruncatedNormal": "truncated_normal",
}
#: Keras 2 spellings of arguments Keras 3 renamed.
_ALIASES = {("LeakyReLU", "negative_slope"): "alpha"}


# ---------------------------------------------------------------- entry points
def import_model_config(config: str | bytes | Mapping[str, Any], source: str = "model config",
                        check: bool = True) -> ImportedProject:
    """A project from a Keras model config (``model.to_json()`` text or its dict).

    ``check`` rebuilds each layer with Keras to find settings that would be lost
    (the warnings); without it the import is pure Python. Raises
    :class:`ModelImportError` for unknown layers and models deskdl cannot draw.
    """
    if isinstance(config, (str, bytes)):
        try:
            config = json.loads(config)
        except json.JSONDecodeError as err:
            raise ModelImportError(
                _("the model config is not valid JSON ({error} at line {line}, column {column})").format(
                    error=err.msg, line=err.lineno, column=err.colno),
                _("export it again with model.to_json()"),
            ) from None
        except RecursionError:
            raise _too_deep(source) from None
    if not isinstance(config, Mapping) or "class_name" not in config:
        raise ModelImportError(_("this is not a Keras model config (it has no 'class_name')"),
                               _("save the model with model.save('model.keras') or model.to_json()"))
    check_safe(config, source)
    return _Converter(source, check).project(config)


def import_keras_file(path: str | os.PathLike[str]) -> ImportedProject:
    """A project from a ``.keras`` file (or a ``.json`` model config).

    The archive's ``config.json`` is checked first, so a model with a ``Lambda``
    or any layer deskdl does not know is refused without running anything;
    then Keras rebuilds its architecture with ``safe_mode=True`` to make sure it is sound (the
    weights are not read: deskdl does not take them).
    """
    path = Path(path)
    if not path.exists():
        raise ModelImportError(_("{path}: no such file").format(path=path), _("check the path"))
    if path.suffix.lower() == ".json":
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise ModelImportError(_("{path}: cannot be read ({error})").format(
                path=path, error=err.__class__.__name__)) from None
        project = import_model_config(text, str(path))
        project.name = project.name or path.stem
        return project
    config = read_keras_config(path)
    check_safe(config, str(path))
    _load_safely(path, config)
    project = import_model_config(config, str(path))
    project.training = _training_from_compile(config.get("compile_config"), project.training,
                                              project.warnings)
    return project


def read_keras_config(path: Path) -> dict[str, Any]:
    """The ``config.json`` inside a ``.keras`` archive (read as data; nothing is run)."""
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                raw = zf.read("config.json")
            except KeyError:
                raise ModelImportError(
                    _("{path}: the archive has no config.json, so it is not a .keras model").format(
                        path=path),
                    _("save the model with model.save('model.keras')")) from None
    except zipfile.BadZipFile:
        raise ModelImportError(
            _("{path}: not a .keras file (a .keras model is a zip archive)").format(path=path),
            _("save the model with model.save('model.keras'); old .h5 files must be re-saved in Keras 3"),
        ) from None
    except OSError as err:
        raise ModelImportError(_("{path}: cannot be read ({error})").format(
            path=path, error=err.strerror or err.__class__.__name__)) from None
    try:
        config = json.loads(raw)
    except ValueError:
        raise ModelImportError(_("{path}: its config.json is damaged").format(path=path),
                               _("save the model again")) from None
    except RecursionError:
        raise _too_deep(str(path)) from None
    if not isinstance(config, dict):
        raise ModelImportError(_("{path}: its config.json does not describe a model").format(path=path))
    return config


#: Keys whose value Keras turns into a function: a dict there without ``class_name`` is a lambda's code.
_FUNCTION_KEYS = {"activation", "recurrent_activation", "function"}


def unsafe_objects(config: Any) -> list[str]:
    """Everything in a model config that Keras's safe mode would refuse, in words (empty when none).

    Read as data, without Keras: every object anywhere in the config (layers, their
    activations, initializers, regularizers, constraints, dtype policies, the model
    itself) must come from Keras (``module`` ``keras`` or ``keras.*``; deskdl's own
    layers as ``deskdl>Name``), must not be a Python lambda, and must not name a
    registered custom object (``package>name``) that only the author's code defines.
    Keras's ``safe_mode=True`` stays on as the second wall.
    """
    found: list[str] = []
    the_model = _("the model")
    stack: list[tuple[Any, str, str]] = [(config, the_model, "")]
    while stack and len(found) < 20:
        value, where, key = stack.pop()
        if isinstance(value, list):
            stack.extend((v, where, key) for v in reversed(value))
            continue
        if not isinstance(value, Mapping):
            continue
        cls = value.get("class_name")
        module = value.get("module")
        registered = value.get("registered_name")
        inner = value.get("config")
        label = where
        if isinstance(cls, str) and isinstance(inner, Mapping) and isinstance(inner.get("name"), str) \
                and (cls in _MODEL_CLASSES or catalog.has(cls) or cls == "InputLayer"
                     or str(module).startswith("keras.layers")):
            label = _("the layer {name} ({cls})").format(name=inner["name"], cls=cls) \
                if cls not in _MODEL_CLASSES else the_model
        if cls == "__lambda__" or (key in _FUNCTION_KEYS and "class_name" not in value and "value" in value):
            found.append(_("{where} is a Python lambda (code stored in the file)").format(where=where))
            continue
        if isinstance(module, str) and not _keras_module(module):
            if module == "builtins" and cls == "function":
                name = inner if isinstance(inner, str) else "?"
                if ">" in name or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                    found.append(_("{where} is the custom function {name!r}, which only its author's code "
                                   "defines").format(where=where, name=name))
                    continue
            elif module.startswith("deskdl.") and isinstance(registered, str) \
                    and registered.startswith("deskdl>") and catalog.has(registered.split(">", 1)[1]):
                pass
            else:
                found.append(_("{where} comes from the Python module {module!r}, outside Keras").format(
                    where=label, module=module))
                continue
        if isinstance(registered, str) and registered not in (cls, "function") \
                and not (registered.startswith("deskdl>") and isinstance(module, str)
                         and module.startswith("deskdl.")):
            found.append(_("{where} is the registered custom object {name!r}, which only its author's "
                           "code defines").format(where=label, name=registered))
            continue
        for k, v in value.items():
            if not isinstance(v, (Mapping, list)) or (k == "compile_config" and where == the_model):
                continue  # compile settings are read as data only (the model loads with compile=False)
            if k == "config" and isinstance(v, Mapping):
                for ck, cv in v.items():
                    if isinstance(cv, (Mapping, list)):
                        stack.append((cv, label if ck == "layers"
                                      else _("{key} of {where}").format(key=ck, where=label), ck))
            else:
                stack.append((v, label, k))
    return found


def _keras_module(module: str) -> bool:
    return module == "keras" or module.startswith("keras.")


def check_safe(config: Any, source: str) -> None:
    """Refuse, in one line and before Keras loads, a config that safe mode (or deskdl) would refuse."""
    from deskdl.core.project import too_deep_at

    if too_deep_at(config) is not None:
        raise _too_deep(source)
    layers = unsafe_or_unknown(config)  # Lambda layers and unknown layer kinds, with their own advice
    if any(cls in ("Lambda", "TFOpLambda") for cls, _name in layers):
        raise ModelImportError(_refusal(layers), _refusal_fix(layers))
    problems = unsafe_objects(config)
    if problems:
        more = _(" (and {n} more)").format(n=len(problems) - 2) if len(problems) > 2 else ""
        raise ModelImportError(
            _("{source}: deskdl does not open this model, because its file asks for code from outside Keras, "
              "which a safe load refuses: {problems}{more}").format(
                source=source, problems="; ".join(problems[:2]), more=more),
            _("rebuild those parts from Keras's own layers, activations and initializers (by name, e.g. "
              "activation='relu'), save the model again, and import that file"))
    if layers:
        raise ModelImportError(_refusal(layers), _refusal_fix(layers))


def _too_deep(source: str) -> ModelImportError:
    from deskdl.core.project import MAX_DEPTH

    return ModelImportError(_("{source}: the model config is too deeply nested (lists or objects inside each "
                              "other more than {depth} levels deep); no Keras model needs that").format(
                                source=source, depth=MAX_DEPTH),
                            _("save the model again with Keras"))


def unsafe_or_unknown(config: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(class_name, layer_name)`` of every layer deskdl cannot import, nested ones too."""
    found: list[tuple[str, str]] = []

    def visit(layer: Any, top: bool) -> None:
        if not isinstance(layer, Mapping):
            return
        cls = str(layer.get("class_name", "?"))
        cfg = layer.get("config") if isinstance(layer.get("config"), Mapping) else {}
        name = str(cfg.get("name") or layer.get("name") or "?")
        if cls in _MODEL_CLASSES:  # a nested model is inlined (see _Converter.inline_model)
            for sub in cfg.get("layers") or []:
                visit(sub, False)
            return
        if cls == "InputLayer":
            return
        if _is_op(layer):
            reason = op_refusal(layer)
            if reason is not None:
                found.append((cls, f"{name}: {reason}"))
            return
        if _from_applications(layer):
            reason = application_refusal(layer)
            if reason is not None:
                found.append((cls, f"{name}: {reason}"))
            return
        if not _is_catalog_layer(layer):
            found.append((cls, name))
            return
        for key in ("layer", "backward_layer"):
            if isinstance(cfg.get(key), Mapping):
                visit(cfg[key], False)

    visit(config, True)
    return found


#: Layer classes that live only inside ``keras.applications`` and what deskdl makes of each.
APPLICATION_LAYERS = {
    "LayerScale": "deskdl's own LayerScale layer (the same per-channel factor)",
    "CustomScaleLayer": "a Rescaling of its second input and an Add (x + scale × branch)",
}


def _from_applications(layer: Mapping[str, Any]) -> bool:
    """Whether ``layer`` is a class defined inside ``keras.applications`` (not a public Keras layer)."""
    module = layer.get("module")
    return isinstance(module, str) and module.startswith(("keras.src.applications", "keras.applications"))


def application_refusal(layer: Mapping[str, Any]) -> str | None:
    """Why an application-only layer cannot become catalog layers, or ``None`` when it can."""
    cls = str(layer.get("class_name"))
    cfg = layer.get("config") if isinstance(layer.get("config"), Mapping) else {}
    if cls not in APPLICATION_LAYERS:
        return _("{cls} lives only inside {module} and deskdl knows no equivalent made of "
                 "its own layers").format(cls=cls, module=layer.get("module"))
    if cls == "CustomScaleLayer" and not _is_number(cfg.get("scale")):
        return _("CustomScaleLayer's scale {value!r} is not a number").format(value=cfg.get("scale"))
    if cls == "LayerScale" and not _is_number(cfg.get("init_values")):
        return _("LayerScale's init_values {value!r} is not a number").format(value=cfg.get("init_values"))
    return None


#: Keras operations (``x + 3.0`` on a Keras tensor) and the catalog layer each becomes.
_OPS = {"Add": "Add", "Multiply": "Multiply", "Subtract": "Subtract", "TrueDivide": None, "Divide": None}


def _is_op(layer: Mapping[str, Any]) -> bool:
    """Whether ``layer`` is a Keras operation written as arithmetic on tensors, not a layer."""
    module = layer.get("module")
    return isinstance(module, str) and module.startswith("keras.src.ops")


def _op_args(layer: Mapping[str, Any]) -> list[Any] | None:
    """The arguments of an operation's only call: Keras names for tensors, numbers as they are."""
    inbound = layer.get("inbound_nodes") or []
    if len(inbound) != 1 or not isinstance(inbound[0], Mapping) or inbound[0].get("kwargs"):
        return None
    out: list[Any] = []
    for arg in inbound[0].get("args") or []:
        refs: list[tuple[str, int, int]] = []
        _collect(arg, refs)
        if len(refs) == 1 and isinstance(arg, Mapping):
            out.append(refs[0][0])
        elif _is_number(arg):
            out.append(float(arg))
        else:
            return None
    return out


def op_refusal(layer: Mapping[str, Any]) -> str | None:
    """Why a Keras operation cannot become catalog layers, or ``None`` when it can."""
    cls = str(layer.get("class_name"))
    args = _op_args(layer)
    if cls not in _OPS or args is None or len(args) != 2:
        return _("the operation {cls} (arithmetic on tensors, not a layer) has no deskdl layer that does "
                 "the same").format(cls=cls)
    tensors = [a for a in args if isinstance(a, str)]
    if not tensors:
        return _("the operation {cls} (arithmetic on tensors, not a layer) works on numbers only").format(
            cls=cls)
    if len(tensors) == 2 and _OPS[cls] is None:
        return _("the operation {cls} (arithmetic on tensors, not a layer) divides one tensor by another, "
                 "which no deskdl layer does").format(cls=cls)
    return None


def _is_catalog_layer(layer: Mapping[str, Any]) -> bool:
    cls = layer.get("class_name")
    if not isinstance(cls, str) or not catalog.has(cls) or cls == "Input":
        return False
    registered = layer.get("registered_name")
    if catalog.get(cls).custom:
        return registered in (None, cls, f"deskdl>{cls}")
    return registered in (None, cls) or str(registered).startswith("keras")


def _refusal(problems: list[tuple[str, str]]) -> str:
    names = ", ".join(f"{cls} ({name})" for cls, name in problems[:6])
    more = _(" and {n} more").format(n=len(problems) - 6) if len(problems) > 6 else ""
    if any(cls in ("Lambda", "TFOpLambda") for cls, _name in problems):
        return _("the model contains layers that run Python code stored in the file, which deskdl never "
                 "opens: {names}{more}").format(names=names, more=more)
    nested = [p for p in problems if p[0] in _MODEL_CLASSES]
    if nested and len(nested) == len(problems):
        return _("the model contains a whole model used as a layer: {names}{more}").format(
            names=names, more=more)
    return _("the model uses layers deskdl does not know: {names}{more}").format(names=names, more=more)


def _refusal_fix(problems: list[tuple[str, str]]) -> str:
    if any(cls in ("Lambda", "TFOpLambda") for cls, _name in problems):
        return _("replace each Lambda with a built-in layer (e.g. Rescaling, Activation, Add) and save "
                 "the model again")
    if all(cls in _MODEL_CLASSES for cls, _name in problems):
        return _("flatten the inner model into the outer one (call its layers directly) and save again")
    return _("rebuild those parts with layers from deskdl's palette, or leave them out")


def _load_safely(path: Path, config: Mapping[str, Any]) -> None:
    """Let Keras rebuild the file's model from its config with ``safe_mode=True`` (no code runs); quietly.

    The weights are not read: deskdl takes only the architecture, and reading them
    cost more than the rest of the import for a big model (1.3 GB for ConvNeXtXLarge).
    """
    from deskdl.logsetup import import_tensorflow_quietly

    import_tensorflow_quietly()
    import keras

    from deskdl.ml.build import keras_message
    from deskdl.ml.custom_layers import custom_objects

    custom_objects()
    try:
        with _quiet():
            # Keras changes the dict it reads: give it a copy (the conversion reads the original)
            copy = json.loads(json.dumps(config))
            keras.saving.deserialize_keras_object({**copy, "compile_config": None}, safe_mode=True)
    except Exception as err:  # noqa: BLE001 - any loading failure is the file's problem
        raise ModelImportError(_("{path}: Keras cannot open this model: {error}").format(
            path=path, error=keras_message(err)),
            _("save it again with this version of Keras, or import its model.to_json()")) from None


class _quiet:
    """Send stdout to nowhere while Keras works (a windowed app has ``sys.stdout = None``)."""

    def __enter__(self) -> None:
        import contextlib
        import io

        self._ctx = contextlib.redirect_stdout(io.StringIO())
        self._ctx.__enter__()

    def __exit__(self, *exc: Any) -> None:
        self._ctx.__exit__(*exc)


# ---------------------------------------------------------------- conversion
def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class InlinedModel:
    """A nested model whose layers became ordinary nodes: the sub-graph and its boundary.

    ``nodes`` are the node ids it added (nested models inside it included), in order;
    ``inputs`` the outer nodes feeding it; ``outputs`` its result node(s). Grouping
    can wrap exactly these nodes.
    """

    name: str
    cls: str
    nodes: list[str]
    inputs: list[str]
    outputs: list[str]


class _Converter:
    """Turns one model config into a graph, collecting warnings."""

    def __init__(self, source: str, check: bool) -> None:
        self.source = source
        self.check = check
        self.warnings: list[str] = []
        #: Keras layer name -> node id, in the model being read (a nested model has its own scope).
        self.ids: dict[str, str] = {}
        self._taken: set[str] = set()
        #: Every nested model inlined so far, outermost last (the seam for groups).
        self.inlined: list[InlinedModel] = []
        #: (layer, setting) pairs already reported as replaced by a deskdl choice: not reported twice.
        self._replaced: set[tuple[str, str]] = set()

    # ------------------------------------------------------------ model level
    def project(self, config: Mapping[str, Any]) -> ImportedProject:
        cls = config.get("class_name")
        cfg = config.get("config") or {}
        if not isinstance(cfg, Mapping):
            raise ModelImportError(_("the model config has no 'config' object"))
        problems = unsafe_or_unknown(config)
        if problems:
            raise ModelImportError(_refusal(problems), _refusal_fix(problems))
        if cls == "Sequential":
            graph = self._sequential(cfg, config)
        elif cls in ("Functional", "Model"):
            graph = self._functional(cfg)
        else:
            raise ModelImportError(
                _("a {cls} is a single layer or a custom model class, not a Sequential or functional model")
                .format(cls=cls),
                _("save the whole model (keras.Sequential or keras.Model built from keras.Input)"),
            )
        name = str(cfg.get("name") or "")
        if not name or re.fullmatch(r"(functional|sequential|model)(_\d+)?", name):
            name = Path(self.source).stem if self.source.endswith((".keras", ".json")) \
                else _("Imported model")
        description = _("Imported from {file}.").format(file=Path(self.source).name)
        warnings = _grouped(self.warnings)
        if warnings:
            description += " " + _("Not carried over: {notes}").format(notes=" ".join(warnings))
        make_groups(graph, self.inlined)
        project = ImportedProject(graph=graph, name=name, description=description,
                                  warnings=warnings, inlined=list(self.inlined))
        project.layout = _layout(graph)
        return project

    def _node_id(self, keras_name: str) -> str:
        base = re.sub(r"[^A-Za-z0-9_.\-]", "_", keras_name or "layer")
        if not re.match(r"[A-Za-z_]", base):
            base = f"layer_{base}"
        nid, i = base, 2
        while nid in self._taken:
            nid, i = f"{base}_{i}", i + 1
        self._taken.add(nid)
        self.ids[keras_name] = nid
        return nid

    def _sequential(self, cfg: Mapping[str, Any], config: Mapping[str, Any]) -> ModelGraph:
        layers = [lay for lay in cfg.get("layers") or [] if isinstance(lay, Mapping)]
        graph = ModelGraph()
        shape = None
        input_name = "input"
        if layers and layers[0].get("class_name") == "InputLayer":
            first = layers.pop(0)
            shape = _input_shape(first.get("config") or {})
            input_name = str((first.get("config") or {}).get("name") or input_name)
        if shape is None and cfg.get("build_input_shape"):
            shape = list(cfg["build_input_shape"])[1:]
        if shape is None and layers:
            inner = layers[0].get("config") or {}
            shape = _input_shape(inner)
        if shape is None:
            bc = config.get("build_config") or {}
            if isinstance(bc, Mapping) and bc.get("input_shape"):
                shape = list(bc["input_shape"])[1:]
        if not shape:
            raise ModelImportError(
                _("the Sequential model has no input shape, so deskdl cannot work out its layers' sizes"),
                _("start it with keras.Input(shape=...) (or build it) before saving"),
            )
        prev = graph.add_node("Input", {"shape": _shape_list(shape)}, node_id=self._node_id(input_name))
        for layer in layers:
            kname = str((layer.get("config") or {}).get("name") or layer.get("class_name"))
            prev = self._add_call(graph, layer, kname, [prev])
        return graph

    def _functional(self, cfg: Mapping[str, Any]) -> ModelGraph:
        graph = ModelGraph()
        outputs = self._functional_layers(graph, cfg, {})
        if outputs != graph.outputs():
            graph.set_outputs(outputs)
        return graph

    def _functional_layers(self, graph: ModelGraph, cfg: Mapping[str, Any],
                           bound: Mapping[str, str]) -> list[str]:
        """Add a functional model's layers to ``graph``; its outputs' node ids.

        ``bound`` maps input layer names to the outer nodes that feed them (a nested
        model); an input layer not in it becomes an ``Input`` node.
        """
        layers = [lay for lay in cfg.get("layers") or [] if isinstance(lay, Mapping)]
        for layer in layers:
            lcfg = layer.get("config") or {}
            kname = str(layer.get("name") or lcfg.get("name") or layer.get("class_name"))
            inbound = layer.get("inbound_nodes") or []
            if layer.get("class_name") == "InputLayer":
                if kname in bound:
                    self.ids[kname] = bound[kname]
                    continue
                shape = _input_shape(lcfg)
                if not shape:
                    raise ModelImportError(_("the input {name!r} has no shape").format(name=kname))
                graph.add_node("Input", {"shape": _shape_list(shape)}, node_id=self._node_id(kname))
                continue
            if len(inbound) != 1:
                if not inbound:
                    raise ModelImportError(_("the layer {name!r} is not connected to anything").format(
                        name=kname))
                raise ModelImportError(
                    _("the layer {name!r} is used {n} times (shared weights), which a deskdl "
                      "graph cannot show").format(name=kname, n=len(inbound)),
                    _("give each use its own layer, or import the model without the shared part"),
                )
            if _is_op(layer):
                self._add_op(graph, layer, kname)
                continue
            sources = self._inbound(kname, inbound[0], layer.get("class_name"))
            self._add_call(graph, layer, kname, [self.ids[s] for s in sources])
        return [self.ids[n] for n in _history_names(cfg.get("output_layers"), "output")]

    def _add_call(self, graph: ModelGraph, layer: Mapping[str, Any], kname: str, inputs: list[str]) -> str:
        """Add one Keras layer call fed by the nodes ``inputs``; the node id of its result.

        A nested model is inlined, a layer that lives only inside ``keras.applications``
        becomes its catalog equivalent, any other layer one node of its own type.
        """
        cls = layer.get("class_name")
        if cls in _MODEL_CLASSES:
            inlined = self.inline_model(graph, layer, inputs)
            self.ids[kname] = inlined.outputs[0]
            return inlined.outputs[0]
        if cls == "CustomScaleLayer" and _from_applications(layer):
            # inception_resnet_v2: inputs[0] + inputs[1] * scale, exactly a Rescaling and an Add
            if len(inputs) != 2:
                raise ModelImportError(_("the layer {name!r} (CustomScaleLayer) needs 2 inputs, "
                                         "not {n}").format(name=kname, n=len(inputs)))
            scale = float((layer.get("config") or {})["scale"])
            extra = f"{kname}_scale"  # not a Keras layer: its name must not hide one in self.ids
            hidden = self.ids.get(extra)
            branch = graph.add_node("Rescaling", {"scale": scale, "offset": 0.0},
                                    node_id=self._node_id(extra), inputs=[inputs[1]])
            if hidden is None:
                del self.ids[extra]
            else:
                self.ids[extra] = hidden
            nid = self._node_id(kname)
            graph.add_node("Add", {}, node_id=nid, inputs=[inputs[0], branch])
            return nid
        nid = self._node_id(kname)
        type_name, params = self.layer_params(layer, nid)
        graph.add_node(type_name, params, node_id=nid, inputs=inputs)
        return nid

    def _add_op(self, graph: ModelGraph, layer: Mapping[str, Any], kname: str) -> str:
        """An operation such as ``x + 3.0`` or ``x * y`` (MobileNetV3's hard sigmoid) as catalog layers.

        With a number it is exactly a Rescaling (x * scale + offset); with two tensors
        the merge layer of the same name.
        """
        cls = str(layer.get("class_name"))
        args = _op_args(layer) or []
        for a in args:
            if isinstance(a, str) and a not in self.ids:
                raise ModelImportError(_("the operation {name!r} reads {source!r}, which comes later or is "
                                         "missing").format(name=kname, source=a))
        if all(isinstance(a, str) for a in args):
            nid = self._node_id(kname)
            graph.add_node(_OPS[cls], {}, node_id=nid, inputs=[self.ids[a] for a in args])
            return nid
        first_tensor = isinstance(args[0], str)
        tensor, number = (args[0], args[1]) if first_tensor else (args[1], args[0])
        scale, offset = {
            "Add": (1.0, number),
            "Multiply": (number, 0.0),
            "Subtract": (1.0, -number) if first_tensor else (-1.0, number),
        }.get(cls, (None, None))
        if scale is None:  # TrueDivide / Divide
            if not first_tensor or number == 0:
                raise ModelImportError(_("the operation {name!r} ({cls}) divides by a tensor or by zero, "
                                         "which no deskdl layer does").format(name=kname, cls=cls))
            scale, offset = 1.0 / number, 0.0
        nid = self._node_id(kname)
        graph.add_node("Rescaling", {"scale": float(scale), "offset": float(offset)}, node_id=nid,
                       inputs=[self.ids[tensor]])
        return nid

    def inline_model(self, graph: ModelGraph, layer: Mapping[str, Any], inputs: list[str]) -> InlinedModel:
        """Add the layers of a nested model (Sequential or functional) to ``graph``, fed by ``inputs``.

        The nested layers become ordinary nodes (ids made unique against the whole
        graph); the result names them and the sub-graph's boundary, so a group can
        later be made of exactly these nodes.
        """
        cls = str(layer.get("class_name"))
        cfg = layer.get("config") or {}
        name = str(cfg.get("name") or layer.get("name") or cls)
        before = set(graph.nodes)
        outer_ids, self.ids = self.ids, {}
        try:
            if cls == "Sequential":
                layers = [lay for lay in cfg.get("layers") or [] if isinstance(lay, Mapping)]
                if layers and layers[0].get("class_name") == "InputLayer":
                    layers = layers[1:]
                if len(inputs) != 1:
                    raise ModelImportError(_("the nested Sequential {name!r} is called on {n} "
                                             "inputs; a Sequential takes one").format(
                                                 name=name, n=len(inputs)))
                prev = inputs[0]
                for sub in layers:
                    kname = str((sub.get("config") or {}).get("name") or sub.get("class_name"))
                    prev = self._add_call(graph, sub, kname, [prev])
                outputs = [prev]
            else:
                names = _history_names(cfg.get("input_layers"), "input")
                if len(names) != len(inputs):
                    raise ModelImportError(_("the nested model {name!r} has {n} inputs but is "
                                             "called on {called}").format(name=name, n=len(names),
                                                                          called=len(inputs)))
                outputs = self._functional_layers(graph, cfg, dict(zip(names, inputs)))
        finally:
            self.ids = outer_ids
        if len(outputs) != 1:
            raise ModelImportError(_("the nested model {name!r} has {n} outputs; deskdl can only "
                                     "inline a nested model with one output").format(
                                         name=name, n=len(outputs)),
                                   _("call its layers directly in the outer model and save again"))
        if cfg.get("trainable") is False:
            self.warnings.append(_("the nested model {name} was frozen (trainable=False); deskdl trains "
                                   "every layer.").format(name=name))
        nodes = [nid for nid in graph.nodes if nid not in before]
        inlined = InlinedModel(name=name, cls=cls, nodes=nodes, inputs=list(inputs), outputs=outputs)
        self.inlined.append(inlined)
        return inlined

    def _inbound(self, kname: str, node: Any, cls: Any) -> list[str]:
        """Names of the layers feeding one call, in call order."""
        refs: list[tuple[str, int, int]] = []
        if isinstance(node, Mapping):  # Keras 3: {"args": [...], "kwargs": {...}}
            _collect(node.get("args"), refs)
            kwargs = dict(node.get("kwargs") or {})
            for key in ("query", "value", "key"):
                if key in kwargs:
                    _collect(kwargs.pop(key), refs)
            for key, value in kwargs.items():
                extra: list[tuple[str, int, int]] = []
                _collect(value, extra)
                if extra:
                    raise ModelImportError(_("the layer {name!r} is called with a tensor as {key!r}, "
                                             "which deskdl graphs cannot show").format(name=kname, key=key))
                if value not in (None, False) and key not in ("mask", "training"):
                    self.warnings.append(_("{where} is called with {key}={value!r}, which is dropped.")
                                         .format(where=kname, key=key, value=value))
        elif isinstance(node, list):  # Keras 2: [[name, node_index, tensor_index, kwargs], ...]
            for item in node:
                if isinstance(item, list) and item and isinstance(item[0], str):
                    refs.append((item[0], int(item[1]) if len(item) > 1 else 0,
                                 int(item[2]) if len(item) > 2 else 0))
        for src, node_index, tensor_index in refs:
            if src not in self.ids:
                raise ModelImportError(_("the layer {name!r} reads {source!r}, which comes later or is "
                                         "missing").format(name=kname, source=src))
            if node_index or tensor_index:
                raise ModelImportError(
                    _("the layer {name!r} reads the second use or second output of {source!r}, which a "
                      "deskdl graph cannot show").format(name=kname, source=src),
                    _("use only the main output of each layer (no return_state, no shared layers)"),
                )
        return [r[0] for r in refs]

    # ------------------------------------------------------------ layer level
    def layer_params(self, layer: Mapping[str, Any], where: str,
                     inner: bool = False) -> tuple[str, dict[str, Any]]:
        """``(type, catalog params)`` of one layer config; warnings for what is lost."""
        cls = str(layer.get("class_name"))
        cfg = layer.get("config") or {}
        if not isinstance(cfg, Mapping):
            raise ModelImportError(_("the layer {name!r} has no settings object").format(name=where))
        kind = catalog.get(cls)
        params: dict[str, Any] = {}
        for spec in kind.params:
            key = spec.name if spec.name in cfg else _ALIASES.get((cls, spec.name), spec.name)
            if key not in cfg:
                params[spec.name] = self._keras_default(cls, spec, where)
                continue
            params[spec.name] = self._convert(cls, spec, cfg[key], where)
        if cls == "MultiHeadAttention" and params.get("attention_axes") is not None \
                and _query_rank(layer.get("build_config")) in (None, 3) \
                and _default_attention_axes(cfg.get("attention_axes"), layer.get("build_config")):
            params["attention_axes"] = None  # the steps of a sequence: what Keras picks itself
        if "strides" in params and "pool_size" in params and params["strides"] is not None:
            if _ints_equal(params["strides"], params["pool_size"]):
                params["strides"] = None  # Keras stores "same as pool_size" as the pool size
        problems = kind.check_params(params)
        if problems:
            text = next(iter(problems.values()))
            raise ModelImportError(_("the layer {name!r} ({cls}) has a setting deskdl cannot take: {problem}")
                                   .format(name=where, cls=cls, problem=text),
                                   _("change it in Keras and save again"))
        if self.check:
            self._compare(cls, cfg, params, where, inner, layer.get("build_config"))
        elif cfg.get("trainable") is False:
            self.warnings.append(_("{where} was frozen (trainable=False); deskdl trains every layer.").format(
                where=where))
        return cls, params

    def _keras_default(self, cls: str, spec: catalog.ParamSpec, where: str) -> Any:
        from deskdl.ml.export import KERAS_DEFAULTS, REQUIRED

        default = KERAS_DEFAULTS.get(cls, {}).get(spec.name, spec.default)
        if default is REQUIRED:
            raise ModelImportError(_("the layer {name!r} ({cls}) does not say its {setting}").format(
                name=where, cls=cls, setting=spec.name), _("save the model again with Keras 3"))
        if default is None and spec.kind == "choice" and spec.name.endswith("activation"):
            return "linear"
        if spec.kind == "ints" and isinstance(default, tuple):
            return [list(v) if isinstance(v, tuple) else v for v in default]
        return default

    def _convert(self, cls: str, spec: catalog.ParamSpec, value: Any, where: str) -> Any:
        kind = spec.kind
        if value is None:
            if kind == "choice" and spec.name.endswith("activation"):
                return "linear"
            return None
        if kind == "choice":
            if spec.constant_ok and isinstance(value, Mapping) and value.get("class_name") == "Constant":
                number = (value.get("config") or {}).get("value", 0.0)
                if _is_number(number):  # one number for every weight: kept (a tensor of values is not)
                    return {"class_name": "Constant", "config": {"value": float(number)}}
            if isinstance(value, Mapping):  # a serialized activation or initializer object
                name = value.get("class_name")
                value = _INITIALIZERS.get(name, _snake(str(name))) if spec.name.endswith("initializer") \
                    else (value.get("config") if isinstance(value.get("config"), str) else _snake(str(name)))
            if value not in spec.choices:
                fallback = spec.default
                self._replaced.add((where, spec.name))
                self.warnings.append(_("{where}: {setting} {value!r} is not offered by deskdl; it became "
                                       "{fallback!r}.").format(where=where, setting=spec.name, value=value,
                                                               fallback=fallback))
                return fallback
            return value
        if kind == "int":
            if isinstance(value, list) and len(value) == 1:  # Normalization(axis=[-1])
                value = value[0]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            return value
        if kind == "float":
            if isinstance(value, list) and len(value) == 2 and all(_is_number(v) for v in value):
                low, high = value  # RandomRotation and friends store factor f as [-f, f]
                if not math.isclose(low, -high, rel_tol=1e-6, abs_tol=1e-12):
                    self.warnings.append(_("{where}: {setting} {value} became the symmetric {symmetric!r}.")
                                         .format(where=where, setting=spec.name, value=value,
                                                 symmetric=max(abs(low), abs(high))))
                value = max(abs(low), abs(high))
            return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
        if kind == "ints":
            if isinstance(value, list) and value and all(isinstance(v, list) for v in value):
                if spec.per_side and all(len(v) == 2 for v in value) \
                        and any(v[0] != v[1] for v in value):
                    return [list(v) for v in value]  # ((top, bottom), (left, right)) as it is
                if any(len(v) != 2 or v[0] != v[1] for v in value):
                    raise ModelImportError(
                        _("the layer {name!r} ({cls}) uses different {setting} on each side ({value}); "
                          "deskdl only offers the same amount on both sides").format(
                            name=where, cls=cls, setting=spec.name, value=value),
                        _("use symmetric values in Keras and save again"),
                    )
                return [v[0] for v in value]
            if isinstance(value, list) and spec.length and len(value) == 1 and spec.length > 1:
                return value * spec.length
            if isinstance(value, list) and spec.scalar_ok and len(value) == 1:
                return value[0]
            return list(value) if isinstance(value, (list, tuple)) else value
        if kind == "shape":
            return list(value)
        if kind == "regularizer":
            kept = _regularizer(value, where, self.warnings)
            if kept is None and value is not None:  # said once: not again as a setting that was not kept
                self._replaced.add((where, spec.name))
            return kept
        if kind == "layer":
            if not isinstance(value, Mapping) or not _is_catalog_layer(value):
                name = value.get("class_name") if isinstance(value, Mapping) else value
                raise ModelImportError(_("the layer {name!r} wraps a {inner}, which deskdl cannot wrap")
                                       .format(name=where, inner=name))
            inner_where = _("{where} (inner {cls})").format(where=where, cls=value.get("class_name"))
            inner_type, inner_params = self.layer_params(value, inner_where,
                                                         inner=True)
            defaults = catalog.get(inner_type).defaults()
            kept = {k: v for k, v in inner_params.items() if k not in defaults or v != defaults[k]}
            return {"type": inner_type, "params": kept}
        return value

    # ------------------------------------------------------------ what would be lost
    def _compare(self, cls: str, cfg: Mapping[str, Any], params: Mapping[str, Any], where: str,
                 inner: bool = False, build_config: Any = None) -> None:
        """Warn for every argument whose value a rebuild from ``params`` would not reproduce."""
        rebuilt = _rebuilt_config(cls, params)
        if rebuilt is None:
            return
        if cfg.get("trainable") is False:
            self.warnings.append(_("{where} was frozen (trainable=False); deskdl trains every layer.").format(
                where=where))
        dtype = cfg.get("dtype")
        dname = dtype.get("config", {}).get("name") if isinstance(dtype, Mapping) else dtype
        if dname not in (None, "float32"):
            self.warnings.append(_("{where} computed in {dtype}; deskdl uses float32.").format(
                where=where, dtype=dname))
        skip = _IGNORED_KEYS | {"trainable"}
        if cls == "Bidirectional":
            skip |= {"layer", "backward_layer"}
        if cls == "TimeDistributed":
            skip |= {"layer"}
        if cls == "LayerScale":
            skip |= {"projection_dim"}  # keras.applications' LayerScale: deskdl's takes it from the input
        if inner:
            skip |= {"zero_output_for_mask"}  # Bidirectional sets it on the layers it wraps
        if cls == "MultiHeadAttention" and _default_attention_axes(cfg.get("attention_axes"), build_config):
            skip |= {"attention_axes"}
        changed = []
        for key, value in cfg.items():
            if key in skip or (where, key) in self._replaced:
                continue
            if key not in rebuilt:
                if value not in (None, False, 0, [], {}):
                    changed.append(f"{key}={_short(value)}")
                continue
            if not _equal(value, rebuilt[key]):
                changed.append(f"{key}={_short(value)}")
        if changed:
            text = _("{where} ({cls}): {settings} not kept (deskdl does not offer this setting).") \
                if len(changed) == 1 else \
                _("{where} ({cls}): {settings} not kept (deskdl does not offer these settings).")
            self.warnings.append(text.format(where=where, cls=cls, settings=", ".join(changed)))


_WARNING = re.compile(r"(?P<where>[A-Za-z0-9_.\-]+)(?P<cls> \([A-Za-z0-9_]+\))?: (?P<rest>.+)", re.S)


def _grouped(warnings: list[str]) -> list[str]:
    """One line per kind of loss: the same warning about many layers names a few and counts the rest.

    EfficientNet's 80 convolutions all start from VarianceScaling: one line, not 80.
    """
    groups: dict[tuple[str, str], list[str]] = {}
    order: list[tuple[str, str] | str] = []
    for text in warnings:
        match = _WARNING.fullmatch(text)
        if match is None:
            order.append(text)
            continue
        key = (match["cls"] or "", match["rest"])
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(match["where"])
    out = []
    for item in order:
        if isinstance(item, str):
            out.append(item)
            continue
        cls, rest = item
        names = groups[item]
        if len(names) == 1:
            who = names[0]
        elif len(names) <= 3:
            who = _("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
        else:
            who = _("{names} and {n} more layers").format(names=", ".join(names[:3]), n=len(names) - 3)
        out.append(f"{who}{cls}: {rest}")
    return out


def _ints_equal(a: Any, b: Any) -> bool:
    a = a if isinstance(a, list) else [a]
    b = b if isinstance(b, list) else [b]
    if len(a) == 1 and len(b) > 1:
        a = a * len(b)
    if len(b) == 1 and len(a) > 1:
        b = b * len(a)
    return a == b


def _query_rank(build_config: Any) -> int | None:
    """The rank of MultiHeadAttention's query (with the batch axis) from its build_config, if stored."""
    shapes = build_config.get("shapes_dict") if isinstance(build_config, Mapping) else None
    query = shapes.get("query_shape") if isinstance(shapes, Mapping) else None
    return len(query) if isinstance(query, list) else None


def _default_attention_axes(axes: Any, build_config: Any) -> bool:
    """Whether MultiHeadAttention's stored axes are the ones Keras picks itself (all but batch, features)."""
    if axes is None:
        return True
    shapes = build_config.get("shapes_dict") if isinstance(build_config, Mapping) else None
    query = shapes.get("query_shape") if isinstance(shapes, Mapping) else None
    rank = len(query) if isinstance(query, list) else 3
    return list(axes) == list(range(1, rank - 1))


def _rebuilt_config(cls: str, params: Mapping[str, Any]) -> dict[str, Any] | None:
    """Keras's config of the layer deskdl would build (the same settings are rebuilt once)."""
    config = _rebuilt_config_text(cls, json.dumps(params, sort_keys=True, default=_jsonable))
    return None if config is None else json.loads(config)


@functools.lru_cache(maxsize=4096)
def _rebuilt_config_text(cls: str, params_text: str) -> str | None:
    from deskdl.ml.build import layer_kwargs, make_layer

    try:
        with _quiet():
            layer = make_layer(cls, layer_kwargs(cls, json.loads(params_text)))
            return json.dumps(layer.get_config(), default=_jsonable)
    except Exception:  # noqa: BLE001 - without a rebuild there is nothing to compare
        return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    return str(value)


def _strip_names(value: Any) -> Any:
    if isinstance(value, Mapping):
        skip = ("name", "registered_name", "module")
        return {k: _strip_names(v) for k, v in value.items() if k not in skip}
    if isinstance(value, list):
        return [_strip_names(v) for v in value]
    return value


def _equal(a: Any, b: Any) -> bool:
    a, b = _strip_names(json.loads(json.dumps(a, default=_jsonable))), _strip_names(b)
    if isinstance(a, list) and len(a) == 1 and not isinstance(b, list):
        a = a[0]  # Keras turns axis=-1 into [-1] when the layer is built
    if isinstance(b, list) and len(b) == 1 and not isinstance(a, list):
        b = b[0]
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)
    return a == b


def _short(value: Any) -> str:
    if isinstance(value, Mapping) and "class_name" in value:
        cfg = value.get("config") or {}
        inner = ", ".join(f"{k}={v!r}" for k, v in cfg.items() if v is not None) if isinstance(cfg, Mapping) \
            else ""
        return f"{value['class_name']}({inner})"
    text = json.dumps(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _collect(value: Any, out: list[tuple[str, int, int]]) -> None:
    if isinstance(value, Mapping):
        if value.get("class_name") == "__keras_tensor__":
            hist = (value.get("config") or {}).get("keras_history") or []
            if hist:
                out.append((str(hist[0]), int(hist[1]) if len(hist) > 1 else 0,
                            int(hist[2]) if len(hist) > 2 else 0))
            return
        for v in value.values():
            _collect(v, out)
    elif isinstance(value, list):
        for v in value:
            _collect(v, out)


def _history_names(value: Any, what: str) -> list[str]:
    if not value:
        raise ModelImportError(_("the model config lists no input layers") if what == "input"
                               else _("the model config lists no output layers"))
    if isinstance(value, list) and value and isinstance(value[0], str):
        value = [value]
    if isinstance(value, Mapping):
        value = list(value.values())
    names = []
    for item in value:
        if isinstance(item, list) and item and isinstance(item[0], str):
            if len(item) > 2 and (item[1] or item[2]):
                text = _("the model's input is the second output of {name!r}, which deskdl cannot show") \
                    if what == "input" else \
                    _("the model's output is the second output of {name!r}, which deskdl cannot show")
                raise ModelImportError(text.format(name=item[0]))
            names.append(item[0])
    return names


def _input_shape(cfg: Mapping[str, Any]) -> list[Any] | None:
    for key in ("batch_shape", "batch_input_shape"):
        if cfg.get(key):
            return list(cfg[key])[1:]
    if cfg.get("input_shape"):
        return list(cfg["input_shape"])
    return None


def _shape_list(shape: Any) -> list[Any]:
    return [None if v is None else int(v) for v in shape]


def _regularizer(value: Any, where: str, warnings: list[str]) -> Any:
    if isinstance(value, str):
        return value.lower() if value.lower() in catalog.REGULARIZER_NAMES else value
    if not isinstance(value, Mapping):
        return value
    cls = value.get("class_name")
    cfg = dict(value.get("config") or {})
    if cls not in ("L1", "L2", "L1L2"):
        warnings.append(_("{where}: the {cls} regularizer is not offered by deskdl and was left out.").format(
            where=where, cls=cls))
        return None
    factors = {k: float(v) for k, v in cfg.items() if k in ("l1", "l2")}
    if cls == "L1L2":
        factors = {k: factors.get(k, 0.0) for k in ("l1", "l2")}
    if all(math.isclose(v, 0.01, rel_tol=1e-6) for v in factors.values()):
        return {"L1": "l1", "L2": "l2", "L1L2": "l1_l2"}[cls]
    return {"class_name": cls, "config": factors}


#: Keras application layer names that start with a block's name: ``block1a_expand_conv``
#: (EfficientNet), ``block_3_depthwise`` (MobileNetV2), ``conv2_block1_1_conv`` (ResNet,
#: DenseNet), ``convnext_tiny_stage_0_block_0_depthwise_conv`` (ConvNeXt).
_BLOCK_RE = re.compile(r"^((?:.*?_)?block_?\d+[a-z]?)_")
#: NASNet names its cells' layers ``..._normal_..._5``, ``..._reduction_..._reduce_4``,
#: ``adjust_..._stem_1``: the cell is the last part.
_CELL_RE = re.compile(r"^(?:.*_)?(?:normal|reduction|adjust)_.*?_((?:stem_|reduce_)?\d+)$")


def make_groups(graph: ModelGraph, inlined: list[InlinedModel]) -> list[str]:
    """Fold an imported model's blocks into groups; returns the new group ids.

    Each nested model (outermost only) becomes a group labelled with its class;
    then layers whose Keras names share a block prefix (``block1a_...``) become a
    group labelled ``Block``, when they form one block. The layers themselves do
    not change, so shapes and counts stay exact.
    """
    made: list[str] = []

    def fresh(name: str) -> str:
        base = re.sub(r"[^A-Za-z0-9_.\-]", "_", name) or "block"
        if not re.match(r"[A-Za-z_]", base):
            base = f"block_{base}"
        gid, i = base, 2
        while gid in graph.nodes or gid in graph.groups:
            gid, i = f"{base}_{i}", i + 1
        return gid

    covered: set[str] = set()
    for model in reversed(inlined):  # outermost last in the list: take those first
        members = [nid for nid in model.nodes if nid in graph.nodes and nid not in covered]
        if len(members) < 2 or len(members) != len(model.nodes):
            continue
        try:
            made.append(graph.add_group(members, fresh(model.name), model.cls if model.cls != "Model"
                                        else "Functional"))
        except DeskdlError:
            continue
        covered.update(members)
    key: dict[str, str] = {}
    for nid in graph.nodes:
        if nid in covered:
            continue
        match = _BLOCK_RE.match(nid)
        cell = _CELL_RE.match(nid) if match is None else None
        if match:
            key[nid] = match.group(1)
        elif cell:
            key[nid] = f"cell_{cell.group(1)}"
    if key:
        # A layer with the name Keras makes up ("activation_71") that feeds only one block's layers
        # is part of that block (NASNet's ReLU before each separable convolution); in reverse
        # order, so a chain of such layers is taken whole.
        cmap = graph.consumer_map()
        for nid in reversed(list(graph.nodes)):
            node = graph.nodes[nid]
            plain = re.sub(r"_\d+$", "", nid).replace("_", "") == node.type.lower()
            if not plain or nid in key or nid in covered or node.type == "Input" or not cmap[nid]:
                continue
            readers = {key.get(dst) for dst, _slot in cmap[nid]}
            if len(readers) == 1 and None not in readers:
                key[nid] = readers.pop()
    blocks: dict[str, list[str]] = {}
    for nid in graph.nodes:
        if nid in key:
            blocks.setdefault(key[nid], []).append(nid)
    for key_name, members in blocks.items():
        if len(members) < 2:
            continue
        try:
            made.append(graph.add_group(members, fresh(key_name), "Block"))
        except DeskdlError:  # not one block (a path leaves and comes back): leave it flat
            continue
    return made


#: Row length (canvas units) of an imported model's layout: three cards of the default width.
IMPORT_WRAP = 800.0


def _layout(graph: ModelGraph) -> dict[str, list[float]]:
    try:
        from deskdl.core import layout
    except ImportError:  # pragma: no cover - the layout module is optional
        return {}
    arrange = getattr(layout, "arrange_grouped", None) or getattr(layout, "arrange", None)
    if arrange is None:  # pragma: no cover
        return {}
    try:
        # A big model wraps into rows of three cards, so it opens readable from its start
        # instead of as one row hundreds of cards long.
        positions = arrange(graph, wrap=IMPORT_WRAP) if len(graph) > 12 else arrange(graph)
    except Exception:  # noqa: BLE001 - a layout failure must not block an import
        return {}
    return {nid: [float(x), float(y)] for nid, (x, y) in positions.items()}


def _f32(value: float) -> float:
    """A value Keras kept as float32 (0.05000000074505806) written as the user typed it (0.05)."""
    return float(f"{float(value):.7g}")


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _training_from_compile(compile_config: Any, training: dict[str, Any],
                           warnings: list[str]) -> dict[str, Any]:
    """Take the optimizer, learning rate, loss and metrics a ``.keras`` file was compiled with."""
    if not isinstance(compile_config, Mapping) or not compile_config:
        return training
    out = dict(training)
    opt = compile_config.get("optimizer")
    if isinstance(opt, Mapping):
        kind = opt.get("class_name")
        cfg = opt.get("config") or {}
        if kind in OPTIMIZERS:
            new = {"type": kind}
            lr = cfg.get("learning_rate")
            new["learning_rate"] = _f32(lr) if isinstance(lr, (int, float)) else DEFAULT_LEARNING_RATES[kind]
            if not isinstance(lr, (int, float)) and lr is not None:
                warnings.append(_("The learning-rate schedule of the file was not kept."))
            for key, default in OPTIMIZERS[kind].items():
                if key in cfg and cfg[key] != default:
                    new[key] = _f32(cfg[key]) if isinstance(cfg[key], float) else cfg[key]
            out["optimizer"] = new
            for key in ("clipnorm", "clipvalue"):
                if cfg.get(key):
                    out[key] = _f32(cfg[key])
        elif kind:
            warnings.append(_("The {optimizer} optimizer is not offered by deskdl; Adam is used.").format(
                optimizer=kind))
    loss = compile_config.get("loss")
    if isinstance(loss, Mapping):  # a loss object, or a function by name ({"config": "name"})
        cfg = loss.get("config")
        loss = cfg if isinstance(cfg, str) else (
            (cfg.get("name") if isinstance(cfg, Mapping) else None) or _snake(str(loss.get("class_name"))))
    if isinstance(loss, str):
        loss = {"mse": "mean_squared_error", "mae": "mean_absolute_error"}.get(loss, loss)
        if loss in LOSSES:
            out["loss"] = loss
        else:
            warnings.append(_("The loss {loss!r} is not offered by deskdl.").format(loss=loss))
    metrics = compile_config.get("metrics")
    if isinstance(metrics, list):
        names = [m for m in metrics if isinstance(m, str) and m in METRICS]
        out["metrics"] = names or out.get("metrics", [])
    return out
