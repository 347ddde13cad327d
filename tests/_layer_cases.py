"""One small graph per catalog layer kind, with non-default settings, for export and import tests."""

from __future__ import annotations

from deskdl.core.graph import ModelGraph

L2 = {"class_name": "L2", "config": {"l2": 0.001}}

#: type -> (input shapes without batch, params). Params differ from the catalog defaults
#: wherever that is possible, so a lost value shows.
CASES: dict[str, tuple[list[list[int]], dict]] = {
    "Dense": ([[4]], {"units": 3, "activation": "relu", "use_bias": False, "kernel_initializer": "he_normal",
                      "kernel_regularizer": L2}),
    "Activation": ([[4]], {"activation": "tanh"}),
    "Dropout": ([[3, 4]], {"rate": 0.5, "noise_shape": [None, 1, 4]}),
    "Flatten": ([[3, 4]], {}),
    "Reshape": ([[12]], {"target_shape": [3, 4]}),
    "Permute": ([[3, 4]], {"dims": [2, 1]}),
    "RepeatVector": ([[4]], {"n": 5}),
    "BatchNormalization": ([[4]], {"momentum": 0.9, "epsilon": 0.01, "center": False}),
    "LayerNormalization": ([[4]], {"epsilon": 0.01, "scale": False}),
    "LeakyReLU": ([[4]], {"negative_slope": 0.1}),
    "GaussianNoise": ([[4]], {"stddev": 0.3}),
    "ReLU": ([[4]], {"max_value": 6.0, "negative_slope": 0.1, "threshold": 0.5}),
    "LayerScale": ([[5, 5, 3]], {"init_values": 0.1}),
    "DepthwiseConv2D": ([[7, 7, 3]], {"kernel_size": [3, 2], "strides": [2, 2], "padding": "same",
                                      "depth_multiplier": 2, "activation": "relu6", "use_bias": False,
                                      "depthwise_initializer": "he_normal", "depthwise_regularizer": "l2"}),
    "SeparableConv2D": ([[8, 8, 3]], {"filters": 5, "kernel_size": [3, 3], "dilation_rate": [2, 2],
                                      "depth_multiplier": 2, "activation": "hard_silu",
                                      "pointwise_initializer": "he_uniform", "pointwise_regularizer": L2}),
    "Conv1D": ([[10, 3]], {"filters": 6, "kernel_size": 5, "strides": 2, "padding": "same", "groups": 3,
                           "activation": "linear", "kernel_regularizer": "l1"}),
    "Conv2D": ([[9, 9, 2]], {"filters": 4, "kernel_size": [3, 2], "padding": "same", "dilation_rate": [2, 2],
                             "groups": 2, "kernel_regularizer": "l1_l2"}),
    "Conv2DTranspose": ([[5, 5, 2]], {"filters": 3, "kernel_size": [2, 2], "strides": [2, 2],
                                      "activation": "sigmoid"}),
    "UpSampling1D": ([[4, 3]], {"size": 3}),
    "UpSampling2D": ([[4, 4, 1]], {"size": [2, 3], "interpolation": "bilinear"}),
    "ZeroPadding2D": ([[4, 4, 1]], {"padding": [[2, 0], [1, 3]]}),
    "Cropping2D": ([[6, 6, 1]], {"cropping": [[1, 2], [0, 1]]}),
    "MaxPooling1D": ([[8, 2]], {"pool_size": 3, "strides": 1, "padding": "same"}),
    "MaxPooling2D": ([[8, 8, 1]], {"pool_size": [3, 3], "strides": [2, 2]}),
    "AveragePooling1D": ([[8, 2]], {"pool_size": 4}),
    "AveragePooling2D": ([[8, 8, 1]], {"pool_size": [2, 2], "padding": "same"}),
    "GlobalAveragePooling1D": ([[8, 2]], {}),
    "GlobalAveragePooling2D": ([[4, 4, 2]], {"keepdims": True}),
    "GlobalMaxPooling1D": ([[8, 2]], {"keepdims": True}),
    "GlobalMaxPooling2D": ([[4, 4, 2]], {}),
    "Embedding": ([[6]], {"input_dim": 50, "output_dim": 4, "mask_zero": True,
                          "embeddings_regularizer": "l2"}),
    "SimpleRNN": ([[5, 3]], {"units": 4, "return_sequences": True, "activation": "relu"}),
    "LSTM": ([[5, 3]], {"units": 4, "go_backwards": True, "dropout": 0.1, "unit_forget_bias": False,
                        "recurrent_activation": "hard_sigmoid"}),
    "GRU": ([[5, 3]], {"units": 4, "reset_after": False, "use_bias": True, "recurrent_dropout": 0.1}),
    "Bidirectional": ([[5, 3]], {"layer": {"type": "GRU", "params": {"units": 3, "return_sequences": True}},
                                 "merge_mode": "sum"}),
    "TimeDistributed": ([[5, 3]], {"layer": {"type": "Dense", "params": {"units": 2, "activation": "relu"}}}),
    "MultiHeadAttention": ([[4, 5, 8], [4, 6, 8], [4, 6, 8]], {"num_heads": 3, "key_dim": 4, "value_dim": 5,
                                                               "dropout": 0.1, "attention_axes": [2]}),
    "Add": ([[4], [4], [4]], {}),
    "Subtract": ([[4], [4]], {}),
    "Multiply": ([[4], [4]], {}),
    "Average": ([[4], [4]], {}),
    "Maximum": ([[4], [1], [4]], {}),
    "Minimum": ([[2, 4], [1, 4]], {}),
    "Concatenate": ([[3, 4], [3, 2]], {"axis": -1}),
    "Rescaling": ([[4]], {"scale": 0.5, "offset": -1.0}),
    "Normalization": ([[2, 3]], {"mean": [0.5, 1.0, 2.0], "variance": [1.0, 4.0, 0.25], "invert": True}),
    "RandomFlip": ([[8, 8, 1]], {"mode": "vertical"}),
    "RandomRotation": ([[8, 8, 1]], {"factor": 0.2, "fill_mode": "constant", "fill_value": 0.5}),
    "RandomZoom": ([[8, 8, 1]], {"height_factor": 0.2, "width_factor": 0.3, "fill_mode": "wrap",
                                 "interpolation": "nearest"}),
    "RandomTranslation": ([[8, 8, 1]], {"height_factor": 0.2, "width_factor": 0.05, "fill_mode": "nearest",
                                        "interpolation": "nearest", "fill_value": -1.0}),
    "Sampling": ([[3], [3]], {}),
    "PositionalEncoding": ([[5, 4]], {"max_wavelength": 500.0}),
}


def case_graph(type_name: str) -> ModelGraph:
    """Inputs ``in0``, ``in1``... feeding one layer ``layer``."""
    shapes, params = CASES[type_name]
    g = ModelGraph()
    ins = [g.add_node("Input", {"shape": s}, node_id=f"in{i}") for i, s in enumerate(shapes)]
    g.add_node(type_name, params, node_id="layer", inputs=ins)
    return g
