"""Choosing the interface language: the app's catalogue and Qt's own, installed together."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Each language named in itself, so that anyone can find their own in the menu.
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
CATALOGUE_FOLDER = Path(__file__).resolve().parent

_installed: list[QTranslator] = []  # QCoreApplication does not own them: keep them alive here


def system_language() -> str:
    """Simplified Chinese on a Chinese desktop, English otherwise."""
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_language(language: str) -> str:
    """Make ``language`` the interface language; returns the language actually installed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    if language != "en":
        catalogues = [
            (f"attn_gui_{language}", str(CATALOGUE_FOLDER)),
            (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ]
        for name, folder in catalogues:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return language


def current_language() -> str:
    return "zh_CN" if _installed else "en"
