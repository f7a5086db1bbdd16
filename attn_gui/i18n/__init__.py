"""Translation support: compiled .qm catalogues live beside this module."""

from PySide6.QtCore import QCoreApplication

from attn_gui.core import ConfigError
from attn_gui.export.lesson_file import LessonError


def config_error_text(error: ConfigError) -> str:
    """The core's message in the interface language (the core cannot import Qt itself)."""
    return QCoreApplication.translate("ConfigError", error.template).format(**error.params)


def lesson_error_text(error: LessonError) -> str:
    """The message in the interface language (the lesson module cannot import Qt), with the
    configuration's own complaint translated too when that is what is wrong."""
    params = dict(error.params)
    if isinstance(error.__cause__, ConfigError):
        params["message"] = config_error_text(error.__cause__)
    return QCoreApplication.translate("LessonError", error.template).format(**params)
