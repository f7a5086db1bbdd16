"""The stages a model's lesson has, known before its model runs: a lesson file's position and
``--stage`` are checked against them without loading weights or translating."""

from attn_gui.core.stage import Stage
from attn_gui.models.lesson.bert_stages import bert_layer_stages
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.models.lesson.translator_stages import translator_stages


def lesson_stages(lesson: ModelLesson) -> tuple[Stage, ...]:
    """The translator's stages of the lesson's part, or a BERT layer's."""
    return translator_stages(lesson.part) if lesson.translator else bert_layer_stages()
