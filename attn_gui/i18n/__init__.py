"""Translation support: compiled .qm catalogues live beside this module."""

import sys

from PySide6.QtCore import QCoreApplication

from attn_gui.core import ConfigError
from attn_gui.export.lesson_file import LessonError
from attn_gui.i18n.language import LANGUAGES, install_language, system_language
from attn_gui.models.errors import ModelError

_applications: list[QCoreApplication] = []  # the one made for translating, kept alive


def config_error_text(error: ConfigError) -> str:
    """The core's message in the interface language (the core cannot import Qt itself)."""
    return QCoreApplication.translate("ConfigError", error.template).format(**error.params)


def model_error_text(error: ModelError) -> str:
    """A model's refusal in the interface language (the models cannot import Qt)."""
    return QCoreApplication.translate("ModelError", error.template).format(**error.params)


def lesson_error_text(error: LessonError) -> str:
    """The message in the interface language (the lesson module cannot import Qt), with the
    configuration's own complaint translated too when that is what is wrong."""
    params = dict(error.params)
    if isinstance(error.__cause__, ConfigError):
        params["message"] = config_error_text(error.__cause__)
    return QCoreApplication.translate("LessonError", error.template).format(**params)


def command_line_language(requested: str | None) -> str:
    """The language --lang asks for, or the desktop's when it asks for none (or for one unknown,
    which the parser is about to refuse), as the window chooses."""
    return requested if requested in LANGUAGES else system_language()


def install_command_line_language(requested: str | None) -> None:
    """Help and refusals in the ``command_line_language``.

    Qt translates only through an application object: when there is none, a QCoreApplication
    is made (cheap, and it needs no display). A command that goes on to draw must have made its
    QApplication before, since Qt allows one application per process.
    """
    language = command_line_language(requested)
    if QCoreApplication.instance() is None:
        if language == "en":  # the texts are written in English: there is nothing to install
            return
        _applications.append(QCoreApplication(sys.argv[:1]))
    install_language(language)
