"""The alignment view as a class sees it: each head's cross-attention in the weights' colours, each
row's most-attended English token outlined, the exact weight on hover and with the arrow keys, one
head or all, any number of layers and heads, the language, palette and a small dock."""

import html
import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QToolTip

from attn_gui.ui.appearance import PALETTES
from attn_gui.ui.stage.view_options import ViewOptions
from attn_gui.ui.translator import AlignmentView

AMBER, VERMILLION = QColor("#f59e00"), QColor("#d55e00")


@pytest.fixture
def view(qtbot, translation):
    view = AlignmentView()
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    qtbot.waitExposed(view)
    view.show_alignment(translation.cross_weights, translation.output_tokens, translation.source_tokens)
    return view


def colour_of(weight, colour_blind=False):
    if colour_blind:
        rgb = pg.colormap.get("CET-CBL2").getSubset(1.0, -0.85).map(np.array([weight]), mode="byte")[0]
    else:
        rgb = pg.colormap.get("CET-L12").map(np.array([weight]), mode="byte")[0]
    return QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]))


def close(a, b, tolerance=3):
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tolerance


def fill_at(heatmap, image, row, column):
    """A cell's colour, sampled clear of its number (centred) and of an outline (at the edges)."""
    cell = heatmap.cell_rect(row, column)
    return image.pixelColor(cell.center().x(), cell.top() + cell.height() // 6)


def edge_at(heatmap, image, row, column):
    """Where a row's outline is drawn: just inside the cell's left edge, half-way down."""
    cell = heatmap.cell_rect(row, column)
    return image.pixelColor(cell.left() + heatmap.geometry_now().side // 24 + 2, cell.center().y())


def tooltip_at(heatmap, row, column):
    where = heatmap.cell_rect(row, column).center()
    QCoreApplication.sendEvent(heatmap, QHelpEvent(QEvent.Type.ToolTip, where, heatmap.mapToGlobal(where)))
    text = QToolTip.text()
    QToolTip.hideText()
    return html.unescape(re.sub(r"<[^>]+>", "\n", text)).strip()


def test_every_head_is_drawn_side_by_side_in_the_weights_colours(view, translation):
    weights = translation.cross_weights
    assert view.shown_heads() == ((0, 0), (0, 1))
    left, right = view.heatmap(0, 0), view.heatmap(0, 1)
    assert left.geometry().right() < right.geometry().left()
    assert left.geometry().top() == right.geometry().top()
    for head in range(2):
        heatmap = view.heatmap(0, head)
        image = heatmap.grab().toImage()
        rows, columns = weights.shape[2:]
        for i in range(rows):
            for j in range(columns):
                drawn, want = fill_at(heatmap, image, i, j), colour_of(weights[0, head, i, j])
                assert close(drawn, want), (head, i, j, drawn.name(), want.name())


def test_each_chinese_words_most_attended_token_is_outlined(view, translation):
    weights = translation.cross_weights
    for head in range(2):
        heatmap = view.heatmap(0, head)
        expected = [int(np.argmax(row)) for row in weights[0, head]]
        assert heatmap.argmax() == tuple(expected)
        image = heatmap.grab().toImage()
        for i in range(weights.shape[2]):
            for j in range(weights.shape[3]):
                outlined = edge_at(heatmap, image, i, j) == AMBER
                assert outlined == (j == expected[i]), (head, i, j)
    # The better head aligns each word with its English: 每天 → "day" (of "every day"), 图书馆 → "in".
    sources, targets = translation.source_tokens, translation.output_tokens
    second = view.heatmap(0, 1).argmax()
    assert [sources[j] for j in second] == ["she", "day", "the", "in", "reads", "books"]
    assert targets == ("她", "每天", "在", "图书馆", "读", "书")


def test_the_cells_print_their_percentages_and_hover_gives_the_exact_weight(view, translation):
    heatmap = view.heatmap(0, 1)
    weight = translation.cross_weights[0, 1, 1, 7]  # 每天 → day
    assert heatmap.numbers_shown()
    assert heatmap.cell_text(1, 7) == f"{weight:.0%}"
    text = tooltip_at(heatmap, 1, 7)
    assert text.startswith(f"每天 → day: {weight:.0%}")
    assert f"Weight {weight:.4f} in layer 1, head 2" in text
    assert "“day” is the English token “每天” attends to most in this head." in text
    assert "attends to most" not in tooltip_at(heatmap, 1, 0)


def test_the_mouse_outlines_the_cell_under_it(qtbot, view):
    heatmap = view.heatmap(0, 0)
    cell = heatmap.cell_rect(2, 1)  # 在 → reads: not outlined otherwise
    before = heatmap.grab().toImage().pixelColor(cell.left(), cell.center().y())
    qtbot.mouseMove(heatmap, cell.center())
    qtbot.waitUntil(lambda: heatmap.grab().toImage().pixelColor(cell.left(), cell.center().y()) != before)
    assert (
        heatmap.grab().toImage().pixelColor(cell.left(), cell.center().y())
        == heatmap.palette().text().color()
    )


def test_the_arrow_keys_walk_the_cells_and_say_each_one(qtbot, view, translation):
    heatmap = view.heatmap(0, 1)
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=heatmap.cell_rect(0, 0).center())
    assert heatmap.hasFocus()
    for key in (Qt.Key.Key_Down, *[Qt.Key.Key_Right] * 10):
        qtbot.keyClick(heatmap, key)
    assert heatmap.cursor() == (1, 8)  # stops at the last column
    qtbot.keyClick(heatmap, Qt.Key.Key_Left)
    weight = translation.cross_weights[0, 1, 1, 7]
    assert heatmap.accessibleDescription().startswith(f"每天 → day: {weight:.0%}")


def test_one_head_alone_is_larger(qtbot, view):
    side_by_side = view.heatmap(0, 1).geometry_now().side
    box = view.head_box
    box.setFocus()
    with qtbot.waitSignal(view.headChanged, timeout=1000) as changed:
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert changed.args == [0]
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "Layer 1, head 2"
    assert view.shown_heads() == ((0, 1),)
    qtbot.waitUntil(lambda: view.heatmap(0, 1).geometry_now().side > side_by_side * 1.2)
    view.show_all_heads()
    assert view.shown_heads() == ((0, 0), (0, 1))


def test_any_number_of_layers_and_heads(qtbot, view):
    rng = np.random.default_rng(7)
    scores = rng.normal(size=(2, 3, 4, 5)) * 3
    weights = np.exp(scores) / np.exp(scores).sum(axis=-1, keepdims=True)
    view.show_alignment(weights, ("我", "爱", "学习", "。"), ("I", "love", "learning", ".", "<eos>"))
    assert len(view.shown_heads()) == 6
    assert view.head_box.count() == 7
    placed = {key: view.heatmap(*key).geometry() for key in view.shown_heads()}
    assert placed[0, 0].right() < placed[0, 1].left() < placed[0, 2].left()  # heads across
    assert placed[0, 0].bottom() < placed[1, 0].top()  # layers down
    for key in placed:
        assert view.heatmap(*key).argmax() == tuple(np.argmax(weights[key], axis=1))
    view.show_head(1, 2)
    assert view.shown_heads() == ((1, 2),)
    assert view.head_box.currentText() == "Layer 2, head 3"


def test_a_tall_narrow_dock_stacks_the_heads_and_turns_the_tokens(qtbot, view):
    view.resize(420, 900)
    qtbot.waitUntil(lambda: view.heatmap(0, 1).geometry().top() > view.heatmap(0, 0).geometry().bottom())
    heatmap = view.heatmap(0, 0)
    geometry = heatmap.geometry_now()
    assert geometry.turned
    assert heatmap.rect().contains(geometry.grid_rect())
    assert geometry.row_label_rect(0).left() >= 0


def test_wrong_shapes_are_refused(view):
    with pytest.raises(ValueError, match="for 2 words and 9 tokens"):
        view.show_alignment(np.zeros((1, 2, 6, 9)), ("她", "书"), tuple("abcdefghi"))


def test_the_colour_blind_scale_and_outline(view, translation):
    view.set_view_options(ViewOptions(colour_blind=True))
    heatmap = view.heatmap(0, 1)
    image = heatmap.grab().toImage()
    assert close(
        fill_at(heatmap, image, 1, 5), colour_of(translation.cross_weights[0, 1, 1, 5], colour_blind=True)
    )
    assert edge_at(heatmap, image, 1, 7) == VERMILLION


def test_the_palette_is_followed(view):
    dark = PALETTES["dark"]()
    view.setPalette(dark)
    heatmap = view.heatmap(0, 0)
    assert heatmap.grab().toImage().pixelColor(2, 2) == dark.base().color()


def test_the_view_speaks_chinese(view, chinese):
    assert view.note.text().startswith("编码器-解码器注意力：")
    assert [view.head_box.itemText(k) for k in range(3)] == [
        "所有头",
        "第 1 层，第 1 个头",
        "第 1 层，第 2 个头",
    ]
    assert view.heatmap(0, 1).accessibleName() == "第 1 层，第 2 个头"
    assert view.colour_bar.caption == "权重："
    text = tooltip_at(view.heatmap(0, 1), 1, 7)
    assert text.startswith("每天 → day：")
    assert "在这个头里，“每天”最关注的英文词元是“day”。" in text
