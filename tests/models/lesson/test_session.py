"""A session runs the translator for tiny-en-zh, translating each text once for every part and step."""

from dataclasses import replace

import numpy as np
import pytest

from attn_gui.models.errors import ModelError
from attn_gui.models.lesson.session import KEPT_TEXTS, ModelSession
from attn_gui.models.lesson.source import PARTS, ModelLesson
from attn_gui.models.locate import MINILM, TINY_EN_ZH
from attn_gui.models.translator import Translator, known_words, translate

LESSON = ModelLesson("I love learning", TINY_EN_ZH)


def test_the_translator_is_known_by_name_and_a_lesson_says_so():
    assert TINY_EN_ZH == "tiny-en-zh"
    assert LESSON.translator
    assert not ModelLesson("I love learning").translator
    assert ModelLesson("I love learning").model == MINILM.name


def test_a_bert_lesson_keeps_its_defaults():
    bert = ModelLesson("I love learning", layer=3)
    assert (bert.part, bert.step) == ("encoder", 1)
    assert bert == ModelLesson(text="I love learning", model=MINILM.name, layer=3)


def test_the_trace_of_each_part_and_step_comes_from_one_translation(monkeypatch):
    session = ModelSession()
    calls = []
    original = Translator.translate

    def counted(self, text):
        calls.append(text)
        return original(self, text)

    monkeypatch.setattr(Translator, "translate", counted)
    traces = [session.trace(replace(LESSON, part=part, step=step)) for part in PARTS for step in (1, 2, 3, 4)]
    assert calls == ["I love learning"]
    assert session.translation(LESSON) is session.translation(replace(LESSON, part="output", step=4))
    assert calls == ["I love learning"]
    assert all(trace.source.model == TINY_EN_ZH for trace in traces)
    assert [trace.source.part for trace in traces[::4]] == list(PARTS)


def test_the_translation_is_the_translators():
    translation = ModelSession().translation(LESSON)
    assert translation.output_tokens == ("我", "爱", "学习")
    np.testing.assert_array_equal(translation.cross_weights, translate("I love learning").cross_weights)


def test_only_the_last_few_texts_are_kept():
    session = ModelSession()
    first = session.translation(LESSON)
    for spaces in range(1, KEPT_TEXTS + 1):  # each a text of its own, translated alike
        session.translation(replace(LESSON, text="I love learning" + " " * spaces))
    assert session.translation(LESSON) is not first


def test_unknown_words_are_named_in_one_sentence_and_the_known_ones_can_be_listed():
    with pytest.raises(ModelError) as caught:
        ModelSession().trace(replace(LESSON, text="I love pizza and tea"))
    assert str(caught.value) == "The translator does not know these words: pizza, and."
    assert "\n" not in str(caught.value)
    assert {"I", "love", "learning", "tea"} <= set(known_words())


def test_only_the_translator_has_a_translation():
    with pytest.raises(ValueError, match="not the translator"):
        ModelSession().translation(ModelLesson("I love learning"))
