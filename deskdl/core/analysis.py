"""Whole-graph analysis: shapes, parameter counts and teaching diagnostics.

:func:`analyze` never raises for a user's mistake. It walks the graph in
topological order, calls each layer's shape function, and turns every problem
into a :class:`Diagnostic` that names the node and gives one concrete fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from deskdl.core import catalog
from deskdl.core.catalog import FixAction, Shape
from deskdl.core.errors import DeskdlError, ShapeError
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import tr, translator

_ = translator("core.analysis")

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: which node, how bad, what is wrong, and what to do."""

    node_id: str | None
    severity: str
    message: str
    fix: str
    action: FixAction | None = None
    param: str | None = None

    @property
    def text(self) -> str:
        """Message and fix together, for tooltips and the CLI."""
        if not self.fix:
            return self.message
        return f"{self.message.rstrip('.')}. {self.fix[0].upper()}{self.fix[1:]}"


@dataclass
class NodeInfo:
    """Analysis result for one node. ``shape`` is ``None`` when it cannot be known."""

    shape: Shape | None = None
    trainable: int = 0
    non_trainable: int = 0

    @property
    def params(self) -> int:
        """Total parameter count."""
        return self.trainable + self.non_trainable


@dataclass
class Analysis:
    """Shapes, counts and diagnostics of a whole graph."""

    nodes: dict[str, NodeInfo] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed): the model can be built."""
        return not any(d.severity == ERROR for d in self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        """Only the error diagnostics."""
        return [d for d in self.diagnostics if d.severity == ERROR]

    def for_node(self, node_id: str) -> list[Diagnostic]:
        """Diagnostics about ``node_id``."""
        return [d for d in self.diagnostics if d.node_id == node_id]

    @property
    def trainable(self) -> int:
        """Trainable parameters of the whole model."""
        return sum(i.trainable for i in self.nodes.values())

    @property
    def non_trainable(self) -> int:
        """Non-trainable parameters of the whole model."""
        return sum(i.non_trainable for i in self.nodes.values())

    @property
    def total(self) -> int:
        """All parameters."""
        return self.trainable + self.non_trainable


def analyze(graph: ModelGraph) -> Analysis:
    """Analyse ``graph``; see the module docstring."""
    result = Analysis()
    diags = result.diagnostics
    nodes = graph.nodes
    order = graph.topological_order()
    if order is None:
        cyclic = _nodes_on_cycles(graph)
        for nid in cyclic:
            diags.append(Diagnostic(
                nid, ERROR, _("{id} is part of a loop: data would flow round in a circle").format(id=nid),
                _("remove one of the links in the loop"),
            ))
        order = [nid for nid in _partial_order(graph) if nid not in cyclic]
    result.order = order
    if not graph.inputs():
        diags.append(Diagnostic(
            None, ERROR, _("the model has no Input layer, so there is nowhere for data to enter"),
            _("add an Input layer from the palette and link it to the first layer"),
            FixAction(_("Add an Input layer"), "add_input"),
        ))
    outputs = graph.outputs()
    result.outputs = outputs
    if nodes and not outputs:
        diags.append(Diagnostic(
            None, ERROR, _("the model has no output layer"),
            _("add a layer after the Input (for example a Dense layer) to produce the prediction"),
        ))

    cmap = graph.consumer_map()
    reach_in = _reachable_from_inputs(graph, cmap)
    for nid in order:
        node = nodes[nid]
        info = NodeInfo()
        result.nodes[nid] = info
        kind = node.kind
        n_in = len(node.inputs)
        if n_in < kind.min_inputs:
            if n_in == 0:
                msg = _("{id} ({type}) has no input linked, so no data reaches it").format(id=nid,
                                                                                            type=node.type)
                fix = _("drag a link from the output of an earlier layer to it, or delete it")
            else:
                msg = _("{id} ({type}) needs {inputs} but has {n}").format(
                    id=nid, type=node.type, inputs=kind.arity_text(translated=True), n=n_in)
                fix = _("link another layer into it")
            diags.append(Diagnostic(nid, ERROR, msg, fix))
            continue
        if kind.max_inputs is not None and n_in > kind.max_inputs:
            diags.append(Diagnostic(
                nid, ERROR, _("{id} ({type}) takes {inputs} but has {n}").format(
                    id=nid, type=node.type, inputs=kind.arity_text(translated=True), n=n_in),
                _("remove the extra links, or merge them first with Add or Concatenate"),
            ))
            continue
        problems = kind.check_params(node.params)
        if problems:
            for pname, text in problems.items():
                spec = kind.param_map.get(pname)
                diags.append(Diagnostic(nid, ERROR, f"{nid}: {text}", _fix_for_param(spec), None, pname))
            continue
        in_shapes = [result.nodes.get(src, NodeInfo()).shape for src in node.inputs]
        if any(s is None for s in in_shapes):
            continue  # an upstream problem is already reported
        try:
            inferred = kind.infer(kind.resolve(node.params), in_shapes)
        except ShapeError as err:
            action = err_action(err, nid)
            diags.append(Diagnostic(nid, ERROR, f"{nid}: {err.message}", err.fix, action))
            continue
        except DeskdlError as err:  # pragma: no cover - shape functions raise ShapeError
            diags.append(Diagnostic(nid, ERROR, f"{nid}: {err.message}", err.fix))
            continue
        info.shape = tuple(inferred.shape)
        info.trainable = int(inferred.trainable)
        info.non_trainable = int(inferred.non_trainable)
        if kind.advise is not None:
            for note in kind.advise(kind.resolve(node.params), in_shapes):
                diags.append(Diagnostic(nid, WARNING, f"{nid}: {note.message}", note.fix,
                                        err_action(note, nid)))

    for nid, node in nodes.items():
        if node.type == "Input" and not cmap[nid] and len(nodes) > 1:
            diags.append(Diagnostic(
                nid, WARNING, (_("the Input layer is not linked to anything") if nid.lower() == "input" else
                               _("the Input {id} is not linked to anything").format(id=nid)),
                _("link it to the first layer, or delete it"),
            ))
        elif node.type != "Input" and nid not in reach_in and node.inputs:
            diags.append(Diagnostic(
                nid, ERROR, _("{id} is not connected to any Input").format(id=nid),
                _("link the start of its branch to an Input layer"),
            ))
    diags.extend(_dangling(graph, outputs))
    if graph.groups:
        result.diagnostics = [_in_group(graph, d) for d in diags]
    return result


def _in_group(graph: ModelGraph, diag: Diagnostic) -> Diagnostic:
    """Name the group of a diagnostic's layer, so a problem hidden in a folded card can be found."""
    gid = graph.group_of(diag.node_id) if diag.node_id else None
    if gid is None:
        return diag
    nid = diag.node_id
    where = _("{id} (in the group {group})").format(id=nid, group=gid)
    message = where + diag.message[len(nid):] if diag.message.startswith(nid) else \
        _("{problem} (in the group {group})").format(problem=diag.message, group=gid)
    return Diagnostic(nid, diag.severity, message, diag.fix, diag.action, diag.param)


def group_info(graph: ModelGraph, analysis: Analysis, group_id: str,
               outputs: list[str] | None = None) -> NodeInfo:
    """A group seen as one layer: its output shape (when it has one output) and its parameters.

    The counts are the sums over its layers, so a folded card shows what the unfolded
    layers add up to. ``outputs`` (the group's output layers) saves a pass over the graph
    when the caller has them from :meth:`ModelGraph.all_group_outputs`.
    """
    group = graph.groups[group_id]
    info = NodeInfo()
    for nid in group.members:
        member = analysis.nodes.get(nid)
        if member is not None:
            info.trainable += member.trainable
            info.non_trainable += member.non_trainable
    outs = graph.group_outputs(group_id) if outputs is None else outputs
    if len(outs) == 1 and outs[0] in analysis.nodes:
        info.shape = analysis.nodes[outs[0]].shape
    return info


def named(role: str, node_id: str) -> str:
    """``the output dense_3``, or ``the output layer`` when the id is the role ("the output output")."""
    if node_id.lower() == role.lower():
        return f"the {role} layer"
    return f"the {role} {node_id}"


def _fix_for_param(spec: catalog.ParamSpec | None) -> str:
    if spec is None:
        return _("remove this parameter")
    if spec.choices and spec.kind == "choice":
        return _("choose one of: {choices}").format(choices=", ".join(str(c) for c in spec.choices))
    if spec.min is not None and spec.max is not None:
        return _("use a value between {min} and {max}").format(min=catalog.num(spec.min),
                                                               max=catalog.num(spec.max))
    if spec.min is not None:
        return _("use a value of at least {min}").format(min=catalog.num(spec.min))
    help_text = tr("catalog", spec.help)
    return _("set {name} again: {help}").format(name=spec.name, help=help_text[:1].lower() + help_text[1:])


def err_action(err: ShapeError | catalog.Note, node_id: str) -> FixAction | None:
    """The fix action of a shape error (or a layer's note), pointed at ``node_id``."""
    action = getattr(err, "action", None)
    if action is None:
        return None
    return FixAction(action.label, action.op, node_id, action.layer, dict(action.params), action.slot)


def _dangling(graph: ModelGraph, outputs: list[str]) -> list[Diagnostic]:
    """Explicit outputs leave other dead-end layers unused: say so."""
    if graph.explicit_outputs is None:
        return []
    used = {src for n in graph.nodes.values() for src in n.inputs}
    out = []
    for nid, node in graph.nodes.items():
        if nid not in used and nid not in outputs and node.type != "Input":
            out.append(Diagnostic(
                nid, WARNING,
                _("{id} leads nowhere: it is not an output and nothing reads it").format(id=nid),
                _("link it onward, mark it as an output, or delete it"),
            ))
    return out


def _reachable_from_inputs(graph: ModelGraph, cmap: dict[str, list[tuple[str, int]]]) -> set[str]:
    seen: set[str] = set()
    stack = list(graph.inputs())
    while stack:
        cur = stack.pop()
        if cur in seen:
            continue
        seen.add(cur)
        stack.extend(d for d, _ in cmap[cur])
    return seen


def _partial_order(graph: ModelGraph) -> list[str]:
    """Kahn's order of the nodes not blocked by a cycle."""
    nodes = graph.nodes
    cmap = graph.consumer_map()
    indeg = {nid: sum(1 for s in n.inputs if s in nodes) for nid, n in nodes.items()}
    ready = [nid for nid, d in indeg.items() if d == 0]
    order = []
    while ready:
        nid = ready.pop(0)
        order.append(nid)
        for dst, _ in cmap[nid]:
            indeg[dst] -= 1
            if indeg[dst] == 0:
                ready.append(dst)
    return order


def _nodes_on_cycles(graph: ModelGraph) -> list[str]:
    return [nid for nid in graph.nodes if any(graph.reaches(d, nid) for d, _ in graph.consumers(nid))]


def summary_rows(graph: ModelGraph, analysis: Analysis | None = None) -> list[dict[str, Any]]:
    """Rows of the model summary: id, type, output_shape, params (like Keras's summary)."""
    analysis = analysis or analyze(graph)
    rows = []
    for nid in analysis.order:
        info = analysis.nodes.get(nid, NodeInfo())
        rows.append({
            "id": nid,
            "type": graph.nodes[nid].type,
            "output_shape": list(info.shape) if info.shape is not None else None,
            "params": info.params,
        })
    return rows


def format_shape(shape: Shape | None) -> str:
    """``(None, 28, 28, 1)`` as Keras prints it; ``?`` when unknown.

    Only for the command line's Keras-style summary, which is meant to be compared line by
    line with ``model.summary()``. Every view the learner sees in the app writes shapes with
    :func:`deskdl.core.shapes_text.shape_text` (one example, batch left out).
    """
    if shape is None:
        return "?"
    inner = ", ".join("None" if s is None else str(s) for s in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"
