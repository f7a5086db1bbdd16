"""Steps of softmax, row by row, in four moves a class can follow: exponentials of the scores
shifted by the row's maximum, their sum, each divided by the sum (the weights), and the row
read as percentages. The weights shown are the trace's own, so the row ends exactly as computed.
"""

import math

import numpy as np

from attn_gui.timeline.model import Band, Equation, Step
from attn_gui.timeline.steps.scene import ROW_PHASES, At, Scene, StepKind, caption
from attn_gui.translatable import QT_TRANSLATE_NOOP

PHASES = ROW_PHASES

# Keyed by phase; "row" is all four phases at once, "stage" every row at once.
_CAPTIONS = {
    "exp": QT_TRANSLATE_NOOP(
        "Caption", "Row “{row}”: subtract the row's largest score, {max}, from every score and take exp"
    ),
    "exp-masked": QT_TRANSLATE_NOOP(
        "Caption", "Row “{row}”: subtract the row's largest score, {max}, and take exp; masked −∞ gives 0"
    ),
    "row-sum": QT_TRANSLATE_NOOP("Caption", "Row “{row}”: the {count} exponentials add up to {sum}"),
    "divide-row": QT_TRANSLATE_NOOP(
        "Caption", "Row “{row}”: each exponential ÷ {sum} is a weight; the weights add up to 1"
    ),
    "percent": QT_TRANSLATE_NOOP(
        "Caption", "Row “{row}” as percentages: the most attention, {percent}%, goes to “{key}”"
    ),
    "row": QT_TRANSLATE_NOOP(
        "Caption",
        "Row “{row}”: exp(score − largest) ÷ {sum}; the most attention, {percent}%, goes to “{key}”",
    ),
    "stage": QT_TRANSLATE_NOOP(
        "Caption", "Softmax of all {rows} rows: every weight between 0 and 1, every row adding up to 1"
    ),
    # Softmax over the vocabulary: the row is the next word's probabilities, not attention.
    "vocabulary-divide-row": QT_TRANSLATE_NOOP(
        "Caption", "Row “{row}”: each exponential ÷ {sum} is a probability; the probabilities add up to 1"
    ),
    "vocabulary-percent": QT_TRANSLATE_NOOP(
        "Caption", "After “{row}” the most probable next word, at {percent}%, is “{key}”"
    ),
    "vocabulary-row": QT_TRANSLATE_NOOP(
        "Caption",
        "Row “{row}”: exp(score − largest) ÷ {sum}; the most probable next word, {percent}%, is “{key}”",
    ),
    "vocabulary-stage": QT_TRANSLATE_NOOP(
        "Caption", "Softmax over the vocabulary: {count} scores become probabilities that add up to 1"
    ),
}


def _template(scene: Scene, phase: str) -> str:
    """The phase's caption; over the vocabulary, the ones that speak of probabilities."""
    variant = scene.trace.stage(scene.stage).variant
    return _CAPTIONS.get(f"{variant}-{phase}", _CAPTIONS[phase]) if variant else _CAPTIONS[phase]


def _count(scene: Scene) -> int:
    return {"term": 4 * scene.rows, "cell": 4 * scene.rows, "row": scene.rows, "stage": 1}[scene.granularity]


def _equation(
    phase: str, scores: np.ndarray, shift: float, exps: np.ndarray, total: float, weights: np.ndarray
) -> Equation:
    """The arithmetic of one phase of a row; "row" (all phases at once) shows the division."""
    values, results = tuple(exps.tolist()), tuple(weights.tolist())
    if phase == "exp":
        return Equation("exp", terms=tuple((s, shift) for s in scores.tolist()), values=values)
    if phase == "row-sum":
        return Equation("row-sum", values=values, value=total, complete=True)
    if phase == "percent":
        return Equation("percent", results=results, complete=True)
    return Equation("divide-row", values=values, value=total, results=results, complete=True)


def _row(scene: Scene, at: At, i: int, phase: str) -> Step:
    """Row i at one of PHASES (or "row": all four at once)."""
    scores = scene.operands[0].array[i]
    weights = scene.result.array[i]
    top = float(np.max(scores))
    shift = top if math.isfinite(top) else 0.0  # as the core does: an all −∞ row gives zeros
    exps = np.exp(scores - shift)
    total = float(np.sum(exps))
    best = int(np.argmax(weights))
    masked = phase == "exp" and bool(np.isneginf(scores).any())
    text = caption(
        _CAPTIONS["exp-masked"] if masked else _template(scene, phase),
        row=scene.result.rows[i],
        max=shift,
        count=scene.columns,
        sum=total,
        percent=float(weights[best]) * 100,
        key=scene.result.columns[best],
    )
    done = phase in ("divide-row", "percent", "row")
    highlights = (Band(scene.operands[0].name, rows=(i,)),)
    if done:
        highlights += (Band(scene.stage, rows=(i,), cells=() if phase == "divide-row" else ((i, best),)),)
    return scene.step(
        at,
        phase,
        text,
        highlights=highlights,
        filled=((0, i + done, 0, scene.columns),) if i + done else (),
        equation=_equation(phase, scores, shift, exps, total, weights),
    )


def _step(scene: Scene, at: At) -> Step:
    if scene.granularity == "stage":
        text = caption(_template(scene, "stage"), rows=scene.rows, count=scene.columns)
        return scene.step(at, "stage", text, filled=scene.whole())
    if scene.granularity == "row":
        return _row(scene, at, at.local, "row")
    i, phase = divmod(at.local, len(PHASES))
    return _row(scene, at, i, PHASES[phase])


SOFTMAX_STEPS = StepKind(_count, _step)
