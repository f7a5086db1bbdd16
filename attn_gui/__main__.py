"""Entry point: ``attn-gui [options]`` opens the window, ``attn-gui export ...`` writes files."""

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the process's arguments) and return its exit status.

    Bad input is reported as one line on stderr with status 2, never a traceback.
    """
    from attn_gui.cli.parser import CommandLineError, ParserDone

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["export"]:
            from attn_gui.cli.export_command import run_export

            return run_export(args[1:])
        from attn_gui.cli.gui_command import run_gui

        return run_gui(args)
    except ParserDone as done:
        return done.status
    except CommandLineError as error:
        print("attn-gui: error: " + " ".join(str(error).split()), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
