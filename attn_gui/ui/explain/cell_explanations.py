"""The arithmetic behind one cell of any stage, as plain text for the hover tooltip and the pinned pane.

Every number is read from the trace, so what the text says is exactly what the cells show;
the tooltip cuts long dot products short (``max_terms``), the pinned pane shows every term.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from attn_gui.core import AttentionTrace, causal_mask, product_cell, product_matrices
from attn_gui.core.stage import (
    ACTIVATION,
    BIAS,
    CONCAT,
    INPUT,
    LAYER_NORM,
    MASK,
    PRODUCT,
    SCALE,
    SOFTMAX,
    SUM,
    TRANSPOSE,
)
from attn_gui.notation import MATRIX_SYMBOLS, format_number
from attn_gui.translatable import QT_TRANSLATE_NOOP

# Projections whose columns split by head (the toy's W, a model's Wᵀ), and the size of a block.
_HEAD_BLOCKS = {"w_q": "d_k", "w_k": "d_k", "w_v": "d_v", "w_q_t": "d_k", "w_k_t": "d_k", "w_v_t": "d_v"}
_INPUTS = {"w_q_t": "x_in", "w_k_t": "x_in", "w_v_t": "x_in", "w_1_t": "attn_norm", "w_2_t": "gelu"}
# What a row of a model's layer holds: a bias, LayerNorm's γ and β, a row's mean and variance.
_ROWS = {
    "bias": QT_TRANSLATE_NOOP(
        "CellExplanation", "A learned bias: {matrix}[{column}] is added to column {column} of every row."
    ),
    "gamma": QT_TRANSLATE_NOOP(
        "CellExplanation",
        "LayerNorm's learned scale for feature {column}: every row's feature {column} is multiplied by it.",
    ),
    "beta": QT_TRANSLATE_NOOP(
        "CellExplanation",
        "LayerNorm's learned shift for feature {column}: it is added to every row's feature {column}.",
    ),
    "mean": QT_TRANSLATE_NOOP(
        "CellExplanation",
        "The mean of row {row} of {matrix}: its {count} numbers added and divided by {count}.",
    ),
    "var": QT_TRANSLATE_NOOP(
        "CellExplanation",
        "The variance of row {row} of {matrix}: the mean of (x − μ)² over its {count} numbers.",
    ),
}


def _joined(items: Sequence[str], max_terms: int | None) -> tuple[str, bool]:
    """``items`` joined by " + ", cut to ``max_terms`` with "…"; also whether it was cut."""
    cut = max_terms is not None and len(items) > max_terms
    shown = [*items[:max_terms], "…"] if cut else list(items)
    return " + ".join(shown), cut


def _position(index: int, label: str) -> str:
    """A 1-based position, with its label when the label says more (a token, not a number)."""
    return str(index + 1) if label == str(index + 1) else f"{index + 1} ({label})"


@dataclass(frozen=True)
class _Cell:
    """One cell being explained, with the options that shape the text."""

    trace: AttentionTrace
    stage: str
    head: int | None
    i: int
    j: int
    decimals: int
    max_terms: int | None

    def num(self, value: float) -> str:
        return format_number(value, self.decimals)

    def operand(self, value: float) -> str:
        """A number inside an expression: negatives in parentheses, so "+ (−0.70)" reads clearly."""
        text = format_number(value, self.decimals)
        return f"({text})" if text.startswith("−") else text

    def value(self, name: str | None = None, i: int | None = None, j: int | None = None) -> float:
        """A cell of matrix ``name`` (default: this cell's, at this cell's place)."""
        array = self.trace.get(name or self.stage, self.head).array
        return float(array[self.i if i is None else i, self.j if j is None else j])

    def ref(self, name: str | None = None, i: int | None = None, j: int | None = None) -> str:
        """'Q[love, 1]': a cell of matrix ``name`` named by its row and column labels."""
        matrix = self.trace.get(name or self.stage, self.head)
        row, col = self.i if i is None else i, self.j if j is None else j
        return f"{MATRIX_SYMBOLS[matrix.name]}[{matrix.rows[row]}, {matrix.columns[col]}]"


def _head_columns(head: int, width: int, symbol: str) -> str:
    return QCoreApplication.translate(
        "CellExplanation", "Head {head} uses columns {first}–{last} of {matrix}."
    ).format(head=head + 1, first=head * width + 1, last=(head + 1) * width, matrix=symbol)


def _product(c: _Cell) -> list[str]:
    """Row i of the left operand times column j of the right one, every term with its numbers."""
    left, right = product_matrices(c.trace, c.stage, c.head)
    width = right.array.shape[1]
    column = c.j + c.head * width if right.name in _HEAD_BLOCKS else c.j  # a head's block of W's columns
    dot = product_cell(c.trace, c.stage, c.i, c.j, c.head)
    pairs = [f"{c.operand(a)}×{c.operand(b)}" for a, b in zip(dot.left, dot.right, strict=True)]
    terms, cut = _joined(pairs, c.max_terms)
    a, b = MATRIX_SYMBOLS[left.name], MATRIX_SYMBOLS[right.name]
    lines = [
        QCoreApplication.translate(
            "CellExplanation", "Row {row} of {left} times column {column} of {right}:"
        ).format(
            row=_position(c.i, left.rows[c.i]),
            left=a,
            column=_position(column, right.columns[c.j]),
            right=b,
        ),
        f"{a}[{c.i + 1}, :] · {b}[:, {column + 1}] = {terms} = {c.num(c.value())}",
    ]
    if cut:
        lines.append(
            QCoreApplication.translate(
                "CellExplanation", "{count} terms in all; the first {shown} are shown."
            ).format(count=len(pairs), shown=c.max_terms)
        )
    if right.name in _HEAD_BLOCKS:
        lines.append(_head_columns(c.head, width, b))
    return lines


def _input(c: _Cell) -> list[str]:
    """What an embedding cell is: one feature of one token's vector (a model's layer: its input)."""
    matrix = c.trace.get(c.stage)
    if c.stage == "x_in":
        return [
            QCoreApplication.translate(
                "CellExplanation",
                "Feature {feature} of word piece {token} entering the layer: the embeddings for layer 1, "
                "the previous layer's output for any later one.",
            ).format(feature=c.j + 1, token=_position(c.i, matrix.rows[c.i]))
        ]
    return [
        QCoreApplication.translate(
            "CellExplanation", "Feature {feature} of the embedding of token {token}: one row per token."
        ).format(feature=c.j + 1, token=_position(c.i, matrix.rows[c.i]))
    ]


def _weight(c: _Cell) -> list[str]:
    """What a learned weight multiplies, and which head owns it."""
    dims = c.trace.dims
    if c.stage in ("w_o", "w_o_t"):
        return [
            QCoreApplication.translate(
                "CellExplanation",
                "A learned weight of {matrix}: row {row} multiplies column {row} of Concat, "
                "from head {head}.",
            ).format(matrix=MATRIX_SYMBOLS[c.stage], row=c.i + 1, head=c.i // dims.d_v + 1)
        ]
    if c.stage == "w_out":
        return [
            QCoreApplication.translate(
                "CellExplanation",
                "A learned weight of W_out: row {row} multiplies feature {row} of the decoder's "
                "output; column {column} makes the score of “{word}”.",
            ).format(row=c.i + 1, column=c.j + 1, word=c.trace.get("w_out").columns[c.j])
        ]
    if c.stage in ("w_1_t", "w_2_t"):
        return [
            QCoreApplication.translate(
                "CellExplanation",
                "A learned weight of {matrix}: row {row} multiplies column {row} of {input}.",
            ).format(matrix=MATRIX_SYMBOLS[c.stage], row=c.i + 1, input=MATRIX_SYMBOLS[_INPUTS[c.stage]])
        ]
    width = getattr(dims, _HEAD_BLOCKS[c.stage])
    return [
        QCoreApplication.translate(
            "CellExplanation", "A learned weight of {matrix}: row {row} multiplies input feature {row}."
        ).format(matrix=MATRIX_SYMBOLS[c.stage], row=c.i + 1),
        _head_columns(c.j // width, width, MATRIX_SYMBOLS[c.stage]),
    ]


def _bias(c: _Cell) -> list[str]:
    """A learned row added to (or, for γ, multiplying) every row of a matrix."""
    symbol = MATRIX_SYMBOLS[c.stage]
    kind = c.stage.rsplit("_", 1)[-1] if c.stage.endswith(("_gamma", "_beta")) else "bias"
    lines = [QCoreApplication.translate("CellExplanation", _ROWS[kind]).format(matrix=symbol, column=c.j + 1)]
    block = _HEAD_BLOCKS.get(f"w_{c.stage.removeprefix('b_')}_t")
    if block is not None:
        width = getattr(c.trace.dims, block)
        lines.append(_head_columns(c.j // width, width, symbol))
    return lines


def _statistic(c: _Cell) -> list[str]:
    """A row's mean or variance in a LayerNorm, over its d_model features."""
    stage = c.stage.rsplit("_", 1)[0]
    source = c.trace.get(c.trace.stage(stage).operands[0])
    row = source.array[c.i]
    text = _ROWS["mean" if c.stage.endswith("_mean") else "var"]
    return [
        QCoreApplication.translate("CellExplanation", text).format(
            row=_position(c.i, source.rows[c.i]), matrix=MATRIX_SYMBOLS[source.name], count=len(row)
        )
    ]


def _elementwise(c: _Cell) -> list[str]:
    """A real layer's cell-by-cell stages: a residual sum, a bias added, GELU."""
    stage = c.trace.stage(c.stage)
    operands = [c.trace.operand(name, c.head) for name in stage.operands]
    x = float(operands[0].array[c.i, c.j])
    first = f"{MATRIX_SYMBOLS[operands[0].name]}[{operands[0].rows[c.i]}, {operands[0].columns[c.j]}]"
    if stage.kind == ACTIVATION:
        phi = 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))
        return [
            f"= GELU({first}) = {c.num(x)} × Φ({c.num(x)}) = {c.num(x)} × {c.num(phi)} = {c.num(c.value())}",
            QCoreApplication.translate(
                "CellExplanation",
                "Φ(x) = ½ (1 + erf(x / √2)): the chance that a standard normal number is below x.",
            ),
        ]
    other = operands[1]
    row = 0 if stage.kind == BIAS else c.i
    y = float(other.array[row, c.j])
    second = (
        f"{MATRIX_SYMBOLS[other.name]}[{other.columns[c.j]}]"
        if stage.kind == BIAS
        else f"{MATRIX_SYMBOLS[other.name]}[{other.rows[c.i]}, {other.columns[c.j]}]"
    )
    return [f"= {first} + {second} = {c.num(x)} + {c.operand(y)} = {c.num(c.value())}"]


def _layer_norm(c: _Cell) -> list[str]:
    """(x − μ) / √(σ² + ε) · γ + β with this row's μ and σ² and this feature's γ and β."""
    source, gamma, beta = (c.trace.get(name) for name in c.trace.stage(c.stage).operands)
    x, g, b = float(source.array[c.i, c.j]), float(gamma.array[0, c.j]), float(beta.array[0, c.j])
    mean, var = c.value(f"{c.stage}_mean", c.i, 0), c.value(f"{c.stage}_var", c.i, 0)
    eps = c.trace.layer_norm_eps
    return [
        f"= ({c.num(x)} − {c.operand(mean)}) / √({c.num(var)} + {eps:g}) × {c.operand(g)} + {c.operand(b)}"
        f" = {c.num(c.value())}",
        QCoreApplication.translate(
            "CellExplanation",
            "μ = {mean} and σ² = {var} are row {row}'s mean and variance; γ = {gamma} and β = {beta} "
            "are feature {column}'s learned scale and shift.",
        ).format(
            mean=c.num(mean),
            var=c.num(var),
            row=_position(c.i, source.rows[c.i]),
            gamma=c.num(g),
            beta=c.num(b),
            column=c.j + 1,
        ),
    ]


def _positional(c: _Cell) -> list[str]:
    """The sinusoid with this cell's position and feature filled in."""
    d_model, pos, index = c.trace.dims.d_model, c.i, c.j
    two_i, function = index - index % 2, ("sin", "cos")[index % 2]
    angle = pos / 10000.0 ** (two_i / d_model)
    lines = [
        QCoreApplication.translate(
            "CellExplanation",
            "pos = {pos}, feature index {index} (both counted from 0), so 2i = {two_i}: "
            "even indices take sin, odd ones cos.",
        ).format(pos=pos, index=index, two_i=two_i),
        f"= {function}({pos} / 10000^({two_i}/{d_model})) "
        f"= {function}({format_number(angle, c.decimals + 2)}) = {c.num(c.value())}",
    ]
    if not c.trace.positional_encoding:
        lines.append(
            QCoreApplication.translate("CellExplanation", "Positional encoding is off: PE is not added.")
        )
    return lines


def _sum(c: _Cell) -> list[str]:
    """X + PE, cell by cell, with both numbers (any other sum: a residual)."""
    if c.stage not in ("x_in", "x_kv_in"):
        return _elementwise(c)
    x, pe = ("x_kv", "pe_kv") if c.stage == "x_kv_in" else ("x", "pe")
    if not c.trace.positional_encoding:
        return [
            QCoreApplication.translate(
                "CellExplanation", "Positional encoding is off, so this is {cell} unchanged."
            ).format(cell=c.ref(x))
        ]
    return [
        f"= {c.ref(x)} + {c.ref(pe)} = {c.num(c.value(x))} + {c.operand(c.value(pe))} = {c.num(c.value())}"
    ]


def _transpose(c: _Cell) -> list[str]:
    """Kᵀ[a, b] is K[b, a]: laying K down turns its rows into columns."""
    return [
        f"{c.ref()} = {c.ref('k', c.j, c.i)}",
        QCoreApplication.translate("CellExplanation", "Transposing lays K down: its rows become columns."),
    ]


def _scaled(c: _Cell) -> list[str]:
    """The division by √d_k with the divisor's value, or the note that nothing was divided."""
    score, d_k = c.value("scores"), c.trace.dims.d_k
    if not c.trace.scale:
        return [
            QCoreApplication.translate(
                "CellExplanation", "Scaling is off: the score {cell} is not divided by √d_k."
            ).format(cell=c.ref("scores"))
        ]
    return [
        f"= {c.ref('scores')} / √d_k = {c.num(score)} / √{d_k} = {c.num(score)} / {c.num(math.sqrt(d_k))}"
        f" = {c.num(c.value())}"
    ]


def _masked(c: _Cell) -> list[str]:
    """Whether the causal mask hides this key from this query."""
    dims, matrix = c.trace.dims, c.trace.get(c.stage, c.head)
    where = {"query": _position(c.i, matrix.rows[c.i]), "key": _position(c.j, matrix.columns[c.j])}
    if c.trace.mask == "none":
        return [QCoreApplication.translate("CellExplanation", "There is no mask: the score is kept.")]
    if causal_mask(dims.n_q, dims.n_kv)[c.i, c.j]:
        return [
            QCoreApplication.translate(
                "CellExplanation", "Key {key} does not come after query {query}: the score is kept."
            ).format(**where)
        ]
    return [
        QCoreApplication.translate(
            "CellExplanation",
            "Key {key} comes after query {query}: the future is hidden, so the score becomes −∞ "
            "and its weight will be exactly 0.",
        ).format(**where)
    ]


def _softmax(c: _Cell) -> list[str]:
    """exp(s − max) / Σ with the row's own numbers, and the weight as a percentage (for the
    translator's next word: the probability of each word of the vocabulary)."""
    stage = c.trace.stage(c.stage)
    row, matrix = c.trace.get(stage.operands[0], c.head).array[c.i], c.trace.get(c.stage, c.head)
    score = float(row[c.j])
    if np.isneginf(score):
        return [QCoreApplication.translate("CellExplanation", "Masked: exp(−∞) = 0, so the weight is 0%.")]
    top = float(np.max(row[np.isfinite(row)]))
    exps = np.exp(row - top)
    total, exp = c.num(float(np.sum(exps))), c.num(float(exps[c.j]))
    terms, _ = _joined([c.num(e) for e in exps.tolist()], c.max_terms)
    percent = format_number(100 * c.value(), max(c.decimals - 2, 0))
    if stage.variant == "vocabulary":
        share = QCoreApplication.translate(
            "CellExplanation", "The next word is “{word}” with probability {percent}%."
        ).format(word=matrix.columns[c.j], percent=percent)
    else:
        share = QCoreApplication.translate(
            "CellExplanation", "{query} gives {percent}% of its attention to {key}."
        ).format(query=matrix.rows[c.i], percent=percent, key=matrix.columns[c.j])
    return [
        f"= exp(s − max) / Σ = exp({c.num(score)} − {c.operand(top)}) / {total} = {exp} / {total}"
        f" = {c.num(c.value())}",
        QCoreApplication.translate(
            "CellExplanation", "max = {top}, the row's largest score; Σ = {terms} = {total}, the row's sum."
        ).format(top=c.num(top), terms=terms, total=total),
        share,
    ]


def _concat(c: _Cell) -> list[str]:
    """Which head's output, and which of its columns, this cell of Concat is copied from."""
    d_v = c.trace.dims.d_v
    head, column = divmod(c.j, d_v)
    source = c.trace.get("head_output", head)
    return [
        f"{c.ref()} = Z_{head + 1}[{source.rows[c.i]}, {source.columns[column]}]",
        QCoreApplication.translate(
            "CellExplanation",
            "Copied from head {head}: column {column} of Z_{head}. "
            "Head {head}'s block is columns {first}–{last} of Concat.",
        ).format(head=head + 1, column=column + 1, first=head * d_v + 1, last=(head + 1) * d_v),
    ]


Explainer = Callable[[_Cell], list[str]]
# The matrices that are not a stage's result, and the inputs whose kind says too little.
_BY_NAME: dict[str, Explainer] = {
    "pe": _positional,
    "pe_kv": _positional,
    "x_kv": _input,
    "x_kv_in": _sum,
    **dict.fromkeys(
        ("w_q", "w_k", "w_v", "w_o", "w_q_t", "w_k_t", "w_v_t", "w_o_t", "w_1_t", "w_2_t", "w_out"), _weight
    ),
    **dict.fromkeys(("b_q", "b_k", "b_v", "b_o", "b_1", "b_2"), _bias),
    **dict.fromkeys(("attn_norm_gamma", "attn_norm_beta", "output_norm_gamma", "output_norm_beta"), _bias),
    **dict.fromkeys(("attn_norm_mean", "attn_norm_var", "layer_output_mean", "layer_output_var"), _statistic),
}
_BY_KIND: dict[str, Explainer] = {
    INPUT: _input,
    SUM: _sum,
    PRODUCT: _product,
    TRANSPOSE: _transpose,
    SCALE: _scaled,
    MASK: _masked,
    SOFTMAX: _softmax,
    CONCAT: _concat,
    BIAS: _elementwise,
    ACTIVATION: _elementwise,
    LAYER_NORM: _layer_norm,
}


def _explainer(trace: AttentionTrace, name: str) -> Explainer:
    if name in _BY_NAME:
        return _BY_NAME[name]
    if name in trace.stage_names:
        return _BY_KIND[trace.stage(name).kind]
    raise ValueError(f"no explanation for matrix {name!r}")


def explain_cell(
    trace: AttentionTrace,
    stage: str,
    head: int | None,
    i: int,
    j: int,
    decimals: int = 2,
    max_terms: int | None = 8,
) -> str:
    """The value of cell (i, j) of ``stage`` and how it was computed, one statement a line.

    ``head`` is 0-based and needed for per-head stages; ``max_terms=None`` writes out every
    term of a dot product (for the pinned pane), a number keeps a tooltip short.
    """
    explainer = _explainer(trace, stage)
    per_head = trace.is_per_head(stage)
    if per_head and head is None:
        raise ValueError(f"{stage!r} is per head: give a head")
    cell = _Cell(trace, stage, head if per_head else None, i, j, decimals, max_terms)
    rows, columns = trace.get(stage, cell.head).array.shape
    if not (0 <= i < rows and 0 <= j < columns):
        raise IndexError(f"cell ({i}, {j}) is outside {stage!r} of shape ({rows}, {columns})")
    value = cell.value()
    lines = [f"{cell.ref()} = {cell.num(value)}"]
    if math.isfinite(value):  # on a line of its own: wrapped, a long number would strand its ")"
        exact = QCoreApplication.translate("CellExplanation", "every digit: {exact}")
        lines.append(exact.format(exact=format_number(value, None)))
    lines += explainer(cell)
    if cell.head is not None:
        lines.insert(0, QCoreApplication.translate("CellExplanation", "Head {head}").format(head=head + 1))
    return "\n".join(lines)
