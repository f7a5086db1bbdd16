"""Loading a model folder: what it reads, and one sentence for each way a folder can be unusable."""

import json
import re

import numpy as np
import pytest
import torch
from safetensors.numpy import load_file, save_file
from tokenizers import Tokenizer
from tokenizers.models import BPE
from transformers import BertModel as ReferenceBert

from attn_gui.models.bert import encode, load_bert
from attn_gui.models.errors import ModelError

from .fakes import TINY, tiny_tensors, write_tiny_bert


def one_sentence(error: ModelError) -> str:
    message = str(error)
    assert message == error.template.format(**error.params)
    assert re.fullmatch(r"[^\n]+\.", message), message
    assert ". " not in message, message
    return message


def load_error(folder) -> str:
    with pytest.raises(ModelError) as caught:
        load_bert(folder)
    return one_sentence(caught.value)


@pytest.fixture
def tiny(tmp_path):
    return write_tiny_bert(tmp_path / "tiny")


def test_weights_are_read_only_float64_in_the_row_vector_orientation(tiny):
    model = load_bert(tiny)
    stored = load_file(str(tiny / "model.safetensors"))
    layer = model.weights.layers[1]
    assert np.array_equal(layer.w_q_t, stored["encoder.layer.1.attention.self.query.weight"].T)
    assert np.array_equal(layer.w_k_t, stored["encoder.layer.1.attention.self.key.weight"].T)
    assert np.array_equal(layer.b_v, stored["encoder.layer.1.attention.self.value.bias"])
    assert np.array_equal(layer.w_2_t, stored["encoder.layer.1.output.dense.weight"].T)
    assert np.array_equal(model.weights.embeddings.position, stored["embeddings.position_embeddings.weight"])
    arrays = [*vars(layer).values(), *vars(model.weights.embeddings).values()]
    assert all(a.dtype == np.float64 and not a.flags.writeable for a in arrays)
    assert model.config.d_k == 4
    assert len(model.weights.layers) == 2


def test_a_task_checkpoint_with_bert_prefixed_tensors_loads_the_same(tmp_path, tiny):
    prefixed = {"bert." + k: v for k, v in tiny_tensors(TINY).items()}
    other = write_tiny_bert(tmp_path / "prefixed", tensors=prefixed)
    assert np.array_equal(load_bert(other).weights.layers[0].w_1_t, load_bert(tiny).weights.layers[0].w_1_t)


def test_a_tiny_random_bert_matches_transformers(tiny):
    """Another shape than MiniLM's (d_k 4, 3 heads), so no size is hard-wired."""
    model = load_bert(tiny)
    pieces = model.tokenize("I love tokenization, 我 学 learning")
    reference = ReferenceBert.from_pretrained(tiny, attn_implementation="eager").double().eval()
    with torch.no_grad():
        out = reference(
            input_ids=torch.tensor([pieces.ids]), output_attentions=True, output_hidden_states=True
        )
    result = encode(model, pieces)
    hidden = np.stack([h[0].numpy() for h in out.hidden_states])
    attentions = np.stack([a[0].numpy() for a in out.attentions])
    assert np.max(np.abs(result.hidden_states - hidden)) <= 1e-9
    assert np.max(np.abs(result.attentions - attentions)) <= 1e-9


def edit_config(folder, **changes):
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    config.update(changes)
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")


def test_a_model_of_another_family_is_refused(tiny):
    edit_config(tiny, model_type="gpt2")
    assert load_error(tiny) == f"The model in {tiny} is of type 'gpt2', not a BERT encoder."


@pytest.mark.parametrize(
    ("key", "value"), [("hidden_act", "gelu_new"), ("position_embedding_type", "relative_key")]
)
def test_settings_this_code_does_not_compute_are_refused(tiny, key, value):
    edit_config(tiny, **{key: value})
    assert load_error(tiny) == f"The model in {tiny} has {key} = '{value}', which this app cannot run."


@pytest.mark.parametrize("value", [None, 0, "six", True])
def test_a_missing_or_invalid_size_is_named(tiny, value):
    edit_config(tiny, num_hidden_layers=value)
    assert load_error(tiny) == f"The configuration {tiny / 'config.json'} has no valid num_hidden_layers."


def test_a_configuration_that_is_not_json_is_refused(tiny):
    (tiny / "config.json").write_text("{model_type: bert", encoding="utf-8")
    assert load_error(tiny) == f"The file {tiny / 'config.json'} is not a readable model configuration."


def test_damaged_weights_are_refused(tiny):
    path = tiny / "model.safetensors"
    path.write_bytes(path.read_bytes()[:1000])
    assert load_error(tiny) == f"The file {path} is damaged or is not a safetensors file."


def test_weights_without_a_layer_tensor_are_refused(tiny):
    tensors = tiny_tensors(TINY)
    del tensors["encoder.layer.1.intermediate.dense.weight"]
    save_file(tensors, str(tiny / "model.safetensors"))
    assert load_error(tiny) == (
        f"The file {tiny / 'model.safetensors'} has no tensor encoder.layer.1.intermediate.dense.weight,"
        " so it is not a BERT encoder."
    )


def test_weights_of_the_wrong_shape_are_refused(tiny):
    tensors = tiny_tensors(TINY)
    tensors["encoder.layer.0.attention.self.key.weight"] = np.zeros((12, 8), dtype=np.float32)
    save_file(tensors, str(tiny / "model.safetensors"))
    assert load_error(tiny) == (
        f"The tensor encoder.layer.0.attention.self.key.weight in {tiny / 'model.safetensors'}"
        " has shape (12, 8), not (12, 12)."
    )


def test_weights_numpy_cannot_hold_are_refused(tiny):
    tensors = tiny_tensors(TINY)
    tensors["embeddings.LayerNorm.bias"] = np.zeros(12, dtype=np.int32)
    save_file(tensors, str(tiny / "model.safetensors"))
    assert load_error(tiny) == (
        f"The tensor embeddings.LayerNorm.bias in {tiny / 'model.safetensors'} is stored as I32,"
        " which NumPy cannot read."
    )


def test_a_damaged_tokenizer_is_refused(tiny):
    path = tiny / "tokenizer.json"
    path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    assert load_error(tiny) == f"The file {path} is damaged or is not a tokenizer."


def test_a_tokenizer_that_is_not_wordpiece_is_refused(tiny):
    Tokenizer(BPE()).save(str(tiny / "tokenizer.json"))
    assert load_error(tiny) == f"The tokenizer {tiny / 'tokenizer.json'} is not a BERT WordPiece tokenizer."


def test_a_tokenizer_larger_than_the_embedding_table_is_refused(tiny):
    config = dict(TINY, vocab_size=10)
    write_tiny_bert(tiny, config=config)
    assert load_error(tiny) == (
        f"The tokenizer {tiny / 'tokenizer.json'} has 12 word pieces but the model only 10."
    )
