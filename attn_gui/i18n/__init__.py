"""Translation support: compiled .qm catalogues live beside this module."""

from PySide6.QtCore import QCoreApplication

from attn_gui.core import ConfigError


def config_error_text(error: ConfigError) -> str:
    """The core's message in the interface language (the core cannot import Qt itself)."""
    return QCoreApplication.translate("ConfigError", error.template).format(**error.params)
