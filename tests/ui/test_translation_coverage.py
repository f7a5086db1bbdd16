"""With the Chinese translation loaded, no visible text of the main window is left in English.

The .ts test proves every catalogued string has a translation; this one proves every visible
string is catalogued: it walks the real widget tree (labels, buttons, menus, tooltips, combo box
entries, dock and tab titles, the explanation of every stage) and looks for English words.
"""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from attn_gui.core import AttentionConfig
from attn_gui.i18n.language import install_language
from attn_gui.models.lesson.source import PARTS, ModelLesson
from attn_gui.ui.window.main_window import MainWindow
from tests.reference import TOY_STAGES as STAGES

CONFIG = AttentionConfig(tokens=("我", "爱", "学习"), d_model=4, num_heads=2, mask="causal")

# Notation the lesson writes the same way in both languages: matrix and size names, function
# names in formulas, format names, and the program's own name.
NOTATION = {
    "softmax", "concat", "output", "d_model", "d_ff", "d_k", "d_v", "w_q", "w_k", "w_v", "w_o",
    "w_1", "w_2", "w_vocab", "x_in", "x_kv", "layernorm", "relu", "gelu", "gpt", "attn",
    "gui", "png", "svg", "pdf", "gif", "mp4", "csv", "npy", "npz", "json", "latex", "tex",
    "markdown", "tsv", "dpi", "nan", "fonts", "noto", "cjk", "apt", "sudo", "install",
    "debian", "ubuntu", "pyqtgraph", "numpy", "qt", "python", "pyside", "mit", "lgplv3", "bsd",
    "exp", "max", "sum", "sin", "cos", "pos", "attention", "transformer",
    "shift", "ctrl", "alt", "esc", "pgup", "pgdown", "home", "end", "english", "var", "nats",
    "cls", "sep", "unk", "bert", "erf", "clark", "abnar", "zuidema", "logits", "bos", "eos",
}  # fmt: skip
# Kept in English on purpose: the term of art, the example sentence the presets pose, and the
# names of a model, its publisher and its files.
PHRASES = (
    "one-hot", "I love learning", "all-MiniLM-L6-v2", "Hugging Face",
    "config.json", "model.safetensors", "tokenizer.json",
)  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z_0-9]*")


def english_words(text: str) -> list[str]:
    """Words of three or more letters that are not notation (Z_1, W_O: anything with "_"):
    the trace of an untranslated string."""
    for phrase in PHRASES:
        text = text.replace(phrase, "")
    return [w for w in WORD.findall(text) if len(w) > 2 and "_" not in w and w.lower() not in NOTATION]


def visible_texts(window: MainWindow) -> dict[str, str]:
    """Every text a user can see or hover in the window, keyed by where it is."""
    texts: dict[str, str] = {}

    def add(where: str, text: str) -> None:
        if text:
            texts[f"{where}: {text[:60]}"] = text

    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        add(f"{name} tooltip", widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(name, widget.text())
        if isinstance(widget, QLineEdit):
            add(f"{name} placeholder", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(name, widget.title())
        if isinstance(widget, QDockWidget):
            add(name, widget.windowTitle())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name} item {i}", widget.itemText(i))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name} tab {i}", widget.tabText(i))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for i in range(model.columnCount()):
                add(f"{name} header {i}", model.headerData(i, Qt.Orientation.Horizontal))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(f"{name} item {i}", widget.item(i).text())
        if isinstance(widget, QTextBrowser):
            add(name, widget.toPlainText())
        if isinstance(widget, QMenu):
            add(f"{name} title", widget.title())
        for action in widget.actions():
            add(f"{name} action", action.text())
            add(f"{name} action tip", action.toolTip())
    add("status bar", window.statusBar().currentMessage())
    add("title", window.stage_title.text())
    return texts


@pytest.fixture
def chinese_window(qtbot):
    install_language("zh_CN")
    window = MainWindow(CONFIG)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    install_language("en")


def test_every_visible_string_is_chinese(chinese_window):
    untranslated = {}

    def walk() -> None:
        for where, text in visible_texts(chinese_window).items():
            if english_words(text):
                untranslated[where] = english_words(text)

    for stage in STAGES:  # every stage's explanation, captions and status line
        chinese_window.set_stage(stage)
        walk()
    chinese_window.show_comparisons()  # a child window: the walk covers its tabs too
    tabs = chinese_window.comparisons.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        walk()
    chinese_window.set_stage("x_in")
    chinese_window.quiz.set_active(True)
    for stage_kind in ("q", "masked", "weights"):  # a value, a count and a key question
        chinese_window.set_stage(stage_kind)
        walk()  # asked
        chinese_window.step(1)
        walk()  # revealed
    assert not untranslated, "\n".join(f"{w} -> {words}" for w, words in sorted(untranslated.items()))


def test_the_walk_would_notice_an_english_string(chinese_window):
    """The check itself: an English label added to the window is reported."""
    QLabel("Scores of every query", chinese_window.centralWidget()).setObjectName("planted")
    found = [where for where, text in visible_texts(chinese_window).items() if english_words(text)]
    assert any("planted" in where for where in found)


def test_every_visible_string_of_model_mode_is_chinese(chinese_window):
    lesson = ModelLesson("我爱学习", layer=2)  # the sentence's words are not the interface's
    chinese_window.model_mode.apply(lesson)
    chinese_window.input_panel.set_model(lesson)
    untranslated = {}
    for stage in chinese_window.document.trace.stage_names:
        chinese_window.set_stage(stage)
        for index in range(chinese_window.tabs.count()):  # the stage, all heads, all layers, rollout
            chinese_window.tabs.setCurrentIndex(index)
            for where, text in visible_texts(chinese_window).items():
                if english_words(text):
                    untranslated[where] = english_words(text)
    assert chinese_window.tabs.count() == 4
    assert not untranslated, "\n".join(f"{w} -> {words}" for w, words in sorted(untranslated.items()))


def test_every_visible_string_of_the_translator_is_chinese(chinese_window):
    from attn_gui.models.translator import known_words

    lesson = ModelLesson("she reads books in the library every day", model="tiny-en-zh")
    chinese_window.model_mode.apply(lesson)
    chinese_window.input_panel.set_model(lesson)
    typed = {word.casefold() for word in known_words()}  # the sentence's words are data
    untranslated = {}
    for part in PARTS:
        chinese_window.model_mode.selectors.part.setCurrentIndex(PARTS.index(part))
        for stage in chinese_window.document.trace.stage_names:
            chinese_window.set_stage(stage)
            for index in range(chinese_window.tabs.count()):  # the stage, all heads, next word, alignment
                chinese_window.tabs.setCurrentIndex(index)
                for where, text in visible_texts(chinese_window).items():
                    if words := [w for w in english_words(text) if w.casefold() not in typed]:
                        untranslated[where] = words
    assert chinese_window.document.model.part == "output"
    assert not untranslated, "\n".join(f"{w} -> {words}" for w, words in sorted(untranslated.items()))
