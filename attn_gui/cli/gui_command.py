"""``attn-gui [options]``: open the window on the configuration the options describe."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from attn_gui.cli.parser import (
    DEFAULT_TOKENS,
    CommandLineError,
    add_config_options,
    config_from_args,
    new_parser,
)
from attn_gui.export.write_errors import describe_write_error


def run_gui(argv: Sequence[str]) -> int:
    parser = new_parser(
        "attn-gui", QCoreApplication.translate("GuiCommand", "Teach transformer attention step by step.")
    )
    add_config_options(parser, tokens_default=DEFAULT_TOKENS)
    parser.add_argument(
        "--screenshot",
        type=Path,
        help=QCoreApplication.translate(
            "GuiCommand", "render the window to this PNG file and exit, without showing it"
        ),
    )
    args = parser.parse_args(argv)
    config = config_from_args(args)
    if args.screenshot is not None and args.screenshot.suffix.lower() != ".png":
        message = QCoreApplication.translate(
            "GuiCommand", "--screenshot writes PNG: the file name must end in .png, got {name!r}"
        )
        raise CommandLineError(message.format(name=args.screenshot.name))
    from attn_gui.ui.app import run_app

    try:
        return run_app(config, screenshot=args.screenshot)
    except OSError as error:
        raise CommandLineError(describe_write_error(error, args.screenshot or Path())) from None
