"""The shipped translator on the curriculum's sentence."""

import pytest

SENTENCE = "she reads books in the library every day"


@pytest.fixture(scope="session")
def translation():
    from attn_gui.models.translator import translate

    return translate(SENTENCE)
