"""Build the programs teachers run without Python: ``python packaging/build.py``.

Writes dist/attn-gui/attn-gui (the folder build: copy the whole dist/attn-gui folder) and
dist/attn-gui-onefile (one file that unpacks itself when started), both from packaging/attn_gui.spec,
for the platform it runs on. It first installs into this interpreter's environment what the build
needs and is missing (PyInstaller, pinned, and the app's own dependencies), then prints the sizes and
fails if they exceed the limits (folder 175 MB, single file 80 MB, MB = 10^6 bytes).

The app is frozen from this source tree, not from an installed copy: an editable install (pip install
-e) is fine, and so is none. On Linux the build trims itself with binutils' strip and readelf
(`apt-get install binutils` if they are missing); without them it still works but is larger.

dist/build-info.json records what was built from which sources; ``--if-stale`` skips the build
when it matches the current sources (the packaging tests use that to build once per change).
"""

import argparse
import contextlib
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "attn_gui.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUILD_INFO = DIST / "build-info.json"
PYINSTALLER = "pyinstaller==6.22.3"
EXE = ".exe" if sys.platform == "win32" else ""
ONEDIR = DIST / "attn-gui"
ONEDIR_EXE = ONEDIR / f"attn-gui{EXE}"
ONEFILE_EXE = DIST / f"attn-gui-onefile{EXE}"
ONEDIR_LIMIT = 175_000_000  # with the shipped Chinese font
ONEFILE_LIMIT = 80_000_000
LINUX_DESKTOP_FILES = (  # copied beside the program, for the README's install steps
    ROOT / "packaging" / "linux" / "attn-gui.desktop",
    ROOT / "resources" / "icon" / "attn-gui.svg",
    ROOT / "resources" / "icon" / "attn-gui-256.png",
)
# X libraries Qt's xcb plugin needs that many desktops lack: the build carries them if they are here.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}
# What the build is made of: a change to any of these makes dist/ stale.
SOURCES = ("attn_gui", "packaging", "pyproject.toml", "resources/icon")


def _requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [PYINSTALLER, *project["dependencies"]]


def _satisfied(requirement: str) -> bool:
    """Whether ``requirement`` is installed here at an acceptable version."""
    try:
        from packaging.requirements import Requirement  # comes with pip's and PyInstaller's installs
    except ImportError:
        return False
    wanted = Requirement(requirement)
    try:
        return wanted.specifier.contains(metadata.version(wanted.name), prereleases=True)
    except metadata.PackageNotFoundError:
        return False


def install_build_requirements() -> None:
    """pip-install into this environment whatever the build needs and lacks (nothing, usually)."""
    missing = [requirement for requirement in _requirements() if not _satisfied(requirement)]
    if missing:
        print("build: installing " + " ".join(missing), flush=True)
        pip = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check"]
        subprocess.run([*pip, *missing], check=True)


def source_digest() -> str:
    """A digest of everything the build is made of, and of the interpreter and PyInstaller pin."""
    digest = hashlib.sha256(f"{sys.version}|{platform.platform()}|{PYINSTALLER}".encode())
    for name in SOURCES:
        top = ROOT / name
        for path in sorted([top] if top.is_file() else top.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def tree_size(path: Path) -> int:
    """Bytes in the files under ``path`` (links not followed), or the file's own size."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def read_build_info() -> dict:
    try:
        return json.loads(BUILD_INFO.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def is_fresh() -> bool:
    """Whether dist/ holds both builds, made from the sources as they are now."""
    return (
        ONEDIR_EXE.is_file() and ONEFILE_EXE.is_file() and read_build_info().get("digest") == source_digest()
    )


@contextlib.contextmanager
def build_lock() -> Iterator[None]:
    """One build at a time in this tree (two test runs at once would write the same dist/)."""
    WORK.mkdir(parents=True, exist_ok=True)
    with open(WORK / ".lock", "w") as lock:
        try:
            import fcntl
        except ImportError:  # Windows: no lock
            yield
            return
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def check_build_machine() -> None:
    """Say what would make the Linux build larger or less portable than it should be."""
    if not sys.platform.startswith("linux"):
        return
    from ctypes.util import find_library

    if not (shutil.which("strip") and shutil.which("readelf")):
        print("build: binutils (strip, readelf) missing: the build will be larger (apt-get install binutils)")
    absent = [package for library, package in XCB_LIBRARIES.items() if not find_library(library)]
    if absent:
        print(
            f"build: {' '.join(absent)} not installed here, so not in the build: the window will need them"
            " on the teachers' machines (install them before building to avoid that)"
        )


def add_desktop_files() -> None:
    """Linux: the .desktop file and the icon beside the program in dist/attn-gui/."""
    if sys.platform.startswith("linux"):
        for path in LINUX_DESKTOP_FILES:
            shutil.copy2(path, ONEDIR / path.name.replace("-256.png", ".png"))


def run_pyinstaller() -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)


def build() -> dict:
    """Both builds, their sizes and how long they took, recorded in dist/build-info.json."""
    check_build_machine()
    started = time.monotonic()
    digest = source_digest()  # before building: the sources may change while it runs
    BUILD_INFO.unlink(missing_ok=True)
    run_pyinstaller()
    add_desktop_files()
    info = {
        "digest": digest,
        "seconds": round(time.monotonic() - started, 1),
        "onedir_bytes": tree_size(ONEDIR),
        "onefile_bytes": tree_size(ONEFILE_EXE),
        "platform": platform.platform(),
        "pyinstaller": PYINSTALLER,
    }
    BUILD_INFO.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def report(info: dict) -> bool:
    """Print the sizes; True if both are within their limits."""
    within = True
    for label, path, size, limit in (
        ("folder build", ONEDIR_EXE, info["onedir_bytes"], ONEDIR_LIMIT),
        ("single file ", ONEFILE_EXE, info["onefile_bytes"], ONEFILE_LIMIT),
    ):
        ok = size <= limit
        within &= ok
        print(
            f"{label}  {path.relative_to(ROOT)}  {size / 1e6:6.1f} MB ({size / 2**20:.1f} MiB)"
            f"  limit {limit / 1e6:.0f} MB  {'ok' if ok else 'TOO LARGE'}"
        )
    print(f"built in {info['seconds']} s")
    return within


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--if-stale", action="store_true", help="do nothing if dist/ was built from the current sources"
    )
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    with build_lock():
        if args.if_stale and is_fresh():
            print("build: dist/ is up to date with the sources")
            info = read_build_info()
        else:
            install_build_requirements()
            info = build()
    return 0 if report(info) else 1


if __name__ == "__main__":
    sys.exit(main())
