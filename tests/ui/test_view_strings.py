"""Every text the model views show is marked for translation, and the strings file gives each one
its Chinese with the same placeholders (the catalogue is merged from that file)."""

import ast
import json
import re
from pathlib import Path

from tests.ui.model.conftest import STRINGS

PACKAGE = Path(__file__).resolve().parents[3] / "attn_gui" / "ui" / "model"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _marked() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, source) of every translate() and QT_TRANSLATE_NOOP() call, and the calls whose
    context is not written out (lupdate could not read them)."""
    found, unreadable = set(), []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            context, source = node.args[:2]
            if not isinstance(context, ast.Constant):
                unreadable.append(f"{path.name}:{node.lineno}")
            elif isinstance(source, ast.Constant):
                found.add((context.value, source.value))
    return found, unreadable


def test_every_string_is_in_the_strings_file_and_nothing_else():
    marked, unreadable = _marked()
    table = json.loads(STRINGS.read_text(encoding="utf-8"))
    listed = {(context, source) for context, sources in table.items() for source in sources}
    assert unreadable == []
    assert len(marked) > 40
    assert sorted(marked - listed) == []
    assert sorted(listed - marked) == []


def test_every_translation_keeps_the_placeholders():
    table = json.loads(STRINGS.read_text(encoding="utf-8"))
    for sources in table.values():
        for source, chinese in sources.items():
            assert chinese.strip(), source
            assert sorted(PLACEHOLDER.findall(chinese)) == sorted(PLACEHOLDER.findall(source)), source


def test_no_translation_shortcut():
    for path in PACKAGE.glob("*.py"):
        assert not re.search(r"^\s*tr\s*=", path.read_text(encoding="utf-8"), re.MULTILINE), path.name
