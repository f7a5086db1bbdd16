"""Attention rollout against a computation small enough to do by hand."""

import numpy as np
import pytest

from attn_gui.models.analysis import attention_rollout


def test_two_layers_of_two_tokens_by_hand():
    # Layer 1, two heads averaging to [[1, 0], [0.5, 0.5]]; + I and renormalised: [[1, 0], [0.25, 0.75]].
    layer1 = [[[1.0, 0.0], [0.0, 1.0]], [[1.0, 0.0], [1.0, 0.0]]]
    # Layer 2, one pattern [[0, 1], [1, 0]] in both heads; + I and renormalised: all 0.5.
    layer2 = [[[0.0, 1.0], [1.0, 0.0]]] * 2
    rollout = attention_rollout(np.array([layer1, layer2]))
    assert rollout.shape == (2, 2, 2)
    assert np.allclose(rollout[0], [[1.0, 0.0], [0.25, 0.75]])
    # [[0.5, 0.5], [0.5, 0.5]] · [[1, 0], [0.25, 0.75]]
    assert np.allclose(rollout[1], [[0.625, 0.375], [0.625, 0.375]])


def test_rows_stay_distributions_and_the_upper_layer_multiplies_on_the_left():
    rng = np.random.default_rng(3)
    weights = rng.random((4, 3, 5, 5))
    weights /= weights.sum(axis=-1, keepdims=True)
    rollout = attention_rollout(weights)
    assert np.allclose(rollout.sum(axis=-1), 1.0)
    step = [(w.mean(axis=0) + np.eye(5)) / 2 for w in weights]
    assert np.allclose(rollout[3], step[3] @ step[2] @ step[1] @ step[0])


def test_attention_that_only_keeps_itself_rolls_out_to_the_identity():
    assert attention_rollout(np.broadcast_to(np.eye(3), (6, 12, 3, 3))) == pytest.approx(
        np.broadcast_to(np.eye(3), (6, 3, 3))
    )
