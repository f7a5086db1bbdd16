"""How the lesson writes each matrix and its numbers, and reads typed ones, the same in every view,
file and language."""

import math

MATRIX_SYMBOLS = {
    "x": "X", "pe": "PE", "x_in": "X_in", "x_kv": "X_kv", "pe_kv": "PE_kv", "x_kv_in": "X_kv,in",
    "w_q": "W_Q", "w_k": "W_K", "w_v": "W_V", "w_o": "W_O", "q": "Q", "k": "K", "v": "V", "k_t": "Kᵀ",
    "scores": "S", "scaled": "(S/√d_k)", "masked": "(S/√d_k + M)", "weights": "A", "head_output": "Z",
    "concat": "Concat", "output": "Output",
    # A real model's layer (BERT): Q = X_in·W_Qᵀ + b_Q, the residuals, LayerNorm, the feed-forward layer.
    "w_q_t": "W_Qᵀ", "w_k_t": "W_Kᵀ", "w_v_t": "W_Vᵀ", "w_o_t": "W_Oᵀ", "w_1_t": "W_1ᵀ", "w_2_t": "W_2ᵀ",
    "b_q": "b_Q", "b_k": "b_K", "b_v": "b_V", "b_o": "b_O", "b_1": "b_1", "b_2": "b_2",
    "q_product": "X_in·W_Qᵀ", "k_product": "X_in·W_Kᵀ", "v_product": "X_in·W_Vᵀ",
    "attn_product": "Concat·W_Oᵀ", "residual": "R₁", "attn_norm": "N₁", "attn_norm_gamma": "γ₁",
    "attn_norm_beta": "β₁", "attn_norm_mean": "μ₁", "attn_norm_var": "σ²₁", "ffn_product": "N₁·W_1ᵀ",
    "ffn_hidden": "H", "gelu": "GELU(H)", "ffn_out_product": "GELU(H)·W_2ᵀ", "ffn_output": "F",
    "ffn_residual": "R₂", "layer_output": "X_out", "output_norm_gamma": "γ₂", "output_norm_beta": "β₂",
    "layer_output_mean": "μ₂", "layer_output_var": "σ²₂",
    # The translator: X·W + b (its weights are stored (in, out)), and the next-word layer.
    "x_in_w_q": "X_in·W_Q", "x_in_w_k": "X_in·W_K", "x_in_w_v": "X_in·W_V",
    "x_kv_w_k": "X_kv·W_K", "x_kv_w_v": "X_kv·W_V", "concat_w_o": "Concat·W_O", "w_out": "W_out",
    "logits": "logits", "probabilities": "P",
}  # fmt: skip
# Rows that sum to 1 (attention weights, the next word's probabilities): drawn on the 0..1 scale,
# as percentages on request, with their row sums.
DISTRIBUTIONS = frozenset({"weights", "probabilities"})


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
