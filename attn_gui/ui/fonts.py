"""Chinese on any machine: the font the app ships, and the characters no font can draw.

A fresh Linux machine often has no CJK font, and Qt then draws a box for every Chinese token
and every word of the Chinese interface, on screen and in figures. attn-gui ships a subset of
Noto Sans SC (GB 2312, ASCII, CJK punctuation; OFL, see attn_gui/fonts/OFL.txt) and puts it
right after the interface font, so Chinese is drawn the same everywhere, exports included. A
character outside every font the machine has (a rare character, another script) is still said,
rather than drawn as a box.
"""

import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

import attn_gui.fonts

BUNDLED_FONT = Path(attn_gui.fonts.__file__).resolve().parent / "NotoSansSC-Regular-subset.otf"


@cache
def bundled_family() -> str:
    """The shipped font's family, registered with Qt on first use ("" if it could not be)."""
    font_id = QFontDatabase.addApplicationFont(str(BUNDLED_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ""


def install_fonts() -> None:
    """Make the shipped font the application's second family: Qt takes from it every glyph the
    first lacks (all of Chinese, for the usual Latin fonts)."""
    family = bundled_family()
    font = QFont(QApplication.font())
    if family and family not in font.families():
        # The interface font by its real name: an alias such as "Sans Serif" matches no family,
        # and Qt would then draw everything, Latin too, with the second one.
        font.setFamilies([QFontInfo(font).family(), family])
        QApplication.setFont(font)


@cache
def _raw_fonts() -> tuple[QRawFont, ...]:
    """Every font that can draw Chinese or Japanese here, the shipped one first."""
    families = [bundled_family()]
    for system in (
        QFontDatabase.WritingSystem.SimplifiedChinese,
        QFontDatabase.WritingSystem.TraditionalChinese,
        QFontDatabase.WritingSystem.Japanese,
    ):
        families += QFontDatabase.families(system)
    return tuple(QRawFont.fromFont(QFont(family)) for family in dict.fromkeys(f for f in families if f))


def undrawable(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` beyond Latin that no font here can draw, each once."""
    wanted = dict.fromkeys(
        char
        for text in texts
        for char in text
        if ord(char) > 0x2FF and unicodedata.category(char)[0] not in "CZ"  # joiners and spaces draw nothing
    )
    interface = QRawFont.fromFont(QApplication.font())
    return [
        char
        for char in wanted
        if not interface.supportsCharacter(ord(char))
        and not any(raw.supportsCharacter(ord(char)) for raw in _raw_fonts())
    ]


def missing_font_message(characters: list[str]) -> str:
    """One sentence: what cannot be drawn and what to install."""
    return QCoreApplication.translate(
        "CjkFonts",
        "No installed font can draw {characters}: they would be drawn as boxes, on screen and in "
        "exported figures. Install a font that has them (on Debian or Ubuntu: "
        "sudo apt install fonts-noto-cjk) and start attn-gui again.",
    ).format(characters=" ".join(characters[:8]) + (" …" if len(characters) > 8 else ""))
