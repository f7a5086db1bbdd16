"""Without a Chinese font the app says so, instead of drawing boxes on screen or in a figure."""

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel

from attn_gui.__main__ import main
from attn_gui.core import AttentionConfig
from tests.ui.conftest import field, retype

CHINESE = AttentionConfig(tokens=("我", "爱", "学习"), d_model=4, num_heads=2)


@pytest.fixture
def no_cjk_font(monkeypatch):
    """A machine whose fonts cover Latin only."""
    real = QFontDatabase.families

    def families(system=QFontDatabase.WritingSystem.Any):
        return [] if system != QFontDatabase.WritingSystem.Any else real()

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(families))


def notice(window) -> QLabel:
    return window.input_panel.findChild(QLabel, "font_notice")


def test_chinese_tokens_without_a_font_bring_a_notice(no_cjk_font, qtbot, make_window):
    window = make_window(CHINESE)
    assert notice(window).isVisible()
    assert "fonts-noto-cjk" in notice(window).text()
    retype(qtbot, field(window, "tokens"), "I love learning")
    qtbot.waitUntil(lambda: window.document.config.tokens == ("I", "love", "learning"))
    assert not notice(window).isVisible()


def test_with_a_font_installed_there_is_no_notice(make_window):
    assert not notice(make_window(CHINESE)).isVisible()


def test_the_export_refuses_to_draw_boxes(no_cjk_font, tmp_path, capsys):
    out = tmp_path / "figure.png"
    assert main(["export", "--tokens", "我 爱 学习", "--stage", "scores", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "font" in err
    assert not out.exists()
