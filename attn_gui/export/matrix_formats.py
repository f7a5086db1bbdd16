"""A trace's matrices as files: NPZ and JSON for all of them, CSV and LaTeX for one."""

import csv
import dataclasses
import io
import json
import math
from typing import Any, BinaryIO

import numpy as np

from attn_gui import __version__
from attn_gui.core import PER_HEAD, AttentionTrace, TraceMatrix

# Strict JSON has no infinities; a masked score is -inf, so non-finite numbers become text.
_NON_FINITE = {math.inf: "inf", -math.inf: "-inf"}


def trace_arrays(trace: AttentionTrace) -> dict[str, np.ndarray]:
    """Every matrix under its stage name; per-head ones stacked as (h, rows, columns)."""
    return {name: trace.stacked(name) for name in trace.names}


def write_npz(trace: AttentionTrace, stream: BinaryIO) -> None:
    np.savez(stream, **trace_arrays(trace))


def _json_number(value: float) -> float | str:
    return value if math.isfinite(value) else _NON_FINITE.get(value, "nan")


def _json_values(array: np.ndarray) -> Any:
    values = array.tolist()
    if np.isfinite(array).all():
        return values

    def convert(item: Any) -> Any:
        return [convert(x) for x in item] if isinstance(item, list) else _json_number(item)

    return convert(values)


def trace_document(trace: AttentionTrace) -> dict[str, Any]:
    """The trace as plain JSON data: configuration, tokens, and each matrix with its labels."""
    matrices = {}
    for name in trace.names:
        first = trace.get(name, 0)
        array = trace.stacked(name)
        matrices[name] = {
            "per_head": name in PER_HEAD,
            "shape": list(array.shape),
            "symbols": list(first.symbols),
            "rows": list(first.rows),
            "columns": list(first.columns),
            "values": _json_values(array),
        }
    return {
        "generator": f"attn-gui {__version__}",
        "config": dataclasses.asdict(trace.config),
        "tokens": list(trace.config.tokens),
        "kv_tokens": list(trace.kv_tokens),
        "non_finite": "masked scores of -inf are written as the string '-inf'",
        "matrices": matrices,
    }


def write_json(trace: AttentionTrace, stream: BinaryIO) -> None:
    text = json.dumps(trace_document(trace), ensure_ascii=False, allow_nan=False)
    stream.write(text.encode("utf-8"))


def write_csv(matrix: TraceMatrix, stream: BinaryIO) -> None:
    """Token labels as the header row and first column; full precision.

    UTF-8 with a byte-order mark, so that spreadsheet programs read Chinese tokens right.
    """
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["", *matrix.columns])
    for label, row in zip(matrix.rows, matrix.array.tolist(), strict=True):
        writer.writerow([label, *(repr(v) for v in row)])
    stream.write(text.getvalue().encode("utf-8-sig"))


def _tex_number(value: float, precision: int) -> str:
    if math.isinf(value):
        return r"-\infty" if value < 0 else r"\infty"
    text = f"{value:.{precision}f}"
    return text.lstrip("-") if float(text) == 0 else text  # no "-0.0000" on a slide


def tex_matrix(matrix: TraceMatrix, precision: int = 4, environment: str = "bmatrix") -> str:
    """An amsmath matrix; the labels and shape go in comments so the source stays readable."""
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


def write_tex(matrix: TraceMatrix, stream: BinaryIO, precision: int = 4) -> None:
    stream.write(tex_matrix(matrix, precision).encode("utf-8"))
