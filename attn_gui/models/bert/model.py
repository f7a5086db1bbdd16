"""A pretrained BERT-family encoder ready to run: its folder, weights and tokenizer, loaded together
so that the pieces a view shows always come from the tokenizer the weights were trained with."""

import os
from dataclasses import dataclass
from pathlib import Path

from attn_gui.models.bert.tokenizer import WordPieces, WordPieceTokenizer, load_tokenizer
from attn_gui.models.bert.weights import BertConfig, BertWeights, load_weights, read_config
from attn_gui.models.locate import MINILM, locate_model


@dataclass(frozen=True)
class BertModel:
    folder: Path
    weights: BertWeights
    tokenizer: WordPieceTokenizer

    @property
    def config(self) -> BertConfig:
        return self.weights.config

    def tokenize(self, text: str) -> WordPieces:
        """``text`` as word pieces; raises ModelError for empty text or more pieces than positions."""
        return self.tokenizer.tokenize(text)


def load_bert(source: str | os.PathLike[str] = MINILM.name) -> BertModel:
    """The encoder named ``source`` (see locate_model) or in the folder it names.

    Raises ModelError, in one sentence, when it cannot be found or is not a BERT encoder.
    """
    folder = locate_model(source)
    config = read_config(folder)
    # The tokenizer first: it is quick, and a damaged one is then reported before a second of reading.
    tokenizer = load_tokenizer(folder, max_pieces=config.max_positions, vocab_size=config.vocab_size)
    weights = load_weights(folder, config)
    return BertModel(folder=folder, weights=weights, tokenizer=tokenizer)
