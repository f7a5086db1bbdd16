"""The second half of a stage's explanation: the idea told again with this lesson's own numbers.

A general sentence ("dividing by √d_k brings the variance back to 1") convinces a class only
once it sees its own case: "here d_k = 2, the variance falls from 2.3 to 1.2". Each note is one
paragraph of HTML built from the trace; the stage's general explanation comes first.
"""

import html
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from attn_gui.core import AttentionTrace, product_matrices
from attn_gui.core.stage import BIAS, PRODUCT
from attn_gui.core.statistics import finite_variance
from attn_gui.notation import format_number
from attn_gui.timeline.transformer_block import transformer_block
from attn_gui.ui.stage.equation_text import MAX_ENTRIES, top_weights


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _product_rule(trace: AttentionTrace, head: int, name: str) -> list[str]:
    """Stage 1 of the curriculum, told where it is first needed: why a product is defined.

    A real model's layer computes Q as X_in·W_Qᵀ (stage "q_product") and then adds the bias.
    """
    if trace.stage(name).kind != PRODUCT:
        name = f"{name}_product"
    left, right = product_matrices(trace, name, head)
    (m, p), (p2, q) = left.array.shape, right.array.shape
    rule = QCoreApplication.translate(
        "StageNotes",
        "The rule: A (m × p) · B (p × q) is defined only when the columns of A equal the rows of B, and "
        "gives (m × q). Here ({m}, {p}) · ({p2}, {q}): {p} columns meet {p2} rows, so the product is "
        "({m}, {q}); each of its {cells} cells is one dot product of {p} terms.",
    ).format(m=m, p=p, p2=p2, q=q, cells=m * q)
    return [_p(rule)]


def _queries(trace: AttentionTrace, head: int) -> list[str]:
    analogy = QCoreApplication.translate(
        "StageNotes",
        "Think of a library search. The query is the question a token brings (“what should I attend "
        "to?”); each key is a catalogue card saying what a token offers; each value is the book "
        "handed back. Q asks, K matches, V is returned. All three are learned projections of the "
        "same X_in, so one token can ask one thing and offer another.",
    )
    return [_p(analogy), *_product_rule(trace, head, "q")]


def _keys(trace: AttentionTrace, head: int) -> list[str]:
    notes = _product_rule(trace, head, "k")
    if trace.cross:
        cross = QCoreApplication.translate(
            "StageNotes",
            "Cross-attention: the queries come from the decoder's {n_q} tokens, the keys and values "
            "from the encoder's {n_kv}. The scores will be ({n_q}, {n_kv}) and the output "
            "({n_q}, d_model).",
        ).format(n_q=trace.dims.n_q, n_kv=trace.dims.n_kv)
        notes.append(_p(cross))
    return notes


def _transpose(trace: AttentionTrace, head: int) -> list[str]:
    dims = trace.dims
    values = {"n": dims.n_q, "n_kv": dims.n_kv, "d_k": dims.d_k}
    if dims.d_k != dims.n_kv:
        text = QCoreApplication.translate(
            "StageNotes",
            "Q · K would be ({n}, {d_k}) · ({n_kv}, {d_k}): {d_k} columns cannot meet {n_kv} rows. "
            "Laid down, Kᵀ is ({d_k}, {n_kv}), and Q · Kᵀ is ({n}, {n_kv}): one score for every "
            "query–key pair.",
        )
    else:
        text = QCoreApplication.translate(
            "StageNotes",
            "Here d_k = n = {d_k}, so Q · K happens to be defined, but it would pair query numbers "
            "with the wrong key numbers. Only Q · Kᵀ multiplies each query by each whole key: "
            "({n}, {d_k}) · ({d_k}, {n_kv}) → ({n}, {n_kv}).",
        )
    return [_p(text.format(**values))]


def _scaling(trace: AttentionTrace, head: int) -> list[str]:
    d_k = trace.dims.d_k
    before = finite_variance(trace.get("scores", head).array)
    after = finite_variance(trace.get("scaled", head).array)
    why = QCoreApplication.translate(
        "StageNotes",
        "Why √d_k: if the d_k components of q and k are independent with mean 0 and variance 1, each "
        "product q_m k_m has variance 1, and their sum q · k has variance d_k. The spread of the "
        "scores grows like √d_k; softmax then puts almost everything on one key and its gradients "
        "vanish. Dividing by √d_k brings the variance back to 1. (With d_k = 64 the divisor is 8.)",
    )
    if trace.scale:
        case = QCoreApplication.translate(
            "StageNotes",
            "Here d_k = {d_k}: every score is divided by √{d_k} ≈ {root}. Across this head's scores "
            "the variance is {before} before and {after} after.",
        ).format(d_k=d_k, root=format_number(math.sqrt(d_k), 3), before=_n(before), after=_n(after))
    else:
        case = QCoreApplication.translate(
            "StageNotes",
            "Scaling is switched off in this lesson, so the scores pass unchanged (variance {before}). "
            "Switch it on under the sizes to see the difference.",
        ).format(before=_n(before))
    compare = QCoreApplication.translate(
        "StageNotes", "View → Compare side by side shows scaled and unscaled softmax next to each other."
    )
    return [_p(why), _p(case), _p(compare)]


def _mask(trace: AttentionTrace, head: int) -> list[str]:
    dims = trace.dims
    if trace.mask != "causal":
        text = QCoreApplication.translate(
            "StageNotes",
            "This lesson has no mask: every token may look at every token. Choose the causal mask "
            "under the sizes to see how a decoder is kept from peeking at the future.",
        )
        return [_p(text)]
    hidden = int((trace.get("masked", head).array == -math.inf).sum())
    text = QCoreApplication.translate(
        "StageNotes",
        "Row i may see keys 1 to i: the first token sees only itself, the last sees all {n}. "
        "{hidden} of the {cells} scores become −∞, and softmax turns them into exactly 0, since "
        "e^−∞ = 0. A padding mask hides padding tokens the same way.",
    ).format(n=dims.n_kv, hidden=hidden, cells=dims.n_q * dims.n_kv)
    return [_p(text)]


def _softmax(trace: AttentionTrace, head: int) -> list[str]:
    weights = trace.get("weights", head)
    row = weights.array[0]
    if len(row) > MAX_ENTRIES:  # 512 percentages read as none: the largest, and the rest together
        parts = top_weights(row.tolist(), [f"“{key}”" for key in weights.columns], 2, unbroken=False)
    else:
        parts = ", ".join(
            f"{format_number(w, 2, percent=True)} → “{key}”"
            for w, key in zip(row, weights.columns, strict=True)
        )
    reading = QCoreApplication.translate(
        "StageNotes", "Read a row as percentages. Row “{token}”: {parts}; together 100%."
    ).format(token=weights.rows[0], parts=parts)
    stable = QCoreApplication.translate(
        "StageNotes",
        "Subtracting the row's largest score first gives the same fractions, since e^(s − m) / Σ e^(s − m) "
        "= e^s / Σ e^s, but no exponential can exceed 1, so nothing overflows. A fully masked row "
        "gives zeros, never NaN.",
    )
    return [_p(reading), _p(stable)]


def _soft_lookup(trace: AttentionTrace, head: int) -> list[str]:
    weights = trace.get("weights", head)
    row, keys = weights.array[0], weights.columns
    blend = " + ".join(f"{format_number(w, 2)}·v(“{key}”)" for w, key in zip(row, keys, strict=True))
    if len(row) > MAX_ENTRIES:  # the largest weights, then the others in a word
        largest = sorted(range(len(row)), key=lambda k: -row[k])[: MAX_ENTRIES - 1]
        blend = " + ".join(f"{format_number(row[k], 2)}·v(“{keys[k]}”)" for k in largest)
        blend += " + " + QCoreApplication.translate("StageNotes", "{count} smaller terms").format(
            count=len(row) - len(largest)
        )
    hard = QCoreApplication.translate(
        "StageNotes",
        "Attention is a soft lookup. A one-hot row such as (0, 1, 0) times V picks out exactly one "
        "row of V: a hard table lookup, like reading one entry of a dictionary.",
    )
    soft = QCoreApplication.translate(
        "StageNotes",
        "A softmax row is a “soft one-hot”: row “{token}” of Z = {blend}, a blend of every value "
        "row. Because the weights change smoothly with Q and K, this lookup is differentiable, so it "
        "can be learned. View → Compare side by side puts a one-hot query beside a softmax row.",
    ).format(token=weights.rows[0], blend=blend)
    return [_p(hard), _p(soft)]


def _concat(trace: AttentionTrace, head: int) -> list[str]:
    dims = trace.dims
    text = QCoreApplication.translate(
        "StageNotes",
        "{h} heads, each Z_i of shape ({n}, {d_v}); side by side they make ({n}, {h} · {d_v}) = "
        "({n}, {width}). Each head has its own W_Q, W_K, W_V, so each can attend to something "
        "different.",
    ).format(h=dims.num_heads, n=dims.n_q, d_v=dims.d_v, width=dims.num_heads * dims.d_v)
    return [_p(text)]


def _block(trace: AttentionTrace, head: int) -> list[str]:
    title = QCoreApplication.translate(
        "StageNotes", "Around attention: the shapes through a whole Transformer block"
    )
    layers = "".join(
        f"<li>{html.escape(QCoreApplication.translate('TransformerBlock', layer.label))}"
        f"<br><b>{html.escape(layer.shapes)}</b></li>"
        for layer in transformer_block(trace)
    )
    sizes = QCoreApplication.translate(
        "StageNotes",
        "d_ff = 4 · d_model, as in the original Transformer. The vocabulary here is the sentence's "
        "{vocab} distinct tokens; GPT-2's has 50,257.",
    ).format(vocab=len(trace.vocabulary))
    return [f"<p><b>{html.escape(title)}</b></p>", f"<ol>{layers}</ol>", _p(sizes)]


def _n(value: float) -> str:
    return format_number(value, 2)


NOTES: dict[str, Callable[[AttentionTrace, int], list[str]]] = {
    "q": _queries,
    "k": _keys,
    "v": lambda trace, head: _product_rule(trace, head, "v"),
    "k_t": _transpose,
    "scaled": _scaling,
    "masked": _mask,
    "weights": _softmax,
    "head_output": _soft_lookup,
    "concat": _concat,
    "output": _block,
}


# Notes that quote the very results a quiz asks the class to predict (a row's weights, how many
# scores the mask hides): left out while the quiz is on.
ANSWERING = ("masked", "weights")


def stage_notes(trace: AttentionTrace, stage: str, head: int, quiz: bool = False) -> str:
    """HTML paragraphs for ``stage`` with the numbers of ``trace`` (``head`` 0-based); "" if none.

    A real model's "q_product" has the toy's note on "q"; its "q" (the bias added) has none.
    """
    note = None if trace.stage(stage).kind == BIAS else NOTES.get(stage.removesuffix("_product"))
    if note is None or (quiz and stage in ANSWERING):
        return ""
    return "".join(note(trace, head))
