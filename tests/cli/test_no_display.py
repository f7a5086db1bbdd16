"""With no display at all (no DISPLAY, no Wayland, no platform chosen), what needs no window still
works, and the window says in one line why it cannot open."""

import os
import subprocess
import sys

import pytest


@pytest.fixture
def no_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "LC_ALL": "C.UTF-8"}


def run(env, *args):
    return subprocess.run([sys.executable, "-m", "attn_gui", *args], env=env, capture_output=True, text=True)


def test_a_screenshot_needs_no_display(no_display, tmp_path):
    out = tmp_path / "window.png"
    result = run(no_display, "--stage", "scores", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert "xcb" not in result.stderr


def test_an_export_needs_no_display(no_display, tmp_path):
    out = tmp_path / "scores.svg"
    result = run(no_display, "export", "--tokens", "I love learning", "--stage", "scores", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_the_window_without_a_display_says_so_in_one_line(no_display):
    result = run(no_display)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "attn-gui: error: no display found (DISPLAY and WAYLAND_DISPLAY are not set): run attn-gui on the "
        "desktop, or use --screenshot or attn-gui export, which need none"
    ]


def test_the_window_s_help_points_to_the_export_command(no_display):
    result = run(no_display, "--help")
    assert result.returncode == 0
    assert "attn-gui export --help" in result.stdout
