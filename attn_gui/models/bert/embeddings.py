"""The rows of the three embedding tables a text picks: what layer 1's input is made of."""

import numpy as np
from numpy.typing import NDArray

from attn_gui.models.bert.tokenizer import WordPieces
from attn_gui.models.bert.weights import BertWeights
from attn_gui.models.errors import TOO_MANY_PIECES, ModelError

Array = NDArray[np.float64]


def embedding_rows(weights: BertWeights, pieces: WordPieces) -> tuple[Array, Array, Array]:
    """(word, position, token-type) rows, each (n, d_model): a piece's row of the word table, row
    i of the (learned) position table for the piece at i, and its sentence's token-type row."""
    limit = weights.config.max_positions
    if len(pieces) > limit:  # pieces from another tokenizer: the position table has no row for them
        raise ModelError(TOO_MANY_PIECES, count=len(pieces), limit=limit)
    tables = weights.embeddings
    word = tables.word[np.asarray(pieces.ids, dtype=np.intp)]
    position = tables.position[: len(pieces)]
    token_type = tables.token_type[np.asarray(pieces.type_ids, dtype=np.intp)]
    return word, position, token_type
