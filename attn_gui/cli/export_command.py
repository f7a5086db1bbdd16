"""``attn-gui export``: write the trace's matrices without opening a window."""

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

from attn_gui.cli.parser import (
    CommandLineError,
    add_config_options,
    config_from_args,
    new_parser,
    whole_number,
)
from attn_gui.core import PER_HEAD, AttentionTrace, TraceMatrix, compute_trace
from attn_gui.export.atomic import atomic_write
from attn_gui.export.matrix_formats import write_csv, write_json, write_npz, write_tex
from attn_gui.export.write_errors import describe_write_error

ALL_MATRICES = (".npz", ".json")
ONE_MATRIX = (".csv", ".tex")


def build_parser() -> argparse.ArgumentParser:
    parser = new_parser(
        "attn-gui export", QCoreApplication.translate("ExportCommand", "Write the attention trace to a file.")
    )
    add_config_options(parser, tokens_default=None)
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help=QCoreApplication.translate(
            "ExportCommand", "the file to write: .npz or .json (every matrix), .csv or .tex (one)"
        ),
    )
    parser.add_argument(
        "--matrix",
        help=QCoreApplication.translate("ExportCommand", "the matrix for .csv and .tex, e.g. weights"),
    )
    parser.add_argument(
        "--head",
        type=whole_number,
        help=QCoreApplication.translate("ExportCommand", "the head, from 1, for per-head matrices"),
    )
    parser.add_argument(
        "--precision",
        type=whole_number,
        help=QCoreApplication.translate("ExportCommand", "decimals in .tex (0 to 17, default 4)"),
    )
    return parser


def _fail(text: str, **values: object) -> CommandLineError:
    return CommandLineError(QCoreApplication.translate("ExportCommand", text).format(**values))


def _chosen_matrix(trace: AttentionTrace, name: str | None, head: int | None) -> TraceMatrix:
    """The matrix --matrix and --head name, with a message that lists what is allowed."""
    heads = trace.config.num_heads
    if name not in trace.names:
        raise _fail("choose the matrix with --matrix, one of: {names}", names=", ".join(trace.names))
    if name not in PER_HEAD:
        if head is not None:
            raise _fail("--head applies only to per-head matrices ({names})", names=", ".join(PER_HEAD))
        return trace.get(name)
    if head is None and heads == 1:
        head = 1
    if head is None or not 1 <= head <= heads:
        raise _fail("{name} is per head: choose one with --head 1 to {heads}", name=name, heads=heads)
    return trace.get(name, head - 1)


def _writer(args: argparse.Namespace, trace: AttentionTrace) -> Callable[[BinaryIO], None]:
    suffix = args.out.suffix.lower()
    if suffix in ALL_MATRICES:
        if args.matrix is not None or args.head is not None:
            raise _fail("--matrix and --head apply to .csv and .tex, which hold one matrix")
        return (lambda s: write_npz(trace, s)) if suffix == ".npz" else (lambda s: write_json(trace, s))
    matrix = _chosen_matrix(trace, args.matrix, args.head)
    if suffix == ".csv":
        if args.precision is not None:
            raise _fail("--precision applies to .tex; .csv keeps every digit")
        return lambda s: write_csv(matrix, s)
    precision = 4 if args.precision is None else args.precision
    if not 0 <= precision <= 17:
        raise _fail("--precision must be from 0 to 17, got {value}", value=precision)
    return lambda s: write_tex(matrix, s, precision)


def run_export(argv: Sequence[str]) -> int:
    """Validate everything, compute, then write atomically: bad input leaves no file."""
    args = build_parser().parse_args(argv)
    suffix = args.out.suffix.lower()
    if not suffix and args.out.name.lower() in ALL_MATRICES + ONE_MATRIX:
        raise _fail("{name!r} has no name before its extension, e.g. trace{name}", name=args.out.name)
    if suffix not in ALL_MATRICES + ONE_MATRIX:
        raise _fail(
            "unknown file type {suffix!r}: use one of {allowed}",
            suffix=suffix or args.out.name,
            allowed=", ".join(ALL_MATRICES + ONE_MATRIX),
        )
    trace = compute_trace(config_from_args(args))
    write = _writer(args, trace)
    try:
        atomic_write(args.out, write)
    except OSError as error:
        raise CommandLineError(describe_write_error(error, args.out)) from None
    return 0
