"""The headless half of ``attn-gui export``: figures and animations drawn with no window.

A figure is the stage drawing the window shows, made on its own at the window's size; nothing
of the main window (menus, docks, the input panel) is built.
"""

import argparse
import dataclasses
import os
from typing import TYPE_CHECKING

from attn_gui.cli.parser import CommandLineError, Option, add_options, command_error, whole_number
from attn_gui.core import AttentionTrace
from attn_gui.export.animation import ANIMATION_FORMATS, AnimationError, AnimationOptions, write_animation
from attn_gui.export.cancel import deferred
from attn_gui.export.figures import FIGURE_FORMATS, write_figure
from attn_gui.timeline.model import GRANULARITIES
from attn_gui.timeline.timeline import Timeline, build_timeline
from attn_gui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # Qt widgets are imported only when a figure is drawn
    from PySide6.QtWidgets import QWidget

    from attn_gui.ui.stage.standalone import StandaloneDrawing

RENDERED_FORMATS = FIGURE_FORMATS + ANIMATION_FORMATS


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


def check_stage(trace: AttentionTrace, stage: str | None) -> None:
    """Refuse a stage the lesson does not have, naming the ones it has."""
    if stage is not None and stage not in trace.stage_names:
        raise command_error(
            QT_TRANSLATE_NOOP(
                "CommandLine", "--stage {stage} is not a stage of this lesson; choose from {names}"
            ),
            stage=stage,
            names=", ".join(trace.stage_names),
        )


def rendering_application() -> None:
    """The QApplication figures are drawn with, offscreen: an export never shows a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from attn_gui.ui.application import application, quiet_offscreen_notices

    application()
    quiet_offscreen_notices()


def _drawing(trace: AttentionTrace, args: argparse.Namespace) -> "StandaloneDrawing":
    """The stage drawing, labelled in the interface language that the command installed."""
    from attn_gui.ui import appearance
    from attn_gui.ui.fonts import missing_font_message, undrawable
    from attn_gui.ui.stage.standalone import StandaloneDrawing
    from attn_gui.ui.stage.view_options import ViewOptions

    rendering_application()
    missing = undrawable(trace.vocabulary)
    if missing:  # a figure of boxes is worse than none
        raise CommandLineError(missing_font_message(missing))
    appearance.apply_theme("light")
    options = dataclasses.replace(ViewOptions(), colour_blind=args.colour_blind)
    return StandaloneDrawing(build_timeline(trace, args.granularity), options)


def _stage_range(timeline: Timeline, stage: str | None, head: int) -> range:
    """The steps of ``stage`` for ``head``, or of the whole lesson when no stage is named."""
    if stage is None:
        return range(len(timeline))
    segment = timeline.segment_at(timeline.start_of(stage, head))
    return range(segment.start, segment.stop)


def _local_range(timeline: Timeline, args: argparse.Namespace, head: int) -> range:
    """The steps to render: a stage's (or the whole lesson's), cut to --steps A:B."""
    whole = _stage_range(timeline, args.stage, head)
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


def _figure_step(timeline: Timeline, args: argparse.Namespace, head: int) -> int:
    """The step a figure shows: --step of the stage, or the stage complete."""
    steps = _stage_range(timeline, args.stage or timeline.trace.stage_names[0], head)
    if args.step is None:
        return steps[-1]
    if not 0 <= args.step < len(steps):
        raise command_error(
            QT_TRANSLATE_NOOP("CommandLine", "--step {step} is outside 0 to {last}"),
            step=args.step,
            last=len(steps) - 1,
        )
    return steps[args.step]


def export_rendered(trace: AttentionTrace, args: argparse.Namespace, head: int) -> None:
    """Draw the requested stage (or step range) offscreen and write the figure or animation.

    Ctrl+C waits for the end of the frame: raised inside a paint event, it would leave Qt, and
    ffmpeg, half way (tracebacks, segfaults); the film stops after the frame instead.
    """
    check_stage(trace, args.stage)
    with deferred():
        drawing = _drawing(trace, args)
        try:
            _write_rendered(drawing, args, head)
        finally:
            drawing.close()


def _write_rendered(drawing: "StandaloneDrawing", args: argparse.Namespace, head: int) -> None:
    timeline = drawing.timeline
    if args.out.suffix.lower() in FIGURE_FORMATS:
        drawing.show(_figure_step(timeline, args, head))
        write_figure(
            _figure_widget(drawing, args.matrix), args.out, dpi=args.dpi, transparent=args.transparent
        )
        return
    options = AnimationOptions(args.width, args.frames_per_step, args.speed)
    try:
        write_animation(drawing.frame, _local_range(timeline, args, head), args.out, options)
    except AnimationError as error:
        raise CommandLineError(str(error)) from None


def _figure_widget(drawing: "StandaloneDrawing", matrix: str | None) -> "QWidget":
    """The whole stage as laid out, or the one matrix view ``--matrix`` names."""
    if matrix is None:
        return drawing.drawing
    views = drawing.drawing.shown_views()
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


_RENDERED_OPTIONS: tuple[Option, ...] = (
    ("--stage", {}, QT_TRANSLATE_NOOP("ExportCommand", "the stage to draw")),
    (
        "--step",
        {"type": whole_number},
        QT_TRANSLATE_NOOP("ExportCommand", "the step within the stage, from 0"),
    ),
    (
        "--granularity",
        {"choices": GRANULARITIES, "default": "term"},
        QT_TRANSLATE_NOOP("ExportCommand", "how much one step shows"),
    ),
    ("--dpi", {"type": whole_number, "default": 300}, QT_TRANSLATE_NOOP("ExportCommand", "PNG resolution")),
    ("--transparent", {"action": "store_true"}, QT_TRANSLATE_NOOP("ExportCommand", "PNG without background")),
    (
        "--colour-blind",
        {"action": "store_true"},
        QT_TRANSLATE_NOOP("ExportCommand", "colour-blind-safe colour scales"),
    ),
    ("--steps", {}, QT_TRANSLATE_NOOP("ExportCommand", "animation: steps A:B of the stage (or lesson)")),
    (
        "--width",
        {"type": whole_number, "default": 960},
        QT_TRANSLATE_NOOP("ExportCommand", "animation width"),
    ),
    (
        "--frames-per-step",
        {"type": whole_number, "default": 1},
        QT_TRANSLATE_NOOP("ExportCommand", "animation: frames each step is held"),
    ),
    (
        "--speed",
        {"type": float, "default": 2.0},
        QT_TRANSLATE_NOOP("ExportCommand", "animation: steps per second"),
    ),
)


def add_rendered_options(parser: argparse.ArgumentParser) -> None:
    """Options for figures (.png, .svg, .pdf) and animations (.gif, .mp4)."""
    add_options(parser, "ExportCommand", _RENDERED_OPTIONS)
