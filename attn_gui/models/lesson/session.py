"""Models loaded once and texts encoded (or translated) once, so that a new layer, head, part or
decoding step costs one trace.

Loading a model takes most of a second and encoding a text all six layers; switching the layer
or the head must not repeat either. A session keeps the last few of each. The translator is
shipped and loaded once per process; a session keeps the last few translations, so that the
views that show a whole translation (the alignment, the next-word probabilities) and the trace
of each step all read the same one.
"""

from collections import OrderedDict

from attn_gui.core import AttentionTrace
from attn_gui.models.bert import BertModel, EncoderResult, encode, load_bert
from attn_gui.models.lesson.bert_trace import layer_trace
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.models.lesson.translator_trace import translator_trace
from attn_gui.models.translator import Translation, shipped_translator

KEPT_MODELS = 2
KEPT_TEXTS = 8


class ModelSession:
    """The models and encodings a window (or one command) has asked for, most recent kept."""

    def __init__(self) -> None:
        self._models: OrderedDict[str, BertModel] = OrderedDict()
        self._encoded: OrderedDict[tuple[str, str], EncoderResult] = OrderedDict()
        self._translated: OrderedDict[str, Translation] = OrderedDict()

    def model(self, source: str) -> BertModel:
        """The model ``source`` names (ModelError when it cannot be used)."""
        if source not in self._models:
            self._models[source] = load_bert(source)
            _trim(self._models, KEPT_MODELS)
        self._models.move_to_end(source)
        return self._models[source]

    def encoded(self, lesson: ModelLesson) -> EncoderResult:
        """Every layer of the lesson's model on its text: the attentions of all 6 × 12 heads."""
        key = (lesson.model, lesson.text)
        if key not in self._encoded:
            model = self.model(lesson.model)
            self._encoded[key] = encode(model, model.tokenize(lesson.text))
            _trim(self._encoded, KEPT_TEXTS)
        self._encoded.move_to_end(key)
        return self._encoded[key]

    def translation(self, lesson: ModelLesson) -> Translation:
        """The translator's translation of the lesson's text, every intermediate kept (ModelError
        names the words it does not know, in one sentence)."""
        if not lesson.translator:
            raise ValueError(f"{lesson.model!r} is not the translator")
        if lesson.text not in self._translated:
            self._translated[lesson.text] = shipped_translator().translate(lesson.text)
            _trim(self._translated, KEPT_TEXTS)
        self._translated.move_to_end(lesson.text)
        return self._translated[lesson.text]

    def trace(self, lesson: ModelLesson) -> AttentionTrace:
        """The lesson's layer (the translator's part at its step), stage by stage; ModelError for
        a missing model, a text it cannot read, or a layer, part or step it does not have."""
        if lesson.translator:
            return translator_trace(lesson, self.translation(lesson))
        model = self.model(lesson.model)
        lesson.checked(model.config.num_layers)
        result = self.encoded(lesson)
        return layer_trace(lesson, model, result.pieces, result.hidden_states[lesson.layer - 1])


def _trim(cache: OrderedDict, size: int) -> None:
    while len(cache) > size:
        cache.popitem(last=False)
