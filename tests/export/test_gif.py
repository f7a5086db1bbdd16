"""The streaming GIF writer: the pictures Pillow's writer made, its size, in constant memory."""

import errno
import io
import tracemalloc

import imageio.v3 as iio
import numpy as np
import pytest
from PIL import Image

from attn_gui.export.gif import MAX_DELAY, GifWriter

WIDTH, HEIGHT = 160, 120


def film(count, seed=0):
    """Frames like a lesson's: a still page on which one cell after another fills in, with
    more than 256 colours in all (so each frame gets a palette of its own)."""
    rng = np.random.default_rng(seed)
    page = rng.integers(200, 256, (HEIGHT, WIDTH, 3), dtype=np.uint8)
    frames = []
    for i in range(count):
        page = page.copy()
        row, column = divmod(i * 17 % ((HEIGHT // 10) * (WIDTH // 10)), WIDTH // 10)
        page[row * 10 : row * 10 + 8, column * 10 : column * 10 + 8] = rng.integers(0, 256, 3)
        frames.append(page)
    return frames


def streamed_to(stream, frames, duration=500):
    writer = GifWriter(stream, duration)
    for frame in frames:
        writer.append(frame)
    writer.close()


def streamed(frames, duration=500):
    stream = io.BytesIO()
    streamed_to(stream, frames, duration)
    return stream.getvalue()


def pillow(frames, duration=500):
    """What imageio's GIF writer gave: Pillow's multi-frame writer, every frame held to the end."""
    stream = io.BytesIO()
    first, *rest = (Image.fromarray(frame) for frame in frames)
    first.save(stream, "GIF", save_all=True, append_images=rest, duration=duration, loop=0)
    return stream.getvalue()


def decoded(data):
    pictures = iio.imread(data, index=None, extension=".gif")
    durations = [iio.immeta(data, index=i, extension=".gif")["duration"] for i in range(len(pictures))]
    return pictures, durations


def test_the_pictures_are_those_pillows_writer_made_and_no_larger():
    frames = film(40)
    ours, theirs = streamed(frames), pillow(frames)
    (our_pictures, our_durations), (their_pictures, their_durations) = decoded(ours), decoded(theirs)
    np.testing.assert_array_equal(our_pictures, their_pictures)
    assert our_durations == their_durations == [500] * 40
    assert len(ours) <= len(theirs) * 1.01
    assert iio.immeta(ours, extension=".gif")["loop"] == 0


def test_a_step_that_changes_nothing_lengthens_the_frame_before():
    frames = film(3)
    pictures, durations = decoded(
        streamed([frames[0], frames[0], frames[1], frames[2], frames[2], frames[2]])
    )
    assert len(pictures) == 3
    assert durations == [1000, 500, 1500]
    np.testing.assert_array_equal(pictures[-1], decoded(streamed(frames))[0][-1])


def test_a_still_held_longer_than_a_gif_frame_can_be_becomes_two_frames():
    assert MAX_DELAY == 65535  # hundredths of a second: 655 s
    pictures, durations = decoded(streamed(film(1) * 3, duration=300_000))
    assert durations == [600_000, 300_000]
    np.testing.assert_array_equal(pictures[0], pictures[1])


def test_the_writer_keeps_no_frames(tmp_path):
    """imageio's writer kept every frame to the end (1.2 MB each at 480 px: a lesson passed
    8 GB). Writing 200 frames takes no more memory than writing 20."""

    def peak(count):
        with open(tmp_path / f"{count}.gif", "wb") as stream:
            writer = GifWriter(stream, 500)
            frames = film(2)
            writer.append(frames[0])
            tracemalloc.start()
            for i in range(count):  # alternate, so that every step is a frame of its own
                writer.append(frames[1 - i % 2])
            writer.close()
            high = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        return high

    short, long = peak(20), peak(200)
    assert long < short * 1.2 + 100_000
    assert long < 20 * WIDTH * HEIGHT * 3  # far less than the frames themselves


class FullDisk(io.RawIOBase):
    """A file on a disk that fills after ``room`` bytes."""

    def __init__(self, room):
        self.room = room

    def writable(self):
        return True

    def write(self, data):
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return len(data)


def test_a_full_disk_raises_once_and_leaves_nothing_to_clean_up_later():
    """imageio's writer printed "Exception ignored in __del__" twice after the error: pytest
    turns any such unraisable exception into a failure (filterwarnings = error)."""
    with pytest.raises(OSError, match="No space left"):
        streamed_to(io.BufferedWriter(FullDisk(20_000)), film(60))
