"""Independent reference computations shared by the tests, written from the curriculum's formulas."""

import numpy as np


def sinusoid(n: int, d_model: int) -> np.ndarray:
    """PE[pos, 2i] = sin(pos / 10000^(2i/d_model)), PE[pos, 2i+1] = cos(same), one cell at a time."""
    pe = np.empty((n, d_model))
    for pos in range(n):
        for i in range(d_model):
            angle = pos / 10000 ** ((i - i % 2) / d_model)
            pe[pos, i] = np.sin(angle) if i % 2 == 0 else np.cos(angle)
    return pe


# The toy lesson's stages in the curriculum's order (stages 0 to 9), as the command line names them.
TOY_STAGES = (
    "x", "pe", "x_in", "q", "k", "v", "k_t", "scores", "scaled", "masked", "weights", "head_output",
    "concat", "output",
)  # fmt: skip
