"""The curriculum's stops, in order: what each stage shows, its formula and a short explanation.

Names are the ones the command line uses (``--stage``, ``--matrix``); titles, formulas and
explanations are marked for translation and translated by the UI when shown.
"""

from dataclasses import dataclass

from attn_gui.core import PER_HEAD, PRODUCTS, AttentionTrace, TraceMatrix, product_matrices
from attn_gui.translatable import QT_TRANSLATE_NOOP

# How a stage's result comes from its operands.
INPUT, SUM, PRODUCT, TRANSPOSE, SCALE, MASK, SOFTMAX, CONCAT = (
    "input",
    "sum",
    "product",
    "transpose",
    "scale",
    "mask",
    "softmax",
    "concat",
)


@dataclass(frozen=True)
class Stage:
    """One stop of the lesson. ``operands`` name trace matrices; "x_kv_in" means the key/value
    side's input, which is X_in itself in self-attention."""

    name: str
    kind: str
    operands: tuple[str, ...]
    title: str
    formula: str
    explanation: str
    cross_formula: str | None = None

    @property
    def per_head(self) -> bool:
        return self.name in PER_HEAD

    def formula_for(self, cross: bool) -> str:
        """The formula, naming the key/value side's input when it differs from the queries'."""
        return self.cross_formula if cross and self.cross_formula else self.formula


_STAGES = (
    Stage(
        "x",
        INPUT,
        (),
        QT_TRANSLATE_NOOP("Stage", "Tokens and the input matrix X"),
        "X",
        QT_TRANSLATE_NOOP(
            "Stage",
            "The sentence is split into tokens, and each token becomes a row vector of length d_model "
            "(its word embedding). Stacked, the rows form X, of shape (n, d_model).",
        ),
    ),
    Stage(
        "pe",
        INPUT,
        (),
        QT_TRANSLATE_NOOP("Stage", "Positional encoding"),
        "PE[pos, 2i] = sin(pos / 10000^(2i/d_model)),  PE[pos, 2i+1] = cos(…)",
        QT_TRANSLATE_NOOP(
            "Stage",
            "Attention by itself ignores word order, so each position gets its own pattern of sines "
            "and cosines, with the same shape as X.",
        ),
    ),
    Stage(
        "x_in",
        SUM,
        ("x", "pe"),
        QT_TRANSLATE_NOOP("Stage", "Adding the positions"),
        "X_in = X + PE",
        QT_TRANSLATE_NOOP(
            "Stage",
            "The positional encoding is added cell by cell: the same token at two positions now has "
            "two different rows.",
        ),
    ),
    Stage(
        "q",
        PRODUCT,
        PRODUCTS["q"],
        QT_TRANSLATE_NOOP("Stage", "Queries"),
        "Q = X_in · W_Q",
        QT_TRANSLATE_NOOP(
            "Stage",
            "A query asks \u201cwhat should I attend to?\u201d. Each cell of Q is one row of X_in "
            "times one column of W_Q: a dot product. (n, d_model) · (d_model, d_k) → (n, d_k).",
        ),
    ),
    Stage(
        "k",
        PRODUCT,
        PRODUCTS["k"],
        QT_TRANSLATE_NOOP("Stage", "Keys"),
        "K = X_in · W_K",
        QT_TRANSLATE_NOOP(
            "Stage",
            "A key is the index that answers \u201chow well do I match?\u201d. K has the same shape "
            "as Q, (n, d_k), so that queries and keys can be compared.",
        ),
        "K = X_kv,in · W_K",
    ),
    Stage(
        "v",
        PRODUCT,
        PRODUCTS["v"],
        QT_TRANSLATE_NOOP("Stage", "Values"),
        "V = X_in · W_V",
        QT_TRANSLATE_NOOP(
            "Stage",
            "A value is the content handed back once a key matches. Q asks, K matches, V is returned.",
        ),
        "V = X_kv,in · W_V",
    ),
    Stage(
        "k_t",
        TRANSPOSE,
        ("k",),
        QT_TRANSLATE_NOOP("Stage", "Laying K down: Kᵀ"),
        "Kᵀ",
        QT_TRANSLATE_NOOP(
            "Stage",
            "Q and K are both (n, d_k), so Q · K is not defined: the columns of Q must equal the rows "
            "of the other matrix. Transposed, K becomes (d_k, n); its rows turn into columns.",
        ),
    ),
    Stage(
        "scores",
        PRODUCT,
        PRODUCTS["scores"],
        QT_TRANSLATE_NOOP("Stage", "Scores: every query against every key"),
        "S = Q · Kᵀ",
        QT_TRANSLATE_NOOP(
            "Stage",
            "Row i of Q · Kᵀ holds the dot products of query i with every key: how similar token i "
            "is to each token. Larger means more similar (a · b = |a| |b| cos θ).",
        ),
    ),
    Stage(
        "scaled",
        SCALE,
        ("scores",),
        QT_TRANSLATE_NOOP("Stage", "Scaling by √d_k"),
        "S / √d_k",
        QT_TRANSLATE_NOOP(
            "Stage",
            "If the components of q and k have variance 1, q · k has variance d_k. Large scores push "
            "softmax towards one-hot outputs whose gradients vanish; dividing by √d_k brings the "
            "variance back to 1.",
        ),
    ),
    Stage(
        "masked",
        MASK,
        ("scaled",),
        QT_TRANSLATE_NOOP("Stage", "The mask"),
        "S / √d_k + M",
        QT_TRANSLATE_NOOP(
            "Stage",
            "A causal mask stops a decoder from peeking at the future: scores at j > i become −∞, so "
            "their weights will be exactly 0. Without a mask nothing changes here.",
        ),
    ),
    Stage(
        "weights",
        SOFTMAX,
        ("masked",),
        QT_TRANSLATE_NOOP("Stage", "Softmax, row by row"),
        "A = softmax(S / √d_k + M)",
        QT_TRANSLATE_NOOP(
            "Stage",
            "Each row is exponentiated and divided by its sum (after subtracting the row's maximum, "
            "which changes nothing but prevents overflow). Every weight lies between 0 and 1 and "
            "every row sums to 1, so a row reads as percentages.",
        ),
    ),
    Stage(
        "head_output",
        PRODUCT,
        PRODUCTS["head_output"],
        QT_TRANSLATE_NOOP("Stage", "Weighted sum of the values"),
        "Z = A · V",
        QT_TRANSLATE_NOOP(
            "Stage",
            "Row i of Z blends the value rows, weighted by how much token i attends to each token: "
            "Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V.",
        ),
    ),
    Stage(
        "concat",
        CONCAT,
        ("head_output",),
        QT_TRANSLATE_NOOP("Stage", "Concatenating the heads"),
        "Concat(Z_1, …, Z_h)",
        QT_TRANSLATE_NOOP(
            "Stage",
            "The h heads run side by side, each with its own W_Q, W_K, W_V. Their outputs are placed "
            "next to each other along the feature axis: (n, h · d_v).",
        ),
    ),
    Stage(
        "output",
        PRODUCT,
        PRODUCTS["output"],
        QT_TRANSLATE_NOOP("Stage", "The output projection"),
        "Output = Concat(Z_1, …, Z_h) · W_O",
        QT_TRANSLATE_NOOP(
            "Stage",
            "W_O mixes the heads back into d_model features: the output has the same shape as the "
            "input, so blocks can be stacked.",
        ),
    ),
)

STAGE_BY_NAME = {stage.name: stage for stage in _STAGES}


def stages() -> tuple[Stage, ...]:
    """Every stage in lesson order (the order of attn_gui.core.STAGES)."""
    return _STAGES


@dataclass(frozen=True)
class StageMatrices:
    """What a stage puts on screen: its operands, its result, and beside the result the key/value
    side's counterpart in cross-attention (X_kv next to X)."""

    operands: tuple[TraceMatrix, ...]
    result: TraceMatrix
    companions: tuple[TraceMatrix, ...] = ()


def stage_matrices(trace: AttentionTrace, name: str, head: int = 0) -> StageMatrices:
    """The labelled matrices of stage ``name``; ``head`` (0-based) matters for per-head stages."""
    stage = STAGE_BY_NAME[name]
    result = trace.get(name, head)
    if stage.kind == PRODUCT:
        return StageMatrices(product_matrices(trace, name, head if stage.per_head else None), result)
    if stage.kind == CONCAT:
        heads = range(trace.config.num_heads)
        return StageMatrices(tuple(trace.get("head_output", h) for h in heads), result)
    if stage.kind == INPUT or name == "x_in":
        companion = {"x": "x_kv", "pe": "pe_kv", "x_in": "x_kv_in"}[name]
        companions = (trace.get(companion),) if trace.config.cross else ()
        operands = tuple(trace.get(o) for o in stage.operands)
        return StageMatrices(operands, result, companions)
    return StageMatrices(tuple(trace.get(o, head) for o in stage.operands), result)


def _shape(matrix: TraceMatrix) -> str:
    return str(tuple(matrix.array.shape))


def shape_equation(trace: AttentionTrace, name: str, head: int = 0) -> str:
    """The shapes in and out, as the lesson writes them: "(3, 4) · (4, 2) → (3, 2)"."""
    stage = STAGE_BY_NAME[name]
    shown = stage_matrices(trace, name, head)
    result = _shape(shown.result)
    ops = [_shape(m) for m in shown.operands]
    if stage.kind == PRODUCT:
        return f"{ops[0]} · {ops[1]} → {result}"
    if stage.kind == SUM:
        return f"{ops[0]} + {ops[1]} → {result}"
    if stage.kind == CONCAT:
        return f"{len(ops)} × {ops[0]} → {result}"
    if stage.kind == TRANSPOSE:
        return f"{ops[0]}ᵀ → {result}"
    if stage.kind == SCALE:
        divisor = f"√{trace.config.dims.d_k}" if trace.config.scale else "1"
        return f"{ops[0]} ÷ {divisor} → {result}"
    return f"{ops[0]} → {result}" if ops else result
