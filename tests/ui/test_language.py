"""Switching the interface language at run time: the window comes back in Chinese, same lesson."""

import subprocess
import sys

from PySide6.QtGui import QImage

from attn_gui.core import AttentionConfig
from attn_gui.i18n.language import current_language, install_language
from attn_gui.ui import launch as app

CONFIG = AttentionConfig(tokens=("我", "爱", "学习"), d_model=6, num_heads=3)


def menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_chinese_and_back_keeps_the_lesson(qtbot, preferences):
    window = app.create_window(app.LaunchRequest(config=CONFIG, stage="scores", head=1), preferences)
    qtbot.addWidget(window)
    window.document.edit_cell("x", 0, 0, 2.0)
    assert menu_titles(window)[0] == "&File"
    try:
        window.choose_language("zh_CN")
        chinese = app._windows[0]
        qtbot.addWidget(chinese)
        assert chinese is not window
        assert current_language() == "zh_CN"
        assert menu_titles(chinese)[0] == "文件(&F)"
        assert chinese.document.config == window.document.config
        assert (chinese.stage, chinese.head) == ("scores", 1)
        assert preferences.language() == "zh_CN"
        chinese.choose_language("en")
        english = app._windows[0]
        qtbot.addWidget(english)
        assert menu_titles(english)[0] == "&File"
        assert english.document.trace.get("x").array[0, 0] == 2.0
    finally:
        install_language("en")


def test_the_command_line_chooses_the_language(tmp_path):
    shot = tmp_path / "zh.png"
    result = subprocess.run(
        [sys.executable, "-m", "attn_gui", "--lang", "zh_CN", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert not QImage(str(shot)).isNull()
