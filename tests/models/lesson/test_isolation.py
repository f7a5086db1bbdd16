"""The translator's lesson is computed without Qt, pyqtgraph or torch, as the rest of models/ is."""

import json
import subprocess
import sys

PROBE = """
import json, sys
from attn_gui.models.lesson.session import ModelSession
from attn_gui.models.lesson.source import PARTS, ModelLesson
from attn_gui.models.lesson.stages import lesson_stages
from attn_gui.timeline.timeline import build_timeline
session = ModelSession()
for part in PARTS:
    lesson = ModelLesson("I love learning", "tiny-en-zh", part=part, step=2)
    build_timeline(session.trace(lesson), "auto")
    lesson_stages(lesson)
heavy = ("PySide6", "pyqtgraph", "shiboken6", "torch")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy)))
"""


def test_a_translator_lesson_loads_neither_qt_nor_torch():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []
