"""Stepping through the arithmetic: the player, its controls, its keys, and presentation mode."""

import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from attn_gui.core import AttentionConfig
from attn_gui.ui.player.player import BASE_INTERVAL_MS
from tests.ui.conftest import field, retype


def key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.drawing, key, modifier)


@pytest.fixture
def ready(window):
    """The window with the keyboard focus on the matrices, at the very first step."""
    window.activateWindow()
    window.drawing.setFocus()
    window.player.seek(0)
    return window


def result_view(window):
    return next(v for v in window.drawing.views if v.isVisible() and v.matrix.name == window.stage)


def test_space_plays_and_pauses(qtbot, ready):
    key(qtbot, ready, Qt.Key.Key_Space)
    assert ready.player.is_playing()
    with qtbot.waitSignal(ready.player.stepChanged, timeout=BASE_INTERVAL_MS * 3):
        pass
    assert ready.player.position >= 1
    key(qtbot, ready, Qt.Key.Key_Space)
    assert not ready.player.is_playing()


@pytest.mark.parametrize(
    ("forward", "back"), [(Qt.Key.Key_Right, Qt.Key.Key_Left), (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)]
)
def test_arrows_and_clicker_keys_step(qtbot, ready, forward, back):
    key(qtbot, ready, forward)
    key(qtbot, ready, forward)
    assert ready.player.position == 2
    key(qtbot, ready, back)
    assert ready.player.position == 1


def test_shift_arrows_jump_between_stage_starts(qtbot, ready):
    starts = ready.timeline.stage_starts()
    key(qtbot, ready, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert ready.player.position == starts[1]
    key(qtbot, ready, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, ready, Qt.Key.Key_Right)
    key(qtbot, ready, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert ready.player.position == starts[2]  # back to the start of this stage first
    key(qtbot, ready, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert ready.player.position == starts[1]


def test_home_and_end(qtbot, ready):
    key(qtbot, ready, Qt.Key.Key_End)
    assert ready.player.position == len(ready.timeline) - 1
    assert ready.stage == "output"
    key(qtbot, ready, Qt.Key.Key_Home)
    assert ready.player.position == 0
    assert ready.stage == "x"


def test_slider_scrubs_and_marks_every_stage(qtbot, ready):
    slider = ready.controls.slider
    assert slider.maximum() == len(ready.timeline) - 1
    assert slider.marks == ready.timeline.stage_starts()
    slider.setValue(ready.timeline.start_of("scores", 1) + 3)
    assert (ready.stage, ready.head) == ("scores", 1)
    assert (
        ready.controls.position.toolTip()
        == f"step {slider.value() + 1} of {len(ready.timeline)} of the whole lesson"
    )


def test_speed_sets_the_interval(ready):
    speed = ready.controls.speed
    speed.setCurrentIndex(speed.findData(0.25))
    assert ready.player.interval_ms == BASE_INTERVAL_MS * 4
    speed.setCurrentIndex(speed.findData(8.0))
    assert ready.player.interval_ms == round(BASE_INTERVAL_MS / 8)


def test_granularity_rebuilds_at_the_same_stage(ready):
    ready.set_stage("scores")
    by_term = len(ready.timeline)
    granularity = ready.controls.granularity
    granularity.setCurrentIndex(granularity.findData("cell"))
    assert ready.timeline.granularity == "cell"
    assert len(ready.timeline) < by_term
    assert ready.stage == "scores"


def test_the_box_shows_the_granularity_the_window_opens_with(make_window):
    window = make_window(granularity="row")
    assert window.controls.granularity.currentData() == "row"
    assert window.controls.granularity.currentText() == "one row at a time"


def test_a_mid_product_step_shows_the_running_sum(ready):
    trace = ready.document.trace
    ready.player.seek(ready.timeline.index_of("scores", 0, 2))  # (3, 2)·(2, 3): row 0, column 1, 1st term
    step = ready.timeline[ready.player.position]
    assert step.current == (0, 1)
    q, k_t = trace.get("q", 0).array, trace.get("k_t", 0).array
    running = q[0, 0] * k_t[0, 1]
    view = result_view(ready)
    assert view.numbers._overrides[(0, 1)].text() == f"{running:.2f}".replace("-", "−")
    shown = view.numbers._shown
    assert shown[0, 0]
    assert not shown[0, 1:].any()
    assert not shown[1:].any()
    q_view = next(v for v in ready.drawing.views if v.matrix.name == "q")
    ready.drawing.finish_animations()
    assert any(r.y() == 0 and r.height() == 1 for r in q_view.highlights.visible_rects())
    assert "×" in ready.drawing.equation.text()
    assert ready.drawing.caption.text()


def test_the_last_step_of_a_stage_shows_the_whole_matrix(ready):
    ready.set_stage("weights")
    view = result_view(ready)
    assert view.numbers._shown is None or view.numbers._shown.all()
    texts = [[view.cell_text(i, j) for j in range(3)] for i in range(3)]
    expected = ready.document.trace.get("weights", 0).array
    assert texts == [[f"{v:.2f}" for v in row] for row in expected]


def test_presentation_mode_enters_and_leaves(qtbot, ready):
    points = QApplication.font().pointSizeF()
    palette = QApplication.palette()
    key(qtbot, ready, Qt.Key.Key_F11)
    assert ready.presentation.active
    assert not ready.input_dock.isVisible()
    assert not ready.menuBar().isVisible()
    assert QApplication.font().pointSizeF() > points
    assert QApplication.palette().text().color().name() == "#000000"
    assert ready.drawing.caption.font().pointSizeF() > ready.drawing.equation.font().pointSizeF()
    key(qtbot, ready, Qt.Key.Key_Escape)
    assert not ready.presentation.active
    assert ready.input_dock.isVisible()
    assert ready.menuBar().isVisible()
    assert QApplication.font().pointSizeF() == points
    QApplication.setPalette(palette)


def test_changing_the_sentence_while_playing_keeps_the_stage(qtbot, ready):
    ready.set_stage("scores")
    ready.player.play()
    with qtbot.waitSignal(ready.document.traceChanged, timeout=2000):
        retype(qtbot, field(ready, "tokens"), "a b c d")
    assert ready.stage == "scores"
    assert ready.player.is_playing()
    assert result_view(ready).matrix.array.shape == (4, 4)
    ready.player.pause()


def test_step_screenshot_and_its_bad_values(tmp_path):
    out = tmp_path / "step.png"
    ok = subprocess.run(
        [sys.executable, "-m", "attn_gui", "--stage", "scores", "--step", "5", "--screenshot", str(out)],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert not QImage(str(out)).isNull()
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "attn_gui",
            "--stage",
            "scores",
            "--step",
            "99",
            "--screenshot",
            str(tmp_path / "b.png"),
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2
    assert "steps 0 to 17" in bad.stderr
    assert bad.stderr.count("\n") == 1


def test_every_step_of_a_small_lesson_renders(ready):
    """Walk the whole per-cell timeline: each step shows the trace's numbers where it says so."""
    ready.set_granularity("cell")
    trace = ready.document.trace
    for index in range(len(ready.timeline)):
        ready.player.seek(index)
        step = ready.timeline[index]
        view = result_view(ready)
        matrix = trace.get(step.stage, step.head).array
        for top, bottom, left, right in step.filled:
            for i in range(top, bottom):
                for j in range(left, right):
                    assert view.cell_text(i, j) == (
                        "−∞" if np.isneginf(matrix[i, j]) else f"{matrix[i, j]:.2f}".replace("-", "−")
                    )


def test_keys_stay_with_text_fields(qtbot, ready):
    tokens = field(ready, "tokens")
    tokens.setFocus()
    tokens.setCursorPosition(0)
    qtbot.keyClick(tokens, Qt.Key.Key_Right)
    assert tokens.cursorPosition() == 1
    assert ready.player.position == 0
    qtbot.keyClick(tokens, Qt.Key.Key_Space)
    assert not ready.player.is_playing()


def test_a_config_that_adds_heads_keeps_working(qtbot, make_window):
    window = make_window(AttentionConfig(tokens=("a", "b"), d_model=8, num_heads=4))
    window.set_stage("weights")
    window.set_head(3)
    assert (window.stage, window.head) == ("weights", 3)


def test_a_lesson_with_billions_of_steps_still_scrubs(make_window):
    """512 tokens, d_model 1024, 16 heads, per term: more steps than a 32-bit slider can count."""
    window = make_window(
        AttentionConfig(tokens=tuple(f"t{i}" for i in range(512)), d_model=1024, num_heads=16)
    )
    window.set_granularity("term")
    assert len(window.timeline) > 2**31
    slider = window.controls.slider
    slider.setValue(slider.maximum())
    assert window.player.position == len(window.timeline) - 1
    assert window.stage == "output"
    window.set_stage("scores")
    assert slider.value() == slider.value_for(window.player.position)
    assert window.controls.position.text() == "term 64 of 64 of S[t511, t511]"  # not a 10-digit index
