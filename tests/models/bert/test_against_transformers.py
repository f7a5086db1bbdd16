"""encode against transformers' BertModel (eager, float64) on the same all-MiniLM-L6-v2 folder:
every hidden state and every attention matrix within 1e-9, from 5 to 512 word pieces."""

import dataclasses
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from attn_gui.models.bert import encode, layer_detail
from attn_gui.models.bert.tokenizer import WordPieces
from attn_gui.models.errors import ModelError

from .helpers import text_of_pieces
from .reference import load_reference, run_reference

ATOL = 1e-9
TEXTS = {
    "short": lambda model: "I love learning",
    "128 pieces": lambda model: text_of_pieces(model, 128),
    "512 pieces": lambda model: text_of_pieces(model, 512),
    "chinese": lambda model: "我爱学习，注意力机制很有趣。",
    "unknown character": lambda model: "I love learning 🤗 together",
}


@pytest.fixture(scope="module")
def compared(minilm, minilm_folder):
    reference = load_reference(minilm_folder)
    runs = {}

    def run(name: str):
        if name not in runs:
            pieces = minilm.tokenize(TEXTS[name](minilm))
            runs[name] = (pieces, encode(minilm, pieces), *run_reference(reference, pieces))
        return runs[name]

    return run


@pytest.mark.parametrize("name", TEXTS)
def test_every_hidden_state_and_attention_matrix_matches_transformers(compared, name):
    pieces, ours, hidden, attentions = compared(name)
    n = len(pieces)
    assert ours.hidden_states.shape == hidden.shape == (7, n, 384)
    assert ours.attentions.shape == attentions.shape == (6, 12, n, n)
    assert np.max(np.abs(ours.hidden_states - hidden)) <= ATOL
    assert np.max(np.abs(ours.attentions - attentions)) <= ATOL


def test_the_texts_have_the_lengths_they_claim(compared):
    assert len(compared("128 pieces")[0]) == 128
    assert len(compared("512 pieces")[0]) == 512


def test_the_unknown_character_reaches_the_model_as_unk(compared):
    pieces = compared("unknown character")[0]
    assert pieces.pieces == ("[CLS]", "i", "love", "learning", "[UNK]", "together", "[SEP]")
    assert "[UNK]" in compared("chinese")[0].pieces


def test_every_attention_row_is_a_distribution_and_the_result_is_read_only(compared):
    ours = compared("short")[1]
    assert np.allclose(ours.attentions.sum(axis=-1), 1.0, atol=1e-12, rtol=0)
    assert (ours.attentions >= 0).all()
    assert not ours.attentions.flags.writeable
    assert not ours.hidden_states.flags.writeable


def test_more_pieces_than_positions_are_refused_even_from_elsewhere(minilm):
    pieces = WordPieces("", ("the",) * 513, (1996,) * 513, (0,) * 513, (0,) * 513)
    with pytest.raises(ModelError, match=r"513 word pieces .* limit of 512"):
        encode(minilm, pieces)


def test_encodes_running_at_once_in_threads_give_the_same_numbers(minilm):
    """encode keeps its scratch arrays between calls; a second thread must not share them."""
    texts = [TEXTS["short"](minilm), TEXTS["chinese"](minilm), TEXTS["128 pieces"](minilm)] * 3
    expected = {text: encode(minilm, minilm.tokenize(text)).attentions for text in set(texts)}
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda text: encode(minilm, minilm.tokenize(text)).attentions, texts))
    for text, attentions in zip(texts, results, strict=True):
        assert np.array_equal(attentions, expected[text])


def test_scores_beyond_the_range_of_exp_are_shifted_by_their_maximum(minilm):
    """encode takes exp of the scores unshifted while that is safe; queries 1000 times too large put
    them near ±1e4, and the softmax must then be the shifted one that layer_detail computes."""
    first = minilm.weights.layers[0]
    d = minilm.config.d_model
    w_qkv_t, b_qkv = first.w_qkv_t.copy(), first.b_qkv.copy()
    w_qkv_t[:, :d] *= 1000
    b_qkv[:d] *= 1000
    layers = (dataclasses.replace(first, w_qkv_t=w_qkv_t, b_qkv=b_qkv), *minilm.weights.layers[1:])
    loud = dataclasses.replace(minilm, weights=dataclasses.replace(minilm.weights, layers=layers))
    result = encode(loud, loud.tokenize(TEXTS["128 pieces"](loud)))
    expected = layer_detail(loud, result.hidden_states[0], 0).weights
    assert np.isfinite(result.attentions).all()
    assert np.max(np.abs(result.attentions[0] - expected)) <= 1e-12
