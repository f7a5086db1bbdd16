"""The model section of a lesson file: a BERT layer as before, the translator with its part and
decoding step, and format-2 sections written before the translator still read."""

import json

import pytest

from attn_gui.core import AttentionConfig
from attn_gui.export.lesson_file import MODEL_VERSION, Lesson, LessonError, lesson_from_json, lesson_to_json
from attn_gui.models.lesson.source import MAX_STEPS, PARTS, ModelLesson
from attn_gui.models.locate import MINILM, TINY_EN_ZH

CONFIG = AttentionConfig(tokens=("I", "love", "learning"))
BERT = Lesson(CONFIG, model=ModelLesson("I love learning", MINILM.name, layer=4), stage="attn_norm")


def translator_lesson(part: str, step: int, stage: str = "x_in") -> Lesson:
    return Lesson(CONFIG, model=ModelLesson("I love learning", TINY_EN_ZH, part=part, step=step), stage=stage)


def document(lesson: Lesson) -> dict:
    return json.loads(lesson_to_json(lesson))


def refused(data: dict) -> str:
    with pytest.raises(LessonError) as caught:
        lesson_from_json(json.dumps(data))
    assert str(caught.value) == caught.value.template.format(**caught.value.params)
    return str(caught.value)


@pytest.mark.parametrize(
    ("part", "stage"),
    [("encoder", "x"), ("decoder", "masked"), ("cross", "x_kv_w_k"), ("output", "probabilities")],
)
def test_a_translator_lesson_round_trips_with_its_part_and_step(part, stage):
    lesson = translator_lesson(part, 3, stage)
    assert lesson_from_json(lesson_to_json(lesson)) == lesson
    section = document(lesson)["model"]
    assert section == {"name": TINY_EN_ZH, "text": "I love learning", "layer": 1, "part": part, "step": 3}
    assert document(lesson)["version"] == MODEL_VERSION


def test_a_bert_lesson_is_written_and_read_as_before():
    assert document(BERT)["model"] == {"name": MINILM.name, "text": "I love learning", "layer": 4}
    assert lesson_from_json(lesson_to_json(BERT)) == BERT


def test_an_older_model_section_reads_with_the_defaults():
    """A format-2 section has no part and no step: BERT's lessons, or a translator's written by hand."""
    for lesson, stage in ((BERT, "attn_norm"), (translator_lesson("encoder", 1), "x_in")):
        data = document(lesson)
        data["model"] = {key: data["model"][key] for key in ("name", "text", "layer")}
        data["position"]["stage"] = stage
        read = lesson_from_json(json.dumps(data)).model
        assert (read.part, read.step) == ("encoder", 1)
        assert read == lesson.model


def test_the_position_must_be_a_stage_of_the_lessons_part():
    data = document(translator_lesson("output", 2, "probabilities"))
    data["position"]["stage"] = "masked"  # the decoder's, not the output layer's
    assert "position.stage must be one of x_in, logits, probabilities" in refused(data)
    data = document(translator_lesson("decoder", 2, "masked"))
    data["model"]["part"] = "encoder"  # the encoder has no mask
    assert "position.stage must be one of x, pe, x_in," in refused(data)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("part", "attention", f'model.part must be one of {", ".join(PARTS)}, got "attention".'),
        ("part", None, "model.part must be one of"),
        ("step", 0, f"model.step must be a whole number from 1 to {MAX_STEPS}, got 0."),
        ("step", "2", "model.step must be a whole number from 1"),
        ("step", True, "model.step must be a whole number from 1"),
    ],
)
def test_a_damaged_part_or_step_is_named_with_its_value(field, value, message):
    data = document(translator_lesson("cross", 2))
    data["model"][field] = value
    assert message in refused(data)
