"""Merge layers: join two or more branches into one (skip connections, multi-input models)."""

from __future__ import annotations

from deskdl.core.catalog import Inferred, LayerKind, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import translator
from deskdl.core.layers.shapes import fmt

_ = translator("catalog")


def _pair(layer: str, a: tuple, b: tuple) -> tuple:
    """Keras's element-wise rule (``Merge._compute_elemwise_op_output_shape``), batch left out."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return a
    out = list(a[: len(a) - len(b)])
    for i, j in zip(a[len(a) - len(b):], b):
        if i is None or j is None:
            out.append(None)
        elif i == 1:
            out.append(j)
        elif j == 1 or i == j:
            out.append(i)
        else:
            raise ShapeError(
                _("{layer} combines its inputs value by value, so their shapes must match, but it "
                  "receives {a} and {b}").format(layer=layer, a=fmt(a), b=fmt(b)),
                _("make both branches end in the same shape (e.g. the same number of units or filters), "
                  "or use Concatenate to put them side by side"),
            )
    return tuple(out)


def _elementwise(layer: str):
    def infer(params, shapes):
        out = tuple(shapes[0][1:])
        for shape in shapes[1:]:
            out = _pair(layer, out, tuple(shape[1:]))
        return Inferred((None, *out))
    return infer


_MERGE_TEACH = {
    "Add": "Adds its inputs value by value. With a layer's input and output it forms a skip "
           "(residual) connection, which lets very deep networks train.",
    "Subtract": "Subtracts the second input from the first, value by value, e.g. to compare two "
                "encodings.",
    "Multiply": "Multiplies its inputs value by value, e.g. to let one branch switch parts of "
                "another on and off (gating). Squeeze-and-excite blocks (EfficientNet, MobileNetV3) "
                "multiply an image (h, w, c) by one weight per channel (1, 1, c) this way.",
    "Average": "Takes the mean of its inputs value by value, e.g. to blend the predictions of "
               "several branches.",
    "Maximum": "Keeps, at every position, the largest of its inputs' values, e.g. to let the "
               "strongest of several detectors win.",
    "Minimum": "Keeps, at every position, the smallest of its inputs' values, e.g. to combine "
               "branches so that all of them must agree before a value is high.",
}

for _name, _max in (("Add", None), ("Subtract", 2), ("Multiply", None), ("Average", None),
                    ("Maximum", None), ("Minimum", None)):
    register(LayerKind(
        name=_name,
        category="Merge",
        params=(),
        infer=_elementwise(_name),
        min_inputs=2,
        max_inputs=_max,
        input_names=("first", "second") if _name == "Subtract" else (),
        teach=_MERGE_TEACH[_name] + " The inputs must have the same shape, except that a size of 1 "
              "is stretched to match the other input's size.",
    ))


def _concatenate(params, shapes):
    axis = params["axis"]
    ranks = {len(s) for s in shapes}
    if len(ranks) > 1:
        listed = ", ".join(fmt(s[1:]) for s in shapes)
        raise ShapeError(
            _("Concatenate needs inputs with the same number of axes, but receives {shapes}").format(
                shapes=listed),
            _("Flatten or Reshape the branches so they have the same number of axes"),
        )
    (rank,) = ranks
    if not -rank <= axis < rank or axis % rank == 0:
        raise ShapeError(
            _("Concatenate axis {axis} does not exist for inputs shaped {shape}").format(
                axis=axis, shape=fmt(shapes[0][1:])),
            _("use axis -1 (the last axis), or a number from 1 to {last}").format(last=rank - 1),
        )
    idx = axis % rank
    for i in range(1, rank):
        if i == idx:
            continue
        sizes = {s[i] for s in shapes} - {None}
        if len(sizes) > 1:
            listed = ", ".join(fmt(s[1:]) for s in shapes)
            raise ShapeError(
                _("Concatenate joins along axis {axis}, so every other axis must match, but it "
                  "receives {shapes}").format(axis=axis, shapes=listed),
                _("make the branches agree on those sizes (e.g. with padding 'same' or pooling), or "
                  "concatenate along another axis"),
            )
    out = list(shapes[0])
    for shape in shapes[1:]:
        if out[idx] is None or shape[idx] is None:
            out[idx] = None
            break
        out[idx] += shape[idx]
    return Inferred(tuple(out))


register(LayerKind(
    name="Concatenate",
    category="Merge",
    params=(ParamSpec("axis", "int", -1, "The axis along which the inputs are joined; -1 is the "
                      "last (features or channels)."),),
    infer=_concatenate,
    min_inputs=2,
    max_inputs=None,
    summary=("axis",),
    teach="Puts its inputs side by side along one axis, e.g. 32 and 16 features become 48. "
          "All other axes must have the same size.",
))
