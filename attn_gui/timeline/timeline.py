"""The whole lesson as one immutable sequence of Steps, computed on demand.

Building a timeline only counts the steps of each segment (a stage, or a stage of one head);
``timeline[i]`` finds the segment by bisection and computes the step from its position, so
seeking to step 10 million costs what the next step costs and nothing is replayed.

Phases a Step can have: "row" (input rows, Kᵀ, the mask, softmax at row granularity),
"term", "cell", "head" (concatenation), "stage", and softmax's "exp", "row-sum",
"divide-row", "percent".
"""

import dataclasses
import operator
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from attn_gui.core import AttentionTrace, Stage
from attn_gui.core.stage import (
    ACTIVATION,
    BIAS,
    CONCAT,
    INPUT,
    LAYER_NORM,
    MASK,
    PRODUCT,
    SCALE,
    SOFTMAX,
    SUM,
    TRANSPOSE,
)
from attn_gui.timeline.model import AUTO_STEPS, FIXED_GRANULARITIES, GRANULARITIES, Step
from attn_gui.timeline.stage_matrices import stage_matrices
from attn_gui.timeline.steps.cellwise import CELLWISE_STEPS
from attn_gui.timeline.steps.copy import CONCAT_STEPS, INPUT_STEPS, TRANSPOSE_STEPS
from attn_gui.timeline.steps.elementwise import ELEMENTWISE_STEPS, SUM_STEPS
from attn_gui.timeline.steps.layer_norm import LAYER_NORM_STEPS
from attn_gui.timeline.steps.mask import MASK_STEPS
from attn_gui.timeline.steps.product import PRODUCT_STEPS
from attn_gui.timeline.steps.scene import At, Scene, StepKind
from attn_gui.timeline.steps.softmax import SOFTMAX_STEPS

_KINDS: dict[str, StepKind] = {
    INPUT: INPUT_STEPS,
    SUM: SUM_STEPS,
    PRODUCT: PRODUCT_STEPS,
    TRANSPOSE: TRANSPOSE_STEPS,
    SCALE: CELLWISE_STEPS,
    MASK: MASK_STEPS,
    SOFTMAX: SOFTMAX_STEPS,
    CONCAT: CONCAT_STEPS,
    BIAS: ELEMENTWISE_STEPS,
    LAYER_NORM: LAYER_NORM_STEPS,
    ACTIVATION: ELEMENTWISE_STEPS,
}


@dataclass(frozen=True)
class Segment:
    """The steps of one stage (for per-head stages, of one head): ``start`` … ``start + count - 1``."""

    stage: str
    head: int | None
    start: int
    count: int

    @property
    def stop(self) -> int:
        return self.start + self.count


def _pipeline(stages: tuple[Stage, ...], num_heads: int) -> Iterator[tuple[Stage, int | None]]:
    """Stages in lesson order; each run of per-head stages is repeated for each head in turn, so
    a head's whole path from Q to Z plays before the next head's."""
    start = 0
    while start < len(stages):
        if not stages[start].per_head:
            yield stages[start], None
            start += 1
            continue
        stop = start
        while stop < len(stages) and stages[stop].per_head:
            stop += 1
        for head in range(num_heads):
            yield from ((stage, head) for stage in stages[start:stop])
        start = stop


def _scene(scene: Scene, kind: StepKind) -> tuple[Scene, int]:
    """The segment's scene and step count; "auto" becomes the finest granularity that keeps the
    stage within AUTO_STEPS (a 3-token product term by term, a 512-row softmax row by row)."""
    if scene.granularity != "auto":
        return scene, kind.count(scene)
    for granularity in FIXED_GRANULARITIES:
        fixed = dataclasses.replace(scene, granularity=granularity)
        count = kind.count(fixed)
        if count <= AUTO_STEPS or granularity == FIXED_GRANULARITIES[-1]:
            return fixed, count
    raise AssertionError("unreachable: the last granularity is always taken")


class Timeline(Sequence[Step]):
    """Every step of the lesson for one trace at one granularity; a read-only Sequence of Steps."""

    __slots__ = ("_by_stage", "_kinds", "_scenes", "_starts", "granularity", "segments", "trace")
    trace: AttentionTrace
    granularity: str
    segments: tuple[Segment, ...]  # one per stage (per head for per-head stages), in pipeline order

    def __init__(self, trace: AttentionTrace, granularity: str = "term") -> None:
        if granularity not in GRANULARITIES:
            raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}, got {granularity!r}")
        scenes, kinds, segments = [], [], []
        start = 0
        for stage, head in _pipeline(trace.stages, trace.num_heads):
            shown = stage_matrices(trace, stage.name, head or 0)
            kind = _KINDS[stage.kind]
            scene, count = _scene(
                Scene(trace, stage.name, head, granularity, shown.operands, shown.result), kind
            )
            segments.append(Segment(stage.name, head, start, count))
            scenes.append(scene)
            kinds.append(kind)
            start += count
        set_ = object.__setattr__
        set_(self, "trace", trace)
        set_(self, "granularity", granularity)
        set_(self, "segments", tuple(segments))
        set_(self, "_starts", tuple(s.start for s in segments))
        set_(self, "_scenes", tuple(scenes))
        set_(self, "_kinds", tuple(kinds))
        set_(self, "_by_stage", {(s.stage, s.head): n for n, s in enumerate(segments)})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Timeline is immutable")

    def __len__(self) -> int:
        return self.segments[-1].stop

    def _position(self, index: int) -> tuple[int, int]:
        """(segment number, normalised index) of ``index``; negative counts from the end."""
        index = operator.index(index)
        length = len(self)
        if index < 0:
            index += length
        if not 0 <= index < length:
            raise IndexError(f"step {index} is outside the timeline's {length} steps")
        return bisect_right(self._starts, index) - 1, index

    def _step(self, number: int, index: int) -> Step:
        segment = self.segments[number]
        at = At(index, index - segment.start, segment.count)
        return self._kinds[number].step(self._scenes[number], at)

    @overload
    def __getitem__(self, index: int) -> Step: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Step, ...]: ...

    def __getitem__(self, index: int | slice) -> Step | tuple[Step, ...]:
        """Step ``index`` computed from its position; a slice gives a tuple of steps."""
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        return self._step(*self._position(index))

    def __iter__(self) -> Iterator[Step]:
        """Every step in order, segment by segment, without bisecting for each one."""
        for number, segment in enumerate(self.segments):
            for index in range(segment.start, segment.stop):
                yield self._step(number, index)

    def segment_at(self, index: int) -> Segment:
        """The segment holding step ``index`` (negative counts from the end)."""
        return self.segments[self._position(index)[0]]

    def _segment(self, stage: str, head: int | None) -> Segment:
        per_head = (stage, 0) in self._by_stage  # other stages have one segment, whatever the head
        key = (stage, (0 if head is None else head) if per_head else None)
        try:
            return self.segments[self._by_stage[key]]
        except KeyError:
            raise ValueError(f"no stage {stage!r} for head {head!r} in this timeline") from None

    def start_of(self, stage: str, head: int | None = None) -> int:
        """The first step of ``stage``; for a per-head stage of ``head`` (0-based, default 0).

        ``head`` is ignored for the other stages, so a view can pass its current head along."""
        return self._segment(stage, head).start

    def stage_starts(self) -> tuple[int, ...]:
        """The first step of every segment, in order: marks for the scrub slider."""
        return self._starts

    def index_of(self, stage: str, head: int | None, local: int) -> int:
        """The timeline index of step ``local`` (0-based) of ``stage`` for ``head``."""
        segment = self._segment(stage, head)
        if not 0 <= local < segment.count:
            raise IndexError(f"{stage!r} has {segment.count} steps, not a step {local}")
        return segment.start + local

    def __repr__(self) -> str:
        return f"<Timeline {self.granularity}: {len(self)} steps in {len(self.segments)} segments>"


def build_timeline(trace: AttentionTrace, granularity: str = "term") -> Timeline:
    """The lesson's steps for ``trace``: "term" shows every product term, "cell" every cell,
    "row" every row, "stage" one step a stage, "auto" each stage as finely as a few hundred steps
    allow. Raises ValueError for another granularity."""
    return Timeline(trace, granularity)
