"""Model graphs the benches share (plain data: importing this loads nothing heavy)."""

#: The digits CNN: two Conv2D layers (32 and 64 filters), pooling, a Dense layer of 64.
DIGITS = {"nodes": [
    {"id": "in", "type": "Input", "params": {"shape": [8, 8, 1]}},
    {"id": "c1", "type": "Conv2D", "params": {"filters": 32, "kernel_size": [3, 3], "padding": "same",
                                               "activation": "relu"}, "inputs": ["in"]},
    {"id": "p1", "type": "MaxPooling2D", "params": {}, "inputs": ["c1"]},
    {"id": "c2", "type": "Conv2D", "params": {"filters": 64, "kernel_size": [3, 3], "padding": "same",
                                               "activation": "relu"}, "inputs": ["p1"]},
    {"id": "f", "type": "Flatten", "params": {}, "inputs": ["c2"]},
    {"id": "d", "type": "Dense", "params": {"units": 64, "activation": "relu"}, "inputs": ["f"]},
    {"id": "out", "type": "Dense", "params": {"units": 10, "activation": "softmax"}, "inputs": ["d"]}]}
