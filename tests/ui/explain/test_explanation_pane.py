"""The explanation pane: the stage's title, formula, shapes and text, and a pinned cell below."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFontMetricsF

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.ui.explain.cell_explanations import explain_cell
from attn_gui.ui.explain.explanation_pane import ExplanationPane

# n = 3 tokens, d_model = 4, two heads of d_k = d_v = 2.
SELF = AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=2, seed=3)
CROSS = AttentionConfig(tokens=("I", "love", "learning"), kv_tokens=("我", "爱"), d_model=4, num_heads=2)


@pytest.fixture
def pane(qtbot):
    widget = ExplanationPane()
    qtbot.addWidget(widget)
    widget.resize(500, 800)
    return widget


def _text(pane: ExplanationPane) -> str:
    return pane.findChild(type(pane.text), "explanation_text").toPlainText()


def test_show_stage_gives_title_formula_shapes_and_explanation(pane):
    pane.show_stage(*_stage(compute_trace(SELF), "scores"), 1)
    text = _text(pane)
    assert "Scores: every query against every key (head 2)" in text
    assert "S = Q · Kᵀ" in text
    assert "(3, 2) · (2, 3) → (3, 3)" in text
    assert "dot products of query i with every key" in text


@pytest.mark.parametrize(
    ("stage", "shapes"),
    [
        ("x", "Shapes: (3, 4)"),
        ("x_in", "(3, 4) + (3, 4) → (3, 4)"),
        ("q", "(3, 4) · (4, 2) → (3, 2)"),
        ("k_t", "(3, 2)ᵀ → (2, 3)"),
        ("scaled", "(3, 3) ÷ √2 → (3, 3)"),
        ("weights", "(3, 3) → (3, 3)"),
        ("head_output", "(3, 3) · (3, 2) → (3, 2)"),
        ("concat", "2 × (3, 2) → (3, 4)"),
        ("output", "(3, 4) · (4, 4) → (3, 4)"),
    ],
)
def test_every_kind_of_stage_shows_its_shapes(pane, stage, shapes):
    pane.show_stage(*_stage(compute_trace(SELF), stage), 0)
    assert shapes in _text(pane)


def test_cross_attention_uses_the_kv_formula_and_sizes(pane):
    trace = compute_trace(CROSS)
    pane.show_stage(*_stage(trace, "k"), 0)
    assert "K = X_kv,in · W_K" in _text(pane)
    assert "(2, 4) · (4, 2) → (2, 2)" in _text(pane)
    pane.show_stage(*_stage(trace, "scores"), 0)
    assert "(3, 2) · (2, 2) → (3, 2)" in _text(pane)


def test_pinning_shows_the_cell_in_monospace_and_clear_removes_it(pane, qtbot):
    trace = compute_trace(SELF)
    pane.show()
    qtbot.waitExposed(pane)
    clear = pane.findChild(type(pane.clear_button), "clear_pin")
    assert not clear.isVisible()
    cell = explain_cell(trace, "scores", 0, 1, 2, max_terms=None)
    pane.pin_cell(cell)
    assert clear.isVisible()
    assert pane.pin_text.toPlainText() == pane.pinned_text() == cell
    assert "S[love, learning]" in pane.pinned_text()
    # Every glyph as wide as every other: the arithmetic lines up. (Qt's fixedPitch() flag is
    # unreliable: it says False for Noto Sans Mono.)
    metrics = QFontMetricsF(pane.pin_text.font())
    assert metrics.horizontalAdvance("i") == metrics.horizontalAdvance("W")
    assert pane.pin_text.font().pointSizeF() > 1.3 * pane.font().pointSizeF()
    with qtbot.waitSignal(pane.pin_cleared):
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert pane.pinned_text() == ""
    assert not clear.isVisible()


def test_a_pin_survives_the_next_stage(pane):
    trace = compute_trace(SELF)
    pane.pin_cell("S[I, I] = 1.00")
    pane.show_stage(*_stage(trace, "scaled"), 0)
    assert pane.pinned_text() == "S[I, I] = 1.00"


def test_font_sizes_follow_the_widget_font(pane):
    font = pane.font()
    before = pane.pin_text.font().pointSizeF(), pane.text.font().pointSizeF()
    font.setPointSizeF(font.pointSizeF() * 2)
    pane.setFont(font)
    after = pane.pin_text.font().pointSizeF(), pane.text.font().pointSizeF()
    assert after == pytest.approx((2 * before[0], 2 * before[1]))


class _Marking(QTranslator):
    """Translates every string of the pane's contexts to a marked copy, as a catalogue would."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context in ("ExplanationPane", "Stage") else None

    def isEmpty(self):  # an empty translator is skipped
        return False


def test_everything_shown_is_translated(pane, qtbot):
    pane.show_stage(*_stage(compute_trace(SELF), "weights"), 0)
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: pane.clear_button.text() == "«Clear»")
        text = _text(pane)
        assert "««Softmax, row by row»" in text  # "{title} (head {head})" wraps the translated title
        assert "«Shapes: " in text
        assert "«Each row is exponentiated" in text
        assert pane.pin_title.text() == "«Pinned cell»"
    finally:
        QCoreApplication.removeTranslator(translator)


def _stage(trace, name):
    """The stage and its trace, as the window hands them to the pane."""
    return trace.stage(name), trace
