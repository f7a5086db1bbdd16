"""A trained English → Chinese translator small enough to read: every matrix fits on a projector.

A post-norm encoder-decoder Transformer (d_model 16, 2 heads, one layer each side) trained on a fixed
grammar (grammar.py) by training.py, the only module here that imports torch; everything else,
the shipped weights included, runs in NumPy.
"""

from attn_gui.models.translator.model import (
    DecoderLayerRecord,
    EncoderLayerRecord,
    OutputRecord,
    StackRecord,
    Translation,
    Translator,
    known_words,
    load_translator,
    shipped_translator,
    translate,
)

__all__ = [
    "DecoderLayerRecord",
    "EncoderLayerRecord",
    "OutputRecord",
    "StackRecord",
    "Translation",
    "Translator",
    "known_words",
    "load_translator",
    "shipped_translator",
    "translate",
]
