"""The VAE part of an exported script: the encoder and decoder cut from the trained model, and samples.

:func:`deskdl.ml.export.export_python` writes a VAE like any model (the exported
``Sampling`` class adds its KL term, so ``fit`` on (x, x) trains it); this adds
the lines after training that :func:`deskdl.ml.vae.split_vae` does in the app:
the encoder ``x -> [mean, log_var]``, the decoder replayed on a new ``Input`` from
the trained layers (same weights), and decodes of random codes from N(0, I).
No Keras here: the lines are plain text, checked by running the script in a test.
"""

from __future__ import annotations

from deskdl.core.graph import ModelGraph


def vae_lines(graph: ModelGraph, latent: str, latent_shape: tuple[int, ...]) -> list[str]:
    """Lines for ``main()`` after ``model.fit``: encoder, decoder and 16 samples (uses ``model``)."""
    from deskdl.ml.vae import decoder_nodes

    node = graph.nodes[latent]
    mean_id, log_var_id = node.inputs[0], node.inputs[1]
    lines = [
        "    # The VAE's two halves, sharing the trained layers (and so their weights):",
        "    # the encoder gives each input's code cloud (mean and log_var), the decoder turns a code",
        f"    # (the output of the Sampling layer {latent!r}) back into a picture.",
        f"    mean_out = model.get_layer(\"{mean_id}\").output",
        f"    log_var_out = model.get_layer(\"{log_var_id}\").output",
        "    encoder = keras.Model(model.inputs, [mean_out, log_var_out], name=\"encoder\")",
        f"    code = keras.Input(shape={tuple(latent_shape)!r}, name=\"code\")",
    ]
    names = {latent: "code"}
    last = "code"
    for nid in decoder_nodes(graph, latent):
        srcs = [names[s] for s in graph.nodes[nid].inputs]
        var = f"d_{len(names)}"
        single = len(srcs) == 1 and graph.nodes[nid].kind.max_inputs == 1
        arg = srcs[0] if single else "[" + ", ".join(srcs) + "]"
        lines.append(f"    {var} = model.get_layer(\"{nid}\")({arg})")
        names[nid] = var
        last = var
    lines += [
        f"    decoder = keras.Model(code, {last}, name=\"decoder\")",
        "    # New pictures: decode codes drawn from N(0, I), the cloud the KL term pulls the codes to",
        f"    codes = np.random.default_rng(0).standard_normal((16, {', '.join(map(str, latent_shape))}))",
        "    samples = decoder.predict(codes.astype(\"float32\"), verbose=0)",
        "    mean, log_var = encoder.predict(x_test[:1], verbose=0)",
        "    print(\"codes have shape\", mean.shape[1:], \"; 16 decodes of random codes:\", samples.shape)",
    ]
    return lines


__all__ = ["vae_lines"]
