"""GIF written as it is made, a frame at a time: a film of any length in constant memory.

Pillow's multi-frame writer (and imageio's, through it) keeps every frame until the end: about
1.2 MB a frame at 480 px, many GB for a lesson. This writer does what Pillow does to keep a GIF
small, but frame by frame: each step is quantised to its own 256 colours, compared with what the
viewer shows so far, and only the rectangle that changed is stored, with the pixels inside it
that did not change left transparent; a step identical to the one before lengthens its frame.
Pillow encodes each rectangle as a GIF of its own, whose colour table and image data are copied
into the film (see the GIF89a specification for the blocks).
"""

import io
import struct
from typing import BinaryIO

import numpy as np
from PIL import Image

MAX_DELAY = 65535  # hundredths of a second: the longest one GIF frame can be held
_LOOP_FOREVER = b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
_LEAVE_IN_PLACE = 1 << 2  # disposal method 1: the next frame is drawn over this one


def _encoded(picture: Image.Image, transparency: int | None) -> tuple[bytes, bytes, int | None]:
    """Pillow's encoding of ``picture`` alone: its colour table, its image data (LZW code size,
    sub-blocks, terminator) and its transparent index, which Pillow may have renumbered."""
    buffer = io.BytesIO()
    extra = {} if transparency is None else {"transparency": transparency}
    picture.save(buffer, "GIF", interlace=False, **extra)
    data = buffer.getvalue()
    flags = data[10]  # of the logical screen: Pillow puts a lone frame's palette in the global table
    position = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    table, transparent = data[13:position], None
    while data[position] == 0x21:  # extensions; the graphic control one names the transparent index
        if data[position + 1] == 0xF9 and data[position + 3] & 1:
            transparent = data[position + 6]
        position += 2
        while data[position]:
            position += data[position] + 1
        position += 1
    flags = data[position + 9]  # of the image descriptor, which a local colour table follows
    position += 10
    if flags & 0x80:
        table = data[position : position + (3 << ((flags & 7) + 1))]
        position += len(table)
    return table, data[position:-1], transparent  # the last byte is the trailer


def _changed_box(changed: np.ndarray) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) around the True pixels, or None if there are none."""
    rows, columns = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
    if not len(rows):
        return None
    return int(columns[0]), int(rows[0]), int(columns[-1]) + 1, int(rows[-1]) + 1


def _unused_index(indices: np.ndarray, palette: list[int]) -> tuple[int | None, list[int]]:
    """A palette index no pixel uses, to mean "unchanged", and the palette extended to hold it."""
    free = np.flatnonzero(np.bincount(indices.ravel(), minlength=256) == 0)
    if not len(free):
        return None, palette
    index = int(free[0])
    return index, palette + [0, 0, 0] * max(0, index + 1 - len(palette) // 3)


class GifWriter:
    """Appends RGB frames to ``stream``, each step shown for ``duration`` milliseconds, looping.

    Only the last frame and the picture on screen are kept: a frame is written once the next
    one shows how long it lasts. ``close()`` writes the last one and the GIF's trailer.
    """

    def __init__(self, stream: BinaryIO, duration: float) -> None:
        self._stream = stream
        self._duration = duration
        self._shown: np.ndarray | None = None  # what a viewer shows after the frames so far
        self._held = b""  # the last frame's blocks after its graphic control extension
        self._transparent: int | None = None
        self._delay = 0.0  # milliseconds the last frame is shown

    def append(self, rgb: np.ndarray) -> None:
        """Add the (height, width, 3) frame ``rgb``; every frame has the first one's size."""
        picture = Image.fromarray(rgb, "RGB").convert("P", palette=Image.Palette.ADAPTIVE)
        quantised = np.asarray(picture.convert("RGB"))
        if self._shown is None:
            height, width = quantised.shape[:2]
            self._stream.write(b"GIF89a" + struct.pack("<HHBBB", width, height, 0x70, 0, 0))
            self._stream.write(_LOOP_FOREVER)
            self._hold(picture, (0, 0, width, height), None)
        else:
            changed = (quantised != self._shown).any(axis=2)
            box = _changed_box(changed)
            if box is not None:
                self._hold(picture, box, ~changed)
            elif round((self._delay + self._duration) / 10) > MAX_DELAY:
                self._hold(picture, (0, 0, 1, 1), None)  # held too long for one frame: a second one
            else:
                self._delay += self._duration
        self._shown = quantised

    def _hold(
        self, picture: Image.Image, box: tuple[int, int, int, int], unchanged: np.ndarray | None
    ) -> None:
        """Write the frame held so far, and hold the ``box`` of ``picture`` as the next one."""
        self._write_held()
        part = picture.crop(box)
        transparency = None
        if unchanged is not None:
            indices = np.array(part)
            transparency, palette = _unused_index(indices, picture.getpalette() or [])
            if transparency is not None:
                left, top, right, bottom = box
                indices[unchanged[top:bottom, left:right]] = transparency
                part = Image.fromarray(indices, "P")
                part.putpalette(palette)
        table, data, self._transparent = _encoded(part, transparency)
        size_bits = (len(table) // 3).bit_length() - 2
        left, top, right, bottom = box
        descriptor = struct.pack("<BHHHHB", 0x2C, left, top, right - left, bottom - top, 0x80 | size_bits)
        self._held = descriptor + table + data
        self._delay = self._duration

    def _write_held(self) -> None:
        if not self._held:
            return
        flags = _LEAVE_IN_PLACE | (self._transparent is not None)
        delay = min(round(self._delay / 10), MAX_DELAY)
        control = struct.pack("<BBBBHBB", 0x21, 0xF9, 4, flags, delay, self._transparent or 0, 0)
        self._stream.write(control + self._held)
        self._held = b""

    def close(self) -> None:
        """Write the last frame and end the GIF."""
        if self._shown is not None:
            self._write_held()
            self._stream.write(b";")
