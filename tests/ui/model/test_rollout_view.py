"""The rollout view: the numbers in its cells are the rollout computed here, after the layer chosen,
on all pieces first and only then without [CLS] and [SEP] or per word."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from attn_gui.notation import format_number
from attn_gui.ui.model import RolloutView
from attn_gui.ui.stage.view_options import ViewOptions
from tests.ui.model.conftest import PIECES, WORD_INDEX


def rollout(attentions, layers):
    """Abnar & Zuidema's rollout through the first ``layers`` layers, step by step."""
    flow = np.eye(attentions.shape[-1])
    for layer in range(layers):
        step = attentions[layer].mean(axis=0) + np.eye(attentions.shape[-1])
        step = step / step.sum(axis=1, keepdims=True)
        flow = step @ flow
    return flow


@pytest.fixture
def view(qtbot, attentions):
    view = RolloutView()
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.show()
    qtbot.waitExposed(view)
    view.show_attentions(attentions, PIECES, WORD_INDEX)
    return view


def shown_numbers(view):
    matrix = view.matrix_view
    rows, cols = matrix.matrix.array.shape
    return [[matrix.cell_text(i, j) for j in range(cols)] for i in range(rows)]


def printed(values):
    return [[format_number(float(v), 2) for v in row] for row in values]


def test_it_opens_on_the_rollout_after_the_last_layer(view, attentions):
    assert [view.layer_box.itemText(k) for k in range(view.layer_box.count())] == [
        "after layer 1",
        "after layer 2",
    ]
    assert view.layer_box.currentText() == "after layer 2"
    assert view.matrix_view.title.text() == "Attention rollout after layer 2 of 2"
    assert view.matrix_view.matrix.rows == PIECES
    assert view.matrix_view.matrix.columns == PIECES
    assert view.matrix_view.numbers_visible()
    assert shown_numbers(view) == printed(rollout(attentions, 2))
    assert "Abnar & Zuidema 2020" in view.explanation.text()


def test_choosing_a_layer_shows_the_rollout_after_it(qtbot, view, attentions):
    view.layer_box.setFocus()
    qtbot.keyClick(view.layer_box, Qt.Key.Key_Up)
    assert view.layer_box.currentText() == "after layer 1"
    assert shown_numbers(view) == printed(rollout(attentions, 1))
    assert view.matrix_view.title.text() == "Attention rollout after layer 1 of 2"


def test_specials_are_hidden_after_the_rollout_not_before(qtbot, view, attentions):
    qtbot.mouseClick(view.options.hide_box, Qt.MouseButton.LeftButton)
    full = rollout(attentions, 2)[1:4, 1:4]
    expected = full / full.sum(axis=1, keepdims=True)
    assert view.matrix_view.matrix.rows == ("un", "##like", "cats")
    assert shown_numbers(view) == printed(expected)
    without = attentions[..., 1:4, 1:4] / attentions[..., 1:4, 1:4].sum(axis=-1, keepdims=True)
    assert printed(rollout(without, 2)) != printed(expected)  # the other order: other numbers


def test_merged_words_sum_what_reaches_from_their_pieces(qtbot, view, attentions):
    qtbot.mouseClick(view.options.merge_box, Qt.MouseButton.LeftButton)
    full = rollout(attentions, 2)
    rows = np.vstack([full[0], full[1:3].mean(axis=0), full[3], full[4]])
    expected = np.column_stack([rows[:, 0], rows[:, 1:3].sum(axis=1), rows[:, 3], rows[:, 4]])
    assert view.matrix_view.matrix.rows == ("[CLS]", "unlike", "cats", "[SEP]")
    assert shown_numbers(view) == printed(expected)


def test_hovering_a_cell_says_what_it_estimates(view, attentions):
    share = rollout(attentions, 2)[3, 0]
    text = view.matrix_view.tooltip_provider(3, 0)
    assert text == (
        f"About {share:.0%} of what position “cats” holds after layer 2 comes from the input token “[CLS]”."
    )


def test_view_options_are_followed(view, attentions):
    view.set_view_options(ViewOptions(decimals=3))
    assert shown_numbers(view) == [
        [format_number(float(v), 3) for v in row] for row in rollout(attentions, 2)
    ]


def test_a_new_sentence_returns_to_the_last_layer(view, attentions):
    view.set_layer(0)
    view.show_attentions(attentions[:, ::-1], PIECES, WORD_INDEX)
    assert view.layer() == 1
    assert shown_numbers(view) == printed(rollout(attentions[:, ::-1], 2))
    view.show_attentions(attentions[:1], PIECES, WORD_INDEX)
    assert [view.layer_box.itemText(k) for k in range(view.layer_box.count())] == ["after layer 1"]
    assert shown_numbers(view) == printed(rollout(attentions, 1))


def test_the_view_speaks_the_interface_language(view, chinese):
    assert view.layer_box.currentText() == "经过第 2 层后"
    assert view.matrix_view.title.text() == "注意力展开：经过第 2 层（共 2 层）"
    assert view.options.merge_box.text() == "把词片合并成词"


def test_the_real_model_rollout(qtbot, real_sentence):
    attentions, pieces, word_index = real_sentence
    view = RolloutView()
    qtbot.addWidget(view)
    view.show_attentions(attentions, pieces, word_index)
    assert view.layer_box.currentText() == "after layer 6"
    assert np.allclose(view.matrix_view.matrix.array, rollout(attentions, 6), atol=1e-12)
    assert np.allclose(view.matrix_view.matrix.array.sum(axis=1), 1)
