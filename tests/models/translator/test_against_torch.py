"""The NumPy forward is the torch model it was trained as, to 1e-9, rebuilt here from the shipped .npz.

torch's layers compute their attention weights only on request, so a hook on every
nn.MultiheadAttention calls it again on the same inputs with need_weights=True, per head.
"""

import numpy as np
import pytest
import torch
from torch import nn

from attn_gui.models.translator import grammar
from attn_gui.models.translator.parameters import state_dict_shapes
from attn_gui.models.translator.training import TorchTranslator
from attn_gui.models.translator.weights_file import SHIPPED, WEIGHTS_FILE

ATOL = 1e-9
SENTENCES = [
    "I love learning",
    "she reads books in the library every day",
    "she reads books in the library every day on weekends at home",  # 12 words, outside the grammar
    *(" ".join(p.english) for p in grammar.held_out_pairs()[::60]),
]


@pytest.fixture(scope="module")
def torch_model(translator):
    weights = translator.weights
    model = TorchTranslator(weights.architecture, len(weights.english), len(weights.chinese))
    with np.load(SHIPPED / WEIGHTS_FILE, allow_pickle=False) as npz:
        model.load_state_dict({name: torch.from_numpy(npz[name]) for name in npz.files})
    return model


def run_torch(model, translator, translation):
    """torch's logits, and each attention module's weights (heads, n_q, n_kv) and output, by module name."""
    english = {w: i for i, w in enumerate(translator.weights.english)}
    chinese = {w: i for i, w in enumerate(translator.weights.chinese)}
    source = torch.tensor([[english[w] for w in translation.source_tokens]])
    target = torch.tensor([[chinese[w] for w in translation.decoder_tokens]])
    captured = {}

    def capture(name):
        def hook(module, args, kwargs, output):
            again = {**kwargs, "need_weights": True, "average_attn_weights": False}
            attended, weights = module.forward(*args, **again)  # forward(): no hooks, no recursion
            captured[name] = (weights[0].detach().numpy(), attended[0].detach().numpy())

        return hook

    handles = [
        module.register_forward_hook(capture(name), with_kwargs=True)
        for name, module in model.named_modules()
        if isinstance(module, nn.MultiheadAttention)
    ]
    try:
        # Gradients stay on: torch's inference fast path would skip the attention modules' hooks.
        logits = model(source, torch.zeros_like(source, dtype=torch.bool), target)[0].detach().numpy()
    finally:
        for handle in handles:
            handle.remove()
    return logits, captured


@pytest.mark.parametrize("sentence", SENTENCES)
def test_numpy_matches_torch_in_logits_and_every_attention(translator, torch_model, sentence):
    translation = translator.translate(sentence)
    logits, attention = run_torch(torch_model, translator, translation)
    blocks = {}
    for i, layer in enumerate(translation.encoder.layers):
        blocks[f"encoder_layers.{i}.self_attn"] = layer.self_attention
    for i, layer in enumerate(translation.decoder.layers):
        blocks[f"decoder_layers.{i}.self_attn"] = layer.self_attention
        blocks[f"decoder_layers.{i}.multihead_attn"] = layer.cross_attention
    assert set(blocks) == set(attention)
    for name, block in blocks.items():
        weights, output = attention[name]
        np.testing.assert_allclose(block.weights, weights, atol=ATOL, rtol=0, err_msg=name)
        np.testing.assert_allclose(block.output, output, atol=ATOL, rtol=0, err_msg=name)
    np.testing.assert_allclose(translation.output.logits, logits, atol=ATOL, rtol=0)
    chinese = translator.weights.chinese
    assert translation.output.predicted == tuple(chinese[i] for i in logits.argmax(axis=1))


def test_the_loader_expects_exactly_the_state_dict_torch_trains(translator, torch_model):
    weights = translator.weights
    expected = state_dict_shapes(weights.architecture, len(weights.english), len(weights.chinese))
    state = torch_model.state_dict()
    assert {name: tuple(value.shape) for name, value in state.items()} == expected
    assert {value.dtype for value in state.values()} == {torch.float64}
