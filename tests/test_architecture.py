"""The package's shape (DESIGN.md): no import circles, file formats apart from widgets, small folders,
and a headless export that builds no window.

Imports are read from the source, all of them: at the top, inside functions, and under
``TYPE_CHECKING`` (a circle that only type checkers follow is still a circle for the reader).
"""

import ast
import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "attn_gui"
MAX_MODULES_PER_FOLDER = 12


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path) -> set[str]:
    """The package's modules that ``name`` imports, by the names they are imported as."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                ).strip(".")
            for alias in node.names:  # `from a import b` imports a.b when b is a module
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {module for module in found if module in MODULES and module != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def test_no_import_circles():
    assert _circles(GRAPH) == []


def test_the_circle_finder_sees_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_import_reader_sees_imports_under_type_checking_and_in_functions():
    assert "attn_gui.ui.compare.comparison_window" in GRAPH["attn_gui.ui.window.main_window"]
    assert "attn_gui.ui.stage.standalone" in GRAPH["attn_gui.cli.render_export"]


def _imports_under(prefix: str) -> dict[str, set[str]]:
    return {name: targets for name, targets in GRAPH.items() if name.startswith(prefix)}


def test_file_formats_import_nothing_from_the_widgets():
    offenders = {
        name: sorted(t for t in targets if t.startswith("attn_gui.ui"))
        for name, targets in _imports_under("attn_gui.export").items()
    }
    assert {name: targets for name, targets in offenders.items() if targets} == {}


def test_the_computation_imports_no_views_files_or_commands():
    pure = ("attn_gui.core", "attn_gui.timeline", "attn_gui.models")
    outside = ("attn_gui.ui", "attn_gui.export", "attn_gui.cli")
    for prefix in pure:
        for name, targets in _imports_under(prefix).items():
            assert not [t for t in targets if t.startswith(outside)], name


def test_no_helper_of_the_window_imports_the_window():
    importers = sorted(name for name, targets in GRAPH.items() if "attn_gui.ui.window.main_window" in targets)
    assert importers == ["attn_gui.ui.launch"]


def test_folders_hold_at_most_a_dozen_modules():
    folders = {path.parent for path in MODULES.values()}
    sizes = {str(folder.relative_to(PACKAGE.parent)): len(list(folder.glob("*.py"))) for folder in folders}
    assert {folder: size for folder, size in sizes.items() if size > MAX_MODULES_PER_FOLDER} == {}


PROBE = """
import json, sys
from attn_gui.__main__ import main
status = main(["export", "--tokens", "I love learning", "--stage", "scores", "--out", sys.argv[1]])
print(json.dumps([status, sorted(m for m in sys.modules if m.startswith("attn_gui.ui"))]))
"""


def test_a_headless_figure_builds_no_window(tmp_path):
    out = tmp_path / "scores.png"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(out)], capture_output=True, text=True, check=True
    )
    status, loaded = json.loads(result.stdout.splitlines()[-1])
    assert status == 0
    assert out.read_bytes().startswith(b"\x89PNG")
    assert "attn_gui.ui.stage.drawing" in loaded  # drawn by the stage drawing itself
    assert not [m for m in loaded if m.startswith("attn_gui.ui.window")]
