"""Plain words for the ways writing a file fails, for the command line and the GUI alike."""

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def describe_write_error(error: OSError, path: Path) -> str:
    """One sentence a teacher can act on, naming the file or folder at fault."""
    folder = str(path.parent)
    if isinstance(error, FileNotFoundError) and path.parent.is_dir():
        # The folder is there but refuses to hold a new file (/proc, some virtual file systems).
        text = QCoreApplication.translate("WriteError", "The folder {folder} does not allow new files.")
    elif isinstance(error, FileNotFoundError):
        text = QCoreApplication.translate("WriteError", "The folder {folder} does not exist.")
    elif isinstance(error, PermissionError):
        text = QCoreApplication.translate("WriteError", "No permission to write in the folder {folder}.")
    elif isinstance(error, IsADirectoryError):
        text = QCoreApplication.translate("WriteError", "{path} is a folder, not a file name.")
    elif isinstance(error, NotADirectoryError):
        text = QCoreApplication.translate("WriteError", "{folder} is not a folder.")
    elif error.errno in (errno.ENOSPC, errno.EDQUOT):
        text = QCoreApplication.translate("WriteError", "The disk is full: {path} was not written.")
    elif error.errno == errno.EROFS:
        text = QCoreApplication.translate("WriteError", "The folder {folder} is read-only.")
    else:
        text = QCoreApplication.translate("WriteError", "Could not write {path}: {reason}.")
    return text.format(folder=folder, path=path, reason=error.strerror or error)
