"""`attn-gui export --model tiny-en-zh`: the whole translation as JSON or NPZ, one part and decoding
step in the other formats, and one plain line for a word the translator does not know; the window's
command takes the same options."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import attn_gui
from attn_gui.__main__ import main
from attn_gui.models.lesson.session import ModelSession
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.models.locate import TINY_EN_ZH
from attn_gui.models.translator import translate

ROOT = Path(attn_gui.__file__).resolve().parents[1]  # this checkout, not an installed copy
MODEL = ["--model", "tiny-en-zh"]
SENTENCE = ["--tokens", "I love learning"]


def export(capsys, *args):
    status = main(["export", *args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_refused(result, message):
    status, out, err = result
    assert status == 2
    assert out == ""
    assert err.startswith("attn-gui: error: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert message in err


def test_the_json_holds_the_tokens_and_the_cross_attention(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert export(capsys, "--model", "tiny-en-zh", "--tokens", "I love learning", "--out", "t.json") == (
        0,
        "",
        "",
    )
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert data["source_tokens"] == ["I", "love", "learning", "<eos>"]
    assert data["output_tokens"] == ["我", "爱", "学习"]
    weights = np.array(data["cross_weights"])
    assert weights.shape == (1, 2, 3, 4)  # [layer][head][output word][source token]
    np.testing.assert_allclose(weights.sum(axis=-1), 1.0, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(weights, translate("I love learning").cross_weights)
    assert set(data) == {"source_tokens", "output_tokens", "cross_weights"}
    assert "我" in (tmp_path / "t.json").read_text(encoding="utf-8")  # readable, not \\u6211


def test_the_npz_holds_the_same_names_loadable_without_pickle(tmp_path, capsys):
    out = tmp_path / "t.npz"
    assert export(capsys, *MODEL, *SENTENCE, "--out", str(out))[0] == 0
    with np.load(out, allow_pickle=False) as npz:
        arrays = dict(npz)
    assert set(arrays) == {"source_tokens", "output_tokens", "cross_weights"}
    assert arrays["source_tokens"].tolist() == ["I", "love", "learning", "<eos>"]
    assert arrays["output_tokens"].tolist() == ["我", "爱", "学习"]
    assert arrays["source_tokens"].dtype.kind == arrays["output_tokens"].dtype.kind == "U"
    assert arrays["cross_weights"].dtype == np.float64
    np.testing.assert_array_equal(arrays["cross_weights"], translate("I love learning").cross_weights)


def test_a_real_process_refuses_an_unknown_word_in_one_line_and_writes_nothing(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "attn_gui", "export", *MODEL, "--tokens", "I love pizza", "--out", "t.json"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "attn-gui: error: The translator does not know these words: pizza.\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["t.json", "t.npz", "q.csv", "w.png"])
def test_unknown_words_are_listed_once_and_no_file_is_left(tmp_path, capsys, name):
    result = export(capsys, *MODEL, "--tokens", "I love pizza and pizza", "--out", str(tmp_path / name))
    assert_refused(result, "The translator does not know these words: pizza, and.")
    assert list(tmp_path.iterdir()) == []


def test_one_matrix_of_a_chosen_part_and_step(tmp_path, capsys):
    out = tmp_path / "a.csv"
    args = [*MODEL, *SENTENCE, "--part", "cross", "--word", "2", "--matrix", "weights", "--head", "2"]
    assert export(capsys, *args, "--out", str(out))[0] == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0][1:] == ["I", "love", "learning", "<eos>"]
    assert [row[0] for row in rows[1:]] == ["<bos>", "我"]
    expected = translate("I love learning").cross_weights[0, 1, :2]
    np.testing.assert_allclose(np.array([row[1:] for row in rows[1:]], dtype=float), expected, atol=1e-4)


def test_the_output_part_at_a_step_is_the_next_words_probabilities(tmp_path, capsys):
    out = tmp_path / "p.csv"
    args = [*MODEL, *SENTENCE, "--part", "output", "--word", "3", "--matrix", "probabilities"]
    assert export(capsys, *args, "--out", str(out))[0] == 0
    header, row = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert row[0] == "爱"
    assert header[1:][int(np.argmax(np.array(row[1:], dtype=float)))] == "学习"


@pytest.mark.parametrize(("part", "stage"), [("decoder", "masked"), ("output", "probabilities")])
def test_a_figure_of_a_part_and_step(tmp_path, capsys, part, stage):
    out = tmp_path / f"{part}.png"
    args = [*MODEL, *SENTENCE, "--part", part, "--word", "3", "--stage", stage, "--dpi", "48"]
    assert export(capsys, *args, "--out", str(out))[:2] == (0, "")
    assert out.read_bytes().startswith(b"\x89PNG")


def test_the_part_and_step_go_to_the_lesson():
    from attn_gui.cli.export_command import build_parser
    from attn_gui.cli.model_options import model_lesson_from_args

    argv = [*MODEL, *SENTENCE, "--part", "decoder", "--word", "2", "--out", "x.png"]
    lesson = model_lesson_from_args(build_parser().parse_args(argv), argv)
    assert lesson == ModelLesson("I love learning", TINY_EN_ZH, part="decoder", step=2)
    assert ModelSession().trace(lesson).tokens == ("<bos>", "我")


@pytest.mark.parametrize(
    ("options", "name", "message"),
    [
        (["--part", "cross"], "t.json", "leave out --part"),
        (["--word", "2", "--matrix", "q"], "t.npz", "leave out --matrix, --word"),
        (["--word", "5"], "a.npy", "there is no step 5"),
        (["--word", "0"], "a.png", "there is no step 0"),
        (["--part", "attention"], "a.png", "invalid choice: 'attention'"),
        (["--layer", "2"], "a.png", "choose a layer from 1 to 1"),
    ],
)
def test_options_that_do_not_fit_are_refused(tmp_path, capsys, options, name, message):
    assert_refused(export(capsys, *MODEL, *SENTENCE, *options, "--out", str(tmp_path / name)), message)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("model", [[], ["--model", "all-MiniLM-L6-v2"]], ids=["toy", "bert"])
def test_part_and_word_belong_to_the_translator(tmp_path, capsys, model):
    result = export(capsys, *model, *SENTENCE, "--word", "2", "--out", str(tmp_path / "a.npz"))
    assert_refused(result, f"--part and --word apply with --model {TINY_EN_ZH}")


def test_the_help_names_the_options(capsys):
    assert main(["export", "--help"]) == 0
    out = capsys.readouterr().out
    for text in ("--part {encoder,decoder,cross,output}", "--word N", "tiny-en-zh"):
        assert text in out


# --- the window's command takes the same options --------------------------------------------


@pytest.fixture
def launched(monkeypatch):
    """The LaunchRequest `attn-gui` would open the window with, instead of opening it."""
    from attn_gui.ui import launch

    requests = []
    monkeypatch.setattr(launch, "run_app", lambda request: requests.append(request) or 0)
    return requests


def test_the_window_is_asked_for_the_part_and_step(launched, capsys):
    argv = [*MODEL, *SENTENCE, "--part", "cross", "--word", "2", "--stage", "x_kv_w_k", "--head", "2"]
    assert main(argv) == 0
    (request,) = launched
    assert request.model == ModelLesson("I love learning", TINY_EN_ZH, part="cross", step=2)
    assert (request.stage, request.head) == ("x_kv_w_k", 1)


def test_the_window_refuses_a_stage_the_part_does_not_have(launched, capsys):
    assert main([*MODEL, *SENTENCE, "--part", "output", "--stage", "masked"]) == 2
    assert "choose from x_in, logits, probabilities" in capsys.readouterr().err
    assert main([*MODEL, "--tokens", "I love pizza"]) == 2
    assert capsys.readouterr().err == "attn-gui: error: The translator does not know these words: pizza.\n"
    assert launched == []
