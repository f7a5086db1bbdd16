"""The main window end to end: what the class sees must be the core's numbers, whatever is changed."""

import math
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QToolTip

from attn_gui.core import AttentionConfig
from attn_gui.ui.window.actions import choice
from tests.reference import TOY_STAGES as STAGES
from tests.ui.conftest import cell_point, field, retype


def weights_by_hand(trace, head):
    """Softmax(Q Kᵀ / √d_k) from the trace's inputs, without the core's attention code."""
    d_k = trace.dims.d_k
    block = slice(head * d_k, (head + 1) * d_k)
    x_kv = trace.get("x_kv_in").array if trace.cross else trace.get("x_in").array
    q = trace.get("x_in").array @ trace.get("w_q").array[:, block]
    k = x_kv @ trace.get("w_k").array[:, block]
    scores = q @ k.T / (math.sqrt(d_k) if trace.scale else 1.0)
    if trace.mask == "causal":
        scores = np.where(np.tril(np.ones(scores.shape, dtype=bool)), scores, -np.inf)
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def result_view(window):
    """The view of the current stage's result (the rightmost shown before any companions)."""
    drawing = window.drawing
    shown = [v for v in drawing.views if v.isVisible()]
    return next(v for v in reversed(shown) if v.matrix.name == window.stage)


def shown_texts(view):
    rows, cols = view.matrix.array.shape
    return [[view.cell_text(i, j) for j in range(cols)] for i in range(rows)]


def expected_texts(array, decimals=2):
    return [[f"{v:.{decimals}f}".replace("-", "−") for v in row] for row in array]


def test_the_weights_shown_are_softmax_of_the_scaled_scores(window):
    window.set_stage("weights")
    view = result_view(window)
    assert view.numbers_visible()
    assert shown_texts(view) == expected_texts(weights_by_hand(window.document.trace, 0))
    assert list(view.matrix.rows) == ["I", "love", "learning"]
    assert "Σ 1.00" in [label for _, label in view.plot.getAxis("right")._tickLevels[0]]


def test_typing_a_sentence_updates_every_view(qtbot, window):
    window.set_stage("weights")
    with qtbot.waitSignal(window.document.traceChanged, timeout=2000):
        retype(qtbot, field(window, "tokens"), "we all love maths")
    trace = window.document.trace
    assert trace.tokens == ("we", "all", "love", "maths")
    view = result_view(window)
    assert view.matrix.rows == ("we", "all", "love", "maths")
    assert shown_texts(view) == expected_texts(weights_by_hand(trace, 0))
    assert window.windowTitle().startswith("we all love maths")


def test_head_selector_shows_the_other_heads_numbers(qtbot, window):
    window.set_stage("weights")
    window.head_selector.setCurrentIndex(1)
    assert window.head == 1
    assert shown_texts(result_view(window)) == expected_texts(weights_by_hand(window.document.trace, 1))
    window.set_stage("x")
    assert not window.head_selector.isEnabled()  # X is shared by every head


def test_moving_through_the_stages_with_keys_strip_and_list(qtbot, window):
    window.set_stage("x")
    window.activateWindow()
    window.drawing.setFocus()
    for expected in STAGES[1:4]:
        qtbot.keyClick(window.drawing, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        assert window.stage == expected
    qtbot.keyClick(window.drawing, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert window.stage == STAGES[2]
    qtbot.mouseClick(window.strip.buttons["scaled"], Qt.MouseButton.LeftButton)
    assert window.stage == "scaled"
    assert window.strip.buttons["scaled"].isChecked()
    window.stage_list.setCurrentRow(STAGES.index("concat"))
    assert window.stage == "concat"
    assert "(3, 4)" in window.statusBar().currentMessage()
    assert window.drawing.shapes.text() == "2 × (3, 2) → (3, 4)"


@pytest.mark.parametrize(
    ("stage", "equation"), [("q", "(3, 4) · (4, 2) → (3, 2)"), ("k_t", "(3, 2)ᵀ → (2, 3)")]
)
def test_each_stage_writes_its_shapes(window, stage, equation):
    window.set_stage(stage)
    assert window.drawing.shapes.text() == equation
    assert equation in window.statusBar().currentMessage()


def test_hovering_a_score_spells_out_its_dot_product(qtbot, window):
    window.set_stage("scores")
    QApplication.processEvents()  # laid out for the new stage before the mouse aims at a cell
    view = result_view(window)
    trace = window.document.trace
    q, k_t = trace.get("q", 0).array, trace.get("k_t", 0).array
    qtbot.mouseMove(view.graphics.viewport(), cell_point(view, 1, 2))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    text = QToolTip.text()
    for term in (f"{q[1, k]:.2f}".replace("-", "−") for k in range(2)):
        assert term in text
    assert f"= {trace.get('scores', 0).array[1, 2]:.2f}".replace("-", "−") in text
    assert abs(q[1] @ k_t[:, 2] - trace.get("scores", 0).array[1, 2]) < 1e-12


def test_clicking_a_cell_pins_its_arithmetic(qtbot, window):
    window.set_stage("scaled")
    view = result_view(window)
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, 0, 1))
    pinned = window.explanation.pinned_text()
    assert "√2" in pinned
    assert f"{window.document.trace.get('scaled', 0).array[0, 1]:.2f}".replace("-", "−") in pinned


def test_editing_a_cell_of_x_recomputes_and_undo_restores(qtbot, window):
    window.set_stage("x")
    view = result_view(window)
    before = window.document.trace.get("x").array.copy()
    qtbot.mouseDClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, 0, 1))
    assert view.editor.isVisible()
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "1.5")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    trace = window.document.trace
    assert trace.get("x").array[0, 1] == 1.5
    assert trace.get("x_in").array[0, 1] == 1.5 + trace.get("pe").array[0, 1]
    assert view.cell_text(0, 1) == "1.50"
    assert field(window, "embedding").currentData() == "edited"
    window.actions.undo.trigger()
    assert np.array_equal(window.document.trace.get("x").array, before)
    window.actions.redo.trigger()
    assert window.document.trace.get("x").array[0, 1] == 1.5
    window.actions.reset_edits.trigger()
    assert np.array_equal(window.document.trace.get("x").array, before)


def test_editing_a_weight_block_writes_into_that_heads_columns(qtbot, window):
    window.set_stage("q")
    window.set_head(1)
    w_view = next(v for v in window.drawing.views if v.isVisible() and v.matrix.name == "w_q")
    qtbot.mouseDClick(w_view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(w_view, 2, 0))
    w_view.editor.selectAll()
    qtbot.keyClicks(w_view.editor, "-2")
    qtbot.keyClick(w_view.editor, Qt.Key.Key_Return)
    assert window.document.trace.get("w_q").array[2, 2] == -2.0  # head 2's first column is column 3


def test_a_bad_typed_value_keeps_the_editor_open_and_changes_nothing(qtbot, window):
    window.set_stage("x")
    view = result_view(window)
    before = window.document.trace
    qtbot.mouseDClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, 0, 0))
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "abc")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert view.editor.isVisible()
    assert "number" in view.editor.toolTip()
    assert window.document.trace is before
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert not view.editor.isVisible()


def test_esc_while_editing_a_cell_in_presentation_cancels_the_edit_only(qtbot, window):
    window.set_stage("x")
    window.set_presentation(True)
    view = result_view(window)
    qtbot.mouseDClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, 0, 0))
    assert view.editor.hasFocus()
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert not view.editor.isVisible()
    assert window.presentation.active
    window.set_presentation(False)


def test_switches_reach_the_views(qtbot, window):
    window.set_stage("weights")
    with qtbot.waitSignal(window.document.traceChanged, timeout=2000):
        field(window, "mask").setCurrentIndex(field(window, "mask").findData("causal"))
    texts = shown_texts(result_view(window))
    assert texts[0][1] == texts[0][2] == texts[1][2] == "0.00"
    assert texts == expected_texts(weights_by_hand(window.document.trace, 0))
    with qtbot.waitSignal(window.document.traceChanged, timeout=2000):
        field(window, "scale").setChecked(False)
    trace = window.document.trace
    assert np.array_equal(trace.get("scaled", 0).array, trace.get("scores", 0).array)
    assert texts != shown_texts(result_view(window))
    with qtbot.waitSignal(window.document.traceChanged, timeout=2000):
        field(window, "positional_encoding").setChecked(False)
    window.set_stage("x_in")
    assert shown_texts(result_view(window)) == expected_texts(window.document.trace.get("x").array)


def test_cross_attention_puts_the_other_sentence_on_the_key_axis(qtbot, window):
    window.set_stage("weights")
    field(window, "cross").setChecked(True)
    with qtbot.waitSignal(window.document.traceChanged, timeout=2000):
        retype(qtbot, field(window, "kv_tokens"), "a b c d")
    view = result_view(window)
    assert view.matrix.columns == ("a", "b", "c", "d")
    assert view.matrix.array.shape == (3, 4)
    assert shown_texts(view) == expected_texts(weights_by_hand(window.document.trace, 0))
    assert "(n_q, n_kv) = (3, 4)" in view.caption.text()


def test_an_invalid_entry_shows_why_and_keeps_the_last_result(qtbot, window):
    window.set_stage("weights")
    before = window.document.trace
    shown = shown_texts(result_view(window))
    retype(qtbot, field(window, "d_model"), "5")
    error = window.input_panel.findChild(QLabel, "error_num_heads")
    qtbot.waitUntil(lambda: error.isVisible())
    assert "divisible" in error.text()
    assert window.document.trace is before
    assert shown_texts(result_view(window)) == shown


def test_a_preset_poses_the_papers_example(qtbot, window):
    presets = field(window, "presets")
    index = next(i for i in range(presets.count()) if "512" in presets.itemText(i))
    with qtbot.waitSignal(window.document.traceChanged, timeout=5000):
        presets.setCurrentIndex(index)
    config = window.document.config
    assert (config.d_model, config.num_heads, config.dims.d_k) == (512, 8, 64)
    window.set_stage("scaled")
    assert window.drawing.shapes.text() == "(3, 3) ÷ √64 → (3, 3)"


def test_all_heads_tab_shows_every_heads_weights(qtbot, window):
    window.tabs.setCurrentWidget(window.heads_overview)
    views = [v for v in window.heads_overview.views if v.isVisible()]
    assert len(views) == 2
    for h, view in enumerate(views):
        assert shown_texts(view) == expected_texts(weights_by_hand(window.document.trace, h))


def test_larger_text_scales_the_numbers(qtbot, window):
    window.set_stage("weights")
    view = result_view(window)
    before = view._cell_font().pointSizeF()
    original = QApplication.font()
    try:
        window.actions.zoom_in.trigger()
        qtbot.waitUntil(lambda: view._cell_font().pointSizeF() > before)
        assert view.numbers.boundingRect().isValid()
        assert QKeySequence("Ctrl+=") in window.actions.zoom_in.shortcuts()
    finally:
        QApplication.setFont(original)


def test_projector_colours_are_black_on_white(qtbot, window):
    original = QApplication.palette()
    try:
        choice(window.actions.themes, "projector").trigger()
        palette = QApplication.palette()
        assert palette.text().color().name() == "#000000"
        assert palette.base().color().name() == "#ffffff"
    finally:
        QApplication.setPalette(original)


def test_the_lesson_is_restored_at_the_next_start(qtbot, make_window, preferences):
    config = AttentionConfig(tokens=("我", "爱", "学习"), d_model=6, num_heads=3, mask="causal")
    first = make_window(config, preferences=preferences)
    first.set_stage("masked")
    first.set_head(2)
    first.actions.percent.trigger()
    first.close()
    assert preferences.config() == config
    from attn_gui.ui.launch import LaunchRequest, create_window

    second = create_window(LaunchRequest(config=None), preferences)
    qtbot.addWidget(second)
    assert second.document.config == config
    assert (second.stage, second.head) == ("masked", 2)
    assert second.options.percent


def test_quit_follows_the_platform_shortcut(qtbot, window):
    assert window.actions.quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    window.actions.quit.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_screenshot_renders_the_requested_stage_and_head(tmp_path):
    out = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "attn_gui", "--tokens", "我 爱 学习", "--stage", "weights", "--head", "2",
         "--screenshot", str(out)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000
    assert image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # a real picture, not a blank canvas


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--screenshot", "shot.jpg"], "must end in .png"),
        (["--stage", "attention", "--screenshot", "s.png"], "invalid choice: 'attention'"),
        (["--head", "3", "--screenshot", "s.png"], "choose a head from 1 to 2"),
    ],
)
def test_bad_window_options_are_refused_in_one_line(tmp_path, args, message):
    result = subprocess.run(
        [sys.executable, "-m", "attn_gui", *args], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("attn-gui: error:")
    assert message in result.stderr
    assert not list(tmp_path.iterdir())


def test_checkboxes_are_checkboxes(window):
    assert isinstance(field(window, "scale"), QCheckBox)
