"""The programs teachers run: packaging/build.py's folder and single-file builds, run offscreen.

Slow (the first run after a change of the sources builds both, about a minute on two cores; later
runs reuse dist/), so marked ``slow``: ``pytest -m "not slow"`` leaves it out.
"""

import subprocess

import pytest
from PIL import Image

from attn_gui import __version__
from tests.packaging.frozen import BINARIES, build, ensure_built, frozen_env

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def built():
    return ensure_built()


def run(kind: str, *args: str, home) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(BINARIES[kind]), *args], capture_output=True, text=True, timeout=120, env=frozen_env(home)
    )
    assert result.returncode == 0, f"{kind} {' '.join(args)}: status {result.returncode}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def assert_picture(path, min_width: int, min_height: int) -> None:
    """A real PNG of at least that size with something drawn on it (not one flat colour)."""
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.width >= min_width, image.size
        assert image.height >= min_height, image.size
        colours = image.convert("RGB").getcolors(maxcolors=64)
    assert colours is None, f"only {len(colours)} colours: blank"  # None: more than 64 colours


@pytest.mark.parametrize("kind", BINARIES)
def test_version(built, kind, tmp_path):
    assert run(kind, "--version", home=tmp_path).stdout.split() == ["attn-gui", __version__]


@pytest.mark.parametrize("kind", BINARIES)
def test_export_png(built, kind, tmp_path):
    out = tmp_path / "x.png"
    run(kind, "export", "--tokens", "I love learning", "--out", str(out), home=tmp_path)
    assert_picture(out, 400, 300)


@pytest.mark.parametrize("kind", BINARIES)
def test_screenshot(built, kind, tmp_path):
    out = tmp_path / "window.png"
    run(kind, "--screenshot", str(out), home=tmp_path)
    assert_picture(out, 800, 500)


@pytest.mark.parametrize("kind", BINARIES)
def test_chinese_on_a_machine_without_a_chinese_font(built, kind, tmp_path):
    """fontconfig that knows DejaVu only, as a fresh Debian: the shipped font draws the tokens."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    out = tmp_path / "zh.png"
    env = {**frozen_env(tmp_path), "FONTCONFIG_FILE": str(config)}
    result = subprocess.run(
        [str(BINARIES[kind]), "export", "--tokens", "我 爱 学习", "--stage", "weights", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert_picture(out, 400, 300)


def test_sizes_within_limits(built):
    onedir, onefile = build.tree_size(build.ONEDIR), build.tree_size(build.ONEFILE_EXE)
    print(f"\nfolder {onedir / 1e6:.1f} MB, one file {onefile / 1e6:.1f} MB, built in {built['seconds']} s")
    assert onedir <= build.ONEDIR_LIMIT, f"folder build: {onedir / 1e6:.1f} MB"
    assert onefile <= build.ONEFILE_LIMIT, f"single file: {onefile / 1e6:.1f} MB"


def test_package_data_is_bundled_and_ffmpeg_is_not(built):
    source = build.ROOT / "attn_gui"
    bundled = build.ONEDIR / "_internal" / "attn_gui"
    data = [
        p.relative_to(source)
        for p in [*source.glob("i18n/*.qm"), *source.glob("icons/*.png"), *source.glob("fonts/*.otf")]
    ]
    assert any(p.suffix == ".png" for p in data)
    missing = [str(p) for p in data if not (bundled / p).is_file()]
    assert not missing, f"not in the folder build: {missing}"
    assert not list(build.ONEDIR.rglob("ffmpeg-*")), "imageio-ffmpeg's own ffmpeg (165 MB) is left out"
