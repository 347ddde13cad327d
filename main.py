"""Start deskdl from a source checkout (``python main.py``) or as PyInstaller's entry script."""

import multiprocessing
import sys

from deskdl.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
