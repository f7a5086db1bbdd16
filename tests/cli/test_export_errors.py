"""`attn-gui export` failures: one plain line, status 2, nothing written, so earlier exports stay intact."""

import errno
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from attn_gui.__main__ import main
from attn_gui.export import atomic

TOKENS = ["--tokens", "I love learning"]
OLD = b"the teacher's previous export\n"

# id: (options after --tokens "I love learning", output file, part of the one-line message)
BAD_INPUT = {
    "text size": ("--d-model abc", "o.npz", "--d-model: 'abc' is not a whole number"),
    "float size": ("--heads 2.5", "o.npz", "--heads: '2.5' is not a whole number"),
    "zero d_model": (
        "--d-model 0",
        "o.npz",
        "argument --d-model: d_model must be a whole number from 1 to 1024, got 0.",
    ),
    "negative heads": (
        "--heads -2",
        "o.npz",
        "argument --heads: num_heads must be a whole number from 1 to 64, got -2.",
    ),
    "zero d_k": ("--d-k 0", "o.npz", "d_k must be a whole number from 1 to 1024, got 0."),
    "negative seed": ("--seed -1", "o.npz", "seed must be a whole number from 0 to 4294967295, got -1."),
    "indivisible": ("--d-model 5", "o.npz", "d_model (5) must be divisible by num_heads (2)"),
    "too big": ("--d-model 1024 --heads 64 --d-k 1024", "o.npz", "more than the 1024 MB allowed"),
    "one-hot narrow": ("--embedding one-hot --d-model 2 --heads 1", "o.npz", "d_model of at least 3"),
    "blank tokens": ("--tokens '  '", "o.npz", "Enter at least one token for tokens"),
    "blank kv": ("--kv-tokens ''", "o.npz", "Enter at least one token for kv_tokens"),
    "unknown mask": ("--mask future", "o.npz", "--mask: invalid choice: 'future'"),
    "unknown option": ("--colour red", "o.npz", "unrecognized arguments: --colour red"),
    "extension": ("", "o.txt", "unknown file type '.txt': use one of .npz, .json, .csv, .tex"),
    "no extension": ("", "o", "unknown file type 'o'"),
    "unknown matrix": ("--matrix attention", "o.csv", "--matrix, one of: x, pe, x_in, w_q, w_k"),
    "no matrix": ("", "o.tex", "choose the matrix with --matrix"),
    "x_kv without kv": ("--matrix x_kv", "o.csv", "--matrix, one of: x, pe, x_in, w_q"),
    "no head": ("--matrix weights", "o.csv", "weights is per head: choose one with --head 1 to 2"),
    "head too big": ("--matrix q --head 3", "o.tex", "q is per head: choose one with --head 1 to 2"),
    "head zero": ("--matrix q --head 0", "o.csv", "q is per head: choose one with --head 1 to 2"),
    "head of x": ("--matrix x --head 1", "o.csv", "--head applies only to per-head matrices"),
    "npz matrix": ("--matrix weights", "o.npz", "--matrix and --head choose one matrix"),
    "json head": ("--head 1", "o.json", "--matrix and --head choose one matrix"),
    "precision": ("--matrix x --precision 18", "o.tex", "--precision must be from 0 to 17, got 18"),
    "csv precision": ("--matrix x --precision 3", "o.csv", "--precision applies to .tex"),
    "only extension": ("", ".npz", "'.npz' has no name before its extension"),
}


def export(capsys, *args):
    status = main(["export", *args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_refused(result, message):
    status, out, err = result
    assert status == 2
    assert out == ""
    assert err.startswith("attn-gui: error: ")
    assert err.endswith("\n")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert message in err


def assert_folder_holds(folder, files):
    """Exactly ``files`` (name -> bytes): nothing new, no hidden .part left over, nothing changed."""
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == files


@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
@pytest.mark.parametrize(("options", "name", "message"), BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input(tmp_path, capsys, options, name, message, existing):
    out = tmp_path / name
    if existing:
        out.write_bytes(OLD)
    result = export(capsys, *TOKENS, *shlex.split(options), "--out", str(out))
    assert_refused(result, message)
    assert_folder_holds(tmp_path, {name: OLD} if existing else {})


def test_missing_tokens(tmp_path, capsys):
    (tmp_path / "o.npz").write_bytes(OLD)
    result = export(capsys, "--out", str(tmp_path / "o.npz"))
    assert_refused(result, "give the sentence with --tokens (or a lesson with --lesson)")
    assert_folder_holds(tmp_path, {"o.npz": OLD})


@pytest.mark.parametrize(
    ("make", "target", "message"),
    [
        (lambda d: None, "missing/o.npz", "The folder {folder}/missing does not exist."),
        (lambda d: (d / "notes").write_bytes(OLD), "notes/o.npz", "{folder}/notes is not a folder."),
        (lambda d: (d / "o.npz").mkdir(), "o.npz", "{folder}/o.npz is a folder, not a file name."),
    ],
    ids=["missing folder", "file as folder", "folder as file"],
)
def test_out_path_that_cannot_be_a_file(tmp_path, capsys, make, target, message):
    make(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert_refused(export(capsys, *TOKENS, "--out", str(tmp_path / target)), message.format(folder=tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("o.npz", []),
        ("o.json", ["--embedding", "one-hot"]),
        ("o.csv", ["--embedding", "one-hot", "--matrix", "x"]),
    ],
    ids=["random embedding", "json labels", "csv labels"],
)
def test_token_that_is_not_utf8_is_refused_in_one_line(tmp_path, capsys, name, options):
    # A Latin-1 terminal passes "café" as b"caf\xe9"; Python's argv holds it as "caf\udce9".
    out = tmp_path / name
    result = export(capsys, "--tokens", "caf\udce9 au lait", *options, "--out", str(out))
    assert_refused(result, "tokens")
    assert_folder_holds(tmp_path, {})


# --- failures while writing ------------------------------------------------------------------


def failing(monkeypatch, function, error, folder, seen):
    """Make os.<function> raise ``error`` for files in ``folder``, noting what was on disk then."""
    real = getattr(os, function)

    def fake(target, *args, **kwargs):
        if function == "fsync" or Path(target).parent == folder:
            seen.extend((p.name, p.stat().st_size) for p in folder.iterdir())
            raise error
        return real(target, *args, **kwargs)

    monkeypatch.setattr(atomic.os, function, fake)


@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
@pytest.mark.parametrize(
    ("function", "error", "message"),
    [
        (
            "open",
            PermissionError(errno.EACCES, "Permission denied"),
            "No permission to write in the folder {folder}.",
        ),
        (
            "fsync",
            OSError(errno.ENOSPC, "No space left on device"),
            "The disk is full: {out} was not written.",
        ),
        ("replace", OSError(errno.EDQUOT, "Disk quota exceeded"), "The disk is full: {out} was not written."),
        ("replace", OSError(errno.EROFS, "Read-only file system"), "The folder {folder} is read-only."),
        ("replace", OSError(errno.EIO, "Input/output error"), "Could not write {out}: Input/output error."),
    ],
    ids=["no permission", "disk full mid-write", "quota at rename", "read-only", "I/O error"],
)
def test_write_failure(tmp_path, capsys, monkeypatch, function, error, message, existing):
    out = tmp_path / "trace.npz"
    if existing:
        out.write_bytes(OLD)
    seen = []
    failing(monkeypatch, function, error, tmp_path, seen)
    result = export(capsys, *TOKENS, "--out", str(out))
    assert_refused(result, message.format(folder=tmp_path, out=out))
    assert_folder_holds(tmp_path, {"trace.npz": OLD} if existing else {})
    if function != "open":
        # The failure came after the data went to a hidden file beside the target, now removed.
        parts = [
            (name, size) for name, size in seen if name.startswith(".trace.") and name.endswith(".part.npz")
        ]
        assert len(parts) == 1, seen
        assert parts[0][1] > 0, seen


# --- permissions --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_replaced_file_keeps_its_permission_bits(tmp_path, capsys, mode):
    out = tmp_path / "trace.npz"
    out.write_bytes(OLD)
    out.chmod(mode)
    assert export(capsys, *TOKENS, "--out", str(out))[0] == 0
    assert out.stat().st_mode & 0o7777 == mode
    assert out.read_bytes() != OLD
    with np.load(out, allow_pickle=False) as npz:
        assert "output" in npz.files
    assert [p.name for p in tmp_path.iterdir()] == ["trace.npz"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_new_file_gets_umask_permissions(tmp_path, capsys, umask, mode):
    out = tmp_path / "trace.csv"
    previous = os.umask(umask)
    try:
        status = export(capsys, *TOKENS, "--matrix", "x", "--out", str(out))[0]
    finally:
        os.umask(previous)
    assert status == 0
    assert out.stat().st_mode & 0o7777 == mode


# --- a real process --------------------------------------------------------------------------------


def run(tmp_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "attn_gui", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_real_process_reports_bad_input_with_status_2(tmp_path):
    (tmp_path / "o.npz").write_bytes(OLD)
    done = run(tmp_path, "export", "--tokens", "I love learning", "--d-model", "abc", "--out", "o.npz")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "attn-gui: error: argument --d-model: 'abc' is not a whole number\n"
    assert_folder_holds(tmp_path, {"o.npz": OLD})


def test_real_process_writes_utf8_json(tmp_path):
    done = run(tmp_path, "export", "--tokens", "我 爱 学习", "--out", "t.json")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert json.loads((tmp_path / "t.json").read_bytes())["tokens"] == ["我", "爱", "学习"]
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]
