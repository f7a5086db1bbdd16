"""What a real model's lesson is: the model (a known name or a folder), the text, the layer.

A lesson stores these, never the weights: the numbers are recomputed from the model on opening,
so a lesson file stays a few hundred bytes and always shows what the model computes.
"""

from dataclasses import dataclass

from attn_gui.models.errors import ModelError
from attn_gui.models.locate import MINILM
from attn_gui.translatable import QT_TRANSLATE_NOOP

MAX_LAYERS = 96  # more than any encoder the app could run: a lesson naming more is damaged
NO_SUCH_LAYER = QT_TRANSLATE_NOOP(
    "ModelError", "The model has {count} layers: choose a layer from 1 to {count}."
)


@dataclass(frozen=True)
class ModelLesson:
    """One layer (counted from 1) of ``model`` reading ``text``."""

    text: str
    model: str = MINILM.name
    layer: int = 1

    def checked(self, num_layers: int) -> "ModelLesson":
        """Itself, when the model has its layer; else ModelError in one sentence."""
        if not 1 <= self.layer <= num_layers:
            raise ModelError(NO_SUCH_LAYER, count=num_layers)
        return self
