"""Summary numbers the explanations quote about a matrix."""

import numpy as np


def finite_variance(values: np.ndarray) -> float:
    """The population variance of the finite entries: masked (−∞) scores are not scores."""
    finite = np.asarray(values)[np.isfinite(values)]
    return float(np.var(finite)) if finite.size else 0.0
