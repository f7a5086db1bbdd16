"""What the timeline tests share: walking a segment, reading filled cells and caption numbers,
and the operands of every product rebuilt from the trace by hand (not by product_matrices)."""

import math
from collections.abc import Iterator

import numpy as np

from attn_gui.core import AttentionTrace
from attn_gui.timeline.model import Step
from attn_gui.timeline.timeline import Segment, Timeline


def segments_with_steps(timeline: Timeline) -> Iterator[tuple[Segment, list[Step]]]:
    """Each segment with its steps, read in order from the start."""
    steps = iter(timeline)
    for segment in timeline.segments:
        yield segment, [next(steps) for _ in range(segment.count)]


def cells_of(filled: tuple[tuple[int, int, int, int], ...], shape: tuple[int, int]) -> set[tuple[int, int]]:
    """The cells the rectangles cover; they must be non-empty, inside ``shape`` and disjoint."""
    cells: set[tuple[int, int]] = set()
    for top, bottom, left, right in filled:
        assert 0 <= top < bottom <= shape[0], (filled, shape)
        assert 0 <= left < right <= shape[1], (filled, shape)
        rect = {(r, c) for r in range(top, bottom) for c in range(left, right)}
        assert not rect & cells, f"overlapping rectangles {filled}"
        cells |= rect
    return cells


def cells_before(shape: tuple[int, int], i: int, j: int) -> set[tuple[int, int]]:
    """Cells that come before (i, j) in reading order."""
    return {(r, c) for r in range(shape[0]) for c in range(shape[1]) if (r, c) < (i, j)}


def whole_rows(shape: tuple[int, int], rows: int) -> set[tuple[int, int]]:
    return {(r, c) for r in range(rows) for c in range(shape[1])}


def numbers(step: Step) -> dict[str, float]:
    """The caption's numbers (floats; counts and positions are ints, labels strings)."""
    return {key: value for key, value in step.caption.values if isinstance(value, float)}


def operands(trace: AttentionTrace, stage: str, head: int | None) -> tuple[np.ndarray, np.ndarray]:
    """A and B of the product stage, sliced from the trace's full matrices by hand."""
    dims = trace.dims
    x_in = trace.get("x_in").array
    x_kv_in = trace.get("x_kv_in").array if trace.cross else x_in

    def block(name: str, width: int) -> np.ndarray:
        return trace.get(name).array[:, head * width : (head + 1) * width]

    return {
        "q": lambda: (x_in, block("w_q", dims.d_k)),
        "k": lambda: (x_kv_in, block("w_k", dims.d_k)),
        "v": lambda: (x_kv_in, block("w_v", dims.d_v)),
        "scores": lambda: (trace.get("q", head).array, trace.get("k", head).array.T),
        "head_output": lambda: (trace.get("weights", head).array, trace.get("v", head).array),
        "output": lambda: (trace.get("concat").array, trace.get("w_o").array),
    }[stage]()


PRODUCTS = {
    "q": ("x_in", "w_q"),
    "k": ("x_kv_in", "w_k"),
    "v": ("x_kv_in", "w_v"),
    "scores": ("q", "k_t"),
    "head_output": ("weights", "v"),
    "output": ("concat", "w_o"),
}


def operand_names(trace: AttentionTrace, stage: str) -> tuple[str, str]:
    left, right = PRODUCTS[stage]  # the names the highlights use, as the curriculum writes them
    return ("x_in" if left == "x_kv_in" and not trace.cross else left), right


def divisor(trace: AttentionTrace) -> float:
    return math.sqrt(trace.dims.d_k) if trace.scale else 1.0
