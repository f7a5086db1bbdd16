"""The keyboard belongs to the lesson: a presentation clicker's keys step it whatever has the focus.

A clicker sends Page Up and Page Down. A spin box or a list with the focus would take them for
itself (ten steps of a value, a page of the list); these keys are the lesson's instead, so the
teacher never has to find the right place to click first.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

CLICKER_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class ClickerKeys(QObject):
    """Keeps Page Up / Page Down from the widgets of ``window``, so the window's step actions get
    them. Dialogs and open menus keep their own keys."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in CLICKER_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QWidget)
            and watched.window() is self.window
            and QApplication.activePopupWidget() is None
        ):
            return True  # not accepted by the focused widget: the window's shortcut takes the key
        return super().eventFilter(watched, event)
