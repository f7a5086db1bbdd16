"""The standalone views' strings files (resources/translations/*_zh.json, merged into the catalogue
later) and a translator that reads one, so that a test sees a view in Chinese before the merge."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
UI = ROOT / "attn_gui" / "ui"
VIEW_STRINGS = {  # a package of views: the file that holds every string they mark, in Chinese
    "model": (UI / "model", TRANSLATIONS / "model_view_zh.json"),
    "translator": (UI / "translator", TRANSLATIONS / "translator_views_zh.json"),
}


class JsonTranslator(QTranslator):
    """A strings file's Chinese, as the catalogue will hold it once merged."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.table = json.loads(path.read_text(encoding="utf-8"))

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.table.get(context, {}).get(source, "")

    def isEmpty(self):
        return False


@contextmanager
def chinese_from(path: Path) -> Iterator[dict[str, dict[str, str]]]:
    """The interface in the Chinese of ``path`` (every widget gets a LanguageChange)."""
    translator = JsonTranslator(path)
    QCoreApplication.installTranslator(translator)
    try:
        yield translator.table
    finally:
        QCoreApplication.removeTranslator(translator)
