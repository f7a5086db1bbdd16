"""An argument parser that fails in one plain line, and the options every command shares."""

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from attn_gui import __version__
from attn_gui.core import MASKS, AttentionConfig, ConfigError, tokenize
from attn_gui.i18n import config_error_text
from attn_gui.i18n.language import LANGUAGES
from attn_gui.translatable import QT_TRANSLATE_NOOP

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


# argparse words its own refusals and headings through gettext's ``_``: these are the ones the
# commands can meet, marked so that they are translated like every other message.
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)


def _argparse_text(text: str) -> str:
    """argparse's own words in the interface language, where the catalogue has them."""
    return QCoreApplication.translate("argparse", text) if text in _ARGPARSE_TEXTS else text


argparse._ = _argparse_text  # argparse looks its texts up through this name when it needs them


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


def early_options(argv: Sequence[str]) -> argparse.Namespace:
    """--lang and --out, read before the real parse: the language must be installed before the
    parser words its help and refusals, and a figure's application made before any other."""
    probe = ArgumentParser(add_help=False, allow_abbrev=False)
    probe.add_argument("--lang")
    probe.add_argument("--out", type=Path)
    try:
        return probe.parse_known_args(argv)[0]
    except CommandLineError:  # the real parse says what is wrong
        return argparse.Namespace(lang=None, out=None)


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """--lang, with the window's choices."""
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help=QCoreApplication.translate("CommandLine", "interface language (default: the desktop's)"),
    )


def new_parser(prog: str, description: str) -> ArgumentParser:
    # Options are spelled out: a prefix such as --colour must not quietly mean --colour-blind.
    parser = ArgumentParser(prog=prog, description=description, allow_abbrev=False)
    parser.add_argument("--version", action="version", version=f"attn-gui {__version__}")
    return parser


# An option: its flag, argparse's keywords, and its help marked for translation in its context.
Option = tuple[str, dict[str, object], str]


def add_options(parser: argparse.ArgumentParser, context: str, options: Sequence[Option]) -> None:
    """Add ``options``, each help text translated in ``context`` (lupdate finds them marked)."""
    for flag, keywords, help_text in options:
        parser.add_argument(flag, help=QCoreApplication.translate(context, help_text), **keywords)


# The options that pose the problem (a lesson file can pose it instead), after --tokens.
_CONFIG_OPTIONS: tuple[Option, ...] = (
    (
        "--kv-tokens",
        {},
        QT_TRANSLATE_NOOP("CommandLine", "key/value tokens for cross-attention (the encoder side)"),
    ),
    (
        "--cjk-chars",
        {"action": "store_true"},
        QT_TRANSLATE_NOOP("CommandLine", "one token per Chinese, Japanese or Korean character"),
    ),
    ("--d-model", {"type": whole_number, "default": 4}, QT_TRANSLATE_NOOP("CommandLine", "embedding size")),
    ("--heads", {"type": whole_number, "default": 2}, QT_TRANSLATE_NOOP("CommandLine", "number of heads")),
    ("--d-k", {"type": whole_number}, QT_TRANSLATE_NOOP("CommandLine", "query/key size per head")),
    ("--d-v", {"type": whole_number}, QT_TRANSLATE_NOOP("CommandLine", "value size per head")),
    ("--seed", {"type": whole_number, "default": 0}, QT_TRANSLATE_NOOP("CommandLine", "random seed")),
    ("--mask", {"choices": MASKS, "default": "none"}, QT_TRANSLATE_NOOP("CommandLine", "attention mask")),
    (
        "--embedding",
        {"choices": ("random", "one-hot"), "default": "random"},
        QT_TRANSLATE_NOOP("CommandLine", "how tokens become vectors"),
    ),
    (
        "--no-scale",
        {"action": "store_true"},
        QT_TRANSLATE_NOOP("CommandLine", "do not divide the scores by sqrt(d_k)"),
    ),
    (
        "--no-pe",
        {"action": "store_true"},
        QT_TRANSLATE_NOOP("CommandLine", "do not add the positional encoding"),
    ),
)
CONFIG_OPTIONS = ("--tokens", *(flag for flag, _, _ in _CONFIG_OPTIONS))


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
    add_options(parser, "CommandLine", _CONFIG_OPTIONS)


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
        if option:  # worded as argparse words its own refusals of an argument
            text = _argparse_text("argument %(argument_name)s: %(message)s") % {
                "argument_name": option,
                "message": text,
            }
        raise CommandLineError(text) from None
