"""Steps of a real layer's cell-by-cell stages: a sum of two matrices (the residual), a bias row
added to every row, and an activation function (GELU).

Like the toy's X_in = X + PE, each cell step shows one cell's arithmetic, a row step fills a row
and a stage step all of it; the values come from the trace, so the animation ends on exactly what
was computed.
"""

import math

from attn_gui.core.stage import ACTIVATION, BIAS
from attn_gui.notation import MATRIX_SYMBOLS
from attn_gui.timeline.model import Band, Caption, Equation, Step
from attn_gui.timeline.steps.cellwise import CELLWISE_STEPS
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

# Keyed by what the stage does ("sum", "bias", or its activation function) and the unit a step computes.
_CAPTIONS = {
    "sum-cell": QT_TRANSLATE_NOOP(
        "Caption", "{c}[{row}, {col}] = {a}[{row}, {col}] + {b}[{row}, {col}] = {x} + {y} = {value}"
    ),
    "sum-row": QT_TRANSLATE_NOOP("Caption", "Row “{row}”: {c} = {a} + {b}, cell by cell"),
    "sum-stage": QT_TRANSLATE_NOOP("Caption", "{c} = {a} + {b}, cell by cell: {shape} + {shape} → {shape}"),
    "bias-cell": QT_TRANSLATE_NOOP(
        "Caption", "{c}[{row}, {col}] = {a}[{row}, {col}] + {b}[{col}] = {x} + {y} = {value}"
    ),
    "bias-row": QT_TRANSLATE_NOOP("Caption", "Row “{row}”: the bias row {b} added to row “{row}” of {a}"),
    "bias-stage": QT_TRANSLATE_NOOP(
        "Caption", "{c} = {a} + {b}: the same bias row added to each of the {rows} rows"
    ),
    "gelu-cell": QT_TRANSLATE_NOOP(
        "Caption", "{c}[{row}, {col}] = GELU({x}) = {x} × Φ({x}) = {x} × {phi} = {value}"
    ),
    "gelu-row": QT_TRANSLATE_NOOP("Caption", "Row “{row}”: GELU of every number, x × Φ(x), cell by cell"),
    "gelu-stage": QT_TRANSLATE_NOOP("Caption", "GELU cell by cell, x × Φ(x): {shape} → {shape}"),
}


def normal_cdf(x: float) -> float:
    """Φ(x), the probability that a standard normal variable lies below x: GELU's weight."""
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def _what(scene: Scene) -> str:
    stage = scene.trace.stage(scene.stage)
    if stage.kind == ACTIVATION:
        return stage.function
    return "bias" if stage.kind == BIAS else "sum"


def _names(scene: Scene) -> dict[str, object]:
    symbols = [MATRIX_SYMBOLS.get(m.name, m.name) for m in (*scene.operands, scene.result)]
    names = dict(zip(("a", "b")[: len(scene.operands)], symbols, strict=False))
    return {**names, "c": symbols[-1], "shape": shape_text(scene.result), "rows": scene.rows}


def _caption(scene: Scene, unit: str, **values: object) -> Caption:
    return caption(_CAPTIONS[f"{_what(scene)}-{unit}"], **_names(scene), **values)


def _cell_bands(scene: Scene, i: int, j: int) -> tuple[Band, ...]:
    """The operand cells that make result cell (i, j): a bias row has one row, used by every row."""
    own = (Band(scene.operands[0].name, cells=((i, j),)),)
    if len(scene.operands) == 1:
        return own
    other = (0, j) if _what(scene) == "bias" else (i, j)
    return (*own, Band(scene.operands[1].name, cells=(other,)))


def _equation(scene: Scene, i: int, j: int, value: float) -> tuple[Equation, dict[str, object]]:
    x = float(scene.operands[0].array[i, j])
    what = _what(scene)
    if what in ("sum", "bias"):
        y = float(scene.operands[1].array[0 if what == "bias" else i, j])
        return Equation("sum", terms=((x, y),), value=value, complete=True), {"x": x, "y": y}
    phi = normal_cdf(x)
    equation = Equation("activation", terms=((x, phi),), value=value, label=what, complete=True)
    return equation, {"x": x, "phi": phi}


def _cell(scene: Scene, at: At, i: int, j: int) -> Step:
    value = float(scene.result.array[i, j])
    equation, numbers = _equation(scene, i, j, value)
    labels = {"row": scene.result.rows[i], "col": scene.result.columns[j]}
    return scene.step(
        at,
        "cell",
        _caption(scene, "cell", value=value, **labels, **numbers),
        highlights=_cell_bands(scene, i, j),
        filled=filled_before(scene.rows, scene.columns, i, j + 1),
        current=(i, j),
        partial=value,
        equation=equation,
    )


def _row(scene: Scene, at: At, i: int) -> Step:
    own = (Band(scene.operands[0].name, rows=(i,)),)
    bias = _what(scene) == "bias"
    other = (Band(scene.operands[1].name, rows=(0 if bias else i,)),) if len(scene.operands) > 1 else ()
    return scene.step(
        at,
        "row",
        _caption(scene, "row", row=scene.result.rows[i]),
        highlights=own + other,
        filled=((0, i + 1, 0, scene.columns),),
    )


def _whole(scene: Scene, at: At) -> Step:
    return scene.step(at, "stage", _caption(scene, "stage"), filled=scene.whole())


ELEMENTWISE_STEPS = StepKind(
    lambda scene: cells_count(scene.granularity, scene.rows, scene.columns),
    lambda scene, at: by_cells(scene, at, _cell, _row, _whole),
)

# The toy's X_in = X + PE keeps its own captions (and its switch); any other sum is generic.
SUM_STEPS = StepKind(
    ELEMENTWISE_STEPS.count,
    lambda scene, at: (CELLWISE_STEPS if scene.stage == "x_in" else ELEMENTWISE_STEPS).step(scene, at),
)
