"""Issue 18: the catalog's teaching texts state true facts, and no help string is silently shared.

A parameter's help text may be written once for several layer kinds only where the
parameter means exactly the same thing in all of them; that list is explicit here.
Any other help string used by two kinds is a test failure: it is how LayerNormalization
came to say BatchNormalization's (backwards) axis help.
"""

from __future__ import annotations

from collections import defaultdict

from deskdl.core import catalog

RNN = {"SimpleRNN", "LSTM", "GRU"}
POOL = {"MaxPooling1D", "MaxPooling2D", "AveragePooling1D", "AveragePooling2D"}
CONV = {"Conv1D", "Conv2D"}
NORM = {"BatchNormalization", "LayerNormalization"}
RANDOM = {"RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation"}
SEPARABLE = {"DepthwiseConv2D", "SeparableConv2D"}
GLOBAL = {"GlobalAveragePooling1D", "GlobalAveragePooling2D", "GlobalMaxPooling1D", "GlobalMaxPooling2D"}
ANY = None

#: (parameter name, kinds whose help for it may be the same text; ANY = every kind).
SAME_MEANING = (
    ("activation", ANY), ("use_bias", ANY), ("kernel_initializer", ANY), ("bias_initializer", ANY),
    ("kernel_regularizer", ANY),
    ("epsilon", NORM), ("center", NORM), ("scale", NORM),
    ("filters", CONV), ("strides", CONV), ("padding", CONV), ("groups", CONV),
    ("dilation_rate", CONV | {"Conv2DTranspose"}),
    ("pool_size", POOL), ("strides", POOL), ("padding", POOL),
    ("units", RNN), ("return_sequences", RNN), ("go_backwards", RNN), ("dropout", RNN),
    ("recurrent_dropout", RNN), ("recurrent_activation", RNN),
    ("fill_mode", RANDOM), ("fill_value", RANDOM), ("interpolation", RANDOM), ("seed", RANDOM),
    # Issue 14: the window of a depthwise (or separable) convolution moves and pads as Conv2D's does
    ("strides", CONV | SEPARABLE), ("padding", CONV | SEPARABLE),
    ("depth_multiplier", SEPARABLE), ("dilation_rate", SEPARABLE), ("depthwise_initializer", SEPARABLE),
    ("depthwise_regularizer", SEPARABLE), ("keepdims", GLOBAL),
)


def _allowed(names: set[str], kinds: set[str]) -> bool:
    if len(names) != 1:
        return False
    (name,) = names
    return any(n == name and (allowed is ANY or kinds <= allowed) for n, allowed in SAME_MEANING)


def test_no_help_text_is_shared_across_kinds_whose_meaning_differs():
    users: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for kind in catalog.all_kinds():
        for spec in kind.params:
            users[spec.help].add((kind.name, spec.name))
    bad = []
    for text, where in users.items():
        kinds = {k for k, _ in where}
        if len(kinds) > 1 and not _allowed({p for _, p in where}, kinds):
            bad.append((sorted(where), text))
    assert bad == []


def test_the_allow_list_itself_catches_a_shared_string():
    # The rule would have caught the old LayerNormalization axis help (BatchNormalization's text).
    assert not _allowed({"axis"}, NORM)
    assert not _allowed({"padding"}, {"Conv2D", "Conv2DTranspose"})
    assert not _allowed({"padding"}, {"Conv2D", "MaxPooling2D"})
    assert _allowed({"use_bias"}, {"Dense", "LSTM"})


def _help(kind: str, param: str) -> str:
    return catalog.get(kind).param_map[param].help


def test_bias_initializer_help_says_zeros_is_the_normal_choice():
    bias = _help("Dense", "bias_initializer")
    assert bias.startswith("How the starting offsets (biases) are set. zeros, the default, is the usual "
                           "choice: the random starting weights already make the units differ, so the "
                           "biases need not.")
    # the constant choice (the dead-ReLU lab) says what a very negative one does
    assert "constant starts every bias at one number" in bias and "dead from the first step" in bias
    assert "same thing" in _help("Dense", "kernel_initializer")
    assert "lecun_normal suits selu" in _help("Dense", "kernel_initializer")


def test_layer_normalization_axis_is_across_not_per_value():
    ln = _help("LayerNormalization", "axis")
    bn = _help("BatchNormalization", "axis")
    assert ln.startswith("The axis normalised across: for every example")
    assert bn.startswith("The axis whose values each get their own mean and variance, measured over")


def test_transposed_convolution_padding_gives_keras_sizes():
    text = _help("Conv2DTranspose", "padding")
    assert "'valid' gives (n - 1) × strides + kernel_size (never less than n × strides)" in text
    assert "'same' gives exactly n × strides" in text
    infer = catalog.get("Conv2DTranspose").infer
    params = catalog.get("Conv2DTranspose").resolve({"strides": 2, "kernel_size": 3})
    assert infer({**params, "padding": "valid"}, [(None, 7, 7, 1)]).shape[1] == (7 - 1) * 2 + 3
    assert infer({**params, "padding": "same"}, [(None, 7, 7, 1)]).shape[1] == 7 * 2
    small = catalog.get("Conv2DTranspose").resolve({"strides": 3, "kernel_size": 2})
    assert infer(small, [(None, 7, 7, 1)]).shape[1] == 7 * 3  # never less than n × strides


def test_pooling_same_padding_does_not_count_zeros():
    assert "left out, not counted as zeros" in _help("MaxPooling2D", "padding")
    assert "pads the border with zeros" in _help("Conv2D", "padding")


def test_softmax_is_described_over_the_last_axis():
    assert "softmax works on the whole last axis at once" in _help("Dense", "activation")
    assert "softmax instead works on the whole last axis, so those values add up to 1" in \
        catalog.get("Activation").teach
    assert "after an Add" in catalog.get("Activation").teach


def test_teaching_texts_state_the_corrected_facts():
    assert "1/(1 - rate)" in catalog.get("Dropout").teach
    assert "It is not the inverse of a Conv2D" in catalog.get("Conv2DTranspose").teach
    assert "heart" not in catalog.get("Sampling").teach and "KL term" in catalog.get("Sampling").teach
    assert "a Conv2D run over every frame of a video" in catalog.get("TimeDistributed").teach
    assert "Permute [2, 1]" in catalog.get("Permute").teach
    assert "zero or nearly zero" in _help("Dense", "kernel_regularizer")
    assert "exactly zero" not in _help("Dense", "kernel_regularizer")
    assert "on each side" in _help("ZeroPadding2D", "padding")
    assert "on each side" in _help("Cropping2D", "cropping")
    assert catalog.get("PositionalEncoding").category == "Sequence"


def test_augmentation_says_the_label_must_stay_true():
    for name in sorted(RANDOM):
        assert "keeps its label" in catalog.get(name).teach, name
    assert "a mirrored 2, 3 or 7 is no longer that digit" in catalog.get("RandomFlip").teach
