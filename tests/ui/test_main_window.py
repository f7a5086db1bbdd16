"""The first window: it must show the core's numbers, labelled with the tokens."""

import subprocess
import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage, QKeySequence

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.ui.main_window import MainWindow


def _cell_texts(view) -> list[str]:
    return [item.toPlainText() for item in view.plot.items if isinstance(item, pg.TextItem)]


def test_window_shows_head_one_weights_with_token_labels(qtbot):
    config = AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=2, seed=3)
    window = MainWindow(config)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # Independent recomputation of head 1's weights from the trace's inputs.
    trace = compute_trace(config)
    q = trace.get("x_in").array @ trace.get("w_q").array[:, :2]
    k = trace.get("x_in").array @ trace.get("w_k").array[:, :2]
    scores = q @ k.T / np.sqrt(2)
    expected = np.exp(scores - scores.max(axis=1, keepdims=True))
    expected /= expected.sum(axis=1, keepdims=True)

    assert _cell_texts(window.view) == [f"{v:.2f}" for v in expected.ravel()]
    left_ticks = window.view.plot.getAxis("left")._tickLevels[0]
    assert [label for _, label in left_ticks] == ["I", "love", "learning"]
    assert "(3, 3)" in window.formula.text()


def test_masked_cells_show_zero_weight(qtbot):
    window = MainWindow(AttentionConfig(tokens=("a", "b", "c"), mask="causal"))
    qtbot.addWidget(window)
    texts = np.array(_cell_texts(window.view)).reshape(3, 3)
    assert texts[0, 1] == texts[0, 2] == texts[1, 2] == "0.00"
    assert texts[0, 0] == "1.00"


def test_quit_follows_the_platform_shortcut(qtbot):
    window = MainWindow(AttentionConfig(tokens=("a", "b")))
    qtbot.addWidget(window)
    window.show()
    actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions()]
    quit_action = next(a for a in actions if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_screenshot_option_renders_the_window_to_a_png(tmp_path):
    out = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "attn_gui", "--tokens", "我 爱 学习", "--screenshot", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 800
    assert image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # a real picture, not a blank canvas


def test_screenshot_needs_a_png_name(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "attn_gui", "--screenshot", str(tmp_path / "shot.jpg")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("attn-gui: error:")
    assert not list(tmp_path.iterdir())
