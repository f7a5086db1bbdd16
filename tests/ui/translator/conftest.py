"""The shipped translator on the curriculum's sentence, and the views' Chinese from their strings
file."""

import pytest

from tests.ui.view_strings import VIEW_STRINGS, chinese_from

SENTENCE = "she reads books in the library every day"


@pytest.fixture(scope="session")
def translation():
    from attn_gui.models.translator import translate

    return translate(SENTENCE)


@pytest.fixture
def chinese(qapp):
    with chinese_from(VIEW_STRINGS["translator"][1]) as table:
        yield table
