"""The model's own WordPiece tokenizer (its tokenizer.json, through `tokenizers`), so that the pieces
the lesson shows are exactly the ones the model was trained on: lower-cased, split into word pieces
("##ing"), one Chinese character per piece, [UNK] for what the vocabulary lacks, between [CLS] and [SEP]."""

from dataclasses import dataclass
from pathlib import Path

from tokenizers import Tokenizer
from tokenizers.models import WordPiece

from attn_gui.models.errors import NO_TEXT, TOO_MANY_PIECES, ModelError
from attn_gui.translatable import QT_TRANSLATE_NOOP

SPECIAL_PIECES = ("[CLS]", "[SEP]", "[UNK]")


@dataclass(frozen=True)
class WordPieces:
    """A text as the model reads it, one entry per word piece."""

    text: str
    pieces: tuple[str, ...]  # ("[CLS]", "i", "love", "learning", "[SEP]")
    ids: tuple[int, ...]  # rows of the word-embedding table
    type_ids: tuple[int, ...]  # rows of the token-type table (0: first sentence)
    word_index: tuple[int | None, ...]  # the word each piece belongs to; None for [CLS] and [SEP]

    def __len__(self) -> int:
        return len(self.pieces)


class WordPieceTokenizer:
    """Turns text into ``WordPieces``, refusing text the model has no positions for."""

    def __init__(self, tokenizer: Tokenizer, max_pieces: int) -> None:
        self._tokenizer = tokenizer
        self.max_pieces = max_pieces

    def tokenize(self, text: str) -> WordPieces:
        encoding = self._tokenizer.encode(text)
        word_index = tuple(encoding.word_ids)
        if all(word is None for word in word_index):  # nothing but [CLS] and [SEP]
            raise ModelError(NO_TEXT)
        if len(encoding.ids) > self.max_pieces:
            raise ModelError(
                TOO_MANY_PIECES,
                count=len(encoding.ids),
                limit=self.max_pieces,
            )
        return WordPieces(
            text=text,
            pieces=tuple(encoding.tokens),
            ids=tuple(encoding.ids),
            type_ids=tuple(encoding.type_ids),
            word_index=word_index,
        )


def load_tokenizer(folder: Path, max_pieces: int, vocab_size: int) -> WordPieceTokenizer:
    """tokenizer.json with its padding and truncation (to 128 in all-MiniLM-L6-v2) turned off:
    the lesson shows the whole text, and ``tokenize`` refuses what is longer than ``max_pieces``."""
    path = folder / "tokenizer.json"
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as error:  # the Rust side raises a bare Exception for any unreadable file
        raise ModelError(
            QT_TRANSLATE_NOOP("ModelError", "The file {path} is damaged or is not a tokenizer."),
            path=str(path),
        ) from error
    missing = [piece for piece in SPECIAL_PIECES if tokenizer.token_to_id(piece) is None]
    if not isinstance(tokenizer.model, WordPiece) or missing:
        raise ModelError(
            QT_TRANSLATE_NOOP("ModelError", "The tokenizer {path} is not a BERT WordPiece tokenizer."),
            path=str(path),
        )
    if tokenizer.get_vocab_size() > vocab_size:
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "ModelError", "The tokenizer {path} has {count} word pieces but the model only {vocab_size}."
            ),
            path=str(path),
            count=tokenizer.get_vocab_size(),
            vocab_size=vocab_size,
        )
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return WordPieceTokenizer(tokenizer, max_pieces)
