"""The headless half of ``attn-gui export``: figures and animations drawn by an offscreen window."""

import argparse
import dataclasses
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from attn_gui.cli.parser import CommandLineError, command_error, whole_number
from attn_gui.core import STAGES, AttentionConfig
from attn_gui.export.animation import ANIMATION_FORMATS, AnimationError, AnimationOptions, write_animation
from attn_gui.export.figures import FIGURE_FORMATS, write_figure
from attn_gui.timeline.model import GRANULARITIES
from attn_gui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the window is imported only when a figure is drawn
    from PySide6.QtWidgets import QWidget

    from attn_gui.ui.main_window import MainWindow

RENDERED_FORMATS = FIGURE_FORMATS + ANIMATION_FORMATS
WINDOW_SIZE = (1400, 860)  # the layout figures are drawn from, as on a projector


def parse_steps(text: str) -> tuple[int, int]:
    """'A:B' → (A, B): the steps from A up to, not including, B (counted from 0)."""
    first, _, last = text.partition(":")
    try:
        return int(first), int(last)
    except ValueError:
        raise command_error(
            QT_TRANSLATE_NOOP(
                "CommandLine", "--steps takes A:B, two whole numbers such as 0:20, got {value!r}"
            ),
            value=text,
        ) from None


def _window(config: AttentionConfig, args: argparse.Namespace, head: int) -> "MainWindow":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # an export never shows a window
    from attn_gui.ui.app import LaunchRequest, application, create_window, quiet_offscreen_notices
    from attn_gui.ui.cjk_fonts import cjk_font_missing, missing_font_message

    application()
    quiet_offscreen_notices()
    if cjk_font_missing(config.vocabulary):  # a figure of boxes is worse than none
        raise CommandLineError(missing_font_message())
    window = create_window(
        LaunchRequest(config=config, stage=args.stage or "x", head=head, theme="light"), None
    )
    window.set_granularity(args.granularity)
    window.set_view_options(dataclasses.replace(window.options, colour_blind=args.colour_blind))
    window.resize(*WINDOW_SIZE)
    window.show()
    return window


def _local_range(window: "MainWindow", args: argparse.Namespace, head: int) -> range:
    """The steps to render: a stage's (or the whole lesson's), cut to --steps A:B."""
    timeline = window.timeline
    if args.stage is None:
        whole = range(len(timeline))
    else:
        segment = timeline.segment_at(timeline.start_of(args.stage, head))
        whole = range(segment.start, segment.start + segment.count)
    if args.steps is None:
        return whole
    first, last = parse_steps(args.steps)
    if not 0 <= first < last <= len(whole):
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "--steps {value} is outside 0:{count}"),
            value=args.steps,
            count=len(whole),
        )
    return whole[first:last]


def export_rendered(config: AttentionConfig, args: argparse.Namespace, head: int) -> None:
    """Draw the requested stage (or step range) offscreen and write the figure or animation."""
    window = _window(config, args, head)
    try:
        if args.out.suffix.lower() in FIGURE_FORMATS:
            if args.step is not None:
                segment = window.timeline.segment_at(window.timeline.start_of(args.stage or "x", head))
                if not 0 <= args.step < segment.count:
                    raise command_error(
                        QT_TRANSLATE_NOOP("CommandLine", "--step {step} is outside 0 to {last}"),
                        step=args.step,
                        last=segment.count - 1,
                    )
                window.player.seek(segment.start + args.step)
            window.stage_view.finish_animations()
            write_figure(
                _figure_widget(window, args.matrix), args.out, dpi=args.dpi, transparent=args.transparent
            )
        else:
            options = AnimationOptions(args.width, args.frames_per_step, args.speed)
            try:
                write_animation(window, _local_range(window, args, head), args.out, options)
            except AnimationError as error:
                raise CommandLineError(str(error)) from None
    finally:
        window.close()
        window.deleteLater()


def _figure_widget(window: "MainWindow", matrix: str | None) -> "QWidget":
    """The whole stage as laid out, or the one matrix view ``--matrix`` names."""
    if matrix is None:
        return window.stage_view
    views = [v for v in window.stage_view.views if not v.isHidden() and v.matrix is not None]
    for view in views:
        if view.matrix.name == matrix:
            return view
    shown = ", ".join(v.matrix.name for v in views)
    raise command_error(
        QT_TRANSLATE_NOOP("CommandLine", "--matrix {name} is not shown at this stage; it shows {shown}"),
        name=matrix,
        shown=shown,
    )


def check_rendered_options(args: argparse.Namespace, suffix: str) -> None:
    """Refuse option values before anything is computed or written."""
    if suffix in FIGURE_FORMATS and not 30 <= args.dpi <= 1200:
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "--dpi must be from 30 to 1200, got {value}"), value=args.dpi
        )
    if args.transparent and suffix != ".png":
        raise command_error(QT_TRANSLATE_NOOP("CommandLine", "--transparent applies to .png"))
    if suffix in ANIMATION_FORMATS:
        if not 64 <= args.width <= 3840:
            raise command_error(
                QT_TRANSLATE_NOOP("CommandLine", "--width must be from 64 to 3840 pixels, got {value}"),
                value=args.width,
            )
        if not 1 <= args.frames_per_step <= 60:
            raise command_error(
                QT_TRANSLATE_NOOP("CommandLine", "--frames-per-step must be from 1 to 60, got {value}"),
                value=args.frames_per_step,
            )
        if not 0.25 <= args.speed <= 30:
            raise command_error(
                QT_TRANSLATE_NOOP(
                    "CommandLine", "--speed must be from 0.25 to 30 steps a second, got {value}"
                ),
                value=args.speed,
            )
        if args.steps is not None:
            parse_steps(args.steps)
    elif args.steps is not None:
        raise command_error(QT_TRANSLATE_NOOP("CommandLine", "--steps applies to .gif and .mp4"))


def add_rendered_options(parser: argparse.ArgumentParser) -> None:
    """Options for figures (.png, .svg, .pdf) and animations (.gif, .mp4)."""
    parser.add_argument(
        "--stage", choices=STAGES, help=QCoreApplication.translate("ExportCommand", "the stage to draw")
    )
    parser.add_argument(
        "--step",
        type=whole_number,
        help=QCoreApplication.translate("ExportCommand", "the step within the stage, from 0"),
    )
    parser.add_argument(
        "--granularity",
        choices=GRANULARITIES,
        default="term",
        help=QCoreApplication.translate("ExportCommand", "how much one step shows"),
    )
    parser.add_argument(
        "--dpi",
        type=whole_number,
        default=300,
        help=QCoreApplication.translate("ExportCommand", "PNG resolution"),
    )
    parser.add_argument(
        "--transparent",
        action="store_true",
        help=QCoreApplication.translate("ExportCommand", "PNG without background"),
    )
    parser.add_argument(
        "--colour-blind",
        action="store_true",
        help=QCoreApplication.translate("ExportCommand", "colour-blind-safe colour scales"),
    )
    parser.add_argument(
        "--steps",
        help=QCoreApplication.translate("ExportCommand", "animation: steps A:B of the stage (or lesson)"),
    )
    parser.add_argument(
        "--width",
        type=whole_number,
        default=960,
        help=QCoreApplication.translate("ExportCommand", "animation width"),
    )
    parser.add_argument(
        "--frames-per-step",
        type=whole_number,
        default=1,
        help=QCoreApplication.translate("ExportCommand", "animation: frames each step is held"),
    )
    parser.add_argument(
        "--speed",
        type=float,
        default=2.0,
        help=QCoreApplication.translate("ExportCommand", "animation: steps per second"),
    )
