"""Qt's SVG, rewritten so that browsers, librsvg and Inkscape draw it as Qt does.

``QSvgGenerator`` writes what only Qt's own renderer reads as meant:

- outlines drawn with a cosmetic pen sit in a group scaled to the heatmap's cells and carry
  ``vector-effect="non-scaling-stroke"``; a renderer without it scales a 3-pixel line by the
  cell size, and the highlights become huge filled polygons. Their geometry is moved out of the
  scaled group here, so their lines keep their width in every renderer;
- heatmaps are images of one pixel per cell, which other renderers smooth into a blur: a small
  one becomes a grid of rectangles, a large one an image enlarged pixel by pixel;
- text names Qt's "Sans Serif", which no CSS renderer knows (serif fallback), and a line that
  mixes Latin and Chinese is cut into runs placed one after the other for Qt's fonts: each run
  gets real family names with a generic fallback, and touching runs are joined into one
  ``<text>``, so that another font cannot open gaps between them.
"""

import base64
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage

from attn_gui.core import is_cjk

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)

# Other names the fonts go by, for a renderer that lacks the ones Qt used.
LATIN_NAMES = ("DejaVu Sans", "Verdana", "Arial")
CJK_NAMES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
)
MAX_RECT_CELLS = 64 * 64  # an image with more pixels than this stays an image, enlarged
MAX_ENLARGED_PIXELS = 4_000_000


@dataclass(frozen=True)
class Families:
    """The font families a renderer should look for, best first: Qt's own for Latin text and for
    Chinese, then common names; the generic ``sans-serif`` always ends the list."""

    latin: tuple[str, ...]
    cjk: tuple[str, ...]

    def for_text(self, text: str) -> str:
        families = self.cjk if any(is_cjk(char) for char in text) else self.latin
        return ", ".join([*(f"'{family}'" for family in dict.fromkeys(families)), "sans-serif"])


Matrix = tuple[float, float, float, float, float, float]
_MATRIX = re.compile(r"matrix\(([^)]*)\)")


def _tag(element: ET.Element) -> str:
    return element.tag.rpartition("}")[2]


def _matrix(group: ET.Element) -> Matrix | None:
    found = _MATRIX.fullmatch(group.get("transform", ""))
    if found is None:
        return None
    a, b, c, d, e, f = (float(v) for v in found.group(1).split(","))
    return a, b, c, d, e, f


def _scales(matrix: Matrix) -> bool:
    a, b, c, d, _, _ = matrix
    return abs(a - 1) > 1e-9 or abs(d - 1) > 1e-9 or b != 0 or c != 0


def _number(value: float) -> str:
    return f"{value:.6g}"


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _points(text: str) -> Iterator[tuple[float, float]]:
    numbers = [float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", text)]
    return zip(numbers[0::2], numbers[1::2], strict=True)


def _bakeable(element: ET.Element, matrix: Matrix) -> bool:
    """Whether ``matrix`` can be moved into the element's own coordinates."""
    tag = _tag(element)
    if tag == "rect":
        return matrix[1] == 0 and matrix[2] == 0
    if tag == "path":
        return re.fullmatch(r"[MLCZ\d.,\se-]*", element.get("d", "")) is not None
    return tag in ("polyline", "polygon")


def _bake(element: ET.Element, matrix: Matrix) -> None:
    """Move ``matrix`` into the element's geometry; its lines then keep their own width."""
    tag = _tag(element)
    if tag == "rect":
        x, y = _apply(matrix, float(element.get("x", 0)), float(element.get("y", 0)))
        width = matrix[0] * float(element.get("width", 0))
        height = matrix[3] * float(element.get("height", 0))
        element.set("x", _number(min(x, x + width)))
        element.set("y", _number(min(y, y + height)))
        element.set("width", _number(abs(width)))
        element.set("height", _number(abs(height)))
    elif tag == "path":

        def moved(found: re.Match[str]) -> str:
            x, y = _apply(matrix, float(found.group(1)), float(found.group(2)))
            return f"{_number(x)},{_number(y)}"

        element.set("d", re.sub(r"(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)", moved, element.get("d", "")))
    else:
        points = (_apply(matrix, x, y) for x, y in _points(element.get("points", "")))
        element.set("points", " ".join(f"{_number(x)},{_number(y)}" for x, y in points))
    element.attrib.pop("vector-effect", None)


def _image(element: ET.Element) -> QImage | None:
    href = element.get(f"{{{XLINK}}}href", "")
    if not href.startswith("data:image/"):
        return None
    image = QImage.fromData(base64.b64decode(href.split(",", 1)[1]))
    return None if image.isNull() else image.convertToFormat(QImage.Format.Format_ARGB32)


def _cell_rects(element: ET.Element, image: QImage) -> list[ET.Element]:
    """The image as one rectangle per run of equal pixels in a row: crisp cells anywhere."""
    x0, y0 = float(element.get("x", 0)), float(element.get("y", 0))
    cell_w = float(element.get("width", 0)) / image.width()
    cell_h = float(element.get("height", 0)) / image.height()
    rects = []
    for row in range(image.height()):
        column = 0
        while column < image.width():
            colour = image.pixelColor(column, row)
            end = column + 1
            while end < image.width() and image.pixelColor(end, row) == colour:
                end += 1
            if colour.alpha():
                rect = ET.Element(f"{{{SVG}}}rect")
                for key, value in (
                    ("x", x0 + column * cell_w),
                    ("y", y0 + row * cell_h),
                    ("width", (end - column) * cell_w),
                    ("height", cell_h),
                ):
                    rect.set(key, _number(value))
                rect.set("fill", colour.name(QColor.NameFormat.HexRgb))
                if colour.alpha() < 255:
                    rect.set("fill-opacity", _number(colour.alphaF()))
                rect.set("stroke", "none")
                rects.append(rect)
            column = end
    return rects


def _enlarge(element: ET.Element, image: QImage, matrix: Matrix) -> None:
    """Each pixel repeated so that a renderer's smoothing only softens the cells' edges."""
    scale = max(abs(matrix[0]) * float(element.get("width", 1)), 1.0) / image.width()
    factor = max(
        1, min(math.ceil(scale), int(math.sqrt(MAX_ENLARGED_PIXELS / max(image.width() * image.height(), 1))))
    )
    big = image.scaled(
        image.width() * factor, image.height() * factor, mode=Qt.TransformationMode.FastTransformation
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    big.save(buffer, "PNG")
    buffer.close()
    element.set(f"{{{XLINK}}}href", "data:image/png;base64," + base64.b64encode(data.data()).decode("ascii"))
    element.set("style", "image-rendering:pixelated")


def _fix_group(group: ET.Element) -> None:
    """In a scaled group: outlines baked, small images turned into cells, large ones enlarged."""
    matrix = _matrix(group)
    if matrix is None or not _scales(matrix):
        return
    shapes: list[ET.Element] = []
    images: list[ET.Element] = []
    for child in group:
        image = _image(child) if _tag(child) == "image" else None
        if image is None:
            shapes.append(child)
        elif image.width() * image.height() <= MAX_RECT_CELLS and matrix[1] == matrix[2] == 0:
            shapes += _cell_rects(child, image)
        else:
            _enlarge(child, image, matrix)
            images.append(child)
    if not all(_bakeable(shape, matrix) for shape in shapes):
        return  # text, say, would scale with the group: leave it as Qt wrote it
    for child in list(group):
        group.remove(child)
    for shape in shapes:
        _bake(shape, matrix)
    group.extend(shapes)
    transform = group.attrib.pop("transform")
    if images:  # an image keeps the scale, in a group of its own
        ET.SubElement(group, f"{{{SVG}}}g", {"transform": transform}).extend(images)


def _advance(text: str, element: ET.Element, families: Families) -> float:
    """How far Qt moved on after the run ``text`` (the next run of the same line starts there)."""
    font = QFont((families.cjk if any(is_cjk(c) for c in text) else families.latin)[0])
    font.setPixelSize(max(1, round(float(element.get("font-size", 12)))))
    font.setWeight(QFont.Weight(int(element.get("font-weight", 400))))
    return QFontMetricsF(font).horizontalAdvance(text)


def _join_runs(group: ET.Element, families: Families) -> None:
    """Touching runs of one line become tspans of one text; every run names real families."""
    texts = [child for child in group if _tag(child) == "text"]
    previous: ET.Element | None = None
    end_x = 0.0
    for text in texts:
        content = text.text or ""
        x = float(text.get("x", 0))
        if (
            previous is not None
            and text.get("y") == previous.get("y")
            and text.get("font-size") == previous.get("font-size")
            and abs(x - end_x) <= 0.25 * float(text.get("font-size", 12))
        ):
            span = ET.SubElement(previous, f"{{{SVG}}}tspan", {"font-family": families.for_text(content)})
            span.text = content
            group.remove(text)
        else:
            span = ET.SubElement(text, f"{{{SVG}}}tspan", {"font-family": families.for_text(content)})
            span.text, text.text = content, None
            text.set("font-family", families.for_text(content))
            previous = text
        end_x = x + _advance(content, text, families)


def portable_svg(data: bytes, families: Families, background: QColor | None) -> bytes:
    """``data`` from QSvgGenerator, rewritten for every renderer; ``background`` fills the page
    (None: transparent)."""
    root = ET.fromstring(data)
    _, _, width, height = root.get("viewBox", "0 0 0 0").split()
    root.set("width", f"{width}px")  # Qt writes millimetres, which not every renderer sizes by
    root.set("height", f"{height}px")
    # Every line of the figure is straight and on the pixel grid, as Qt draws it, unsmoothed.
    root.set("shape-rendering", "crispEdges")
    for group in list(root.iter(f"{{{SVG}}}g")):
        _fix_group(group)
        _join_runs(group, families)
        if "font-family" in group.attrib:
            group.set("font-family", families.for_text(""))
    if background is not None:
        page = ET.Element(f"{{{SVG}}}rect", {"x": "0", "y": "0", "width": width, "height": height})
        page.set("fill", background.name(QColor.NameFormat.HexRgb))
        index = next(i for i, child in enumerate(root) if _tag(child) == "g")
        root.insert(index, page)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(root, encoding="utf-8")
