"""--model and --layer: a real model's layer instead of the toy, for ``export`` and the window;
with the shipped translator (--model tiny-en-zh), --part and --word choose which of its attentions
and which decoding step. (--step already means the animation's step, and keeps that meaning.)"""

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attn_gui.cli.parser import (
    CommandLineError,
    Option,
    add_options,
    command_error,
    config_options_given,
    whole_number,
)
from attn_gui.core import AttentionConfig, AttentionTrace, compute_trace
from attn_gui.i18n import model_error_text
from attn_gui.models.errors import ModelError
from attn_gui.models.lesson.source import PARTS, ModelLesson
from attn_gui.models.locate import TINY_EN_ZH
from attn_gui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the translator's weights load on first use, not when the command line is read
    from attn_gui.models.translator import Translation

_MODEL_OPTIONS: tuple[Option, ...] = (
    (
        "--model",
        {},
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "a trained model instead of random weights: all-MiniLM-L6-v2, a model folder (Hugging "
            "Face layout), or tiny-en-zh, the shipped English-to-Chinese translator; --tokens is then "
            "the text it reads",
        ),
    ),
    (
        "--layer",
        {"type": whole_number},
        QT_TRANSLATE_NOOP("CommandLine", "the model's layer, from 1 (default 1)"),
    ),
    (
        "--part",
        {"choices": PARTS},
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "with --model tiny-en-zh: which attention to show: the encoder's self-attention, the "
            "decoder's masked self-attention, the encoder-decoder (cross) attention, or the output "
            "layer that scores the next word (default encoder)",
        ),
    ),
    (
        "--word",
        {"type": whole_number, "metavar": "N"},
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "with --model tiny-en-zh: the decoding step, from 1: the step that writes output word N "
            "(default 1)",
        ),
    ),
)
MODEL_OPTIONS = tuple(flag for flag, _, _ in _MODEL_OPTIONS)


def add_model_options(parser: argparse.ArgumentParser) -> None:
    add_options(parser, "CommandLine", _MODEL_OPTIONS)


def model_options_given(argv: Sequence[str]) -> list[str]:
    """Which of --model, --layer, --part and --word the command line names."""
    return sorted({arg.split("=")[0] for arg in argv} & set(MODEL_OPTIONS))


def model_lesson_from_args(args: argparse.Namespace, argv: Sequence[str]) -> ModelLesson | None:
    """The model lesson --model, --tokens and --layer pose, or None without --model; a model
    has its own sizes, so the toy's options are refused beside it."""
    if args.model != TINY_EN_ZH and (args.part is not None or args.word is not None):
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "--part and --word apply with --model {name}"), name=TINY_EN_ZH
        )
    if args.model is None:
        if args.layer is not None:
            raise command_error(QT_TRANSLATE_NOOP("CommandLine", "--layer applies with --model"))
        return None
    toy = [option for option in config_options_given(argv) if option != "--tokens"]
    if toy:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "--model has its own sizes and weights: leave out {options}"),
            options=", ".join(toy),
        )
    return ModelLesson(
        text=args.tokens,
        model=args.model,
        layer=1 if args.layer is None else args.layer,
        part=PARTS[0] if args.part is None else args.part,
        step=1 if args.word is None else args.word,
    )


def trace_of(source: AttentionConfig | ModelLesson) -> AttentionTrace:
    """The toy's trace, or the model's layer (a missing model or a bad text: one line)."""
    if isinstance(source, AttentionConfig):
        return compute_trace(source)
    from attn_gui.models.lesson.session import ModelSession  # safetensors and tokenizers, only now

    try:
        return ModelSession().trace(source)
    except ModelError as error:
        raise CommandLineError(model_error_text(error)) from None


def translation_of(lesson: ModelLesson) -> "Translation":
    """The translator's whole translation of the lesson's text (unknown words: one line)."""
    from attn_gui.models.lesson.session import ModelSession

    try:
        return ModelSession().translation(lesson)
    except ModelError as error:
        raise CommandLineError(model_error_text(error)) from None
