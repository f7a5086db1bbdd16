"""An argument parser that fails in one plain line, and the options every command shares."""

import argparse
from collections.abc import Sequence
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from attn_gui import __version__
from attn_gui.core import MASKS, AttentionConfig, ConfigError, tokenize
from attn_gui.i18n import config_error_text

DEFAULT_TOKENS = "I love learning"
# The option a user typed for each AttentionConfig field, so that errors name what to fix.
OPTION_OF_FIELD = {
    "tokens": "--tokens",
    "kv_tokens": "--kv-tokens",
    "d_model": "--d-model",
    "num_heads": "--heads",
    "d_k": "--d-k",
    "d_v": "--d-v",
    "seed": "--seed",
    "mask": "--mask",
    "embedding": "--embedding",
}


class CommandLineError(Exception):
    """Bad input on the command line: shown as one line on stderr, exit status 2."""


def command_error(template: str, **values: object) -> CommandLineError:
    """A one-line refusal in the interface language; ``template`` is marked at the call with
    QT_TRANSLATE_NOOP("CommandLine", ...) so that Qt's lupdate finds it."""
    return CommandLineError(QCoreApplication.translate("CommandLine", template).format(**values))


class ParserDone(Exception):  # noqa: N818 (not an error: --help and --version end here)
    """--help or --version has printed what was asked; exit with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class ArgumentParser(argparse.ArgumentParser):
    """argparse, raising instead of printing the usage text and calling sys.exit."""

    def error(self, message: str) -> NoReturn:
        raise CommandLineError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            raise CommandLineError(message.strip())
        raise ParserDone(status)


def whole_number(text: str) -> int:
    """argparse type for sizes: a clear message instead of "invalid int value"."""
    try:
        return int(text)
    except ValueError:
        message = QCoreApplication.translate("CommandLine", "{value!r} is not a whole number")
        raise argparse.ArgumentTypeError(message.format(value=text)) from None


def new_parser(prog: str, description: str) -> ArgumentParser:
    # Options are spelled out: a prefix such as --colour must not quietly mean --colour-blind.
    parser = ArgumentParser(prog=prog, description=description, allow_abbrev=False)
    parser.add_argument("--version", action="version", version=f"attn-gui {__version__}")
    return parser


# The options add_config_options defines: they pose the problem (a lesson file can instead).
CONFIG_OPTIONS = (
    "--tokens", "--kv-tokens", "--cjk-chars", "--d-model", "--heads", "--d-k", "--d-v",
    "--seed", "--mask", "--embedding", "--no-scale", "--no-pe",
)  # fmt: skip


def config_options_given(argv: Sequence[str]) -> list[str]:
    """Which of CONFIG_OPTIONS the command line names (sorted, each once)."""
    return sorted({arg.split("=")[0] for arg in argv} & set(CONFIG_OPTIONS))


def add_config_options(
    parser: argparse.ArgumentParser, tokens_default: str | None, tokens_required: bool = True
) -> None:
    """The options that pose an attention problem, shared by the GUI and ``export``."""
    parser.add_argument(
        "--tokens",
        default=tokens_default,
        required=tokens_default is None and tokens_required,
        help=QCoreApplication.translate("CommandLine", "the sentence; tokens are separated by spaces"),
    )
    parser.add_argument(
        "--kv-tokens",
        help=QCoreApplication.translate(
            "CommandLine", "key/value tokens for cross-attention (the encoder side)"
        ),
    )
    parser.add_argument(
        "--cjk-chars",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "one token per Chinese, Japanese or Korean character"),
    )
    parser.add_argument(
        "--d-model",
        type=whole_number,
        default=4,
        help=QCoreApplication.translate("CommandLine", "embedding size"),
    )
    parser.add_argument(
        "--heads",
        type=whole_number,
        default=2,
        help=QCoreApplication.translate("CommandLine", "number of heads"),
    )
    parser.add_argument(
        "--d-k", type=whole_number, help=QCoreApplication.translate("CommandLine", "query/key size per head")
    )
    parser.add_argument(
        "--d-v", type=whole_number, help=QCoreApplication.translate("CommandLine", "value size per head")
    )
    parser.add_argument(
        "--seed", type=whole_number, default=0, help=QCoreApplication.translate("CommandLine", "random seed")
    )
    parser.add_argument(
        "--mask",
        choices=MASKS,
        default="none",
        help=QCoreApplication.translate("CommandLine", "attention mask"),
    )
    parser.add_argument(
        "--embedding",
        choices=("random", "one-hot"),
        default="random",
        help=QCoreApplication.translate("CommandLine", "how tokens become vectors"),
    )
    parser.add_argument(
        "--no-scale",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "do not divide the scores by sqrt(d_k)"),
    )
    parser.add_argument(
        "--no-pe",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "do not add the positional encoding"),
    )


def config_from_args(args: argparse.Namespace) -> AttentionConfig:
    """The configuration the options describe; ConfigError becomes a CommandLineError."""
    try:
        return AttentionConfig(
            tokens=tokenize(args.tokens, split_cjk=args.cjk_chars),
            kv_tokens=None if args.kv_tokens is None else tokenize(args.kv_tokens, split_cjk=args.cjk_chars),
            d_model=args.d_model,
            num_heads=args.heads,
            d_k=args.d_k,
            d_v=args.d_v,
            seed=args.seed,
            mask=args.mask,
            positional_encoding=not args.no_pe,
            scale=not args.no_scale,
            embedding=args.embedding,
        )
    except ConfigError as error:
        option = OPTION_OF_FIELD.get(error.field)
        text = config_error_text(error)
        raise CommandLineError(f"argument {option}: {text}" if option else text) from None
