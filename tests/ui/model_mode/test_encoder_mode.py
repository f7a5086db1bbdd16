"""Model mode as a teacher uses it: choose the pretrained model, type a sentence, pick a layer or
a head among all 72, and meet refusals beside the field with the last good lesson kept."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from attn_gui.export.lesson_file import load_lesson
from attn_gui.models.bert import encode, load_bert
from attn_gui.ui import launch
from tests.ui.conftest import field, paste, process, retype
from tests.ui.model_mode.conftest import MINILM, choose, choose_source

TEXT = "The cat sat on the mat"


@pytest.fixture(scope="module")
def minilm():
    """The model's own forward pass on TEXT: the hidden state entering each layer."""
    model = load_bert("all-MiniLM-L6-v2")
    return encode(model, model.tokenize(TEXT))


def choose_model(qtbot, window):
    choose_source(qtbot, window, MINILM, TEXT)


def visible_error(window, name: str) -> str:
    label = window.input_panel.findChild(QWidget, f"error_{name}")
    return label.text() if label.isVisible() else ""


def test_choosing_the_model_turns_the_lesson_into_its_first_layer(qtbot, window, minilm):
    choose_model(qtbot, window)
    trace = window.document.trace
    assert trace.tokens == ("[CLS]", "the", "cat", "sat", "on", "the", "mat", "[SEP]")
    np.testing.assert_allclose(trace.get("x_in").array, minilm.hidden_states[0], atol=1e-12)
    assert window.model_mode.selectors.layer.isVisible()
    assert window.model_mode.selectors.layer.currentText() == "1 of 6"
    assert field(window, "pieces").text() == " ".join(trace.tokens)
    assert not field(window, "d_model").isVisible()  # the toy's sizes give way to the model's
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Stage", "All heads", "All layers", "Rollout",
    ]  # fmt: skip
    assert window.head_selector.count() == 12


def test_the_layer_selector_steps_to_another_layer_and_keeps_the_stage(qtbot, window, minilm):
    choose_model(qtbot, window)
    window.set_stage("weights")
    selector = window.model_mode.selectors.layer
    selector.setFocus()
    qtbot.keyClick(selector, Qt.Key.Key_Down)
    qtbot.keyClick(selector, Qt.Key.Key_Down)
    assert window.document.model.layer == 3
    assert field(window, "layer").value() == 3  # the panel's field says the same
    np.testing.assert_allclose(window.document.trace.get("x_in").array, minilm.hidden_states[2], atol=1e-12)
    np.testing.assert_allclose(window.document.trace.stacked("weights"), minilm.attentions[2], atol=1e-12)
    assert window.stage == "weights"


def test_a_head_clicked_among_all_layers_opens_in_the_lesson(qtbot, window):
    choose_model(qtbot, window)
    window.tabs.setCurrentIndex(2)
    grid = window.model_mode.model_tabs.model_view.grid
    qtbot.waitExposed(grid)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(4, 7).center())  # layer 5, head 8
    assert window.document.model.layer == 5
    assert window.head == 7
    assert window.tabs.currentIndex() == 0
    assert window.model_mode.model_tabs.model_view.current() == (4, 7)


def test_too_long_a_text_is_refused_beside_the_field_and_the_lesson_stays(qtbot, window):
    choose_model(qtbot, window)
    before = window.document.trace
    retype(qtbot, field(window, "tokens"), "word " * 600)
    qtbot.keyClick(field(window, "tokens"), Qt.Key.Key_Return)
    assert "602 word pieces" in visible_error(window, "tokens")
    assert window.document.trace is before
    retype(qtbot, field(window, "tokens"), "a short one")
    qtbot.keyClick(field(window, "tokens"), Qt.Key.Key_Return)
    assert visible_error(window, "tokens") == ""
    assert window.document.trace.tokens == ("[CLS]", "a", "short", "one", "[SEP]")


def test_a_folder_without_a_model_is_refused_beside_the_source(qtbot, window, tmp_path):
    choose_model(qtbot, window)
    before = window.document.model
    window.input_panel.add_model_folder(tmp_path)
    message = visible_error(window, "source")
    assert str(tmp_path) in message
    assert "config.json" in message
    assert window.document.model == before
    assert field(window, "source").currentText() == "all-MiniLM-L6-v2 (pretrained)"


def test_back_to_the_toy_its_sentence_and_sizes_are_as_they_were(qtbot, window):
    toy = window.document.config
    choose_model(qtbot, window)
    choose(qtbot, field(window, "source"), 0)  # back to the toy
    assert window.document.model is None
    assert window.document.config == toy
    assert field(window, "tokens").text() == "I love learning"
    assert field(window, "d_model").isVisible()
    assert window.tabs.count() == 2
    assert not window.model_mode.selectors.layer.isVisible()


def test_a_model_lesson_saves_its_model_text_and_layer_and_reopens(qtbot, make_window, tmp_path):
    first = make_window()
    choose_model(qtbot, first)
    first.model_mode.set_layer(4)
    first.set_stage("scores")
    first.set_head(2)
    path = tmp_path / "bert.attn.json"
    assert first.lessons.save_as(path)
    assert len(path.read_bytes()) < 4000  # the model's name, not its weights
    assert load_lesson(path).model.layer == 4
    second = make_window()
    assert second.lessons.open(path)
    process()
    assert second.document.model == first.document.model
    assert (second.stage, second.head) == ("scores", 2)
    assert field(second, "source").currentText() == "all-MiniLM-L6-v2 (pretrained)"
    assert field(second, "tokens").text() == TEXT
    assert second.model_mode.selectors.layer.currentText() == "4 of 6"


def test_the_toy_sentence_as_typed_comes_back_after_the_model(qtbot, window):
    window.input_panel.findChild(QWidget, "split_cjk").setChecked(True)
    paste(qtbot, field(window, "tokens"), "我爱学习")
    qtbot.keyClick(field(window, "tokens"), Qt.Key.Key_Return)
    assert window.document.config.tokens == ("我", "爱", "学", "习")
    choose_model(qtbot, window)
    assert window.typing()[1][0] == "我爱学习"  # what a lesson or the preferences keep meanwhile
    choose(qtbot, field(window, "source"), 0)  # back to the toy
    assert field(window, "tokens").text() == "我爱学习"


def test_choosing_a_model_is_a_change_to_save_but_opening_one_is_not(qtbot, window):
    assert not window.isWindowModified()
    choose_model(qtbot, window)
    assert window.isWindowModified()
    opened = launch.create_window(
        launch.LaunchRequest(config=window.document.config, model=window.document.model), None
    )
    qtbot.addWidget(opened)
    assert opened.document.model == window.document.model
    assert not opened.isWindowModified()
