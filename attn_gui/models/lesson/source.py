"""What a real model's lesson is: the model (a known name or a folder), the text, the layer, and
for the translator which of its attentions and which decoding step.

A lesson stores these, never the weights: the numbers are recomputed from the model on opening,
so a lesson file stays a few hundred bytes and always shows what the model computes.
"""

from dataclasses import dataclass

from attn_gui.models.errors import ModelError
from attn_gui.models.locate import MINILM, TINY_EN_ZH
from attn_gui.translatable import QT_TRANSLATE_NOOP

MAX_LAYERS = 96  # more than any encoder the app could run: a lesson naming more is damaged
NO_SUCH_LAYER = QT_TRANSLATE_NOOP(
    "ModelError", "The model has {count} layers: choose a layer from 1 to {count}."
)
# The translator's parts: the encoder's self-attention, the decoder's masked self-attention, the
# decoder's attention to the encoder (cross), and the next-word layer (output).
PARTS = ("encoder", "decoder", "cross", "output")
MAX_STEPS = 1000  # more than any translation the app could show: a lesson naming more is damaged
NO_SUCH_PART = QT_TRANSLATE_NOOP(
    "ModelError", "The translator has no part {part}: choose encoder, decoder, cross or output."
)
NO_SUCH_STEP = QT_TRANSLATE_NOOP(
    "ModelError",
    "This translation is written in steps 1 to {count}, one word a step (the end marker too): "
    "there is no step {step}.",
)


@dataclass(frozen=True)
class ModelLesson:
    """One layer (counted from 1) of ``model`` reading ``text``.

    For the translator (``model`` TINY_EN_ZH) ``part`` is one of PARTS and ``step`` the decoding
    step, from 1: step t writes output word t, reading ``<bos>`` and the t − 1 words before it.
    A BERT lesson keeps the defaults, which change nothing for it.
    """

    text: str
    model: str = MINILM.name
    layer: int = 1
    part: str = PARTS[0]
    step: int = 1

    @property
    def translator(self) -> bool:
        """Whether the lesson is the shipped translator's rather than an encoder's."""
        return self.model == TINY_EN_ZH

    def checked(self, num_layers: int) -> "ModelLesson":
        """Itself, when the model has its layer; else ModelError in one sentence."""
        if not 1 <= self.layer <= num_layers:
            raise ModelError(NO_SUCH_LAYER, count=num_layers)
        return self

    def checked_translation(self, num_layers: int, steps: int) -> "ModelLesson":
        """Itself, when the translator has its layer and part and the translation its step."""
        self.checked(num_layers)
        if self.part not in PARTS:
            raise ModelError(NO_SUCH_PART, part=self.part)
        if not 1 <= self.step <= steps:
            raise ModelError(NO_SUCH_STEP, count=steps, step=self.step)
        return self
