"""The two switches both model views share: hide [CLS] and [SEP], merge word pieces into words."""

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget


class DisplayOptions(QWidget):
    """Two check boxes; ``changed`` fires when either is toggled (by the user or in code)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide_box = QCheckBox(self)
        self.hide_box.setObjectName("hide_specials")
        self.merge_box = QCheckBox(self)
        self.merge_box.setObjectName("merge_words")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hide_box)
        layout.addWidget(self.merge_box)
        layout.addStretch(1)
        for box in (self.hide_box, self.merge_box):
            box.toggled.connect(self.changed)
        self._retranslate()

    @property
    def hide_specials(self) -> bool:
        return self.hide_box.isChecked()

    @property
    def merge_words(self) -> bool:
        return self.merge_box.isChecked()

    def _retranslate(self) -> None:
        self.hide_box.setText(QCoreApplication.translate("DisplayOptions", "Hide [CLS] and [SEP]"))
        self.hide_box.setToolTip(
            QCoreApplication.translate(
                "DisplayOptions",
                "Drop the rows and columns of [CLS] and [SEP] and renormalise each row to sum to 1: "
                "how a head shares out what it gives the words. Many heads put most of their weight "
                "on [CLS] or [SEP], a “no-op” sink (Clark et al. 2019), which leaves the rest too "
                "faint to read.",
            )
        )
        self.merge_box.setText(QCoreApplication.translate("DisplayOptions", "Merge word pieces into words"))
        self.merge_box.setToolTip(
            QCoreApplication.translate(
                "DisplayOptions",
                "One row and one column per word: the rows of a word's pieces are averaged (what the "
                "word attends to), their columns summed (what attends to the word), so every row "
                "still sums to 1. With both switches on, pieces are merged first, then [CLS] and "
                "[SEP] hidden.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
