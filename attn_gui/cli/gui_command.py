"""``attn-gui [options]``: open the window on the configuration the options describe."""

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from attn_gui.cli.model_options import add_model_options, model_lesson_from_args, trace_of
from attn_gui.cli.parser import (
    DEFAULT_TOKENS,
    CommandLineError,
    add_config_options,
    config_from_args,
    config_options_given,
    new_parser,
    whole_number,
)
from attn_gui.core import AttentionConfig, AttentionTrace, compute_trace, toy_stages
from attn_gui.export.lesson_file import Lesson, LessonError, load_lesson
from attn_gui.export.write_errors import describe_write_error
from attn_gui.i18n import lesson_error_text
from attn_gui.i18n.language import LANGUAGES
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.models.lesson.stages import lesson_stages
from attn_gui.timeline.timeline import build_timeline
from attn_gui.ui.appearance import THEMES


def has_display() -> bool:
    """Whether a window could be shown: a platform was chosen, or an X or Wayland display is
    there (Windows and macOS always have one). Without one, Qt aborts with a message about
    libxcb-cursor0 that misleads: say it plainly instead."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def read_lesson(path: Path) -> Lesson:
    """The lesson in ``path``, or one line saying why it cannot be opened."""
    try:
        return load_lesson(path)
    except LessonError as error:
        raise CommandLineError(lesson_error_text(error)) from None


def _stages(source: AttentionConfig | ModelLesson) -> tuple[str, ...]:
    stages = toy_stages(source) if isinstance(source, AttentionConfig) else lesson_stages(source)
    return tuple(stage.name for stage in stages)


def _check_stage(args: argparse.Namespace, source: AttentionConfig | ModelLesson) -> None:
    """--stage must name a stage of the lesson, as argparse would say of a fixed choice."""
    names = _stages(source)
    if args.stage is not None and args.stage not in names:
        message = QCoreApplication.translate(
            "GuiCommand", "argument --stage: invalid choice: {stage!r} (choose from {names})"
        )
        raise CommandLineError(message.format(stage=args.stage, names=", ".join(names)))


def _check_step(args: argparse.Namespace, trace: AttentionTrace) -> None:
    """--step needs --stage and must lie within that stage's steps (counted per term)."""
    if args.stage is None:
        raise CommandLineError(QCoreApplication.translate("GuiCommand", "argument --step: give --stage too"))
    timeline = build_timeline(trace, "term")
    head = 0 if args.head is None else args.head - 1
    count = timeline.segment_at(timeline.start_of(args.stage, head)).count
    if not 0 <= args.step < count:
        message = QCoreApplication.translate(
            "GuiCommand", "argument --step: stage {stage} has steps 0 to {last}, got {step}"
        )
        raise CommandLineError(message.format(stage=args.stage, last=count - 1, step=args.step))


def run_gui(argv: Sequence[str]) -> int:
    parser = new_parser(
        "attn-gui", QCoreApplication.translate("GuiCommand", "Teach transformer attention step by step.")
    )
    parser.epilog = QCoreApplication.translate(
        "GuiCommand",
        "attn-gui export writes matrices, figures and animations without a window: "
        "attn-gui export --help says how.",
    )
    parser.add_argument(
        "lesson",
        nargs="?",
        type=Path,
        help=QCoreApplication.translate("GuiCommand", "a lesson file (.attn.json) to open"),
    )
    add_config_options(parser, tokens_default=DEFAULT_TOKENS)
    add_model_options(parser)
    parser.add_argument("--stage", help=QCoreApplication.translate("GuiCommand", "the stage to open at"))
    parser.add_argument(
        "--head", type=whole_number, help=QCoreApplication.translate("GuiCommand", "the head to show, from 1")
    )
    parser.add_argument(
        "--step",
        type=whole_number,
        help=QCoreApplication.translate(
            "GuiCommand", "with --stage: the step within that stage, from 0, one term at a time"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help=QCoreApplication.translate("GuiCommand", "interface language (default: the system's)"),
    )
    parser.add_argument(
        "--theme", choices=tuple(THEMES), help=QCoreApplication.translate("GuiCommand", "colours")
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        help=QCoreApplication.translate("GuiCommand", "render the window to this PNG file and exit"),
    )
    args = parser.parse_args(argv)
    lesson = read_lesson(args.lesson) if args.lesson is not None else None
    model = lesson.model if lesson is not None else model_lesson_from_args(args, argv)
    config = lesson.config if lesson is not None else config_from_args(args)
    source = config if model is None else model
    trace = trace_of(model) if model is not None else None  # a model refused says so before any window
    heads = trace.num_heads if trace is not None else config.num_heads
    if args.head is not None and not 1 <= args.head <= heads:
        message = QCoreApplication.translate("GuiCommand", "argument --head: choose a head from 1 to {heads}")
        raise CommandLineError(message.format(heads=heads))
    _check_stage(args, source)
    if args.step is not None:
        _check_step(args, trace or compute_trace(config))
    if args.screenshot is not None and args.screenshot.suffix.lower() != ".png":
        message = QCoreApplication.translate(
            "GuiCommand", "--screenshot writes PNG: the file name must end in .png, got {name!r}"
        )
        raise CommandLineError(message.format(name=args.screenshot.name))
    if not has_display():
        if args.screenshot is None:
            message = QCoreApplication.translate(
                "GuiCommand",
                "no display found (DISPLAY and WAYLAND_DISPLAY are not set): run attn-gui on the "
                "desktop, or use --screenshot or attn-gui export, which need none",
            )
            raise CommandLineError(message)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot shows no window
    given = bool(config_options_given(argv) or model)  # none given: the last lesson comes back
    from attn_gui.ui.launch import LaunchRequest, run_app

    request = LaunchRequest(
        config=config if given or args.screenshot or lesson else None,
        model=model,
        lesson=lesson,
        lesson_path=args.lesson,
        stage=args.stage,
        step=args.step,
        head=None if args.head is None else args.head - 1,
        split_cjk=args.cjk_chars,
        texts=(args.tokens, args.kv_tokens),
        theme=args.theme,
        language=args.lang,
        screenshot=args.screenshot,
    )
    try:
        return run_app(request)
    except OSError as error:
        raise CommandLineError(describe_write_error(error, args.screenshot or Path())) from None
