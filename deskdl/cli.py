"""The ``deskdl`` command: the desktop app, and a few jobs that need no window.

``deskdl`` alone starts the app (``--project``, ``--screenshot``, ``--tab``);
``deskdl FILE.deskdl`` opens that project like ``--project FILE.deskdl`` (what a
desktop entry's ``%f`` passes).
Subcommands::

    deskdl summary FILE [--json]          layers, output shapes and parameter counts
    deskdl export FILE [-o SCRIPT.py]     the project as a Keras Python script
    deskdl import MODEL.keras [-o FILE] [--force]
                                          a Keras model (.keras or .json config) as a project
    deskdl devices [--json]               what TensorFlow sees and what deskdl would use
    deskdl train FILE [--epochs N] [--out DIR]
    deskdl generate FILE [--prime TEXT] [--length N] [--temperature T] [--seed S] [--model M]
                                          text from a sequence-generation project's model
    deskdl lessons [--verify] [NAME | FILE.toml | FILE.deskdl-lesson] [--dir DIR] [--bundle FILE]
                                          the lessons by section; --verify plays each one's
                                          "show me" (trainings included) and checks every step
    deskdl check BUNDLE [BUNDLE ...] [--handout FILE]
                                          a learner's submission bundle: every step's check again
                                          (--handout: against the lesson in the teacher's hand-out)

Bad input exits with status 2 and exactly one line on stderr,
``deskdl: error: FILE: what is wrong, where, and how to fix it``; never a
traceback. Everything printed for a person speaks the language the window would
(``--language``, ``$DESKDL_LANGUAGE``, the saved choice, the system's:
:func:`deskdl.core.language.install_language`, without Qt); the prefixes
``deskdl: error:`` and ``deskdl: warning:``, argparse's own words (``usage:``,
``options:``) and the files for programs (``--json``, ``metrics.csv``) stay English.
``summary`` and ``export`` do not import TensorFlow. Output goes
through :func:`_out`, which copes with ``sys.stdout`` being ``None`` (a
frozen windowed app).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from deskdl import __version__
from deskdl.core.errors import error_line
from deskdl.core.i18n import N_, translator

_ = translator("cli")

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class _BadInput(Exception):
    """Raised inside a command: ``file`` and one line of ``text`` for stderr."""

    def __init__(self, file: str | None, text: str) -> None:
        super().__init__(text)
        self.file = file
        self.text = text


class _Formatter(argparse.HelpFormatter):
    """argparse's help, its ``usage:`` in the language deskdl speaks."""

    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001 - argparse's signature
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (``deskdl: error: ...``) and no ``sys.exit`` from ``error``.

    The help's headings and its ``-h`` line speak the language deskdl speaks; argparse's own
    error messages ("the following arguments are required") stay English.
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=_("show this help message and exit"))

    def error(self, message: str) -> NoReturn:
        raise _BadInput(None, _("{message} (see deskdl --help)").format(message=message))


# ---------------------------------------------------------------- output
def _out(text: str = "") -> None:
    stream = sys.stdout
    if stream is not None:
        stream.write(text + "\n")
        stream.flush()


def _err(text: str) -> None:
    stream = sys.stderr
    if stream is not None:
        stream.write(text + "\n")
        stream.flush()


# ---------------------------------------------------------------- parser
def _size(text: str) -> tuple[int, int]:
    """``1280x720`` -> ``(1280, 720)``."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a size: write it as 1280x720").format(text=repr(text))) from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise argparse.ArgumentTypeError(
            _("{text}: width and height must be 200 to 10000 pixels").format(text=repr(text)))
    return w, h


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the GUI's ``run(args)``: attributes project, screenshot, tab)."""
    parser = _Parser(
        prog="deskdl",
        description=_("Build, train and look inside real Keras models. Without a command, starts the app."),
    )
    parser.add_argument("--version", action="version", version=f"deskdl {__version__}",
                        help=_("show deskdl's version number and exit"))
    parser.add_argument("--device", metavar="cpu|gpu:N|auto",
                        help=_("where TensorFlow computes (default: the saved choice, else the first GPU)"))
    parser.add_argument("--project", metavar="P", help=_("open this project in the app"))
    parser.add_argument("--screenshot", metavar="FILE", help=_("save a PNG of the window and quit"))
    parser.add_argument("--tab", metavar="NAME", help=_("start on this tab (e.g. Train)"))
    parser.add_argument("--lesson", metavar="NAME[:STEP]",
                        help=_("open this lesson where you left it, or at step STEP (see 'deskdl lessons')"))
    parser.add_argument("--lessons", action="store_true", help=_("start with the lessons browser open"))
    parser.add_argument("--size", metavar="WxH", type=_size,
                        help=_("the window's size, e.g. 1280x720 (for --screenshot; default 1440x900)"))
    parser.add_argument("--theme", choices=("system", "light", "dark"), help=_("colour theme of the app"))
    parser.add_argument("--language", metavar="CODE", help=_(LANGUAGE_HELP))
    parser.add_argument("--self-test", action="store_true",
                        help=_("check that resources, TensorFlow and Qt work, then quit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--device", metavar="cpu|gpu:N|auto", default=argparse.SUPPRESS,
                       help=_("where TensorFlow computes"))
        p.add_argument("--language", metavar="CODE", default=argparse.SUPPRESS,
                       help=_("the language of what deskdl prints: en, vi or system (like the app's "
                              "--language)"))
        return p

    p = command("summary", _("print each layer's output shape and parameter count"))
    p.add_argument("file", metavar="FILE", help=_("a .deskdl project"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))

    p = command("export", _("write the project as a Keras Python script"))
    p.add_argument("file", metavar="FILE", help=_("a .deskdl project"))
    p.add_argument("-o", "--output", metavar="SCRIPT.py", help=_("where to write it (default: print it)"))

    p = command("import", _("turn a Keras model (.keras file or to_json() config) into a project"))
    p.add_argument("file", metavar="MODEL", help=_("a .keras file or a .json model config"))
    p.add_argument("-o", "--output", metavar="FILE.deskdl",
                   help=_("where to write the project (default: MODEL with .deskdl)"))
    p.add_argument("-f", "--force", action="store_true", help=_("replace the project file if it exists"))

    p = command("devices", _("show the CPU and GPUs TensorFlow sees and which one deskdl uses"))
    p.add_argument("--json", action="store_true", help=_("print JSON"))

    p = command("train", _("train a project without the window"))
    p.add_argument("file", metavar="FILE", help=_("a .deskdl project"))
    p.add_argument("--epochs", type=int, metavar="N", help=_("train this many epochs instead"))
    p.add_argument("--out", metavar="DIR", help=_("folder for metrics.csv, model.keras and report.txt"))

    p = command("sweep", _("train a project many times, varying settings, and write results.csv"))
    p.add_argument("file", metavar="FILE", help=_("a .deskdl project"))
    p.add_argument("--set", action="append", metavar="NAME=VALUES",
                   help=_("a setting and its values: learning_rate=0.001,0.01 or =log(1e-4,1e-1,4), "
                          "batch_size=lin(16,64,4), optimizer=Adam,SGD, LAYER.PARAM=... (repeat for more)"))
    p.add_argument("--random", type=int, metavar="N", help=_("N runs at random instead of every combination"))
    p.add_argument("--seed", type=int, default=0, metavar="S",
                   help=_("seed of the random search (default 0)"))
    p.add_argument("--max-runs", type=int, metavar="N", help=_("run at most N of the combinations"))
    p.add_argument("--max-minutes", type=float, metavar="M", help=_("start no run after M minutes"))
    p.add_argument("--epochs", type=int, metavar="N", help=_("train each run this many epochs instead"))
    p.add_argument("--out", metavar="DIR", help=_("folder for results.csv and runs.json"))

    p = command("generate", _("write text with a sequence-generation project's trained model"))
    p.add_argument("file", metavar="FILE", help=_("a .deskdl project of kind sequence_generation"))
    p.add_argument("--prime", metavar="TEXT", help=_("the text to start from (default: the project's prime)"))
    p.add_argument("--length", type=int, default=400, metavar="N",
                   help=_("characters to write (default 400)"))
    p.add_argument("--temperature", type=float, default=0.8, metavar="T",
                   help=_("0 = always the likeliest character, 1 = the model's own odds (default 0.8)"))
    p.add_argument("--seed", type=int, default=0, metavar="S", help=_("random seed of the draws (default 0)"))
    p.add_argument("--model", metavar="M.keras", help=_("the trained model (default: FILE's .trained.keras)"))

    p = command("lessons",
                _("list the lessons; with --verify, play each lesson's solution and check each step"))
    p.add_argument("name", nargs="?", metavar="NAME",
                   help=_("only this lesson (its id, e.g. perceptron, or a lesson .toml file)"))
    p.add_argument("--verify", action="store_true",
                   help=_("do every step's 'show me' (trainings included) and its check; exit 0 only if all "
                          "pass"))
    p.add_argument("--dir", metavar="DIR", help=_("a folder of lessons instead of the bundled ones"))
    p.add_argument("--bundle", metavar="FILE",
                   help=_("with --verify and one NAME: write the reference solution as a submission bundle"))

    p = command("check", _("check learners' submission bundles again and print each step's result"))
    p.add_argument("bundles", nargs="+", metavar="BUNDLE", help=_("a .deskdl-bundle file"))
    p.add_argument("--dir", metavar="DIR", help=_("a folder of lessons for bundles that hold no lesson"))
    p.add_argument("--handout", metavar="FILE",
                   help=_("grade against the lesson in this hand-out (.deskdl-lesson), not the bundle's "
                          "copy"))
    return parser


#: ``--language``'s help (the app's and, shorter, each command's).
LANGUAGE_HELP = N_("the app's language: en, vi or system (default: $DESKDL_LANGUAGE, else the saved choice, "
                   "else the system's); English where there is no translation")


def language_option(argv: Sequence[str]) -> str | None:
    """The value of the last ``--language CODE`` (or ``--language=CODE``) before ``--``, if any."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--language" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--language="):
            found = arg.split("=", 1)[1]
    return found or None


# ---------------------------------------------------------------- main
def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (never raises, never prints a traceback)."""
    args = None
    argv = list(sys.argv[1:] if argv is None else argv)
    _speak(language_option(argv))
    _streams_that_write_any_text()
    try:
        try:
            args = build_parser().parse_args(_project_as_option(argv))
        except SystemExit as exit_:  # --help and --version
            return int(exit_.code or 0)
        args.device = _device_preference(getattr(args, "device", None))
        return _dispatch(args)
    except _BadInput as bad:
        _err(error_line(bad.file, bad.text))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _err(_("deskdl: stopped"))
        return 130
    except Exception as err:  # noqa: BLE001 - the last resort: one line, no traceback
        import logging  # the traceback goes to the log file (a windowed app has no stderr at all)

        log = logging.getLogger("deskdl")
        if log.hasHandlers():  # else logging's last resort would print the traceback on stderr
            log.exception("deskdl stopped on an unexpected problem")
        file = getattr(args, "file", None)
        text = getattr(err, "text", None) or f"{type(err).__name__}: {err}"
        _err(error_line(str(file) if file else None, _("unexpected problem: {text}").format(text=text)))
        return EXIT_BAD_INPUT


def _streams_that_write_any_text() -> None:
    """Make stdout and stderr unable to fail on Vietnamese (or a learner's accented project name).

    A pipe or file on Windows (the ANSI code page), or a C locale without UTF-8, cannot encode
    "ệ": such a stream writes UTF-8 instead; one whose encoding was chosen with
    ``$PYTHONIOENCODING`` keeps it and writes "?" for what it cannot encode.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if encoding is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            "ệ—".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            try:
                if os.environ.get("PYTHONIOENCODING"):
                    stream.reconfigure(errors="replace")
                else:
                    stream.reconfigure(encoding="utf-8", errors="replace")
            except (OSError, ValueError):  # a stream that cannot change: left as it is
                pass


def _speak(language: str | None) -> str:
    """Install the translation the rule picks (``--language``, ``$DESKDL_LANGUAGE``, the setting, the system).

    Without Qt (:func:`deskdl.core.language.install_language`): the window, if one opens, installs
    Qt's own again. Returns the language spoken; English when anything goes wrong.
    """
    from deskdl.core.language import install_language

    try:
        return install_language(language)
    except Exception:  # noqa: BLE001 - a damaged settings file or locale: English as written
        return "en"


#: Options of the app (no subcommand) that take a value.
_VALUE_OPTIONS = ("--device", "--project", "--screenshot", "--tab", "--theme", "--language")
_COMMANDS = ("summary", "export", "import", "devices", "train", "generate", "sweep", "lessons", "check")


def _project_as_option(argv: list[str]) -> list[str]:
    """``deskdl FILE.deskdl [options]`` as ``deskdl --project FILE.deskdl [options]``.

    The first plain argument, if it names a project (``.deskdl``) or an existing
    file rather than a command, is the project to open (a mistyped command still
    gets argparse's "invalid choice"). argparse cannot take an optional
    positional beside subcommands itself.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            if i + 1 < len(argv):
                return argv[:i] + ["--project", argv[i + 1]] + argv[i + 2:]
            return argv
        if arg.startswith("-"):
            i += 2 if arg in _VALUE_OPTIONS else 1
            continue
        if arg in _COMMANDS or not (arg.lower().endswith(".deskdl") or Path(arg).is_file()):
            return argv
        return argv[:i] + ["--project", arg] + argv[i + 1:]
    return argv


def _device_preference(given: str | None) -> str | None:
    """The ``--device`` value checked, else the saved choice (``None`` when neither says anything)."""
    from deskdl.core.errors import DeskdlError
    from deskdl.ml.device import normalize_preference

    if given is None:
        from deskdl.core import settings

        saved = settings.get_device()
        try:
            return None if saved == "auto" else normalize_preference(saved)
        except DeskdlError:
            return None  # a damaged saved value: the default
    try:
        return normalize_preference(given)
    except DeskdlError as err:
        raise _BadInput(None, f"--device: {err.text}") from None


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command
    if command is None:
        from deskdl.logsetup import setup_logging

        setup_logging()  # the app's log file and safe streams, before Qt or TensorFlow load
        if args.self_test:
            from deskdl.selftest import run

            return int(run(sys.stdout))
        return _gui(args)
    _warn_unknown_language(args)
    return {
        "summary": cmd_summary, "export": cmd_export, "import": cmd_import,
        "devices": cmd_devices, "train": cmd_train, "generate": cmd_generate, "sweep": cmd_sweep,
        "lessons": cmd_lessons, "check": cmd_check,
    }[command](args)


def _warn_unknown_language(args: argparse.Namespace) -> None:
    """One line when ``--language`` names a language deskdl has no translation into (English is used)."""
    language = getattr(args, "language", None)
    if language:
        from deskdl.core.i18n import LANGUAGES
        from deskdl.core.language import SYSTEM, code_of

        if code_of(language) not in (*LANGUAGES, SYSTEM):
            _err(_("deskdl: no translation into {language} (there are: {codes}); the app speaks English")
                 .format(language=repr(language), codes=", ".join(LANGUAGES)))


def _gui(args: argparse.Namespace) -> int:
    _warn_unknown_language(args)
    if args.screenshot and args.project:
        _load_project(str(args.project))  # no window, so no dialog to wait on: one line and exit 2
    if not (args.screenshot and not os.environ.get("QT_QPA_PLATFORM")):  # --screenshot runs offscreen
        try:
            from deskdl.qt.platform_check import platform_problem
        except ImportError:
            platform_problem = None
        problem = platform_problem() if platform_problem is not None else None
        if problem:
            _err(f"deskdl: {problem}")
            return 1
    try:
        from deskdl.qt.app import run
    except ImportError as err:
        if getattr(err, "name", "") and not str(err.name).startswith(("deskdl.qt", "PySide6")):
            raise
        build_parser().print_help(sys.stdout) if sys.stdout is not None else None
        _err(_("deskdl: the app cannot start here ({error}); the commands above still work")
             .format(error=err))
        return 1
    return int(run(args) or 0)


# ---------------------------------------------------------------- commands
def _load_project(file: str):
    from deskdl.core.errors import DeskdlError
    from deskdl.core.project import Project

    try:
        return Project.load(file)
    except DeskdlError as err:
        raise _BadInput(file, err.text) from None


def cmd_summary(args: argparse.Namespace) -> int:
    """``deskdl summary FILE [--json]``: the Keras-style summary from deskdl's own analysis."""
    from deskdl.core.analysis import analyze, format_shape, summary_rows

    file = str(args.file)
    project = _load_project(file)
    analysis = analyze(project.graph)
    if not analysis.ok:
        raise _BadInput(file, analysis.errors[0].text)
    rows = summary_rows(project.graph, analysis)
    if args.json:
        doc = {
            "nodes": [{"id": r["id"], "type": r["type"], "output_shape": r["output_shape"],
                       "params": r["params"]} for r in rows],
            "total_params": analysis.total,
            "trainable_params": analysis.trainable,
            "non_trainable_params": analysis.non_trainable,
        }
        _out(json.dumps(doc, indent=2))
        return EXIT_OK
    graph = project.graph
    dag = not graph.is_chain()
    table = [(_("Layer (type)"), _("Output Shape"), _("Param #")) + ((_("Connected to"),) if dag else ())]
    for r in rows:
        shape = format_shape(tuple(r["output_shape"]) if r["output_shape"] is not None else None)
        line = (f"{r['id']} ({r['type']})", shape, f"{r['params']:,}")
        if dag:
            line += (", ".join(graph.nodes[r["id"]].inputs) or "-",)
        table.append(line)
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    rule = "-" * (sum(widths) + 3 * (len(widths) - 1))
    _out(_('Model: "{name}"').format(name=project.name))
    _out(rule)
    for i, row in enumerate(table):
        cells = [cell.rjust(widths[j]) if j == 2 else cell.ljust(widths[j]) for j, cell in enumerate(row)]
        _out("   ".join(cells).rstrip())
        if i == 0:
            _out(rule)
    _out(rule)
    _out(_("Total params: {n}").format(n=f"{analysis.total:,}"))
    _out(_("Trainable params: {n}").format(n=f"{analysis.trainable:,}"))
    _out(_("Non-trainable params: {n}").format(n=f"{analysis.non_trainable:,}"))
    for d in analysis.diagnostics:
        _err(f"deskdl: warning: {file}: {' '.join(d.text.split())}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """``deskdl export FILE [-o SCRIPT.py]`` (pure text: TensorFlow is not imported)."""
    from deskdl.core.errors import DeskdlError
    from deskdl.core.kinds import DATA_ENVIRONMENT, kind_of
    from deskdl.core.project import atomic_write_text
    from deskdl.ml.export import export_python

    file = str(args.file)
    project = _load_project(file)
    try:
        if kind_of(project).data == DATA_ENVIRONMENT:  # issue 12: a Keras + gymnasium agent script
            from deskdl.rl.export import agent_script

            text = agent_script(project)
        else:
            text = export_python(project)
    except DeskdlError as err:
        raise _BadInput(file, err.text) from None
    if not args.output or args.output == "-":
        if sys.stdout is not None:
            sys.stdout.write(text)
        return EXIT_OK
    try:
        atomic_write_text(Path(args.output), text)
    except DeskdlError as err:
        raise _BadInput(str(args.output), err.text) from None
    _err(_("deskdl: wrote {path}").format(path=args.output))
    return EXIT_OK


def _quiet_tensorflow() -> None:
    """Keep TensorFlow's and Keras's chatter off the terminal: errors are ours to explain."""
    from deskdl.logsetup import quiet_tensorflow_settings

    quiet_tensorflow_settings()


def cmd_import(args: argparse.Namespace) -> int:
    """``deskdl import MODEL.keras [-o FILE.deskdl]`` (also a ``.json`` model config)."""
    import contextlib
    import io

    from deskdl.core.errors import DeskdlError

    file = str(args.file)
    path = Path(file)
    if not path.exists():
        raise _BadInput(file, _("no such file: check the path"))
    if path.suffix.lower() not in (".keras", ".json"):
        raise _BadInput(file, _("deskdl imports .keras files and .json model configs (model.to_json()): "
                                "save the model with model.save('model.keras')"))
    out = Path(args.output) if args.output else path.with_suffix(".deskdl")
    if out.exists() and not getattr(args, "force", False):
        raise _BadInput(str(out), _("this project file already exists and is left as it is: import to "
                                    "another name with -o NEW.deskdl, or replace it with --force"))
    if out.is_dir():
        raise _BadInput(str(out), _("this is a folder: name the project file with -o FILE.deskdl"))
    _quiet_tensorflow()
    from deskdl.ml.importer import import_keras_file

    try:
        with contextlib.redirect_stdout(io.StringIO()):
            project = import_keras_file(path)
    except DeskdlError as err:
        raise _BadInput(file, err.text) from None
    try:
        project.save(out)
    except DeskdlError as err:
        raise _BadInput(str(out), err.text) from None
    for warning in getattr(project, "warnings", []):
        _err(f"deskdl: warning: {file}: {warning}")
    _err(_("deskdl: wrote {path} ({n} layers)").format(path=out, n=len(project.graph)))
    return EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    """``deskdl devices [--json]``."""
    _quiet_tensorflow()
    from deskdl.core import settings
    from deskdl.logsetup import import_tensorflow_quietly
    from deskdl.ml.device import describe

    try:
        import_tensorflow_quietly()
    except ImportError:
        pass  # describe() says that TensorFlow is not available

    info = describe(args.device)
    info["saved_preference"] = settings.get_device()
    if args.json:
        _out(json.dumps(info, indent=2))
        return EXIT_OK
    tf_text = info.get("tensorflow") or _("not available")
    cuda = info.get("built_with_cuda")
    if cuda is None:
        _out(_("TensorFlow: {version}").format(version=tf_text))
    elif cuda:
        _out(_("TensorFlow: {version} (with CUDA)").format(version=tf_text))
    else:
        _out(_("TensorFlow: {version} (without CUDA)").format(version=tf_text))
    _out(_("CPU: {names}").format(names=", ".join(info.get("cpus") or []) or _("none reported")))
    if info.get("gpus"):
        from deskdl.ml.device import GpuInfo

        for g in info["gpus"]:
            cc = tuple(g["compute_capability"]) if g.get("compute_capability") else None
            gpu = GpuInfo(g["index"], g["name"], g["device"], g.get("memory"), cc)
            _out(f"  {gpu.describe()}  (--device gpu:{g['index']})")
    else:
        _out(_("GPUs: none that TensorFlow can use"))
    if info.get("error"):
        _out(_("Problem: {text}").format(text=info["error"]))
    using = info["using"]
    _out(_("deskdl uses: {device} (asked for {asked}; saved choice {saved})").format(
        device=using["label"], asked=info["preference"], saved=info["saved_preference"]))
    _out(using["message"])  # with how to get an unused NVIDIA GPU used, when there is one
    return EXIT_OK


def cmd_sweep(args: argparse.Namespace) -> int:
    """``deskdl sweep FILE --set NAME=VALUES ...``: handed to ``deskdl.ml.cli_sweep.run``."""
    file = str(args.file)
    try:
        from deskdl.ml import cli_sweep
    except ImportError as err:
        raise _BadInput(file, _("sweeps from the command line are not available here ({error})").format(
            error=err)) from None
    _quiet_tensorflow()
    return int(cli_sweep.run(args))


def cmd_train(args: argparse.Namespace) -> int:
    """``deskdl train FILE [--epochs N] [--out DIR]``: handed to ``deskdl.ml.cli_train.run``."""
    file = str(args.file)
    from deskdl.rl import cli_train as rl_cli  # issue 12: an agent trains in its environment

    if rl_cli.is_rl_project(file):
        _quiet_tensorflow()
        return int(rl_cli.run(args))
    try:
        from deskdl.ml import cli_train
    except ImportError as err:
        raise _BadInput(file, _("training from the command line is not available in this build ({error})")
                        .format(error=err)) from None
    _quiet_tensorflow()
    return int(cli_train.run(args))


def cmd_generate(args: argparse.Namespace) -> int:
    """``deskdl generate FILE [...]``: handed to ``deskdl.ml.cli_generate.run`` (issue 13)."""
    file = str(args.file)
    try:
        from deskdl.ml import cli_generate
    except ImportError as err:
        raise _BadInput(file, _("generating from the command line is not available in this build ({error})")
                        .format(error=err)) from None
    _quiet_tensorflow()
    return cli_generate.run(args)


def _lessons_to_run(args: argparse.Namespace):
    """The course (``--dir`` or the bundled lessons) and the lessons NAME picks (all when no NAME)."""
    from deskdl.core.lessons import LessonError, load_course, load_lesson

    root = Path(args.dir) if args.dir else None
    if root is not None and not root.is_dir():
        raise _BadInput(str(root), _("no such folder: name a folder that holds lesson sections"))
    name = args.name
    if name and name.lower().endswith(".deskdl-lesson"):  # a teacher's hand-out: its lesson, unpacked
        import atexit
        import shutil
        import tempfile

        from deskdl.core.lessons.handout import install_handout

        tmp = tempfile.mkdtemp(prefix="deskdl-handout-")
        atexit.register(shutil.rmtree, tmp, True)
        try:
            return None, [install_handout(name, tmp)], []
        except LessonError as err:
            raise _BadInput(name, err.text) from None
    if name and name.lower().endswith(".toml"):
        if not Path(name).is_file():
            raise _BadInput(name, _("no such file: check the path"))
        try:
            return None, [load_lesson(name)], []
        except LessonError as err:
            return None, [], [err.text]
    course = load_course(root)
    if not name:
        return course, course.lessons, list(course.problems)
    lesson = course.find(name)
    if lesson is None:
        broken = [p for p in course.problems if Path(p.split(":", 1)[0]).stem == name]
        if broken:
            return course, [], broken
        known = ", ".join(x.id for x in course.lessons) or _("none")
        raise _BadInput(None, _("there is no lesson called {name} (lessons: {known})").format(
            name=repr(name), known=known))
    return course, [lesson], []


def cmd_lessons(args: argparse.Namespace) -> int:
    """``deskdl lessons [--verify] [NAME] [--dir DIR]``: list, or play and check, the lessons."""
    course, lessons, problems = _lessons_to_run(args)
    if args.bundle and not (args.verify and args.name and len(lessons) == 1):
        raise _BadInput(None, _("--bundle needs --verify and one lesson NAME: deskdl lessons --verify NAME "
                                "--bundle FILE"))
    if args.verify:
        return _verify_lessons(lessons, problems, args.bundle)
    from deskdl.core.lessons import ProgressStore

    done = ProgressStore().all()
    sections = course.sections if course is not None and not args.name else [None]
    for section in sections:
        shown = [x for x in lessons if section is None or x.section == section.id]
        if not shown:
            continue
        if section is not None:
            count = _("1 lesson") if len(shown) == 1 else _("{n} lessons").format(n=len(shown))
            _out(_("{title} ({id}, {count}, about {minutes} min)").format(
                title=section.title, id=section.id, count=count, minutes=section.minutes))
        width = max(len(x.id) for x in shown)
        for lesson in shown:
            p = done.get(lesson.id)
            state = ""
            if p is not None and p.started:
                state = _("done") if p.finished else _("at step {n}").format(n=p.step + 1)
            n_steps = len(lesson.steps)
            steps = _("1 step") if n_steps == 1 else _("{n} steps").format(n=n_steps)
            length = _("{steps}, about {minutes} min").format(steps=steps, minutes=lesson.minutes) \
                if lesson.minutes else steps
            _out(f"  {lesson.id:<{width}}  {lesson.title}  ({length}){'  ' + state if state else ''}"
                 .rstrip())
    for problem in problems:
        _err(f"deskdl: warning: {problem}")
    return EXIT_OK


def _verify_lessons(lessons, problems: list[str], bundle: str | None = None) -> int:
    """One line per lesson (PASS, or FAIL with the step and why); 0 only when every lesson passes."""
    _quiet_tensorflow()
    from deskdl.ml.lessons import verify_lesson

    failed = 0
    for problem in problems:
        _out(_("FAIL {problem}").format(problem=" ".join(problem.split())))
        failed += 1
    for lesson in lessons:
        result = verify_lesson(lesson)
        _out(result.line())
        failed += not result.passed
        if bundle and result.project is not None:
            from deskdl.core.lessons import LessonError
            from deskdl.core.lessons.bundle import write_bundle

            try:
                write_bundle(bundle, result.project, lesson=lesson, session=result.session,
                             learner="deskdl lessons --verify")
            except LessonError as err:
                raise _BadInput(bundle, err.text) from None
            _err(_("deskdl: wrote {path}").format(path=bundle))
    total = len(lessons) + len(problems)
    _err(_("deskdl: {passed} of {total} lessons pass").format(passed=total - failed, total=total))
    return EXIT_OK if failed == 0 and total else 1


def cmd_check(args: argparse.Namespace) -> int:
    """``deskdl check BUNDLE ...``: each bundle's steps checked again; 0 only when all of them pass.

    A file that is not a usable bundle gets one ``deskdl: error:`` line and makes the status 2
    (after the other bundles were checked), so a grading script sees every result.
    """
    from deskdl.core.lessons import LessonError, load_course
    from deskdl.core.lessons.bundle import check_bundle

    course = load_course(Path(args.dir)) if args.dir else None
    if args.handout:
        from deskdl.core.lessons.handout import with_handout

        try:
            course = with_handout(course or load_course(), args.handout)
        except LessonError as err:
            raise _BadInput(args.handout, err.text) from None
    status = EXIT_OK
    for file in args.bundles:
        try:
            report = check_bundle(file, course)
        except LessonError as err:
            _err(error_line(file, err.text))
            status = EXIT_BAD_INPUT
            continue
        for line in report.lines():
            _out(line)
        if not report.ok and status == EXIT_OK:
            status = 1
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
