"""A stop of the lesson as data of the trace: what it computes, from which matrices, and how.

A trace lists its stages in order, so the timeline, the stage list, the pipeline strip, the
exporters and ``--stage`` read them from the trace: a new stage is computed by its source and
animated by its kind, and no view needs to be told about it.
"""

from dataclasses import dataclass

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
