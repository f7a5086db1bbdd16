"""The one exception a configuration raises, kept translatable without importing Qt."""

from typing import Any


class ConfigError(ValueError):
    """An invalid configuration value.

    ``field`` names the offending field so the UI can put the message beside it;
    ``template`` and ``params`` let it translate the message instead of showing English.
    """

    def __init__(self, field: str, template: str, /, **params: Any) -> None:
        self.field = field
        self.template = template
        self.params = params
        super().__init__(template.format(**params))
