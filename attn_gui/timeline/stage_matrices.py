"""What a stage of a trace puts on screen, and its shapes as the lesson writes them."""

from dataclasses import dataclass

from attn_gui.core import AttentionTrace, TraceMatrix
from attn_gui.core.stage import ACTIVATION, BIAS, CONCAT, LAYER_NORM, PRODUCT, SCALE, SUM, TRANSPOSE


@dataclass(frozen=True)
class StageMatrices:
    """What a stage puts on screen: its operands, its result, and beside the result the key/value
    side's counterpart in cross-attention (X_kv next to X)."""

    operands: tuple[TraceMatrix, ...]
    result: TraceMatrix
    companions: tuple[TraceMatrix, ...] = ()


def stage_matrices(trace: AttentionTrace, name: str, head: int = 0) -> StageMatrices:
    """The labelled matrices of stage ``name``; ``head`` (0-based) matters for per-head stages."""
    stage = trace.stage(name)
    own = head if stage.per_head else None
    result = trace.get(name, own)
    if stage.kind == CONCAT:  # every head's block, side by side
        operands = tuple(trace.get(stage.operands[0], h) for h in range(trace.num_heads))
    else:
        operands = tuple(trace.operand(o, own) for o in stage.operands)
    return StageMatrices(operands, result, tuple(trace.get(c) for c in stage.companions))


def _shape(matrix: TraceMatrix) -> str:
    return str(tuple(matrix.array.shape))


def shape_equation(trace: AttentionTrace, name: str, head: int = 0) -> str:
    """The shapes in and out, as the lesson writes them: "(3, 4) · (4, 2) → (3, 2)"."""
    kind = trace.stage(name).kind
    shown = stage_matrices(trace, name, head)
    result = _shape(shown.result)
    ops = [_shape(m) for m in shown.operands]
    if kind == PRODUCT:
        return f"{ops[0]} · {ops[1]} → {result}"
    if kind in (SUM, BIAS):
        return f"{ops[0]} + {ops[1]} → {result}"
    if kind == LAYER_NORM:
        return f"LayerNorm{ops[0]} · {ops[1]} + {ops[2]} → {result}"
    if kind == ACTIVATION:
        return f"{trace.stage(name).function.upper()}{ops[0]} → {result}"
    if kind == CONCAT:
        return f"{len(ops)} × {ops[0]} → {result}"
    if kind == TRANSPOSE:
        return f"{ops[0]}ᵀ → {result}"
    if kind == SCALE:
        divisor = f"√{trace.dims.d_k}" if trace.scale else "1"
        return f"{ops[0]} ÷ {divisor} → {result}"
    return f"{ops[0]} → {result}" if ops else result
