"""The trained translator as a teacher uses it: choose it, type English, step through each
attention of each decoding step, watch the next word chosen, and meet unknown words in one line."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from attn_gui.models.lesson.source import PARTS, ModelLesson
from attn_gui.models.translator import translate
from attn_gui.ui import launch
from tests.ui.conftest import field, process, retype
from tests.ui.model_mode.conftest import TRANSLATOR, choose, choose_source

SENTENCE = "I love learning"


def choose_translator(qtbot, window, sentence=SENTENCE):
    choose_source(qtbot, window, TRANSLATOR, sentence)
    assert window.document.model.translator


def softmax(row):
    e = np.exp(row - row.max())
    return e / e.sum()


def test_choosing_the_translator_shows_its_encoder_and_its_steps(qtbot, window):
    choose_translator(qtbot, window)
    trace = window.document.trace
    assert trace.tokens == ("I", "love", "learning", "<eos>")
    selectors = window.model_mode.selectors
    assert selectors.part.isVisible()
    assert not selectors.layer.isVisible()
    assert [selectors.step.itemText(i) for i in range(selectors.step.count())] == [
        "word 1: 我", "word 2: 爱", "word 3: 学习", "word 4: <eos>",
    ]  # fmt: skip
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Stage", "All heads", "Next word", "Alignment",
    ]  # fmt: skip
    assert "learning" in field(window, "model_about").text()  # the words it knows, listed


def test_an_unknown_word_is_named_under_the_field_and_the_lesson_stays(qtbot, window):
    choose_translator(qtbot, window)
    before = window.document.trace
    retype(qtbot, field(window, "tokens"), "I love pizza")
    qtbot.keyClick(field(window, "tokens"), Qt.Key.Key_Return)
    message = window.input_panel.findChild(QWidget, "error_tokens")
    assert message.isVisible()
    assert message.text() == "The translator does not know these words: pizza."
    assert window.document.trace is before


def test_each_part_of_a_decoding_step_is_the_translators_own_numbers(qtbot, window):
    choose_translator(qtbot, window, "she reads books in the library every day")
    expected = translate("she reads books in the library every day")
    selectors = window.model_mode.selectors
    choose(qtbot, selectors.step, 3)  # writing word 4, 图书馆: the decoder has read <bos> 她 每天 在
    choose(qtbot, selectors.part, PARTS.index("cross"))
    trace = window.document.trace
    assert (window.document.model.part, window.document.model.step) == ("cross", 4)
    assert trace.tokens == ("<bos>", "她", "每天", "在")
    cross = expected.decoder.layers[0].cross_attention.weights[:, :4]
    np.testing.assert_allclose(trace.stacked("weights"), cross, atol=1e-15)
    choose(qtbot, selectors.part, PARTS.index("decoder"))
    weights = window.document.trace.stacked("weights")
    assert np.all(np.triu(weights[0], k=1) == 0)  # the mask: no word sees a later one
    choose(qtbot, selectors.part, PARTS.index("output"))
    probabilities = window.document.trace.get("probabilities").array[0]
    np.testing.assert_allclose(probabilities, softmax(expected.output.logits[3]), atol=1e-15)
    assert window.document.trace.get("probabilities").columns[int(np.argmax(probabilities))] == "图书馆"
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.heads_overview))


def test_the_next_word_chart_shows_the_step_and_hides_it_for_the_quiz(qtbot, window):
    choose_translator(qtbot, window)
    choose(qtbot, window.model_mode.selectors.step, 1)  # writing 爱 after 我
    chart = window.model_mode.translator_tabs.next_word
    shown = chart.candidates()
    logits = translate(SENTENCE).output.logits[1]
    assert shown.words[0] == "爱"
    np.testing.assert_allclose(shown.probabilities[0], softmax(logits).max(), atol=1e-12)
    window.actions.quiz.trigger()
    assert chart.answer_hidden()
    window.actions.quiz.trigger()
    assert not chart.answer_hidden()


def test_the_alignment_tab_shows_the_whole_translation_against_the_english(qtbot, window):
    choose_translator(qtbot, window)
    alignment = window.model_mode.translator_tabs.alignment
    window.tabs.setCurrentWidget(alignment)
    process()
    weights = translate(SENTENCE).cross_weights  # (layers, heads, 我 爱 学习, I love learning <eos>)
    assert alignment.shown_heads() == ((0, 0), (0, 1))
    for head in range(2):
        assert alignment.heatmap(0, head).argmax() == tuple(
            int(j) for j in np.argmax(weights[0, head], axis=1)
        )
    assert alignment.heatmap(0, 1).argmax()[1] == 1  # 爱 looks back at "love"


def test_a_translator_lesson_reopens_at_its_part_and_step(qtbot, make_window, tmp_path):
    first = make_window()
    choose_translator(qtbot, first)
    choose(qtbot, first.model_mode.selectors.step, 2)
    choose(qtbot, first.model_mode.selectors.part, PARTS.index("decoder"))
    path = tmp_path / "translator.attn.json"
    assert first.lessons.save_as(path)
    second = make_window()
    assert second.lessons.open(path)
    assert second.document.model == first.document.model
    assert second.model_mode.selectors.part.currentIndex() == PARTS.index("decoder")
    assert second.model_mode.selectors.step.currentText() == "word 3: 学习"


def test_next_word_writes_the_chosen_word_and_starts_the_next_step(qtbot, window):
    choose_translator(qtbot, window)
    selectors = window.model_mode.selectors
    choose(qtbot, selectors.part, PARTS.index("output"))
    assert window.document.trace.get("probabilities").columns[0] != ""  # the next word's softmax
    qtbot.mouseClick(selectors.next_word, Qt.MouseButton.LeftButton)
    assert (window.document.model.part, window.document.model.step) == ("decoder", 2)
    assert window.document.trace.tokens == ("<bos>", "我")  # 我, chosen at step 1, is now read
    choose(qtbot, selectors.step, 3)
    assert not selectors.next_word.isEnabled()  # the end marker: nothing more to write


def test_the_translator_left_open_comes_back_at_the_next_start(qtbot, make_window, preferences):
    first = make_window(preferences=preferences)
    choose_translator(qtbot, first, "she reads books in the library every day")
    choose(qtbot, first.model_mode.selectors.step, 3)
    choose(qtbot, first.model_mode.selectors.part, PARTS.index("cross"))
    first.set_stage("weights")
    first.set_head(1)
    left = first.document.model
    first.close()
    second = launch.create_window(launch.LaunchRequest(config=None), preferences)
    qtbot.addWidget(second)
    assert second.document.model == left
    assert (second.stage, second.head) == ("weights", 1)
    assert field(second, "source").currentText() == "Trained translator (English → Chinese)"
    assert not second.isWindowModified()


def test_a_model_gone_since_the_last_start_leaves_the_toy_and_says_why(
    qtbot, make_window, preferences, tmp_path
):
    preferences.set_model(ModelLesson("I love learning", str(tmp_path / "deleted-model")))
    window = launch.create_window(launch.LaunchRequest(config=None), preferences)
    qtbot.addWidget(window)
    assert window.document.model is None
    assert "deleted-model" in window.statusBar().currentMessage()
