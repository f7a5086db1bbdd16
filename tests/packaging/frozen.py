"""The frozen builds under dist/ (packaging/build.py), made once per change of their sources."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"


def _load_build_script():
    spec = importlib.util.spec_from_file_location("attn_gui_packaging_build", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()
BINARIES = {"onedir": build.ONEDIR_EXE, "onefile": build.ONEFILE_EXE}


def ensure_built() -> dict:
    """Build both programs unless dist/ already holds them, made from the current sources.

    Returns dist/build-info.json (sizes, build time). A build over the size limits still counts as
    built: the size test says so, and the binaries are still worth running."""
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--if-stale"], cwd=ROOT, capture_output=True, text=True
    )
    assert build.is_fresh(), f"packaging/build.py failed:\n{result.stdout}\n{result.stderr[-6000:]}"
    print(result.stdout)
    return build.read_build_info()


def frozen_env(home: Path) -> dict[str, str]:
    """Offscreen, with settings and caches in ``home`` instead of the user's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env[name] = str(home / name.lower())
    return env
