"""The one exception the models raise, translatable without importing Qt."""

from typing import Any


class ModelError(ValueError):
    """A model that cannot be found or used, or text it cannot take, in one sentence.

    ``template`` (marked with QT_TRANSLATE_NOOP("ModelError", ...)) and ``params`` let the UI
    and the command line translate the message instead of showing English.
    """

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))
