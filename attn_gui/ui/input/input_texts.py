"""The input panel's words: a label (with its mnemonic) and a teacher's tooltip for each field."""

from attn_gui.translatable import QT_TRANSLATE_NOOP
from attn_gui.ui.described import Described, translated

_FIELDS: dict[str, Described] = {
    "source": (
        QT_TRANSLATE_NOOP("InputPanel", "&Model:"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "Random weights teach the arithmetic at any size; a pretrained model shows what real "
            "attention has learned, with its own word pieces and weights, one layer at a time.",
        ),
    ),
    "presets": (
        QT_TRANSLATE_NOOP("InputPanel", "E&xamples:"),
        QT_TRANSLATE_NOOP(
            "InputPanel", "Load a ready-made example from the lesson into all the fields below."
        ),
    ),
    "tokens": (
        QT_TRANSLATE_NOOP("InputPanel", "&Tokens:"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "The sentence to study. Words separated by spaces become tokens, one row of X each. "
            "Chinese works too: 我 爱 学习 is three tokens.",
        ),
    ),
    "split_cjk": (
        QT_TRANSLATE_NOOP("InputPanel", "one token per Chinese/Japanese &character"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "Make every Chinese or Japanese character a token of its own, "
            "so 我爱学习 gives 我, 爱, 学, 习 without typing spaces.",
        ),
    ),
    "cross": (
        QT_TRANSLATE_NOOP("InputPanel", "cross-&attention"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "As between encoder and decoder: the queries come from the tokens above, "
            "the keys and values from a second sentence.",
        ),
    ),
    "kv_tokens": (
        QT_TRANSLATE_NOOP("InputPanel", "Ke&ys/values:"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "The second sentence, which supplies the keys and values. The scores then have "
            "one row per query token and one column per key token.",
        ),
    ),
    "d_model": (
        QT_TRANSLATE_NOOP("InputPanel", "d_m&odel:"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "The length of each token's vector: the number of columns of X. "
            "4 fits on a projector; the original paper uses 512.",
        ),
    ),
    "num_heads": (
        QT_TRANSLATE_NOOP("InputPanel", "Hea&ds:"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "How many attention heads work side by side, each with its own W_Q, W_K and W_V. "
            "d_model must divide evenly by it unless d_k and d_v are set.",
        ),
    ),
    "d_k": (
        QT_TRANSLATE_NOOP("InputPanel", "d_&k (key size):"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "The length of each query and key vector in one head; the scores are divided by √d_k. "
            "Auto means d_model ÷ heads.",
        ),
    ),
    "d_v": (
        QT_TRANSLATE_NOOP("InputPanel", "d_v (val&ue size):"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "The length of each value vector, so of each row a head outputs. Auto means d_model ÷ heads.",
        ),
    ),
    "seed": (
        QT_TRANSLATE_NOOP("InputPanel", "&Seed:"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "The starting number for the random embeddings and weights. The same seed gives the "
            "same numbers every time, so students can replay the lesson at home.",
        ),
    ),
    "new_seed": (
        QT_TRANSLATE_NOOP("InputPanel", "New &random"),
        QT_TRANSLATE_NOOP("InputPanel", "Pick a different seed: new random numbers for the same sentence."),
    ),
    "mask": (
        QT_TRANSLATE_NOOP("InputPanel", "&Mask:"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "Causal: each token may look only at itself and the tokens before it, as in a decoder; "
            "later tokens get weight 0.",
        ),
    ),
    "embedding": (
        QT_TRANSLATE_NOOP("InputPanel", "Em&bedding:"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "Random: a seeded random vector for each distinct word. One-hot: the i-th distinct word "
            "gets a 1 in column i (needs d_model at least the number of distinct words). "
            "Typed values: numbers edited in the matrices; choose another entry to drop them.",
        ),
    ),
    "positional_encoding": (
        QT_TRANSLATE_NOOP("InputPanel", "add &positional encoding"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "Add the sine/cosine position pattern to X (X_in = X + PE), so word order matters.",
        ),
    ),
    "scale": (
        QT_TRANSLATE_NOOP("InputPanel", "div&ide by √d_k"),
        QT_TRANSLATE_NOOP(
            "InputPanel",
            "Divide the scores Q·Kᵀ by √d_k before softmax. Without it, large scores push softmax "
            "towards all-or-nothing weights.",
        ),
    ),
}


def field_texts() -> dict[str, Described]:
    """Label and tooltip per field objectName, translated now (call again on a language change).

    Checkboxes and buttons carry the label as their own text.
    """
    return translated("InputPanel", _FIELDS)
