"""Mutation testing of deskdl/core with mutmut (by hand, never in CI: it takes many minutes).

mutmut changes the code one small edit at a time (a ``<`` becomes ``<=``, a ``+ 1`` a ``- 1``, a
string another string, ...) and runs the fast pure core tests against each change; a change that
no test notices ("survived") points at behaviour nothing checks. The score is killed / (killed +
survived); mutants that time out count as killed, mutants no test reaches count as survived.

The run happens in a copy of the checkout (``--workdir``, default /tmp/deskdl-mutation), so the
working tree never sees a ``mutants/`` folder or a mutated file:

    .venv/bin/pip install mutmut            # not a dependency of deskdl; install it by hand
    .venv/bin/python bench/mutation.py                    # all of deskdl/core
    .venv/bin/python bench/mutation.py --only graph.py analysis.py layers/shapes.py
    .venv/bin/python bench/mutation.py --report           # the last run's score and survivors again
    .venv/bin/python bench/mutation.py --sample 800 --seed 1   # a uniform random sample of all of core

``--sample N --seed S`` estimates the score of the whole core when a full run would take hours: mutmut
generates every mutant of deskdl/core, N of them are drawn uniformly at random (``random.Random(S)``
over the sorted names, so the same N and S draw the same mutants from the same code), and only those
run (``mutmut run <names...>``). The score comes with a 95 % Wilson interval. The mutants of the
modules whose code runs at import time (``layers/*`` and ``catalog.py``, see ``IMPORT_TIME``) run in a
second work folder (``<workdir>-fresh``) with ``--fresh-import``, so they are measured as the tests
really see them, at the same time as the others (default fork mode; so two test processes at once).
``--report`` then reads both folders.

Afterwards ``cd /tmp/deskdl-mutation && ../../work/main/.venv/bin/mutmut show <name>`` shows the
diff of one survivor. Needs the mutmut 3 command line (``mutmut run``, ``mutmut results``).
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The fast, pure core tests: neither Qt widgets nor TensorFlow (about 6 s for all of them).
CORE_TESTS = [
    "tests/test_analysis.py",
    "tests/test_catalog.py",
    "tests/test_graph.py",
    "tests/test_layout.py",
    "tests/test_project.py",
    "tests/test_convolution.py",
    "tests/test_core_shapes.py",
    "tests/test_core_config.py",
    "tests/test_core_datagen.py",
    "tests/test_core_project_fields.py",
    "tests/test_core_graph_events.py",
    "tests/test_core_analysis_details.py",
    "tests/test_core_layout_positions.py",
    "tests/test_core_convolution_text.py",
    "tests/test_core_param_checks.py",
    # Pure core tests of other modules (no Qt widget, no TensorFlow, milliseconds each).
    "tests/test_project_v2.py",
    "tests/test_groups.py",
    "tests/test_abc_corpus.py",
    "tests/test_catalog_texts.py",
    "tests/test_compare.py",
    "tests/test_doctor.py",
    "tests/test_lessons_checks.py",
    "tests/test_lessons_session.py",
    "tests/test_snapshots.py",
    "tests/test_sweep.py",
    "tests/test_core_atomic_write.py",
    "tests/test_core_analysis_messages.py",
    "tests/test_core_project_versions.py",
    "tests/test_core_project_io.py",
    "tests/test_core_catalog_constants.py",
    # Issue 19, third pass (H19a): modules no pure test reached before.
    "tests/test_core_gan.py",
    "tests/test_core_rl.py",
    "tests/test_core_charseq.py",
    "tests/test_core_embedding.py",
    "tests/test_core_seqtasks.py",
    # Issue 19, third pass (H19b): cost, the lessons' bundle and hand-out, the pretrained weights' cache.
    "tests/test_core_cost.py",
    "tests/test_core_bundle.py",
    "tests/test_core_handout.py",
    "tests/test_core_pretrained_weights.py",
    # Issue 19, third pass (H19c): the biased shapes, PNG files, ABC tunes as sound.
    "tests/test_core_bias_data.py",
    "tests/test_core_png.py",
    "tests/test_core_abc_audio.py",
    # Mostly pure; their few Keras tests are marked and left out (-m "not keras" below).
    "tests/test_cost.py",
    "tests/test_lessons_loader.py",
    "tests/test_classroom.py",
]


def _mutmut() -> str:
    exe = Path(sys.executable).with_name("mutmut")
    if not exe.exists():
        sys.exit("mutmut is not installed in this environment: run .venv/bin/pip install mutmut")
    return str(exe)


#: Imported once by the fork server (``--fresh-import``): heavy and never mutated. deskdl itself is
#: not listed, so each mutant's test run imports it afresh with the mutant switched on.
PRELOAD = ["numpy", "pytest", "hypothesis", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
           "pytestqt", "pytestqt.plugin", "_pytest.python"]


#: The core modules with code that runs when deskdl is imported (the layer catalog's factories): their
#: mutants are measured with ``--fresh-import`` (``only`` patterns, as given to ``--only``).
IMPORT_TIME = ["layers/*", "catalog.py"]

#: The statuses counted as killed; "survived" and "no tests" count as surviving, the rest (not checked,
#: skipped, suspicious, segfault, interrupted) are left out of the score and printed.
KILLED_LIKE = ("killed", "timeout", "caught by type check")
SURVIVED_LIKE = ("survived", "no tests")


def module_of(name: str) -> str:
    """The dotted module of a mutant's name: ``deskdl.core.graph`` for ``deskdl.core.graph.x_f__mutmut_3``."""
    return name.split(".x_")[0].split(".xǁ")[0]


def is_import_time(name: str) -> bool:
    """Whether a mutant lies in one of the ``IMPORT_TIME`` modules."""
    module = module_of(name)
    return module.startswith("deskdl.core.layers") or module == "deskdl.core.catalog"


def draw_sample(names: list[str], n: int, seed: int) -> list[str]:
    """``n`` of ``names`` drawn uniformly at random without replacement, sorted (all if ``n`` is larger).

    The names are sorted first, so the draw depends only on the set of names, ``n`` and ``seed``.
    """
    pool = sorted(set(names))
    if n >= len(pool):
        return pool
    return sorted(random.Random(seed).sample(pool, n))


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion of ``k`` successes in ``n`` trials (z = 1.96: 95 %)."""
    if n <= 0:
        return (0.0, 1.0)
    p = k / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def prepare(workdir: Path, only: list[str], fresh_import: bool = False) -> None:
    """Copy the package, the tests and a mutmut configuration into a fresh work folder."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "deskdl", workdir / "deskdl", ignore=ignore)
    shutil.copytree(ROOT / "tests", workdir / "tests", ignore=ignore)
    # pyproject.toml carries the pytest settings (markers, qt_api) the tests rely on.
    shutil.copy2(ROOT / "pyproject.toml", workdir / "pyproject.toml")
    # The templates, lessons and tables the package and the tests read beside it (about 1 MB).
    shutil.copytree(ROOT / "resources", workdir / "resources", ignore=ignore)
    tests = [t for t in CORE_TESTS if (ROOT / t).exists()]
    if only:
        patterns = [f"deskdl/core/{name}" for name in only]
    else:
        patterns = ["deskdl/core/*"]
    lines = [
        "[tool.mutmut]",
        # The whole package is copied (tests import deskdl.paths, the conftest deskdl.qt), only core mutated.
        'source_paths = ["deskdl"]',
        "only_mutate = [" + ", ".join(f'"{p}"' for p in patterns) + "]",
        "pytest_add_cli_args_test_selection = [" + ", ".join(f'"{t}"' for t in tests) + "]",
        # -n 0: pyproject's addopts runs pytest in parallel (xdist); mutmut runs one test process per mutant.
        # The subprocess test loads the whole course in a new Python, where every core function goes
        # through mutmut's trampoline: over its 120 s limit under load, which stops mutmut's stats run.
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-n", "0", "-m", "not keras", "-x", "-q", '
        '"--deselect", "tests/test_lessons_loader.py::test_the_lesson_engine_is_pure_python"]',
        "use_git_change_detection = false",
        'also_copy = ["resources"]',
    ]
    if fresh_import:
        # The layer catalog is built at import time (register(LayerKind(infer=_conv(...)))): in the
        # default fork mode the tests' process imported deskdl before a mutant is switched on, so a
        # mutant inside such a factory never runs and "survives" though the tests would catch it.
        (workdir / "preload.txt").write_text("\n".join(PRELOAD) + "\n", encoding="utf-8")
        lines += ['process_isolation = "forkserver"', 'forkserver_warmup = "import"',
                  f'preload_modules_file = "{workdir / "preload.txt"}"',
                  # Each mutant's run imports deskdl and collects the tests afresh (seconds of CPU that the
                  # timing of the tests in one process does not include): mutmut's default wall limit of
                  # 15 x (tests' time + 1 s) was reached under a load of 18 by a mutant the tests kill.
                  "timeout_constant = 10.0"]
    lines.append("")
    with open(workdir / "pyproject.toml", "a", encoding="utf-8") as f:
        f.write("\n" + "\n".join(lines))


def results(workdir: Path) -> dict[str, str]:
    """Mutant name -> status from ``mutmut results --all true``."""
    out = subprocess.run(
        [_mutmut(), "results", "--all", "true"], cwd=workdir, capture_output=True, text=True, check=False
    ).stdout
    status: dict[str, str] = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+):\s*(.+?)\s*$", line)
        if m and "__mutmut_" in m.group(1):
            status[m.group(1)] = m.group(2)
    return status


def report(workdir: Path) -> None:
    """Print the score per module and the names of the survivors."""
    status = results(workdir)
    if not status:
        print("no results: run without --report first")
        return
    counts = Counter(status.values())
    by_module: dict[str, Counter] = {}
    for name, st in status.items():
        module = name.split(".x_")[0].split(".xǁ")[0]
        by_module.setdefault(module, Counter())[st] += 1
    killed_like = ("killed", "timeout", "caught by type check")
    print(f"{'module':40} {'killed':>7} {'survived':>9} {'no tests':>9} {'score':>6}")
    for module, c in sorted(by_module.items()):
        k = sum(c[s] for s in killed_like)
        s = c["survived"] + c["no tests"]
        print(f"{module:40} {k:7d} {c['survived']:9d} {c['no tests']:9d} {k / max(1, k + s):6.0%}")
    k = sum(counts[s] for s in killed_like)
    s = counts["survived"] + counts["no tests"]
    print(f"\nall: {dict(counts)}")
    print(f"score: {k}/{k + s} killed = {k / max(1, k + s):.1%}")
    survivors = sorted(n for n, st in status.items() if st in ("survived", "no tests"))
    (workdir / "survivors.txt").write_text("\n".join(survivors) + "\n", encoding="utf-8")
    print(f"{len(survivors)} survivors listed in {workdir / 'survivors.txt'}")


# Runs inside the work folder: the first half of ``mutmut run`` (copy, generate every mutant, write the
# .meta files), then prints every mutant's name. ``mutmut run <names>`` afterwards finds the files
# generated and unchanged, and runs only the names given.
_GENERATE = """
import os
from pathlib import Path
from mutmut.__main__ import (copy_also_copy_files, copy_src_dir, create_mutants, setup_source_paths,
                             store_lines_covered_by_tests)
from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.trampoline import set_mutant_under_test
from mutmut.utils.file_utils import walk_mutatable_files
set_mutant_under_test("mutant_generation")
os.makedirs("mutants", exist_ok=True)
copy_src_dir()
copy_also_copy_files()
setup_source_paths()
store_lines_covered_by_tests()
create_mutants(2)
for path in walk_mutatable_files():
    data = SourceFileMutationData(path=path)
    data.load()
    for key in data.exit_code_by_key:
        print("MUTANT", key)
"""


def generate(workdir: Path) -> list[str]:
    """Every mutant's name in a prepared work folder (mutmut generates them all; none runs)."""
    out = subprocess.run([sys.executable, "-c", _GENERATE], cwd=workdir, capture_output=True, text=True,
                         check=False)
    names = [line.split(" ", 1)[1] for line in out.stdout.splitlines() if line.startswith("MUTANT ")]
    if out.returncode != 0 or not names:
        sys.exit(f"mutmut could not generate the mutants:\n{out.stderr[-3000:]}")
    return names


def fresh_dir(workdir: Path) -> Path:
    return workdir.with_name(workdir.name + "-fresh")


def reuse_mutants(workdir: Path, old: Path) -> int:
    """Copy the generated mutants of every core file whose source is the same in ``old``'s copy.

    Generating all of deskdl/core's mutants takes minutes of CPU; mutmut skips a file whose mutant file
    is newer than its source, so the copies are dated now. A changed file is not copied: mutmut
    generates it afresh. Returns how many files were reused.
    """
    reused = 0
    for source in sorted((old / "deskdl" / "core").rglob("*.py")):
        rel = source.relative_to(old)
        mutated = old / "mutants" / rel
        here = workdir / rel
        if not (mutated.exists() and here.exists()) or here.read_bytes() != source.read_bytes():
            continue
        for suffix in ("", ".meta", ".spans"):
            src = mutated.with_name(mutated.name + suffix)
            if src.exists():
                dst = workdir / "mutants" / rel.with_name(rel.name + suffix)
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)
                os.utime(dst)  # newer than the source, which is the same: mutmut keeps these mutants
        reused += 1
    return reused


def run_sample(workdir: Path, n: int, seed: int, max_children: int, reuse: Path | None = None) -> None:
    """Draw ``n`` of all of deskdl/core's mutants and run them (the import-time ones with a fresh import)."""
    prepare(workdir, [])
    if reuse is not None:
        print(f"{reuse_mutants(workdir, reuse)} core files' mutants reused from {reuse}", flush=True)
    names = generate(workdir)
    chosen = draw_sample(names, n, seed)
    header = f"# {len(chosen)} of {len(names)} mutants, seed {seed}\n"
    (workdir / "sample.txt").write_text(header + "\n".join(chosen) + "\n", encoding="utf-8")
    fresh = [name for name in chosen if is_import_time(name)]
    plain = [name for name in chosen if not is_import_time(name)]
    print(f"{len(names)} mutants in deskdl/core; sample of {len(chosen)} (seed {seed}): "
          f"{len(plain)} in fork mode, {len(fresh)} with a fresh import", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TF_CPP_MIN_LOG_LEVEL="2")
    start = time.perf_counter()
    fresh_run = None
    if fresh:
        # The fresh-import mutants are the slow ones (seconds of import each): they run beside the
        # others, in a process of their own, its output in <workdir>-fresh/run.log.
        prepare(fresh_dir(workdir), IMPORT_TIME, fresh_import=True)
        log = open(fresh_dir(workdir) / "run.log", "w", encoding="utf-8")  # noqa: SIM115 (closed below)
        fresh_run = subprocess.Popen([_mutmut(), "run", "--max-children", str(max_children), *fresh],
                                     cwd=fresh_dir(workdir), env=env, stdout=log, stderr=subprocess.STDOUT)
    if plain:
        subprocess.run([_mutmut(), "run", "--max-children", str(max_children), *plain], cwd=workdir, env=env,
                       check=False)
    if fresh_run is not None:
        fresh_run.wait()
        log.close()
    print(f"mutmut run took {time.perf_counter() - start:.0f} s")


def sample_score(status_of: dict[str, str], chosen: list[str]) -> dict:
    """Killed, surviving and unchecked counts of the chosen mutants, overall and per module."""
    by_module: dict[str, Counter] = {}
    for name in chosen:
        st = status_of.get(name, "not checked")
        kind = "killed" if st in KILLED_LIKE else "survived" if st in SURVIVED_LIKE else "other"
        by_module.setdefault(module_of(name), Counter())[kind] += 1
    total = sum(by_module.values(), Counter())
    timeouts = sum(1 for name in chosen if status_of.get(name) == "timeout")
    return {"killed": total["killed"], "survived": total["survived"], "other": total["other"],
            "timeout": timeouts, "by_module": by_module}


def report_sample(workdir: Path) -> None:
    """The sampled run's score with its 95 % interval, per module, and the surviving sample's names."""
    lines = (workdir / "sample.txt").read_text(encoding="utf-8").splitlines()
    header, chosen = lines[0], [line for line in lines[1:] if line]
    status_of = results(workdir)
    if fresh_dir(workdir).exists():
        fresh_status = results(fresh_dir(workdir))
        status_of.update({name: st for name, st in fresh_status.items() if is_import_time(name)})
    score = sample_score(status_of, chosen)
    print(f"{'module':40} {'killed':>7} {'survived':>9} {'other':>6}")
    for module, c in sorted(score["by_module"].items()):
        print(f"{module:40} {c['killed']:7d} {c['survived']:9d} {c['other']:6d}")
    k, s = score["killed"], score["survived"]
    lo, hi = wilson(k, k + s)
    print(f"\n{header.lstrip('# ')}; {score['other']} not checked, skipped or suspicious (left out)")
    print(f"sampled score: {k}/{k + s} killed = {k / max(1, k + s):.1%}, "
          f"95 % Wilson interval {lo:.1%} - {hi:.1%}")
    for label, group in (("fork mode", [n for n in chosen if not is_import_time(n)]),
                         ("fresh import (layers/*, catalog.py)", [n for n in chosen if is_import_time(n)])):
        g = sample_score(status_of, group)
        print(f"  {label}: {g['killed']}/{g['killed'] + g['survived']} killed, {g['other']} not checked")
    # A timeout counts as killed (mutmut's rule); on a loaded machine a slow test run can reach the limit.
    t = score["timeout"]
    lo_t, hi_t = wilson(k - t, k + s - t)
    print(f"of the killed, {t} timed out; without them: {k - t}/{k + s - t} = "
          f"{(k - t) / max(1, k + s - t):.1%} ({lo_t:.1%} - {hi_t:.1%})")
    survivors = sorted(name for name in chosen if status_of.get(name) in SURVIVED_LIKE)
    (workdir / "survivors.txt").write_text("\n".join(survivors) + "\n", encoding="utf-8")
    print(f"{len(survivors)} surviving sampled mutants listed in {workdir / 'survivors.txt'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/deskdl-mutation"))
    parser.add_argument("--only", nargs="*", default=[],
                        help="core modules to mutate, e.g. graph.py layers/*")
    parser.add_argument("--max-children", type=int, default=1, help="parallel test processes (default 1)")
    parser.add_argument("--report", action="store_true", help="only print the last run's results")
    parser.add_argument("--fresh-import", action="store_true",
                        help="import deskdl anew for each mutant (slower; needed for code run at import, "
                             "e.g. the layer catalog's factories in deskdl/core/layers)")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="run N mutants drawn at random from all of deskdl/core (with --seed)")
    parser.add_argument("--seed", type=int, default=0, help="the random draw of --sample (default 0)")
    parser.add_argument("--reuse", type=Path, default=None, metavar="OLD_WORKDIR",
                        help="with --sample: the mutants of unchanged core files from an earlier work folder")
    args = parser.parse_args()
    if args.sample or (args.report and (args.workdir / "sample.txt").exists()):
        if not args.report:
            run_sample(args.workdir, args.sample, args.seed, args.max_children, args.reuse)
        report_sample(args.workdir)
        return
    if not args.report:
        prepare(args.workdir, args.only, args.fresh_import)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TF_CPP_MIN_LOG_LEVEL="2")
        start = time.perf_counter()
        cmd = [_mutmut(), "run", "--max-children", str(args.max_children)]
        subprocess.run(cmd, cwd=args.workdir, env=env, check=False)
        print(f"mutmut run took {time.perf_counter() - start:.0f} s")
    report(args.workdir)


if __name__ == "__main__":
    main()
