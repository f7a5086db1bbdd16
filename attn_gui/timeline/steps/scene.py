"""What the steps of one segment draw from, and the pieces every kind of step shares.

A segment is one stage (of one head); its steps are computed on demand from the step's
position inside it, so seeking anywhere costs the same as the next step.
"""

import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from attn_gui.core import AttentionTrace, TraceMatrix
from attn_gui.timeline.model import Caption, Rect, Step
from attn_gui.translatable import QT_TRANSLATE_NOOP

# How the lesson writes each matrix in captions: notation, the same in every language.


class At(NamedTuple):
    """Where a step sits: its index in the timeline, its place in the segment, the segment's size."""

    index: int
    local: int
    count: int


@dataclass(frozen=True)
class Scene:
    """One segment's stage, head and granularity with the matrices the stage shows."""

    trace: AttentionTrace
    stage: str
    head: int | None
    granularity: str
    operands: tuple[TraceMatrix, ...]
    result: TraceMatrix

    @property
    def rows(self) -> int:
        return self.result.array.shape[0]

    @property
    def columns(self) -> int:
        return self.result.array.shape[1]

    def whole(self) -> tuple[Rect, ...]:
        """The whole result as one rectangle: what the last step of every segment shows filled."""
        return ((0, self.rows, 0, self.columns),)

    def step(self, at: At, phase: str, caption: Caption, **parts: object) -> Step:
        """A Step of this segment; ``parts`` are Step's remaining fields. Unless given, ``where``
        says which row, cell or head of how many the step is (or that it is the whole stage)."""
        parts.setdefault("where", where(phase, at))
        return Step(
            index=at.index,
            stage=self.stage,
            head=self.head,
            local=at.local,
            count=at.count,
            phase=phase,
            caption=caption,
            **parts,
        )


class StepKind(NamedTuple):
    """How one kind of stage (stages.PRODUCT, stages.SOFTMAX …) counts and builds its steps."""

    count: Callable[[Scene], int]
    step: Callable[[Scene, At], Step]


# What one step is, for the step counter: "row 12 of 512" says more than "step 296463".
_WHERE = {
    "cell": QT_TRANSLATE_NOOP("Where", "cell {n} of {count}"),
    "row": QT_TRANSLATE_NOOP("Where", "row {n} of {count}"),
    "head": QT_TRANSLATE_NOOP("Where", "head {n} of {count}"),
    "stage": QT_TRANSLATE_NOOP("Where", "the whole stage at once"),
    "term": QT_TRANSLATE_NOOP("Where", "term {term} of {terms} of {cell}"),
    "exp": QT_TRANSLATE_NOOP("Where", "row {n} of {count}: the exponentials"),
    "row-sum": QT_TRANSLATE_NOOP("Where", "row {n} of {count}: their sum"),
    "divide-row": QT_TRANSLATE_NOOP("Where", "row {n} of {count}: the division"),
    "percent": QT_TRANSLATE_NOOP("Where", "row {n} of {count}: as percentages"),
}
ROW_PHASES = ("exp", "row-sum", "divide-row", "percent")  # softmax's moves on one row


def where(phase: str, at: At, **values: object) -> Caption:
    """Which unit of the segment a step is: its ``phase``'s unit, numbered from 1."""
    if phase in ROW_PHASES:
        return caption(_WHERE[phase], n=at.local // len(ROW_PHASES) + 1, count=at.count // len(ROW_PHASES))
    return caption(_WHERE[phase], n=at.local + 1, count=at.count, **values)


@lru_cache(maxsize=256)
def _placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def caption(template: str, **values: object) -> Caption:
    """A Caption holding just the values its template names, so callers may pass a common set."""
    wanted = _placeholders(template)
    return Caption(template, tuple((key, value) for key, value in values.items() if key in wanted))


def filled_before(rows: int, columns: int, row: int, column: int) -> tuple[Rect, ...]:
    """The cells before (row, column) in reading order: at most two rectangles, whole rows first.

    ``column`` may equal ``columns`` (the row is complete).
    """
    if column >= columns:
        row, column = row + 1, 0
    rects: list[Rect] = []
    if row > 0:
        rects.append((0, min(row, rows), 0, columns))
    if column > 0:
        rects.append((row, row + 1, 0, column))
    return tuple(rects)


def shape_text(matrix: TraceMatrix) -> str:
    """A matrix's shape as the lesson writes it: "(3, 4)"."""
    return str(tuple(matrix.array.shape))


def cells_count(granularity: str, rows: int, columns: int) -> int:
    """Steps of a stage computed cell by cell (term and cell steps are the same)."""
    return {"term": rows * columns, "cell": rows * columns, "row": rows, "stage": 1}[granularity]


def rows_count(granularity: str, rows: int) -> int:
    """Steps of a stage that moves whole rows: one per row, or a single one for the stage."""
    return 1 if granularity == "stage" else rows


CellStep = Callable[[Scene, At, int, int], Step]
RowStep = Callable[[Scene, At, int], Step]
WholeStep = Callable[[Scene, At], Step]


def by_cells(scene: Scene, at: At, cell: CellStep, row: RowStep, whole: WholeStep) -> Step:
    """Dispatch a cell-by-cell stage's step to the builder for its granularity."""
    if scene.granularity == "stage":
        return whole(scene, at)
    if scene.granularity == "row":
        return row(scene, at, at.local)
    i, j = divmod(at.local, scene.columns)
    return cell(scene, at, i, j)


def by_rows(scene: Scene, at: At, row: RowStep, whole: WholeStep) -> Step:
    """Dispatch a row-by-row stage's step: one row each, or the whole stage at once."""
    if scene.granularity == "stage":
        return whole(scene, at)
    return row(scene, at, at.local)
