"""The core, the lesson's stages and the presets must stay importable without Qt (DESIGN.md)."""

import json
import subprocess
import sys


def test_importing_the_pure_modules_loads_neither_qt_nor_pyqtgraph():
    probe = (
        "import json, sys; import attn_gui.core, attn_gui.timeline.stages, attn_gui.presets; "
        "qt = ('PySide6', 'pyqtgraph', 'shiboken6'); "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in qt)))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []
    # The probe itself must be able to see Qt, or the assertion above would prove nothing.
    check = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore, sys; print('PySide6' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert check.stdout.strip() == "True"
