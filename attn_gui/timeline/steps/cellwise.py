"""Steps of the stages computed cell by cell: X_in = X + PE and the scaling S / √d_k.

Each cell step shows one cell's arithmetic; a row step fills a row; a stage step all of it.
Values come from the trace, so the animation ends on exactly what was computed. When the
switch behind a stage is off (positional encoding, scaling) the captions say so.
"""

import math

from attn_gui.timeline.model import Band, Caption, Equation, Step
from attn_gui.timeline.steps.scene import (
    At,
    Scene,
    StepKind,
    by_cells,
    caption,
    cells_count,
    filled_before,
    shape_text,
)
from attn_gui.translatable import QT_TRANSLATE_NOOP

# Keyed by stage, "-off" when its switch is off, and the unit a step computes.
_CAPTIONS = {
    "x_in-cell": QT_TRANSLATE_NOOP(
        "Caption", "X_in[{row}, {col}] = X[{row}, {col}] + PE[{row}, {col}] = {x} + {pe} = {value}"
    ),
    "x_in-row": QT_TRANSLATE_NOOP("Caption", "Row “{row}”: X_in = X + PE, cell by cell"),
    "x_in-stage": QT_TRANSLATE_NOOP("Caption", "X_in = X + PE, cell by cell: {shape} + {shape} → {shape}"),
    "x_in-off-cell": QT_TRANSLATE_NOOP(
        "Caption", "Positional encoding is off: X_in[{row}, {col}] = X[{row}, {col}] = {value}"
    ),
    "x_in-off-row": QT_TRANSLATE_NOOP(
        "Caption", "Positional encoding is off: row “{row}” of X_in is row “{row}” of X"
    ),
    "x_in-off-stage": QT_TRANSLATE_NOOP("Caption", "Positional encoding is off: X_in = X, {shape}"),
    "scaled-cell": QT_TRANSLATE_NOOP(
        "Caption", "S[{row}, {col}] ÷ {root} = {score} ÷ {divisor} = {value}, one score scaled"
    ),
    "scaled-row": QT_TRANSLATE_NOOP("Caption", "Row “{row}” of S ÷ {root}: every score divided by {divisor}"),
    "scaled-stage": QT_TRANSLATE_NOOP(
        "Caption", "S ÷ {root}: every score divided by {divisor}, so that softmax does not saturate"
    ),
    "scaled-off-cell": QT_TRANSLATE_NOOP(
        "Caption", "Scaling is off: S[{row}, {col}] ÷ 1 = {value}, unchanged"
    ),
    "scaled-off-row": QT_TRANSLATE_NOOP(
        "Caption", "Scaling is off: row “{row}” of S is divided by 1, unchanged"
    ),
    "scaled-off-stage": QT_TRANSLATE_NOOP(
        "Caption", "Scaling is off: every score is divided by 1 and passes unchanged"
    ),
}


def _on(scene: Scene) -> bool:
    """Whether the stage's switch is on: positional encoding for X_in, scaling for S / √d_k."""
    return scene.trace.positional_encoding if scene.stage == "x_in" else scene.trace.scale


def _caption(scene: Scene, unit: str, **values: object) -> Caption:
    key = f"{scene.stage}{'' if _on(scene) else '-off'}-{unit}"
    return caption(_CAPTIONS[key], **_stage_values(scene), **values)


def _divisor(scene: Scene) -> tuple[float, str]:
    """The number the scores are divided by and how the equation labels it ("√2", or "1")."""
    if not scene.trace.scale:
        return 1.0, "1"
    d_k = scene.trace.dims.d_k
    return math.sqrt(d_k), f"√{d_k}"


def _stage_values(scene: Scene) -> dict[str, object]:
    divisor, root = _divisor(scene)
    return {"shape": shape_text(scene.result), "divisor": divisor, "root": root}


def _operands(scene: Scene) -> tuple[str, ...]:
    """The matrices a step reads: X and PE (X alone without positional encoding), or S."""
    names = tuple(m.name for m in scene.operands)
    return names[:1] if scene.stage == "x_in" and not _on(scene) else names


def _equation(scene: Scene, i: int, j: int, value: float) -> tuple[Equation, dict[str, object]]:
    """Cell (i, j)'s arithmetic, and the numbers its caption names."""
    if scene.stage == "x_in":
        x, pe = (float(m.array[i, j]) for m in scene.operands)
        added = pe if _on(scene) else 0.0
        return Equation("sum", terms=((x, added),), value=value, complete=True), {"x": x, "pe": pe}
    score = float(scene.operands[0].array[i, j])
    divisor, root = _divisor(scene)
    equation = Equation("divide", terms=((score, divisor),), value=value, label=root, complete=True)
    return equation, {"score": score}


def _cell(scene: Scene, at: At, i: int, j: int) -> Step:
    """Cell (i, j) computed: it joins the filled cells and shows its value."""
    value = float(scene.result.array[i, j])
    equation, numbers = _equation(scene, i, j, value)
    labels = {"row": scene.result.rows[i], "col": scene.result.columns[j]}
    return scene.step(
        at,
        "cell",
        _caption(scene, "cell", value=value, **labels, **numbers),
        highlights=tuple(Band(name, cells=((i, j),)) for name in _operands(scene)),
        filled=filled_before(scene.rows, scene.columns, i, j + 1),
        current=(i, j),
        partial=value,
        equation=equation,
    )


def _row(scene: Scene, at: At, i: int) -> Step:
    return scene.step(
        at,
        "row",
        _caption(scene, "row", row=scene.result.rows[i]),
        highlights=tuple(Band(name, rows=(i,)) for name in _operands(scene)),
        filled=((0, i + 1, 0, scene.columns),),
    )


def _whole(scene: Scene, at: At) -> Step:
    return scene.step(at, "stage", _caption(scene, "stage"), filled=scene.whole())


CELLWISE_STEPS = StepKind(
    lambda scene: cells_count(scene.granularity, scene.rows, scene.columns),
    lambda scene, at: by_cells(scene, at, _cell, _row, _whole),
)
