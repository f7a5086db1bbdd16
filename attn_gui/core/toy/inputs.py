"""The generated inputs: token embeddings and projection weights, reproducible from the seed.

Every matrix draws from its own random stream, keyed by the seed and a stream number, so
switching one option (the number of tokens, say) never reshuffles the others. A random
embedding is keyed by the token's text too: "love" keeps its vector when the sentence
around it changes, as a row of a real embedding table would.
"""

import hashlib

import numpy as np
from numpy.typing import NDArray

from attn_gui.core.toy.config import Dims, edit_shape

_EMBEDDING_STREAM = 1
_WEIGHT_STREAMS = {"w_q": 2, "w_k": 3, "w_v": 4, "w_o": 5}


def _token_key(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")


def random_embeddings(tokens: tuple[str, ...], d_model: int, seed: int) -> NDArray[np.float64]:
    """One standard-normal row per token; equal tokens get equal rows."""
    table = {
        token: np.random.default_rng([seed, _EMBEDDING_STREAM, _token_key(token)]).standard_normal(d_model)
        for token in dict.fromkeys(tokens)
    }
    return np.array([table[token] for token in tokens], dtype=np.float64).reshape(len(tokens), d_model)


def one_hot_embeddings(
    tokens: tuple[str, ...], vocabulary: tuple[str, ...], d_model: int
) -> NDArray[np.float64]:
    """Row i is the unit vector of token i's place in the vocabulary."""
    index = {token: i for i, token in enumerate(vocabulary)}
    x = np.zeros((len(tokens), d_model))
    x[np.arange(len(tokens)), [index[t] for t in tokens]] = 1.0
    return x


def projection_weights(dims: Dims, seed: int) -> dict[str, NDArray[np.float64]]:
    """W_Q, W_K, W_V, W_O drawn uniformly with variance 1/fan_in, as PyTorch initialises them.

    That variance keeps the projected q and k components near variance 1 when X is, which is
    the premise of the √d_k argument the lesson makes.
    """
    weights = {}
    for name, stream in _WEIGHT_STREAMS.items():
        fan_in, fan_out = edit_shape(name, dims)
        bound = np.sqrt(3.0 / fan_in)  # uniform on [-b, b] has variance b²/3
        weights[name] = np.random.default_rng([seed, stream]).uniform(-bound, bound, (fan_in, fan_out))
    return weights
