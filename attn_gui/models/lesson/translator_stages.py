"""The stops of each part of the shipped translator, in order, named as the toy names them.

The encoder and the decoder start, like the toy, from X and PE; cross-attention starts from the
decoder's rows with the encoder's output beside them; the output part is the next-word layer.
The translator stores its weights (in, out), so its products are X·W, without the transpose a
BERT layer needs; the shared builders write the formulas from the matrices' symbols.
"""

from attn_gui.core.stage import INPUT, MASK, PRODUCT, SOFTMAX, SUM, HeadTexts, Stage, heads_stages
from attn_gui.models.lesson.bert_stages import product_and_bias, projection
from attn_gui.models.lesson.source import PARTS
from attn_gui.translatable import QT_TRANSLATE_NOOP

HEADS = 2  # the shipped translator's; the stage names do not depend on it

_QUERIES = QT_TRANSLATE_NOOP(
    "Stage",
    "Q = X_in · W_Q + b_Q. The translator stores W_Q as (in, out) = (16, 16), so there is no "
    "transpose: each cell is one row of X_in times one column of W_Q, 16 terms. Each of the 2 heads "
    "takes 8 columns.",
)
_SELF_KEYS = QT_TRANSLATE_NOOP(
    "Stage", "The keys are made the same way from X_in with W_K: (n, 16) · (16, 8) for each head."
)
_SELF_VALUES = QT_TRANSLATE_NOOP(
    "Stage", "And the values with W_V: the content a head hands back once a key matches."
)
_CROSS_KEYS = QT_TRANSLATE_NOOP(
    "Stage",
    "Encoder-decoder attention: the keys come from X_kv, the encoder's output, one row per English "
    "token, so every Chinese word's query meets every English word's key.",
)
_CROSS_VALUES = QT_TRANSLATE_NOOP(
    "Stage",
    "The values come from the encoder's output too: what each English word hands back to the Chinese "
    "word that attends to it.",
)
_K_T = QT_TRANSLATE_NOOP("Stage", "K (n_kv, 8) becomes Kᵀ (8, n_kv), so that Q · Kᵀ is defined.")
_SCORES = QT_TRANSLATE_NOOP(
    "Stage", "Row i holds the dot products of word i's query with every key: 8 terms each."
)
_SCALED = QT_TRANSLATE_NOOP(
    "Stage", "With d_k = 8 every score is divided by √8 ≈ 2.83, so that softmax does not saturate."
)
_HEAD_OUTPUT = QT_TRANSLATE_NOOP(
    "Stage", "Row i of Z blends the value rows by word i's weights: 8 numbers for each head."
)
_CONCAT = QT_TRANSLATE_NOOP(
    "Stage", "The 2 heads' outputs of 8 columns each, side by side: 16 columns again."
)
_WEIGHTS = {
    "encoder": QT_TRANSLATE_NOOP(
        "Stage",
        "The encoder reads the whole English sentence at once: no mask. Each row becomes "
        "percentages: how much each English word takes from every other.",
    ),
    "decoder": QT_TRANSLATE_NOOP(
        "Stage",
        "After the mask each row shares its weight among the words written so far; the words not yet "
        "written get exactly 0.",
    ),
    "cross": QT_TRANSLATE_NOOP(
        "Stage",
        "Each Chinese word's row shares its weight among the English words: where the translator "
        "looks while writing. No mask: the whole English sentence is known.",
    ),
}
_EMBEDDING = {
    "encoder": QT_TRANSLATE_NOOP(
        "Stage",
        "The encoder reads the English sentence and its end marker <eos>: each word takes its row of "
        "the English embedding table, times √d_model = 4 as in the paper, so that the words stay "
        "louder than the positions. X is (n, 16).",
    ),
    "decoder": QT_TRANSLATE_NOOP(
        "Stage",
        "The decoder reads <bos> and the Chinese words written before this step: at step t, t rows. "
        "Each takes its row of the Chinese embedding table, times √d_model = 4. X is (t, 16).",
    ),
}
_MASK = Stage(
    "masked",
    MASK,
    ("scaled",),
    QT_TRANSLATE_NOOP("Stage", "The mask"),
    "S / √d_k + M",
    QT_TRANSLATE_NOOP(
        "Stage",
        "The decoder must not see the words it has not written yet: the scores of later positions "
        "(j > i) become −∞, so their weights will be exactly 0.",
    ),
    QT_TRANSLATE_NOOP("PipelineStrip", "mask"),
    per_head=True,
)


def _embedding(part: str) -> tuple[Stage, ...]:
    """X, PE and X_in = X + PE, as in the toy: the encoder's and the decoder's own input."""
    return (
        Stage(
            "x",
            INPUT,
            (),
            QT_TRANSLATE_NOOP("Stage", "Tokens and the input matrix X"),
            "X = E[t] · √d_model",
            _EMBEDDING[part],
            "X",
        ),
        Stage(
            "pe",
            INPUT,
            (),
            QT_TRANSLATE_NOOP("Stage", "Positional encoding"),
            "PE[pos, 2i] = sin(pos / 10000^(2i/d_model)),  PE[pos, 2i+1] = cos(…)",
            QT_TRANSLATE_NOOP(
                "Stage",
                "The toy's sinusoids, one row per position: attention by itself ignores word order. "
                "The encoder and the decoder count their positions each from 0.",
            ),
            "PE",
        ),
        Stage(
            "x_in",
            SUM,
            ("x", "pe"),
            QT_TRANSLATE_NOOP("Stage", "Adding the positions"),
            "X_in = X + PE",
            QT_TRANSLATE_NOOP("Stage", "Added cell by cell: the attention layer's input."),
            "X_in",
        ),
    )


def _queries_side() -> Stage:
    return Stage(
        "x_in",
        INPUT,
        (),
        QT_TRANSLATE_NOOP("Stage", "The decoder's rows and the encoder's output"),
        "X_in, X_kv",
        QT_TRANSLATE_NOOP(
            "Stage",
            "X_in is the decoder's rows after its masked self-attention (and its residual and "
            "LayerNorm): <bos> and the words written so far. They ask; beside them X_kv, the "
            "encoder's output over the English tokens, will give the keys and the values.",
        ),
        "X_in",
        companions=("x_kv",),
        variant="cross",
    )


def _attention(part: str, heads: int) -> tuple[Stage, ...]:
    """One attention of the translator with its biases: from X_in (and X_kv) to the output."""
    kv = "x_kv" if part == "cross" else "x_in"
    keys, values = (_CROSS_KEYS, _CROSS_VALUES) if part == "cross" else (_SELF_KEYS, _SELF_VALUES)
    texts = HeadTexts(_K_T, _SCORES, _SCALED, _WEIGHTS[part], _HEAD_OUTPUT, _CONCAT)
    return (
        *projection(
            "q",
            ("x_in", "w_q"),
            "x_in_w_q",
            (QT_TRANSLATE_NOOP("Stage", "Queries"), QT_TRANSLATE_NOOP("Stage", "Queries: the bias")),
            _QUERIES,
        ),
        *projection(
            "k",
            (kv, "w_k"),
            f"{kv}_w_k",
            (QT_TRANSLATE_NOOP("Stage", "Keys"), QT_TRANSLATE_NOOP("Stage", "Keys: the bias")),
            keys,
        ),
        *projection(
            "v",
            (kv, "w_v"),
            f"{kv}_w_v",
            (QT_TRANSLATE_NOOP("Stage", "Values"), QT_TRANSLATE_NOOP("Stage", "Values: the bias")),
            values,
        ),
        *heads_stages(texts, heads, _MASK if part == "decoder" else None),
        *product_and_bias(
            "output",
            ("concat", "w_o"),
            "b_o",
            (
                QT_TRANSLATE_NOOP("Stage", "The output projection"),
                QT_TRANSLATE_NOOP("Stage", "The output's bias"),
            ),
            (
                QT_TRANSLATE_NOOP(
                    "Stage", "W_O (16, 16) mixes the 2 heads back into the model's 16 features."
                ),
                QT_TRANSLATE_NOOP(
                    "Stage",
                    "The attention's output: added to its input X_in, then LayerNorm, before the next "
                    "sublayer reads it.",
                ),
            ),
            product="concat_w_o",
        ),
    )


def _next_word() -> tuple[Stage, ...]:
    """The decoder's row at this step times W_out, then softmax over the vocabulary."""
    return (
        Stage(
            "x_in",
            INPUT,
            (),
            QT_TRANSLATE_NOOP("Stage", "The decoder's row at this step"),
            "X_in",
            QT_TRANSLATE_NOOP(
                "Stage",
                "At step t the decoder's output row t (after its feed-forward layer) holds 16 "
                "numbers: the next word is chosen from this row alone.",
            ),
            "X_in",
            variant="output",
        ),
        Stage(
            "logits",
            PRODUCT,
            ("x_in", "w_out"),
            QT_TRANSLATE_NOOP("Stage", "One score for every word of the vocabulary"),
            "logits = X_in · W_out",
            QT_TRANSLATE_NOOP(
                "Stage",
                "W_out has one column per Chinese word of the vocabulary, the markers included: each "
                "score is the dot product of the decoder's row with that word's column, 16 terms.",
            ),
            "·W_out",
        ),
        Stage(
            "probabilities",
            SOFTMAX,
            ("logits",),
            QT_TRANSLATE_NOOP("Stage", "Softmax over the vocabulary"),
            "P = softmax(logits)",
            QT_TRANSLATE_NOOP(
                "Stage",
                "Softmax over the vocabulary turns the scores into next-word probabilities that add "
                "up to 1; the most probable word is written and the next step begins. Dividing the "
                "scores by a temperature first would flatten or sharpen them.",
            ),
            "softmax",
            variant="vocabulary",
        ),
    )


def translator_stages(part: str, heads: int = HEADS) -> tuple[Stage, ...]:
    """Every stage of ``part`` (one of PARTS), from its input to its output."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, got {part!r}")
    if part == "output":
        return _next_word()
    start = (_queries_side(),) if part == "cross" else _embedding(part)
    return (*start, *_attention(part, heads))
