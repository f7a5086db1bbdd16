"""The shipped translator, and its verdict on the held-out sentences, computed once per run."""

import pytest

from attn_gui.models.translator import grammar, shipped_translator
from attn_gui.models.translator.evaluation import evaluate


@pytest.fixture(scope="session")
def translator():
    return shipped_translator()


@pytest.fixture(scope="session")
def held_out(translator):
    return evaluate(translator, grammar.held_out_pairs())
