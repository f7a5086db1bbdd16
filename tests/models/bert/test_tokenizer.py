"""The model's own tokenizer: pieces, ids and words as transformers gives them, and the texts refused."""

import pytest
from transformers import AutoTokenizer
from transformers.models.bert.tokenization_bert_legacy import BertTokenizerLegacy

from attn_gui.models.errors import TOO_MANY_PIECES, ModelError

from .helpers import text_of_pieces

TEXTS = [
    "I love learning",
    "Tokenization splits unbelievably rare words.",
    "我爱学习，注意力机制很有趣。",
    "Attention is all you need 🤗 naïve café",
    "  Mixed   CASE, punctuation!? and numbers 3.14 ",
]


@pytest.fixture(scope="module")
def vocabulary(minilm_folder) -> list[str]:
    return (minilm_folder / "vocab.txt").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def references(minilm_folder):
    """transformers' tokenizer from the same tokenizer.json, and its pure-Python one from vocab.txt."""
    return (
        AutoTokenizer.from_pretrained(minilm_folder),
        BertTokenizerLegacy(vocab_file=str(minilm_folder / "vocab.txt"), do_lower_case=True),
    )


def test_i_love_learning(minilm):
    pieces = minilm.tokenize("I love learning")
    assert pieces.pieces == ("[CLS]", "i", "love", "learning", "[SEP]")
    assert pieces.ids == (101, 1045, 2293, 4083, 102)
    assert pieces.type_ids == (0,) * 5
    assert pieces.word_index == (None, 0, 1, 2, None)
    assert len(pieces) == 5


@pytest.mark.parametrize("text", TEXTS)
def test_the_ids_are_transformers_ids(minilm, references, text):
    pieces = minilm.tokenize(text)
    for reference in references:
        encoded = reference(text, return_token_type_ids=True)
        assert pieces.ids == tuple(encoded["input_ids"])
        assert pieces.type_ids == tuple(encoded["token_type_ids"])
        assert pieces.pieces == tuple(reference.convert_ids_to_tokens(encoded["input_ids"]))


def test_a_long_text_is_not_cut_at_128(minilm, references):
    text = text_of_pieces(minilm, 300)
    assert minilm.tokenize(text).ids == tuple(references[1](text)["input_ids"])


def test_a_split_word_keeps_one_word_index(minilm):
    pieces = minilm.tokenize("tokenization rocks")
    assert pieces.pieces == ("[CLS]", "token", "##ization", "rocks", "[SEP]")
    assert pieces.word_index == (None, 0, 0, 1, None)


def test_chinese_characters_come_one_per_piece_and_unknown_ones_as_unk(minilm, vocabulary):
    text = "我爱学习"
    pieces = minilm.tokenize(text)
    assert len(pieces) == len(text) + 2
    assert pieces.word_index == (None, 0, 1, 2, 3, None)
    for character, piece in zip(text, pieces.pieces[1:-1], strict=True):
        assert piece == (character if character in vocabulary else "[UNK]")
    assert "[UNK]" in pieces.pieces  # 爱 and 习 are not in this vocabulary


def test_a_character_outside_the_vocabulary_becomes_unk(minilm, vocabulary):
    assert "🤗" not in vocabulary
    pieces = minilm.tokenize("I love 🤗")
    assert pieces.pieces == ("[CLS]", "i", "love", "[UNK]", "[SEP]")
    assert pieces.ids[3] == vocabulary.index("[UNK]")


def test_exactly_512_pieces_are_accepted_and_513_refused(minilm):
    text = text_of_pieces(minilm, 512)
    assert len(minilm.tokenize(text)) == 512
    with pytest.raises(ModelError) as caught:
        minilm.tokenize(text + " the")
    assert caught.value.template == TOO_MANY_PIECES
    assert str(caught.value) == (
        "The text makes 513 word pieces with [CLS] and [SEP], more than the model's limit of 512."
    )


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00"])
def test_empty_text_is_refused(minilm, text):
    with pytest.raises(ModelError, match=r"^There is no text to read\.$"):
        minilm.tokenize(text)
