"""`attn-gui export` for figures, animations, the new matrix formats and lessons, read back."""

import re
import shlex

import imageio.v3 as iio
import numpy as np
import pytest
from PySide6.QtGui import QImage

from attn_gui.__main__ import main
from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.export.lesson_file import Lesson, save_lesson

TOKENS = ["--tokens", "我 爱 学习"]


def export(capsys, *args):
    status = main(["export", *args])
    return status, capsys.readouterr().err


def test_png_of_a_stage_at_a_chosen_resolution(tmp_path, capsys):
    out = tmp_path / "scores.png"
    assert export(capsys, *TOKENS, "--stage", "scores", "--dpi", "150", "--out", str(out)) == (0, "")
    image = QImage(str(out))
    assert round(image.dotsPerMeterX() * 0.0254) == 150
    assert image.width() > 1000
    pixels = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    assert len(pixels) > 100  # heatmaps, numbers and labels, not a blank page


def test_png_of_one_matrix_view(tmp_path, capsys):
    whole, one = tmp_path / "whole.png", tmp_path / "q.png"
    export(capsys, *TOKENS, "--stage", "scores", "--dpi", "96", "--out", str(whole))
    assert (
        export(capsys, *TOKENS, "--stage", "scores", "--matrix", "q", "--dpi", "96", "--out", str(one))[0]
        == 0
    )
    assert QImage(str(one)).width() < QImage(str(whole)).width() / 2


def test_svg_and_pdf_keep_the_chinese_tokens_as_text(tmp_path, capsys):
    svg, pdf = tmp_path / "w.svg", tmp_path / "w.pdf"
    assert export(capsys, *TOKENS, "--stage", "weights", "--out", str(svg))[0] == 0
    assert "学习" in svg.read_text(encoding="utf-8")
    assert export(capsys, *TOKENS, "--stage", "weights", "--out", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_step_of_a_stage(tmp_path, capsys):
    first, later = tmp_path / "0.png", tmp_path / "5.png"
    export(capsys, *TOKENS, "--stage", "scores", "--step", "0", "--dpi", "48", "--out", str(first))
    export(capsys, *TOKENS, "--stage", "scores", "--step", "5", "--dpi", "48", "--out", str(later))
    assert QImage(str(first)) != QImage(str(later))


def test_gif_and_mp4_of_a_range_of_steps(tmp_path, capsys):
    gif, mp4 = tmp_path / "w.gif", tmp_path / "w.mp4"
    common = [*TOKENS, "--stage", "weights", "--steps", "2:6", "--width", "320"]
    assert export(capsys, *common, "--out", str(gif)) == (0, "")
    assert iio.imread(gif, index=None).shape[:3] == (4, *iio.imread(gif, index=0).shape[:2])
    assert export(capsys, *common, "--frames-per-step", "3", "--out", str(mp4)) == (0, "")
    import imageio.v2 as imageio

    with imageio.get_reader(mp4) as reader:
        assert reader.count_frames() == 12


def test_markdown_and_npy(tmp_path, capsys):
    config = AttentionConfig(tokens=("我", "爱", "学习"))
    weights = compute_trace(config).get("weights", 1).array
    md, npy = tmp_path / "w.md", tmp_path / "w.npy"
    assert (
        export(capsys, *TOKENS, "--matrix", "weights", "--head", "2", "--precision", "3", "--out", str(md))[0]
        == 0
    )
    table = md.read_text(encoding="utf-8")
    assert "学习" in table
    assert f"{weights[0, 0]:.3f}" in table
    assert export(capsys, *TOKENS, "--matrix", "weights", "--head", "2", "--out", str(npy))[0] == 0
    assert np.array_equal(np.load(npy, allow_pickle=False), weights)


def test_a_lesson_poses_the_problem_and_the_position(tmp_path, capsys):
    config = AttentionConfig(tokens=("a", "b", "c", "d"), d_model=6, num_heads=3, edits=(("x", 0, 0, 2.5),))
    lesson = tmp_path / "l.attn.json"
    save_lesson(Lesson(config=config, stage="masked", head=2), lesson)
    out = tmp_path / "x.npz"
    assert export(capsys, "--lesson", str(lesson), "--out", str(out))[0] == 0
    with np.load(out, allow_pickle=False) as npz:
        assert npz["x"][0, 0] == 2.5
        assert npz["q"].shape == (3, 4, 2)
    figure = tmp_path / "lesson.png"
    assert export(capsys, "--lesson", str(lesson), "--dpi", "48", "--out", str(figure))[0] == 0


@pytest.mark.parametrize(
    ("options", "name", "message"),
    [
        ("--stage scores --step 99", "o.png", "--step 99 is outside 0 to 17"),
        ("--dpi 10", "o.png", "--dpi must be from 30 to 1200, got 10"),
        ("--transparent", "o.svg", "--transparent applies to .png"),
        ("--steps 5", "o.gif", "--steps takes A:B"),
        ("--stage weights --steps 5:2", "o.gif", "--steps 5:2 is outside"),
        ("--steps 0:2", "o.png", "--steps applies to .gif and .mp4"),
        ("--width 10", "o.gif", "--width must be from 64 to 3840"),
        ("--stage scores --matrix w_o", "o.png", "--matrix w_o is not shown at this stage"),
        ("--stage scores", "o.csv", "--stage and --step apply to figures and animations"),
        ("--environment pmatrix --matrix x", "o.md", "--environment applies to .tex"),
        ("--precision 3 --matrix x", "o.npy", "--precision applies to .tex and .md"),
        ("--head 3 --stage scores", "o.png", "--head must be from 1 to 2"),
    ],
)
def test_bad_options_are_refused_before_anything_is_written(tmp_path, capsys, options, name, message):
    status, err = export(capsys, *TOKENS, *shlex.split(options), "--out", str(tmp_path / name))
    assert status == 2
    assert err.count("\n") == 1
    assert message in err
    assert not list(tmp_path.iterdir())


def test_a_lesson_refuses_competing_options_and_bad_files(tmp_path, capsys):
    lesson = tmp_path / "l.attn.json"
    save_lesson(Lesson(config=AttentionConfig(tokens=("a",))), lesson)
    status, err = export(capsys, "--lesson", str(lesson), "--d-model", "8", "--out", str(tmp_path / "x.npz"))
    assert status == 2
    assert "leave out --d-model" in err
    lesson.write_text("{", encoding="utf-8")
    status, err = export(capsys, "--lesson", str(lesson), "--out", str(tmp_path / "x.npz"))
    assert status == 2
    assert re.search(r"not a lesson file: it is not valid JSON \(line 1", err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["l.attn.json"]
