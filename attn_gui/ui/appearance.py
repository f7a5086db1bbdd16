"""Colours and text size for the room: follow the system, or a high-contrast projector palette."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from attn_gui.translatable import QT_TRANSLATE_NOOP

THEMES = {
    "system": QT_TRANSLATE_NOOP("Appearance", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Appearance", "Light"),
    "dark": QT_TRANSLATE_NOOP("Appearance", "Dark"),
    "projector": QT_TRANSLATE_NOOP("Appearance", "Projector (high contrast)"),
}
MIN_POINTS, MAX_POINTS = 7.0, 40.0


def _palette(window: str, base: str, text: str, button: str, highlight: str, muted: str) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: base,
        QPalette.ColorRole.PlaceholderText: muted,
        QPalette.ColorRole.Link: highlight,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(muted))
    return palette


PALETTES = {
    "light": lambda: _palette("#efefef", "#ffffff", "#1a1a1a", "#e4e4e4", "#2a6fdb", "#8a8a8a"),
    "dark": lambda: _palette("#2b2b2b", "#1e1e1e", "#f0f0f0", "#3a3a3a", "#4d8ef7", "#8a8a8a"),
    # Pure black on white, a strong blue: what survives a washed-out classroom projector.
    "projector": lambda: _palette("#ffffff", "#ffffff", "#000000", "#ffffff", "#0000cc", "#333333"),
}
# The projector's text is heavier too: thin strokes are the first to fade on a bright screen.
WEIGHTS = {"projector": QFont.Weight.DemiBold}


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(theme: str) -> None:
    """Set the application palette; "system" picks light or dark as the desktop does."""
    if theme not in THEMES:
        theme = "system"
    if theme == "system":
        theme = "dark" if system_prefers_dark() else "light"
    if QApplication.style().name().lower() != "fusion":  # a new style re-measures every widget
        QApplication.setStyle("Fusion")  # the one style whose colours come entirely from the palette
    QApplication.setPalette(PALETTES[theme]())
    font = QFont(QApplication.font())
    font.setWeight(WEIGHTS.get(theme, QFont.Weight.Normal))
    QApplication.setFont(font)


def theme_label(theme: str) -> str:
    return QCoreApplication.translate("Appearance", THEMES[theme])


def set_font_points(points: float) -> float:
    """Scale every view's text at once (they size themselves from the application font)."""
    points = min(max(points, MIN_POINTS), MAX_POINTS)
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    QApplication.setFont(font)
    return points


def scaled_font(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    """The widget's font times ``scale``: follows the application's text size, family and weight
    (``bold`` only makes it bolder: the projector theme's heavier text stays heavy)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setBold(True)
    return font
