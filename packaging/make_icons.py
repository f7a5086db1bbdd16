"""Render resources/icon/attn-gui.svg into the icon files the platforms and the app need.

    python packaging/make_icons.py

writes, beside the SVG, attn-gui-<size>.png for 16 to 512 px (Linux's hicolor theme, the README),
attn-gui.ico (Windows: 16 to 256 px) and attn-gui.icns (macOS: 16 to 1024 px), and copies the sizes a
window needs into attn_gui/icons/ (package data, read at run time for the window and the About box).
Every size is rendered from the SVG itself, not scaled down from a large PNG, so the small ones stay
sharp. Run it again after editing the SVG and commit what it writes.
"""

import io
import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icon" / "attn-gui.svg"
OUT = ROOT / "resources" / "icon"
PACKAGE_ICONS = ROOT / "attn_gui" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
PACKAGE_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return data.data()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    pngs = {size: render(SOURCE, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    written = []
    for size in PNG_SIZES:
        written.append(OUT / f"attn-gui-{size}.png")
        written[-1].write_bytes(pngs[size])
    PACKAGE_ICONS.mkdir(exist_ok=True)
    for size in PACKAGE_SIZES:
        written.append(PACKAGE_ICONS / f"attn-gui-{size}.png")
        written[-1].write_bytes(pngs[size])
    written.append(OUT / "attn-gui.ico")
    images[max(ICO_SIZES)].save(
        written[-1],
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES],
    )
    written.append(OUT / "attn-gui.icns")
    images[max(ICNS_SIZES)].save(
        written[-1], format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)]
    )
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
