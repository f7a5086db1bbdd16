"""Figures for slides and handouts: a view as laid out, as PNG (at a chosen DPI), SVG or PDF.

SVG and PDF are drawn through Qt's vector paint engines, so text stays text and the figure
scales without blurring. The PDF embeds its fonts; the SVG names them (the app's, then other
common ones, then the generic sans-serif) and is rewritten to draw alike in every renderer
(see ``svg_portable``).
"""

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRect, QSizeF
from PySide6.QtGui import QColor, QFontInfo, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from attn_gui import __version__
from attn_gui.export.atomic import atomic_write
from attn_gui.export.svg_portable import CJK_NAMES, LATIN_NAMES, Families, portable_svg

FIGURE_FORMATS = (".png", ".svg", ".pdf")
SCREEN_DPI = 96  # the logical resolution widgets are laid out at
_RENDER_FLAGS = QWidget.RenderFlag.DrawChildren


@contextlib.contextmanager
def _transparent(widget: QWidget, transparent: bool) -> Iterator[None]:
    """Clear the heatmaps' white panels for the duration, so a slide's colour shows through."""
    views = widget.findChildren(pg.GraphicsView) if transparent else []
    brushes = [view.backgroundBrush() for view in views]
    for view in views:
        view.setBackground(None)
    try:
        yield
    finally:
        for view, brush in zip(views, brushes, strict=True):
            view.setBackgroundBrush(brush)


def render_image(widget: QWidget, dpi: int = SCREEN_DPI, transparent: bool = False) -> QImage:
    """The widget at ``dpi``: drawn again at that scale, not enlarged, so text stays sharp."""
    scale = dpi / SCREEN_DPI
    image = QImage(round(widget.width() * scale), round(widget.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0) if transparent else widget.palette().window().color())
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    with _transparent(widget, transparent):
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0), QRegion(), _RENDER_FLAGS)
        painter.end()
    return image


def _buffered(draw: Callable[[QBuffer], object]) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    draw(buffer)
    buffer.close()
    return data.data()


def png_bytes(widget: QWidget, dpi: int, transparent: bool) -> bytes:
    image = render_image(widget, dpi, transparent)
    return _buffered(lambda buffer: image.save(buffer, "PNG"))


def svg_families(widget: QWidget) -> Families:
    """The families Qt draws ``widget``'s text with: its resolved Latin family, then the ones it
    takes other glyphs from (the shipped Chinese font), then the usual names of both."""
    font = widget.font()
    return Families((QFontInfo(font).family(), *LATIN_NAMES), (*font.families()[1:], *CJK_NAMES))


def svg_bytes(widget: QWidget, title: str) -> bytes:
    def draw(buffer: QBuffer) -> None:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(widget.size())
        generator.setViewBox(QRect(QPoint(0, 0), widget.size()))
        generator.setResolution(SCREEN_DPI)
        generator.setTitle(title)
        generator.setDescription(f"attn-gui {__version__}")
        painter = QPainter(generator)
        widget.render(painter, QPoint(0, 0), QRegion(), _RENDER_FLAGS)
        painter.end()  # before the generator goes: ending it later crashes

    return portable_svg(_buffered(draw), svg_families(widget), widget.palette().window().color())


def pdf_bytes(widget: QWidget, title: str) -> bytes:
    """One page exactly the widget's size (at 96 dpi, in points), no margins."""

    def draw(buffer: QBuffer) -> None:
        writer = QPdfWriter(buffer)
        writer.setResolution(SCREEN_DPI)
        writer.setTitle(title)
        writer.setCreator(f"attn-gui {__version__}")
        size = QSizeF(widget.width() * 72 / SCREEN_DPI, widget.height() * 72 / SCREEN_DPI)
        writer.setPageLayout(
            QPageLayout(QPageSize(size, QPageSize.Unit.Point), QPageLayout.Orientation.Portrait, QMarginsF())
        )
        painter = QPainter(writer)
        widget.render(painter, QPoint(0, 0), QRegion(), _RENDER_FLAGS)
        painter.end()

    return _buffered(draw)


def write_figure(
    widget: QWidget, path: Path, dpi: int = 300, transparent: bool = False, title: str = "attn-gui"
) -> None:
    """Render ``widget`` to ``path`` by its extension (.png, .svg, .pdf), atomically."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        data = png_bytes(widget, dpi, transparent)
    elif suffix == ".svg":
        data = svg_bytes(widget, title)
    elif suffix == ".pdf":
        data = pdf_bytes(widget, title)
    else:
        raise ValueError(f"not a figure format: {suffix!r} (use {', '.join(FIGURE_FORMATS)})")
    atomic_write(path, lambda stream: stream.write(data))
