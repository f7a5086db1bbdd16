"""attn_gui.models stays free of Qt and torch (DESIGN.md): the app runs the model without torch,
and the command line without Qt. Loading and running a model, and every analysis, loads none."""

import json
import subprocess
import sys

from .bert.fakes import write_tiny_bert

PROBE = """
import json, sys
from attn_gui.models.analysis import attention_rollout, head_roles, hide_special_tokens, merge_word_pieces
from attn_gui.models.bert import embedding_detail, encode, layer_detail, load_bert
model = load_bert(sys.argv[1])
pieces = model.tokenize("I love tokenization")
result = encode(model, pieces)
layer_detail(model, result.hidden_states[1], 1)
embedding_detail(model, pieces)
head_roles(result.attentions, pieces.pieces)
words = merge_word_pieces(result.attentions, pieces.pieces, pieces.word_index)
hide_special_tokens(words.weights, words.labels)
attention_rollout(result.attentions)
{extra}
heavy = ("PySide6", "pyqtgraph", "shiboken6", "torch", "transformers")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy)))
"""


def loaded(folder, extra: str = "") -> list[str]:
    code = PROBE.format(extra=extra)
    result = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_loading_and_running_a_model_loads_neither_qt_nor_torch(tmp_path):
    assert loaded(write_tiny_bert(tmp_path / "tiny")) == []


def test_the_probe_would_see_torch_if_it_were_loaded(tmp_path):
    assert "torch" in loaded(write_tiny_bert(tmp_path / "tiny"), extra="import torch")
