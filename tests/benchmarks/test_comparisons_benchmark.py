"""The comparisons' speed: the √d_k tab's sweep (issue 7), d_k = 1..256 with thousands of random
draws each, and one notch of the temperature slider at 512 tokens (issue 13).

Targets: the sweep well under 0.2 s, so the tab opens without a pause; a notch within 100 ms,
so the slider follows the hand. The medians are stored in extra_info.
"""

import itertools

from PySide6.QtWidgets import QApplication

from attn_gui.core import AttentionConfig, score_variance
from attn_gui.ui.compare.score_variance_tab import DRAWS, MAX_D_K, SEED
from attn_gui.ui.window.main_window import MainWindow

TARGET_MS = 100
NOTCH_TARGET_MS = 100


def test_score_variance_sweep(benchmark):
    result = benchmark(score_variance, range(1, MAX_D_K + 1), DRAWS, SEED)
    assert result.raw.shape == (MAX_D_K,)
    median_ms = benchmark.stats.stats.median * 1000
    benchmark.extra_info["median_ms"] = round(median_ms, 2)
    print(f"\nscore_variance, d_k = 1..{MAX_D_K}, {DRAWS} draws: {median_ms:.1f} ms median")
    assert median_ms <= TARGET_MS


def test_a_temperature_notch_at_512_tokens(benchmark, qtbot):
    """Issue 13: one notch of the temperature slider, until repainted (it took about 4 s)."""
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(512)), d_model=64, num_heads=2)
    window = MainWindow(config)
    qtbot.addWidget(window)
    window.show()
    window.show_comparisons()
    tab = window.comparisons.temperature
    window.comparisons.tabs.setCurrentWidget(tab)
    positions = itertools.cycle([5, 0])

    def notch() -> None:
        tab.slider.setValue(next(positions))
        window.comparisons.repaint()
        QApplication.processEvents()

    benchmark(notch)
    median_ms = benchmark.stats.stats.median * 1000
    benchmark.extra_info["median_ms"] = round(median_ms, 2)
    print(f"\ntemperature notch, 512 tokens: {median_ms:.1f} ms median")
    assert median_ms <= NOTCH_TARGET_MS
