"""Every matrix format written and read back: the trace's numbers, its labels, and −∞ where masked."""

import csv
import dataclasses
import io
import json
import math
import re
import shutil
import subprocess
import sys
import weakref

import numpy as np
import pytest

from attn_gui import __version__
from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.export import atomic
from attn_gui.export.matrix_formats import (
    ALL_MATRICES_FORMATS,
    ONE_MATRIX_FORMATS,
    ExportError,
    MatrixExportOptions,
    each_matrix,
    export_each_matrix,
    export_matrices,
    markdown_table,
    tex_matrix,
    tsv_text,
    write_json,
    write_markdown,
    write_npy,
    write_tex,
)

# Chinese, a pipe and a backslash in the labels; a causal mask for −∞ above the diagonal.
TOKENS = ("我", "a|b", "c\\d", "学习")
TRACE = compute_trace(AttentionConfig(tokens=TOKENS, d_model=4, num_heads=2, mask="causal", seed=3))
MASKED = TRACE.get("masked", 1)
PER_HEAD_FILES = ("q", "k", "k_t", "v", "scores", "scaled", "masked", "weights", "head_output")
SHARED_FILES = ("x", "pe", "x_in", "w_q", "w_k", "w_v", "w_o", "concat", "output")


def written(writer, subject, options=None):
    stream = io.BytesIO()
    writer(subject, stream, options or MatrixExportOptions())
    return stream.getvalue()


def assert_rounded(text, value, precision):
    """``text`` is ``value`` to ``precision`` decimals, with exactly that many."""
    assert re.fullmatch(r"-?\d+" + (rf"\.\d{{{precision}}}" if precision else ""), text), text
    assert abs(float(text) - value) <= 0.5 * 10**-precision * (1 + 1e-9) + 1e-15


# --- NPY and NPZ --------------------------------------------------------------------------


@pytest.mark.parametrize("key", [("masked", 1), ("q", 0), ("w_o", None), ("x", None)])
def test_npy_holds_one_matrix_exactly(key):
    matrix = TRACE.get(*key)
    loaded = np.load(io.BytesIO(written(ONE_MATRIX_FORMATS[".npy"], matrix)), allow_pickle=False)
    np.testing.assert_array_equal(loaded, matrix.array, strict=True)
    assert loaded.dtype == np.float64


def test_write_npy_keeps_the_masked_infinities():
    stream = io.BytesIO()
    write_npy(MASKED, stream)
    loaded = np.load(io.BytesIO(stream.getvalue()), allow_pickle=False)
    assert np.isneginf(loaded[np.triu_indices(4, 1)]).all()
    assert np.isfinite(loaded[np.tril_indices(4)]).all()


def test_npz_holds_every_matrix_stacked_by_head():
    with np.load(io.BytesIO(written(ALL_MATRICES_FORMATS[".npz"], TRACE)), allow_pickle=False) as npz:
        arrays = dict(npz)
    assert arrays.pop("tokens").tolist() == list(TRACE.tokens)  # text, readable without pickle
    assert set(arrays) == set(TRACE.names)
    assert arrays["q"].shape == (2, 4, 2)
    for name in TRACE.names:
        np.testing.assert_array_equal(arrays[name], TRACE.stacked(name), strict=True, err_msg=name)


class CountingTrace:
    """A trace that counts the stacked copies alive at once (they are the export's own memory)."""

    def __init__(self, trace):
        self.trace, self.alive, self.most = trace, 0, 0

    def __getattr__(self, name):
        return getattr(self.trace, name)

    def stacked(self, name):
        array = self.trace.stacked(name).copy()
        self.alive += 1
        self.most = max(self.most, self.alive)
        weakref.finalize(array, self.release)
        return array

    def release(self):
        self.alive -= 1


def test_npz_stacks_one_matrix_at_a_time():
    """np.savez(**every_array) held a second copy of every per-head matrix: 1.6 GB for the
    largest trace the size check allows, whose matrices take 0.97 GB."""
    counting = CountingTrace(TRACE)
    stream = io.BytesIO()
    ALL_MATRICES_FORMATS[".npz"](counting, stream, MatrixExportOptions())
    assert counting.most == 1
    with np.load(io.BytesIO(stream.getvalue()), allow_pickle=False) as npz:
        assert sorted(npz.files) == sorted([*TRACE.names, "tokens"])


# --- JSON and CSV -------------------------------------------------------------------------


def test_json_holds_every_matrix_with_labels_and_inf_as_text():
    doc = json.loads(written(ALL_MATRICES_FORMATS[".json"], TRACE).decode("utf-8"))
    assert doc["tokens"] == list(TOKENS)
    for name, entry in doc["matrices"].items():
        values = json.loads(json.dumps(entry["values"]).replace('"-inf"', "-Infinity"))
        np.testing.assert_array_equal(np.array(values), TRACE.stacked(name), err_msg=name)
    assert doc["matrices"]["masked"]["values"][1][0][1] == "-inf"
    assert doc["matrices"]["weights"]["rows"] == list(TOKENS)


def reference_json(trace):
    """What the JSON export wrote when it built the whole document first (json.dumps of it)."""
    non_finite = {math.inf: "inf", -math.inf: "-inf"}

    def values(array):
        return (
            [values(a) for a in array]
            if array.ndim > 1
            else [v if math.isfinite(v) else non_finite.get(v, "nan") for v in array.tolist()]
        )

    matrices = {}
    for name in trace.names:
        first, array = trace.get(name, 0), trace.stacked(name)
        matrices[name] = {
            "per_head": trace.is_per_head(name),
            "shape": list(array.shape),
            "symbols": list(first.symbols),
            "rows": list(first.rows),
            "columns": list(first.columns),
            "values": values(array),
        }
    document = {
        "generator": f"attn-gui {__version__}",
        "config": dataclasses.asdict(trace.source),
        "tokens": list(trace.tokens),
        "kv_tokens": list(trace.kv_tokens),
        "non_finite": "masked scores of -inf are written as the string '-inf'",
        "matrices": matrices,
    }
    return json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")


@pytest.mark.parametrize(
    "config",
    [
        AttentionConfig(tokens=TOKENS, d_model=4, num_heads=2, mask="causal", seed=3),
        AttentionConfig(tokens=("a",), d_model=1, num_heads=1),
        AttentionConfig(tokens=("a", "b"), kv_tokens=("x", "y", "z"), d_model=6, num_heads=3, mask="causal"),
    ],
    ids=["causal", "one value", "cross"],
)
def test_json_is_the_document_it_always_was(config):
    trace = compute_trace(config)
    assert written(ALL_MATRICES_FORMATS[".json"], trace) == reference_json(trace)


class RecordingStream(io.BytesIO):
    def __init__(self):
        super().__init__()
        self.sizes = []

    def write(self, data):
        self.sizes.append(len(data))
        return super().write(data)


def test_json_is_written_row_by_row():
    """As Python objects, the largest trace's document took 10 GB (the matrices 0.97 GB):
    the export writes each row as it goes, never the whole document at once."""
    trace = compute_trace(AttentionConfig(tokens=tuple("abcdefgh"), d_model=16, num_heads=4))
    stream = RecordingStream()
    write_json(trace, stream)
    assert max(stream.sizes) < 600  # the header, then a row of at most 16 numbers at a time
    assert len(stream.sizes) > sum(len(m.array) for m in each_matrix(trace))


def test_csv_holds_labels_and_every_digit():
    text = written(ONE_MATRIX_FORMATS[".csv"], MASKED).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["", *TOKENS]
    assert [row[0] for row in rows[1:]] == list(TOKENS)
    assert [[float(v) for v in row[1:]] for row in rows[1:]] == MASKED.array.tolist()


# --- LaTeX --------------------------------------------------------------------------------


def tex_parts(text, environment):
    lines = text.splitlines()
    begin, end = lines.index(rf"\begin{{{environment}}}"), lines.index(rf"\end{{{environment}}}")
    assert end == len(lines) - 1
    return lines[:begin], lines[begin + 1 : end]


@pytest.mark.parametrize("environment", ["bmatrix", "pmatrix"])
@pytest.mark.parametrize("precision", [0, 3, 17])
def test_tex_structure_labels_precision_and_infinity(tmp_path, environment, precision):
    options = MatrixExportOptions(precision=precision, environment=environment)
    text = written(ONE_MATRIX_FORMATS[".tex"], MASKED, options).decode("utf-8")
    assert text == tex_matrix(MASKED, precision, environment)
    preamble, body = tex_parts(text, environment)
    other = "pmatrix" if environment == "bmatrix" else "bmatrix"
    assert other not in text
    assert all(line.startswith("%") for line in preamble)  # the labels stay out of the maths
    assert "% rows: 我, a|b, c\\d, 学习" in preamble
    assert "% columns: 我, a|b, c\\d, 学习" in preamble
    assert "(n, n) = (4, 4)" in preamble[0]
    assert "head 2" in preamble[0]
    assert len(body) == 4
    for i, line in enumerate(body):
        assert line.endswith(r" \\") == (i < 3)
        assert line.count("&") == 3
        for j, cell in enumerate(line.removesuffix(r" \\").split(" & ")):
            if j > i:
                assert cell == r"-\infty"
            else:
                assert_rounded(cell, MASKED.array[i, j], precision)
    if shutil.which("pdflatex"):  # compile it when TeX is installed: the file must typeset
        document = "\\documentclass{article}\\usepackage{amsmath}\\begin{document}\n$%s$\n\\end{document}\n"
        (tmp_path / "m.tex").write_text(document % text, encoding="utf-8")
        run = subprocess.run(
            ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "m.tex"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode == 0, run.stdout[-2000:]
        assert (tmp_path / "m.pdf").stat().st_size > 0


def test_write_tex_takes_the_environment():
    stream = io.BytesIO()
    write_tex(TRACE.get("q", 0), stream, 2, "pmatrix")
    _, body = tex_parts(stream.getvalue().decode("utf-8"), "pmatrix")
    assert [line.count("&") for line in body] == [1] * 4
    assert_rounded(body[0].split(" & ")[0], TRACE.get("q", 0).array[0, 0], 2)


@pytest.mark.parametrize(
    ("precision", "environment"), [(-1, "bmatrix"), (18, "bmatrix"), (2.5, "bmatrix"), (4, "vmatrix")]
)
def test_precision_and_environment_are_checked(precision, environment):
    with pytest.raises(ValueError, match=r"precision|environment"):
        tex_matrix(MASKED, precision, environment)
    with pytest.raises(ValueError, match=r"precision|environment"):
        MatrixExportOptions(precision, environment)


# --- Markdown -----------------------------------------------------------------------------


def markdown_cells(line):
    """A table line's cells: split on unescaped pipes, then the escapes undone."""
    assert line.startswith("| "), line
    assert line.endswith(" |"), line
    cells = re.split(r"(?<!\\)\|", line[1:-1])
    return [re.sub(r"\\(.)", r"\1", cell.strip()) for cell in cells]


def markdown_number(text):
    return float(text.replace("−∞", "-inf").replace("−", "-"))


@pytest.mark.parametrize("precision", [0, 2, 5])
def test_markdown_table_reads_back_to_the_rounded_values_and_labels(precision):
    text = written(ONE_MATRIX_FORMATS[".md"], MASKED, MatrixExportOptions(precision=precision)).decode()
    assert text == markdown_table(MASKED, precision)
    caption, blank, header, rule, *rows = text.splitlines()
    assert caption == "**(S/√d_k + M)** (head 2), (n, n) = (4, 4)"
    assert blank == ""
    assert markdown_cells(header) == ["", *TOKENS]
    assert "a\\|b" in header  # escaped, or the pipe would split the cell
    assert "c\\\\d" in header
    alignments = markdown_cells(rule)
    assert re.fullmatch("-{3,}", alignments[0])
    assert all(re.fullmatch("-{2,}:", cell) for cell in alignments[1:])
    assert len(rows) == 4
    for i, row in enumerate(rows):
        label, *cells = markdown_cells(row)
        assert label == TOKENS[i]
        assert cells[i + 1 :] == ["−∞"] * (3 - i)
        assert "-" not in row  # a real minus sign, as on screen
        for j, cell in enumerate(cells[: i + 1]):
            assert_rounded(cell.replace("−", "-"), MASKED.array[i, j], precision)
            assert markdown_number(cell) == pytest.approx(round(MASKED.array[i, j], precision), abs=1e-12)


def test_markdown_caption_names_the_head_and_shape_and_lines_up():
    assert markdown_table(TRACE.get("q", 0), 4).splitlines()[0] == "**Q** (head 1), (n, d_k) = (4, 2)"
    w_o = markdown_table(TRACE.get("w_o"), 1).splitlines()
    assert w_o[0] == "**W_O**, (h·d_v, d_model) = (4, 4)"
    pipes = {tuple(m.start() for m in re.finditer(r"\|", line)) for line in w_o[2:]}
    assert len(pipes) == 1  # padded: the columns line up in the raw text too


def test_markdown_writes_no_negative_zero_and_utf8():
    config = AttentionConfig(tokens=("我", "爱"), d_model=4, num_heads=1, seed=0)
    w_q = compute_trace(config).get("w_q")
    assert ((w_q.array > -0.5) & (w_q.array < 0)).any()  # cells that round to zero from below
    stream = io.BytesIO()
    write_markdown(w_q, stream, 0)
    text = stream.getvalue().decode("utf-8")
    cells = [cell for line in text.splitlines()[4:] for cell in markdown_cells(line)[1:]]
    assert "−0" not in cells
    assert [markdown_number(c) for c in cells] == [round(v) + 0.0 for v in w_q.array.flat]


# --- TSV ----------------------------------------------------------------------------------


def tsv_rows(text):
    assert text.endswith("\n")
    return [line.split("\t") for line in text[:-1].split("\n")]


def test_tsv_reads_back_exactly_with_labels_and_inf():
    rows = tsv_rows(tsv_text(MASKED))
    assert rows[0] == ["", *TOKENS]
    assert [row[0] for row in rows[1:]] == list(TOKENS)
    assert [[float(v) for v in row[1:]] for row in rows[1:]] == MASKED.array.tolist()
    assert rows[1][2:] == ["-inf"] * 3  # ASCII: spreadsheets and float() read it


FORMULAS = ("=1+1", "+SUM(A1)", "-x", "@cmd", '=HYPERLINK("http://e.x")')


def test_spreadsheet_formulas_in_labels_stay_text():
    """OWASP's advice against CSV injection: a label a spreadsheet would run as a formula is
    prefixed with a single quote. Numbers, negative ones included, are written as numbers."""
    matrix = compute_trace(AttentionConfig(tokens=(*FORMULAS, "plain"), d_model=5, num_heads=1)).get(
        "scores", 0
    )
    quoted = ["'" + label for label in FORMULAS] + ["plain"]
    csv_rows = list(csv.reader(io.StringIO(written(ONE_MATRIX_FORMATS[".csv"], matrix).decode("utf-8-sig"))))
    for rows in (csv_rows, tsv_rows(tsv_text(matrix))):
        assert rows[0] == ["", *quoted]
        assert [row[0] for row in rows[1:]] == quoted
        numbers = [cell for row in rows[1:] for cell in row[1:]]
        assert any(cell.startswith("-") for cell in numbers)  # negative numbers, not quoted
        assert [float(cell) for cell in numbers] == matrix.array.ravel().tolist()


def test_tsv_rounds_when_asked_with_an_ascii_minus():
    q = TRACE.get("q", 1)
    rows = tsv_rows(tsv_text(q, precision=2))
    assert rows[0] == ["", "1", "2"]
    for row, values in zip(rows[1:], q.array, strict=True):
        for cell, value in zip(row[1:], values, strict=True):
            assert_rounded(cell, value, 2)
    assert "−" not in tsv_text(q, 2)
    with pytest.raises(ValueError, match="precision"):
        tsv_text(q, 18)


# --- dispatch and one file per matrix -----------------------------------------------------


def test_the_registries_name_the_formats_by_extension():
    assert set(ONE_MATRIX_FORMATS) == {".csv", ".tex", ".md", ".npy"}
    assert set(ALL_MATRICES_FORMATS) == {".npz", ".json"}


@pytest.mark.parametrize("suffix", [".csv", ".tex", ".md", ".npy"])
def test_export_each_matrix_writes_one_named_file_per_matrix(tmp_path, suffix):
    folder = tmp_path / "handout"  # made by the export
    paths = export_each_matrix(TRACE, folder, suffix, MatrixExportOptions(precision=3))
    expected = {f"{name}{suffix}" for name in SHARED_FILES} | {
        f"{name}_head{h}{suffix}" for name in PER_HEAD_FILES for h in (1, 2)
    }
    assert {p.name for p in paths} == expected
    assert len(paths) == len(each_matrix(TRACE)) == 27
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)  # no temporary files left
    head2 = (folder / f"q_head2{suffix}").read_bytes()
    assert head2 == written(ONE_MATRIX_FORMATS[suffix], TRACE.get("q", 1), MatrixExportOptions(precision=3))
    assert head2 != (folder / f"q_head1{suffix}").read_bytes()


def test_each_matrix_lists_heads_together_in_lesson_order():
    names = [(m.name, m.head) for m in each_matrix(TRACE)]
    assert names[:3] == [("x", None), ("pe", None), ("x_in", None)]
    assert names.index(("q", 1)) == names.index(("q", 0)) + 1
    assert names.index(("k", 0)) == names.index(("q", 1)) + 1
    assert names[-2:] == [("concat", None), ("output", None)]


def fail_on_call(monkeypatch, count):
    """Make the ``count``-th file creation in atomic writes fail, as a full disk would."""
    calls = []
    real_open = atomic.os.open

    def fake(path, *args, **kwargs):
        calls.append(path)
        if len(calls) == count:
            raise OSError(28, "No space left on device")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", fake)


def test_failed_export_into_a_new_folder_leaves_nothing(tmp_path, monkeypatch):
    fail_on_call(monkeypatch, 5)
    folder = tmp_path / "new"
    with pytest.raises(ExportError) as raised:
        export_each_matrix(TRACE, folder, ".csv", MatrixExportOptions())
    assert raised.value.path == folder / "w_k.csv"  # the fifth file, not its temporary name
    assert raised.value.error.errno == 28
    assert list(tmp_path.iterdir()) == []


def test_failed_export_into_a_folder_keeps_what_was_there(tmp_path, monkeypatch):
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "pe.csv").write_text("old")
    fail_on_call(monkeypatch, 3)
    with pytest.raises(ExportError):
        export_each_matrix(TRACE, tmp_path, ".csv", MatrixExportOptions())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "pe.csv"]
    assert (tmp_path / "pe.csv").read_text() != "old"  # replaced whole before the failure


def test_export_matrices_dispatches_by_suffix(tmp_path):
    options = MatrixExportOptions()
    npz = tmp_path / "all.npz"
    assert export_matrices(TRACE, TRACE.get("q", 0), npz, ".npz", options) == [npz]  # always every matrix
    with np.load(npz, allow_pickle=False) as arrays:
        assert set(arrays.files) == {*TRACE.names, "tokens"}
    md = tmp_path / "w.md"
    assert export_matrices(TRACE, MASKED, md, ".md", options) == [md]
    assert md.read_text(encoding="utf-8") == markdown_table(MASKED)
    assert len(export_matrices(TRACE, None, tmp_path / "each", ".npy", options)) == 27
    with pytest.raises(ValueError, match="unknown matrix format"):
        export_matrices(TRACE, MASKED, tmp_path / "w.txt", ".txt", options)
    with pytest.raises(ExportError) as raised:
        export_matrices(TRACE, MASKED, tmp_path / "missing" / "w.csv", ".csv", options)
    assert raised.value.path == tmp_path / "missing" / "w.csv"
    assert isinstance(raised.value.error, FileNotFoundError)


def test_options_default_to_four_decimals_in_a_bmatrix():
    assert MatrixExportOptions() == MatrixExportOptions(4, "bmatrix")
    _, body = tex_parts(tex_matrix(MASKED), "bmatrix")
    assert_rounded(body[0].split(" & ")[0], MASKED.array[0, 0], 4)


def test_the_formats_load_no_qt():
    """The command line and scripts write these files without a GUI toolkit."""
    probe = (
        "import sys, attn_gui.export.matrix_formats; "
        "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')])"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
