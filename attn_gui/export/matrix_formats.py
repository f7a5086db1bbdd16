"""A trace's matrices as files and clipboard text, for slides, handouts and notebooks.

NPZ and JSON hold every matrix; CSV, NPY, LaTeX and Markdown hold one, and
``export_matrices`` writes one file per matrix into a folder for "all of them".
No Qt here: the command line and the window share these writers.
"""

import contextlib
import csv
import dataclasses
import functools
import io
import json
import math
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, Literal

import numpy as np

from attn_gui import __version__
from attn_gui.core import AttentionTrace, TraceMatrix
from attn_gui.export.atomic import atomic_write
from attn_gui.notation import MATRIX_SYMBOLS

TexEnvironment = Literal["bmatrix", "pmatrix"]
TEX_ENVIRONMENTS: tuple[TexEnvironment, ...] = ("bmatrix", "pmatrix")
MAX_PRECISION = 17  # a float64 needs at most 17 significant digits; more decimals only add noise

# Strict JSON has no infinities; a masked score is -inf, so non-finite numbers become text.
_NON_FINITE = {math.inf: "inf", -math.inf: "-inf"}


@dataclasses.dataclass(frozen=True)
class MatrixExportOptions:
    """How a one-matrix format rounds and brackets; formats that keep every digit ignore it.

    Validated on creation, so a writer never meets a precision it cannot honour.
    """

    precision: int = 4
    environment: TexEnvironment = "bmatrix"

    def __post_init__(self) -> None:
        _check_precision(self.precision)
        _check_environment(self.environment)


class ExportError(Exception):
    """Writing ``path`` failed with ``error``.

    Carries the file or folder the user chose (not the temporary file the OS error names),
    so the message can say which one to fix.
    """

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(f"{path}: {error}")
        self.path = path
        self.error = error


def _check_precision(precision: int) -> None:
    if isinstance(precision, bool) or not isinstance(precision, int) or not 0 <= precision <= MAX_PRECISION:
        raise ValueError(f"precision must be a whole number from 0 to {MAX_PRECISION}, got {precision!r}")


def _check_environment(environment: str) -> None:
    if environment not in TEX_ENVIRONMENTS:
        raise ValueError(f"environment must be one of {', '.join(TEX_ENVIRONMENTS)}, got {environment!r}")


def _rounded(value: float, precision: int) -> str:
    """Fixed decimals with an ASCII minus, and no "-0.0000" on a slide."""
    text = f"{value:.{precision}f}"
    return text.lstrip("-") if float(text) == 0 else text


# --- every matrix: NPZ and JSON ------------------------------------------------------------


def write_npz(trace: AttentionTrace, stream: BinaryIO) -> None:
    """Every matrix under its stage name, per-head ones stacked as (h, rows, columns): what
    ``np.savez`` writes, but stacked one at a time, where savez would hold a second copy of
    every per-head matrix at once (the largest trace's export needed 1.6 GB)."""
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        for name in trace.names:
            with archive.open(f"{name}.npy", "w", force_zip64=True) as entry:
                np.lib.format.write_array(entry, trace.stacked(name), allow_pickle=False)
        labels = {"tokens": trace.tokens, **({"kv_tokens": trace.kv_tokens} if trace.cross else {})}
        for name, tokens in labels.items():  # text arrays (not objects): np.load reads them unpickled
            with archive.open(f"{name}.npy", "w") as entry:
                np.lib.format.write_array(entry, np.array(tokens, dtype=str), allow_pickle=False)


def _json_number(value: float) -> float | str:
    return value if math.isfinite(value) else _NON_FINITE.get(value, "nan")


_dumps = functools.partial(json.dumps, ensure_ascii=False, allow_nan=False)


def _json_matrix(array: np.ndarray) -> Iterator[str]:
    """A 2-D array's JSON, a row at a time."""
    for i, row in enumerate(array):
        values = row.tolist()
        if not np.isfinite(row).all():
            values = [_json_number(value) for value in values]
        yield ("[" if i == 0 else ", ") + _dumps(values)
    yield "]"


def _json_text(trace: AttentionTrace) -> Iterator[str]:
    """The trace's JSON document in pieces: configuration, tokens, and each matrix with its labels."""
    header = {
        "generator": f"attn-gui {__version__}",
        "config": dataclasses.asdict(trace.source),
        "tokens": list(trace.tokens),
        "kv_tokens": list(trace.kv_tokens),
        "non_finite": "masked scores of -inf are written as the string '-inf'",
    }
    yield _dumps(header)[:-1] + ', "matrices": {'
    for i, name in enumerate(trace.names):
        first, per_head = trace.get(name, 0), trace.is_per_head(name)
        heads = [trace.get(name, h).array for h in range(trace.num_heads)] if per_head else [first.array]
        labels = {
            "per_head": per_head,
            "shape": [len(heads), *first.array.shape] if per_head else list(first.array.shape),
            "symbols": list(first.symbols),
            "rows": list(first.rows),
            "columns": list(first.columns),
        }
        yield (", " if i else "") + _dumps(name) + ": " + _dumps(labels)[:-1] + ', "values": '
        for h, array in enumerate(heads):
            yield ("[" if per_head and h == 0 else ", " if h else "")
            yield from _json_matrix(array)
        yield "]}" if per_head else "}"
    yield "}}"


def write_json(trace: AttentionTrace, stream: BinaryIO) -> None:
    """One JSON document, written as it is made: as Python objects the largest trace would take
    about 6 GB (every number a float object in a list), and the size check never counts that."""
    for piece in _json_text(trace):
        stream.write(piece.encode("utf-8"))


# --- one matrix: CSV, NPY, TSV -------------------------------------------------------------

# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_label(text: str) -> str:
    """A token such as "=HYPERLINK(…)" or "-" kept as text, not run as a formula: prefixed with a
    single quote, as OWASP advises against CSV injection. Numbers are never labels."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(matrix: TraceMatrix, stream: BinaryIO) -> None:
    """Token labels as the header row and first column; full precision.

    UTF-8 with a byte-order mark, so that spreadsheet programs read Chinese tokens right.
    """
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["", *map(_spreadsheet_label, matrix.columns)])
    for label, row in zip(matrix.rows, matrix.array.tolist(), strict=True):
        writer.writerow([_spreadsheet_label(label), *(repr(v) for v in row)])
    stream.write(text.getvalue().encode("utf-8-sig"))


def write_npy(matrix: TraceMatrix, stream: BinaryIO) -> None:
    """The bare float64 array, readable with ``np.load(path)`` and no pickle; labels are not kept."""
    np.save(stream, matrix.array, allow_pickle=False)


def _tsv_cell(text: str) -> str:
    return _spreadsheet_label(re.sub(r"[\t\r\n]", " ", text))  # a tab or line break would split the cell


def tsv_text(matrix: TraceMatrix, precision: int | None = None) -> str:
    """Tab-separated text with the labels, for pasting into a spreadsheet.

    Every digit (the shortest exact form) when ``precision`` is None. An ASCII minus, so
    LibreOffice Calc and Excel read numbers; −∞ is written "-inf", which both keep as text:
    SUM and AVERAGE skip it and arithmetic on it shows an error instead of a wrong number,
    while NumPy, pandas and Python's float() read it back as -inf.
    """
    if precision is not None:
        _check_precision(precision)

    def number(value: float) -> str:
        if math.isinf(value):
            return "-inf" if value < 0 else "inf"
        return repr(value) if precision is None else _rounded(value, precision)

    lines = ["\t".join(["", *map(_tsv_cell, matrix.columns)])]
    for label, row in zip(matrix.rows, matrix.array.tolist(), strict=True):
        lines.append("\t".join([_tsv_cell(label), *map(number, row)]))
    return "\n".join(lines) + "\n"


# --- one matrix: LaTeX ---------------------------------------------------------------------


def _tex_number(value: float, precision: int) -> str:
    if math.isinf(value):
        return r"-\infty" if value < 0 else r"\infty"
    return _rounded(value, precision)


def tex_matrix(matrix: TraceMatrix, precision: int = 4, environment: TexEnvironment = "bmatrix") -> str:
    """An amsmath bmatrix or pmatrix; the labels and shape go in comments so the source stays readable."""
    _check_precision(precision)
    _check_environment(environment)
    head = "" if matrix.head is None else f", head {matrix.head + 1}"
    lines = [
        f"% attn-gui {__version__}: {matrix.name}{head}, {matrix.shape_label}",
        f"% rows: {', '.join(matrix.rows)}",
        f"% columns: {', '.join(matrix.columns)}",
    ]
    if len(matrix.columns) > 10:  # amsmath's default limit
        lines.append(rf"\setcounter{{MaxMatrixCols}}{{{len(matrix.columns)}}}")
    lines.append(rf"\begin{{{environment}}}")
    rows = matrix.array.tolist()
    for i, row in enumerate(rows):
        end = r" \\" if i < len(rows) - 1 else ""
        lines.append(" & ".join(_tex_number(v, precision) for v in row) + end)
    lines.append(rf"\end{{{environment}}}")
    return "\n".join(lines) + "\n"


def write_tex(
    matrix: TraceMatrix, stream: BinaryIO, precision: int = 4, environment: TexEnvironment = "bmatrix"
) -> None:
    stream.write(tex_matrix(matrix, precision, environment).encode("utf-8"))


# --- one matrix: Markdown ------------------------------------------------------------------

# Characters GitHub Markdown would read as table, emphasis, code, link or HTML syntax.
_MARKDOWN_SPECIAL = re.compile(r"([\\|*_`~\[\]<>])")


def _markdown_label(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _markdown_number(value: float, precision: int) -> str:
    """As on screen: a real minus sign and −∞, so the rendered table reads like the lesson."""
    if math.isinf(value):
        return "−∞" if value < 0 else "∞"
    return _rounded(value, precision).replace("-", "−")


def _width(text: str) -> int:
    """Columns a monospaced editor gives ``text``: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


def markdown_caption(matrix: TraceMatrix) -> str:
    """'**Q** (head 1), (n, d_k) = (3, 2)': the lesson's symbol, the head from 1, the shape."""
    head = "" if matrix.head is None else f" (head {matrix.head + 1})"
    return f"**{MATRIX_SYMBOLS[matrix.name]}**{head}, {matrix.shape_label}"


def markdown_table(matrix: TraceMatrix, precision: int = 4) -> str:
    """A GitHub-flavoured table under a caption; labels first, numbers right-aligned.

    Columns are padded to one width so that the raw text lines up in an editor too.
    """
    _check_precision(precision)
    rows = [["", *map(_markdown_label, matrix.columns)]]
    for label, values in zip(matrix.rows, matrix.array.tolist(), strict=True):
        rows.append([_markdown_label(label), *(_markdown_number(v, precision) for v in values)])
    widths = [max(3, *(_width(row[j]) for row in rows)) for j in range(len(rows[0]))]
    rule = ["-" * widths[0], *("-" * (w - 1) + ":" for w in widths[1:])]

    def line(cells: list[str], right: bool) -> str:
        padded = (_pad(c, w, right and j > 0) for j, (c, w) in enumerate(zip(cells, widths, strict=True)))
        return "| " + " | ".join(padded) + " |"

    table = [line(rows[0], right=True), line(rule, right=False), *(line(r, right=True) for r in rows[1:])]
    return "\n".join([markdown_caption(matrix), "", *table]) + "\n"


def write_markdown(matrix: TraceMatrix, stream: BinaryIO, precision: int = 4) -> None:
    stream.write(markdown_table(matrix, precision).encode("utf-8"))


# --- dispatch by extension -----------------------------------------------------------------

OneMatrixWriter = Callable[[TraceMatrix, BinaryIO, MatrixExportOptions], None]
TraceWriter = Callable[[AttentionTrace, BinaryIO, MatrixExportOptions], None]

ONE_MATRIX_FORMATS: Mapping[str, OneMatrixWriter] = {
    ".csv": lambda matrix, stream, options: write_csv(matrix, stream),
    ".tex": lambda matrix, stream, options: write_tex(matrix, stream, options.precision, options.environment),
    ".md": lambda matrix, stream, options: write_markdown(matrix, stream, options.precision),
    ".npy": lambda matrix, stream, options: write_npy(matrix, stream),
}
ALL_MATRICES_FORMATS: Mapping[str, TraceWriter] = {
    ".npz": lambda trace, stream, options: write_npz(trace, stream),
    ".json": lambda trace, stream, options: write_json(trace, stream),
}


def each_matrix(trace: AttentionTrace) -> tuple[TraceMatrix, ...]:
    """Every matrix in lesson order, a per-head one for each head in turn (Q head 1, Q head 2, K …)."""
    heads = range(trace.num_heads)
    return tuple(trace.get(n, h) for n in trace.names for h in (heads if trace.is_per_head(n) else (None,)))


def matrix_file_name(matrix: TraceMatrix, suffix: str) -> str:
    """'q_head1.csv' or 'x.csv': the stage name the command line uses, heads counted from 1."""
    stem = matrix.name if matrix.head is None else f"{matrix.name}_head{matrix.head + 1}"
    return stem + suffix


def _one_matrix_writer(suffix: str) -> OneMatrixWriter:
    try:
        return ONE_MATRIX_FORMATS[suffix]
    except KeyError:
        known = ", ".join([*ONE_MATRIX_FORMATS, *ALL_MATRICES_FORMATS])
        raise ValueError(f"unknown matrix format {suffix!r}: use one of {known}") from None


def export_each_matrix(
    trace: AttentionTrace, folder: Path, suffix: str, options: MatrixExportOptions
) -> list[Path]:
    """One file per matrix in ``folder`` (made if missing, but not its parents), each atomically.

    On a failure the files and the folder this call created are removed again, so a failed
    export into a new folder leaves nothing; files it replaced are whole new versions.
    Raises ExportError naming the folder or file at fault.
    """
    write = _one_matrix_writer(suffix)
    made_folder = not folder.exists()
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise ExportError(folder, error) from error
    written: list[Path] = []
    created: list[Path] = []
    for matrix in each_matrix(trace):
        target = folder / matrix_file_name(matrix, suffix)
        is_new = not target.exists()
        try:
            written.append(_write_file(target, lambda stream, m=matrix: write(m, stream, options)))
        except ExportError:
            _remove(created, folder if made_folder else None)
            raise
        if is_new:
            created.append(target)
    return written


def _remove(files: list[Path], folder: Path | None) -> None:
    for path in files:
        path.unlink(missing_ok=True)
    if folder is not None:
        with contextlib.suppress(OSError):  # something else was put there meanwhile: not ours
            folder.rmdir()


def _write_file(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    try:
        atomic_write(path, write)
    except OSError as error:
        raise ExportError(path, error) from error
    return path


def export_matrices(
    trace: AttentionTrace,
    matrix: TraceMatrix | None,
    path: Path,
    suffix: str,
    options: MatrixExportOptions,
) -> list[Path]:
    """Write what a user asked for and return the files written.

    ``suffix`` picks the format. NPZ and JSON always hold every matrix, in the file ``path``;
    a one-matrix format writes ``matrix`` to the file ``path``, or with ``matrix`` None one
    file per matrix into the folder ``path``. Raises ExportError, or ValueError for a suffix
    that is no format.
    """
    if suffix in ALL_MATRICES_FORMATS:
        write_trace = ALL_MATRICES_FORMATS[suffix]
        return [_write_file(path, lambda stream: write_trace(trace, stream, options))]
    if matrix is None:
        return export_each_matrix(trace, path, suffix, options)
    write_matrix = _one_matrix_writer(suffix)
    return [_write_file(path, lambda stream: write_matrix(matrix, stream, options))]
