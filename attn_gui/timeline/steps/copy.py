"""Steps of the stages that move numbers without changing them: the input rows of X and PE,
the transpose Kᵀ (row r of K becomes column r), and the concatenation of the heads' Z."""

from attn_gui.timeline.model import Band, Caption, Equation, Step
from attn_gui.timeline.steps.scene import At, Scene, StepKind, by_rows, caption, rows_count, shape_text
from attn_gui.translatable import QT_TRANSLATE_NOOP

# Keyed by stage and the unit a step moves: a row, a head's block (concat), or the whole stage.
_CAPTIONS = {
    "x-row": QT_TRANSLATE_NOOP(
        "Caption",
        "Token {position}, “{token}”, becomes row {position} of X: its embedding of {d_model} numbers",
    ),
    "x-stage": QT_TRANSLATE_NOOP("Caption", "X: {n} tokens, one embedding row each, {shape}"),
    "pe-row": QT_TRANSLATE_NOOP(
        "Caption", "Position {position} (“{token}”) gets its own sines and cosines: row {position} of PE"
    ),
    "pe-stage": QT_TRANSLATE_NOOP(
        "Caption", "PE: one row of sines and cosines per position, the shape of X, {shape}"
    ),
    # A real model's layer starts from its input: layer 1's embeddings, or the previous layer's output.
    "x_in-row": QT_TRANSLATE_NOOP(
        "Caption", "Word piece {position}, “{token}”, enters the layer as row {position}: {d_model} numbers"
    ),
    "x_in-stage": QT_TRANSLATE_NOOP("Caption", "X_in: the layer's input, one row per word piece, {shape}"),
    # The translator's cross-attention reads the decoder's rows; its output part, one row.
    "x_in-cross-row": QT_TRANSLATE_NOOP(
        "Caption", "Decoder row {position}, “{token}”, brings its {d_model} numbers: the query side"
    ),
    "x_in-cross-stage": QT_TRANSLATE_NOOP(
        "Caption", "X_in: the decoder's {n} rows so far, {shape}; beside it X_kv, the encoder's output"
    ),
    "x_in-output-row": QT_TRANSLATE_NOOP(
        "Caption", "The decoder's row for “{token}”: {d_model} numbers that choose the next word"
    ),
    "x_in-output-stage": QT_TRANSLATE_NOOP(
        "Caption", "X_in: the decoder's row at this step, {shape}, read by the next-word layer"
    ),
    "k_t-row": QT_TRANSLATE_NOOP(
        "Caption", "Row “{token}” of K becomes column “{token}” of Kᵀ: {in_shape} → {shape}"
    ),
    "k_t-stage": QT_TRANSLATE_NOOP("Caption", "Kᵀ: every row of K becomes a column, {in_shape} → {shape}"),
    "concat-head": QT_TRANSLATE_NOOP(
        "Caption", "Head {head}'s Z {in_shape} fills columns {first} to {last} of the concatenation {shape}"
    ),
    "concat-stage": QT_TRANSLATE_NOOP(
        "Caption", "The {heads} heads' Z side by side: {heads} × {in_shape} → {shape}"
    ),
}


def _caption(scene: Scene, unit: str, **values: object) -> Caption:
    """The stage's caption for ``unit`` (in the stage's variant, if it has one); ``in_shape`` is
    the shape of its (first) operand."""
    first = scene.operands[0] if scene.operands else scene.result
    variant = scene.trace.stage(scene.stage).variant
    return caption(
        _CAPTIONS["-".join(filter(None, (scene.stage, variant, unit)))],
        shape=shape_text(scene.result),
        in_shape=shape_text(first),
        n=scene.rows,
        d_model=scene.columns,
        heads=len(scene.operands),
        **values,
    )


def _input_row(scene: Scene, at: At, r: int) -> Step:
    """Row r of X or PE appears: the token's embedding, or its position's pattern."""
    return scene.step(
        at,
        "row",
        _caption(scene, "row", position=r + 1, token=scene.result.rows[r]),
        highlights=(Band(scene.stage, rows=(r,)),),
        filled=((0, r + 1, 0, scene.columns),),
        equation=Equation("copy", values=tuple(scene.result.array[r].tolist()), complete=True),
    )


def _transpose_row(scene: Scene, at: At, r: int) -> Step:
    """Row r of K is laid down as column r of Kᵀ."""
    k = scene.operands[0]
    return scene.step(
        at,
        "row",
        _caption(scene, "row", token=k.rows[r]),
        highlights=(Band(k.name, rows=(r,)), Band(scene.stage, columns=(r,))),
        filled=((0, scene.rows, 0, r + 1),),
        equation=Equation("copy", values=tuple(k.array[r].tolist()), complete=True),
    )


def _concat_head(scene: Scene, at: At, h: int) -> Step:
    """Head h's Z fills its block of columns, h·d_v to (h + 1)·d_v."""
    width = scene.operands[h].array.shape[1]
    block = tuple(range(h * width, (h + 1) * width))
    return scene.step(
        at,
        "head",
        _caption(scene, "head", head=h + 1, first=block[0] + 1, last=block[-1] + 1),
        highlights=(
            Band("head_output", columns=tuple(range(width)), head=h),
            Band(scene.stage, columns=block),
        ),
        filled=((0, scene.rows, 0, block[-1] + 1),),
    )


def _whole(scene: Scene, at: At) -> Step:
    return scene.step(at, "stage", _caption(scene, "stage"), filled=scene.whole())


INPUT_STEPS = StepKind(
    lambda scene: rows_count(scene.granularity, scene.rows),
    lambda scene, at: by_rows(scene, at, _input_row, _whole),
)
TRANSPOSE_STEPS = StepKind(
    lambda scene: rows_count(scene.granularity, scene.columns),
    lambda scene, at: by_rows(scene, at, _transpose_row, _whole),
)
CONCAT_STEPS = StepKind(
    lambda scene: rows_count(scene.granularity, len(scene.operands)),
    lambda scene, at: by_rows(scene, at, _concat_head, _whole),
)
