"""Project-wide promises: the README's two commands, CI running them, clean code, translatable text."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S)]


def test_quick_start_has_exactly_two_commands_one_launching_one_testing():
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    launch, test = commands
    assert launch.endswith("attn-gui")
    assert test.endswith("-m pytest")


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _quick_start_commands()[1] in ci.splitlines()
    assert "set -euo pipefail" in ci  # a failing or empty (exit 5) test run fails CI


def test_code_is_ruff_clean():
    ruff = shutil.which("ruff", path=str(BIN)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test extra"
    lint = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout
    fmt = subprocess.run([ruff, "format", "--check", str(ROOT)], capture_output=True, text=True)
    assert fmt.returncode == 0, fmt.stdout


def test_every_translatable_string_has_an_explicit_context(tmp_path):
    """lupdate reads ``tr = QCoreApplication.translate; tr("Ctx", "text")`` as text "Ctx": forbid it."""
    sources = sorted(str(p) for p in (ROOT / "attn_gui").rglob("*.py"))
    ts = tmp_path / "probe.ts"
    lupdate = shutil.which("pyside6-lupdate", path=str(BIN)) or shutil.which("pyside6-lupdate")
    subprocess.run([lupdate, *sources, "-ts", str(ts)], capture_output=True, check=True)
    contexts = ET.parse(ts).getroot().findall("context")
    names = {c.findtext("name") for c in contexts}
    assert {"ConfigError", "MainWindow", "WriteError"} <= names
    assert all(name for name in names), "a translate() call without a literal context"


def test_every_picture_the_readme_shows_is_committed():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert len(pictures) >= 4
    for picture in pictures:
        assert (ROOT / picture).is_file(), picture
