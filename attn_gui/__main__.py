"""Entry point: ``attn-gui [options]`` opens the window, ``attn-gui export ...`` writes files."""

import sys
from collections.abc import Sequence

CANCELLED = 130  # 128 + SIGINT, as the shell reports a command that Ctrl+C ended


def _say(line: str) -> None:
    print(" ".join(line.split()), file=sys.stderr)


def _export(argv: Sequence[str]) -> int:
    """``attn-gui export``; Ctrl+C is a cancel, reported in one line with status 130."""
    from attn_gui.export.cancel import ExportCancelled

    try:
        from attn_gui.cli.export_command import run_export

        return run_export(argv)
    except (ExportCancelled, KeyboardInterrupt):  # KeyboardInterrupt: while still starting up
        from PySide6.QtCore import QCoreApplication

        _say(QCoreApplication.translate("CommandLine", "attn-gui: cancelled; nothing was written"))
        return CANCELLED


def _gui_language(argv: Sequence[str]) -> None:
    """The window's command refuses in the language it will speak (--lang, or the desktop's):
    its QApplication is made now rather than after parsing, when there is a display to make it on."""
    from attn_gui.cli.gui_command import has_display
    from attn_gui.cli.parser import early_options
    from attn_gui.i18n import command_line_language, install_command_line_language

    language = command_line_language(early_options(argv).lang)
    if language != "en" and has_display():
        from attn_gui.ui.application import application

        application()
        install_command_line_language(language)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the process's arguments) and return its exit status.

    Bad input is reported as one line on stderr with status 2, never a traceback.
    """
    from PySide6.QtCore import QCoreApplication

    from attn_gui.cli.parser import CommandLineError, ParserDone

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["export"]:
            return _export(args[1:])
        from attn_gui.cli.gui_command import run_gui

        _gui_language(args)
        return run_gui(args)
    except ParserDone as done:
        return done.status
    except CommandLineError as error:
        _say(QCoreApplication.translate("CommandLine", "attn-gui: error: {message}").format(message=error))
        return 2


if __name__ == "__main__":
    sys.exit(main())
