"""How well the translator does on sentences it never saw: exact matches, and which heads align words.

A head aligns a Chinese word when the English token its query attends to most is one of the words
that Chinese word translates (the grammar's alignment: the verb as written, any word of a place
phrase, either word of "every day"; never the end marker). The words of a sentence translated
wrongly count as not aligned, so a head cannot score on translations that went astray.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from attn_gui.models.translator.grammar import SentencePair
from attn_gui.models.translator.model import Translator


@dataclass(frozen=True)
class Evaluation:
    sentences: int
    exact: int  # sentences translated exactly as the grammar does
    words: int  # Chinese words of the references
    aligned: NDArray[np.int64]  # (layers, heads): words each cross-attention head aligns

    @property
    def exact_match(self) -> float:
        return self.exact / self.sentences

    @property
    def alignment(self) -> NDArray[np.float64]:
        """(layers, heads): the share of words each cross-attention head aligns."""
        return self.aligned / self.words

    @property
    def best_head(self) -> tuple[int, int]:
        """(layer, head), counted from 0, of the head that aligns the most words."""
        layer, head = np.unravel_index(np.argmax(self.aligned), self.aligned.shape)
        return int(layer), int(head)


def evaluate(translator: Translator, pairs: Iterable[SentencePair]) -> Evaluation:
    """Translate every pair's English greedily and compare with its Chinese."""
    arch = translator.weights.architecture
    sentences = exact = words = 0
    aligned = np.zeros((arch.decoder_layers, arch.heads), dtype=np.int64)
    for pair in pairs:
        translation = translator.translate(" ".join(pair.english))
        sentences += 1
        words += len(pair.chinese)
        if translation.output_tokens != pair.chinese:
            continue
        exact += 1
        translates = np.zeros((len(pair.chinese), len(translation.source_tokens)), dtype=bool)
        for j, positions in enumerate(pair.alignment):
            translates[j, list(positions)] = True
        most_attended = translation.cross_weights.argmax(axis=-1)  # (layers, heads, words)
        aligned += translates[np.arange(len(pair.chinese)), most_attended].sum(axis=-1)
    return Evaluation(sentences, exact, words, aligned)
