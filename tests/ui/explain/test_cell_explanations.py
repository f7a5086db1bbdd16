"""The hover and pinned cell texts must state the trace's numbers and the arithmetic behind them.

Every number in a text is checked against NumPy recomputing attention from the trace's inputs
(X and the weight matrices), never against the code that wrote the text.
"""

import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.ui.explain.cell_explanations import explain_cell
from tests.reference import sinusoid

NUMBER = r"−?\d+\.\d+"
SENTENCE = ("I", "love", "learning")


def _float(text: str) -> float:
    return float(text.replace("−", "-").strip("()"))


def _rounded(value: float, decimals: int = 2) -> float:
    return round(float(value), decimals)


def _reference(trace) -> dict[str, np.ndarray]:
    """Attention recomputed from the trace's inputs, head by head, as the curriculum writes it."""
    config = trace.source
    h, d_k, d_v = config.num_heads, config.dims.d_k, config.dims.d_v
    x = trace.get("x").array
    x_kv = trace.get("x_kv").array if config.cross else x
    x_in = x + sinusoid(len(x), config.d_model)
    x_kv_in = x_kv + sinusoid(len(x_kv), config.d_model) if config.cross else x_in
    ref: dict[str, np.ndarray] = {"x_in": x_in, "x_kv_in": x_kv_in}
    heads = []
    for head in range(h):
        block_k, block_v = slice(head * d_k, (head + 1) * d_k), slice(head * d_v, (head + 1) * d_v)
        q = x_in @ trace.get("w_q").array[:, block_k]
        k = x_kv_in @ trace.get("w_k").array[:, block_k]
        v = x_kv_in @ trace.get("w_v").array[:, block_v]
        scores = q @ k.T
        scaled = scores / np.sqrt(d_k)
        masked = scaled.copy()
        if config.mask == "causal":
            masked[np.triu_indices(len(q), 1, len(k))] = -np.inf
        weights = np.exp(masked - masked.max(axis=1, keepdims=True))
        weights /= weights.sum(axis=1, keepdims=True)
        for name, array in (("q", q), ("k", k), ("v", v), ("scores", scores), ("scaled", scaled)):
            ref[f"{name}{head}"] = array
        ref[f"masked{head}"], ref[f"weights{head}"], ref[f"head_output{head}"] = masked, weights, weights @ v
        heads.append(weights @ v)
    ref["concat"] = np.hstack(heads)
    ref["output"] = ref["concat"] @ trace.get("w_o").array
    return ref


def _equation(text: str, prefix: str) -> tuple[list[tuple[float, float]], str, str]:
    """The factors of a written-out dot product, its "…" if cut, and its total."""
    line = next(line for line in text.splitlines() if line.startswith(prefix))
    _, terms, total = line.split(" = ")
    pairs = [tuple(_float(f) for f in term.split("×")) for term in terms.split(" + ") if term != "…"]
    return pairs, "…" if terms.endswith("…") else "", total


@pytest.fixture(scope="module")
def trace():
    return compute_trace(AttentionConfig(tokens=SENTENCE, d_model=4, num_heads=2, seed=3, mask="causal"))


@pytest.fixture(scope="module")
def ref(trace):
    return _reference(trace)


def test_first_line_gives_the_rounded_and_the_exact_value(trace, ref):
    text = explain_cell(trace, "q", 1, 1, 0)
    lines = text.splitlines()
    assert lines[0] == "Head 2"
    exact = trace.get("q", 1).array[1, 0]
    rounded = re.fullmatch(rf"Q\[love, 1\] = ({NUMBER})", lines[1])
    every = re.fullmatch(r"every digit: (\S+)", lines[2])
    assert rounded, lines[1]
    assert every, lines[2]
    assert _float(rounded[1]) == _rounded(ref["q1"][1, 0])
    assert _float(every[1]) == exact  # repr precision: it parses back to the very same float
    assert _float(every[1]) == pytest.approx(ref["q1"][1, 0], rel=1e-12)


def test_scores_cell_writes_out_every_product(trace, ref):
    i, j, head = 2, 1, 0
    text = explain_cell(trace, "scores", head, i, j)
    assert text.splitlines()[1].startswith("S[learning, love] = ")
    assert "Row 3 (learning) of Q times column 2 (love) of Kᵀ:" in text
    pairs, cut, total = _equation(text, "Q[3, :] · Kᵀ[:, 2] = ")
    q, k = ref["q0"], ref["k0"]
    assert pairs == [(_rounded(q[i, n]), _rounded(k[j, n])) for n in range(q.shape[1])]
    assert not cut
    assert _float(total) == _rounded(ref["scores0"][i, j])
    assert total == f"{trace.get('scores', head).array[i, j]:.2f}".replace("-", "−")


@pytest.mark.parametrize(
    ("stage", "head", "prefix", "left", "right"),
    [
        ("q", 1, "X_in[2, :] · W_Q[:, 4]", "x_in", "w_q"),
        ("k", 0, "X_in[2, :] · W_K[:, 2]", "x_in", "w_k"),
        ("v", 1, "X_in[2, :] · W_V[:, 4]", "x_in", "w_v"),
        ("head_output", 1, "A[2, :] · V[:, 2]", "weights1", "v1"),
        ("output", None, "Concat[2, :] · W_O[:, 2]", "concat", "w_o"),
    ],
)
def test_each_product_stage_multiplies_the_right_row_and_column(trace, ref, stage, head, prefix, left, right):
    arrays = {**ref, "w_q": trace.get("w_q").array, "w_k": trace.get("w_k").array}
    arrays |= {"w_v": trace.get("w_v").array, "w_o": trace.get("w_o").array}
    column = {"w_q": 3, "w_k": 1, "w_v": 3}.get(right, 1)  # a head's block of W's columns
    text = explain_cell(trace, stage, head, 1, 1)
    pairs, _, total = _equation(text, prefix)
    row, col = arrays[left][1], arrays[right][:, column]
    assert pairs == [(_rounded(a), _rounded(b)) for a, b in zip(row, col, strict=True)]
    expected = ref[f"{stage}{'' if head is None else head}"][1, 1]
    assert _float(total) == _rounded(expected)


def test_head_projection_names_its_block_of_columns(trace):
    assert "Head 2 uses columns 3–4 of W_Q." in explain_cell(trace, "q", 1, 0, 0)


@pytest.fixture(scope="module")
def wide():
    return compute_trace(AttentionConfig(tokens=SENTENCE, d_model=32, num_heads=2, seed=1))


def test_long_dot_products_are_cut_in_tooltips_and_whole_when_pinned(wide):
    cut_text = explain_cell(wide, "scores", 0, 0, 1, max_terms=8)
    pairs, cut, total = _equation(cut_text, "Q[1, :] · Kᵀ[:, 2] = ")
    assert len(pairs) == 8
    assert cut == "…"
    assert "16 terms in all" in cut_text
    assert _float(total) == _rounded(_reference(wide)["scores0"][0, 1])
    pairs, cut, _ = _equation(explain_cell(wide, "scores", 0, 0, 1, max_terms=None), "Q[1, :] · Kᵀ[:, 2] = ")
    assert len(pairs) == 16
    assert not cut


def test_x_in_adds_x_and_the_sinusoid(trace):
    x, pe = trace.get("x").array[2, 1], sinusoid(3, 4)[2, 1]
    numbers = re.fullmatch(
        rf"= X\[learning, 2\] \+ PE\[learning, 2\] = ({NUMBER}) \+ \(?({NUMBER})\)? = ({NUMBER})",
        explain_cell(trace, "x_in", None, 2, 1).splitlines()[2],
    )
    assert numbers
    assert [_float(n) for n in numbers.groups()] == [_rounded(x), _rounded(pe), _rounded(x + pe)]


@pytest.mark.parametrize(
    ("index", "function", "two_i"), [(0, "sin", 0), (1, "cos", 0), (2, "sin", 2), (3, "cos", 2)]
)
def test_positional_encoding_fills_in_pos_and_i(trace, index, function, two_i):
    text = explain_cell(trace, "pe", None, 2, index, decimals=4)
    angle = 2 / 10000 ** (two_i / 4)
    assert f"= {function}(2 / 10000^({two_i}/4)) = {function}({angle:.6f}) = " in text
    assert text.splitlines()[-1].endswith(f"{sinusoid(3, 4)[2, index]:.4f}".replace("-", "−"))


def test_transpose_swaps_the_indices(trace):
    assert "Kᵀ[1, learning] = K[learning, 1]" in explain_cell(trace, "k_t", 0, 0, 2)


def test_scaled_shows_the_square_root_of_d_k(trace, ref):
    text = explain_cell(trace, "scaled", 0, 1, 0)
    score = f"{ref['scores0'][1, 0]:.2f}".replace("-", "−")
    assert f"= S[love, I] / √d_k = {score} / √2 = {score} / 1.41 = " in text
    assert text.endswith(f"{ref['scaled0'][1, 0]:.2f}".replace("-", "−"))


def test_scaled_divides_by_eight_in_the_worked_example():
    big = compute_trace(AttentionConfig(tokens=SENTENCE, d_model=512, num_heads=8))
    assert " / √64 = " in explain_cell(big, "scaled", 7, 0, 0)
    assert " / 8.00 = " in explain_cell(big, "scaled", 7, 0, 0)


def test_scaled_says_when_scaling_is_off():
    text = explain_cell(compute_trace(AttentionConfig(tokens=SENTENCE, scale=False)), "scaled", 0, 0, 0)
    assert "off" in text
    assert "/ √2" not in text


def test_masked_cells_become_minus_infinity(trace):
    hidden = explain_cell(trace, "masked", 0, 0, 2)
    assert hidden.splitlines()[1] == "(S/√d_k + M)[I, learning] = −∞"
    assert "future" in hidden
    kept = explain_cell(trace, "masked", 0, 2, 0)
    assert "−∞" not in kept
    assert "kept" in kept


def test_weights_show_the_exponential_the_row_sum_and_a_percentage(trace, ref):
    i, j = 2, 1
    row = ref["masked0"][i]
    exps = np.exp(row - row.max())
    weight = exps[j] / exps.sum()
    text = explain_cell(trace, "weights", 0, i, j)
    assert f"= {exps[j]:.2f} / {exps.sum():.2f} = {weight:.2f}" in text
    assert f"exp({row[j]:.2f} − ".replace("-", "−") in text
    assert f"Σ = {exps[0]:.2f} + {exps[1]:.2f} + {exps[2]:.2f} = {exps.sum():.2f}" in text
    assert f"learning gives {100 * weight:.0f}% of its attention to love." in text


def test_masked_weights_are_exp_of_minus_infinity(trace):
    text = explain_cell(trace, "weights", 1, 0, 1)
    assert "exp(−∞) = 0" in text
    assert "0%" in text


@pytest.mark.parametrize(("j", "head", "column"), [(1, 1, 2), (2, 2, 1), (3, 2, 2)])
def test_concat_names_its_head_and_column(trace, ref, j, head, column):
    text = explain_cell(trace, "concat", None, 1, j)
    assert f"Concat[love, {j + 1}] = Z_{head}[love, {column}]" in text
    assert f"head {head}" in text
    assert f"columns {2 * head - 1}–{2 * head}" in text
    assert text.splitlines()[0].startswith(
        f"Concat[love, {j + 1}] = {ref['concat'][1, j]:.2f}".replace("-", "−")
    )
    assert ref["concat"][1, j] == pytest.approx(ref[f"head_output{head - 1}"][1, column - 1])


@pytest.mark.parametrize("stage", ["w_q", "w_o", "x"])
def test_inputs_and_weights_state_their_value_and_role(trace, stage):
    value = trace.get(stage).array[1, 2]
    lines = explain_cell(trace, stage, None, 1, 2).splitlines()
    assert lines[0].split(" = ")[1].startswith(f"{value:.2f}".replace("-", "−"))
    assert len(lines) >= 2


def test_cross_attention_puts_queries_on_rows_and_kv_tokens_on_columns():
    config = AttentionConfig(tokens=SENTENCE, kv_tokens=("我", "爱", "学习", "！"), d_model=4, seed=2)
    cross = compute_trace(config)
    ref = _reference(cross)
    text = explain_cell(cross, "scores", 0, 1, 2)
    assert text.splitlines()[1].startswith("S[love, 学习] = ")
    assert "Row 2 (love) of Q times column 3 (学习) of Kᵀ:" in text
    assert _float(_equation(text, "Q[2, :] · Kᵀ[:, 3] = ")[2]) == _rounded(ref["scores0"][1, 2])
    keys = explain_cell(cross, "k", 1, 3, 0)
    assert keys.splitlines()[1].startswith("K[！, 1] = ")
    pairs, _, total = _equation(keys, "X_kv,in[4, :] · W_K[:, 3] = ")
    assert [a for a, _ in pairs] == [_rounded(a) for a in ref["x_kv_in"][3]]
    assert _float(total) == _rounded(ref["k1"][3, 0])


def test_chinese_tokens_appear_as_text():
    chinese = compute_trace(AttentionConfig(tokens=("我", "爱", "学习"), seed=5))
    text = explain_cell(chinese, "weights", 0, 0, 2)
    assert text.splitlines()[1].startswith("A[我, 学习] = ")
    assert "我 gives" in text
    assert "学习" in text


def test_every_cell_of_every_stage_is_explained_with_real_minus_signs():
    config = AttentionConfig(tokens=("a", "b"), kv_tokens=("c", "d", "e"), d_model=4, mask="causal", seed=7)
    cross = compute_trace(config)
    for name in cross.names:
        for head in range(2) if cross.is_per_head(name) else (None,):
            rows, cols = cross.get(name, head).array.shape
            for i in range(rows):
                for j in range(cols):
                    text = explain_cell(cross, name, head, i, j)
                    assert "-" not in text, text
                    assert len(text.splitlines()) >= 2


def test_wrong_requests_are_refused(trace):
    with pytest.raises(ValueError, match="per head"):
        explain_cell(trace, "scores", None, 0, 0)
    with pytest.raises(IndexError):
        explain_cell(trace, "scores", 0, 3, 0)
    with pytest.raises(ValueError, match="no explanation"):
        explain_cell(trace, "softmax", 0, 0, 0)


class _Marking(QTranslator):
    """Marks every CellExplanation string, as a catalogue for another language would replace it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "CellExplanation" else None

    def isEmpty(self):  # an empty translator is skipped
        return False


def test_every_sentence_goes_through_the_translator(qapp):
    cross = compute_trace(AttentionConfig(tokens=("a", "b"), kv_tokens=("c", "d"), d_model=4, mask="causal"))
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    try:
        texts = [
            explain_cell(cross, name, 0, i, j) for name in cross.names for i in range(2) for j in range(2)
        ]
    finally:
        QCoreApplication.removeTranslator(translator)
    for line in (line for text in texts for line in text.splitlines()):
        # Sentences are translated; only the arithmetic itself ("= …", "Q[2, :] · …") is notation.
        assert line.startswith("«") or re.match(r"(= |[^=]+\] = )", line), line
