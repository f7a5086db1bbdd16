"""The input dock: every value that poses the attention problem, applied live and never lost."""

import random
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from attn_gui.core import MASKS, MAX_HEADS, MAX_SIZE, AttentionConfig, ConfigError, tokenize
from attn_gui.i18n import model_error_text
from attn_gui.models.errors import ModelError
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.presets import PRESETS, preset_config
from attn_gui.ui.fonts import missing_font_message, undrawable
from attn_gui.ui.input.field_errors import FieldErrors, make_error_label
from attn_gui.ui.input.input_texts import field_texts
from attn_gui.ui.input.model_fields import ModelFields, model_error_field
from attn_gui.ui.input.source_combo import TOY, SourceCombo

MAX_SEED_SHOWN = 2**31 - 1  # a QSpinBox holds a signed 32-bit int; the core would take up to 2**32 - 1
EDITED = "edited"  # the embedding entry that stands for values typed into the matrices
GENERATED = ("random", "one-hot")
_W = TypeVar("_W", bound=QWidget)


class InputPanel(QWidget):
    """Poses the problem: tokens, sizes, seed and switches, with presets for the lesson.

    Every change applies after a short pause (``debounce_ms``) so typing a word does not
    recompute the trace on each key; ``configChanged`` carries only valid configurations,
    and only real changes. Invalid input stays in the fields with its message beside it.
    """

    configChanged = Signal(object)
    resetEditsRequested = Signal()
    finished = Signal()  # Enter applied a valid value: the keyboard can go back to the lesson
    openModelFolderRequested = Signal()

    def __init__(self, config: AttentionConfig | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Set by the window: shows a model's lesson (None: the toy), raising ModelError if it cannot.
        self.model_applier: Callable[[ModelLesson | None], None] | None = None
        self._model: ModelLesson | None = None
        self._toy_text = ""  # the toy's sentence as typed, while the field holds a model's text
        self.debounce_ms = 250
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._apply)
        self._random = random.Random()
        self._edits_present = False
        self._base_embedding = "random"
        self._labels: dict[str, QLabel] = {}
        self._build_widgets()
        self._retranslate()
        self._connect()
        self.set_config(config if config is not None else preset_config(PRESETS[0]))

    # Public API

    def config(self) -> AttentionConfig:
        """The last valid configuration, so callers never see what is still being typed."""
        return self._config

    def set_config(
        self,
        config: AttentionConfig,
        split_cjk: bool = False,
        tokens_text: str | None = None,
        kv_tokens_text: str | None = None,
    ) -> None:
        """Show ``config`` without emitting: the caller already has it, an echo would recompute.

        ``tokens_text`` (and ``kv_tokens_text``) keep the sentence as typed, e.g. "我爱学习"
        with ``split_cjk``; they must tokenize to the config's tokens.
        """
        self._timer.stop()
        self._fill(config, split_cjk, tokens_text, kv_tokens_text)
        self._errors.clear()
        self._config = config
        self._show_font_notice(config)
        try:  # what the fields describe, to compare later edits against (no edits, clamped seed)
            self._fields_config = self._build()
        except ConfigError:
            self._fields_config = config

    def set_edits_present(self, present: bool) -> None:
        """Say whether values were typed into the matrices, so the embedding choice tells the truth."""
        if present == self._edits_present:
            return
        self._edits_present = present
        with QSignalBlocker(self._embedding):
            if present:
                self._embedding.addItem(self._edited_text(), EDITED)
                self._embedding.setCurrentIndex(self._embedding.count() - 1)
            else:
                self._embedding.removeItem(self._embedding.findData(EDITED))
                self._embedding.setCurrentIndex(self._embedding.findData(self._base_embedding))

    # Building

    def model(self) -> ModelLesson | None:
        """The model lesson shown, or None for the toy."""
        return self._model

    def set_model(self, lesson: ModelLesson | None) -> None:
        """Show ``lesson`` (None: the toy's fields) without applying it: the caller already has."""
        self._timer.stop()
        self._errors.clear()
        self._switch_to(lesson)
        with ExitStack() as stack:
            for widget in (self._source, self._tokens, self._model_fields.layer):
                stack.enter_context(QSignalBlocker(widget))
            self._source.choose(None if lesson is None else lesson.model)
            if lesson is not None:
                self._tokens.setText(lesson.text)
                self._model_fields.layer.setValue(lesson.layer)

    def toy_sentence(self) -> str:
        """The toy's sentence as typed ("我爱学习"), kept while a model's text is in the field."""
        return self._tokens.text() if self._model is None else self._toy_text

    def show_model(self, name: str, layers: int, heads: int, d_model: int, pieces: tuple[str, ...]) -> None:
        """What the model shown is and how it reads the text (the window knows, once loaded)."""
        with QSignalBlocker(self._model_fields.layer):
            self._model_fields.show_model(name, layers, heads, d_model, pieces)

    def show_translator(self, known: tuple[str, ...], tokens: tuple[str, ...]) -> None:
        """The words the translator knows, and the tokens its encoder reads from the text."""
        self._model_fields.show_translator(known, tokens)

    def add_model_folder(self, folder: Path) -> None:
        """Offer a model folder among the sources, and switch to it."""
        self._source.choose(str(folder))

    def _show_mode(self) -> None:
        """The toy's sizes and switches, or the model's layer and pieces: never both."""
        toy = self._model is None
        for widget in (self._sizes, self._computation, self._split_cjk, self._cross, self._kv_tokens):
            widget.setVisible(toy)
        self._labels["kv_tokens"].setVisible(toy)
        self._model_fields.setVisible(not toy)
        self._show_sentence_label()
        self._font_notice.setVisible(toy and bool(self._font_notice.text()))

    def _build_widgets(self) -> None:
        self._source = _narrow(SourceCombo())
        self._presets = self._combo("presets", (None, *(preset.id for preset in PRESETS)))
        self._tokens = self._named(QLineEdit(), "tokens")
        self._split_cjk = self._named(QCheckBox(), "split_cjk")
        self._cross = self._named(QCheckBox(), "cross")
        self._kv_tokens = self._named(QLineEdit(), "kv_tokens")
        self._d_model = self._spin("d_model", 1, MAX_SIZE)
        self._num_heads = self._spin("num_heads", 1, MAX_HEADS)
        self._d_k = self._spin("d_k", 0, MAX_SIZE)
        self._d_v = self._spin("d_v", 0, MAX_SIZE)
        self._seed = self._spin("seed", 0, MAX_SEED_SHOWN)
        self._new_seed = self._named(QPushButton(), "new_seed")
        self._mask = self._combo("mask", MASKS)
        self._embedding = self._combo("embedding", GENERATED)
        self._positional_encoding = self._named(QCheckBox(), "positional_encoding")
        self._scale = self._named(QCheckBox(), "scale")

        general = make_error_label("general")
        self._errors = FieldErrors(self, general)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        top = QGridLayout()
        self._add_row(top, 0, "source", self._source)
        self._add_row(top, 2, "presets", self._presets, error=False)
        layout.addLayout(top)
        self._sentence = QGroupBox()
        grid = QGridLayout(self._sentence)
        self._add_row(grid, 0, "tokens", self._tokens)
        grid.addWidget(self._split_cjk, 2, 0, 1, 2)
        grid.addWidget(self._cross, 3, 0, 1, 2)
        self._add_row(grid, 4, "kv_tokens", self._kv_tokens)
        self._font_notice = self._named(QLabel(), "font_notice")
        self._font_notice.setWordWrap(True)
        self._font_notice.hide()
        grid.addWidget(self._font_notice, 6, 0, 1, 2)
        layout.addWidget(self._sentence)
        self._model_fields = ModelFields()
        self._model_fields.hide()
        self._errors.add("layer", self._model_fields.layer, self._model_fields.layer_error)
        layout.addWidget(self._model_fields)
        self._sizes = QGroupBox()
        grid = QGridLayout(self._sizes)
        for row, name in enumerate(("d_model", "num_heads", "d_k", "d_v")):
            self._add_row(grid, 2 * row, name, getattr(self, f"_{name}"))
        layout.addWidget(self._sizes)
        self._computation = QGroupBox()
        grid = QGridLayout(self._computation)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self._seed, 1)
        seed_row.addWidget(self._new_seed)
        self._add_row(grid, 0, "seed", self._seed, layout=seed_row)
        self._add_row(grid, 2, "mask", self._mask)
        self._add_row(grid, 4, "embedding", self._embedding)
        grid.addWidget(self._positional_encoding, 6, 0, 1, 2)
        grid.addWidget(self._scale, 7, 0, 1, 2)
        layout.addWidget(self._computation)
        layout.addStretch(1)

    def _named(self, widget: _W, name: str) -> _W:
        widget.setObjectName(name)
        return widget

    def _combo(self, name: str, data: tuple[str | None, ...]) -> QComboBox:
        combo = self._named(QComboBox(), name)
        for value in data:
            combo.addItem("", value)
        return _narrow(combo)

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = self._named(QSpinBox(), name)
        spin.setRange(low, high)
        return spin

    def _add_row(
        self,
        grid: QGridLayout,
        row: int,
        name: str,
        field: QWidget,
        error: bool = True,
        layout: QHBoxLayout | None = None,
    ) -> None:
        label = QLabel()
        label.setBuddy(field)
        self._labels[name] = label
        grid.addWidget(label, row, 0)
        if layout is not None:
            grid.addLayout(layout, row, 1)
        else:
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        if error:
            message = make_error_label(name)
            grid.addWidget(message, row + 1, 1)
            self._errors.add(name, field, message)

    def _connect(self) -> None:
        self._source.currentIndexChanged.connect(self._source_chosen)
        self._model_fields.layerChanged.connect(self._changed)
        self._model_fields.openFolderRequested.connect(self.openModelFolderRequested)
        self._presets.currentIndexChanged.connect(self._load_preset)
        for edit in (self._tokens, self._kv_tokens):
            edit.textChanged.connect(self._changed)
        for check in (self._split_cjk, self._cross, self._positional_encoding, self._scale):
            check.toggled.connect(self._changed)
        for spin in (self._d_model, self._num_heads, self._d_k, self._d_v, self._seed):
            spin.valueChanged.connect(self._changed)
        self._mask.currentIndexChanged.connect(self._changed)
        self._embedding.currentIndexChanged.connect(self._embedding_chosen)
        self._new_seed.clicked.connect(self._pick_new_seed)
        for field in (self._tokens, self._kv_tokens, self._d_model, self._num_heads, self._d_k, self._d_v):
            field.installEventFilter(self)
        self._seed.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a field applies it at once, without waiting for the pause after typing."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._timer.stop()
            if self._apply():
                self.finished.emit()
            return True
        return super().eventFilter(watched, event)

    def _inputs(self) -> tuple[QWidget, ...]:
        return (
            self._tokens, self._split_cjk, self._cross, self._kv_tokens, self._d_model, self._num_heads,
            self._d_k, self._d_v, self._seed, self._mask, self._embedding, self._positional_encoding,
            self._scale,
        )  # fmt: skip

    def _retranslate(self) -> None:
        """Set every visible text; rerun on a language change so no string is left in English."""
        for name, (text, tip) in field_texts().items():
            widget = self.findChild(QWidget, name)
            label = self._labels.get(name)
            (label or widget).setText(text)
            for target in (widget, label):
                if target is not None:
                    target.setToolTip(tip)
        self._source.retranslate()
        self._presets.setItemText(0, QCoreApplication.translate("InputPanel", "Presets…"))
        for index, preset in enumerate(PRESETS, start=1):
            self._presets.setItemText(index, QCoreApplication.translate("Preset", preset.title))
        self._mask.setItemText(0, QCoreApplication.translate("InputPanel", "none (every token sees all)"))
        self._mask.setItemText(1, QCoreApplication.translate("InputPanel", "causal (no peeking ahead)"))
        self._embedding.setItemText(0, QCoreApplication.translate("InputPanel", "random (seeded)"))
        self._embedding.setItemText(1, QCoreApplication.translate("InputPanel", "one-hot"))
        if self._edits_present:
            self._embedding.setItemText(2, self._edited_text())
        self._tokens.setPlaceholderText(QCoreApplication.translate("InputPanel", "e.g. I love learning"))
        self._kv_tokens.setPlaceholderText(QCoreApplication.translate("InputPanel", "e.g. 我 爱 学习"))
        self._sentence.setTitle(QCoreApplication.translate("InputPanel", "Sentence"))
        self._sizes.setTitle(QCoreApplication.translate("InputPanel", "Sizes"))
        self._show_sentence_label()
        self._computation.setTitle(QCoreApplication.translate("InputPanel", "Computation"))
        self._sync_dependents()

    def _show_sentence_label(self) -> None:
        """The toy's tokens are words split at spaces; a model reads the text as it is."""
        if self._model is None:
            text, tip = field_texts()["tokens"]
        else:
            text = QCoreApplication.translate("InputPanel", "&Text:")
            tip = QCoreApplication.translate(
                "InputPanel", "The text the model reads, as typed: the model splits it into its word pieces."
            )
        self._labels["tokens"].setText(text)
        for widget in (self._labels["tokens"], self._tokens):
            widget.setToolTip(tip)

    def _edited_text(self) -> str:
        return QCoreApplication.translate("InputPanel", "typed values")

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch of interface language or of light/dark theme while the app runs."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._errors.restyle()
        super().changeEvent(event)

    # Reacting

    def _fill(
        self, config: AttentionConfig, split_cjk: bool, tokens_text: str | None, kv_tokens_text: str | None
    ) -> None:
        with ExitStack() as stack:
            for widget in self._inputs():
                stack.enter_context(QSignalBlocker(widget))
            self._tokens.setText(tokens_text if tokens_text is not None else " ".join(config.tokens))
            self._split_cjk.setChecked(split_cjk)
            self._cross.setChecked(config.cross)
            if kv_tokens_text is not None:
                self._kv_tokens.setText(kv_tokens_text)
            elif config.kv_tokens is not None:
                self._kv_tokens.setText(" ".join(config.kv_tokens))
            # else keep the key/value sentence typed earlier: switching cross-attention off loses nothing
            self._d_model.setValue(config.d_model)
            self._num_heads.setValue(config.num_heads)
            self._d_k.setValue(config.d_k or 0)
            self._d_v.setValue(config.d_v or 0)
            self._seed.setValue(min(config.seed, MAX_SEED_SHOWN))
            self._mask.setCurrentIndex(self._mask.findData(config.mask))
            self._positional_encoding.setChecked(config.positional_encoding)
            self._scale.setChecked(config.scale)
            self._base_embedding = config.embedding if config.embedding in GENERATED else "random"
            if not self._edits_present:
                self._embedding.setCurrentIndex(self._embedding.findData(self._base_embedding))
        self._sync_dependents()

    def _sync_dependents(self) -> None:
        self._kv_tokens.setEnabled(self._cross.isChecked())
        d_model, heads = self._d_model.value(), self._num_heads.value()
        if d_model % heads == 0:
            auto = QCoreApplication.translate("InputPanel", "auto (= {n})").format(n=d_model // heads)
        else:
            auto = QCoreApplication.translate("InputPanel", "auto (= {n:g}, not whole)").format(
                n=d_model / heads
            )
        for spin in (self._d_k, self._d_v):
            spin.setSpecialValueText(auto)

    def _build(self) -> AttentionConfig:
        split = self._split_cjk.isChecked()
        kv_tokens = tokenize(self._kv_tokens.text(), split) if self._cross.isChecked() else None
        return AttentionConfig(
            tokens=tokenize(self._tokens.text(), split),
            kv_tokens=kv_tokens,
            d_model=self._d_model.value(),
            num_heads=self._num_heads.value(),
            d_k=self._d_k.value() or None,
            d_v=self._d_v.value() or None,
            seed=self._seed.value(),
            mask=self._mask.currentData(),
            positional_encoding=self._positional_encoding.isChecked(),
            scale=self._scale.isChecked(),
            embedding=self._base_embedding,
        )

    def _changed(self) -> None:
        """Wait for a pause before applying, but drop a message the edit has fixed at once."""
        self._sync_dependents()
        if self._model is None:
            try:
                self._build()
            except ConfigError:
                pass  # shown after the pause, so a half-typed number does not flash a message
            else:
                self._errors.clear()
        self._timer.start(self.debounce_ms)

    def _source_chosen(self) -> None:
        """The toy, or a model: applied at once, the sentence kept as typed."""
        source = self._source.source()
        if source is TOY:
            self._apply_model(None)
        else:
            layer = self._model_fields.layer.value() if self._model is not None else 1
            self._apply_model(ModelLesson(self._tokens.text(), source, layer))

    def _apply_model(self, lesson: ModelLesson | None) -> bool:
        """Hand ``lesson`` to the window; a refusal is said under its field and the last good
        lesson stays (the source list goes back to it)."""
        if lesson == self._model:
            return True
        try:
            if self.model_applier is not None:
                self.model_applier(lesson)
        except ModelError as error:
            if lesson is not None and (self._model is None or lesson.model != self._model.model):
                # the model itself was refused: back to the last
                self._source.choose(None if self._model is None else self._model.model, quietly=True)
            self._errors.show_message(model_error_field(error), model_error_text(error))
            return False
        self._errors.clear()
        self._switch_to(lesson)
        return True

    def _switch_to(self, lesson: ModelLesson | None) -> None:
        """Show ``lesson``'s fields; the toy's sentence as typed is kept for the way back."""
        if self._model is None and lesson is not None:
            self._toy_text = self._tokens.text()
        back = self._model is not None and lesson is None
        self._model = lesson
        self._show_mode()
        if back:
            self._fill(self._config, self._split_cjk.isChecked(), self._toy_text, None)

    def _apply(self) -> bool:
        """Apply the fields; False (with the message beside its field) when one is invalid."""
        if self._model is not None:
            return self._apply_model(
                ModelLesson(self._tokens.text(), self._model.model, self._model_fields.layer.value())
            )
        try:
            config = self._build()
        except ConfigError as error:
            self._errors.show(error)
            return False
        self._errors.clear()
        if config != self._fields_config:
            self._fields_config = self._config = config
            self._show_font_notice(config)
            self.configChanged.emit(config)
        return True

    def _show_font_notice(self, config: AttentionConfig) -> None:
        """Say so when the tokens need a font the machine lacks: boxes would teach nothing."""
        missing = undrawable(config.vocabulary)
        self._font_notice.setText(missing_font_message(missing) if missing else "")
        self._font_notice.setVisible(bool(missing))

    def _embedding_chosen(self, index: int) -> None:
        choice = self._embedding.itemData(index)
        if choice in GENERATED:
            self._base_embedding = choice
            if self._edits_present:
                self.set_edits_present(False)
                self.resetEditsRequested.emit()
        self._changed()

    def _load_preset(self, index: int) -> None:
        """A preset is a deliberate choice: apply it at once, and drop typed values it would mix with."""
        if index <= 0:
            return
        preset = PRESETS[index - 1]
        with QSignalBlocker(self._presets):
            self._presets.setCurrentIndex(0)  # so the same example can be chosen again later
        if self._model is not None:  # the examples are the toy's
            self._source.choose(TOY, quietly=True)
            self._apply_model(None)
        if self._edits_present:
            self.set_edits_present(False)
            self.resetEditsRequested.emit()
        self._fill(preset_config(preset), preset.split_cjk, preset.tokens_text, preset.kv_tokens_text)
        self._timer.stop()
        self._apply()

    def _pick_new_seed(self) -> None:
        offset = self._random.randint(1, MAX_SEED_SHOWN)  # never 0, so the seed always changes
        self._seed.setValue((self._seed.value() + offset) % (MAX_SEED_SHOWN + 1))


def _narrow(combo: QComboBox) -> QComboBox:
    """Long entries (the preset titles) must not widen the dock; the open list shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo
