"""A debiasing project as a runnable plain-Keras script: the whole method, as deskdl runs it.

The script does what :class:`deskdl.ml.trainers.debias.DebiasTrainer` does: it trains the small
dense VAE of :func:`deskdl.ml.debias.vae_graph` on the training pictures (no labels), encodes every
picture, weights each by how rare its code is (:func:`deskdl.ml.debias.latent_weights`, copied
into the script), then trains the project's classifier twice from the same first weights, once
as the data are and once with the weights (resampled or multiplied into the loss, as
``algorithm.method`` says), and prints each one's accuracy on each subgroup of the balanced test
part. The pieces (data loader, layers, optimizer) are :mod:`deskdl.ml.export`'s, so the
exporters agree; the functions of :mod:`deskdl.ml.debias` are copied from their source.
"""

from __future__ import annotations

import json
from typing import Any

from deskdl.core import bias_data, datagen
from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import tr, translator
from deskdl.core.kinds import DEBIAS
from deskdl.core.training import training_with_defaults
from deskdl.ml import export as ex
from deskdl.ml.datasets import script as s

_ = translator("ml.export_debias")

MAIN = '''
def fit_epochs(model, x, y, epochs, weights=None, method="resample"):
    """``epochs`` epochs of fit, each in its own order drawn from the seed and the epoch's number.

    With ``weights``: "resample" draws each epoch's pictures by weight (with replacement),
    "weight" keeps every picture once and multiplies its loss by its weight.
    """
    resample = weights is not None and method == "resample"
    for e in range(epochs):
        order = epoch_order(len(x), SEED, e, weights if resample else None)
        sample_weight = None if weights is None or resample else weights[order]
        model.fit(x[order], y[order], sample_weight=sample_weight, batch_size=BATCH_SIZE, epochs=1,
                  shuffle=False, verbose=0)


def classifier(steps_per_epoch):
    """The project's classifier, compiled, from the same first weights each time (the seed)."""
    keras.utils.set_random_seed(SEED)
    model = build_model()
{optimizer}
    model.compile(optimizer=optimizer, loss={loss}, metrics=["accuracy"])
    return model


def main():
    """The VAE, the weights, the classifier without and with them, and their accuracy per subgroup."""
    (x_train, y_train), (x_test, y_test) = load_data()
    labels = prepare_labels(y_train)
    steps_per_epoch = max(math.ceil(len(x_train) / BATCH_SIZE), 1)

    print(f"1. training the VAE on the {{len(x_train)}} training pictures (no labels), {{VAE_EPOCHS}} epochs")
    keras.utils.set_random_seed(SEED)
    vae = build_vae()
    vae.compile(optimizer=keras.optimizers.Adam(0.001), loss="binary_crossentropy")
    fit_epochs(vae, x_train, x_train, VAE_EPOCHS)
    encoder = keras.Model(vae.inputs, vae.get_layer("mean").output, name="encoder")
    codes = encoder.predict(x_train, batch_size=512, verbose=0)
    weights = latent_weights(codes, BINS, ALPHA)
    groups = SUBGROUPS["train"]
    for g, name in enumerate(GROUPS):
        print(f"   mean weight of the {{name}} pictures: {{weights[groups == g].mean():.2f}} "
              f"({{(groups == g).sum()}} pictures)")

    rows = {{}}
    for row, w in (("without weights", None), ("with weights", weights)):
        print(f"2. training the classifier {{row}}, {{EPOCHS}} epochs")
        model = classifier(steps_per_epoch)
        fit_epochs(model, x_train, labels, EPOCHS, w, METHOD)
        scores = model.predict(x_test, batch_size=512, verbose=0)
        guess = scores.argmax(axis=-1) if scores.shape[-1] > 1 else (scores[..., 0] > 0.5).astype("int64")
        rows[row] = accuracy_by_group(guess.ravel() == y_test.ravel(), SUBGROUPS["test"])

    print("test accuracy      " + "  ".join(f"{{name:>9}}" for name in GROUPS) + "    overall")
    for row, acc in rows.items():
        overall = float(np.nanmean(acc))  # the test part has as many pictures of each subgroup
        print(f"{{row:<18}} " + "  ".join(f"{{a:9.1%}}" for a in acc) + f"  {{overall:9.1%}}")
    return rows
'''


def export_debias(project: Any) -> str:
    """The debiasing project as a runnable Keras script (:class:`~deskdl.ml.export.ExportError` if not)."""
    from deskdl.ml.debias import (
        DATASET_ID,
        WRONG_DATA,
        WRONG_DATA_FIX,
        epoch_order,
        latent_weights,
        vae_graph,
    )

    data = dict(getattr(project, "data", None) or {})
    if data.get("dataset") != DATASET_ID:
        raise ex.ExportError(tr("ml.debias", WRONG_DATA).format(dataset=data.get("dataset")),
                             tr("ml.debias", WRONG_DATA_FIX))
    problems = DEBIAS.check(getattr(project, "algorithm", None))
    if problems:
        raise ex.ExportError(_("the debiasing settings have a problem: {problem}").format(
            problem=problems[0]), _("change it in the Train tab's settings"))
    graph: ModelGraph = project.graph
    title = (getattr(project, "name", "") or "debiasing").replace('"""', "'''").replace("\\", "/")
    classifier_code = ex.model_code(graph, ex._safe_model_name(title))  # ExportError for a broken model
    a = DEBIAS.with_defaults(getattr(project, "algorithm", None))
    training = training_with_defaults(getattr(project, "training", None))
    helpers, load_func, _offline = ex.data_code(data)
    loss = str(training.get("loss"))
    labels = ex._labels_code(loss, False, len(datagen.SHAPE_CLASSES))
    shape = tuple(int(d) for d in analyze(graph).nodes[graph.inputs()[0]].shape[1:])
    vae = ModelGraph.from_dict(vae_graph(shape, int(a["latent_dim"]), float(a["beta"])))
    pre, optimizer = ex._optimizer_code(training)
    pre = [line for line in pre if not line.startswith("    steps_per_epoch =")]  # classifier()'s argument
    seed = training.get("seed")

    out = [
        f'"""{title}: debiasing with a VAE, exported from deskdl.\n\n'
        "Run it with ``python <this file>``; it needs only NumPy and Keras (with a backend such as\n"
        "TensorFlow). It does what deskdl does: a small VAE learns the training pictures without\n"
        "labels, each picture is weighted by how rare its code is, and the classifier is trained\n"
        "twice from the same first weights, without and with the weights; the accuracy on each\n"
        "subgroup of the test pictures shows what the weights changed (Amini et al., 2019).\n"
        '"""\n',
        "import math\n\nimport keras\nimport numpy as np\n",
        "\n".join([
            f"EPOCHS = {int(training['epochs'])}  # for each of the two classifiers",
            f"BATCH_SIZE = {int(training['batch_size'])}",
            f"SEED = {ex.literal(0 if seed is None else int(seed))}",
            f"VAE_EPOCHS = {int(a['vae_epochs'])}",
            f"BINS = {int(a['bins'])}  # bins of each code number's histogram",
            f"ALPHA = {ex.literal(float(a['alpha']))}  # smoothing added to each bin's share",
            f"METHOD = {json.dumps(str(a['method']))}  # resample or weight",
        ]) + "\n",
        "\n# ---------------------------------------------------------------- data\n",
        helpers, load_func, labels,
        f"\n{s.source(bias_data.accuracy_by_group)}",
        "\n# ---------------------------------------------------------------- deskdl's own layers",
        ex.custom_layers_code(["Sampling"]),
        "\n# ---------------------------------------------------------------- models\n",
        "def build_model():\n    \"\"\"The classifier, layer by layer (names are deskdl's node ids).\"\"\"\n"
        + classifier_code + "\n",
        "def build_vae():\n    \"\"\"The small dense VAE that looks for rare pictures "
        "(its Sampling layer adds beta x KL).\"\"\"\n" + ex.model_code(vae, "debias_vae") + "\n",
        "\n# ---------------------------------------------------------------- the weights\n",
        s.source(latent_weights), s.source(epoch_order),
        MAIN.format(optimizer="\n".join(pre + [f"    optimizer = {optimizer}"]), loss=json.dumps(loss)),
        'if __name__ == "__main__":\n    main()\n',
    ]
    text = "\n\n\n".join(part.strip("\n") for part in out if part.strip()) + "\n"
    return text


__all__ = ["export_debias"]
