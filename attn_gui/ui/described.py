"""Labels with their tooltips, written once as data and translated when they are shown.

Tables of ``(label, tooltip)`` pairs are marked with QT_TRANSLATE_NOOP where they are written, so
lupdate finds them, and translated by one function when a widget shows them (again on a
language change).
"""

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

Key = TypeVar("Key")
Described = tuple[str, str]  # a label and its tooltip, marked in the table's context


def translated(context: str, table: Mapping[Key, Described]) -> dict[Key, Described]:
    """Every label and tooltip of ``table`` in the interface language."""
    return {
        key: (QCoreApplication.translate(context, label), QCoreApplication.translate(context, tip))
        for key, (label, tip) in table.items()
    }
