"""The stages every attention lesson shares, from Kᵀ to the heads side by side: the toy's, a real
encoder's layer and the translator's attentions say them alike, each with its own explanations."""

from typing import NamedTuple

from attn_gui.core.stage import CONCAT, PRODUCT, SCALE, SOFTMAX, TRANSPOSE, Stage
from attn_gui.translatable import QT_TRANSLATE_NOOP


class HeadTexts(NamedTuple):
    """The explanations of the per-head stages from Kᵀ to Z, and of the concatenation: what a
    lesson says with its own sizes, while titles, formulas and labels stay the same."""

    k_t: str
    scores: str
    scaled: str
    weights: str
    head_output: str
    concat: str


def heads_stages(texts: HeadTexts, heads: int | None = None, mask: Stage | None = None) -> tuple[Stage, ...]:
    """Kᵀ, Q·Kᵀ, its scaling, (the mask,) softmax, A·V per head, then the heads side by side;
    the concatenation names the ``heads`` blocks (None: h of them, as the toy's sizes vary)."""
    softmax_of = mask.name if mask is not None else "scaled"
    blocks = "Z_1, Z_2" if heads == 2 else f"Z_1, …, Z_{'h' if heads is None else heads}"
    return (
        Stage(
            "k_t",
            TRANSPOSE,
            ("k",),
            QT_TRANSLATE_NOOP("Stage", "Laying K down: Kᵀ"),
            "Kᵀ",
            texts.k_t,
            "Kᵀ",
            per_head=True,
        ),
        Stage(
            "scores",
            PRODUCT,
            ("q", "k_t"),
            QT_TRANSLATE_NOOP("Stage", "Scores: every query against every key"),
            "S = Q · Kᵀ",
            texts.scores,
            "Q·Kᵀ",
            per_head=True,
        ),
        Stage(
            "scaled",
            SCALE,
            ("scores",),
            QT_TRANSLATE_NOOP("Stage", "Scaling by √d_k"),
            "S / √d_k",
            texts.scaled,
            "÷√d_k",
            per_head=True,
        ),
        *(() if mask is None else (mask,)),
        Stage(
            "weights",
            SOFTMAX,
            (softmax_of,),
            QT_TRANSLATE_NOOP("Stage", "Softmax, row by row"),
            "A = softmax(S / √d_k + M)" if mask is not None else "A = softmax(S / √d_k)",
            texts.weights,
            "softmax",
            per_head=True,
        ),
        Stage(
            "head_output",
            PRODUCT,
            ("weights", "v"),
            QT_TRANSLATE_NOOP("Stage", "Weighted sum of the values"),
            "Z = A · V",
            texts.head_output,
            "A·V",
            per_head=True,
        ),
        Stage(
            "concat",
            CONCAT,
            ("head_output",),
            QT_TRANSLATE_NOOP("Stage", "Concatenating the heads"),
            f"Concat({blocks})",
            texts.concat,
            "concat",
        ),
    )
