"""The window's speed (issue 3): a configuration change until recomputed and repainted, and start-up.

Targets: 8 tokens / d_model 16 / 2 heads ≤ 30 ms median; 512 / 1024 / 16 ≤ 300 ms median; start-up to
the first painted main window ≤ 1.5x the start-up of a bare pyqtgraph PlotWidget window, both measured
here as a process that paints its window once into a PNG and exits.
"""

import dataclasses
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QApplication

from attn_gui.core import AttentionConfig
from attn_gui.ui.window.main_window import MainWindow

_startup: dict[str, float] = {}

BARE_WINDOW = textwrap.dedent(
    """
    import sys
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    window = pg.PlotWidget()
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    window.grab().save(sys.argv[1])
    window.close(); window.deleteLater(); app.processEvents()
    """
)


def _change_and_repaint(window: MainWindow, configs: list[AttentionConfig]) -> None:
    configs.reverse()  # alternate, so that every call is a real change
    window.document.set_config(configs[0])
    window.repaint()  # paints synchronously, children included
    QApplication.processEvents()  # and whatever the views deferred


@pytest.mark.parametrize(
    ("n", "d_model", "heads", "target_ms", "stage"),
    [(8, 16, 2, 30, "scores"), (512, 1024, 16, 300, "scores")],
    ids=["8-tokens", "512-tokens"],
)
def test_config_change_until_repainted(benchmark, qtbot, n, d_model, heads, target_ms, stage):
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(n)), d_model=d_model, num_heads=heads)
    window = MainWindow(config, stage=stage)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    configs = [config, dataclasses.replace(config, seed=1)]
    benchmark(_change_and_repaint, window, configs)
    median_ms = benchmark.stats.stats.median * 1000
    benchmark.extra_info["median_ms"] = round(median_ms, 2)
    print(f"\n{n} tokens, d_model {d_model}, {heads} heads: {median_ms:.1f} ms (target {target_ms} ms)")
    assert median_ms <= target_ms


def _run(args: list[str]) -> None:
    subprocess.run(args, check=True, capture_output=True)


def test_startup_bare_pyqtgraph_window(benchmark, tmp_path):
    script = tmp_path / "bare.py"
    script.write_text(BARE_WINDOW)
    benchmark.pedantic(_run, args=([sys.executable, str(script), str(tmp_path / "bare.png")],), rounds=5)
    _startup["bare"] = benchmark.stats.stats.median


def test_startup_main_window_within_target_of_bare(benchmark, tmp_path):
    args = [sys.executable, "-m", "attn_gui", "--screenshot", str(tmp_path / "app.png")]
    benchmark.pedantic(_run, args=(args,), rounds=5)
    ratio = benchmark.stats.stats.median / _startup["bare"]
    benchmark.extra_info["ratio_to_bare"] = round(ratio, 3)
    print(f"\nstart-up: {benchmark.stats.stats.median:.2f} s, {ratio:.2f}x a bare PlotWidget window")
    assert ratio <= 1.5
