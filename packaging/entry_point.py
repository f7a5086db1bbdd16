"""The script PyInstaller freezes: the same ``main`` as the ``attn-gui`` command."""

import sys

from attn_gui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
