"""The input panel's part for a real model: which layer, the word pieces the model reads, the model.

The toy's sizes come from the fields; a model's are its own, so this group only says them, and
the one choice it offers is the layer (from 1). The text is the panel's sentence field.
"""

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QSpinBox, QWidget

from attn_gui.models.errors import TEXT_ERRORS, ModelError
from attn_gui.models.lesson.source import NO_SUCH_LAYER
from attn_gui.ui.input.field_errors import make_error_label

DEFAULT_LAYERS = 6  # the spin box's range until a model says how many layers it has
# A model refuses the text (empty, too many pieces) or the layer; anything else is about the model.


def model_error_field(error: ModelError) -> str:
    """The input panel's field to say ``error`` beside: the text, the layer or the source."""
    if error.template in TEXT_ERRORS:
        return "tokens"
    return "layer" if error.template == NO_SUCH_LAYER else "source"


class ModelFields(QGroupBox):
    """Layer, word pieces and what the model is; emits ``layerChanged`` and ``openFolderRequested``."""

    layerChanged = Signal(int)
    openFolderRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("model_fields")
        self.layer = QSpinBox(self)
        self.layer.setObjectName("layer")
        self.layer.setRange(1, DEFAULT_LAYERS)
        self.layer_label = QLabel(self)
        self.layer_label.setBuddy(self.layer)
        self.layer_error = make_error_label("layer")
        self.pieces_label = QLabel(self)
        self.pieces = QLabel(self)
        self.pieces.setObjectName("pieces")
        self.pieces.setWordWrap(True)
        self.pieces.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = QLabel(self)
        self.about.setObjectName("model_about")
        self.about.setWordWrap(True)
        self.open_folder = QPushButton(self)
        self.open_folder.setObjectName("open_model_folder")
        self.open_folder.setAutoDefault(False)
        grid = QGridLayout(self)
        grid.addWidget(self.layer_label, 0, 0)
        grid.addWidget(self.layer, 0, 1)
        grid.addWidget(self.layer_error, 1, 1)
        grid.addWidget(self.pieces_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.pieces, 2, 1)
        grid.addWidget(self.about, 3, 0, 1, 2)
        grid.addWidget(self.open_folder, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.layer.valueChanged.connect(self.layerChanged)
        self.open_folder.clicked.connect(self.openFolderRequested)
        self._about: tuple[str, int, int, int] | None = None
        self._known: tuple[str, ...] | None = None  # the translator's words, while it is shown
        self._retranslate()

    def show_model(self, name: str, layers: int, heads: int, d_model: int, pieces: tuple[str, ...]) -> None:
        """What the model is and how it splits the text; the layer field's range follows it."""
        self._about, self._known = (name, layers, heads, d_model), None
        self.layer.setRange(1, layers)
        self.pieces.setText(" ".join(pieces))
        self._show_layer(True)
        self._retranslate()

    def show_translator(self, known: tuple[str, ...], tokens: tuple[str, ...]) -> None:
        """The translator has one layer a side, so no layer to choose: the words it knows instead."""
        self._known = known
        self.pieces.setText(" ".join(tokens))
        self._show_layer(False)
        self._retranslate()

    def _show_layer(self, shown: bool) -> None:
        for widget in (self.layer, self.layer_label):
            widget.setVisible(shown)

    def _retranslate(self) -> None:
        self.layer_label.setText(QCoreApplication.translate("ModelFields", "&Layer:"))
        tip = QCoreApplication.translate(
            "ModelFields", "Which of the model's layers the lesson steps through (from 1, the first)"
        )
        self.layer.setToolTip(tip)
        self.layer_label.setToolTip(tip)
        self.open_folder.setText(QCoreApplication.translate("ModelFields", "Open model &folder…"))
        self.open_folder.setToolTip(
            QCoreApplication.translate(
                "ModelFields",
                "Another BERT-family encoder in the Hugging Face layout: config.json, "
                "model.safetensors and tokenizer.json",
            )
        )
        if self._known is not None:
            self._retranslate_translator(self._known)
            return
        self.setTitle(QCoreApplication.translate("ModelFields", "Pretrained model"))
        self.pieces_label.setText(QCoreApplication.translate("ModelFields", "Word pieces:"))
        self.pieces.setToolTip(
            QCoreApplication.translate(
                "ModelFields",
                "The text as the model reads it: [CLS] first, [SEP] last, rare words split into "
                "pieces (##…), unknown characters as [UNK]",
            )
        )
        if self._about is not None:
            name, layers, heads, d_model = self._about
            self.about.setText(
                QCoreApplication.translate(
                    "ModelFields", "{name}: {layers} layers of {heads} heads, d_model = {d_model}."
                ).format(name=name, layers=layers, heads=heads, d_model=d_model)
            )

    def _retranslate_translator(self, known: tuple[str, ...]) -> None:
        self.setTitle(QCoreApplication.translate("ModelFields", "Trained translator"))
        self.pieces_label.setText(QCoreApplication.translate("ModelFields", "Tokens:"))
        self.pieces.setToolTip(
            QCoreApplication.translate(
                "ModelFields", "The English words as the encoder reads them, then the end marker <eos>"
            )
        )
        self.about.setText(
            QCoreApplication.translate(
                "ModelFields",
                "An encoder-decoder of d_model 16 with 2 heads and one layer a side, trained on a small "
                "grammar. It knows these {count} words: {words}.",
            ).format(count=len(known), words=", ".join(known))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
