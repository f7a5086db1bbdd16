"""The answers offered for a cell: its value and three wrong ones a class could plausibly reach.

The wrong ones are the slips of the stage's own arithmetic (a sign, a forgotten term, adding
instead of multiplying, dividing by d_k instead of √d_k …), then plain stand-ins where those
coincide. No two options show alike at the user's decimals, and the same cell always gets the
same order, so a question reads the same when it is asked again.
"""

import itertools
import math
import random
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from attn_gui.core import AttentionTrace
from attn_gui.core.stage import PRODUCT, SCALE
from attn_gui.notation import MATRIX_SYMBOLS
from attn_gui.timeline.model import Caption
from attn_gui.timeline.stage_matrices import StageMatrices, stage_matrices
from attn_gui.timeline.steps.scene import caption
from attn_gui.translatable import QT_TRANSLATE_NOOP

OPTIONS = 4

_PROMPTS = {
    PRODUCT: QT_TRANSLATE_NOOP(
        "Quiz", "What is {c}[{row}, {col}]? Row “{row}” of {a} times column “{b_col}” of {b}."
    ),
    "sum": QT_TRANSLATE_NOOP("Quiz", "What is X_in[{row}, {col}] = X[{row}, {col}] + PE[{row}, {col}]?"),
    "sum-off": QT_TRANSLATE_NOOP("Quiz", "What is X_in[{row}, {col}]? Positional encoding is off."),
    SCALE: QT_TRANSLATE_NOOP("Quiz", "What is {c}[{row}, {col}] = S[{row}, {col}] ÷ {root}?"),
}


@dataclass(frozen=True)
class Option:
    """One answer offered: a number (a value or a count), or for a softmax row one of its keys
    (``key``, 0-based; ``value`` is then its weight)."""

    value: float
    right: bool
    key: int | None = None


def shown_value(value: float, decimals: int) -> float:
    """``value`` as it shows at ``decimals`` (−0.00 the same as 0.00)."""
    return round(value, decimals) + 0.0


Slips = Callable[[AttentionTrace, StageMatrices, int, int], tuple[Caption, list[float]]]


def _product(trace: AttentionTrace, shown: StageMatrices, i: int, j: int) -> tuple[Caption, list[float]]:
    (a, b), c = shown.operands, shown.result
    terms = a.array[i] * b.array[:, j]
    value = float(c.array[i, j])
    largest = float(terms[np.argmax(np.abs(terms))])
    slips = [
        value - 2 * largest,  # the largest term's sign slipped
        value - float(terms[-1]),  # the last term forgotten
        float(np.sum(a.array[i] + b.array[:, j])),  # added instead of multiplied
        value / math.sqrt(trace.dims.d_k),  # scaled a stage too early
    ]
    names = {"a": a.name, "b": b.name, "c": c.name}
    prompt = caption(
        _PROMPTS[PRODUCT],
        **{key: MATRIX_SYMBOLS[name] for key, name in names.items()},
        row=c.rows[i],
        col=c.columns[j],
        b_col=b.columns[j],
    )
    return prompt, slips


def _sum(trace: AttentionTrace, shown: StageMatrices, i: int, j: int) -> tuple[Caption, list[float]]:
    x, pe = (float(m.array[i, j]) for m in shown.operands)
    key = "sum" if trace.positional_encoding else "sum-off"
    prompt = caption(_PROMPTS[key], row=shown.result.rows[i], col=shown.result.columns[j])
    return prompt, [x - pe, x + pe, x, pe]  # whichever is the answer drops out


def _scale(trace: AttentionTrace, shown: StageMatrices, i: int, j: int) -> tuple[Caption, list[float]]:
    score = float(shown.operands[0].array[i, j])
    d_k = trace.dims.d_k
    root = math.sqrt(d_k)
    result = shown.result
    prompt = caption(
        _PROMPTS[SCALE],
        c=MATRIX_SYMBOLS[result.name],
        row=result.rows[i],
        col=result.columns[j],
        root=f"√{d_k}" if trace.scale else "1",
    )
    return prompt, [score, score / root, score / d_k, score * root]  # the answer drops out


_SLIPS: dict[str, Slips] = {PRODUCT: _product, SCALE: _scale}


def cell_prompt_and_options(
    trace: AttentionTrace, stage: str, head: int | None, i: int, j: int, decimals: int
) -> tuple[Caption, tuple[Option, ...]]:
    """The question for cell (i, j) of a sum, product or scaling stage, and its four options."""
    shown = stage_matrices(trace, stage, head or 0)
    prompt, slips = _SLIPS.get(trace.stage(stage).kind, _sum)(trace, shown, i, j)
    seed = zlib.crc32(f"{stage} {head} {i} {j}".encode())  # str hashes vary between runs
    return prompt, _options(float(shown.result.array[i, j]), slips, decimals, seed)


def _stand_ins(value: float) -> Iterator[float]:
    """Wrong answers of last resort: the sign flipped, doubled, halved, then ±1, ±2, …"""
    yield from (-value, 2 * value, value / 2)
    for k in itertools.count(1):
        yield from (value + k, value - k)


def _options(value: float, slips: list[float], decimals: int, seed: int) -> tuple[Option, ...]:
    taken = {shown_value(value, decimals)}
    options = [Option(value, True)]
    for wrong in itertools.chain(slips, _stand_ins(value)):
        if len(options) == OPTIONS:
            break
        if math.isfinite(wrong) and shown_value(wrong, decimals) not in taken:
            taken.add(shown_value(wrong, decimals))
            options.append(Option(wrong, False))
    random.Random(seed).shuffle(options)
    return tuple(options)
