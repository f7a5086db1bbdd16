"""The shipped translator, loaded once for the lesson tests."""

import pytest

from attn_gui.models.translator import shipped_translator


@pytest.fixture(scope="session")
def translator():
    return shipped_translator()
