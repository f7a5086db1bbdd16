"""How the lesson writes each matrix and its numbers, and reads typed ones, the same in every view,
file and language."""

import math

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


def format_number(value: float, decimals: int | None = 2, percent: bool = False) -> str:
    """Fixed decimals (None: the shortest exact form), a real minus sign, ±∞ for masked scores.

    As a percentage, two fewer decimals: 0.9234 at 2 decimals reads "92%".
    """
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if decimals is None:
        text = repr(float(value))
    elif percent:
        text = f"{value * 100:.{max(decimals - 2, 0)}f}%"
    else:
        text = f"{value:.{decimals}f}"
    return text.replace("-", "−")
