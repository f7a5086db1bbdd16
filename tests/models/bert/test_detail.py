"""layer_detail and embedding_detail: they reproduce encode, and their intermediates are what
transformers' own modules compute (forward hooks) and what the lesson's formulas give."""

import math

import numpy as np
import pytest
import torch

from attn_gui.models.bert import PER_HEAD, STAGE_OPERANDS, embedding_detail, encode, layer_detail

from .helpers import text_of_pieces
from .reference import load_reference, run_reference

LAYER = 3  # a middle layer: its input is already the residual stream, not the embeddings


@pytest.fixture(scope="module")
def reference(minilm_folder):
    return load_reference(minilm_folder)


@pytest.fixture(scope="module")
def pieces(minilm):
    return minilm.tokenize(text_of_pieces(minilm, 40))


@pytest.fixture(scope="module")
def encoded(minilm, pieces):
    return encode(minilm, pieces)


@pytest.fixture(scope="module")
def detail(minilm, encoded):
    return layer_detail(minilm, encoded.hidden_states[LAYER], LAYER)


@pytest.fixture(scope="module")
def hooked(reference, pieces):
    """The outputs of transformers' submodules of layer LAYER, captured while it runs."""
    layer = reference.encoder.layer[LAYER]
    modules = {
        "q": layer.attention.self.query,
        "k": layer.attention.self.key,
        "v": layer.attention.self.value,
        "concat": layer.attention.self,
        "output": layer.attention.output.dense,
        "attn_norm": layer.attention.output,
        "ffn_hidden": layer.intermediate.dense,
        "gelu": layer.intermediate,
        "ffn_output": layer.output.dense,
        "layer_output": layer.output,
    }
    captured = {}

    def keep(name):
        def hook(module, inputs, output):
            captured[name] = (output[0] if isinstance(output, tuple) else output)[0].detach().numpy().copy()

        return hook

    handles = [module.register_forward_hook(keep(name)) for name, module in modules.items()]
    try:
        run_reference(reference, pieces)
    finally:
        for handle in handles:
            handle.remove()
    return captured


def test_every_layer_reproduces_encode(minilm, encoded):
    for layer in range(minilm.config.num_layers):
        detail = layer_detail(minilm, encoded.hidden_states[layer], layer)
        assert np.max(np.abs(detail.weights - encoded.attentions[layer])) <= 1e-12
        assert np.max(np.abs(detail.layer_output - encoded.hidden_states[layer + 1])) <= 1e-12


@pytest.mark.parametrize(
    "name",
    ["q", "k", "v", "concat", "output", "attn_norm", "ffn_hidden", "gelu", "ffn_output", "layer_output"],
)
def test_the_intermediates_are_transformers_own(detail, hooked, name):
    assert np.max(np.abs(getattr(detail, name) - hooked[name])) <= 1e-9


def test_the_products_by_the_lesson_s_formulas(detail, reference):
    attention = reference.encoder.layer[LAYER].attention
    w_q = attention.self.query.weight.detach().numpy()  # (out, in), as transformers stores it
    w_o = attention.output.dense.weight.detach().numpy()
    x = detail.x_in
    assert np.allclose(detail.q_product, x @ w_q.T, atol=1e-12, rtol=0)
    assert np.allclose(detail.q, x @ w_q.T + attention.self.query.bias.detach().numpy(), atol=1e-12, rtol=0)
    for h in (0, 5, 11):
        block = slice(32 * h, 32 * (h + 1))
        scores = detail.q[:, block] @ detail.k[:, block].T
        assert np.allclose(detail.scores[h], scores, atol=1e-12, rtol=0)
        assert np.allclose(detail.scaled[h], scores / math.sqrt(32), atol=1e-12, rtol=0)
        exps = np.exp(detail.scaled[h] - detail.scaled[h].max(axis=1, keepdims=True))
        assert np.allclose(detail.weights[h], exps / exps.sum(axis=1, keepdims=True), atol=1e-14, rtol=0)
        assert np.allclose(detail.head_output[h], detail.weights[h] @ detail.v[:, block], atol=1e-12, rtol=0)
        assert np.array_equal(detail.concat[:, block], detail.head_output[h])
    assert np.allclose(detail.attn_product, detail.concat @ w_o.T, atol=1e-12, rtol=0)
    assert np.array_equal(detail.residual, detail.output + x)
    assert np.array_equal(detail.ffn_residual, detail.ffn_output + detail.attn_norm)


@pytest.mark.parametrize(
    ("source", "result", "norm"),
    [("residual", "attn_norm", "attn_norm"), ("ffn_residual", "layer_output", "output_norm")],
)
def test_the_layer_norms_and_their_statistics(detail, minilm, source, result, norm):
    x, mean, var = (
        getattr(detail, source),
        getattr(detail, f"{result}_mean"),
        getattr(detail, f"{result}_var"),
    )
    assert np.allclose(mean, x.mean(axis=1), atol=1e-14, rtol=0)
    assert np.allclose(var, x.var(axis=1), atol=0, rtol=1e-12)
    gamma, beta = getattr(detail.parameters, f"{norm}_gamma"), getattr(detail.parameters, f"{norm}_beta")
    expected = (x - mean[:, None]) / np.sqrt(var[:, None] + minilm.config.layer_norm_eps) * gamma + beta
    assert np.allclose(getattr(detail, result), expected, atol=1e-12, rtol=0)


def test_gelu_is_the_exact_erf_form(detail):
    hidden, activated = detail.ffn_hidden.ravel()[::97], detail.gelu.ravel()[::97]
    expected = [v * 0.5 * (1 + math.erf(v / math.sqrt(2))) for v in hidden]
    assert np.max(np.abs(activated - expected)) <= 1e-15


def test_the_operands_of_every_product_bias_and_residual_give_it(detail):
    for stage, (_, right) in ((s, n) for s, n in STAGE_OPERANDS.items() if len(n) == 2):
        a, b = detail.operands(stage, head=0) if stage in PER_HEAD else detail.operands(stage)
        expected = getattr(detail, stage)[0] if stage in PER_HEAD else getattr(detail, stage)
        combined = a @ b if right.startswith("w_") or stage in PER_HEAD else a + b
        assert np.allclose(combined, expected, atol=1e-12, rtol=0), stage


def test_the_operands_are_shown_as_the_lesson_writes_them(detail):
    assert detail.operands("q_product")[1].shape == (384, 384)  # W_Qᵀ: (in, out)
    assert detail.operands("ffn_product")[1].shape == (384, 1536)  # W_1ᵀ
    assert detail.operands("scores", head=2)[1].shape == (32, 40)  # K_hᵀ
    assert np.array_equal(detail.operands("weights", head=4)[0], detail.scaled[4])
    assert [a.shape for a in detail.operands("attn_norm")] == [(40, 384), (384,), (384,)]
    assert np.array_equal(detail.head_block("w_q_t", 2), detail.parameters.w_q_t[:, 64:96])
    with pytest.raises(ValueError, match="per head: give a head"):
        detail.operands("scores")
    with pytest.raises(ValueError, match="not per head"):
        detail.operands("q", head=0)


def test_the_embeddings_stage_by_stage(minilm, pieces, encoded, reference):
    detail = embedding_detail(minilm, pieces)
    tables = reference.embeddings
    ids = list(pieces.ids)
    assert np.array_equal(detail.word, tables.word_embeddings.weight.detach().numpy()[ids])
    assert np.array_equal(detail.position, tables.position_embeddings.weight.detach().numpy()[: len(pieces)])
    assert np.array_equal(
        detail.token_type, tables.token_type_embeddings.weight.detach().numpy()[[0] * len(ids)]
    )
    assert np.allclose(detail.summed, detail.word + detail.position + detail.token_type, atol=1e-14, rtol=0)
    assert np.allclose(detail.mean, detail.summed.mean(axis=1), atol=1e-14, rtol=0)
    assert np.max(np.abs(detail.output - encoded.hidden_states[0])) <= 1e-12
    with torch.no_grad():
        expected = tables(input_ids=torch.tensor([ids]))[0].numpy()
    assert np.max(np.abs(detail.output - expected)) <= 1e-9


def test_the_details_are_read_only_and_own_their_input(minilm, encoded, detail):
    assert not detail.weights.flags.writeable
    assert not detail.layer_output.flags.writeable
    assert not np.shares_memory(detail.x_in, encoded.hidden_states[LAYER])


def test_a_layer_or_input_that_does_not_fit_is_refused(minilm, encoded):
    with pytest.raises(IndexError):
        layer_detail(minilm, encoded.hidden_states[0], 6)
    with pytest.raises(ValueError, match=r"\(n, 384\)"):
        layer_detail(minilm, encoded.hidden_states[0][:, :10], 0)
