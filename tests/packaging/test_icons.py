"""The application icon: every file packaging/make_icons.py writes is there and matches the SVG."""

import importlib.util
import io

import numpy as np
import pytest
from PIL import Image

from tests.packaging.frozen import ROOT

spec = importlib.util.spec_from_file_location("attn_gui_make_icons", ROOT / "packaging" / "make_icons.py")
make_icons = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_icons)


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_sizes(size):
    with Image.open(make_icons.OUT / f"attn-gui-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"


@pytest.mark.parametrize("size", make_icons.PACKAGE_SIZES)
def test_the_app_ships_the_same_pngs(size):
    name = f"attn-gui-{size}.png"
    assert (make_icons.PACKAGE_ICONS / name).read_bytes() == (make_icons.OUT / name).read_bytes()


def test_ico_and_icns_hold_every_size():
    with Image.open(make_icons.OUT / "attn-gui.ico") as ico:
        assert ico.ico.sizes() == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(make_icons.OUT / "attn-gui.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # 1024 px, the largest macOS asks for


@pytest.mark.parametrize("size", [16, 48, 256])
def test_pngs_are_rendered_from_the_current_svg(qapp, size):
    """Edit the SVG, then run `python packaging/make_icons.py`: this fails until then."""
    with Image.open(io.BytesIO(make_icons.render(make_icons.SOURCE, size))) as fresh:
        new = np.asarray(fresh.convert("RGBA"), dtype=int)
    with Image.open(make_icons.OUT / f"attn-gui-{size}.png") as committed:
        old = np.asarray(committed.convert("RGBA"), dtype=int)
    assert np.abs(new - old).max() <= 8, "the icon PNGs are older than resources/icon/attn-gui.svg"
