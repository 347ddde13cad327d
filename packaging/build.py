"""Build deskdl for the OS this runs on: the PyInstaller one-folder app, then its installer.

    python packaging/build.py                 # CPU build + installer/archive for this OS
    python packaging/build.py --gpu           # Linux: the CUDA variant (tensorflow[and-cuda])
    python packaging/build.py --no-installer  # only dist/deskdl
    python packaging/build.py --appimage      # Linux: also lay out the AppDir / AppImage

What comes out, in ``--dist`` (default ``dist/``):

* every OS: ``deskdl/`` (the one-folder app; ``deskdl/deskdl[.exe]`` starts it);
* Linux: ``deskdl-<version>-linux-x86_64.tar.gz`` (``-gpu-`` for the CUDA build), holding that
  folder plus ``install.sh``, the ``.desktop`` file and icons;
* Windows: ``deskdl-<version>-setup.exe`` (Inno Setup 6; ``ISCC.exe`` must be installed);
* macOS (Apple Silicon): ``deskdl.app`` and ``deskdl-<version>-macos-arm64.dmg``.

The build is cached: a hash of everything that goes in (the spec, deskdl's sources,
resources, icons, the installed distributions and their versions, Python, the OS and the
variant) is stored beside the output, and a rerun with the same inputs reuses the
existing app and archive (``--force`` rebuilds anyway). PyInstaller's own work folder is
``build/pyinstaller-<variant>``.

It prints the bundle's size and what takes the space.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata as md
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"
SPEC = PKG / "deskdl.spec"
#: PyInstaller and its hooks, pinned: a new release can change what gets collected.
PYINSTALLER = "pyinstaller==6.22.3"
HOOKS_CONTRIB = "pyinstaller-hooks-contrib==2026.9"
#: Inno Setup's payload limit for a single setup file without disk spanning is 4.2 GB compressed;
#: span well before that (USB sticks with FAT32, mail and web gateways stop at 2-4 GB).
SPAN_BYTES = 2_000_000_000

IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")


def say(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def version() -> str:
    text = (ROOT / "deskdl" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


# ----------------------------------------------------------------------------- tools
def ensure_pyinstaller() -> None:
    want = PYINSTALLER.split("==")[1]
    try:
        have = md.version("pyinstaller")
    except md.PackageNotFoundError:
        have = None
    if have != want:
        say(f"installing {PYINSTALLER} (found {have or 'none'})")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", PYINSTALLER, HOOKS_CONTRIB], check=True)


def tf_dist() -> tuple[str | None, str | None]:
    """(distribution name, version) of the installed TensorFlow."""
    for name in ("tensorflow-cpu", "tensorflow", "tensorflow-macos", "tensorflow-intel"):
        try:
            return name, md.version(name)
        except md.PackageNotFoundError:
            continue
    return None, None


def check_variant(gpu: bool) -> str:
    """Refuse a build whose TensorFlow does not match the variant, with the commands that fix it."""
    name, ver = tf_dist()
    if name is None:
        raise SystemExit("build.py: TensorFlow is not installed here; run  pip install -e .  first")
    if gpu:
        if not IS_LINUX:
            raise SystemExit("build.py: --gpu is for Linux only (TensorFlow has no CUDA build for "
                             "Windows since 2.11, nor for macOS)")
        cuda = [d for d in md.distributions() if (d.metadata["Name"] or "").startswith("nvidia-")]
        if name != "tensorflow" or not cuda:
            raise SystemExit(
                "build.py: the GPU build needs tensorflow[and-cuda] (not tensorflow-cpu) in a separate "
                "environment:\n"
                "  python3 -m venv .venv-gpu\n"
                '  .venv-gpu/bin/pip install "tensorflow[and-cuda]==2.21.*" "keras>=3.10" numpy '
                '"PySide6-Essentials>=6.7" "pyqtgraph>=0.13.7" "gymnasium>=1.0" platformdirs\n'
                "  .venv-gpu/bin/pip install --no-deps -e .\n"
                "  .venv-gpu/bin/python packaging/build.py --gpu")
        return "gpu"
    if IS_LINUX and name != "tensorflow-cpu":
        say(f"note: this environment has {name} {ver}, not tensorflow-cpu: the bundle will be larger "
            "(CUDA stubs) unless you build from a clean  pip install -e .")
    return "cpu"


# ----------------------------------------------------------------------------- cache key
def _files(base: Path, patterns: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for pat in patterns:
        out += [p for p in base.glob(pat) if p.is_file() and "__pycache__" not in p.parts]
    return sorted(set(out))


def inputs_hash(variant: str) -> str:
    h = hashlib.sha256()
    h.update(f"{sys.version}|{platform.platform()}|{platform.machine()}|{variant}".encode())
    for path in (_files(ROOT / "deskdl", ("**/*.py",)) + _files(ROOT / "resources", ("**/*",))
                 + _files(PKG, ("deskdl.spec", "deskdl_entry.py", "icons/*", "windows/*",
                                "macos/*", "linux/*"))):
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    dists = sorted(f"{d.metadata['Name']}=={d.version}" for d in md.distributions() if d.metadata["Name"])
    h.update("\n".join(dists).encode())
    return h.hexdigest()[:16]


# ----------------------------------------------------------------------------- size report
def _size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path, top: int = 15) -> list[tuple[str, int]]:
    """Print the bundle's size and its biggest parts (folders two levels into _internal, and files)."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    parts: list[tuple[str, int]] = []
    for child in internal.iterdir():
        if child.is_dir() and child.name in ("tensorflow", "PySide6", "keras"):
            for sub in child.iterdir():
                parts.append((f"{child.name}/{sub.name}", _size(sub)))
        else:
            parts.append((child.name, _size(child)))
    if internal != bundle:
        for exe in bundle.iterdir():
            if exe.is_file():  # the launcher carries the PYZ: every pure-Python module, zipped
                parts.append((f"{exe.name} (launcher + zipped Python modules: keras, deskdl, ...)",
                              exe.stat().st_size))
    total = _size(bundle)
    parts.sort(key=lambda x: -x[1])
    say(f"bundle {bundle}: {total / 2**20:.0f} MiB in {sum(1 for _ in bundle.rglob('*'))} files and folders")
    say("biggest parts:")
    for name, size in parts[:top]:
        print(f"    {size / 2**20:8.1f} MiB  {name}")
    groups: dict[str, int] = {}
    for name, size in parts:
        key = name.split("/")[0]
        key = key if key in ("tensorflow", "PySide6", "keras") else (
            "numpy" if key.startswith("numpy") else "launcher + PYZ" if " (launcher" in key
            else "python + other packages")
        groups[key] = groups.get(key, 0) + size
    say("by package: " + ", ".join(f"{k} {v / 2**20:.0f} MiB" for k, v in sorted(groups.items(),
                                                                                    key=lambda x: -x[1])))
    return parts


# ----------------------------------------------------------------------------- steps
def run_pyinstaller(dist: Path, work: Path, log: Path) -> None:
    env = dict(os.environ)
    if IS_WIN:
        env["DESKDL_VERSION_FILE"] = str(write_version_file(work))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    say("running " + " ".join(cmd[2:]) + f"  (log: {log})")
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w", encoding="utf-8") as fh:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
        print("\n".join(tail), file=sys.stderr)
        raise SystemExit(f"build.py: PyInstaller failed (exit {proc.returncode}); the full log is {log}")


def write_version_file(work: Path) -> Path:
    """The Windows version resource with this version filled in."""
    ver = version()
    nums = [int(x) for x in re.findall(r"\d+", ver)[:3]] + [0, 0, 0]
    tup = f"({nums[0]}, {nums[1]}, {nums[2]}, 0)"
    text = (PKG / "windows" / "version_info.txt").read_text(encoding="utf-8")
    text = re.sub(r"filevers=\([^)]*\)", f"filevers={tup}", text)
    text = re.sub(r"prodvers=\([^)]*\)", f"prodvers={tup}", text)
    text = re.sub(r"StringStruct\('(FileVersion|ProductVersion)', '[^']*'\)",
                  lambda m: f"StringStruct('{m.group(1)}', '{ver}')", text)
    work.mkdir(parents=True, exist_ok=True)
    out = work / "version_info.txt"
    out.write_text(text, encoding="utf-8")
    return out


def make_tarball(bundle: Path, dest: Path, variant: str) -> Path:
    """deskdl-<ver>-linux-x86_64.tar.gz: the app folder plus install.sh, .desktop file and icons."""
    suffix = "-gpu" if variant == "gpu" else ""
    out = dest / f"deskdl{suffix}-{version()}-linux-{platform.machine()}.tar.gz"
    tmp = out.with_suffix(".partial")
    say(f"writing {out.name}")
    extras = {
        "deskdl/install.sh": PKG / "linux" / "install.sh",
        "deskdl/share/deskdl.desktop": PKG / "linux" / "deskdl.desktop",
        "deskdl/share/deskdl-mime.xml": PKG / "linux" / "deskdl-mime.xml",
        "deskdl/share/deskdl.png": PKG / "icons" / "deskdl-256.png",
        "deskdl/share/deskdl.svg": PKG / "icons" / "deskdl.svg",
    }
    # gzip level 6: level 9 takes twice as long on TensorFlow's libraries and saves ~1 %.
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="deskdl")
        for arc, src in extras.items():
            tar.add(src, arcname=arc)
    tmp.replace(out)
    return out


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def make_windows_installer(bundle: Path, dest: Path) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("build.py: Inno Setup 6 (ISCC.exe) is not installed: "
                         "winget install JRSoftware.InnoSetup  (or choco install innosetup)")
    payload = _size(bundle)
    cmd = [iscc, "/Q", f"/DAppVersion={version()}", f"/DBundleDir={bundle}", f"/DOutputDir={dest}"]
    if payload > SPAN_BYTES:
        cmd.append("/DSpanDisks")
        say(f"payload {payload / 1e9:.2f} GB > {SPAN_BYTES / 1e9:.0f} GB: disk spanning on")
    cmd.append(str(PKG / "windows" / "deskdl.iss"))
    say("running " + " ".join(cmd))
    subprocess.run(cmd, check=True)
    return dest / f"deskdl-{version()}-setup.exe"


def make_dmg(dist: Path) -> Path:
    app = dist / "deskdl.app"
    out = subprocess.run(["bash", str(PKG / "macos" / "make_dmg.sh"), str(app), version(), str(dist)],
                         check=True, capture_output=True, text=True)
    sys.stderr.write(out.stderr)
    return Path(out.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- main
def build(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    variant = check_variant(args.gpu)
    dist = Path(args.dist).resolve()
    work = (ROOT / "build" / f"pyinstaller-{variant}").resolve()
    bundle = dist / "deskdl"
    stamp = dist / "deskdl.build-hash"
    ensure_pyinstaller()
    key = inputs_hash(variant)
    cached = (not args.force and bundle.is_dir() and stamp.is_file()
              and stamp.read_text().strip() == key)
    if cached:
        say(f"dist/deskdl is up to date (inputs {key}); --force rebuilds")
    else:
        if stamp.exists():
            stamp.unlink()
        t1 = time.perf_counter()
        run_pyinstaller(dist, work, ROOT / "build" / f"pyinstaller-{variant}.log")
        stamp.write_text(key + "\n")
        say(f"PyInstaller took {time.perf_counter() - t1:.0f} s")
    size_report(bundle)

    artefacts: list[Path] = [bundle]
    if not args.no_installer:
        t1 = time.perf_counter()
        if IS_LINUX:
            suffix = "-gpu" if variant == "gpu" else ""
            tar = dist / f"deskdl{suffix}-{version()}-linux-{platform.machine()}.tar.gz"
            tar_stamp = tar.with_name(tar.name + ".build-hash")
            if cached and tar.is_file() and tar_stamp.is_file() and tar_stamp.read_text().strip() == key:
                say(f"{tar.name} is up to date")
            else:
                tar = make_tarball(bundle, dist, variant)
                tar_stamp.write_text(key + "\n")
            artefacts.append(tar)
            if args.appimage:
                subprocess.run(["bash", str(PKG / "linux" / "make_appimage.sh"), str(bundle), version(),
                                str(dist)], check=True)
                artefacts.append(dist / "deskdl.AppDir")
        elif IS_WIN:
            artefacts.append(make_windows_installer(bundle, dist))
        elif IS_MAC:
            artefacts.append(make_dmg(dist))
        say(f"installer step took {time.perf_counter() - t1:.0f} s")
    for a in artefacts:
        size = _size(a)
        say(f"made {a}  ({size / 2**20:.0f} MiB)")
    say(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--gpu", action="store_true", help="Linux CUDA build (needs tensorflow[and-cuda])")
    p.add_argument("--no-installer", action="store_true", help="stop after the one-folder app")
    p.add_argument("--appimage", action="store_true", help="Linux: also make the AppDir/AppImage")
    p.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default: dist/)")
    p.add_argument("--force", action="store_true", help="rebuild even when the inputs are unchanged")
    return build(p.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
