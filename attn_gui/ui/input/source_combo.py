"""Where the lesson's numbers come from: random weights (the toy), or a real model by name or folder."""

from contextlib import nullcontext
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget

from attn_gui.models.locate import KNOWN_MODELS, MINILM, TINY_EN_ZH

TOY = None  # the entry of the toy lesson; a model's entry holds its name or folder


class SourceCombo(QComboBox):
    """The toy and the known models, plus every model folder opened; ``source()`` is the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("source")
        for source in (TOY, MINILM.name, TINY_EN_ZH):
            self.addItem("", source)
        self.retranslate()

    def source(self) -> str | None:
        """TOY, a known model's name, or a folder (as a string)."""
        return self.currentData()

    def choose(self, source: str | None, quietly: bool = False) -> None:
        """Select ``source``, adding it first if it is a folder not offered yet."""
        index = self.findData(source)
        if index < 0:
            self.addItem(_text(source), source)
            index = self.count() - 1
        with QSignalBlocker(self) if quietly else nullcontext():
            self.setCurrentIndex(index)

    def retranslate(self) -> None:
        for index in range(self.count()):
            self.setItemText(index, _text(self.itemData(index)))


def _text(source: str | None) -> str:
    if source is TOY:
        return QCoreApplication.translate("InputPanel", "random weights (toy)")
    if source == TINY_EN_ZH:
        return QCoreApplication.translate("InputPanel", "Trained translator (English → Chinese)")
    if source in KNOWN_MODELS:
        return QCoreApplication.translate("InputPanel", "{name} (pretrained)").format(name=source)
    return QCoreApplication.translate("InputPanel", "{name} (folder)").format(name=Path(source).name)
