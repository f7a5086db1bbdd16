"""Attention between words rather than word pieces.

A rare word is split ("token", "##ization"), which spreads what it attends to, and what attends to
it, over several rows and columns. Following Clark et al. 2019 (What Does BERT Look At?), attention
*from* a split word is the mean of its pieces' rows ("averaging the weights of a word's pieces"),
and attention *to* it is the sum of its pieces' columns: the mean keeps a word from counting more
because it has more pieces, and the sum keeps every row a distribution (it still sums to 1).
"""

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from attn_gui.models.analysis.labelled import LabelledAttention


def word_label(pieces: Sequence[str]) -> str:
    """The word a run of pieces spells: "token" + "##ization" -> "tokenization"."""
    return "".join(piece.removeprefix("##") for piece in pieces)


def _word_groups(word_index: Sequence[int | None]) -> list[list[int]]:
    """Runs of consecutive pieces of the same word; a piece of no word ([CLS], [SEP]) stands alone."""
    groups: list[list[int]] = []
    for i, word in enumerate(word_index):
        if word is not None and i > 0 and word_index[i - 1] == word:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def merge_word_pieces(
    weights: ArrayLike, pieces: Sequence[str], word_index: Sequence[int | None]
) -> LabelledAttention:
    """``weights`` (..., n, n) between pieces as (..., m, m) between words: rows of a word's pieces
    averaged, its columns summed. ``word_index`` is each piece's word (None for specials)."""
    weights = np.asarray(weights, dtype=np.float64)
    groups = _word_groups(word_index)
    membership = np.zeros((len(groups), len(pieces)))  # membership[w, i] = 1 when piece i is in word w
    for w, group in enumerate(groups):
        membership[w, group] = 1.0
    mean_rows = membership / membership.sum(axis=1, keepdims=True)
    merged = mean_rows @ weights @ membership.T
    labels = tuple(word_label([pieces[i] for i in group]) for group in groups)
    return LabelledAttention(labels=labels, weights=merged)
