"""The window's model mode: a real model in place of the toy, its choices in the header beside the
head's, its views as extra tabs, and the model loaded with feedback the first time (it takes most
of a second).

Handed the document, the input panel, the tabs and a few callables, never the window: the window
places the selectors in its header and asks here when a model lesson is shown.
"""

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from attn_gui.core import AttentionTrace
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.models.locate import KNOWN_MODELS
from attn_gui.ui.input.input_panel import InputPanel
from attn_gui.ui.model_mode.model_selectors import ModelSelectors
from attn_gui.ui.stage.view_options import ViewOptions
from attn_gui.ui.window.document import LessonDocument

if TYPE_CHECKING:
    from attn_gui.ui.model_mode.model_tabs import ModelTabs
    from attn_gui.ui.model_mode.translator_tabs import TranslatorTabs


class ModelMode(QObject):
    """Applies model lessons to the document and keeps the panel, selectors and tabs in step."""

    def __init__(
        self,
        document: LessonDocument,
        panel: InputPanel,
        status: Callable[[str], None],
        tabs: QTabWidget,
        head: tuple[Callable[[], int], Callable[[int], None]],
        parent: QWidget,
    ) -> None:
        """``head`` gets and sets the head the lesson shows; ``tabs`` take the model's views."""
        super().__init__(parent)
        self.document, self.panel, self._status, self._parent = document, panel, status, parent
        self._tabs, (self._head, self._set_head) = tabs, head
        # Made when an encoder, or the translator, is first shown.
        self.model_tabs: ModelTabs | None = None
        self.translator_tabs: TranslatorTabs | None = None
        self._view_options = ViewOptions()
        self._quiz = False
        self.selectors = ModelSelectors(parent)
        self.selectors.layerChosen.connect(lambda layer: self._change(layer=layer))
        self.selectors.partChosen.connect(lambda part: self._change(part=part))
        self.selectors.stepChosen.connect(lambda step: self._change(step=step))
        self.selectors.nextWordRequested.connect(self.next_word)
        panel.model_applier = self.apply
        panel.openModelFolderRequested.connect(self.open_folder)
        document.traceChanged.connect(self.show_trace)
        self.show_trace(document.trace)

    def apply(self, lesson: ModelLesson | None) -> None:
        """Show ``lesson`` (None: the toy); raises ModelError, changing nothing, when it cannot."""
        loading = lesson is not None and (
            self.document.model is None or self.document.model.model != lesson.model
        )
        if loading:
            self._status(
                QCoreApplication.translate("MainWindow", "Loading {model}…").format(model=lesson.model)
            )
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.document.set_model(lesson)
        finally:
            if loading:
                QGuiApplication.restoreOverrideCursor()
                self._status("")

    def set_layer(self, layer: int) -> None:
        """Layer ``layer`` (from 1) of the model shown, as the panel's field and the selector say."""
        self._change(layer=layer)

    def next_word(self) -> None:
        """The translator's next decoding step, from its masked self-attention: the word just
        chosen is the decoder's newest input."""
        lesson = self.document.model
        if lesson is not None and lesson.translator:
            self._change(step=lesson.step + 1, part="decoder")

    def show_head(self, head: int) -> None:
        """Outline the head now shown among all the model's heads."""
        lesson = self.document.model
        if self.model_tabs is not None and lesson is not None and not lesson.translator:
            self.model_tabs.outline(lesson.layer - 1, head)

    def set_view_options(self, options: ViewOptions) -> None:
        self._view_options = options
        for views in (self.model_tabs, self.translator_tabs):
            if views is not None:
                views.set_view_options(options)

    def set_quiz(self, on: bool) -> None:
        """Quiz mode: the translator's next word stays hidden until revealed."""
        self._quiz = on
        if self.translator_tabs is not None:
            self.translator_tabs.set_quiz(on)

    def open_folder(self) -> None:
        """File → Open model folder…: another encoder in the Hugging Face layout."""
        chosen = QFileDialog.getExistingDirectory(
            self._parent, QCoreApplication.translate("MainWindow", "Open model folder")
        )
        if chosen:
            self.panel.add_model_folder(Path(chosen))

    def show_trace(self, trace: AttentionTrace) -> None:
        """The selectors, the panel's model fields and the tabs for the lesson now shown."""
        lesson = self.document.model
        translator = lesson is not None and lesson.translator
        if self.model_tabs is not None and (lesson is None or translator):
            self.model_tabs.show(None, 0, 0)
        if self.translator_tabs is not None and not translator:
            self.translator_tabs.show(None, 0)
        if lesson is None:
            self.selectors.show_none()
        elif translator:
            self._show_translation(lesson)
        else:
            self._show_encoder(lesson, trace)

    def _show_encoder(self, lesson: ModelLesson, trace: AttentionTrace) -> None:
        config = self.document.session().model(lesson.model).config
        self.selectors.show_layers(config.num_layers, lesson.layer)
        name = lesson.model if lesson.model in KNOWN_MODELS else Path(lesson.model).name
        self.panel.show_model(name, config.num_layers, config.num_heads, config.d_model, trace.tokens)
        if self.model_tabs is None:
            from attn_gui.ui.model_mode.model_tabs import ModelTabs

            self.model_tabs = ModelTabs(self._tabs, self._open_head)
            self.model_tabs.set_view_options(self._view_options)
        self.model_tabs.show(self.document.encoded(), lesson.layer - 1, self._head())

    def _show_translation(self, lesson: ModelLesson) -> None:
        from attn_gui.models.translator import known_words

        translation = self.document.session().translation(lesson)
        self.selectors.show_translation(lesson.part, translation.output.predicted, lesson.step)
        self.panel.show_translator(known_words(), translation.source_tokens)
        if self.translator_tabs is None:
            from attn_gui.ui.model_mode.translator_tabs import TranslatorTabs

            self.translator_tabs = TranslatorTabs(self._tabs)
            self.translator_tabs.set_view_options(self._view_options)
            self.translator_tabs.set_quiz(self._quiz)
        self.translator_tabs.show(translation, lesson.step)

    def _change(self, **changes: object) -> None:
        """The model lesson shown with ``changes`` (layer, part or step), in the panel too."""
        lesson = self.document.model
        if lesson is None:
            return
        changed = dataclasses.replace(lesson, **changes)
        if changed != lesson:
            self.apply(changed)
            self.panel.set_model(changed)

    def _open_head(self, layer: int, head: int) -> None:
        """A head chosen among all the model's: its layer, then the head, in the lesson."""
        self.set_layer(layer + 1)
        self._set_head(head)
