"""The translator's lesson as a trace: the translator's own numbers for each part and decoding step,
the same numbers recomputed here with plain NumPy from the weights, and the refusals."""

from dataclasses import replace

import numpy as np
import pytest

from attn_gui.models.errors import ModelError
from attn_gui.models.lesson.source import NO_SUCH_LAYER, NO_SUCH_PART, NO_SUCH_STEP, PARTS, ModelLesson
from attn_gui.models.lesson.translator_trace import decoding_steps, translator_trace
from attn_gui.models.locate import TINY_EN_ZH
from attn_gui.models.translator import Translator, translate
from attn_gui.models.translator.vocabulary import BOS, EOS
from tests.reference import sinusoid

SENTENCES = ("I love learning", "she reads books in the library every day")
PER_HEAD = ("q", "k", "v", "k_t", "scores", "scaled", "masked", "weights", "head_output")


def lesson(text: str, part: str, step: int = 1) -> ModelLesson:
    return ModelLesson(text, TINY_EN_ZH, part=part, step=step)


def every_case():
    for text in SENTENCES:
        for part in PARTS:
            for step in range(1, decoding_steps(translate(text)) + 1):
                yield text, part, step


CASES = list(every_case())


def softmax_rows(scores: np.ndarray) -> np.ndarray:
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def attention_by_hand(x_in, x_kv, params, heads, causal):
    """Multi-head attention with biases, head by head, from the curriculum's formulas."""
    d_k = params.w_q.shape[1] // heads
    q_full, k_full, v_full = (
        x @ w + b
        for x, w, b in (
            (x_in, params.w_q, params.b_q),
            (x_kv, params.w_k, params.b_k),
            (x_kv, params.w_v, params.b_v),
        )
    )
    found = {name: [] for name in PER_HEAD}
    for h in range(heads):
        block = slice(h * d_k, (h + 1) * d_k)
        q, k, v = q_full[:, block], k_full[:, block], v_full[:, block]
        scores = q @ k.T
        scaled = scores / np.sqrt(d_k)
        masked = scaled.copy()
        if causal:
            masked[np.triu_indices(len(q), 1, len(k))] = -np.inf
        weights = softmax_rows(masked)
        for name, value in zip(
            PER_HEAD, (q, k, v, k.T, scores, scaled, masked, weights, weights @ v), strict=True
        ):
            found[name].append(value)
    result = {name: np.stack(values) for name, values in found.items()}
    result["concat"] = np.hstack(list(result["head_output"]))
    result["output"] = result["concat"] @ params.w_o + params.b_o
    return result


@pytest.mark.parametrize(("text", "part", "step"), CASES)
def test_the_numbers_are_recomputed_by_hand_from_the_weights(translator, text, part, step):
    translation = translate(text)
    trace = translator_trace(lesson(text, part, step), translation)
    w, heads = translator.weights, translator.weights.architecture.heads
    d_model = w.architecture.d_model
    if part == "output":
        row = translation.decoder.output[step - 1 : step]  # the decoder's output row t − 1
        logits = row @ w.output_projection
        np.testing.assert_array_equal(trace.get("x_in").array, row)
        np.testing.assert_allclose(trace.get("logits").array, logits, rtol=0, atol=1e-12)
        np.testing.assert_allclose(trace.get("probabilities").array, softmax_rows(logits), rtol=0, atol=1e-12)
        return
    if part == "cross":
        layer = w.decoder_layers[0].cross_attention
        x_in = translation.decoder.layers[0].self_attention_norm.output[:step]
        x_kv = translation.encoder.output
        np.testing.assert_array_equal(trace.get("x_in").array, x_in)
        np.testing.assert_array_equal(trace.get("x_kv").array, x_kv)
    else:
        side = {"encoder": (translation.source_tokens, w.english, w.source_embedding, w.encoder_layers)}
        side["decoder"] = (translation.decoder_tokens[:step], w.chinese, w.target_embedding, w.decoder_layers)
        tokens, vocabulary, table, layers = side[part]
        x = table[[vocabulary.index(token) for token in tokens]] * np.sqrt(d_model)
        pe = sinusoid(len(tokens), d_model)
        np.testing.assert_allclose(trace.get("x").array, x, rtol=0, atol=1e-12)
        np.testing.assert_allclose(trace.get("pe").array, pe, rtol=0, atol=1e-12)
        np.testing.assert_allclose(trace.get("x_in").array, x + pe, rtol=0, atol=1e-12)
        x_in = x_kv = x + pe
        layer = layers[0].self_attention
    expected = attention_by_hand(x_in, x_kv, layer, heads, causal=part == "decoder")
    for name, value in expected.items():
        np.testing.assert_allclose(trace.stacked(name), value, rtol=0, atol=1e-12, err_msg=name)


@pytest.mark.parametrize(("text", "part", "step"), CASES)
def test_the_trace_holds_exactly_the_translations_numbers(text, part, step):
    translation = translate(text)
    trace = translator_trace(lesson(text, part, step), translation)
    if part == "output":
        for name in ("logits", "probabilities"):
            np.testing.assert_array_equal(
                trace.get(name).array, getattr(translation.output, name)[step - 1 : step]
            )
        np.testing.assert_array_equal(trace.get("w_out").array, translation.output.w_out)
        return
    stack = translation.encoder if part == "encoder" else translation.decoder
    layer = stack.layers[0]
    record = layer.cross_attention if part == "cross" else layer.self_attention
    n_q = len(translation.source_tokens) if part == "encoder" else step
    n_kv = n_q if part != "cross" else len(translation.source_tokens)
    for name in ("q", "head_output"):
        np.testing.assert_array_equal(trace.stacked(name), getattr(record, name)[:, :n_q])
    for name in ("k", "v"):
        np.testing.assert_array_equal(trace.stacked(name), getattr(record, name)[:, :n_kv])
    for name in ("scores", "scaled", "masked", "weights"):
        np.testing.assert_array_equal(trace.stacked(name), getattr(record, name)[:, :n_q, :n_kv])
    for name in ("concat", "output"):
        np.testing.assert_array_equal(trace.get(name).array, getattr(record, name)[:n_q])
    # The products before their biases: adding the bias gives the translator's result bit for bit.
    kv = "x_kv" if part == "cross" else "x_in"
    for product, result, bias in (
        ("x_in_w_q", "q", "b_q"),
        (f"{kv}_w_k", "k", "b_k"),
        (f"{kv}_w_v", "v", "b_v"),
    ):
        for h in range(trace.num_heads):
            with_bias = trace.get(product, h).array + trace.operand(bias, h).array
            np.testing.assert_array_equal(with_bias, trace.get(result, h).array)
    np.testing.assert_array_equal(
        trace.get("concat_w_o").array + trace.get("b_o").array, trace.get("output").array
    )


@pytest.mark.parametrize("text", SENTENCES)
def test_step_t_is_what_decoding_the_first_t_words_computes(translator, text):
    """The decoder is causal: its last pass holds in its first t rows what step t computed alone
    (to rounding: BLAS may sum a longer product in another order)."""
    translation = translate(text)
    for step in range(1, decoding_steps(translation) + 1):
        decoder, output = translator.decode(translation.decoder_tokens[:step], translation.encoder.output)
        alone = decoder.layers[0]
        for part, record in (("decoder", alone.self_attention), ("cross", alone.cross_attention)):
            trace = translator_trace(lesson(text, part, step), translation)
            expected = {
                name: getattr(record, name) for name in (*PER_HEAD, "concat", "output") if name != "k_t"
            }
            expected["k_t"] = record.k.swapaxes(-1, -2)
            for name, value in expected.items():
                np.testing.assert_allclose(
                    trace.stacked(name), value, rtol=0, atol=1e-12, err_msg=f"{part}, step {step}: {name}"
                )
        trace = translator_trace(lesson(text, "output", step), translation)
        np.testing.assert_allclose(
            trace.get("probabilities").array, output.probabilities[-1:], rtol=0, atol=1e-12
        )
        assert (
            trace.get("probabilities").columns[int(np.argmax(output.probabilities[-1]))]
            == output.predicted[-1]
        )


def test_the_shapes_and_labels_are_the_toys():
    translation = translate("I love learning")
    source = ("I", "love", "learning", EOS)
    encoder = translator_trace(lesson("I love learning", "encoder"), translation)
    assert encoder.tokens == encoder.kv_tokens == source
    assert encoder.stacked("q").shape == (2, 4, 8)
    assert encoder.stage_names[:3] == ("x", "pe", "x_in")
    assert "masked" not in encoder.stage_names
    assert encoder.mask == "none"

    decoder = translator_trace(lesson("I love learning", "decoder", 3), translation)
    assert decoder.tokens == (BOS, "我", "爱")
    assert decoder.mask == "causal"
    assert decoder.stage("weights").operands == ("masked",)
    future = (slice(None), *np.triu_indices(3, 1))
    assert np.isneginf(decoder.stacked("masked")[future]).all()
    assert (decoder.stacked("weights")[future] == 0).all()

    cross = translator_trace(lesson("I love learning", "cross", 3), translation)
    assert cross.cross
    assert cross.tokens == (BOS, "我", "爱")
    assert cross.kv_tokens == source
    assert cross.get("x_kv").rows == source
    assert cross.stacked("scores").shape == (2, 3, 4)
    assert cross.stacked("k_t").shape == (2, 8, 4)
    np.testing.assert_allclose(cross.stacked("weights").sum(axis=-1), 1.0)
    assert cross.stage("k").operands == ("x_kv_w_k", "b_k")
    assert cross.stage("x_in").companions == ("x_kv",)

    output = translator_trace(lesson("I love learning", "output", 3), translation)
    assert output.stage_names == ("x_in", "logits", "probabilities")
    assert output.get("logits").array.shape == (1, len(translation.output.vocabulary))
    assert output.get("logits").rows == ("爱",)
    assert output.get("probabilities").columns == translation.output.vocabulary
    assert output.get("probabilities").columns[int(output.get("probabilities").array.argmax())] == "学习"


def test_the_trace_cannot_change_the_translation():
    translation = translate("I love learning")
    trace = translator_trace(lesson("I love learning", "decoder", 2), translation)
    with pytest.raises(ValueError, match="read-only"):
        trace.get("weights", 0).array[0, 0] = 0.5
    assert translation.decoder.layers[0].self_attention.weights.flags.writeable


@pytest.mark.parametrize(
    ("changes", "template", "message"),
    [
        (
            {"step": 0},
            NO_SUCH_STEP,
            "steps 1 to 4, one word a step (the end marker too): there is no step 0.",
        ),
        ({"step": 5}, NO_SUCH_STEP, "there is no step 5."),
        ({"part": "attention"}, NO_SUCH_PART, "The translator has no part attention: choose encoder,"),
        ({"layer": 2}, NO_SUCH_LAYER, "The model has 1 layers: choose a layer from 1 to 1."),
    ],
)
def test_a_part_layer_or_step_it_does_not_have_is_refused_in_one_sentence(changes, template, message):
    with pytest.raises(ModelError) as caught:
        translator_trace(replace(lesson("I love learning", "cross"), **changes), translate("I love learning"))
    assert caught.value.template == template
    assert message in str(caught.value)
    assert str(caught.value) == template.format(**caught.value.params)
    assert "\n" not in str(caught.value)


def test_a_translation_of_only_the_end_marker_still_has_its_one_step(translator):
    """With the columns of 我 and <eos> swapped, the first word written is the end marker."""
    weights = translator.weights
    columns = list(range(len(weights.chinese)))
    first, eos = weights.chinese.index("我"), weights.chinese.index(EOS)
    columns[first], columns[eos] = eos, first
    silent = Translator(replace(weights, output_projection=weights.output_projection[:, columns]))
    translation = silent.translate("I love learning")
    assert translation.output_tokens == ()
    assert decoding_steps(translation) == 1
    for part in PARTS:
        trace = translator_trace(lesson("I love learning", part), translation)
        assert trace.tokens == ((*translation.source_tokens,) if part == "encoder" else (BOS,))
    output = translator_trace(lesson("I love learning", "output"), translation).get("probabilities")
    assert output.columns[int(output.array.argmax())] == EOS
    assert translation.cross_weights.shape == (1, 2, 0, 4)
