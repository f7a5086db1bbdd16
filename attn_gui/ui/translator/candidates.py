"""The words the next-word chart shows: softmax(logits / T) over the whole vocabulary, the most
probable few of them with the written word always among them, and what the rest share.

Computed here, in NumPy with the core's softmax, so that the chart only draws. Dividing by T > 0
keeps the order of the scores, so the same words are shown at every temperature: only their bars
change, which is what the slider is for.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from attn_gui.core import softmax
from attn_gui.notation import format_number

TOP = 8  # bars: enough to see the spread, few enough to read from the back row


@dataclass(frozen=True)
class Candidates:
    words: tuple[str, ...]  # most probable first
    columns: tuple[int, ...]  # their places in the vocabulary
    logits: NDArray[np.float64]  # their scores, before dividing by T
    probabilities: NDArray[np.float64]  # softmax(logits / T) over the whole vocabulary, theirs
    written: int  # the written word's place among ``words``
    rest: float  # what every other word of the vocabulary gets, together
    rest_count: int
    temperature: float

    @property
    def vocabulary_size(self) -> int:
        return len(self.words) + self.rest_count


def next_word_candidates(
    logits: ArrayLike, vocabulary: Sequence[str], written: str, temperature: float, top: int = TOP
) -> Candidates:
    """The ``top`` most probable words at ``temperature``; the written word replaces the last of
    them if it is not among them (a word chosen otherwise than greedily). Ties keep the
    vocabulary's order."""
    scores = np.asarray(logits, dtype=np.float64)
    if scores.shape != (len(vocabulary),):
        raise ValueError(f"{scores.shape[0] if scores.ndim else 0} scores for {len(vocabulary)} words")
    if temperature <= 0:
        raise ValueError("the temperature must be positive")
    probabilities = softmax(scores / temperature)
    order = np.argsort(-probabilities, kind="stable")
    chosen = list(vocabulary).index(written)
    shown = list(order[: min(top, len(order))])
    if chosen not in shown:
        shown[-1] = chosen
        shown.sort(key=lambda column: (-probabilities[column], column))
    columns = tuple(int(column) for column in shown)
    return Candidates(
        words=tuple(vocabulary[column] for column in columns),
        columns=columns,
        logits=scores[list(columns)],
        probabilities=probabilities[list(columns)],
        written=columns.index(chosen),
        rest=float(np.delete(probabilities, list(columns)).sum()),
        rest_count=len(vocabulary) - len(columns),
        temperature=float(temperature),
    )


def probability_text(probability: float) -> str:
    """A percentage with one decimal. Softmax never gives exactly 0 or 1, so a share that would
    round to 0.0% or 100.0% reads "<0.1%" or ">99.9%": the other words keep a chance."""
    text = format_number(probability, 3, percent=True)
    if text == "0.0%" and probability > 0:
        return "<0.1%"
    if text == "100.0%" and probability < 1:
        return ">99.9%"
    return text
