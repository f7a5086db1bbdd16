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
