"""The colour-blind-safe palette: blue-to-yellow scales, switched from the View menu and kept."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction

from attn_gui.__main__ import main
from attn_gui.core import AttentionConfig

CONFIG = AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=1, mask="causal", seed=1)


def scale(name: str) -> np.ndarray:
    """The 256 colours of a named scale, as 0-255 RGB rows."""
    return pg.colormap.get(name).getLookupTable(nPts=256, alpha=False).astype(float)


def distance_to(table: np.ndarray, rgb: tuple[int, int, int]) -> float:
    return float(np.min(np.linalg.norm(table - np.array(rgb, dtype=float), axis=1)))


def cell_colour(view, i: int, j: int) -> tuple[int, int, int]:
    """The colour the class sees inside cell (i, j), away from its number and outline."""
    rect = view.cell_rect(i, j)
    point = QPoint(int(rect.left() + rect.width() * 0.15), int(rect.top() + rect.height() * 0.15))
    colour = view.graphics.grab().toImage().pixelColor(point)
    return colour.red(), colour.green(), colour.blue()


def view_of(window, name: str):
    return next(v for v in window.drawing.views if v.isVisible() and v.matrix.name == name)


def toggle(window) -> QAction:
    action = window.findChild(QAction, "colour_blind")
    action.trigger()
    return action


@pytest.mark.parametrize(("stage", "matrix", "safe", "standard"), [
    ("weights", "weights", "CET-CBL2", "CET-L12"),
    ("scores", "scores", "CET-CBD1", "CET-D1A"),
])  # fmt: skip
def test_the_menu_switches_the_heatmaps_to_the_safe_scales(make_window, stage, matrix, safe, standard):
    window = make_window(CONFIG)
    window.resize(1400, 860)
    window.set_stage(stage)
    view = view_of(window, matrix)
    cells = [(0, 0), (1, 1)]  # the last row keeps the last step's highlight
    before = [cell_colour(view, *c) for c in cells]
    assert all(distance_to(scale(standard), rgb) < 12 for rgb in before)
    action = toggle(window)
    assert action.isChecked()
    assert window.options.colour_blind
    after = [cell_colour(view_of(window, matrix), *c) for c in cells]
    assert after != before
    assert all(distance_to(scale(safe), rgb) < 12 for rgb in after)
    toggle(window)
    assert [cell_colour(view_of(window, matrix), *c) for c in cells] == before


def test_larger_weights_stay_darker_on_the_safe_scale(make_window):
    window = make_window(CONFIG)
    window.set_stage("weights")
    toggle(window)
    view = view_of(window, "weights")
    weights = view.matrix.array
    (low, high) = sorted([(1, 0), (1, 1)], key=lambda c: weights[c])
    luminance = [np.dot(cell_colour(view, *c), (0.299, 0.587, 0.114)) for c in (low, high)]
    assert luminance[0] > luminance[1]


def test_the_choice_is_kept_for_the_next_start(qtbot, make_window, preferences):
    first = make_window(CONFIG, preferences=preferences)
    toggle(first)
    first.close()
    from attn_gui.ui.launch import LaunchRequest, create_window

    second = create_window(LaunchRequest(config=None), preferences)
    qtbot.addWidget(second)
    assert second.options.colour_blind
    assert second.findChild(QAction, "colour_blind").isChecked()


def test_exported_figures_can_use_the_safe_scales(tmp_path, capsys):
    plain, safe = tmp_path / "plain.png", tmp_path / "safe.png"
    common = ["export", "--tokens", "I love learning", "--stage", "weights", "--dpi", "60"]
    assert main([*common, "--out", str(plain)]) == 0
    assert main([*common, "--colour-blind", "--out", str(safe)]) == 0
    assert plain.read_bytes() != safe.read_bytes()
