"""Predict, then reveal: the question a step of the lesson answers, and how a guess is marked.

In quiz mode the class sees a step with its result hidden, guesses, and only then sees the step.
Questions are asked on the "cell" timeline, about the step that reveals the answer: the value of
each cell of a sum, a product or the scaling; for each row of a causal mask, how many scores
become −∞; for each row of softmax, which key gets the most attention. The stages that only move
numbers (the inputs, Kᵀ, the concatenation) leave nothing to predict.
"""

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from attn_gui.core import TraceMatrix
from attn_gui.core.stage import MASK, PRODUCT, SCALE, SOFTMAX, SUM
from attn_gui.notation import MATRIX_SYMBOLS, read_number
from attn_gui.timeline.model import Band, Caption, Equation, Rect, Step
from attn_gui.timeline.quiz_options import OPTIONS, Option, cell_prompt_and_options, shown_value
from attn_gui.timeline.stage_matrices import stage_matrices
from attn_gui.timeline.steps.scene import caption
from attn_gui.timeline.steps.softmax import PHASES
from attn_gui.timeline.timeline import Timeline
from attn_gui.translatable import QT_TRANSLATE_NOOP

VALUE, COUNT, KEY = "value", "count", "key"  # what a question asks for: a number, how many, which key
GRANULARITY = "cell"

_PROMPTS = {
    MASK: QT_TRANSLATE_NOOP(
        "Quiz", "Row “{row}”: how many of its {count} scores does the causal mask turn into −∞?"
    ),
    SOFTMAX: QT_TRANSLATE_NOOP("Quiz", "Row “{row}” of A: which key gets the most attention?"),
}


@dataclass(frozen=True)
class Given:
    """A number the answer is computed from, as the lesson writes it ("X[I, 1]", or "Q[I, :]"
    with its whole row): the question shows it when the cells are too small to."""

    label: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Question:
    """What the class predicts before step ``reveal`` shows it.

    ``hidden`` is the rectangle of the stage's result the question covers: one cell for a value,
    a whole row for a count or a key. ``answer`` is the cell's value, the number of scores the
    mask hides, or the row's largest weight; ``best`` the keys with that weight and ``keys`` the
    row's key labels. ``working`` holds the equations that reach a softmax row's answer before
    the revealed step (its exponentials and their sum; that step shows the percentages).
    ``prompt`` is marked in the "Quiz" context.
    """

    kind: str
    stage: str
    head: int | None
    hidden: Rect
    prompt: Caption
    answer: float
    options: tuple[Option, ...]
    reveal: int
    keys: tuple[str, ...] = ()
    best: tuple[int, ...] = ()
    working: tuple[Equation, ...] = ()
    givens: tuple[Given, ...] = ()

    @property
    def row(self) -> int:
        return self.hidden[0]

    @property
    def cell(self) -> tuple[int, int] | None:
        """The cell asked about; None when the question is about a whole row."""
        return (self.hidden[0], self.hidden[2]) if self.kind == VALUE else None


@dataclass(frozen=True)
class Score:
    """The class's running score: how many guesses were marked, how many of them right."""

    asked: int = 0
    correct: int = 0

    def record(self, correct: bool) -> "Score":
        return Score(self.asked + 1, self.correct + int(correct))


# -- which steps ask ----------------------------------------------------------------------------


def _pattern(timeline: Timeline, stage: str) -> tuple[int, int] | None:
    """The steps of a stage's segment that ask, as (first, stride): locals first, first + stride, …"""
    kind = timeline.trace.stage(stage).kind
    if kind in (SUM, PRODUCT, SCALE) or (kind == MASK and timeline.trace.mask == "causal"):
        return 0, 1
    if kind == SOFTMAX:  # a row's last phase shows its percentages: the answer
        return PHASES.index("percent"), len(PHASES)
    return None


def _require_cells(timeline: Timeline) -> None:
    if timeline.granularity != GRANULARITY:
        raise ValueError(f"quiz questions need the {GRANULARITY!r} timeline, not {timeline.granularity!r}")


def _find(timeline: Timeline, start: int, direction: int) -> int | None:
    """The first step that asks at or after ``start`` (direction 1), or at or before it (−1)."""
    _require_cells(timeline)
    if not 0 <= start < len(timeline):
        return None
    segments = timeline.segments
    number = segments.index(timeline.segment_at(start))
    while 0 <= number < len(segments):
        segment = segments[number]
        pattern = _pattern(timeline, segment.stage)
        if pattern is not None:
            first, stride = pattern
            offset = min(max(start - segment.start, 0), segment.count - 1) - first
            # Round the offset to the pattern's stride, up when going forward and down going back.
            local = first + stride * (-(-offset // stride) if direction > 0 else offset // stride)
            if first <= local < segment.count:
                return segment.start + local
        number += direction
    return None


def question_at(timeline: Timeline, index: int, decimals: int = 2) -> Question | None:
    """The question step ``index`` answers, or None when it shows nothing to predict.

    ``decimals`` are the user's: the options must differ as shown.
    """
    _require_cells(timeline)
    step = timeline[index]
    pattern = _pattern(timeline, step.stage)
    if pattern is None or step.local < pattern[0] or (step.local - pattern[0]) % pattern[1]:
        return None
    kind = timeline.trace.stage(step.stage).kind
    if kind == MASK:
        return _mask_question(timeline, step)
    if kind == SOFTMAX:
        return _softmax_question(timeline, step)
    return _cell_question(timeline, step, decimals)


def next_question(timeline: Timeline, position: int, decimals: int = 2) -> Question | None:
    """The first question revealed after step ``position`` (−1: the lesson's first question)."""
    index = _find(timeline, position + 1, 1)
    return None if index is None else question_at(timeline, index, decimals)


def previous_question(timeline: Timeline, position: int, decimals: int = 2) -> Question | None:
    """The last question revealed before step ``position``."""
    index = _find(timeline, position - 1, -1)
    return None if index is None else question_at(timeline, index, decimals)


# -- the questions ------------------------------------------------------------------------------


def _cell(matrix: TraceMatrix, i: int | None, j: int | None) -> Given:
    """Cell (i, j) of ``matrix``, or its row i (j None), or its column j (i None)."""
    row = ":" if i is None else matrix.rows[i]
    column = ":" if j is None else matrix.columns[j]
    values = matrix.array[slice(None) if i is None else i, slice(None) if j is None else j]
    return Given(
        f"{MATRIX_SYMBOLS.get(matrix.name, matrix.name)}[{row}, {column}]", tuple(np.ravel(values).tolist())
    )


def _givens(timeline: Timeline, step: Step, i: int, j: int) -> tuple[Given, ...]:
    """What cell (i, j) of the step's stage is computed from: a row times a column for a product,
    the cells at the same place otherwise."""
    shown = stage_matrices(timeline.trace, step.stage, step.head or 0)
    if timeline.trace.stage(step.stage).kind == PRODUCT:
        left, right = shown.operands
        return (_cell(left, i, None), _cell(right, None, j))
    return tuple(_cell(operand, i, j) for operand in shown.operands)


def _cell_question(timeline: Timeline, step: Step, decimals: int) -> Question:
    i, j = step.current
    prompt, options = cell_prompt_and_options(timeline.trace, step.stage, step.head, i, j, decimals)
    answer = float(timeline.trace.get(step.stage, step.head).array[i, j])
    return Question(
        VALUE,
        step.stage,
        step.head,
        (i, i + 1, j, j + 1),
        prompt,
        answer,
        options,
        step.index,
        givens=_givens(timeline, step, i, j),
    )


def _mask_question(timeline: Timeline, step: Step) -> Question:
    """How many of row i's scores the causal mask hides (the row is step.local in the cell timeline)."""
    i = step.local
    masked = stage_matrices(timeline.trace, step.stage, step.head or 0).result
    keys = masked.array.shape[1]
    hidden = int(np.isneginf(masked.array[i]).sum())
    nearest = sorted(range(keys + 1), key=lambda n: (abs(n - hidden), n))[:OPTIONS]
    return Question(
        COUNT,
        step.stage,
        step.head,
        (i, i + 1, 0, keys),
        caption(_PROMPTS[MASK], row=masked.rows[i], count=keys),
        float(hidden),
        tuple(Option(float(n), n == hidden) for n in sorted(nearest)),
        step.index,
    )


def _softmax_question(timeline: Timeline, step: Step) -> Question:
    """Which key of row i gets the largest weight; the options are the keys weighted most."""
    i = step.local // len(PHASES)
    shown = stage_matrices(timeline.trace, step.stage, step.head or 0)
    weights = shown.result
    row = weights.array[i]
    top = float(row.max())
    best = tuple(int(k) for k in np.flatnonzero(row == top))
    likeliest = sorted(range(len(row)), key=lambda k: (-row[k], k))[:OPTIONS]
    first = step.index - PHASES.index("percent")  # the row's first phase
    working = tuple(timeline[first + PHASES.index(phase)].equation for phase in ("exp", "row-sum"))
    return Question(
        KEY,
        step.stage,
        step.head,
        (i, i + 1, 0, len(row)),
        caption(_PROMPTS[SOFTMAX], row=weights.rows[i]),
        top,
        tuple(Option(float(row[k]), k in best, key=k) for k in sorted(likeliest)),
        step.index,
        keys=weights.columns,
        best=best,
        working=working,
        givens=(_cell(shown.operands[0], i, None),),
    )


# -- showing and marking ------------------------------------------------------------------------


def _without(rect: Rect, hole: Rect) -> tuple[Rect, ...]:
    """``rect`` minus ``hole``: the parts above, below, left and right of it."""
    top, bottom, left, right = rect
    hole_top, hole_bottom, hole_left, hole_right = hole
    if hole_bottom <= top or bottom <= hole_top or hole_right <= left or right <= hole_left:
        return (rect,)
    middle_top, middle_bottom = max(top, hole_top), min(bottom, hole_bottom)
    pieces = (
        (top, middle_top, left, right),
        (middle_bottom, bottom, left, right),
        (middle_top, middle_bottom, left, hole_left),
        (middle_top, middle_bottom, hole_right, right),
    )
    return tuple(p for p in pieces if p[0] < p[1] and p[2] < p[3])


def hidden_step(step: Step, question: Question) -> Step:
    """``step`` as the class sees it while guessing: the question's cells blank, no running value,
    no arithmetic and no caption to give the answer away. The operands stay highlighted and the
    blank cell (or row) is marked, so the class sees what to compute."""
    highlights = tuple(band for band in step.highlights if band.matrix != step.stage)
    if question.cell is None:
        highlights += (Band(step.stage, rows=(question.row,)),)
    return dataclasses.replace(
        step,
        highlights=highlights,
        filled=tuple(piece for rect in step.filled for piece in _without(rect, question.hidden)),
        partial=None,
        equation=None,
        caption=Caption(""),
    )


def check(question: Question, guess: str | int, decimals: int = 2) -> bool:
    """Whether ``guess`` is right: an option's index (0-based), or what the class typed.

    A typed number is right when it shows as the answer does at ``decimals``, or lies within half a
    unit of the last shown decimal (the class computes with the rounded numbers it sees); a comma
    may be the decimal point and "−" the minus. For a softmax row, a key's text or its 1-based
    position. Raises ValueError for text that answers nothing, so that the class can retype it.
    """
    if isinstance(guess, int):
        return question.options[guess].right
    text = guess.strip()
    if question.kind == KEY:
        return _is_best_key(question, text)
    number = read_number(text)
    if number is None or not math.isfinite(number):
        raise ValueError(f"{guess!r} is not a number")
    if question.kind == COUNT:
        return number == question.answer
    half_unit = 0.5 * 10.0**-decimals
    same_shown = shown_value(number, decimals) == shown_value(question.answer, decimals)
    return same_shown or abs(number - question.answer) <= half_unit * (1 + 1e-9)


def _is_best_key(question: Question, text: str) -> bool:
    """A key typed by name (any case; a repeated token names each of its places) or position."""
    named = [k for k, key in enumerate(question.keys) if key.casefold() == text.casefold()]
    if not named:
        number = read_number(text)
        if number is None or not number.is_integer() or not 1 <= number <= len(question.keys):
            raise ValueError(f"{text!r} is neither a key of the row nor its position")
        named = [int(number) - 1]
    return any(k in question.best for k in named)
