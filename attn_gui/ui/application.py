"""The one QApplication, named and iconed so that settings and the desktop recognise it."""

import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from attn_gui.ui.fonts import install_fonts

ICON_FOLDER = Path(__file__).resolve().parent.parent / "icons"


def app_icon() -> QIcon:
    """attn-gui's icon at every size it ships, for the windows and the About box."""
    icon = QIcon()
    for png in sorted(ICON_FOLDER.glob("attn-gui-*.png")):
        icon.addFile(str(png))
    return icon


def application() -> QApplication:
    """The one QApplication, named so that settings and the desktop recognise it."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("attn-gui")
    app.setOrganizationName("attn-gui")
    app.setApplicationDisplayName("attn-gui")
    app.setDesktopFileName("attn-gui")  # matches packaging/linux/attn-gui.desktop
    app.setWindowIcon(app_icon())
    install_fonts()
    return app


def quiet_offscreen_notices() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()/raise()" notices:
    they say nothing about the export, and a successful command should print nothing."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            sys.stderr.write(message + "\n")

    if QGuiApplication.platformName() == "offscreen":
        qInstallMessageHandler(handler)
