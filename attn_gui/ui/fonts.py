"""Whether Chinese or Japanese tokens can be drawn, so that the app says so instead of drawing boxes.

Qt draws a box for every character no installed font covers; on a Linux machine without a CJK
font that is every Chinese token, on screen and in every exported figure. The app does not ship
a font (a CJK font is several megabytes); it names the package to install instead.
"""

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from attn_gui.core import is_cjk

CJK_SYSTEMS = (
    QFontDatabase.WritingSystem.SimplifiedChinese,
    QFontDatabase.WritingSystem.TraditionalChinese,
    QFontDatabase.WritingSystem.Japanese,
)


def cjk_font_missing(texts: Iterable[str]) -> bool:
    """True when some text has CJK characters and no installed font can draw them."""
    if not any(is_cjk(char) for text in texts for char in text):
        return False
    return not any(QFontDatabase.families(system) for system in CJK_SYSTEMS)


def missing_font_message() -> str:
    """One sentence: what is wrong and what to install."""
    return QCoreApplication.translate(
        "CjkFonts",
        "No Chinese or Japanese font is installed, so these characters would be drawn as boxes, "
        "on screen and in exported figures. Install one (on Debian or Ubuntu: "
        "sudo apt install fonts-noto-cjk) and start attn-gui again.",
    )
