"""The next-word chart as a class sees it: the bars' words and percentages against a softmax of
logits / T computed here, the slider moved with keys and the mouse, the written word marked, the
answer hidden and revealed, the numbers on hover, the language, text size and palette."""

import html
import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import QStyle, QStyleOptionSlider, QToolTip

from attn_gui.ui.appearance import PALETTES
from attn_gui.ui.translator import NextWordChart

STEP = 2  # after "她 每天": 在
TOP = 8


def softmax_by_hand(logits, temperature):
    z = np.asarray(logits, dtype=np.float64) / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def percent(p):
    """One decimal; a chance that would round to 0% or 100% is said as below 0.1% or above 99.9%."""
    text = f"{100 * p:.1f}%"
    if text == "0.0%" and p > 0:
        return "<0.1%"
    if text == "100.0%" and p < 1:
        return ">99.9%"
    return text


def expected_rows(output, step, temperature):
    p = softmax_by_hand(output.logits[step], temperature)
    order = np.argsort(-p, kind="stable")[:TOP]
    return [
        (output.vocabulary[k], percent(p[k]), output.vocabulary[k] == output.predicted[step]) for k in order
    ]


@pytest.fixture
def chart(qtbot, translation):
    chart = NextWordChart()
    qtbot.addWidget(chart)
    chart.resize(1600, 1000)
    chart.show()
    qtbot.waitExposed(chart)
    show(chart, translation, STEP)
    return chart


def show(chart, translation, step):
    output = translation.output
    chart.show_step(
        output.logits[step], output.vocabulary, output.predicted[step], translation.decoder_tokens[: step + 1]
    )


def tooltip_at(bars, row):
    where = bars.row_rect(row).center()
    QCoreApplication.sendEvent(bars, QHelpEvent(QEvent.Type.ToolTip, where, bars.mapToGlobal(where)))
    text = QToolTip.text()
    QToolTip.hideText()
    return html.unescape(re.sub(r"<[^>]+>", "\n", text)).strip()


def bar_colour(chart, row):
    bar = chart.bars.bar_rect(row)
    return chart.bars.grab().toImage().pixelColor(bar.left() + 1, bar.center().y())


def test_every_step_shows_the_top_words_of_a_softmax_over_the_vocabulary(chart, translation):
    output = translation.output
    for step in range(len(output.predicted)):
        show(chart, translation, step)
        assert chart.bars.rows() == expected_rows(output, step, 1.0)
        p = softmax_by_hand(output.logits[step], 1.0)
        rest = np.sort(p)[:-TOP].sum()
        assert (
            chart.rest.text() == f"The {TOP} most probable of 31 words; the other 23 share {percent(rest)}."
        )
    assert chart.bars.rows()[0][0] == "<eos>"  # the last step writes the end marker


def test_the_question_names_the_words_written_so_far(chart):
    assert chart.question.text() == "After “<bos> 她 每天” the decoder writes “在”."


def test_the_slider_moves_with_the_keys_and_the_bars_follow(qtbot, chart, translation):
    output = translation.output
    assert chart.value.text() == "T = 1.00"
    chart.slider.setFocus()
    with qtbot.waitSignal(chart.temperatureChanged, timeout=1000) as changed:
        qtbot.keyClick(chart.slider, Qt.Key.Key_Right)
    assert changed.args[0] == pytest.approx(10**0.05)
    for _ in range(5):
        qtbot.keyClick(chart.slider, Qt.Key.Key_Right)
    assert chart.value.text() == "T = 2.00"
    assert chart.bars.rows() == expected_rows(output, STEP, 10**0.3)
    for _ in range(12):
        qtbot.keyClick(chart.slider, Qt.Key.Key_Left)
    assert chart.value.text() == "T = 0.50"
    assert chart.bars.rows() == expected_rows(output, STEP, 10**-0.3)
    qtbot.keyClick(chart.slider, Qt.Key.Key_Home)
    assert chart.value.text() == "T = 0.10"
    assert chart.bars.rows() == expected_rows(output, STEP, 0.1)
    qtbot.mouseClick(chart.reset, Qt.MouseButton.LeftButton)
    assert chart.value.text() == "T = 1.00"
    assert chart.bars.rows() == expected_rows(output, STEP, 1.0)


def test_dragging_the_slider_to_its_end_flattens_the_bars(qtbot, chart, translation):
    slider = chart.slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    style = slider.style()
    handle = style.subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    before = [chart.bars.bar_rect(row).width() for row in range(TOP)]
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=handle.center())
    qtbot.mouseMove(slider, QPoint(slider.width() - 1, handle.center().y()))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 1, handle.center().y()))
    assert chart.value.text() == "T = 5.01"
    assert chart.temperature() == pytest.approx(10**0.7)
    p = softmax_by_hand(translation.output.logits[STEP], 10**0.7)
    assert chart.bars.rows() == expected_rows(translation.output, STEP, 10**0.7)
    after = [chart.bars.bar_rect(row).width() for row in range(TOP)]
    assert after[0] < before[0]
    assert all(a >= b for a, b in zip(after[1:], before[1:], strict=True))
    full = chart.bars.full_length()
    for row, width in enumerate(after):  # one fixed scale: a bar is its probability of 100%
        assert abs(width - np.sort(p)[::-1][row] * full) <= 1


def test_the_written_word_is_marked_in_the_highlight_colour_and_in_words(chart):
    highlight = chart.palette().highlight().color()
    marked = [row for row, (_, _, written) in enumerate(chart.bars.rows()) if written]
    assert marked == [0]
    assert bar_colour(chart, 0) == highlight
    chart.set_temperature(5.0)  # the other bars long enough to sample
    assert all(bar_colour(chart, row) != highlight for row in range(1, TOP))


def test_a_word_written_otherwise_is_shown_and_marked(chart, translation):
    output = translation.output
    least = output.vocabulary[int(np.argmin(output.logits[STEP]))]
    chart.show_step(output.logits[STEP], output.vocabulary, least)
    rows = chart.bars.rows()
    assert len(rows) == TOP
    assert rows[-1][0] == least
    assert rows[-1][2]
    assert not any(written for _, _, written in rows[:-1])


def test_hovering_a_bar_gives_its_score_and_the_division_by_t(chart, translation):
    chart.set_temperature(2.0)  # the slider's nearest position: 10^0.3
    logit = translation.output.logits[STEP][translation.output.vocabulary.index("在")]
    text = tooltip_at(chart.bars, 0)
    p = softmax_by_hand(translation.output.logits[STEP], 10**0.3)
    assert f"在: {percent(p.max())}" in text
    assert f"Score (logit) {logit:.2f}; divided by T = 2.00: {logit / 10**0.3:.2f}.".replace("-", "−") in text
    assert "The word the decoder wrote." in text
    assert "The word the decoder wrote." not in tooltip_at(chart.bars, 1)


def test_the_arrow_keys_walk_the_bars_and_say_each_one(qtbot, chart):
    bars = chart.bars
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Down)
    qtbot.keyClick(bars, Qt.Key.Key_Down)
    assert bars.focused() == 2
    word, share, _ = bars.rows()[2]
    assert f"{word}: {share}" in bars.accessibleDescription()


def test_the_answer_can_be_hidden_for_the_class_to_predict_then_revealed(qtbot, chart, translation):
    shown = chart.bars.rows()
    chart.hide_answer(True)
    hidden = chart.bars.rows()
    assert [word for word, _, _ in hidden] == ["?"] * TOP
    assert [share for _, share, _ in hidden] == [share for _, share, _ in shown]  # the confidence stays
    assert not any(marked for _, _, marked in hidden)
    assert chart.question.text() == "After “<bos> 她 每天”, which word comes next?"
    highlight = chart.palette().highlight().color()
    assert bar_colour(chart, 0) != highlight
    words = set(translation.output.vocabulary) - {"<bos>"}  # <bos> is in the question
    said = tooltip_at(chart.bars, 0) + chart.bars.accessibleDescription()
    assert not [word for word in words if word in said]
    assert chart.reveal.isVisible()
    with qtbot.waitSignal(chart.answerRevealed, timeout=1000):
        qtbot.mouseClick(chart.reveal, Qt.MouseButton.LeftButton)
    assert chart.bars.rows() == shown
    assert not chart.reveal.isVisible()
    assert bar_colour(chart, 0) == highlight


def test_the_chart_speaks_chinese(chart, chinese):
    assert chart.note.text().startswith("词表上的 softmax：")
    assert chart.caption.text() == "温度："
    assert chart.question.text() == "在“<bos> 她 每天”之后，解码器写出“在”。"
    assert chart.rest.text().startswith("31 个词中概率最大的 8 个；其余 23 个词共占 ")
    assert "解码器写出的就是这个词。" in tooltip_at(chart.bars, 0)
    chart.hide_answer(True)
    assert chart.question.text() == "在“<bos> 她 每天”之后，下一个词是什么？"
    assert chart.reveal.text() == "揭晓"


def test_the_text_follows_the_application_size(chart):
    before = chart.bars.layout_for()
    assert before.font.pointSizeF() == pytest.approx(chart.font().pointSizeF() * 2.0)
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    chart.setFont(font)
    after = chart.bars.layout_for()
    assert after.font.pointSizeF() == pytest.approx(before.font.pointSizeF() * 1.5)
    assert chart.note.font().pointSizeF() == pytest.approx(font.pointSizeF() * 1.2)


def test_a_small_dock_keeps_every_row_inside(chart):
    chart.resize(460, 560)  # a side dock beside the lesson on a 1920 × 1080 screen
    bars = chart.bars
    assert bars.height() >= bars.minimumSizeHint().height()
    rows = [bars.row_rect(row) for row in range(TOP)]
    assert all(bars.rect().contains(rect.adjusted(0, 0, -1, -1)) for rect in rows)
    assert not any(a.intersects(b) for k, a in enumerate(rows) for b in rows[k + 1 :])
    layout = bars.layout_for()
    assert layout.number_left + layout.number_width <= bars.width()


def test_the_palette_is_followed(chart):
    dark = PALETTES["dark"]()
    chart.setPalette(dark)
    image = chart.bars.grab().toImage()
    assert image.pixelColor(2, 2) == dark.base().color()
    assert bar_colour(chart, 0) == dark.highlight().color()
