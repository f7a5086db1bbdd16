"""The shared temperature slider: a log scale from 0.1 to 5 that the keys walk by ×1.12."""

import pytest
from PySide6.QtCore import Qt

from attn_gui.ui.temperature_slider import HIGHEST, LOWEST, TemperatureSlider, position_of, temperature_at


@pytest.fixture
def slider(qtbot):
    slider = TemperatureSlider()
    qtbot.addWidget(slider)
    return slider


def test_positions_and_temperatures_agree_and_are_clamped():
    assert f"{LOWEST:.2f}" == "0.10"
    assert f"{HIGHEST:.2f}" == "5.01"
    for position in TemperatureSlider.positions():
        assert position_of(temperature_at(position)) == position
    assert position_of(100.0) == 70
    assert position_of(0.001) == -100


def test_the_keys_halve_and_double_t_in_six_presses(qtbot, slider):
    assert slider.temperature() == 1.0
    with qtbot.waitSignal(slider.temperatureChanged, timeout=1000) as changed:
        qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert changed.args[0] == pytest.approx(10**-0.05)
    for _ in range(5):
        qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert f"{slider.temperature():.2f}" == "0.50"
    slider.set_temperature(2.0)
    assert f"{slider.temperature():.2f}" == "2.00"
    slider.reset()
    assert slider.temperature() == 1.0
