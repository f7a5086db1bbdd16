"""Boolean attention masks: True where a query may attend to a key."""

import numpy as np
from numpy.typing import NDArray


def causal_mask(n: int, n_k: int | None = None) -> NDArray[np.bool_]:
    """Allow key j for query i only when j <= i: a decoder must not peek at the future.

    With ``n_k`` the mask is rectangular and aligned at the top-left, as PyTorch's
    ``is_causal`` is.
    """
    n_k = n if n_k is None else n_k
    return np.arange(n_k)[None, :] <= np.arange(n)[:, None]
