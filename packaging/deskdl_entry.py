"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``).

Log set-up comes first, before anything imports Keras or TensorFlow: a
windowed build starts with ``sys.stdout = sys.stderr = None``.
"""

import multiprocessing
import sys

from deskdl.logsetup import setup_logging

setup_logging()


def _main() -> int:
    from deskdl.cli import main

    return main()


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
