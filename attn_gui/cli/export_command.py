"""``attn-gui export``: matrices, figures and animations written without opening a window."""

import argparse
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

from attn_gui.cli.model_options import (
    add_model_options,
    model_lesson_from_args,
    model_options_given,
    trace_of,
    translation_of,
)
from attn_gui.cli.parser import (
    CommandLineError,
    add_config_options,
    add_language_option,
    command_error,
    config_from_args,
    config_options_given,
    early_options,
    new_parser,
    whole_number,
)
from attn_gui.cli.render_export import (
    RENDERED_FORMATS,
    add_rendered_options,
    check_rendered_options,
    export_rendered,
    rendering_application,
)
from attn_gui.core import AttentionConfig, AttentionTrace, TraceMatrix
from attn_gui.export.atomic import atomic_write
from attn_gui.export.cancel import interrupt_cancels
from attn_gui.export.lesson_file import SUFFIX as LESSON_SUFFIX
from attn_gui.export.lesson_file import Lesson, LessonError, load_lesson
from attn_gui.export.matrix_formats import (
    ALL_MATRICES_FORMATS,
    ONE_MATRIX_FORMATS,
    TEX_ENVIRONMENTS,
    MatrixExportOptions,
)
from attn_gui.export.translation_file import TRANSLATION_FORMATS
from attn_gui.export.write_errors import describe_write_error
from attn_gui.i18n import install_command_line_language, lesson_error_text
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.translatable import QT_TRANSLATE_NOOP

FORMATS = (*ALL_MATRICES_FORMATS, *ONE_MATRIX_FORMATS, *RENDERED_FORMATS)


def build_parser() -> argparse.ArgumentParser:
    parser = new_parser(
        "attn-gui export",
        QCoreApplication.translate("ExportCommand", "Write matrices, figures or animations to a file."),
    )
    add_config_options(parser, tokens_default=None, tokens_required=False)
    add_model_options(parser)
    parser.add_argument(
        "--lesson",
        type=Path,
        help=QCoreApplication.translate(
            "ExportCommand", "a lesson file (.attn.json) instead of --tokens and the sizes"
        ),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help=QCoreApplication.translate(
            "ExportCommand", "the file to write; its extension chooses: {formats}"
        ).format(formats=", ".join(FORMATS)),
    )
    parser.add_argument(
        "--matrix",
        help=QCoreApplication.translate(
            "ExportCommand", "the matrix for one-matrix formats and figures, e.g. weights"
        ),
    )
    parser.add_argument(
        "--head", type=whole_number, help=QCoreApplication.translate("ExportCommand", "the head, from 1")
    )
    parser.add_argument(
        "--precision",
        type=whole_number,
        help=QCoreApplication.translate("ExportCommand", "decimals in .tex and .md (0 to 17, default 4)"),
    )
    parser.add_argument(
        "--environment",
        choices=TEX_ENVIRONMENTS,
        help=QCoreApplication.translate("ExportCommand", ".tex: bmatrix (square brackets) or pmatrix"),
    )
    add_rendered_options(parser)
    add_language_option(parser)
    return parser


def _source(args: argparse.Namespace, argv: Sequence[str], rendered: bool) -> "AttentionConfig | ModelLesson":
    """From --lesson, or from --tokens and the sizes (or --model and --layer); never both."""
    if args.lesson is None:
        if args.tokens is None:
            raise command_error(
                QT_TRANSLATE_NOOP(
                    "CommandLine", "give the sentence with --tokens (or a lesson with --lesson)"
                )
            )
        return model_lesson_from_args(args, argv) or config_from_args(args)
    posed = config_options_given(argv) + model_options_given(argv)
    if posed:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "--lesson poses the problem itself: leave out {options}"),
            options=", ".join(posed),
        )
    try:
        lesson = load_lesson(args.lesson)
    except LessonError as error:
        raise CommandLineError(lesson_error_text(error)) from None
    if rendered:
        _take_position(args, lesson)
    return lesson.config if lesson.model is None else lesson.model


def _take_position(args: argparse.Namespace, lesson: Lesson) -> None:
    """A lesson's stage, head and step, unless the command line names others."""
    if args.stage is None:
        args.stage = lesson.stage
        if args.step is None and lesson.step is not None and lesson.granularity == args.granularity:
            args.step = lesson.step
    if args.head is None:
        args.head = lesson.head + 1


def _chosen_matrix(trace: AttentionTrace, name: str | None, head: int | None) -> TraceMatrix:
    """The matrix --matrix and --head name, with a message that lists what is allowed."""
    heads = trace.num_heads
    if name not in trace.names:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "choose the matrix with --matrix, one of: {names}"),
            names=", ".join(trace.names),
        )
    if not trace.is_per_head(name):
        if head is not None:
            raise command_error(
                QT_TRANSLATE_NOOP("CommandLine", "--head applies only to per-head matrices ({names})"),
                names=", ".join(n for n in trace.names if trace.is_per_head(n)),
            )
        return trace.get(name)
    if head is None and heads == 1:
        head = 1
    if head is None or not 1 <= head <= heads:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "{name} is per head: choose one with --head 1 to {heads}"),
            name=name,
            heads=heads,
        )
    return trace.get(name, head - 1)


def _options(args: argparse.Namespace, suffix: str) -> MatrixExportOptions:
    if args.precision is not None and suffix not in (".tex", ".md"):
        raise command_error(
            QT_TRANSLATE_NOOP(
                "CommandLine", "--precision applies to .tex and .md; {suffix} keeps every digit"
            ),
            suffix=suffix,
        )
    if args.environment is not None and suffix != ".tex":
        raise command_error(QT_TRANSLATE_NOOP("CommandLine", "--environment applies to .tex"))
    precision = 4 if args.precision is None else args.precision
    if not 0 <= precision <= 17:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "--precision must be from 0 to 17, got {value}"), value=precision
        )
    return MatrixExportOptions(precision=precision, environment=args.environment or "bmatrix")


def _matrix_writer(
    args: argparse.Namespace, trace: AttentionTrace, suffix: str
) -> Callable[[BinaryIO], None]:
    options = _options(args, suffix)
    if suffix in ALL_MATRICES_FORMATS:
        if args.matrix is not None or args.head is not None:
            raise command_error(
                QT_TRANSLATE_NOOP(
                    "CommandLine", "--matrix and --head choose one matrix; {suffix} holds every matrix"
                ),
                suffix=suffix,
            )
        write_all = ALL_MATRICES_FORMATS[suffix]
        return lambda stream: write_all(trace, stream, options)
    matrix = _chosen_matrix(trace, args.matrix, args.head)
    write_one = ONE_MATRIX_FORMATS[suffix]
    return lambda stream: write_one(matrix, stream, options)


def _translation_writer(
    args: argparse.Namespace, lesson: ModelLesson, suffix: str
) -> Callable[[BinaryIO], None]:
    """The translator's whole translation (.json, .npz): its tokens and cross-attention weights."""
    given = {
        "--matrix": args.matrix,
        "--head": args.head,
        "--part": args.part,
        "--word": args.word,
        "--precision": args.precision,
        "--environment": args.environment,
    }
    chosen = [option for option, value in given.items() if value is not None]
    if chosen:
        raise command_error(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "{suffix} holds the whole translation (its tokens and cross-attention weights): leave "
                "out {options}; the other formats export one part and step",
            ),
            suffix=suffix,
            options=", ".join(chosen),
        )
    translation = translation_of(lesson)
    write = TRANSLATION_FORMATS[suffix]
    return lambda stream: write(translation, stream)


def _check_suffix(out: Path) -> str:
    suffix = out.suffix.lower()
    if not suffix and out.name.lower() in FORMATS:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "{name!r} has no name before its extension, e.g. trace{name}"),
            name=out.name,
        )
    if suffix not in FORMATS:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "unknown file type {suffix!r}: use one of {allowed}"),
            suffix=suffix or out.name,
            allowed=", ".join(FORMATS),
        )
    return suffix


def _check_not_the_lesson(out: Path, lesson: Path | None) -> None:
    """An export must not overwrite a lesson: neither the one it reads (by any path or link to
    it) nor, with the lessons' ending, pass itself off as one."""
    if out.name.lower().endswith(LESSON_SUFFIX):
        raise command_error(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "--out {name}: names ending in {suffix} are lessons; name the trace e.g. trace.json",
            ),
            name=out.name,
            suffix=LESSON_SUFFIX,
        )
    try:
        same = lesson is not None and os.path.samefile(out, lesson)
    except OSError:  # either does not exist: they are not one file
        same = False
    if same:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "--out {out} is the lesson file itself: choose another name"),
            out=out,
        )


def run_export(argv: Sequence[str]) -> int:
    """Validate everything, compute, then write atomically: bad input leaves no file, and so
    does Ctrl+C, which raises ExportCancelled once writing has stopped safely.

    Help and refusals are in the language of --lang, or else the desktop's.
    """
    early = early_options(argv)
    if early.out is not None and early.out.suffix.lower() in RENDERED_FORMATS:
        rendering_application()  # before any other application: Qt allows one, and drawing needs this one
    install_command_line_language(early.lang)
    with interrupt_cancels():
        _export(argv)
    return 0


def _export(argv: Sequence[str]) -> None:
    args = build_parser().parse_args(argv)
    suffix = _check_suffix(args.out)
    _check_not_the_lesson(args.out, args.lesson)
    rendered = suffix in RENDERED_FORMATS
    if not rendered and (args.stage is not None or args.step is not None):
        raise command_error(
            QT_TRANSLATE_NOOP(
                "CommandLine", "--stage and --step apply to figures and animations ({formats})"
            ),
            formats=", ".join(RENDERED_FORMATS),
        )
    source = _source(args, argv, rendered)
    if rendered:
        check_rendered_options(args, suffix)
        if args.precision is not None or args.environment is not None:
            raise command_error(
                QT_TRANSLATE_NOOP("CommandLine", "--precision and --environment apply to .tex and .md")
            )
    if isinstance(source, ModelLesson) and source.translator and suffix in TRANSLATION_FORMATS:
        write = _translation_writer(args, source, suffix)
        _write(args.out, lambda: atomic_write(args.out, write))
        return
    trace = trace_of(source)
    if rendered:
        head = 0 if args.head is None else args.head - 1
        if not 0 <= head < trace.num_heads:
            raise command_error(
                QT_TRANSLATE_NOOP("CommandLine", "--head must be from 1 to {heads}"), heads=trace.num_heads
            )
        action = lambda: export_rendered(trace, args, head)  # noqa: E731
    else:
        write = _matrix_writer(args, trace, suffix)
        action = lambda: atomic_write(args.out, write)  # noqa: E731
    _write(args.out, action)


def _write(out: Path, action: Callable[[], None]) -> None:
    """Run the write; a failure (full disk, no permission) is one line naming ``out``."""
    try:
        action()
    except OSError as error:
        raise CommandLineError(describe_write_error(error, out)) from None
