"""is_text: what a person can type is text, emoji sequences and Persian included; what a broken
terminal or a control key leaves is not."""

import pytest

from attn_gui.core import AttentionConfig, ConfigError
from attn_gui.core.tokens import is_text

TEXT = {
    "emoji joined by ZWJ": "👩\u200d💻",
    "rainbow flag": "🏳\ufe0f\u200d🌈",
    "Persian with ZWNJ": "می\u200cخواهم",
    "subdivision flag (tags)": "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "variation selector": "❤\ufe0f",
    "skin tone": "👍🏽",
    "Hebrew with a direction mark": "שלום\u200f",
    "newer than Python's tables": "\U0001fae8",  # SHAKING FACE, Unicode 15
    "Chinese": "学习",
    "accents": "café",
}
NOT_TEXT = {
    "undecodable byte": "caf\udce9",  # a Latin-1 terminal's "café"
    "bell": "lo\x07ve",
    "escape": "\x1b[31mred",
    "newline": "a\nb",
    "a joiner alone": "\u200d",
}


@pytest.mark.parametrize("text", TEXT.values(), ids=TEXT.keys())
def test_what_a_person_types_is_text(text):
    assert is_text(text)
    assert AttentionConfig(tokens=(text, "b")).tokens == (text, "b")


@pytest.mark.parametrize("text", NOT_TEXT.values(), ids=NOT_TEXT.keys())
def test_what_no_one_types_is_not(text):
    assert not is_text(text)
    with pytest.raises(ConfigError, match="not valid text; check the terminal's encoding"):
        AttentionConfig(tokens=(text,))
