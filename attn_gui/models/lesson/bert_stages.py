"""The stops of one layer of a BERT encoder, in order: the toy's attention with its biases, then
the residual, LayerNorm and the feed-forward layer that a real layer has around it.

Stage names are the trace's matrix names (as in the toy: ``q``, ``scores``, ``weights``,
``output``), so the views, the exports and ``--stage`` treat both lessons alike. The builders
(a product and its bias) are shared with the translator's lesson; the per-head stages from Kᵀ to
the concatenation are core.stage, the toy's too.
"""

from attn_gui.core.stage import (
    ACTIVATION,
    BIAS,
    INPUT,
    LAYER_NORM,
    PRODUCT,
    SUM,
    HeadTexts,
    Stage,
    heads_stages,
)
from attn_gui.notation import MATRIX_SYMBOLS
from attn_gui.translatable import QT_TRANSLATE_NOOP

BIAS_EXPLANATION = QT_TRANSLATE_NOOP(
    "Stage",
    "A real layer adds a learned bias after each product: the same row b is added to every "
    "token's row, so every token's query (key, value) is shifted by the same vector.",
)


def product_and_bias(
    result: str,
    operands: tuple[str, str],
    bias: str,
    titles: tuple[str, str],
    explanations: tuple[str, str],
    *,
    product: str,
    product_short: str | None = None,
    per_head: bool = False,
) -> tuple[Stage, Stage]:
    """A · W, then + b: a real layer's product and its bias as two stages, so each is seen.

    The formulas are written from the matrices' symbols, so they always say what the views label.
    """
    a, w, b = (MATRIX_SYMBOLS[name] for name in (*operands, bias))
    formula = f"{a} · {w}"
    return (
        Stage(
            product,
            PRODUCT,
            operands,
            titles[0],
            formula,
            explanations[0],
            product_short or f"·{w}",
            per_head=per_head,
        ),
        Stage(
            result,
            BIAS,
            (product, bias),
            titles[1],
            f"{MATRIX_SYMBOLS[result]} = {formula} + {b}",
            explanations[1],
            f"+{b}",
            per_head=per_head,
        ),
    )


def projection(
    side: str, operands: tuple[str, str], product: str, titles: tuple[str, str], explanation: str
) -> tuple[Stage, Stage]:
    """Q (K, V) = X·W + b per head: the product, then the bias every attention layer adds."""
    weight = MATRIX_SYMBOLS[operands[1]]
    return product_and_bias(
        side,
        operands,
        f"b_{side}",
        titles,
        (explanation, BIAS_EXPLANATION),
        product=product,
        product_short=f"X·{weight}",
        per_head=True,
    )


def bert_layer_stages() -> tuple[Stage, ...]:
    """Every stage of one encoder layer, from its input to the next layer's input."""
    return (
        Stage(
            "x_in",
            INPUT,
            (),
            QT_TRANSLATE_NOOP("Stage", "The layer's input"),
            "X_in",
            QT_TRANSLATE_NOOP(
                "Stage",
                "Layer 1 reads the word-piece, position and token-type embeddings added and normalised; "
                "every later layer reads the previous layer's output (the residual stream). One row of "
                "d_model = 384 numbers per word piece, [CLS] and [SEP] included.",
            ),
            "X_in",
        ),
        *projection(
            "q",
            ("x_in", "w_q_t"),
            "q_product",
            (QT_TRANSLATE_NOOP("Stage", "Queries"), QT_TRANSLATE_NOOP("Stage", "Queries: the bias")),
            QT_TRANSLATE_NOOP(
                "Stage",
                "The model stores W_Q as (out, in), so the product is X_in · W_Qᵀ: each cell is one row "
                "of X_in times one column of W_Qᵀ, 384 terms. The 12 heads take 32 columns each.",
            ),
        ),
        *projection(
            "k",
            ("x_in", "w_k_t"),
            "k_product",
            (QT_TRANSLATE_NOOP("Stage", "Keys"), QT_TRANSLATE_NOOP("Stage", "Keys: the bias")),
            QT_TRANSLATE_NOOP(
                "Stage",
                "The keys are made the same way with W_K: (n, 384) · (384, 32) for each head, then the bias.",
            ),
        ),
        *projection(
            "v",
            ("x_in", "w_v_t"),
            "v_product",
            (QT_TRANSLATE_NOOP("Stage", "Values"), QT_TRANSLATE_NOOP("Stage", "Values: the bias")),
            QT_TRANSLATE_NOOP(
                "Stage", "And the values with W_V: the content a head hands back once a key matches."
            ),
        ),
        *heads_stages(_BERT_HEADS, 12),
        *product_and_bias(
            "output",
            ("concat", "w_o_t"),
            "b_o",
            (
                QT_TRANSLATE_NOOP("Stage", "The output projection"),
                QT_TRANSLATE_NOOP("Stage", "The output's bias"),
            ),
            (
                QT_TRANSLATE_NOOP("Stage", "W_O mixes the heads back into the 384 features of the model."),
                QT_TRANSLATE_NOOP(
                    "Stage",
                    "The attention sublayer's output: what this layer's attention adds to the residual "
                    "stream.",
                ),
            ),
            product="attn_product",
        ),
        Stage(
            "residual",
            SUM,
            ("output", "x_in"),
            QT_TRANSLATE_NOOP("Stage", "The residual connection"),
            "R₁ = Output + X_in",
            QT_TRANSLATE_NOOP(
                "Stage",
                "The layer's input is added back cell by cell: attention adds to what each piece already "
                "carries instead of replacing it, so information (and gradients) pass straight through.",
            ),
            "+X_in",
        ),
        Stage(
            "attn_norm",
            LAYER_NORM,
            ("residual", "attn_norm_gamma", "attn_norm_beta"),
            QT_TRANSLATE_NOOP("Stage", "LayerNorm"),
            "N₁ = LayerNorm(R₁) = (R₁ − μ) / √(σ² + ε) · γ₁ + β₁",
            QT_TRANSLATE_NOOP(
                "Stage",
                "Each row is centred on its mean μ and divided by its standard deviation √(σ² + ε), so "
                "that every piece's row has mean 0 and variance 1; then the learned γ scales and β "
                "shifts each feature. The rows' μ and σ² are shown beside the result.",
            ),
            "LN",
            companions=("attn_norm_mean", "attn_norm_var"),
        ),
        *product_and_bias(
            "ffn_hidden",
            ("attn_norm", "w_1_t"),
            "b_1",
            (
                QT_TRANSLATE_NOOP("Stage", "Feed-forward: widening"),
                QT_TRANSLATE_NOOP("Stage", "Feed-forward: the bias"),
            ),
            (
                QT_TRANSLATE_NOOP(
                    "Stage",
                    "The feed-forward layer works on each piece's row alone: first it widens 384 features "
                    "to d_ff = 1536.",
                ),
                QT_TRANSLATE_NOOP("Stage", "The first layer's bias, the same row added to every piece."),
            ),
            product="ffn_product",
        ),
        Stage(
            "gelu",
            ACTIVATION,
            ("ffn_hidden",),
            QT_TRANSLATE_NOOP("Stage", "GELU, cell by cell"),
            "GELU(H) = H · Φ(H) = H · ½ (1 + erf(H / √2))",
            QT_TRANSLATE_NOOP(
                "Stage",
                "The non-linearity: each number is multiplied by the probability Φ that a standard "
                "normal variable lies below it. Large positive numbers pass almost unchanged, large "
                "negative ones become almost 0; without it two layers would be one matrix.",
            ),
            "GELU",
            function="gelu",
        ),
        *product_and_bias(
            "ffn_output",
            ("gelu", "w_2_t"),
            "b_2",
            (
                QT_TRANSLATE_NOOP("Stage", "Feed-forward: back to d_model"),
                QT_TRANSLATE_NOOP("Stage", "Feed-forward: the output's bias"),
            ),
            (
                QT_TRANSLATE_NOOP(
                    "Stage", "The second layer brings the 1536 features back to 384: 1536 terms a cell."
                ),
                QT_TRANSLATE_NOOP("Stage", "The feed-forward layer's output, one row per piece."),
            ),
            product="ffn_out_product",
        ),
        Stage(
            "ffn_residual",
            SUM,
            ("ffn_output", "attn_norm"),
            QT_TRANSLATE_NOOP("Stage", "The second residual connection"),
            "R₂ = F + N₁",
            QT_TRANSLATE_NOOP(
                "Stage", "Again the sublayer's input is added back, cell by cell, to what it computed."
            ),
            "+N₁",
        ),
        Stage(
            "layer_output",
            LAYER_NORM,
            ("ffn_residual", "output_norm_gamma", "output_norm_beta"),
            QT_TRANSLATE_NOOP("Stage", "LayerNorm: the layer's output"),
            "X_out = LayerNorm(R₂) = (R₂ − μ) / √(σ² + ε) · γ₂ + β₂",
            QT_TRANSLATE_NOOP(
                "Stage",
                "Normalised again, row by row: this is the next layer's input X_in (after layer 6, the "
                "model's output).",
            ),
            "LN",
            companions=("layer_output_mean", "layer_output_var"),
        ),
    )


_BERT_HEADS = HeadTexts(
    k_t=QT_TRANSLATE_NOOP("Stage", "As in the toy: K (n, 32) becomes Kᵀ (32, n), so that Q · Kᵀ is defined."),
    scores=QT_TRANSLATE_NOOP(
        "Stage", "Row i holds the dot products of piece i's query with every piece's key: 32 terms each."
    ),
    scaled=QT_TRANSLATE_NOOP(
        "Stage", "With d_k = 32 every score is divided by √32 ≈ 5.66, so that softmax does not saturate."
    ),
    weights=QT_TRANSLATE_NOOP(
        "Stage",
        "An encoder reads the whole sentence at once: no mask. Each row becomes percentages; in "
        "a trained model many rows put much of their weight on [CLS] or [SEP].",
    ),
    head_output=QT_TRANSLATE_NOOP(
        "Stage",
        "Row i of Z blends the value rows by piece i's weights. A large weight on a piece whose "
        "value row is small contributes little: weights are not the whole story.",
    ),
    concat=QT_TRANSLATE_NOOP(
        "Stage", "The 12 heads' outputs of 32 columns each, side by side: (n, 384) again."
    ),
)
