"""How the lesson writes each matrix and reads typed numbers, the same in every view and language."""

MATRIX_SYMBOLS = {
    "x": "X", "pe": "PE", "x_in": "X_in", "x_kv": "X_kv", "pe_kv": "PE_kv", "x_kv_in": "X_kv,in",
    "w_q": "W_Q", "w_k": "W_K", "w_v": "W_V", "w_o": "W_O", "q": "Q", "k": "K", "v": "V", "k_t": "Kᵀ",
    "scores": "S", "scaled": "(S/√d_k)", "masked": "(S/√d_k + M)", "weights": "A", "head_output": "Z",
    "concat": "Concat", "output": "Output",
}  # fmt: skip


def read_number(text: str) -> float | None:
    """A number as a class types it: a comma may be the decimal point, "−" the minus sign.

    None when the text is not a number, so that callers can say so instead of guessing.
    """
    try:
        return float(text.strip().replace("−", "-").replace(",", "."))
    except ValueError:
        return None
