"""The window's model mode: a real model's layer in place of the toy, the layer beside the head,
and the model loaded with feedback the first time (it takes most of a second).

Handed the document, the input panel and a few callables, never the window: the window places
the layer selector in its header and asks here when a model lesson is shown.
"""

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QTabWidget, QWidget

from attn_gui.core import AttentionTrace
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.models.locate import KNOWN_MODELS
from attn_gui.ui.input.input_panel import InputPanel
from attn_gui.ui.stage.view_options import ViewOptions
from attn_gui.ui.window.document import LessonDocument

if TYPE_CHECKING:
    from attn_gui.ui.window.model_tabs import ModelTabs


class ModelMode(QObject):
    """Applies model lessons to the document and keeps the panel and the layer selector in step."""

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
        self.model_tabs: ModelTabs | None = None  # made when a model is first shown
        self._view_options = ViewOptions()
        self.layer_label = QLabel(QCoreApplication.translate("MainWindow", "Layer:"), parent)
        self.layer_selector = QComboBox(parent)
        self.layer_selector.setObjectName("layer_selector")
        self.layer_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_selector.setToolTip(
            QCoreApplication.translate("MainWindow", "Which layer of the model the lesson steps through")
        )
        self.layer_selector.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.layer_selector.currentIndexChanged.connect(self._on_layer_selected)
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
        lesson = self.document.model
        if lesson is None or layer == lesson.layer:
            return
        lesson = dataclasses.replace(lesson, layer=layer)
        self.apply(lesson)
        self.panel.set_model(lesson)

    def show_head(self, head: int) -> None:
        """Outline the head now shown among all the model's heads."""
        if self.model_tabs is not None and self.document.model is not None:
            self.model_tabs.outline(self.document.model.layer - 1, head)

    def set_view_options(self, options: ViewOptions) -> None:
        self._view_options = options
        if self.model_tabs is not None:
            self.model_tabs.set_view_options(options)

    def open_folder(self) -> None:
        """File → Open model folder…: another encoder in the Hugging Face layout."""
        chosen = QFileDialog.getExistingDirectory(
            self._parent, QCoreApplication.translate("MainWindow", "Open model folder")
        )
        if chosen:
            self.panel.add_model_folder(Path(chosen))

    def show_trace(self, trace: AttentionTrace) -> None:
        """The selector and the panel's model fields for the lesson now shown."""
        lesson = self.document.model
        self.layer_label.setVisible(lesson is not None)
        self.layer_selector.setVisible(lesson is not None)
        if lesson is None:
            if self.model_tabs is not None:
                self.model_tabs.show(None, 0, 0)
            return
        config = self.document.session().model(lesson.model).config
        with QSignalBlocker(self.layer_selector):
            self.layer_selector.clear()
            for layer in range(1, config.num_layers + 1):
                text = QCoreApplication.translate("MainWindow", "{layer} of {layers}")
                self.layer_selector.addItem(text.format(layer=layer, layers=config.num_layers))
            self.layer_selector.setCurrentIndex(lesson.layer - 1)
        name = lesson.model if lesson.model in KNOWN_MODELS else Path(lesson.model).name
        self.panel.show_model(name, config.num_layers, config.num_heads, config.d_model, trace.tokens)
        if self.model_tabs is None:
            from attn_gui.ui.window.model_tabs import ModelTabs

            self.model_tabs = ModelTabs(self._tabs, self._open_head)
            self.model_tabs.set_view_options(self._view_options)
        self.model_tabs.show(self.document.encoded(), lesson.layer - 1, self._head())

    def _open_head(self, layer: int, head: int) -> None:
        """A head chosen among all the model's: its layer, then the head, in the lesson."""
        self.set_layer(layer + 1)
        self._set_head(head)

    def _on_layer_selected(self, index: int) -> None:
        if index >= 0:
            self.set_layer(index + 1)
