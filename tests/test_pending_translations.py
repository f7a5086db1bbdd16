"""Strings waiting to be merged into the catalogue: every text the package marks for translation
is in attn_gui_zh_CN.ts or in one of the strings files beside it, and each strings file gives each
of its texts Chinese with the same placeholders, for texts still marked somewhere."""

import ast
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
STRINGS_FILES = sorted(TRANSLATIONS.glob("*_zh.json"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _marked() -> set[tuple[str, str]]:
    """(context, source) of every translate() and QT_TRANSLATE_NOOP() call with literal arguments."""
    found = set()
    for path in sorted((ROOT / "attn_gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            context, source = node.args[:2]
            if name in ("translate", "QT_TRANSLATE_NOOP") and all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in (context, source)
            ):
                found.add((context.value, source.value))
    return found


def _catalogue() -> set[tuple[str, str]]:
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TRANSLATIONS / "attn_gui_zh_CN.ts").getroot().iter("context")
        for message in context.iter("message")
    }


def _listed(path: Path) -> dict[tuple[str, str], str]:
    table = json.loads(path.read_text(encoding="utf-8"))
    return {
        (context, source): chinese
        for context, sources in table.items()
        for source, chinese in sources.items()
    }


def test_every_marked_text_has_its_chinese_somewhere():
    pending = set().union(*(_listed(path) for path in STRINGS_FILES))
    assert sorted(_marked() - _catalogue() - pending) == []


@pytest.mark.parametrize("path", STRINGS_FILES, ids=lambda path: path.name)
def test_a_strings_file_translates_marked_texts_keeping_their_placeholders(path):
    listed = _listed(path)
    assert sorted(set(listed) - _marked()) == []
    for (_, source), chinese in listed.items():
        assert chinese.strip(), source
        assert sorted(PLACEHOLDER.findall(chinese)) == sorted(PLACEHOLDER.findall(source)), source
