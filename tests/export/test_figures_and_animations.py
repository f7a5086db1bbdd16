"""Figures and animations read back: sizes, pixels, vector text, page size, frame counts, cancelling."""

import re
import xml.etree.ElementTree as ET

import imageio.v2 as imageio
import imageio.v3 as iio
import numpy as np
import pytest
from PySide6.QtGui import QImage

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.export.animation import (
    MAX_GIF_FRAMES,
    MAX_MP4_FRAMES,
    AnimationError,
    AnimationOptions,
    ExportCancelled,
    film_too_long,
    write_animation,
)
from attn_gui.export.figures import write_figure
from attn_gui.timeline.timeline import build_timeline
from attn_gui.ui.stage.standalone import StandaloneDrawing
from attn_gui.ui.stage.view_options import ViewOptions

CHINESE = AttentionConfig(tokens=("我", "爱", "学习"))


def standalone(qapp, config, granularity="term"):
    """The exporters' drawing: no window around it, the stage of Q·Kᵀ complete."""
    drawing = StandaloneDrawing(build_timeline(compute_trace(config), granularity), ViewOptions())
    timeline = drawing.timeline
    drawing.show(
        timeline.start_of("scores", 0) + timeline.segment_at(timeline.start_of("scores", 0)).count - 1
    )
    return drawing


@pytest.fixture
def drawing(qapp):
    drawing = standalone(qapp, CHINESE)
    yield drawing
    drawing.close()


def test_png_is_drawn_at_the_chosen_resolution(drawing, tmp_path):
    out = tmp_path / "stage.png"
    write_figure(drawing.drawing, out, dpi=192)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (drawing.drawing.width() * 2, drawing.drawing.height() * 2)
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    pixels = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    assert len(pixels) > 100  # a heatmap, numbers and labels, not a blank page


def test_a_transparent_png_lets_the_slide_show_through(drawing, tmp_path):
    out = tmp_path / "clear.png"
    write_figure(drawing.drawing, out, dpi=96, transparent=True)
    image = QImage(str(out))
    assert image.hasAlphaChannel()
    assert image.pixelColor(2, 2).alpha() == 0
    assert any(image.pixelColor(x, image.height() // 2).alpha() == 255 for x in range(image.width()))


def test_svg_keeps_text_as_text(drawing, tmp_path):
    out = tmp_path / "stage.svg"
    write_figure(drawing.drawing, out)
    root = ET.parse(out).getroot()
    texts = "".join("".join(element.itertext()) for element in root.iter() if element.tag.endswith("}text"))
    for token in ("我", "爱", "学习", "S = Q · Kᵀ"):
        assert token in texts


def test_pdf_is_one_page_the_size_of_the_view(drawing, tmp_path):
    out = tmp_path / "stage.pdf"
    write_figure(drawing.drawing, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    width, height = float(box.group(1)), float(box.group(2))
    assert width == pytest.approx(drawing.drawing.width() * 72 / 96, abs=1)
    assert height == pytest.approx(drawing.drawing.height() * 72 / 96, abs=1)
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 1
    assert b"/FontFile" in data  # fonts embedded, so Chinese prints anywhere


def test_gif_has_one_frame_per_step(drawing, tmp_path):
    out = tmp_path / "steps.gif"
    start = drawing.timeline.start_of("scores", 0)
    write_animation(
        drawing.frame, range(start, start + 6), out, AnimationOptions(width=320, frames_per_step=2)
    )
    frames = iio.imread(out, index=None)
    assert frames.shape[0] == 6
    assert iio.immeta(out, index=0)["duration"] == 500  # two steps a second
    assert frames.shape[2] == 320
    assert not np.array_equal(frames[0], frames[-1])  # the cells fill in


def test_mp4_is_readable_with_every_frame(drawing, tmp_path):
    out = tmp_path / "steps.mp4"
    start = drawing.timeline.start_of("weights", 0)
    write_animation(
        drawing.frame, range(start, start + 5), out, AnimationOptions(width=400, frames_per_step=1)
    )
    with imageio.get_reader(out) as reader:
        assert reader.count_frames() == 5
        first = reader.get_data(0)
    assert first.shape[1] % 16 == 0
    assert first.shape[1] >= 400


def test_cancelling_leaves_nothing_and_the_old_file_untouched(drawing, tmp_path):
    out = tmp_path / "steps.gif"
    out.write_bytes(b"yesterday's animation")
    with pytest.raises(ExportCancelled):
        write_animation(
            drawing.frame, range(10), out, AnimationOptions(width=200), lambda done, total: done < 3
        )
    assert out.read_bytes() == b"yesterday's animation"
    assert [p.name for p in tmp_path.iterdir()] == ["steps.gif"]


def test_frames_of_different_heights_make_one_film(qapp, tmp_path):
    """A caption that wraps onto two lines makes a step taller: the MP4 still gets equal frames."""
    out = tmp_path / "all.mp4"
    drawing = standalone(qapp, CHINESE, "stage")
    write_animation(drawing.frame, range(len(drawing.timeline)), out, AnimationOptions(width=480))
    with imageio.get_reader(out) as reader:
        assert reader.count_frames() == len(drawing.timeline)
    drawing.close()


def test_mp4_without_ffmpeg_says_so_plainly(drawing, tmp_path, monkeypatch):
    monkeypatch.setenv("IMAGEIO_FFMPEG_EXE", str(tmp_path / "no-ffmpeg"))
    with pytest.raises(AnimationError, match="MP4 needs ffmpeg"):
        write_animation(drawing.frame, range(2), tmp_path / "x.mp4", AnimationOptions(width=200))
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix", [".png", ".gif"])
def test_chinese_tokens_are_drawn_as_characters_not_boxes(qapp, tmp_path, suffix):
    """Characters no font covers are all drawn as the same box: Linear B characters show what
    a figure would look like without a Chinese font. The Chinese figure must differ from it (one-hot
    embeddings: the numbers do not depend on the tokens)."""
    pictures = []
    for tokens in (("我", "爱", "学习"), ("\U00010000", "\U00010001", "\U00010002\U00010003")):
        drawing = standalone(qapp, AttentionConfig(tokens=tokens, embedding="one-hot"))
        out = tmp_path / f"{len(pictures)}{suffix}"
        if suffix == ".png":
            write_figure(drawing.drawing, out, dpi=96)
        else:
            start = drawing.timeline.start_of("scores", 0)
            write_animation(drawing.frame, range(start, start + 2), out, AnimationOptions(width=640))
        drawing.close()
        pictures.append(iio.imread(out))
    boxes = np.array_equal(pictures[0], pictures[1])
    assert pictures[0].shape == pictures[1].shape
    assert not boxes


@pytest.mark.parametrize(
    ("suffix", "steps", "options", "message"),
    [
        (
            ".gif",
            MAX_GIF_FRAMES + 1,
            AnimationOptions(),
            "This GIF would have 5001 frames and last 41 min 40 s, more than the 5000 frames a GIF should "
            "hold: choose a stage or a range of steps, or MP4.",
        ),
        (
            ".mp4",
            3_156_694,  # the whole lesson at the paper's sizes, one term at a time
            AnimationOptions(),
            "This film would have 3156694 frames and last 438 h 25 min, more than the 100000 frames "
            "attn-gui makes: choose a stage or a range of steps, or fewer frames per step.",
        ),
        (
            ".mp4",
            MAX_MP4_FRAMES // 2 + 1,
            AnimationOptions(frames_per_step=2, steps_per_second=30),
            "This film would have 100002 frames and last 27 min 47 s, more than the 100000 frames "
            "attn-gui makes: choose a stage or a range of steps, or fewer frames per step.",
        ),
    ],
    ids=["gif", "mp4 of a paper-sized lesson", "mp4 frames per step"],
)
def test_a_film_too_long_is_refused_before_its_first_frame(tmp_path, suffix, steps, options, message):
    assert film_too_long(suffix, steps, options) == message
    drawn = []
    with pytest.raises(AnimationError) as caught:
        write_animation(
            lambda index, width: drawn.append(index), range(steps), tmp_path / f"x{suffix}", options
        )
    assert str(caught.value) == message
    assert drawn == []
    assert not list(tmp_path.iterdir())


def test_the_longest_films_allowed_are_allowed():
    assert film_too_long(".gif", MAX_GIF_FRAMES, AnimationOptions(frames_per_step=60)) is None
    assert film_too_long(".mp4", MAX_MP4_FRAMES, AnimationOptions()) is None
    assert film_too_long(".mp4", 10, AnimationOptions(frames_per_step=60, steps_per_second=0.25)) is None
    assert film_too_long(".gif", 40, AnimationOptions(steps_per_second=30)) is None
