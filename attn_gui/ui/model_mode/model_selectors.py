"""The header's choices for a real model: which layer of an encoder, and for the translator which
of its attentions and which decoding step (the word being written)."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton, QWidget

from attn_gui.models.lesson.source import PARTS
from attn_gui.translatable import QT_TRANSLATE_NOOP

PART_TITLES = {
    "encoder": QT_TRANSLATE_NOOP("MainWindow", "Encoder self-attention"),
    "decoder": QT_TRANSLATE_NOOP("MainWindow", "Decoder masked self-attention"),
    "cross": QT_TRANSLATE_NOOP("MainWindow", "Cross-attention (encoder-decoder)"),
    "output": QT_TRANSLATE_NOOP("MainWindow", "Next word: softmax over the vocabulary"),
}


class ModelSelectors(QObject):
    """Three labelled combo boxes; ``widgets`` go in the header, before the head's."""

    layerChosen = Signal(int)  # from 1
    partChosen = Signal(str)
    stepChosen = Signal(int)  # from 1
    nextWordRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.layer_label, self.layer = self._combo(
            parent,
            "layer_selector",
            QCoreApplication.translate("MainWindow", "Layer:"),
            QCoreApplication.translate("MainWindow", "Which layer of the model the lesson steps through"),
        )
        self.part_label, self.part = self._combo(
            parent,
            "part_selector",
            QCoreApplication.translate("MainWindow", "Attention:"),
            QCoreApplication.translate(
                "MainWindow", "Which of the translator's attentions the lesson steps through"
            ),
        )
        self.step_label, self.step = self._combo(
            parent, "step_selector", QCoreApplication.translate("MainWindow", "Writing:"),
            QCoreApplication.translate(
                "MainWindow",
                "The decoding step: the decoder writes one Chinese word a step, reading the words "
                "written before it",
            ),
        )  # fmt: skip
        self.next_word = QToolButton(parent)
        self.next_word.setObjectName("next_word")
        self.next_word.setText(QCoreApplication.translate("MainWindow", "Next word ▸"))
        self.next_word.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "The word chosen joins the output and the next step begins: the decoder's masked "
                "self-attention, now one word longer",
            )
        )
        self.next_word.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.next_word.clicked.connect(self.nextWordRequested)
        for part in PARTS:
            self.part.addItem(QCoreApplication.translate("MainWindow", PART_TITLES[part]), part)
        self.layer.currentIndexChanged.connect(lambda i: i >= 0 and self.layerChosen.emit(i + 1))
        self.part.currentIndexChanged.connect(lambda i: i >= 0 and self.partChosen.emit(PARTS[i]))
        self.step.currentIndexChanged.connect(lambda i: i >= 0 and self.stepChosen.emit(i + 1))
        self.show_none()

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.layer_label, self.layer, self.part_label, self.part, self.step_label, self.step,
            self.next_word,
        )  # fmt: skip

    def show_none(self) -> None:
        """The toy: none of them."""
        for widget in self.widgets:
            widget.setVisible(False)

    def show_layers(self, count: int, layer: int) -> None:
        """An encoder's ``count`` layers, ``layer`` (from 1) chosen."""
        self._visible(layers=True)
        text = QCoreApplication.translate("MainWindow", "{layer} of {layers}")
        self._fill(self.layer, [text.format(layer=i, layers=count) for i in range(1, count + 1)], layer - 1)

    def show_translation(self, part: str, words: Sequence[str], step: int) -> None:
        """The translator at ``part``, writing word ``step`` (from 1) of ``words`` (each step's)."""
        self._visible(layers=False)
        with QSignalBlocker(self.part):
            self.part.setCurrentIndex(PARTS.index(part))
        text = QCoreApplication.translate("MainWindow", "word {step}: {word}")
        self._fill(self.step, [text.format(step=i, word=w) for i, w in enumerate(words, start=1)], step - 1)
        self.next_word.setEnabled(step < len(words))

    def _visible(self, layers: bool) -> None:
        for widget in self.widgets[:2]:
            widget.setVisible(layers)
        for widget in self.widgets[2:]:
            widget.setVisible(not layers)

    @staticmethod
    def _fill(combo: QComboBox, texts: list[str], index: int) -> None:
        with QSignalBlocker(combo):
            if [combo.itemText(i) for i in range(combo.count())] != texts:
                combo.clear()
                combo.addItems(texts)
            combo.setCurrentIndex(index)

    @staticmethod
    def _combo(parent: QWidget, name: str, label: str, tip: str) -> tuple[QLabel, QComboBox]:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setToolTip(tip)
        combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not take the lesson's keys
        caption = QLabel(label, parent)
        caption.setBuddy(combo)
        return caption, combo
