"""Attention without [CLS] and [SEP].

Many heads put most of their weight on [CLS] or [SEP] ("sinks": Clark et al. 2019 read it as a head
with nothing to do), which leaves the rest of the heatmap too faint to read. Dropping their rows and
columns and renormalising each remaining row shows how the head shares out what it gives the words.
"""

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from attn_gui.models.analysis.labelled import LabelledAttention, normalise_rows

SPECIAL_TOKENS = ("[CLS]", "[SEP]")


def hide_special_tokens(weights: ArrayLike, labels: Sequence[str]) -> LabelledAttention:
    """``weights`` (..., n, n) without the rows and columns labelled [CLS] or [SEP], each row
    renormalised to sum to 1; a row whose weight was all on them becomes zeros."""
    weights = np.asarray(weights, dtype=np.float64)
    keep = [i for i, label in enumerate(labels) if label not in SPECIAL_TOKENS]
    kept = weights[..., keep, :][..., keep]  # fancy indexing: a copy, safe to normalise in place
    return LabelledAttention(labels=tuple(labels[i] for i in keep), weights=normalise_rows(kept))
