"""The comparisons window driven like a teacher would: opened with Ctrl+K, slid, switched, retyped."""

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from attn_gui.core import AttentionConfig
from attn_gui.ui.compare.comparison_window import ComparisonWindow
from attn_gui.ui.compare.score_variance_tab import DRAWS, MAX_D_K, SEED
from attn_gui.ui.window.actions import choice
from tests.ui.conftest import field, retype

CAUSAL = AttentionConfig(tokens=("我", "爱", "学习"), d_model=8, num_heads=2, mask="causal")


def by_hand(logits):
    """Softmax row by row (−∞ gives 0) and each row's entropy −Σ p ln p, in plain NumPy."""
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    entropy = [sum(-x * math.log(x) for x in row if x > 0) for row in p]
    return p, entropy


def scores(trace, head):
    s = trace.get("q", head).array @ trace.get("k", head).array.T
    if trace.mask == "causal":
        s = np.where(np.tril(np.ones(s.shape, dtype=bool)), s, -np.inf)
    return s


def text(value, decimals=2):
    return f"{value:.{decimals}f}".replace("-", "−")


def shown(view):
    rows, cols = view.matrix.array.shape
    return [[view.cell_text(i, j) for j in range(cols)] for i in range(rows)]


def texts(array):
    return [[text(v) for v in row] for row in np.atleast_2d(array)]


def column(table, j):
    """What column ``j`` of a table shows, from the model the view draws."""
    model = table.model()
    return [model.index(i, j).data() for i in range(model.rowCount())]


def open_with_keys(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # a shortcut needs the active window
    window.drawing.setFocus()
    qtbot.keyClick(window.drawing, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    comparisons = window.comparisons
    assert comparisons is not None
    qtbot.waitExposed(comparisons)
    return comparisons


def click_tab(qtbot, comparisons, tab):
    bar = comparisons.tabs.tabBar()
    index = comparisons.tabs.indexOf(tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert comparisons.tabs.currentWidget() is tab


@pytest.fixture
def comparisons(qtbot, make_window):
    window = make_window(CAUSAL)
    return open_with_keys(qtbot, window)


def test_ctrl_k_and_the_view_menu_open_one_window_on_the_current_head(qtbot, window):
    window.set_stage("weights")
    window.head_selector.setCurrentIndex(1)
    action = window.findChild(QAction, "compare")
    assert action in window.menus.view.actions()
    assert QKeySequence("Ctrl+K") in action.shortcuts()
    comparisons = open_with_keys(qtbot, window)
    assert comparisons.isVisible()
    assert comparisons.isWindow()
    assert comparisons.head == 1
    assert comparisons.head_selector.currentIndex() == 1
    comparisons.close()
    action.trigger()
    assert comparisons.isVisible()
    assert window.comparisons is comparisons  # reopened, not duplicated
    assert len(window.findChildren(ComparisonWindow)) == 1
    qtbot.keyClick(comparisons.tabs, Qt.Key.Key_Escape)
    assert not comparisons.isVisible()


def test_the_scaling_tab_shows_unscaled_and_scaled_softmax_with_entropies(qtbot, comparisons):
    trace = comparisons.parent().document.trace
    head = comparisons.head
    d_k = trace.dims.d_k
    unscaled, unscaled_entropy = by_hand(scores(trace, head))
    scaled, scaled_entropy = by_hand(scores(trace, head) / math.sqrt(d_k))
    tab = comparisons.scaling
    assert comparisons.tabs.currentWidget() is tab
    assert shown(tab.off.view) == texts(unscaled)
    assert shown(tab.on.view) == texts(scaled)
    assert column(tab.off.table, 1) == [text(e) for e in unscaled_entropy]
    assert column(tab.on.table, 1) == [text(e) for e in scaled_entropy]
    assert column(tab.on.table, 0) == ["我", "爱", "学习"]
    largest = [f"{text(row.max())} → {trace.tokens[row.argmax()]}" for row in scaled]
    assert column(tab.on.table, 2) == largest
    assert tab.off.view.title.text() == "softmax(S + M)"
    assert tab.on.view.title.text() == "softmax(S / √d_k + M)"
    assert f"√{d_k}" in tab.note.text()


def test_the_mask_tab_zeroes_the_future(qtbot, comparisons):
    click_tab(qtbot, comparisons, comparisons.mask)
    trace, head = comparisons.parent().document.trace, comparisons.head
    s = trace.get("q", head).array @ trace.get("k", head).array.T / math.sqrt(trace.dims.d_k)
    unmasked, _ = by_hand(s)
    masked, _ = by_hand(np.where(np.tril(np.ones(s.shape, dtype=bool)), s, -np.inf))
    assert shown(comparisons.mask.off.view) == texts(unmasked)
    assert shown(comparisons.mask.on.view) == texts(masked)
    assert shown(comparisons.mask.on.view)[0][1:] == ["0.00", "0.00"]
    assert column(comparisons.mask.on.table, 1)[0] == "0.00"  # only itself to attend to


def test_the_temperature_slider_moves_with_keys_and_the_numbers_follow(qtbot, comparisons):
    tab = comparisons.temperature
    click_tab(qtbot, comparisons, tab)
    trace, head = comparisons.parent().document.trace, comparisons.head
    logits = trace.get("masked", head).array
    assert tab.value.text() == "T = 1.00"
    assert shown(tab.panel.view) == texts(trace.get("weights", head).array)
    tab.slider.setFocus()
    for _ in range(6):
        qtbot.keyClick(tab.slider, Qt.Key.Key_Left)
    assert tab.value.text() == "T = 0.50"
    colder, colder_entropy = by_hand(logits / 10**-0.3)
    assert shown(tab.panel.view) == texts(colder)
    assert column(tab.panel.table, 1) == [text(e) for e in colder_entropy]
    colder_mean = float(np.mean(colder_entropy))
    assert text(colder_mean) in tab.panel.summary.text()
    marker_x, marker_y = (values[0] for values in tab.point.getData())
    assert marker_x == pytest.approx(-0.3)
    assert marker_y == pytest.approx(colder_mean)
    qtbot.keyClick(tab.slider, Qt.Key.Key_End)
    assert tab.value.text() == "T = 5.01"
    hotter, hotter_entropy = by_hand(logits / 10**0.7)
    assert shown(tab.panel.view) == texts(hotter)
    assert all(h >= c for h, c in zip(hotter_entropy, colder_entropy, strict=True))
    qtbot.mouseClick(tab.reset, Qt.MouseButton.LeftButton)
    assert tab.value.text() == "T = 1.00"
    assert shown(tab.panel.view) == texts(trace.get("weights", head).array)


def test_the_d_k_control_moves_the_marker_and_reads_out_both_variances(qtbot, comparisons):
    tab = comparisons.variance
    click_tab(qtbot, comparisons, tab)
    retype(qtbot, tab.spin, "16")
    qtbot.keyClick(tab.spin, Qt.Key.Key_Return)
    assert tab.slider.value() == 16
    assert tab.markers[0].value() == 16
    raw, scaled = tab.variance.raw[15], tab.variance.scaled[15]
    assert raw == pytest.approx(16, rel=0.1)
    assert scaled == pytest.approx(1, rel=0.1)
    readout = tab.readout.text()
    assert f"d_k = 16: Var(q · k) = {text(raw)}, Var(q · k / √d_k) = {text(scaled)}" in readout
    assert f"{DRAWS} random draws" in readout
    tab.slider.setFocus()
    qtbot.keyClick(tab.slider, Qt.Key.Key_End)
    assert tab.spin.value() == MAX_D_K
    assert f"d_k = {MAX_D_K}:" in tab.readout.text()
    # The curve is the seeded sample: measured again by hand it agrees within sampling error.
    rng = np.random.default_rng(SEED + 1)
    q, k = rng.standard_normal((2, DRAWS, 64))
    assert tab.variance.raw[63] == pytest.approx(np.var(np.sum(q * k, axis=1), ddof=1), rel=0.1)


def test_the_soft_lookup_selects_one_row_of_v_or_blends_them_all(qtbot, comparisons):
    tab = comparisons.lookup
    click_tab(qtbot, comparisons, tab)
    trace, head = comparisons.parent().document.trace, comparisons.head
    v, weights = trace.get("v", head).array, trace.get("weights", head).array
    assert tab.query.currentIndex() == 2  # the last token: the first can only look at itself
    tab.query.setFocus()
    qtbot.keyClick(tab.query, Qt.Key.Key_Up)
    assert tab.query.currentIndex() == 1
    j = int(np.argmax(weights[1]))
    assert shown(tab.one_hot) == texts([1.0 if c == j else 0.0 for c in range(3)])
    assert shown(tab.weights) == texts(weights[1])
    assert shown(tab.selected) == texts(v[j])  # exactly row j of V
    assert shown(tab.blended) == texts(sum(weights[1, c] * v[c] for c in range(3)))
    assert tab.selected.matrix.rows == (trace.tokens[j],)
    assert f"row {j + 1} of V" in tab.readout.text()
    # The copy of the row takes V's colours: same numbers, same scale.
    assert tuple(tab.selected.image.getLevels()) == tuple(tab.values.image.getLevels())


def test_the_window_follows_the_lesson_and_keeps_its_own_head(qtbot, window):
    comparisons = open_with_keys(qtbot, window)
    with qtbot.waitSignal(window.document.traceChanged, timeout=2000):
        retype(qtbot, field(window, "tokens"), "we all love maths")
    tab = comparisons.scaling
    assert tab.on.view.matrix.rows == ("we", "all", "love", "maths")
    assert "we all love maths" in comparisons.title.text()
    trace = window.document.trace
    scaled, _ = by_hand(scores(trace, 0) / math.sqrt(trace.dims.d_k))
    assert shown(tab.on.view) == texts(scaled)
    with qtbot.waitSignal(window.document.traceChanged, timeout=2000):
        retype(qtbot, field(window, "num_heads"), "4")
    assert comparisons.head_selector.count() == 4
    window.set_stage("weights")
    window.head_selector.setCurrentIndex(3)
    assert comparisons.head == 3
    comparisons.head_selector.setCurrentIndex(1)  # the window's own choice leaves the lesson alone
    assert comparisons.head == 1
    assert window.head == 3
    scaled, _ = by_hand(scores(window.document.trace, 1) / math.sqrt(window.document.trace.dims.d_k))
    assert shown(tab.on.view) == texts(scaled)


def test_a_closed_window_catches_up_when_reopened(qtbot, window):
    comparisons = open_with_keys(qtbot, window)
    click_tab(qtbot, comparisons, comparisons.lookup)
    comparisons.close()
    with qtbot.waitSignal(window.document.traceChanged, timeout=2000):
        retype(qtbot, field(window, "tokens"), "a b c d")
    assert comparisons.lookup.query.count() == 3  # hidden: nothing redrawn yet
    window.findChild(QAction, "compare").trigger()
    assert [comparisons.lookup.query.itemText(i) for i in range(4)] == ["1. a", "2. b", "3. c", "4. d"]
    click_tab(qtbot, comparisons, comparisons.scaling)
    assert comparisons.scaling.on.view.matrix.rows == ("a", "b", "c", "d")


def test_decimals_and_percentages_follow_the_main_window(qtbot, window):
    comparisons = open_with_keys(qtbot, window)
    choice(window.actions.decimals, 3).trigger()
    window.actions.percent.trigger()
    trace = window.document.trace
    scaled, entropy = by_hand(scores(trace, 0) / math.sqrt(trace.dims.d_k))
    assert comparisons.scaling.on.view.cell_text(0, 0) == f"{scaled[0, 0] * 100:.1f}%"
    assert column(comparisons.scaling.on.table, 1)[0] == text(entropy[0], 3)


def test_larger_text_and_projector_colours_reach_the_comparisons(qtbot, comparisons):
    table = comparisons.scaling.on.table
    before = table.font().pointSizeF()
    font, palette = QApplication.font(), QApplication.palette()
    try:
        comparisons.parent().actions.zoom_in.trigger()
        qtbot.waitUntil(lambda: table.font().pointSizeF() > before)
        assert comparisons.scaling.note.font().pointSizeF() > table.font().pointSizeF()
        click_tab(qtbot, comparisons, comparisons.variance)
        choice(comparisons.parent().actions.themes, "dark").trigger()
        plot = comparisons.variance.raw_plot
        qtbot.waitUntil(lambda: plot.backgroundBrush().color() == QApplication.palette().base().color())
        assert plot.getAxis("left").textPen().color() == QApplication.palette().text().color()
    finally:
        QApplication.setFont(font)
        QApplication.setPalette(palette)


def test_at_512_tokens_a_notch_of_temperature_updates_every_row(qtbot, make_window):
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(512)), d_model=64, num_heads=2)
    comparisons = open_with_keys(qtbot, make_window(config))
    tab = comparisons.temperature
    click_tab(qtbot, comparisons, tab)
    comparisons.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is comparisons)  # the keys go to the slider
    tab.slider.setFocus()
    qtbot.keyClick(tab.slider, Qt.Key.Key_Right)
    assert tab.value.text() == "T = 1.12"
    trace = comparisons.parent().document.trace
    _, entropy = by_hand(trace.get("masked", comparisons.head).array / 10**0.05)
    shown_entropy = column(tab.panel.table, 1)
    assert len(shown_entropy) == 512
    assert shown_entropy[0] == text(entropy[0])
    assert shown_entropy[-1] == text(entropy[-1])
    table = tab.panel.table
    assert table.maximumHeight() > table.minimumHeight()  # six rows asked for, the rest scroll
