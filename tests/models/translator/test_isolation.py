"""The translator runs without Qt and without torch: only its training module imports torch."""

import json
import re
import subprocess
import sys
from pathlib import Path

import attn_gui

PROBE = """
import json, sys
from attn_gui.models.translator import known_words, shipped_translator, translate
from attn_gui.models.translator.evaluation import evaluate
from attn_gui.models.translator.grammar import held_out_pairs
translation = translate("she reads books in the library every day")
assert translation.output_tokens == ("她", "每天", "在", "图书馆", "读", "书"), translation.output_tokens
assert known_words() and translation.cross_weights.size
evaluate(shipped_translator(), held_out_pairs()[:3])
heavy = ("PySide6", "pyqtgraph", "shiboken6", "torch")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy)))
"""


def run(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_translating_loads_neither_qt_pyqtgraph_nor_torch():
    assert run(PROBE) == []


def test_the_probe_would_see_torch_if_training_were_imported():
    code = (
        "import json, sys, attn_gui.models.translator.training; print(json.dumps(['torch' in sys.modules]))"
    )
    assert run(code) == [True]


def test_only_the_training_module_imports_torch():
    package = Path(attn_gui.__file__).parent
    importing = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if re.search(r"^\s*(import|from)\s+torch\b", path.read_text(encoding="utf-8"), flags=re.M)
    }
    assert importing == {"models/translator/training.py"}
