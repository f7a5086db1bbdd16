"""A folder on a file system that is nearly full, for the exports that must fail cleanly on one."""

import os
import shutil
import subprocess

import pytest

SIZE = 128 * 1024  # room for a previous export, not for a film


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a tmpfs of SIZE bytes, mounted for the test (root only) and unmounted after."""
    folder = tmp_path / "small"
    folder.mkdir()
    mount = shutil.which("mount")
    if mount is None or os.geteuid() != 0:
        pytest.skip("filling a disk needs a small file system, which only root can mount (mount -t tmpfs)")
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", f"size={SIZE},mode=0777", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
