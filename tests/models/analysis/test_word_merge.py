"""Merging word pieces into words: rows of a word's pieces averaged, their columns summed."""

import numpy as np
import pytest

from attn_gui.models.analysis import hide_special_tokens, merge_word_pieces, word_label
from attn_gui.models.bert import encode

PIECES = ("[CLS]", "token", "##ization", "is", "fun", "[SEP]")
WORDS = (None, 0, 0, 1, 2, None)


def random_weights(*shape: int) -> np.ndarray:
    weights = np.random.default_rng(1).random(shape)
    return weights / weights.sum(axis=-1, keepdims=True)


def test_word_labels_join_pieces_without_the_markers():
    assert word_label(["token", "##ization"]) == "tokenization"
    assert word_label(["un", "##believ", "##ably"]) == "unbelievably"
    assert word_label(["[CLS]"]) == "[CLS]"


def test_rows_are_averaged_and_columns_summed():
    weights = random_weights(6, 6)
    merged = merge_word_pieces(weights, PIECES, WORDS)
    assert merged.labels == ("[CLS]", "tokenization", "is", "fun", "[SEP]")
    groups = [[0], [1, 2], [3], [4], [5]]
    expected = np.array([[np.mean([weights[i, b].sum() for i in a]) for b in groups] for a in groups])
    assert np.allclose(merged.weights, expected, atol=1e-15)
    assert np.allclose(merged.weights.sum(axis=-1), 1.0, atol=1e-15)


def test_every_head_at_once_and_then_without_the_specials():
    weights = random_weights(12, 6, 6)
    merged = merge_word_pieces(weights, PIECES, WORDS)
    assert merged.weights.shape == (12, 5, 5)
    assert np.allclose(merged.weights[7], merge_word_pieces(weights[7], PIECES, WORDS).weights, atol=1e-15)
    words_only = hide_special_tokens(merged.weights, merged.labels)
    assert words_only.labels == ("tokenization", "is", "fun")
    assert np.allclose(words_only.weights.sum(axis=-1), 1.0, atol=1e-15)


def test_the_same_word_twice_stays_two_words():
    pieces, words = ("[CLS]", "the", "the", "[SEP]"), (None, 0, 1, None)
    assert merge_word_pieces(np.eye(4), pieces, words).labels == pieces


@pytest.mark.parametrize("text", ["Tokenization is unbelievably fun", "我爱学习"])
def test_on_the_real_model_every_row_stays_a_distribution(minilm, text):
    pieces = minilm.tokenize(text)
    merged = merge_word_pieces(encode(minilm, pieces).attentions, pieces.pieces, pieces.word_index)
    assert merged.weights.shape[:2] == (6, 12)
    assert len(merged.labels) == len({w for w in pieces.word_index if w is not None}) + 2
    assert np.allclose(merged.weights.sum(axis=-1), 1.0, atol=1e-12)
