"""Steps of LayerNorm: each row centred on its mean and divided by its standard deviation, then
scaled by γ and shifted by β, feature by feature.

A row step shows the row's mean μ and variance σ² (the trace's ``{stage}_mean`` and
``{stage}_var``, shown beside the result) and fills the row; a cell step one cell's arithmetic.
"""

import math

from attn_gui.notation import MATRIX_SYMBOLS
from attn_gui.timeline.model import Band, Equation, Step
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

_CAPTIONS = {
    "cell": QT_TRANSLATE_NOOP(
        "Caption",
        "{c}[{row}, {col}] = ({x} − {mean}) ÷ √({var} + ε) × {gamma} + {beta} = {value}",
    ),
    "row": QT_TRANSLATE_NOOP(
        "Caption",
        "Row “{row}”: mean μ = {mean}, variance σ² = {var}; each cell becomes (x − μ) ÷ √(σ² + ε) × γ + β",
    ),
    "stage": QT_TRANSLATE_NOOP(
        "Caption",
        "LayerNorm row by row: {shape}, every row centred on its mean, scaled to variance 1, then × γ + β",
    ),
}


def _statistics(scene: Scene, i: int) -> tuple[float, float]:
    """Row i's mean and variance, as the layer computed them."""
    trace = scene.trace
    return (
        float(trace.get(f"{scene.stage}_mean").array[i, 0]),
        float(trace.get(f"{scene.stage}_var").array[i, 0]),
    )


def _statistic_bands(scene: Scene, i: int) -> tuple[Band, ...]:
    return (Band(f"{scene.stage}_mean", cells=((i, 0),)), Band(f"{scene.stage}_var", cells=((i, 0),)))


def _names(scene: Scene) -> dict[str, object]:
    return {"c": MATRIX_SYMBOLS.get(scene.stage, scene.stage), "shape": shape_text(scene.result)}


def _cell(scene: Scene, at: At, i: int, j: int) -> Step:
    x_matrix, gamma_matrix, beta_matrix = scene.operands
    x, gamma, beta = (
        float(x_matrix.array[i, j]),
        float(gamma_matrix.array[0, j]),
        float(beta_matrix.array[0, j]),
    )
    mean, var = _statistics(scene, i)
    value = float(scene.result.array[i, j])
    equation = Equation(
        "layer-norm",
        terms=((x, mean), (var, scene.trace.layer_norm_eps), (gamma, beta)),
        value=value,
        complete=True,
    )
    numbers = {"x": x, "mean": mean, "var": var, "gamma": gamma, "beta": beta, "value": value}
    return scene.step(
        at,
        "cell",
        caption(
            _CAPTIONS["cell"],
            **_names(scene),
            row=scene.result.rows[i],
            col=scene.result.columns[j],
            **numbers,
        ),
        highlights=(
            Band(x_matrix.name, rows=(i,), cells=((i, j),)),  # the whole row made μ and σ²
            Band(gamma_matrix.name, cells=((0, j),)),
            Band(beta_matrix.name, cells=((0, j),)),
            *_statistic_bands(scene, i),
        ),
        filled=filled_before(scene.rows, scene.columns, i, j + 1),
        current=(i, j),
        partial=value,
        equation=equation,
    )


def _row(scene: Scene, at: At, i: int) -> Step:
    x_matrix, gamma_matrix, beta_matrix = scene.operands
    mean, var = _statistics(scene, i)
    deviation = math.sqrt(var + scene.trace.layer_norm_eps)
    return scene.step(
        at,
        "row",
        caption(_CAPTIONS["row"], **_names(scene), row=scene.result.rows[i], mean=mean, var=var),
        highlights=(
            Band(x_matrix.name, rows=(i,)),
            Band(gamma_matrix.name, rows=(0,)),
            Band(beta_matrix.name, rows=(0,)),
            *_statistic_bands(scene, i),
        ),
        filled=((0, i + 1, 0, scene.columns),),
        equation=Equation("moments", terms=((mean, var),), value=deviation, complete=True),
    )


def _whole(scene: Scene, at: At) -> Step:
    return scene.step(at, "stage", caption(_CAPTIONS["stage"], **_names(scene)), filled=scene.whole())


LAYER_NORM_STEPS = StepKind(
    lambda scene: cells_count(scene.granularity, scene.rows, scene.columns),
    lambda scene, at: by_cells(scene, at, _cell, _row, _whole),
)
