"""The input panel, driven through its real widgets: live, debounced, valid-only, and never losing input."""

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget

from attn_gui.core import AttentionConfig
from attn_gui.presets import PRESETS, preset_config
from attn_gui.ui.input.input_panel import InputPanel

START = AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=2)
FIELDS = (
    "presets", "tokens", "split_cjk", "cross", "kv_tokens", "d_model", "num_heads", "d_k", "d_v", "seed",
    "new_seed", "mask", "positional_encoding", "scale", "embedding",
)  # fmt: skip
ERROR_FIELDS = ("tokens", "kv_tokens", "d_model", "num_heads", "d_k", "d_v", "seed", "mask", "embedding")


@pytest.fixture
def panel(qtbot):
    panel = InputPanel(START)
    qtbot.addWidget(panel)
    panel.debounce_ms = 10
    panel.resize(420, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def w(panel, name):
    widget = panel.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def retype(qtbot, widget, text):
    """Select everything in a line edit or spin box and type over it, as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)


def commit(widget, text):
    """Type ``text`` as an input method delivers it: QTest's key clicks abort on non-ASCII characters."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click(qtbot, widget):
    """Click a button, or a checkbox on its box (a click past the end of its text does nothing)."""
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def choose(panel, name, data):
    combo = w(panel, name)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def emitted(qtbot, panel, action):
    """Run ``action`` and return the one configuration it leads the panel to emit."""
    with qtbot.waitSignal(panel.configChanged, timeout=2000) as blocker:
        action()
    return blocker.args[0]


# Typing and switching reaches the emitted configuration


def test_typing_english_tokens_emits_them(qtbot, panel):
    config = emitted(qtbot, panel, lambda: retype(qtbot, w(panel, "tokens"), "the cat sat down"))
    assert config.tokens == ("the", "cat", "sat", "down")
    assert panel.config() == config
    assert config.edits == ()


def test_chinese_from_an_input_method_gives_space_separated_tokens(qtbot, panel):
    tokens = w(panel, "tokens")
    tokens.selectAll()
    config = emitted(qtbot, panel, lambda: commit(tokens, "我 爱 学习"))
    assert config.tokens == ("我", "爱", "学习")


def test_cjk_option_makes_every_character_a_token(qtbot, panel):
    tokens = w(panel, "tokens")
    tokens.selectAll()
    assert emitted(qtbot, panel, lambda: commit(tokens, "我爱学习")).tokens == ("我爱学习",)
    check = w(panel, "split_cjk")
    config = emitted(qtbot, panel, lambda: click(qtbot, check))
    assert config.tokens == ("我", "爱", "学", "习")
    assert tokens.text() == "我爱学习"  # the text stays as typed


def _type_into(name, text):
    return lambda qtbot, panel: retype(qtbot, w(panel, name), text)


def _click(name):
    return lambda qtbot, panel: click(qtbot, w(panel, name))


def _choose(name, data):
    return lambda qtbot, panel: choose(panel, name, data)


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        pytest.param(_type_into("d_model", "8"), {"d_model": 8}, id="d_model"),
        pytest.param(_type_into("num_heads", "4"), {"num_heads": 4}, id="num_heads"),
        pytest.param(_type_into("d_k", "3"), {"d_k": 3, "d_v": None}, id="d_k"),
        pytest.param(_type_into("d_v", "5"), {"d_v": 5, "d_k": None}, id="d_v"),
        pytest.param(_type_into("seed", "42"), {"seed": 42}, id="seed"),
        pytest.param(_choose("mask", "causal"), {"mask": "causal"}, id="mask"),
        pytest.param(_choose("embedding", "one-hot"), {"embedding": "one-hot"}, id="embedding"),
        pytest.param(_click("positional_encoding"), {"positional_encoding": False}, id="pe"),
        pytest.param(_click("scale"), {"scale": False}, id="scale"),
    ],
)
def test_each_field_reaches_the_emitted_config(qtbot, panel, action, expected):
    config = emitted(qtbot, panel, lambda: action(qtbot, panel))
    assert {name: getattr(config, name) for name in expected} == expected
    assert config.tokens == START.tokens


def test_heads_change_the_automatic_d_k_shown(qtbot, panel):
    d_k, d_v = w(panel, "d_k"), w(panel, "d_v")
    assert d_k.text() == d_v.text() == "auto (= 2)"
    config = emitted(qtbot, panel, lambda: retype(qtbot, w(panel, "d_model"), "12"))
    assert config.dims.d_k == 6
    assert d_k.text() == d_v.text() == "auto (= 6)"
    retype(qtbot, w(panel, "num_heads"), "3")
    assert d_k.text() == "auto (= 4)"  # live, before the pause


def test_cross_attention_takes_keys_and_values_from_the_second_sentence(qtbot, panel):
    cross, kv = w(panel, "cross"), w(panel, "kv_tokens")
    assert not kv.isEnabled()
    with qtbot.assertNotEmitted(panel.configChanged, wait=50):
        click(qtbot, cross)  # no key/value sentence yet: invalid
        qtbot.waitUntil(w(panel, "error_kv_tokens").isVisible)
    assert kv.isEnabled()
    config = emitted(qtbot, panel, lambda: qtbot.keyClicks(kv, "je suis"))
    assert config.cross
    assert config.kv_tokens == ("je", "suis")
    assert config.dims.n_kv == 2
    config = emitted(qtbot, panel, lambda: click(qtbot, cross))
    assert config.kv_tokens is None
    assert kv.text() == "je suis"
    assert not kv.isEnabled()


# Timing and echoes


def test_quick_keystrokes_give_one_emission_after_the_pause(qtbot, panel):
    panel.debounce_ms = 400  # long enough that no pause falls between the keystrokes, even on slow CI
    configs = []
    panel.configChanged.connect(configs.append)
    tokens = w(panel, "tokens")
    tokens.setFocus()
    qtbot.keyClick(tokens, Qt.Key.Key_End)
    for key in " and more":
        qtbot.keyClicks(tokens, key)
        QApplication.processEvents()  # the timer may run between keys, as in real typing
    assert configs == []  # still waiting for the pause
    qtbot.waitUntil(lambda: len(configs) == 1, timeout=2000)
    with qtbot.assertNotEmitted(panel.configChanged, wait=100):
        pass
    assert configs[0].tokens == ("I", "love", "learning", "and", "more")


def test_an_edit_that_is_undone_before_the_pause_emits_nothing(qtbot, panel):
    d_model = w(panel, "d_model")
    with qtbot.assertNotEmitted(panel.configChanged, wait=100):
        qtbot.keyClick(d_model, Qt.Key.Key_Up)
        qtbot.keyClick(d_model, Qt.Key.Key_Down)


def test_set_config_shows_the_config_without_emitting(qtbot, panel):
    config = AttentionConfig(
        tokens=tuple("我爱学习"), kv_tokens=("I", "love"), d_model=6, num_heads=3, d_k=5, seed=9,
        mask="causal", positional_encoding=False, scale=False, embedding="one-hot",
    )  # fmt: skip
    with qtbot.assertNotEmitted(panel.configChanged, wait=100):
        qtbot.keyClicks(w(panel, "tokens"), "x")  # a pending change that set_config must cancel
        panel.set_config(config, split_cjk=True, tokens_text="我爱学习")
    assert panel.config() == config
    assert w(panel, "tokens").text() == "我爱学习"
    assert w(panel, "split_cjk").isChecked()
    assert w(panel, "cross").isChecked()
    assert w(panel, "kv_tokens").text() == "I love"
    assert (w(panel, "d_model").value(), w(panel, "num_heads").value()) == (6, 3)
    assert (w(panel, "d_k").value(), w(panel, "d_v").text()) == (5, "auto (= 2)")
    assert w(panel, "seed").value() == 9
    assert w(panel, "mask").currentData() == "causal"
    assert not w(panel, "positional_encoding").isChecked()
    assert not w(panel, "scale").isChecked()
    assert w(panel, "embedding").currentData() == "one-hot"
    config = emitted(qtbot, panel, lambda: retype(qtbot, w(panel, "seed"), "10"))
    assert config.seed == 10
    assert config.tokens == tuple("我爱学习")


# Bad input: a message beside the field, nothing emitted, nothing lost


def _empty_tokens(qtbot, panel):
    retype(qtbot, w(panel, "tokens"), "")


def _fix_tokens(qtbot, panel):
    qtbot.keyClicks(w(panel, "tokens"), "a b")


def _d_model_5(qtbot, panel):
    qtbot.keyClick(w(panel, "d_model"), Qt.Key.Key_Up)


def _d_model_6(qtbot, panel):
    qtbot.keyClick(w(panel, "d_model"), Qt.Key.Key_Up)


def _one_hot_with_five_words(qtbot, panel):
    choose(panel, "embedding", "one-hot")
    qtbot.keyClicks(w(panel, "tokens"), " and you too")


def _too_many_tokens(qtbot, panel):
    retype(qtbot, w(panel, "tokens"), " ".join(["a"] * 513))


def _d_model_typed_6(qtbot, panel):
    retype(qtbot, w(panel, "d_model"), "6")


def _one_token_fewer(qtbot, panel):
    qtbot.keyClick(w(panel, "tokens"), Qt.Key.Key_Backspace)
    qtbot.keyClick(w(panel, "tokens"), Qt.Key.Key_Backspace)


def _huge_sizes(qtbot, panel):
    retype(qtbot, w(panel, "d_model"), "1024")
    retype(qtbot, w(panel, "num_heads"), "64")
    retype(qtbot, w(panel, "d_k"), "1024")


def _smaller_d_k(qtbot, panel):
    retype(qtbot, w(panel, "d_k"), "64")


@pytest.mark.parametrize(
    ("break_it", "field", "pattern", "fix_it", "fixed"),
    [
        (_empty_tokens, "tokens", r"Enter at least one token", _fix_tokens,
         lambda c: c.tokens == ("a", "b")),
        (_d_model_5, "num_heads", r"d_model \(5\) must be divisible by num_heads \(2\)", _d_model_6,
         lambda c: c.d_model == 6),
        (_one_hot_with_five_words, "d_model", r"One-hot .* at least 6 .* got 4", _d_model_typed_6,
         lambda c: (c.embedding, c.d_model, len(c.tokens)) == ("one-hot", 6, 6)),
        (_too_many_tokens, "tokens", r"513 tokens; at most 512", _one_token_fewer,
         lambda c: len(c.tokens) == 512),
        (_huge_sizes, "general", r"about \d+ MB, more than the 1024 MB", _smaller_d_k,
         lambda c: (c.d_model, c.num_heads, c.d_k) == (1024, 64, 64)),
    ],
    ids=["empty-tokens", "indivisible-heads", "one-hot-too-small", "too-many-tokens", "too-big"],
)  # fmt: skip
def test_invalid_input_is_explained_beside_its_field_until_fixed(
    qtbot, panel, break_it, field, pattern, fix_it, fixed
):
    message = w(panel, f"error_{field}")
    before = panel.config()
    with qtbot.assertNotEmitted(panel.configChanged, wait=50):
        break_it(qtbot, panel)
        qtbot.waitUntil(message.isVisible)
    assert re.search(pattern, message.text()), message.text()
    assert message.wordWrap()
    assert panel.config() == before
    others = [f"error_{name}" for name in (*ERROR_FIELDS, "general") if name != field]
    assert not any(w(panel, name).isVisible() for name in others)
    if field != "general":
        target = w(panel, field)
        assert target.property("invalid") is True
        assert target.accessibleDescription() == message.text()
        # directly under the field, in the same column
        assert message.parentWidget() is target.parentWidget()
        assert message.geometry().top() >= target.geometry().bottom()
        assert message.x() == target.x()
    else:
        assert message.geometry().bottom() <= w(panel, "presets").geometry().top()

    config = emitted(qtbot, panel, lambda: fix_it(qtbot, panel))
    assert fixed(config), config
    assert not message.isVisible()
    assert panel.config() == config
    if field != "general":
        assert w(panel, field).property("invalid") is False
        assert w(panel, field).accessibleDescription() == ""


def test_a_fixed_entry_clears_its_message_at_once(qtbot, panel):
    message = w(panel, "error_num_heads")
    _d_model_5(qtbot, panel)
    qtbot.waitUntil(message.isVisible)
    panel.debounce_ms = 10_000  # the message must go without waiting for the pause
    _d_model_6(qtbot, panel)
    assert not message.isVisible()


# Presets, seed, typed values


@pytest.mark.parametrize("preset", PRESETS, ids=[p.id for p in PRESETS])
def test_each_preset_loads_into_the_fields_and_emits_its_config(qtbot, panel, preset):
    panel.set_config(AttentionConfig(tokens=("x",), d_model=6, num_heads=3, seed=5))
    index = w(panel, "presets").findData(preset.id)
    config = emitted(qtbot, panel, lambda: w(panel, "presets").setCurrentIndex(index))
    assert config == preset_config(preset)
    assert w(panel, "tokens").text() == preset.tokens_text
    assert w(panel, "presets").currentIndex() == 0  # back on the placeholder, ready for another
    assert w(panel, "presets").itemText(index) == preset.title


def test_presets_are_the_lesson_examples():
    configs = {p.id: preset_config(p) for p in PRESETS}
    paper = configs["i-love-learning-paper"]
    assert (paper.d_model, paper.num_heads, paper.dims.d_k) == (512, 8, 64)
    assert paper.tokens == ("I", "love", "learning")
    assert configs["i-love-learning-small"].dims[2:4] == (4, 2)
    assert configs["wo-ai-xuexi"].tokens == ("我", "爱", "学习")
    assert configs["causal-decoder"].mask == "causal"
    cross = configs["cross-attention"]
    assert (cross.tokens, cross.kv_tokens) == (("我", "爱", "学习"), ("I", "love", "learning"))
    assert len(configs) == len(PRESETS)


def test_paper_preset_shows_d_k_64(qtbot, panel):
    index = w(panel, "presets").findData("i-love-learning-paper")
    emitted(qtbot, panel, lambda: w(panel, "presets").setCurrentIndex(index))
    assert w(panel, "d_k").text() == "auto (= 64)"


def test_new_random_picks_a_different_seed(qtbot, panel):
    button = w(panel, "new_seed")
    seeds = [panel.config().seed]
    for _ in range(3):
        config = emitted(qtbot, panel, lambda: click(qtbot, button))
        assert config.seed != seeds[-1]
        assert w(panel, "seed").value() == config.seed
        seeds.append(config.seed)


def test_typed_values_entry_exists_only_while_edits_are_present(qtbot, panel):
    embedding = w(panel, "embedding")
    assert embedding.findData("edited") == -1
    with qtbot.assertNotEmitted(panel.configChanged, wait=50):
        panel.set_edits_present(True)
    assert embedding.currentData() == "edited"
    assert embedding.currentText() == "typed values"
    # other changes still emit the generated embedding, never the edits
    config = emitted(qtbot, panel, lambda: retype(qtbot, w(panel, "d_model"), "6"))
    assert (config.embedding, config.edits) == ("random", ())
    assert embedding.currentData() == "edited"
    with (
        qtbot.waitSignal(panel.resetEditsRequested, timeout=1000),
        qtbot.assertNotEmitted(panel.configChanged, wait=50),
    ):
        choose(panel, "embedding", "random")  # same embedding: only the typed values go
    assert embedding.findData("edited") == -1
    panel.set_edits_present(True)
    with qtbot.waitSignals([panel.resetEditsRequested, panel.configChanged], timeout=1000):
        choose(panel, "embedding", "one-hot")
    assert panel.config().embedding == "one-hot"
    panel.set_edits_present(True)
    panel.set_edits_present(False)
    assert embedding.count() == 2
    assert embedding.currentData() == "one-hot"


def test_loading_a_preset_over_typed_values_asks_to_drop_them(qtbot, panel):
    panel.set_edits_present(True)
    index = w(panel, "presets").findData("causal-decoder")
    with qtbot.waitSignals([panel.resetEditsRequested, panel.configChanged], timeout=1000):
        w(panel, "presets").setCurrentIndex(index)
    assert w(panel, "embedding").currentData() == "random"


# Reading the panel in class


def test_every_field_has_a_mnemonic_and_a_tooltip(panel):
    mnemonics = []
    for name in FIELDS:
        widget = w(panel, name)
        assert widget.toolTip(), name
        if isinstance(widget, QCheckBox | QPushButton):
            text = widget.text()
        else:
            labels = [label for label in panel.findChildren(QLabel) if label.buddy() is widget]
            assert len(labels) == 1, name
            text = labels[0].text()
        assert re.search(r"&\w", text), (name, text)
        mnemonics.append(re.search(r"&(\w)", text).group(1).lower())
    assert len(set(mnemonics)) == len(mnemonics), mnemonics
    assert not {"f", "e", "v", "h"} & set(mnemonics)  # the menu bar's File, Edit, View, Help
    assert w(panel, "presets").itemText(0) == "Presets…"


def test_messages_stay_readable_when_the_theme_turns_dark(qtbot, panel):
    message = w(panel, "error_num_heads")
    _d_model_5(qtbot, panel)
    qtbot.waitUntil(message.isVisible)
    on_light = message.palette().color(QPalette.ColorRole.WindowText)
    assert on_light.lightness() < 128
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    panel.setPalette(dark)
    assert message.palette().color(QPalette.ColorRole.WindowText).lightness() > 128
    tint = w(panel, "num_heads").palette().color(QPalette.ColorRole.Base)
    assert tint.lightness() < 128
    assert tint != QColor("#1e1e1e")
