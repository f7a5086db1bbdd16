"""Chinese on a machine with no CJK font: the shipped font draws it, on screen and in figures; a
character no font has is said, not drawn as a box.

A bare machine is simulated with fontconfig limited to DejaVu (as a fresh Debian has), in a
process of its own: Qt reads the fonts once, when it starts.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QLabel

from attn_gui.__main__ import main
from attn_gui.core import AttentionConfig
from attn_gui.ui.fonts import bundled_family, undrawable
from tests.ui.conftest import field, paste

CHINESE = AttentionConfig(tokens=("我", "爱", "学习"), d_model=4, num_heads=2)
NO_FONT = "\U00010000"  # Linear B: no font here has it, and the shipped one does not either


@pytest.fixture(scope="module")
def bare_fonts(tmp_path_factory):
    """A fontconfig setup that knows DejaVu and nothing else."""
    folder = tmp_path_factory.mktemp("fontconfig")
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}


PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtGui import QFontDatabase
    from attn_gui.__main__ import main
    from attn_gui.ui.application import application
    from attn_gui.ui.fonts import undrawable
    application()
    systems = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    status = {}
    for name, tokens in (("chinese", "我 爱 学习"), ("boxes", "\\U00010000 \\U00010001")):
        status[name] = main(["export", "--tokens", tokens, "--stage", "scores", "--embedding", "one-hot",
                             "--dpi", "96", "--out", sys.argv[1] + name + ".png"])
    print(json.dumps({"families": systems, "undrawable": undrawable(["我爱学习图书馆"]), "status": status}))
    """
)


def test_a_machine_without_cjk_fonts_draws_chinese_with_the_shipped_font(bare_fonts, tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "")], env=bare_fonts, capture_output=True, text=True
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["families"] == ["attn-gui Noto Sans SC"]  # the system itself has none
    assert report["undrawable"] == []
    assert report["status"] == {"chinese": 0, "boxes": 2}  # boxes are refused, Chinese drawn
    assert "No installed font can draw 𐀀" in result.stderr


def test_the_shipped_font_is_the_interface_font_s_second(qapp):
    assert qapp.font().families()[1] == bundled_family() == "attn-gui Noto Sans SC"


def notice(window) -> QLabel:
    return window.input_panel.findChild(QLabel, "font_notice")


def test_chinese_tokens_need_no_notice(make_window):
    assert not notice(make_window(CHINESE)).isVisible()


def test_characters_no_font_has_bring_a_notice_that_names_them(qtbot, make_window):
    window = make_window(CHINESE)
    paste(qtbot, field(window, "tokens"), f"I {NO_FONT}")
    qtbot.waitUntil(lambda: window.document.config.tokens == ("I", NO_FONT))
    assert notice(window).isVisible()
    assert NO_FONT in notice(window).text()
    assert "fonts-noto-cjk" in notice(window).text()
    paste(qtbot, field(window, "tokens"), "我 爱 学习")
    qtbot.waitUntil(lambda: window.document.config.tokens == ("我", "爱", "学习"))
    assert not notice(window).isVisible()


def test_the_export_refuses_to_draw_boxes(tmp_path, capsys):
    out = tmp_path / "figure.png"
    assert main(["export", "--tokens", f"我 {NO_FONT}", "--stage", "scores", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert NO_FONT in err
    assert not out.exists()


def test_joiners_and_spaces_are_not_missing_characters(qapp):
    assert undrawable(["a\u200db", "x\u200cy", "a\u00a0b"]) == []
