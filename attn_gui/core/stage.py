"""A stop of the lesson as data of the trace: what it computes, from which matrices, and how.

A trace lists its stages in order, so the timeline, the stage list, the pipeline strip, the
exporters and ``--stage`` read them from the trace: a new stage is computed by its source and
animated by its kind, and no view needs to be told about it.
"""

from dataclasses import dataclass

# How a stage's result comes from its operands; the kind chooses how the timeline animates it
# and which operator the drawing puts between the matrices.
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


@dataclass(frozen=True)
class Stage:
    """One stop of the lesson.

    ``name`` is the result's matrix name and what ``--stage`` takes; ``operands`` name the
    trace matrices the result is computed from, in order (a per-head stage's operands are that
    head's, or that head's block of a weight matrix). ``title`` and ``explanation`` are marked
    with QT_TRANSLATE_NOOP("Stage", ...), ``short`` is the pipeline strip's label (notation, or
    a word marked in "PipelineStrip"). ``companions`` are shown beside the result without taking
    part in it (X_kv beside X in cross-attention).
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
