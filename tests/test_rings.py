"""The architecture rules are checked by tools, so they do not rot (DESIGN.md §1, §7)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("PySide6", "pyqtgraph", "keras", "tensorflow", "gymnasium")


def _modules_after(import_line: str) -> set[str]:
    code = f"import sys; {import_line}; print(' '.join(sorted(m.split('.')[0] for m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return set(out.stdout.split())


def test_core_imports_nothing_heavy():
    loaded = _modules_after(
        "import deskdl.core.graph, deskdl.core.analysis, deskdl.core.project, deskdl.core.catalog; "
        "deskdl.core.catalog.all_kinds()"
    )
    assert not loaded & set(HEAVY), f"core pulled in {loaded & set(HEAVY)}"


def test_ml_package_import_is_cheap_and_qt_free():
    loaded = _modules_after("import deskdl.ml, deskdl.rl")
    assert not loaded & set(HEAVY)


def test_import_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is part of the dev install"
    out = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_is_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is part of the dev install"
    out = subprocess.run([ruff, "check", "."],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-4000:]
