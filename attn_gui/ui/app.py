"""Starting the Qt application, and rendering the window to a file instead of showing it."""

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice
from PySide6.QtWidgets import QApplication

from attn_gui.core import AttentionConfig
from attn_gui.export.atomic import atomic_write
from attn_gui.ui.main_window import MainWindow


def application() -> QApplication:
    """The one QApplication, named so that settings and the desktop recognise it."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("attn-gui")
    app.setOrganizationName("attn-gui")
    app.setApplicationDisplayName("attn-gui")
    return app


def save_screenshot(window: MainWindow, path: Path) -> None:
    """Render ``window`` as it would appear and write it as a PNG, atomically."""
    window.show()
    QApplication.processEvents()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    window.grab().save(buffer, "PNG")
    buffer.close()
    atomic_write(path, lambda stream: stream.write(data.data()))


def run_app(config: AttentionConfig, screenshot: Path | None = None) -> int:
    """Open the main window; with ``screenshot``, render it to that file and exit."""
    app = application()
    window = MainWindow(config)
    try:
        if screenshot is not None:
            save_screenshot(window, screenshot)
            return 0
        window.show()
        return app.exec()
    finally:
        # Destroy the window while Qt is still alive: left to interpreter shutdown,
        # pyqtgraph's items are torn down in the wrong order and the process segfaults.
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
