"""Exported SVG read by renderers other than Qt's: it must look like the PNG of the same stage.

resvg (a strict, standalone renderer, installed with the tests) always; librsvg's rsvg-convert
(GNOME, Inkscape's import) too where it is installed, as CI does.
"""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest
import resvg_py
from PySide6.QtGui import QImage

from attn_gui.__main__ import main
from attn_gui.export.svg_portable import SVG
from attn_gui.ui.fonts import BUNDLED_FONT

CASES = {
    "softmax of 我 爱 学习": ["--tokens", "我 爱 学习", "--stage", "weights"],
    "mid-product, highlights": ["--tokens", "I love learning", "--stage", "scores", "--step", "5"],
    "80 tokens, one image": ["--tokens", " ".join(f"t{i}" for i in range(80)), "--stage", "weights"],
}


def _pixels(png: bytes) -> np.ndarray:
    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(float)


def _blocks(pixels: np.ndarray, size: int = 4) -> np.ndarray:
    height, width = (pixels.shape[0] // size) * size, (pixels.shape[1] // size) * size
    cut = pixels[:height, :width].reshape(height // size, size, width // size, size, 3)
    return cut.mean(axis=(1, 3))


def _resvg(svg: str) -> bytes:
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, font_files=[str(BUNDLED_FONT)]))


def _rsvg(svg: str) -> bytes:
    return subprocess.run(["rsvg-convert"], input=svg.encode(), capture_output=True, check=True).stdout


RENDERERS = {
    "resvg": _resvg,
    "librsvg": pytest.param(
        _rsvg,
        marks=pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="librsvg2-bin not installed"),
    ),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Each case exported as a PNG at the screen's resolution and as an SVG."""
    folder = tmp_path_factory.mktemp("svg")
    files = {}
    for name, options in CASES.items():
        png, svg = folder / f"{len(files)}.png", folder / f"{len(files)}.svg"
        assert main(["export", *options, "--dpi", "96", "--out", str(png)]) == 0
        assert main(["export", *options, "--out", str(svg)]) == 0
        files[name] = (png.read_bytes(), svg.read_text(encoding="utf-8"))
    return files


@pytest.mark.parametrize("render", RENDERERS.values(), ids=RENDERERS.keys())
@pytest.mark.parametrize("case", CASES)
def test_the_svg_looks_like_the_png(exported, case, render):
    png, svg = exported[case]
    expected, drawn = _pixels(png), _pixels(render(svg))
    assert drawn.shape == expected.shape
    # Compared in blocks of 4 × 4 pixels: renderers anti-alias edges and hint fonts each their
    # own way, but a stray shape (a highlight blown up to a polygon, a blurred heatmap, text in
    # another font) changes whole blocks.
    difference = np.abs(_blocks(drawn) - _blocks(expected)).max(axis=2)
    assert difference.mean() < 8  # of 255; the broken SVG of before differed by 115 to 190
    assert (difference > 64).mean() < 0.03  # and in 50% to 86% of the blocks


def test_the_svg_names_fonts_every_renderer_knows(exported):
    _, svg = exported["softmax of 我 爱 学习"]
    root = ET.fromstring(svg)
    families = {e.get("font-family") for e in root.iter() if e.get("font-family")}
    assert families
    assert all(f.endswith("sans-serif") for f in families)
    assert not any("Sans Serif" in f for f in families)
    chinese = [e for e in root.iter() if e.tag.endswith("tspan") and (e.text or "") in ("我", "爱", "学习")]
    assert chinese
    assert all("Noto Sans" in e.get("font-family") for e in chinese)


def test_outlines_and_cells_sit_in_page_coordinates(exported):
    """No shape inside a group scaled to the cells: that is where other renderers go wrong."""
    _, svg = exported["mid-product, highlights"]
    root = ET.fromstring(svg)
    for group in root.iter(f"{{{SVG}}}g"):
        scale = re.fullmatch(
            r"matrix\(([^,]+),0,0,([^,]+),.*\)", group.get("transform", "matrix(1,0,0,1,0,0)")
        )
        if scale is not None and (float(scale.group(1)), float(scale.group(2))) != (1.0, 1.0):
            assert {child.tag for child in group} <= {f"{{{SVG}}}image"}, group.attrib
    small_images = [e for e in root.iter() if e.tag.endswith("image") and int(float(e.get("width"))) <= 64]
    assert small_images == []  # a 3 × 3 heatmap is nine rectangles, not a 3 × 3 image to smooth


def test_a_caption_mixing_chinese_and_latin_is_one_line_of_text(exported):
    _, svg = exported["softmax of 我 爱 学习"]
    root = ET.fromstring(svg)
    captions = [
        e for e in root.iter() if e.tag.endswith("}text") and "as percentages" in "".join(e.itertext())
    ]
    assert len(captions) == 1
    assert "".join(captions[0].itertext()).startswith("Row “学习” as percentages")
