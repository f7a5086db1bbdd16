"""--model and --layer: a real model's layer instead of the toy, for ``export`` and the window."""

import argparse
from collections.abc import Sequence

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
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.translatable import QT_TRANSLATE_NOOP

_MODEL_OPTIONS: tuple[Option, ...] = (
    (
        "--model",
        {},
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "a pretrained model instead of random weights: all-MiniLM-L6-v2, or a model folder "
            "(Hugging Face layout); --tokens is then the text it reads",
        ),
    ),
    (
        "--layer",
        {"type": whole_number},
        QT_TRANSLATE_NOOP("CommandLine", "the model's layer, from 1 (default 1)"),
    ),
)
MODEL_OPTIONS = tuple(flag for flag, _, _ in _MODEL_OPTIONS)


def add_model_options(parser: argparse.ArgumentParser) -> None:
    add_options(parser, "CommandLine", _MODEL_OPTIONS)


def model_options_given(argv: Sequence[str]) -> list[str]:
    """Which of --model and --layer the command line names."""
    return sorted({arg.split("=")[0] for arg in argv} & set(MODEL_OPTIONS))


def model_lesson_from_args(args: argparse.Namespace, argv: Sequence[str]) -> ModelLesson | None:
    """The model lesson --model, --tokens and --layer pose, or None without --model; a model
    has its own sizes, so the toy's options are refused beside it."""
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
    return ModelLesson(text=args.tokens, model=args.model, layer=1 if args.layer is None else args.layer)


def trace_of(source: AttentionConfig | ModelLesson) -> AttentionTrace:
    """The toy's trace, or the model's layer (a missing model or a bad text: one line)."""
    if isinstance(source, AttentionConfig):
        return compute_trace(source)
    from attn_gui.models.lesson.session import ModelSession  # safetensors and tokenizers, only now

    try:
        return ModelSession().trace(source)
    except ModelError as error:
        raise CommandLineError(model_error_text(error)) from None
