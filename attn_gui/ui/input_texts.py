"""The input panel's words: a label (with its mnemonic) and a teacher's tooltip for each field."""

from PySide6.QtCore import QCoreApplication


def field_texts() -> dict[str, tuple[str, str]]:
    """Label and tooltip per field objectName, translated now (call again on a language change).

    Checkboxes and buttons carry the label as their own text.
    """
    return {
        "presets": (
            QCoreApplication.translate("InputPanel", "E&xamples:"),
            QCoreApplication.translate(
                "InputPanel", "Load a ready-made example from the lesson into all the fields below."
            ),
        ),
        "tokens": (
            QCoreApplication.translate("InputPanel", "&Tokens:"),
            QCoreApplication.translate(
                "InputPanel",
                "The sentence to study. Words separated by spaces become tokens, one row of X each. "
                "Chinese works too: 我 爱 学习 is three tokens.",
            ),
        ),
        "split_cjk": (
            QCoreApplication.translate("InputPanel", "one token per Chinese/Japanese &character"),
            QCoreApplication.translate(
                "InputPanel",
                "Make every Chinese or Japanese character a token of its own, "
                "so 我爱学习 gives 我, 爱, 学, 习 without typing spaces.",
            ),
        ),
        "cross": (
            QCoreApplication.translate("InputPanel", "cross-&attention"),
            QCoreApplication.translate(
                "InputPanel",
                "As between encoder and decoder: the queries come from the tokens above, "
                "the keys and values from a second sentence.",
            ),
        ),
        "kv_tokens": (
            QCoreApplication.translate("InputPanel", "Ke&ys/values:"),
            QCoreApplication.translate(
                "InputPanel",
                "The second sentence, which supplies the keys and values. The scores then have "
                "one row per query token and one column per key token.",
            ),
        ),
        "d_model": (
            QCoreApplication.translate("InputPanel", "d_m&odel:"),
            QCoreApplication.translate(
                "InputPanel",
                "The length of each token's vector: the number of columns of X. "
                "4 fits on a projector; the original paper uses 512.",
            ),
        ),
        "num_heads": (
            QCoreApplication.translate("InputPanel", "Hea&ds:"),
            QCoreApplication.translate(
                "InputPanel",
                "How many attention heads work side by side, each with its own W_Q, W_K and W_V. "
                "d_model must divide evenly by it unless d_k and d_v are set.",
            ),
        ),
        "d_k": (
            QCoreApplication.translate("InputPanel", "d_&k (key size):"),
            QCoreApplication.translate(
                "InputPanel",
                "The length of each query and key vector in one head; the scores are divided by √d_k. "
                "Auto means d_model ÷ heads.",
            ),
        ),
        "d_v": (
            QCoreApplication.translate("InputPanel", "d_v (val&ue size):"),
            QCoreApplication.translate(
                "InputPanel",
                "The length of each value vector, so of each row a head outputs. Auto means d_model ÷ heads.",
            ),
        ),
        "seed": (
            QCoreApplication.translate("InputPanel", "&Seed:"),
            QCoreApplication.translate(
                "InputPanel",
                "The starting number for the random embeddings and weights. The same seed gives the "
                "same numbers every time, so students can replay the lesson at home.",
            ),
        ),
        "new_seed": (
            QCoreApplication.translate("InputPanel", "New &random"),
            QCoreApplication.translate(
                "InputPanel", "Pick a different seed: new random numbers for the same sentence."
            ),
        ),
        "mask": (
            QCoreApplication.translate("InputPanel", "&Mask:"),
            QCoreApplication.translate(
                "InputPanel",
                "Causal: each token may look only at itself and the tokens before it, as in a decoder; "
                "later tokens get weight 0.",
            ),
        ),
        "embedding": (
            QCoreApplication.translate("InputPanel", "Em&bedding:"),
            QCoreApplication.translate(
                "InputPanel",
                "Random: a seeded random vector for each distinct word. One-hot: the i-th distinct word "
                "gets a 1 in column i (needs d_model at least the number of distinct words). "
                "Typed values: numbers edited in the matrices; choose another entry to drop them.",
            ),
        ),
        "positional_encoding": (
            QCoreApplication.translate("InputPanel", "add &positional encoding"),
            QCoreApplication.translate(
                "InputPanel",
                "Add the sine/cosine position pattern to X (X_in = X + PE), so word order matters.",
            ),
        ),
        "scale": (
            QCoreApplication.translate("InputPanel", "div&ide by √d_k"),
            QCoreApplication.translate(
                "InputPanel",
                "Divide the scores Q·Kᵀ by √d_k before softmax. Without it, large scores push softmax "
                "towards all-or-nothing weights.",
            ),
        ),
    }
