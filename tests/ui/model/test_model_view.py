"""The model view as a class sees it: every head's heatmap in its colours, its role under it, the
evidence on hover, a click or Enter to open a head, the two switches, the language and text size."""

import html
import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QImage
from PySide6.QtWidgets import QToolTip

from attn_gui.ui.appearance import PALETTES
from attn_gui.ui.model import ModelView
from attn_gui.ui.stage.view_options import ViewOptions
from tests.ui.model.conftest import HEADS, PIECES, WORD_INDEX

WEIGHTS_MAP = "CET-L12"


@pytest.fixture
def view(qtbot, attentions):
    view = ModelView()
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitExposed(view)
    view.show_attentions(attentions, PIECES, WORD_INDEX)
    return view


def picture(view):
    return view.grid.grab().toImage()


def drawn_matrix(view, layer, head, size):
    """The colour at the centre of each of the size × size cells of one small heatmap."""
    image, cell = picture(view), view.grid.cell_rect(layer, head)
    return [
        [
            image.pixelColor(
                cell.left() + int((j + 0.5) * cell.width() / size),
                cell.top() + int((i + 0.5) * cell.height() / size),
            )
            for j in range(size)
        ]
        for i in range(size)
    ]


def colour_of(weight, name=WEIGHTS_MAP):
    r, g, b, _ = pg.colormap.get(name).map(np.array([weight]), mode="byte")[0]
    return QColor(int(r), int(g), int(b))


def assert_drawn(view, layer, head, expected):
    size = len(expected)
    for i, row in enumerate(drawn_matrix(view, layer, head, size)):
        for j, colour in enumerate(row):
            want = colour_of(expected[i][j])
            diff = max(
                abs(colour.red() - want.red()),
                abs(colour.green() - want.green()),
                abs(colour.blue() - want.blue()),
            )
            assert diff <= 3, (layer, head, i, j, expected[i][j], colour.name(), want.name())


def tooltip_at(view, layer, head):
    grid = view.grid
    where = grid.cell_rect(layer, head).center()
    QCoreApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, where, grid.mapToGlobal(where)))
    text = QToolTip.text()
    QToolTip.hideText()
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def test_every_head_is_drawn_in_its_weights_colours(view, attentions):
    for layer in range(2):
        for head in range(4):
            assert_drawn(view, layer, head, attentions[layer, head])


def test_each_head_is_labelled_with_what_it_does(view):
    for (layer, head), (_, label) in HEADS.items():
        if label is not None:
            assert view.grid.role_text(layer, head) == label


def test_hovering_a_head_gives_the_number_behind_its_label(view, attentions):
    text = tooltip_at(view, 0, 1)
    assert "Layer 1, head 2: [SEP] sink." in text
    share = attentions[0, 1][:, PIECES.index("[SEP]")].mean()
    assert f"On average {share:.0%} of each row goes to [SEP]" in text
    assert "Clark et al. 2019" in text
    assert "[CLS] and [SEP] included" in text  # measured on the raw weights
    mixed = tooltip_at(view, 0, 3)
    self_share = np.diagonal(attentions[0, 3]).mean()
    assert f"the strongest, itself, takes {self_share:.0%} of each row" in mixed


def test_a_click_opens_that_head_and_outlines_it(qtbot, view):
    grid = view.grid
    with qtbot.waitSignal(view.headChosen, timeout=1000) as chosen:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(1, 2).center())
    assert chosen.args == [1, 2]
    assert view.current() == (1, 2)
    assert outlined(view) == [(1, 2)]


def outlined(view):
    """The heads whose outline (the middle of its top edge) is in the highlight colour."""
    image, grid = picture(view), view.grid
    highlight = grid.palette().highlight().color()
    heads = [(layer, head) for layer in range(grid.layers) for head in range(grid.heads)]
    return [
        (layer, head)
        for layer, head in heads
        if image.pixelColor(grid.area_rect(layer, head).center().x(), grid.area_rect(layer, head).top())
        == highlight
    ]


def test_set_current_moves_the_outline_and_emits_nothing(qtbot, view):
    assert outlined(view) == [(0, 0)]
    with qtbot.assertNotEmitted(view.headChosen):
        view.set_current(1, 3)
    assert outlined(view) == [(1, 3)]
    assert view.current() == (1, 3)


def test_the_arrow_keys_move_the_focus_and_enter_chooses(qtbot, view):
    grid = view.grid
    grid.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Left):
        qtbot.keyClick(grid, key)
    assert grid.focused() == (1, 1)  # the second Down stops at the last layer
    assert view.current() == (0, 0)  # moving the focus chooses nothing
    focus_ring = changed_region(view, grid.clearFocus)  # a ring around the focused head, only
    assert focus_ring.contains(grid.area_rect(1, 1))
    assert focus_ring.width() < grid.area_rect(1, 1).width() * 1.3
    assert focus_ring.center() == grid.area_rect(1, 1).center()
    assert changed_region(view, grid.setFocus) == focus_ring
    with qtbot.waitSignal(view.headChosen, timeout=1000) as chosen:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert chosen.args == [1, 1]
    assert outlined(view) == [(1, 1)]


def changed_region(view, action):
    """The bounding box of the pixels of the grid that ``action`` changes."""
    before = pixels(picture(view))
    action()
    ys, xs = np.nonzero((pixels(picture(view)) != before).any(axis=-1))
    return QRect(QPoint(xs.min(), ys.min()), QPoint(xs.max(), ys.max())) if len(xs) else QRect()


def pixels(image):
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()  # outlives the image


def hidden(weights):
    """Without the rows and columns of [CLS] and [SEP], each row renormalised: computed here."""
    keep = [1, 2, 3]
    kept = weights[np.ix_(keep, keep)]
    return kept / kept.sum(axis=1, keepdims=True)


def merged(weights):
    """Pieces "un" and "##like" as one word: their rows averaged, their columns summed."""
    rows = np.vstack([weights[0], weights[1:3].mean(axis=0), weights[3], weights[4]])
    return np.column_stack([rows[:, 0], rows[:, 1:3].sum(axis=1), rows[:, 3], rows[:, 4]])


def test_hiding_cls_and_sep_renormalises_what_is_drawn_but_not_the_labels(qtbot, view, attentions):
    qtbot.mouseClick(view.options.hide_box, Qt.MouseButton.LeftButton)
    assert view.options.hide_box.isChecked()
    for layer, head in HEADS:
        assert_drawn(view, layer, head, hidden(attentions[layer, head]))
    assert view.grid.role_text(0, 1) == "[SEP] sink"  # measured on the weights as computed
    assert "3 × 3, word pieces without [CLS] and [SEP]" in view.summary.text()


def test_merged_words_then_hidden_specials(qtbot, view, attentions):
    qtbot.mouseClick(view.options.merge_box, Qt.MouseButton.LeftButton)
    assert_drawn(view, 1, 3, merged(attentions[1, 3]))
    assert "4 × 4, words." in view.summary.text()
    qtbot.mouseClick(view.options.hide_box, Qt.MouseButton.LeftButton)
    merge_then_hide = merged(attentions[1, 3])[1:3, 1:3]
    merge_then_hide /= merge_then_hide.sum(axis=1, keepdims=True)
    assert_drawn(view, 1, 3, merge_then_hide)
    # the other order would let "un" (96% on [SEP]) count as much as "##like" in "unlike"'s row
    pieces_hidden = hidden(attentions[1, 3])
    hide_then_merge = pieces_hidden[0:2, 0:2].sum(axis=1).mean()
    assert abs(hide_then_merge - merge_then_hide[0, 0]) > 0.3
    assert "2 × 2, words without [CLS] and [SEP]" in view.summary.text()


def test_the_colour_blind_scale(view, attentions):
    view.set_view_options(ViewOptions(colour_blind=True))
    image, cell = picture(view), view.grid.cell_rect(0, 2)  # every weight 0.2
    drawn = image.pixelColor(cell.center())
    safe = pg.colormap.get("CET-CBL2").getSubset(1.0, -0.85).map(np.array([0.2]), mode="byte")[0]
    assert abs(drawn.red() - int(safe[0])) <= 3
    assert abs(drawn.blue() - int(safe[2])) <= 3
    assert drawn != colour_of(0.2)


def test_narrow_cells_take_the_shorter_role_words(view):
    assert view.grid.role_text(0, 0) == "previous token"
    view.resize(view.minimumSizeHint())
    assert view.grid.role_text(0, 0) in ("previous", "previo…")
    assert view.grid.role_text(1, 2) == "[CLS]"


def test_a_larger_text_size_enlarges_the_labels_and_keeps_the_roles_readable(view):
    before = view.grid.cell_rect(0, 0)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    after = view.grid.cell_rect(0, 0)
    assert after.top() > before.top()  # a taller head label row
    assert after.left() > before.left()  # wider layer labels
    assert view.grid.role_text(0, 3) == "mixed"


def test_the_palette_is_followed(view):
    view.setPalette(PALETTES["dark"]())
    image = picture(view)
    assert image.pixelColor(2, 2) == PALETTES["dark"]().base().color()
    assert outlined(view) == [(0, 0)]  # in the dark palette's highlight


def test_the_view_speaks_the_interface_language(view, chinese):
    assert view.grid.role_text(1, 1) == "自身"
    assert view.options.hide_box.text() == "隐藏 [CLS] 和 [SEP]"
    assert tooltip_at(view, 1, 2).startswith(" 第 2 层，第 3 个头：[CLS] 汇点。")
    assert "每个热力图：5 × 5，词片。" in view.summary.text()


def test_the_real_model_on_a_real_sentence(qtbot, real_sentence):
    attentions, pieces, word_index = real_sentence
    view = ModelView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    view.show_attentions(attentions, pieces, word_index)
    words = {"previous token", "next token", "itself", "[CLS] sink", "[SEP] sink", "broad", "mixed"}
    assert {view.grid.role_text(layer, head) for layer in range(6) for head in range(12)} <= words
    cls_share = attentions[..., 0].mean(axis=-1)  # each head's mean weight on [CLS]
    layer, head = np.unravel_index(np.argmax(cls_share), cls_share.shape)
    assert view.grid.role_text(layer, head) == "[CLS] sink"
    assert f"{cls_share[layer, head]:.0%} of each row goes to [CLS]" in tooltip_at(view, layer, head)
    cells = [view.grid.cell_rect(layer, head) for layer in range(6) for head in range(12)]
    assert all(view.grid.rect().contains(cell) for cell in cells)
    assert not any(a.intersects(b) for k, a in enumerate(cells) for b in cells[k + 1 :])
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=view.grid.cell_rect(5, 11).center())
    assert view.current() == (5, 11)


def test_a_one_piece_sink_column_keeps_its_colour_in_a_small_heatmap(qtbot, view):
    n = 128
    pieces = ("[CLS]", *(f"w{k}" for k in range(n - 2)), "[SEP]")
    weights = np.full((6, 12, n, n), 0.1 / (n - 1))
    weights[..., -1] = 0.9  # every row puts 0.9 on [SEP]
    view.show_attentions(weights, pieces, (None, *range(n - 2), None))
    cell = view.grid.cell_rect(2, 5)
    assert cell.width() < n / 1.2  # [SEP] shares the last pixel column with the piece before it
    image = picture(view)
    column = {image.pixelColor(cell.right(), y).name() for y in range(cell.top(), cell.bottom() + 1)}
    assert column == {colour_of(round(0.9 * 255) / 255).name()}  # not averaged with its neighbour
    assert image.pixelColor(cell.center()).name() == colour_of(round(0.1 / (n - 1) * 255) / 255).name()
    assert view.grid.role_text(2, 5) == "[SEP] sink"
