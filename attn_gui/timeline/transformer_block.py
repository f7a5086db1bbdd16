"""The shapes through a whole Transformer block, around the attention the app computes.

Attention is one layer of a block; students ask where its output goes. These are the sizes a
standard block uses with the lesson's n and d_model: the feed-forward layer widens to d_ff
(four times d_model, as in the original Transformer) and the decoder's last layer maps to the
vocabulary.
"""

from typing import NamedTuple

from attn_gui.core import AttentionTrace
from attn_gui.translatable import QT_TRANSLATE_NOOP

FFN_FACTOR = 4


class BlockLayer(NamedTuple):
    """One row of the block's table: what happens (translatable) and the shapes in and out."""

    label: str
    shapes: str


def _shape(rows: int, cols: int) -> str:
    return f"({rows}, {cols})"


def transformer_block(trace: AttentionTrace) -> tuple[BlockLayer, ...]:
    """The layers of one decoder block and the output layer, with the lesson's sizes."""
    dims = trace.dims
    n, d_model, d_ff, vocab = dims.n_q, dims.d_model, FFN_FACTOR * dims.d_model, len(trace.vocabulary)
    same = _shape(n, d_model)
    return (
        BlockLayer(QT_TRANSLATE_NOOP("TransformerBlock", "Input: embeddings plus positions, X_in"), same),
        BlockLayer(
            QT_TRANSLATE_NOOP("TransformerBlock", "Multi-head attention (this lesson)"), f"{same} → {same}"
        ),
        BlockLayer(
            QT_TRANSLATE_NOOP("TransformerBlock", "Residual: add X_in back, then LayerNorm"),
            f"{same} + {same} → {same}",
        ),
        BlockLayer(
            QT_TRANSLATE_NOOP("TransformerBlock", "Feed-forward, first layer · W_1 (widen to d_ff)"),
            f"{same} · {_shape(d_model, d_ff)} → {_shape(n, d_ff)}",
        ),
        BlockLayer(
            QT_TRANSLATE_NOOP("TransformerBlock", "ReLU or GELU, cell by cell"),
            f"{_shape(n, d_ff)} → {_shape(n, d_ff)}",
        ),
        BlockLayer(
            QT_TRANSLATE_NOOP("TransformerBlock", "Feed-forward, second layer · W_2 (back to d_model)"),
            f"{_shape(n, d_ff)} · {_shape(d_ff, d_model)} → {same}",
        ),
        BlockLayer(
            QT_TRANSLATE_NOOP("TransformerBlock", "Residual and LayerNorm again: the next block's input"),
            f"{same} + {same} → {same}",
        ),
        BlockLayer(
            QT_TRANSLATE_NOOP("TransformerBlock", "After the last block: · W_vocab"),
            f"{same} · {_shape(d_model, vocab)} → {_shape(n, vocab)}",
        ),
        BlockLayer(
            QT_TRANSLATE_NOOP("TransformerBlock", "Softmax per row: next-token probabilities"),
            f"{_shape(n, vocab)} → {_shape(n, vocab)}",
        ),
    )
