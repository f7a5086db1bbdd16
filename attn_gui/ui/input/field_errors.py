"""Showing a ConfigError (or a model's refusal) beside the field it is about, never in a dialog
that hides the input."""

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from attn_gui.core import ConfigError
from attn_gui.i18n import config_error_text

# (message text, field tint) for light and dark palettes; each keeps about 5:1 contrast with its
# background. Palette colours, not a style sheet: a style sheet border breaks Fusion's spin box
# arrows and combo box drop-downs.
LIGHT_COLORS = ("#b71c1c", "#ffcdd2")
DARK_COLORS = ("#ff8a80", "#5c2020")


def make_error_label(name: str) -> QLabel:
    """A hidden, word-wrapped label named ``error_<name>`` so tests and the window can find it."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setWordWrap(True)
    bold = QFont()  # only the weight: the size still follows the application font
    bold.setBold(True)
    label.setFont(bold)
    label.hide()
    return label


def _colors(widget: QWidget) -> tuple[QColor, QColor]:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return tuple(QColor(c) for c in (DARK_COLORS if dark else LIGHT_COLORS))


def _mark(field: QWidget, message: str, tint: QColor | None) -> None:
    """Tint the field and describe the problem to screen readers; an empty message undoes it."""
    field.setProperty("invalid", bool(message))
    field.setAccessibleDescription(message)
    palette = QPalette()  # resolves no role: the field follows the application palette again
    if tint is not None:
        palette.setColor(QPalette.ColorRole.Base, tint)
        palette.setColor(QPalette.ColorRole.Button, tint)  # what a non-editable combo box is painted with
    field.setPalette(palette)


class FieldErrors:
    """Routes each ConfigError to the label under its field, or to a general label.

    Colours follow ``owner``'s palette: on a palette change the owner hears of it before its
    children have been updated, so the children's palettes would still be the old ones.
    """

    def __init__(self, owner: QWidget, general: QLabel) -> None:
        self._owner = owner
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._shown: tuple[QWidget | None, QLabel, str] | None = None

    def add(self, name: str, field: QWidget, label: QLabel) -> None:
        """Register where errors about the core's field ``name`` go."""
        self._fields[name] = (field, label)

    def show(self, error: ConfigError) -> None:
        """Show only this error: the core reports the first problem it finds."""
        self.show_message(error.field, config_error_text(error))

    def show_message(self, name: str, message: str) -> None:
        """Show ``message`` under field ``name`` (or in the general label), and only it."""
        self.clear()
        field, label = self._fields.get(name, (None, self._general))
        self._shown = (field, label, message)
        self.restyle()
        label.show()

    def restyle(self) -> None:
        """Pick the colours again, e.g. after the theme switched between light and dark."""
        if self._shown is None:
            return
        field, label, message = self._shown
        text_color, tint = _colors(self._owner)
        label.setText(message)
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, text_color)
        label.setPalette(palette)
        if field is not None:
            _mark(field, message, tint)

    def clear(self) -> None:
        """Remove the message and the tint; cheap when nothing is shown."""
        if self._shown is None:
            return
        field, label, _ = self._shown
        label.clear()
        label.hide()
        if field is not None:
            _mark(field, "", None)
        self._shown = None
