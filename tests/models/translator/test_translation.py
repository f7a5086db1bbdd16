"""The shipped translator in NumPy: what it writes, what it attends to, and what it refuses."""

from dataclasses import fields, is_dataclass, replace

import numpy as np
import pytest

from attn_gui.models.errors import ModelError
from attn_gui.models.translator import Translator, grammar, known_words, translate
from attn_gui.models.translator.vocabulary import BOS, EOS


def test_the_issue_examples_translate_exactly():
    assert translate("I love learning").output_tokens == ("我", "爱", "学习")
    assert translate("she reads books in the library every day").output_tokens == (
        "她",
        "每天",
        "在",
        "图书馆",
        "读",
        "书",
    )


def test_held_out_sentences_translate_exactly(held_out):
    assert held_out.sentences == len(grammar.held_out_pairs())
    assert held_out.exact_match >= 0.98


def test_a_cross_attention_head_looks_at_what_each_word_translates(held_out):
    layer, head = held_out.best_head
    assert held_out.alignment[layer, head] >= 0.90


def test_input_is_matched_ignoring_case_and_keeps_the_vocabulary_spelling():
    translation = translate("  i LOVE chinese ")
    assert translation.source_tokens == ("I", "love", "Chinese", EOS)
    assert translation.output_tokens == ("我", "爱", "中文")


def test_unknown_words_are_refused_in_one_sentence_naming_each_once():
    with pytest.raises(ModelError) as caught:
        translate("I love pizza and pizza <eos>")
    error = caught.value
    assert str(error) == "The translator does not know these words: pizza, and, <eos>."
    assert error.params == {"words": "pizza, and, <eos>"}


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_input_is_refused(text):
    with pytest.raises(ModelError, match="nothing to translate"):
        translate(text)


def test_known_words_are_the_vocabulary_without_markers():
    words = known_words()
    assert set(words) == set(grammar.english_vocabulary()) - {EOS}
    assert "Chinese" in words
    assert "I" in words


def test_the_record_holds_every_stage_with_its_shape(translator):
    t = translate("she reads books in the library every day")
    arch = translator.weights.architecture
    d, h, d_k, d_ff = arch.d_model, arch.heads, arch.d_k, arch.d_ff
    n, steps, vocabulary = len(t.source_tokens), len(t.decoder_tokens), len(translator.weights.chinese)
    assert t.decoder_tokens == (BOS, *t.output_tokens)
    for stack, rows in ((t.encoder, n), (t.decoder, steps)):
        e = stack.embedding
        assert e.embedding.shape == e.scaled.shape == e.pe.shape == e.x_in.shape == (rows, d)
        np.testing.assert_array_equal(e.scaled, e.embedding * np.sqrt(d))
    encoder_layer, decoder_layer = t.encoder.layers[0], t.decoder.layers[0]
    blocks = (
        (encoder_layer.self_attention, n, n),
        (decoder_layer.self_attention, steps, steps),
        (decoder_layer.cross_attention, steps, n),
    )
    for block, n_q, n_kv in blocks:
        assert block.q.shape == (h, n_q, d_k)
        assert block.k.shape == block.v.shape == (h, n_kv, d_k)
        assert block.scores.shape == block.scaled.shape == block.weights.shape == (h, n_q, n_kv)
        np.testing.assert_allclose(block.scaled, block.scores / np.sqrt(d_k), rtol=1e-15)
        np.testing.assert_allclose(block.weights.sum(axis=-1), 1.0)
        assert block.head_output.shape == (h, n_q, d_k)
        assert block.concat.shape == block.output.shape == (n_q, d)
    assert encoder_layer.self_attention.mask is None
    causal = decoder_layer.self_attention.mask
    np.testing.assert_array_equal(causal, np.tri(steps, dtype=bool))
    assert np.isneginf(decoder_layer.self_attention.masked[:, ~causal]).all()
    assert decoder_layer.cross_attention.kv_in is t.encoder.output
    ff = encoder_layer.feed_forward
    assert ff.hidden.shape == ff.relu.shape == (n, d_ff)
    np.testing.assert_array_equal(ff.relu, np.maximum(ff.hidden, 0))
    norm = decoder_layer.feed_forward_norm
    np.testing.assert_allclose(norm.normalised.mean(axis=-1), 0, atol=1e-12)
    assert norm.mean.shape == norm.variance.shape == (steps,)
    out = t.output
    assert out.w_out.shape == (d, vocabulary)
    assert out.logits.shape == out.probabilities.shape == (steps, vocabulary)
    np.testing.assert_allclose(out.probabilities.sum(axis=1), 1.0)
    assert out.predicted == (*t.output_tokens, EOS)
    assert t.cross_weights.shape == (arch.decoder_layers, h, len(t.output_tokens), n)


def arrays(record, name=""):
    """Every array of a record, by its dotted name; the parameters are left out."""
    if isinstance(record, np.ndarray):
        yield name, record
    elif is_dataclass(record):
        for field in fields(record):
            if field.name != "params":
                yield from arrays(getattr(record, field.name), f"{name}.{field.name}")
    elif isinstance(record, tuple):
        for i, item in enumerate(record):
            yield from arrays(item, f"{name}[{i}]")


def test_each_row_of_the_one_forward_is_what_its_decoding_step_computed(translator):
    """The record keeps one decoder forward over <bos> y1…yT; step t computed its leading block."""
    t = translate("he writes letters at school today")
    full = dict(arrays((t.decoder, t.output)))
    assert len(full) > 40
    for step in range(len(t.decoder_tokens)):
        prefix, output = translator.decode(t.decoder_tokens[: step + 1], t.encoder.output)
        for name, alone in arrays((prefix, output)):
            block = full[name][tuple(slice(size) for size in alone.shape)]
            np.testing.assert_allclose(alone, block, atol=1e-12, rtol=0, err_msg=f"step {step}: {name}")
        assert output.predicted[-1] == t.output.predicted[step]


def test_a_sentence_outside_the_grammar_still_translates_within_the_cap():
    translation = translate("books love she in library the every weekends")
    n = len(translation.source_tokens)
    assert 0 < len(translation.output_tokens) <= 2 * n
    assert EOS not in translation.output_tokens
    assert BOS not in translation.output_tokens


def test_a_decoder_that_never_ends_stops_at_twice_the_source_length(translator):
    """With the end marker's scores swapped for the start marker's (never written), writing must be capped."""
    weights = translator.weights
    columns = list(range(len(weights.chinese)))
    bos, eos = weights.chinese.index(BOS), weights.chinese.index(EOS)
    columns[bos], columns[eos] = eos, bos
    endless = Translator(replace(weights, output_projection=weights.output_projection[:, columns]))
    translation = endless.translate("I love learning")
    cap = 2 * len(translation.source_tokens)
    assert len(translation.output_tokens) == len(translation.decoder_tokens) == cap
    assert translation.output.predicted == translation.output_tokens
    assert translation.output_tokens[:3] == ("我", "爱", "学习")
    assert translation.cross_weights.shape[2] == cap
