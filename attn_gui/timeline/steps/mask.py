"""Steps of the mask: with a causal mask, row i's future positions (j > i) turn to −∞ one row
at a time; without a mask a single step says that the scores pass unchanged."""

import math

from attn_gui.timeline.model import Band, Equation, Step
from attn_gui.timeline.steps.scene import At, Scene, StepKind, by_rows, caption, rows_count
from attn_gui.translatable import QT_TRANSLATE_NOOP

_CAPTIONS = {
    "none": QT_TRANSLATE_NOOP(
        "Caption", "No mask: nothing is hidden, so the scaled scores pass on unchanged"
    ),
    "row": QT_TRANSLATE_NOOP(
        "Caption", "Row “{row}” may see keys 1 to {seen}; the {hidden} later positions (j > i) become −∞"
    ),
    "row-nothing-later": QT_TRANSLATE_NOOP(
        "Caption", "Row “{row}” may see keys 1 to {seen}: no later position to hide, the row is unchanged"
    ),
    "stage": QT_TRANSLATE_NOOP(
        "Caption", "Causal mask: the {hidden} scores above the diagonal (j > i) become −∞, no peeking ahead"
    ),
}


def _causal(scene: Scene) -> bool:
    return scene.trace.mask == "causal"


def _count(scene: Scene) -> int:
    return rows_count(scene.granularity, scene.rows) if _causal(scene) else 1


def _seen(scene: Scene, i: int) -> int:
    """How many keys row i may see: positions 0..i (the mask is aligned at the top left)."""
    return min(i + 1, scene.columns)


def _row(scene: Scene, at: At, i: int) -> Step:
    """Row i: each score plus M, where M is 0 for keys up to i and −∞ after."""
    scores = scene.operands[0].array[i].tolist()
    seen = _seen(scene, i)
    offsets = [0.0] * seen + [-math.inf] * (scene.columns - seen)
    hidden = scene.columns - seen
    text = caption(
        _CAPTIONS["row" if hidden else "row-nothing-later"],
        row=scene.result.rows[i],
        seen=seen,
        hidden=hidden,
    )
    highlights = (Band(scene.operands[0].name, rows=(i,)),)
    if hidden:
        highlights += (Band(scene.stage, cells=tuple((i, j) for j in range(seen, scene.columns))),)
    return scene.step(
        at,
        "row",
        text,
        highlights=highlights,
        filled=((0, i + 1, 0, scene.columns),),
        equation=Equation(
            "mask",
            terms=tuple(zip(scores, offsets, strict=True)),
            results=tuple(scene.result.array[i].tolist()),
            complete=True,
        ),
    )


def _whole(scene: Scene, at: At) -> Step:
    if not _causal(scene):
        return scene.step(at, "stage", caption(_CAPTIONS["none"]), filled=scene.whole())
    hidden = sum(scene.columns - _seen(scene, i) for i in range(scene.rows))
    return scene.step(at, "stage", caption(_CAPTIONS["stage"], hidden=hidden), filled=scene.whole())


MASK_STEPS = StepKind(
    _count, lambda scene, at: by_rows(scene, at, _row, _whole) if _causal(scene) else _whole(scene, at)
)
