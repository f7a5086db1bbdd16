"""The toy lesson's stops, in order: the curriculum's stages 0 to 9 for a configuration.

Titles and explanations are marked for translation and translated by the UI when shown.
"""

from attn_gui.core.stage import INPUT, MASK, PRODUCT, SUM, HeadTexts, Stage, heads_stages
from attn_gui.core.toy.config import AttentionConfig
from attn_gui.translatable import QT_TRANSLATE_NOOP


def toy_stages(config: AttentionConfig) -> tuple[Stage, ...]:
    """Every stage of the toy lesson; with cross-attention K and V come from X_kv,in."""
    kv = "x_kv_in" if config.cross else "x_in"
    kv_formula = "X_kv,in" if config.cross else "X_in"
    companion = config.cross
    return (
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
            "X",
            companions=("x_kv",) if companion else (),
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
            "PE",
            companions=("pe_kv",) if companion else (),
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
            "X_in",
            companions=("x_kv_in",) if companion else (),
        ),
        Stage(
            "q",
            PRODUCT,
            ("x_in", "w_q"),
            QT_TRANSLATE_NOOP("Stage", "Queries"),
            "Q = X_in · W_Q",
            QT_TRANSLATE_NOOP(
                "Stage",
                "A query asks \u201cwhat should I attend to?\u201d. Each cell of Q is one row of X_in "
                "times one column of W_Q: a dot product. (n, d_model) · (d_model, d_k) → (n, d_k).",
            ),
            "Q",
            per_head=True,
        ),
        Stage(
            "k",
            PRODUCT,
            (kv, "w_k"),
            QT_TRANSLATE_NOOP("Stage", "Keys"),
            f"K = {kv_formula} · W_K",
            QT_TRANSLATE_NOOP(
                "Stage",
                "A key is the index that answers \u201chow well do I match?\u201d. K has the same shape "
                "as Q, (n, d_k), so that queries and keys can be compared.",
            ),
            "K",
            per_head=True,
        ),
        Stage(
            "v",
            PRODUCT,
            (kv, "w_v"),
            QT_TRANSLATE_NOOP("Stage", "Values"),
            f"V = {kv_formula} · W_V",
            QT_TRANSLATE_NOOP(
                "Stage",
                "A value is the content handed back once a key matches. Q asks, K matches, V is returned.",
            ),
            "V",
            per_head=True,
        ),
        *heads_stages(_HEAD_TEXTS, mask=_MASK),
        Stage(
            "output",
            PRODUCT,
            ("concat", "w_o"),
            QT_TRANSLATE_NOOP("Stage", "The output projection"),
            "Output = Concat(Z_1, …, Z_h) · W_O",
            QT_TRANSLATE_NOOP(
                "Stage",
                "W_O mixes the heads back into d_model features: the output has the same shape as the "
                "input, so blocks can be stacked.",
            ),
            "·W_O",
        ),
    )


# The per-head stages the toy shares with every lesson (core.stage), in the toy's words.
_MASK = Stage(
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
    QT_TRANSLATE_NOOP("PipelineStrip", "mask"),
    per_head=True,
)
_HEAD_TEXTS = HeadTexts(
    k_t=QT_TRANSLATE_NOOP(
        "Stage",
        "Q and K are both (n, d_k), so Q · K is not defined: the columns of Q must equal the rows "
        "of the other matrix. Transposed, K becomes (d_k, n); its rows turn into columns.",
    ),
    scores=QT_TRANSLATE_NOOP(
        "Stage",
        "Row i of Q · Kᵀ holds the dot products of query i with every key: how similar token i "
        "is to each token. Larger means more similar (a · b = |a| |b| cos θ).",
    ),
    scaled=QT_TRANSLATE_NOOP(
        "Stage",
        "If the components of q and k have variance 1, q · k has variance d_k. Large scores push "
        "softmax towards one-hot outputs whose gradients vanish; dividing by √d_k brings the "
        "variance back to 1.",
    ),
    weights=QT_TRANSLATE_NOOP(
        "Stage",
        "Each row is exponentiated and divided by its sum (after subtracting the row's maximum, "
        "which changes nothing but prevents overflow). Every weight lies between 0 and 1 and "
        "every row sums to 1, so a row reads as percentages.",
    ),
    head_output=QT_TRANSLATE_NOOP(
        "Stage",
        "Row i of Z blends the value rows, weighted by how much token i attends to each token: "
        "Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V.",
    ),
    concat=QT_TRANSLATE_NOOP(
        "Stage",
        "The h heads run side by side, each with its own W_Q, W_K, W_V. Their outputs are placed "
        "next to each other along the feature axis: (n, h · d_v).",
    ),
)
