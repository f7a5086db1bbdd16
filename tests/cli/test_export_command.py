"""`attn-gui export` file contents: every format holds the trace's numbers and labels, checked by hand."""

import csv
import json
import re

import numpy as np
import pytest

from attn_gui import __version__
from attn_gui.__main__ import main
from attn_gui.core import AttentionConfig, compute_trace
from tests.reference import sinusoid

ALL_NAMES = {
    "x", "pe", "x_in", "w_q", "w_k", "w_v", "w_o", "q", "k", "k_t", "v",
    "scores", "scaled", "masked", "weights", "head_output", "concat", "output",
}  # fmt: skip


def export(capsys, *args):
    """Run `attn-gui export ARGS` in-process; return (status, stdout, stderr)."""
    status = main(["export", *args])
    out, err = capsys.readouterr()
    return status, out, err


def load_npz(path):
    with np.load(path, allow_pickle=False) as npz:
        return dict(npz)


def recompute(a, heads, causal=False, cross=False):
    """Every later stage from x, x_kv and the weights with plain NumPy, independent of attn_gui."""
    n, d_model = a["x"].shape
    x_in = a["x"] + sinusoid(n, d_model)
    x_kv_in = a["x_kv"] + sinusoid(len(a["x_kv"]), d_model) if cross else x_in
    d_k, d_v = a["w_q"].shape[1] // heads, a["w_v"].shape[1] // heads
    per_head = []
    for h in range(heads):
        q = x_in @ a["w_q"][:, h * d_k : (h + 1) * d_k]
        k = x_kv_in @ a["w_k"][:, h * d_k : (h + 1) * d_k]
        v = x_kv_in @ a["w_v"][:, h * d_v : (h + 1) * d_v]
        scores = q @ k.T
        scaled = scores / np.sqrt(d_k)
        masked = scaled.copy()
        if causal:
            masked[np.triu_indices(n, 1, len(k))] = -np.inf
        e = np.exp(masked - masked.max(axis=1, keepdims=True))
        weights = e / e.sum(axis=1, keepdims=True)
        per_head.append(
            {"q": q, "k": k, "k_t": k.T, "v": v, "scores": scores, "scaled": scaled,
             "masked": masked, "weights": weights, "head_output": weights @ v}
        )  # fmt: skip
    result = {name: np.stack([head[name] for head in per_head]) for name in per_head[0]}
    result["pe"] = sinusoid(n, d_model)
    result["x_in"] = x_in
    result["concat"] = np.hstack(list(result["head_output"]))
    result["output"] = result["concat"] @ a["w_o"]
    if cross:
        result["x_kv_in"] = x_kv_in
    return result


def test_version(capsys):
    for argv in (["--version"], ["export", "--version"]):
        assert main(argv) == 0
        assert capsys.readouterr() == (f"attn-gui {__version__}\n", "")


def test_help_lists_the_options(capsys):
    assert main(["export", "--help"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    for option in ("--tokens", "--out", "--matrix", "--head", "--precision", "--kv-tokens"):
        assert option in out


# --- .npz -------------------------------------------------------------------------------


@pytest.mark.parametrize("mask", ["none", "causal"])
def test_npz_holds_every_matrix_stacked_by_head(tmp_path, capsys, mask):
    out = tmp_path / "trace.npz"
    args = ["--tokens", "I love learning now", "--d-model", "6", "--heads", "3", "--seed", "7"]
    assert export(capsys, *args, "--mask", mask, "--out", str(out)) == (0, "", "")
    arrays = load_npz(out)
    assert arrays.pop("tokens").tolist() == ["I", "love", "learning", "now"]
    assert set(arrays) == ALL_NAMES
    assert arrays["q"].shape == (3, 4, 2)
    assert arrays["weights"].shape == (3, 4, 4)
    assert arrays["w_q"].shape == (6, 6)

    trace = compute_trace(
        AttentionConfig(tokens=("I", "love", "learning", "now"), d_model=6, num_heads=3, seed=7, mask=mask)
    )
    for name, array in arrays.items():
        np.testing.assert_array_equal(array, trace.stacked(name), strict=True, err_msg=name)

    expected = recompute(arrays, heads=3, causal=mask == "causal")
    for name, value in expected.items():
        np.testing.assert_allclose(arrays[name], value, rtol=1e-12, atol=1e-12, err_msg=name)


def test_npz_with_kv_tokens_has_the_kv_side_and_rectangular_weights(tmp_path, capsys):
    out = tmp_path / "cross.npz"
    args = ["--tokens", "我 爱 学习", "--kv-tokens", "I love learning a lot", "--mask", "causal"]
    assert export(capsys, *args, "--out", str(out))[0] == 0
    arrays = load_npz(out)
    assert arrays.pop("tokens").tolist() == ["我", "爱", "学习"]
    assert arrays.pop("kv_tokens").tolist() == ["I", "love", "learning", "a", "lot"]
    assert set(arrays) == ALL_NAMES | {"x_kv", "pe_kv", "x_kv_in"}
    assert arrays["x_kv"].shape == (5, 4)
    assert arrays["weights"].shape == (2, 3, 5)
    assert arrays["scores"].shape == (2, 3, 5)
    assert arrays["output"].shape == (3, 4)
    expected = recompute(arrays, heads=2, causal=True, cross=True)
    for name, value in expected.items():
        np.testing.assert_allclose(arrays[name], value, rtol=1e-12, atol=1e-12, err_msg=name)


@pytest.mark.parametrize(
    ("flag", "check"),
    [
        ("--no-pe", lambda a: np.array_equal(a["x_in"], a["x"])),
        ("--no-scale", lambda a: np.array_equal(a["scaled"], a["scores"])),
        ("--embedding=one-hot", lambda a: np.array_equal(a["x"], np.eye(4)[[0, 1, 2]])),
    ],
)
def test_npz_follows_the_switches(tmp_path, capsys, flag, check):
    out = tmp_path / "t.npz"
    assert export(capsys, "--tokens", "I love learning", flag, "--out", str(out))[0] == 0
    assert check(load_npz(out))
    plain = tmp_path / "plain.npz"
    assert export(capsys, "--tokens", "I love learning", "--out", str(plain))[0] == 0
    assert not check(load_npz(plain))


# --- .json --------------------------------------------------------------------------------


def json_array(values):
    """Matrix values from the document, with the "-inf" strings turned back into numbers."""
    return np.array(json.loads(json.dumps(values).replace('"-inf"', "-Infinity")), dtype=np.float64)


def reject_constant(name):
    raise ValueError(f"non-standard JSON constant {name}")


def test_json_is_standard_utf8_with_labels_and_the_traces_values(tmp_path, capsys):
    out = tmp_path / "trace.json"
    assert export(capsys, "--tokens", "我 爱 学习", "--mask", "causal", "--out", str(out))[0] == 0
    raw = out.read_bytes()
    assert "学习".encode() in raw
    assert b"\\u" not in raw
    doc = json.loads(raw.decode("utf-8"), parse_constant=reject_constant)

    trace = compute_trace(AttentionConfig(tokens=("我", "爱", "学习"), mask="causal"))
    assert doc["tokens"] == doc["kv_tokens"] == ["我", "爱", "学习"]
    assert doc["config"]["mask"] == "causal"
    assert set(doc["matrices"]) == ALL_NAMES
    for name, entry in doc["matrices"].items():
        expected = trace.stacked(name)
        assert entry["shape"] == list(expected.shape), name
        assert entry["per_head"] == (expected.ndim == 3), name
        np.testing.assert_array_equal(json_array(entry["values"]), expected, err_msg=name)
    assert doc["matrices"]["scores"]["rows"] == doc["matrices"]["scores"]["columns"] == ["我", "爱", "学习"]
    assert doc["matrices"]["q"]["columns"] == ["1", "2"]
    masked = doc["matrices"]["masked"]["values"]
    for head in masked:
        assert [head[i][j] for i in range(3) for j in range(3) if j > i] == ["-inf"] * 3
        assert all(isinstance(head[i][j], float) for i in range(3) for j in range(i + 1))


def test_json_cross_attention_labels(tmp_path, capsys):
    out = tmp_path / "cross.json"
    args = ["--tokens", "我爱学习", "--cjk-chars", "--kv-tokens", "I love learning"]
    assert export(capsys, *args, "--out", str(out))[0] == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["tokens"] == ["我", "爱", "学", "习"]
    assert doc["kv_tokens"] == ["I", "love", "learning"]
    weights = doc["matrices"]["weights"]
    assert (weights["rows"], weights["columns"]) == (doc["tokens"], doc["kv_tokens"])
    assert weights["shape"] == [2, 4, 3]
    assert weights["symbols"] == ["n_q", "n_kv"]
    assert doc["matrices"]["k"]["rows"] == doc["kv_tokens"]


# --- .csv ---------------------------------------------------------------------------------


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_csv_of_one_heads_weights(tmp_path, capsys):
    out = tmp_path / "weights.csv"
    args = ["--tokens", "我 爱 学习", "--kv-tokens", "I love, learning", "--matrix", "weights", "--head", "2"]
    assert export(capsys, *args, "--out", str(out)) == (0, "", "")
    assert out.read_bytes().startswith("\ufeff".encode())  # spreadsheets need the mark for Chinese
    rows = read_csv(out)
    assert rows[0] == ["", "I", "love,", "learning"]
    assert [row[0] for row in rows[1:]] == ["我", "爱", "学习"]
    values = [[float(v) for v in row[1:]] for row in rows[1:]]

    trace = compute_trace(AttentionConfig(tokens=("我", "爱", "学习"), kv_tokens=("I", "love,", "learning")))
    assert values == trace.get("weights", 1).array.tolist()  # exact, not approximately
    assert values != trace.get("weights", 0).array.tolist()
    np.testing.assert_allclose(np.sum(values, axis=1), 1.0, rtol=0, atol=1e-15)


def test_csv_per_head_matrix_defaults_to_the_only_head(tmp_path, capsys):
    out = tmp_path / "q.csv"
    assert export(capsys, "--tokens", "a b", "--heads", "1", "--matrix", "q", "--out", str(out))[0] == 0
    rows = read_csv(out)
    assert rows[0] == ["", "1", "2", "3", "4"]
    trace = compute_trace(AttentionConfig(tokens=("a", "b"), num_heads=1))
    assert [[float(v) for v in row[1:]] for row in rows[1:]] == trace.get("q", 0).array.tolist()


# --- .tex ---------------------------------------------------------------------------------


def tex_body(text):
    """The lines between \\begin{bmatrix} and \\end{bmatrix}."""
    lines = text.splitlines()
    begin, end = lines.index(r"\begin{bmatrix}"), lines.index(r"\end{bmatrix}")
    assert end == len(lines) - 1
    return lines, lines[begin + 1 : end]


@pytest.mark.parametrize("precision", [0, 3, 6])
def test_tex_matrix(tmp_path, capsys, precision):
    out = tmp_path / "masked.tex"
    args = ["--tokens", "a b c", "--mask", "causal", "--matrix", "masked", "--head", "1"]
    assert export(capsys, *args, "--precision", str(precision), "--out", str(out))[0] == 0
    lines, body = tex_body(out.read_text(encoding="utf-8"))
    assert "% rows: a, b, c" in lines
    assert "% columns: a, b, c" in lines
    assert not any("MaxMatrixCols" in line for line in lines)
    assert all(line.startswith("%") for line in lines[: lines.index(r"\begin{bmatrix}")])

    expected = compute_trace(AttentionConfig(tokens=("a", "b", "c"), mask="causal")).get("masked", 0).array
    number = r"-?\d+" + (rf"\.\d{{{precision}}}" if precision else "")
    assert len(body) == 3
    for i, line in enumerate(body):
        assert line.endswith(r" \\") == (i < 2)
        cells = line.removesuffix(r" \\").split(" & ")
        assert line.count("&") == 2
        for j, cell in enumerate(cells):
            if j > i:
                assert cell == r"-\infty"
            else:
                assert re.fullmatch(number, cell), cell
                assert abs(float(cell) - expected[i, j]) <= 0.5 * 10**-precision + 1e-12


@pytest.mark.parametrize("columns", [10, 11, 16])
def test_tex_wide_matrix_raises_the_column_limit(tmp_path, capsys, columns):
    out = tmp_path / "x.tex"
    args = ["--tokens", "a b", "--d-model", str(columns), "--heads", "1", "--matrix", "x"]
    assert export(capsys, *args, "--out", str(out))[0] == 0
    lines, body = tex_body(out.read_text(encoding="utf-8"))
    setting = rf"\setcounter{{MaxMatrixCols}}{{{columns}}}"
    assert (setting in lines) == (columns > 10)  # amsmath allows 10 columns by default
    if columns > 10:
        assert lines.index(setting) < lines.index(r"\begin{bmatrix}")
    assert [line.count("&") for line in body] == [columns - 1] * 2
    assert "% columns: " + ", ".join(str(i) for i in range(1, columns + 1)) in lines


def test_tex_writes_small_negatives_without_a_minus_sign(tmp_path, capsys):
    out = tmp_path / "w.tex"
    args = ["--tokens", "a b c", "--matrix", "w_q", "--precision", "0"]
    assert export(capsys, *args, "--out", str(out))[0] == 0
    w_q = compute_trace(AttentionConfig(tokens=("a", "b", "c"))).get("w_q").array
    assert ((w_q > -0.5) & (w_q < 0)).any()  # some cells round to zero from below
    _, body = tex_body(out.read_text(encoding="utf-8"))
    cells = [cell for line in body for cell in line.removesuffix(r" \\").split(" & ")]
    assert cells == [str(round(v)) for v in w_q.flat]  # int(-0) prints as "0"
