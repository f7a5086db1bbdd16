"""The tabs a real model adds beside the stage: all its layers and heads at once, and the rollout.

Made on first use, so a toy lesson imports none of it; filled once per sentence, since switching
layer or head changes what the lesson steps through, not the model's attention on the sentence.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTabWidget

from attn_gui.ui.model_mode.view_tabs import hide_tabs, show_tabs
from attn_gui.ui.stage.view_options import ViewOptions

if TYPE_CHECKING:  # the model's modules load safetensors and tokenizers
    from attn_gui.models.bert import EncoderResult


class ModelTabs(QObject):
    """ "All layers" and "Rollout" in ``tabs`` while a model is shown; a head chosen in the first
    calls ``open_head(layer, head)`` (0-based) and goes back to the stage."""

    def __init__(self, tabs: QTabWidget, open_head: Callable[[int, int], None]) -> None:
        super().__init__(tabs)
        from attn_gui.ui.model.model_view import ModelView
        from attn_gui.ui.model.rollout_view import RolloutView

        self._tabs, self._open_head = tabs, open_head
        self.model_view = ModelView(tabs)
        self.rollout_view = RolloutView(tabs)
        self.model_view.headChosen.connect(self._chosen)
        self._shown: EncoderResult | None = None

    def show(self, result: "EncoderResult | None", layer: int, head: int) -> None:
        """The model's attention on the sentence (None: the toy, no tabs), the lesson's head outlined."""
        views = (self.model_view, self.rollout_view)
        if result is None:
            hide_tabs(self._tabs, views)
            self._shown = None
            return
        show_tabs(
            self._tabs,
            (
                (self.model_view, QCoreApplication.translate("MainWindow", "All layers")),
                (self.rollout_view, QCoreApplication.translate("MainWindow", "Rollout")),
            ),
        )
        if result is not self._shown:
            for view in views:
                view.show_attentions(result.attentions, result.pieces.pieces, result.pieces.word_index)
            self._shown = result
        self.model_view.set_current(layer, head)

    def outline(self, layer: int, head: int) -> None:
        """Outline the head the lesson now shows (0-based)."""
        if self._shown is not None:
            self.model_view.set_current(layer, head)

    def set_view_options(self, options: ViewOptions) -> None:
        self.model_view.set_view_options(options)
        self.rollout_view.set_view_options(options)

    def _chosen(self, layer: int, head: int) -> None:
        self._tabs.setCurrentIndex(0)
        self._open_head(layer, head)
