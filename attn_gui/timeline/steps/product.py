"""Steps of a matrix product C = A · B: term by term, cell by cell, row by row, or at once.

A term step adds A[i, k] · B[k, j] to the running sum of C[i, j], summed in the order of
np.cumsum; the last term shows the trace's own value, so the cell ends exactly as computed.
"""

import numpy as np

from attn_gui.notation import MATRIX_SYMBOLS
from attn_gui.timeline.model import Band, Equation, Step
from attn_gui.timeline.steps.scene import At, Scene, StepKind, caption, filled_before, shape_text
from attn_gui.translatable import QT_TRANSLATE_NOOP

# Keyed by the unit a step computes; "rule-" for the first step of a product, which also says
# why the product is defined: A's columns equal B's rows.
_CAPTIONS = {
    "term": QT_TRANSLATE_NOOP(
        "Caption",
        "Term {term} of {terms} for {c}[{row}, {col}]: {a}[{row}, {k}] × {b}[{k}, {b_col}] = {x} × {y}, "
        "sum so far {sum}",
    ),
    "last-term": QT_TRANSLATE_NOOP(
        "Caption",
        "Term {term} of {terms}: {a}[{row}, {k}] × {b}[{k}, {b_col}] = {x} × {y}; "
        "every term added, so {c}[{row}, {col}] = {sum}",
    ),
    "cell": QT_TRANSLATE_NOOP(
        "Caption",
        "{c}[{row}, {col}] = {a}[{row}, :] · {b}[:, {b_col}], a dot product of {terms} terms = {sum}",
    ),
    "row": QT_TRANSLATE_NOOP(
        "Caption", "Row “{row}” of {c}: row “{row}” of {a} times each of the {columns} columns of {b}"
    ),
    "rule-term": QT_TRANSLATE_NOOP(
        "Caption",
        "{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. "
        "{c}[{row}, {col}] starts with {x} × {y}",
    ),
    "rule-cell": QT_TRANSLATE_NOOP(
        "Caption",
        "{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. "
        "First {c}[{row}, {col}] = {sum}",
    ),
    "rule-row": QT_TRANSLATE_NOOP(
        "Caption",
        "{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. "
        "First the row “{row}” of {c}",
    ),
    "rule-stage": QT_TRANSLATE_NOOP(
        "Caption",
        "{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}, so {c} = {a} · {b}",
    ),
}


def _count(scene: Scene) -> int:
    """(m × p) · (p × q): m·q·p terms, m·q cells, m rows, or one step."""
    cells = scene.rows * scene.columns
    terms = scene.operands[0].array.shape[1]
    return {"term": cells * terms, "cell": cells, "row": scene.rows, "stage": 1}[scene.granularity]


def _names(scene: Scene, i: int, j: int, k: int) -> dict[str, object]:
    """The labels a product's captions use, for cell (i, j) and term k."""
    a, b = scene.operands
    c = scene.result
    return {
        "a": MATRIX_SYMBOLS[a.name],
        "b": MATRIX_SYMBOLS[b.name],
        "c": MATRIX_SYMBOLS[c.name],
        "a_shape": shape_text(a),
        "b_shape": shape_text(b),
        "c_shape": shape_text(c),
        "terms": a.array.shape[1],
        "columns": c.array.shape[1],
        "row": c.rows[i],
        "col": c.columns[j],
        "b_col": b.columns[j],
        "k": a.columns[k],
        "term": k + 1,
    }


def _dot(scene: Scene, at: At, i: int, j: int, k: int) -> Step:
    """Cell (i, j) with its terms 0..k in; the last term completes the cell."""
    a, b = (m.array for m in scene.operands)
    left, right = a[i, : k + 1], b[: k + 1, j]
    complete = k == a.shape[1] - 1
    value = float(scene.result.array[i, j]) if complete else float(np.cumsum(left * right)[-1])
    phase = "term" if scene.granularity == "term" else "cell"
    key = f"rule-{phase}" if at.local == 0 else "last-term" if complete and phase == "term" else phase
    x, y = float(left[-1]), float(right[-1])
    text = caption(_CAPTIONS[key], **_names(scene, i, j, k), x=x, y=y, sum=value)
    left_name, right_name = (m.name for m in scene.operands)
    highlights = (
        Band(left_name, rows=(i,), cells=((i, k),) if phase == "term" else ()),
        Band(right_name, columns=(j,), cells=((k, j),) if phase == "term" else ()),
    )
    return scene.step(
        at,
        phase,
        text,
        highlights=highlights,
        filled=filled_before(scene.rows, scene.columns, i, j + complete),
        current=(i, j),
        partial=value,
        equation=Equation(
            "dot",
            terms=tuple(zip(left.tolist(), right.tolist(), strict=True)),
            value=value,
            complete=complete,
        ),
    )


def _step(scene: Scene, at: At) -> Step:
    terms, columns = scene.operands[0].array.shape[1], scene.columns
    if scene.granularity == "term":
        cell, k = divmod(at.local, terms)
        return _dot(scene, at, *divmod(cell, columns), k)
    if scene.granularity == "cell":
        return _dot(scene, at, *divmod(at.local, columns), terms - 1)
    left_name, right_name = (m.name for m in scene.operands)
    if scene.granularity == "row":
        i = at.local
        text = caption(_CAPTIONS["rule-row" if i == 0 else "row"], **_names(scene, i, 0, 0))
        highlights = (Band(left_name, rows=(i,)), Band(right_name, columns=tuple(range(columns))))
        return scene.step(at, "row", text, highlights=highlights, filled=((0, i + 1, 0, columns),))
    return scene.step(
        at, "stage", caption(_CAPTIONS["rule-stage"], **_names(scene, 0, 0, 0)), filled=scene.whole()
    )


PRODUCT_STEPS = StepKind(_count, _step)
