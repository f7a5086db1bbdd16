"""A stop of the lesson as data of the trace: what it computes, from which matrices, and how.

A trace lists its stages in order, so the timeline, the stage list, the pipeline strip, the
exporters and ``--stage`` read them from the trace: a new stage is computed by its source and
animated by its kind, and no view needs to be told about it.
"""

from dataclasses import dataclass
from typing import NamedTuple

from attn_gui.translatable import QT_TRANSLATE_NOOP

# How a stage's result comes from its operands; the kind chooses how the timeline animates it
# and which operator the drawing puts between the matrices. A real model's layer adds three:
# a bias row added to every row, LayerNorm row by row, and an activation function cell by cell.
INPUT, SUM, PRODUCT, TRANSPOSE, SCALE, MASK, SOFTMAX, CONCAT = (
    "input",
    "sum",
    "product",
    "transpose",
    "scale",
    "mask",
    "softmax",
    "concat",
)
BIAS, LAYER_NORM, ACTIVATION = ("bias", "layer_norm", "activation")


@dataclass(frozen=True)
class Stage:
    """One stop of the lesson.

    ``name`` is the result's matrix name and what ``--stage`` takes; ``operands`` name the
    trace matrices the result is computed from, in order (a per-head stage's operands are that
    head's, or that head's block of a weight matrix). ``title`` and ``explanation`` are marked
    with QT_TRANSLATE_NOOP("Stage", ...), ``short`` is the pipeline strip's label (notation, or
    a word marked in "PipelineStrip"). ``companions`` are shown beside the result without taking
    part in it (X_kv beside X in cross-attention).

    By kind: a BIAS stage's operands are the matrix and its bias row (1, d); a LAYER_NORM stage's
    are the matrix, γ and β (each (1, d)), with the rows' means and variances as the trace's
    matrices ``{name}_mean`` and ``{name}_var`` (n, 1); an ACTIVATION stage names its
    ``function`` ("gelu").

    ``variant`` picks other captions for a stage whose kind and name say too little about its
    rows: the translator's input rows ("cross": the decoder's rows asking the encoder, "output":
    the row that chooses the next word) and its softmax over the vocabulary ("vocabulary").
    """

    name: str
    kind: str
    operands: tuple[str, ...]
    title: str
    formula: str
    explanation: str
    short: str
    per_head: bool = False
    companions: tuple[str, ...] = ()
    function: str = ""
    variant: str = ""


# The stages every attention lesson shares, from Kᵀ to the heads side by side: the toy, a real
# encoder's layer and the translator's attentions say them alike, each with its own explanations.


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
