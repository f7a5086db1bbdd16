"""One part of a translation at one decoding step as a trace, named as the toy names its matrices,
so that the toy's views, animations and exports show the translator unchanged.

The decoder is causal, so decoding step t (writing output word t) is rows 0..t−1 of the last
forward pass, which the Translation keeps: the decoder's self-attention is its top-left t × t,
cross-attention its first t rows against every English token, the output part its row t − 1. The
arrays are the Translation's own (views of them), and the products before their biases are
recomputed on the whole pass before slicing, so every number is exactly what the translator
computed. Per-head matrices are each head's block of columns, as in the toy: ``q`` stacked is
(heads, n, d_k). The encoder's and the decoder's X and PE are their first layer's input (the
shipped translator has one layer a side).
"""

import numpy as np
from numpy.typing import NDArray

from attn_gui.core import AttentionTrace, Dims, TraceMatrix
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.models.lesson.translator_stages import translator_stages
from attn_gui.models.translator import Translation

Array = NDArray[np.float64]
HEAD_BLOCKS = frozenset({"w_q", "w_k", "w_v", "b_q", "b_k", "b_v"})


def decoding_steps(translation: Translation) -> int:
    """How many steps wrote the translation: one a word, the end marker's included (at least 1)."""
    return len(translation.decoder_tokens)


def translator_trace(lesson: ModelLesson, translation: Translation) -> AttentionTrace:
    """The lesson's part at its decoding step; ModelError when the part, layer or step is not there."""
    layers = min(len(translation.encoder.layers), len(translation.decoder.layers))
    lesson.checked_translation(layers, decoding_steps(translation))
    if lesson.part == "output":
        return _next_word_trace(lesson, translation)
    return _attention_trace(lesson, translation)


def _numbered(count: int) -> tuple[str, ...]:
    return tuple(str(i) for i in range(1, count + 1))


def _frozen(matrices: list[TraceMatrix]) -> tuple[TraceMatrix, ...]:
    """Read-only views, so that no view can change what the Translation keeps."""
    frozen = []
    for matrix in matrices:
        array = matrix.array.view()
        array.flags.writeable = False
        frozen.append(
            TraceMatrix(matrix.name, matrix.head, array, matrix.rows, matrix.columns, matrix.symbols)
        )
    return tuple(frozen)


def _attention_trace(lesson: ModelLesson, translation: Translation) -> AttentionTrace:
    part, t, layer = lesson.part, lesson.step, lesson.layer - 1
    cross = part == "cross"
    if part == "encoder":
        stack, record = translation.encoder, translation.encoder.layers[layer].self_attention
        q_tokens = kv_tokens = translation.source_tokens
    else:
        stack = translation.decoder
        decoder = stack.layers[layer]
        record = decoder.cross_attention if cross else decoder.self_attention
        q_tokens = translation.decoder_tokens[:t]
        kv_tokens = translation.source_tokens if cross else q_tokens
    rows, columns = slice(0, len(q_tokens)), slice(0, len(kv_tokens))
    heads, _, d_k = record.q.shape
    d_model = record.x_in.shape[1]
    n = ("n_q", "n_kv") if cross else ("n", "n")
    features, block = _numbered(d_model), _numbered(d_k)

    def side(name: str, array: Array, tokens: tuple[str, ...], symbol: str) -> TraceMatrix:
        return TraceMatrix(name, None, array, tokens, features, (symbol, "d_model"))

    def weight(name: str, array: Array, symbols: tuple[str, str] = ("d_model", "h·d_k")) -> TraceMatrix:
        return TraceMatrix(name, None, array, features, features, symbols)

    def bias(name: str, array: Array, symbol: str = "h·d_k") -> TraceMatrix:
        return TraceMatrix(name, None, array.reshape(1, -1), ("1",), features, ("1", symbol))

    params = record.params
    matrices = []
    if cross:
        matrices += [
            side("x_in", record.x_in[rows], q_tokens, n[0]),
            side("x_kv", record.kv_in, kv_tokens, n[1]),
        ]
    else:
        embedding = stack.embedding
        matrices += [
            side(name, getattr(embedding, field)[rows], q_tokens, n[0])
            for name, field in (("x", "scaled"), ("pe", "pe"))
        ]
        matrices.append(side("x_in", record.x_in[rows], q_tokens, n[0]))
    for letter in "qkv":
        matrices += [
            weight(f"w_{letter}", getattr(params, f"w_{letter}")),
            bias(f"b_{letter}", getattr(params, f"b_{letter}")),
        ]
    kv = "x_kv" if cross else "x_in"
    # Each product on the whole pass, then sliced: the very numbers the translator added b to.
    projections = (
        ("x_in_w_q", record.x_in @ params.w_q, "q", q_tokens, rows, n[0]),
        (f"{kv}_w_k", record.kv_in @ params.w_k, "k", kv_tokens, columns, n[1]),
        (f"{kv}_w_v", record.kv_in @ params.w_v, "v", kv_tokens, columns, n[1]),
    )
    for h in range(heads):
        cut = slice(h * d_k, (h + 1) * d_k)
        for name, product, result, tokens, kept, symbol in projections:
            matrices += [
                TraceMatrix(name, h, product[kept, cut], tokens, block, (symbol, "d_k")),
                TraceMatrix(result, h, getattr(record, result)[h, kept], tokens, block, (symbol, "d_k")),
            ]
        square = (h, rows, columns)
        matrices += [
            TraceMatrix("k_t", h, record.k[h, columns].T, block, kv_tokens, ("d_k", n[1])),
            *(
                TraceMatrix(name, h, getattr(record, name)[square], q_tokens, kv_tokens, n)
                for name in ("scores", "scaled", "masked", "weights")
            ),
            TraceMatrix("head_output", h, record.head_output[h, rows], q_tokens, block, (n[0], "d_v")),
        ]
    matrices += [
        side("concat", record.concat[rows], q_tokens, n[0]),
        weight("w_o", params.w_o, ("h·d_v", "d_model")),
        side("concat_w_o", (record.concat @ params.w_o)[rows], q_tokens, n[0]),
        bias("b_o", params.b_o, "d_model"),
        side("output", record.output[rows], q_tokens, n[0]),
    ]
    return AttentionTrace(
        _frozen(matrices),
        translator_stages(part, heads),
        Dims(len(q_tokens), len(kv_tokens), d_model, heads, d_k, d_k),
        q_tokens,
        kv_tokens,
        cross=cross,
        mask="causal" if part == "decoder" else "none",
        positional_encoding=not cross,
        head_blocks=HEAD_BLOCKS,
        source=lesson,
    )


def _next_word_trace(lesson: ModelLesson, translation: Translation) -> AttentionTrace:
    """Row t − 1 of the decoder's output times W_out: the scores and probabilities of word t."""
    output, row = translation.output, slice(lesson.step - 1, lesson.step)
    token = translation.decoder_tokens[row]
    d_model, vocabulary = output.w_out.shape
    features = _numbered(d_model)
    matrices = [
        TraceMatrix("x_in", None, output.x_in[row], token, features, ("1", "d_model")),
        TraceMatrix("w_out", None, output.w_out, features, output.vocabulary, ("d_model", "V")),
        TraceMatrix("logits", None, output.logits[row], token, output.vocabulary, ("1", "V")),
        TraceMatrix("probabilities", None, output.probabilities[row], token, output.vocabulary, ("1", "V")),
    ]
    return AttentionTrace(
        _frozen(matrices),
        translator_stages("output"),
        Dims(1, vocabulary, d_model, 1, d_model, d_model),
        token,
        output.vocabulary,
        scale=False,  # no scores of attention here, so nothing is divided by √d_k
        positional_encoding=False,
        source=lesson,
    )
