"""Shared test set-up: Qt runs offscreen unless the caller chose a platform."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface language follows the system's: pin it, so English assertions hold on any desktop.
os.environ["LC_ALL"] = "en_US.UTF-8"


@pytest.fixture(scope="session")
def qapp():
    """The application as attn-gui starts it (its name, icon and shipped font), for pytest-qt."""
    from attn_gui.ui.application import application

    return application()


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory, monkeypatch):
    """Every test starts with no saved settings and leaves the user's own alone, in this process
    (QSettings) and in the ones it starts (which read XDG_CONFIG_HOME)."""
    folder = tmp_path_factory.mktemp("settings")  # beside tmp_path: tests look for strays there
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    from PySide6.QtCore import QSettings

    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def answered_dialogs(monkeypatch):
    """Message boxes are modal: a test would wait forever. Record them and answer "Discard"
    (a test that is about the question sets ``answers["question"]`` itself)."""
    from PySide6.QtWidgets import QMessageBox

    asked = {"question": [], "warning": [], "answer": QMessageBox.StandardButton.Discard}

    def question(parent, title, text, *args, **kwargs):
        asked["question"].append(text)
        return asked["answer"]

    def warning(parent, title, text, *args, **kwargs):
        asked["warning"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked
