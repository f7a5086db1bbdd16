"""Attention rollout (Abnar & Zuidema 2020, Quantifying Attention Flow in Transformers).

One layer's weights say where a position looks in the layer below, not which input tokens reach it:
the layer below has already mixed them. Rollout estimates that: average the heads, add the identity
for the residual connection (a position also keeps itself), renormalise the rows, and multiply the
layers, the upper one on the left. Row i after layer l: how much of each input token reaches position
i there. Each row still sums to 1.
"""

import numpy as np
from numpy.typing import ArrayLike, NDArray


def attention_rollout(attentions: ArrayLike) -> NDArray[np.float64]:
    """The cumulative rollout after each layer, (L, n, n), from ``attentions`` (L, H, n, n)."""
    attentions = np.asarray(attentions, dtype=np.float64)
    layers, n = attentions.shape[0], attentions.shape[-1]
    identity = np.eye(n)
    rollout = np.empty((layers, n, n))
    flow = identity
    for layer in range(layers):
        step = attentions[layer].mean(axis=0) + identity
        step /= step.sum(axis=-1, keepdims=True)
        flow = rollout[layer] = step @ flow
    return rollout
