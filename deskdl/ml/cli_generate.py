"""``deskdl generate PROJECT``: text from a sequence-generation project's trained model (issue 13).

The model is the project's trained file (``PROJECT.trained.keras`` beside it, as the
app saves it) or ``--model FILE`` (e.g. the ``model.keras`` of ``deskdl train``). The
vocabulary comes from the project's data (the same text gives the same characters),
so the file needs nothing else. The prime comes first, then ``--length`` new characters
drawn at ``--temperature`` (0 = greedy: always the likeliest character) with ``--seed``.
The text goes to stdout; bad input is one line on stderr and exit status 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from deskdl.core.i18n import tr, translator

_ = translator("ml.cli_generate")

EXIT_OK = 0
EXIT_BAD_INPUT = 2
MODEL_ENDING = ".trained.keras"


class _BadInput(Exception):
    pass


def trained_model_path(project_file: str) -> Path:
    """``dir/lesson.deskdl`` -> ``dir/lesson.trained.keras`` (as the app names it)."""
    p = Path(project_file)
    base = p.name[: -len(".deskdl")] if p.name.endswith(".deskdl") and len(p.name) > 7 else p.name
    return p.with_name(base + MODEL_ENDING)


def run(args: Any) -> int:
    """Write text; see the module docstring. Returns the exit status."""
    file = str(args.file)
    try:
        text = generate(file, model_file=getattr(args, "model", None), prime=args.prime, length=args.length,
                        temperature=args.temperature, seed=args.seed)
    except _BadInput as err:
        if sys.stderr is not None:
            sys.stderr.write(f"deskdl: error: {file}: {' '.join(str(err).split())}\n")
        return EXIT_BAD_INPUT
    if sys.stdout is not None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    return EXIT_OK


def generate(file: str, model_file: str | None = None, prime: str | None = None, length: int = 400,
             temperature: float = 0.8, seed: int = 0) -> str:
    """The prime and ``length`` characters the project's model writes after it (raises ``_BadInput``)."""
    from deskdl.core.charseq import TextError, Vocabulary
    from deskdl.core.errors import DeskdlError
    from deskdl.core.kinds import kind_of
    from deskdl.core.project import Project

    if isinstance(length, bool) or not isinstance(length, int) or not 1 <= length <= 100_000:
        raise _BadInput(_("--length must be a whole number from 1 to 100000, not {value}").format(
            value=repr(length)))
    if not 0 <= temperature <= 5:
        raise _BadInput(_("--temperature must be from 0 (greedy) to 5, not {value}").format(
            value=f"{temperature:g}"))
    try:
        project = Project.load(file)
    except DeskdlError as err:
        raise _BadInput(err.text) from None
    if kind_of(project).id != "sequence_generation":
        raise _BadInput(_("this is a {kind} project; deskdl generate writes text with a sequence-generation "
                          "project (e.g. the 'Tune writer' template)").format(
            kind=tr("core.kinds", kind_of(project).title).lower()))
    path = Path(model_file) if model_file else trained_model_path(file)
    if not path.is_file():
        raise _BadInput(_("there is no trained model at {path}; train the project first (in the app, then "
                          "save it; or deskdl train, then pass --model RUN/model.keras)").format(path=path))
    from deskdl.logsetup import import_tensorflow_quietly

    import_tensorflow_quietly()
    from deskdl.ml import datasets

    try:
        bundle = datasets.load_config(project.data)
    except DeskdlError as err:
        raise _BadInput(err.text) from None
    if not bundle.vocabulary:
        raise _BadInput(_("the project's data is not a text; choose 'Folk tunes in ABC' or 'Your text'"))
    vocab = Vocabulary(tuple(bundle.vocabulary))
    import keras

    from deskdl.ml.custom_layers import custom_objects

    try:
        model = keras.saving.load_model(str(path), custom_objects=custom_objects(), safe_mode=True)
    except Exception as err:  # noqa: BLE001 - a damaged or foreign file: one line
        raise _BadInput(_("cannot read the model {path}: {error}").format(
            path=path, error=f"{type(err).__name__}: {err}")) from None
    from deskdl.ml.charlm import CharWriter

    if prime is None:
        prime = project.algorithm.get("prime") or vocab.decode(bundle.x_train[0].astype(int))
    try:
        writer = CharWriter(model, vocab)
        written = writer.write([prime], [float(temperature)], length, seed=int(seed))[0]
    except TextError as err:
        raise _BadInput(err.text) from None
    return prime + written.text


__all__ = ["generate", "run", "trained_model_path"]
