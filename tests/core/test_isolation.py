"""The core, the timeline, the presets and the notation must stay free of Qt (DESIGN.md).

Importing them, and using them (building a timeline and reading every step), must load neither
PySide6 nor pyqtgraph: the command line, the tests and future tools rely on it.
"""

import json
import subprocess
import sys

PROBE = """
import json, sys
import attn_gui.core, attn_gui.notation, attn_gui.presets, attn_gui.timeline.easing
from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.timeline.timeline import build_timeline
timeline = build_timeline(compute_trace(AttentionConfig(tokens=("a", "b"))))
steps = [timeline[i] for i in range(len(timeline))]
qt = ("PySide6", "pyqtgraph", "shiboken6")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in qt)))
"""


def test_the_pure_modules_load_neither_qt_nor_pyqtgraph():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_the_probe_would_see_qt_if_it_were_loaded():
    check = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore, sys; print('PySide6' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert check.stdout.strip() == "True"
