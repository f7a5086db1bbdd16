"""Turning a typed sentence into tokens, for English and for CJK text without spaces."""

import re
import unicodedata

# Han ideographs (with extensions and compatibility forms), kana, and CJK/full-width
# punctuation: scripts written without spaces between words. (Korean uses spaces.)
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f"
# Kana voicing marks, combining and half-width: they belong to the character before them.
_MARKS = "\u3099\u309a\uff9e\uff9f"
_CJK_OR_RUN = re.compile(f"[{_CJK}][{_MARKS}]*|[^{_CJK}]+")
# Format characters that shape the letters around them: ZWNJ, ZWJ, LRM, RLM, the word joiner,
# the Arabic letter mark, and the tags of subdivision flags.
_IN_WORD = re.compile("[\u200c-\u200f\u2060\u061c\U000e0020-\U000e007f]")


def is_cjk(char: str) -> bool:
    """True for a character of a script written without spaces between words (Chinese, Japanese)."""
    return re.fullmatch(f"[{_CJK}]", char) is not None


def is_text(text: str) -> bool:
    """Whether ``text`` is printable text: False for undecodable bytes smuggled in as surrogates
    (a Latin-1 terminal's "café") and for control characters, True for the invisible marks that
    belong inside words: the zero-width joiner of emoji sequences (👩‍💻), the non-joiner of
    Persian (می‌خواهم), direction marks, the tag characters of subdivision flags, and code points newer than
    Python's Unicode tables (this year's emoji). Variation selectors (❤️) are marks, printable."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    visible = [c for c in text if not _IN_WORD.fullmatch(c)]
    if text and not visible:  # joiners that join nothing
        return False
    return all(c.isprintable() or unicodedata.category(c) == "Cn" for c in visible)


def tokenize(text: str, split_cjk: bool = False) -> tuple[str, ...]:
    """Split on whitespace; with ``split_cjk`` every CJK character is a token of its own.

    "我 爱 学习" gives three tokens; with ``split_cjk``, "我爱学习" gives four, and
    "我爱 learning" gives 我, 爱, learning.
    """
    words = text.split()
    if not split_cjk:
        return tuple(words)
    return tuple(piece for word in words for piece in _CJK_OR_RUN.findall(word))
