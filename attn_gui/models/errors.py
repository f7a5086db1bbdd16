"""The one exception the models raise, translatable without importing Qt."""

from typing import Any

from attn_gui.translatable import QT_TRANSLATE_NOOP

# The refusals of a text, which the input panel says beside the text field rather than the model's.
NO_TEXT = QT_TRANSLATE_NOOP("ModelError", "There is no text to read.")
TOO_MANY_PIECES = QT_TRANSLATE_NOOP(
    "ModelError",
    "The text makes {count} word pieces with [CLS] and [SEP], more than the model's limit of {limit}.",
)
NOTHING_TO_TRANSLATE = QT_TRANSLATE_NOOP(
    "ModelError", "There is nothing to translate: type an English sentence."
)
UNKNOWN_WORDS = QT_TRANSLATE_NOOP("ModelError", "The translator does not know these words: {words}.")
TEXT_ERRORS = (NO_TEXT, TOO_MANY_PIECES, NOTHING_TO_TRANSLATE, UNKNOWN_WORDS)


class ModelError(ValueError):
    """A model that cannot be found or used, or text it cannot take, in one sentence.

    ``template`` (marked with QT_TRANSLATE_NOOP("ModelError", ...)) and ``params`` let the UI
    and the command line translate the message instead of showing English.
    """

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))
