"""Every text the standalone views (ui/model, ui/translator) show is marked for translation, and
their strings file gives each one its Chinese with the same placeholders (the catalogue is merged
from those files)."""

import ast
import json
import re
from pathlib import Path

import pytest

from tests.ui.view_strings import VIEW_STRINGS

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
AT_LEAST = {"model": 40, "translator": 25}  # a guard against a reader that finds nothing


def _marked(package: Path) -> tuple[set[tuple[str, str]], list[str]]:
    """(context, source) of every QCoreApplication.translate() and QT_TRANSLATE_NOOP() call, and
    the calls whose context is not written out (lupdate could not read them). QPainter.translate
    and the like are not translations."""
    found, unreadable = set(), []
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            translate = (
                isinstance(function, ast.Attribute)
                and function.attr == "translate"
                and getattr(function.value, "id", "") == "QCoreApplication"
            )
            if not translate and getattr(function, "id", "") != "QT_TRANSLATE_NOOP":
                continue
            context, source = node.args[:2]
            if not isinstance(context, ast.Constant):
                unreadable.append(f"{path.name}:{node.lineno}")
            elif isinstance(source, ast.Constant):
                found.add((context.value, source.value))
    return found, unreadable


@pytest.mark.parametrize("views", sorted(VIEW_STRINGS))
def test_every_string_is_in_the_strings_file_and_nothing_else(views):
    package, strings = VIEW_STRINGS[views]
    marked, unreadable = _marked(package)
    table = json.loads(strings.read_text(encoding="utf-8"))
    listed = {(context, source) for context, sources in table.items() for source in sources}
    assert unreadable == []
    assert len(marked) > AT_LEAST[views]
    assert sorted(marked - listed) == []
    assert sorted(listed - marked) == []


@pytest.mark.parametrize("views", sorted(VIEW_STRINGS))
def test_every_translation_keeps_the_placeholders(views):
    table = json.loads(VIEW_STRINGS[views][1].read_text(encoding="utf-8"))
    for sources in table.values():
        for source, chinese in sources.items():
            assert chinese.strip(), source
            assert sorted(PLACEHOLDER.findall(chinese)) == sorted(PLACEHOLDER.findall(source)), source


@pytest.mark.parametrize("views", sorted(VIEW_STRINGS))
def test_no_translation_shortcut(views):
    for path in VIEW_STRINGS[views][0].glob("*.py"):
        assert not re.search(r"^\s*tr\s*=", path.read_text(encoding="utf-8"), re.MULTILINE), path.name


def test_the_contexts_of_the_two_packages_are_apart():
    """A context belongs to one strings file: the merge must not meet one string twice."""
    contexts = [set(json.loads(strings.read_text(encoding="utf-8"))) for _, strings in VIEW_STRINGS.values()]
    assert set.intersection(*contexts) == set()
