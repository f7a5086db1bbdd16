"""A whole translation as a file: the English tokens, the Chinese words, and the cross-attention
weights that align them, for a notebook or a slide made elsewhere.

``cross_weights`` is nested [layer][head][output word][source token], as Translation.cross_weights;
every row sums to 1. In NPZ the tokens are text arrays (not objects), so that ``np.load`` reads
them with ``allow_pickle=False``. No Qt here.
"""

import json
from collections.abc import Callable
from typing import BinaryIO

import numpy as np

from attn_gui.models.translator import Translation


def translation_arrays(translation: Translation) -> dict[str, np.ndarray]:
    """What both formats hold, by name."""
    return {
        "source_tokens": np.array(translation.source_tokens, dtype=str),
        "output_tokens": np.array(translation.output_tokens, dtype=str),
        "cross_weights": np.asarray(translation.cross_weights, dtype=np.float64),
    }


def write_translation_json(translation: Translation, stream: BinaryIO) -> None:
    """UTF-8 JSON with the Chinese readable; every float keeps all its digits."""
    document = {name: array.tolist() for name, array in translation_arrays(translation).items()}
    stream.write((json.dumps(document, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8"))


def write_translation_npz(translation: Translation, stream: BinaryIO) -> None:
    """One array per name. None is an object array, so nothing needs pickle; allow_pickle is not
    passed, since an older NumPy's savez (NumPy 1.26 is allowed) would store it as an array."""
    np.savez(stream, **translation_arrays(translation))


TRANSLATION_FORMATS: dict[str, Callable[[Translation, BinaryIO], None]] = {
    ".json": write_translation_json,
    ".npz": write_translation_npz,
}
