"""What an attention view shows: the weights between word pieces, merged into words, without [CLS]
and [SEP], or both.

Merging comes first, then hiding. Merged, [CLS] and [SEP] stay words of one piece under their own
labels, so hiding removes them from the words exactly as from the pieces, and a word's row is
renormalised once, over what all its pieces give the words together. Hiding first would
renormalise each piece's row alone: a piece that gives the words almost nothing (96% to [SEP], 4%
to "cats") would count as much as its word's other pieces, all of it on "cats"; one that gives them
nothing would become a row of zeros, and its word's row would sum to less than 1.
"""

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from attn_gui.models.analysis import LabelledAttention, hide_special_tokens, merge_word_pieces


def shown_attention(
    weights: ArrayLike,
    pieces: Sequence[str],
    word_index: Sequence[int | None],
    *,
    hide_specials: bool,
    merge_words: bool,
) -> LabelledAttention:
    """``weights`` (..., n, n) between ``pieces`` as the view's switches ask, with their labels."""
    shown = LabelledAttention(labels=tuple(pieces), weights=np.asarray(weights, dtype=np.float64))
    if merge_words:
        shown = merge_word_pieces(shown.weights, pieces, word_index)
    if hide_specials:
        shown = hide_special_tokens(shown.weights, shown.labels)
    return shown
