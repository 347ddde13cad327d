"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``).

Log set-up comes first, before anything imports Keras or TensorFlow: a
windowed build starts with ``sys.stdout = sys.stderr = None``.
"""

import multiprocessing
import sys

from deskdl.logsetup import setup_logging

setup_logging()


def _main() -> int:
    try:
        from deskdl.cli import main
    except ModuleNotFoundError as err:  # a build made before deskdl/cli.py existed
        if err.name != "deskdl.cli":
            raise
        return _fallback(sys.argv[1:])
    return main()


def _fallback(argv: list) -> int:
    """``--self-test`` and ``--screenshot FILE`` without deskdl.cli (kept for old checkouts)."""
    if "--self-test" in argv:
        from deskdl.selftest import run

        return run(sys.stdout)
    from types import SimpleNamespace

    from deskdl.qt.app import run as run_app

    shot = argv[argv.index("--screenshot") + 1] if "--screenshot" in argv[:-1] else None
    return run_app(SimpleNamespace(screenshot=shot))


#: Options that run without a person watching: a crash must end the process with an exit code,
#: not wait on the error dialog a windowed build's bootloader shows.
UNATTENDED = ("--self-test", "--screenshot")


if __name__ == "__main__":
    multiprocessing.freeze_support()
    try:
        code = _main()
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        if not any(a in UNATTENDED for a in sys.argv[1:]):
            raise
        import logging

        logging.getLogger("deskdl").exception("deskdl stopped with an error")
        import traceback

        traceback.print_exc()  # a console build shows it; a windowed one has a null stderr
        code = 1
    sys.exit(code)
