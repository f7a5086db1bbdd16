"""Every intermediate of one computation, named, labelled, with the stages that show them in order.

A trace is what every view draws from, whatever produced it (the toy's random weights or a
model's layer): read-only matrices, the stages of the lesson, and the few facts the views and
captions need (sizes, tokens, whether scores are scaled and masked).
"""

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from attn_gui.core.stage import Stage
from attn_gui.core.toy.config import Dims


@dataclass(frozen=True)
class TraceMatrix:
    """One matrix of the pipeline with what a view needs to label it.

    ``head`` is the 0-based head for per-head matrices, None otherwise; ``symbols`` are the
    shape's names, e.g. ("n", "d_k").
    """

    name: str
    head: int | None
    array: NDArray[np.float64]
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    symbols: tuple[str, str]

    @property
    def shape_label(self) -> str:
        """'(n, d_k) = (3, 2)': the curriculum's names beside the actual sizes."""
        return f"({', '.join(self.symbols)}) = {tuple(self.array.shape)}"


@dataclass(frozen=True)
class AttentionTrace:
    """Read-only matrices in pipeline order and the stages that show them.

    ``head_blocks`` names the matrices whose columns split into one block per head (W_Q, W_K,
    W_V, and a model's biases): a per-head stage that multiplies by one of them uses its head's
    block. ``source`` is what produced the trace (the toy's AttentionConfig, a model's lesson).
    """

    matrices: tuple[TraceMatrix, ...]
    stages: tuple[Stage, ...]
    dims: Dims
    tokens: tuple[str, ...]
    kv_tokens: tuple[str, ...]
    cross: bool = False
    mask: str = "none"
    scale: bool = True
    positional_encoding: bool = True
    head_blocks: frozenset[str] = frozenset()
    layer_norm_eps: float = 1e-12  # the ε of √(σ² + ε) in a LayerNorm stage
    source: object = None
    _index: dict[tuple[str, int | None], TraceMatrix] = field(init=False, repr=False, compare=False)
    _per_head: frozenset[str] = field(init=False, repr=False, compare=False)
    _stages: dict[str, Stage] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "_index", {(m.name, m.head): m for m in self.matrices})
        set_(self, "_per_head", frozenset(m.name for m in self.matrices if m.head is not None))
        set_(self, "_stages", {s.name: s for s in self.stages})

    @property
    def names(self) -> tuple[str, ...]:
        """Distinct matrix names in pipeline order."""
        return tuple(dict.fromkeys(m.name for m in self.matrices))

    @property
    def num_heads(self) -> int:
        return self.dims.num_heads

    @property
    def stage_names(self) -> tuple[str, ...]:
        """The stages' names in lesson order: what ``--stage`` accepts for this trace."""
        return tuple(s.name for s in self.stages)

    @property
    def vocabulary(self) -> tuple[str, ...]:
        """Distinct tokens of both sides in order of first appearance (what fonts must draw)."""
        return tuple(dict.fromkeys(self.tokens + self.kv_tokens))

    def stage(self, name: str) -> Stage:
        try:
            return self._stages[name]
        except KeyError:
            raise KeyError(f"no stage {name!r} in this trace") from None

    def is_per_head(self, name: str) -> bool:
        """Whether matrix ``name`` has one copy per head."""
        return name in self._per_head

    def get(self, name: str, head: int | None = None) -> TraceMatrix:
        """The matrix ``name``; per-head matrices need ``head`` (0-based)."""
        try:
            return self._index[name, head if name in self._per_head else None]
        except KeyError:
            raise KeyError(f"no matrix {name!r} for head {head!r}") from None

    def operand(self, name: str, head: int | None) -> TraceMatrix:
        """Matrix ``name`` as a stage of ``head`` uses it: the head's own, or its block of W."""
        if head is not None and name in self.head_blocks:
            return self.head_block(name, head)
        return self.get(name, head)

    def head_block(self, name: str, head: int) -> TraceMatrix:
        """Head ``head``'s columns of W_Q, W_K or W_V: the projection that head uses."""
        full = self.get(name)
        width = full.array.shape[1] // self.num_heads
        columns = slice(head * width, (head + 1) * width)
        symbols = (full.symbols[0], full.symbols[1].removeprefix("h·"))
        return TraceMatrix(name, head, full.array[:, columns], full.rows, full.columns[columns], symbols)

    def stacked(self, name: str) -> NDArray[np.float64]:
        """A per-head matrix stacked on a leading head axis; any other matrix as it is."""
        if name not in self._per_head:
            return self.get(name).array
        return np.stack([self.get(name, h).array for h in range(self.num_heads)])
