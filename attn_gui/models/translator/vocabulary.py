"""The translator's markers, and English text turned into the tokens its encoder reads."""

from collections.abc import Sequence

from attn_gui.models.errors import NOTHING_TO_TRANSLATE, UNKNOWN_WORDS, ModelError

BOS = "<bos>"  # the decoder's first input: "start writing"
EOS = "<eos>"  # ends the encoder's input, and is the decoder's "I am done"
MARKERS = (BOS, EOS)


def words_of(vocabulary: Sequence[str]) -> tuple[str, ...]:
    """The vocabulary without its markers: what a person may type."""
    return tuple(token for token in vocabulary if token not in MARKERS)


def source_tokens(sentence: str, vocabulary: Sequence[str]) -> tuple[str, ...]:
    """The words of ``sentence`` spelt as the vocabulary spells them, then the end marker.

    Matching ignores case so that "i love learning" works, but the tokens keep the
    vocabulary's spelling ("I"), which is what the embedding rows are labelled with.
    """
    spelling = {word.casefold(): word for word in words_of(vocabulary)}
    typed = sentence.split()
    if not typed:
        raise ModelError(NOTHING_TO_TRANSLATE)
    unknown = [word for word in dict.fromkeys(typed) if word.casefold() not in spelling]
    if unknown:
        raise ModelError(UNKNOWN_WORDS, words=", ".join(unknown))
    return (*(spelling[word.casefold()] for word in typed), EOS)
