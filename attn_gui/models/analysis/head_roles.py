"""What each head does on this sentence, measured rather than assumed.

Clark et al. 2019 found BERT's heads falling into a few kinds: heads that look at the previous or
the next token, at the token itself, heads that park their weight on [CLS] or [SEP] (a "sink":
nothing to do here), and heads that spread out. The same head can behave differently on another
sentence, so the lesson labels a head from its weights on the sentence on screen, with the number
that justifies the label.

The rule: each of the five patterns gets a score, the mean over the rows of the weight it predicts
(row i's weight on i − 1, on i + 1, on i, on the [CLS] columns, on the [SEP] columns; previous and
next only over the rows that have such a neighbour). The largest score, if at least DOMINANT (0.5),
names the head: more than half of its attention follows that pattern. Otherwise a head whose mean
normalised row entropy is at least BROAD (0.8, where 1 is uniform) is "broad"; anything else is
"mixed", with its largest score as the evidence.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

DOMINANT = 0.5
BROAD = 0.8
PATTERNS = ("previous", "next", "self", "cls_sink", "sep_sink")  # label keys, in tie-breaking order
BROAD_LABEL, MIXED_LABEL = "broad", "mixed"


@dataclass(frozen=True)
class HeadRole:
    """One head's measurements on one sentence, and the label the rule gives it."""

    layer: int
    head: int
    previous: float  # mean weight of row i on i − 1
    next: float  # mean weight of row i on i + 1
    self: float  # mean weight of row i on i
    cls_sink: float  # mean total weight of a row on [CLS]
    sep_sink: float  # mean total weight of a row on [SEP]
    entropy: float  # mean row entropy / log(n): 0 all on one key, 1 uniform
    label: str  # one of PATTERNS, BROAD_LABEL or MIXED_LABEL
    evidence: float  # the number behind the label: its pattern's score, or the entropy for "broad"


def _diagonal_mean(weights: NDArray[np.float64], offset: int) -> NDArray[np.float64]:
    """Mean over rows of weights[..., i, i + offset], for every head at once (0 if no row has it)."""
    diagonal = np.diagonal(weights, offset=offset, axis1=-2, axis2=-1)
    return diagonal.mean(axis=-1) if diagonal.shape[-1] else np.zeros(weights.shape[:-2])


def _normalised_entropy(weights: NDArray[np.float64]) -> NDArray[np.float64]:
    n = weights.shape[-1]
    if n < 2:
        return np.zeros(weights.shape[:-2])
    logs = np.log(weights, out=np.zeros_like(weights), where=weights > 0)  # 0·log 0 = 0
    return -(weights * logs).sum(axis=-1).mean(axis=-1) / np.log(n)


def head_roles(attentions: ArrayLike, labels: Sequence[str]) -> tuple[tuple[HeadRole, ...], ...]:
    """[layer][head] roles from ``attentions`` (L, H, n, n), ``labels`` the n pieces."""
    weights = np.asarray(attentions, dtype=np.float64)
    columns = np.asarray(labels)
    scores = {
        "previous": _diagonal_mean(weights, -1),
        "next": _diagonal_mean(weights, 1),
        "self": _diagonal_mean(weights, 0),
        "cls_sink": weights[..., columns == "[CLS]"].sum(axis=-1).mean(axis=-1),
        "sep_sink": weights[..., columns == "[SEP]"].sum(axis=-1).mean(axis=-1),
    }
    entropy = _normalised_entropy(weights)
    layers, heads = weights.shape[:2]
    return tuple(
        tuple(
            _role(
                layer,
                head,
                {k: float(v[layer, head]) for k, v in scores.items()},
                float(entropy[layer, head]),
            )
            for head in range(heads)
        )
        for layer in range(layers)
    )


def _role(layer: int, head: int, scores: dict[str, float], entropy: float) -> HeadRole:
    strongest = max(PATTERNS, key=lambda pattern: scores[pattern])  # the first of equals wins
    if scores[strongest] >= DOMINANT:
        label, evidence = strongest, scores[strongest]
    elif entropy >= BROAD:
        label, evidence = BROAD_LABEL, entropy
    else:
        label, evidence = MIXED_LABEL, scores[strongest]
    return HeadRole(layer=layer, head=head, entropy=entropy, label=label, evidence=evidence, **scores)
