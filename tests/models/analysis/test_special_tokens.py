"""Hiding [CLS] and [SEP]: their rows and columns gone, every other row renormalised."""

import numpy as np

from attn_gui.models.analysis import hide_special_tokens

LABELS = ("[CLS]", "i", "love", "learning", "[SEP]")


def test_the_rest_of_each_row_is_shared_out_in_proportion():
    weights = np.array(
        [
            [0.5, 0.1, 0.1, 0.1, 0.2],
            [0.6, 0.1, 0.2, 0.1, 0.0],
            [0.2, 0.2, 0.2, 0.0, 0.4],
            [0.0, 0.25, 0.25, 0.5, 0.0],
            [0.9, 0.0, 0.0, 0.0, 0.1],
        ]
    )
    hidden = hide_special_tokens(weights, LABELS)
    assert hidden.labels == ("i", "love", "learning")
    expected = np.array([[0.1, 0.2, 0.1], [0.2, 0.2, 0.0], [0.25, 0.25, 0.5]])
    expected /= expected.sum(axis=1, keepdims=True)
    assert np.allclose(hidden.weights, expected, atol=1e-15)
    assert np.allclose(hidden.weights.sum(axis=1), 1.0, atol=1e-15)


def test_a_row_with_nothing_left_is_zeros_not_nan():
    weights = np.zeros((2, 5, 5))
    weights[..., 0] = 1.0  # every row entirely on [CLS]
    weights[1, 2] = [0.0, 0.5, 0.5, 0.0, 0.0]
    hidden = hide_special_tokens(weights, LABELS)
    assert hidden.weights.shape == (2, 3, 3)
    assert not np.isnan(hidden.weights).any()
    assert np.array_equal(hidden.weights[0], np.zeros((3, 3)))
    assert np.array_equal(hidden.weights[1, 1], [0.5, 0.5, 0.0])


def test_the_input_is_left_alone():
    weights = np.full((5, 5), 0.2)
    hide_special_tokens(weights, LABELS)
    assert np.array_equal(weights, np.full((5, 5), 0.2))
