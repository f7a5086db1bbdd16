"""Texts of an exact length in word pieces, built from words and checked by tokenizing them."""

from attn_gui.models.bert import BertModel

TEXT = """
Attention lets every word of a sentence look at every other word and decide how much of each to take
into its own meaning so that a pronoun can find its noun and a verb its subject even when they stand
far apart the students of our class learned this step by step with small matrices first and then with
a real model whose tokenizer splits rare words into pieces
"""
PROSE = TEXT.split()


def text_of_pieces(model: BertModel, count: int) -> str:
    """Prose of exactly ``count`` pieces, [CLS] and [SEP] included (padded with one-piece words)."""
    words: list[str] = []
    total = 2
    while True:
        word = PROSE[len(words) % len(PROSE)]
        size = len(model.tokenize(word)) - 2
        if total + size > count:
            break
        words.append(word)
        total += size
    words += ["the"] * (count - total)
    text = " ".join(words)
    assert len(model.tokenize(text)) == count
    return text
