"""The trained English → Chinese translator run in NumPy, with every intermediate kept.

Decoding is greedy: write the most probable word, feed it back, stop at the end marker. The
decoder is causal, so its forward over ``<bos> y1 … yT`` computes in row t exactly what decoding
step t computed from ``<bos> y1 … yt``; a Translation therefore keeps that one forward (the last
step's), and decoding step t is rows 0..t of every decoder array (and columns 0..t of its
self-attention scores and weights).
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

import numpy as np

from attn_gui.core import causal_mask, softmax
from attn_gui.models.translator.layers import (
    AddNormRecord,
    AttentionRecord,
    EmbeddingRecord,
    FeedForwardRecord,
    add_norm,
    attention,
    embed,
    feed_forward,
)
from attn_gui.models.translator.parameters import Array, TranslatorWeights
from attn_gui.models.translator.vocabulary import BOS, EOS, source_tokens, words_of
from attn_gui.models.translator.weights_file import SHIPPED, load_weights


@dataclass(frozen=True)
class EncoderLayerRecord:
    self_attention: AttentionRecord  # no mask: every English word sees every other
    self_attention_norm: AddNormRecord
    feed_forward: FeedForwardRecord
    feed_forward_norm: AddNormRecord

    @property
    def output(self) -> Array:
        return self.feed_forward_norm.output


@dataclass(frozen=True)
class DecoderLayerRecord:
    self_attention: AttentionRecord  # causal: each row sees only the words written before it
    self_attention_norm: AddNormRecord
    cross_attention: AttentionRecord  # queries from the decoder, keys and values from the encoder output
    cross_attention_norm: AddNormRecord
    feed_forward: FeedForwardRecord
    feed_forward_norm: AddNormRecord

    @property
    def output(self) -> Array:
        return self.feed_forward_norm.output


Layer = TypeVar("Layer", EncoderLayerRecord, DecoderLayerRecord)


@dataclass(frozen=True)
class StackRecord(Generic[Layer]):
    """The embeddings, then each layer in order; ``output`` is the last layer's."""

    embedding: EmbeddingRecord
    layers: tuple[Layer, ...]

    @property
    def output(self) -> Array:
        return self.layers[-1].output


@dataclass(frozen=True)
class OutputRecord:
    """The decoder's rows times the output projection: one score per Chinese word, then softmax."""

    vocabulary: tuple[str, ...]  # the Chinese vocabulary: the columns of logits and probabilities
    w_out: Array  # (d_model, vocabulary)
    x_in: Array  # (steps, d_model): the decoder's output, row t at decoding step t
    logits: Array  # (steps, vocabulary): x_in · w_out
    probabilities: Array  # (steps, vocabulary): softmax over the vocabulary, row by row
    predicted: tuple[str, ...]  # the most probable word of each row: the word written at each step


@dataclass(frozen=True)
class Translation:
    """One sentence translated, with everything computed on the way."""

    source_tokens: tuple[str, ...]  # as the encoder sees them: the words, then "<eos>"
    decoder_tokens: tuple[str, ...]  # the decoder's input: "<bos>" and the words written so far
    output_tokens: tuple[str, ...]  # the translation, without markers
    encoder: StackRecord[EncoderLayerRecord]
    decoder: StackRecord[DecoderLayerRecord]
    output: OutputRecord

    @property
    def cross_weights(self) -> Array:
        """(layers, heads, output word, source token): row t is the query that wrote output word t."""
        rows = len(self.output_tokens)
        return np.stack([layer.cross_attention.weights[:, :rows] for layer in self.decoder.layers])


class Translator:
    """Greedy English → Chinese translation with trained weights; every array is float64."""

    def __init__(self, weights: TranslatorWeights) -> None:
        self.weights = weights
        self._english_ids = {token: i for i, token in enumerate(weights.english)}
        self._chinese_ids = {token: i for i, token in enumerate(weights.chinese)}

    def known_words(self) -> tuple[str, ...]:
        """The English words the translator accepts, spelt as it spells them."""
        return words_of(self.weights.english)

    def encode(self, tokens: tuple[str, ...]) -> StackRecord[EncoderLayerRecord]:
        """The encoder over source tokens (words and end marker), without a mask."""
        w = self.weights
        ids = np.array([self._english_ids[t] for t in tokens], dtype=np.intp)
        embedding = embed(w.source_embedding, tokens, ids)
        x, layers = embedding.x_in, []
        for p in w.encoder_layers:
            sa = attention(p.self_attention, x, x, w.architecture.heads)
            sa_norm = add_norm(p.self_attention_norm, x, sa.output)
            ff = feed_forward(p.feed_forward, sa_norm.output)
            ff_norm = add_norm(p.feed_forward_norm, sa_norm.output, ff.output)
            layers.append(EncoderLayerRecord(sa, sa_norm, ff, ff_norm))
            x = ff_norm.output
        return StackRecord(embedding, tuple(layers))

    def decode(
        self, tokens: tuple[str, ...], memory: Array
    ) -> tuple[StackRecord[DecoderLayerRecord], OutputRecord]:
        """The decoder over ``<bos>`` and the words so far, looking at the encoder output ``memory``."""
        w = self.weights
        ids = np.array([self._chinese_ids[t] for t in tokens], dtype=np.intp)
        embedding = embed(w.target_embedding, tokens, ids)
        mask = causal_mask(len(tokens))
        y, layers = embedding.x_in, []
        for p in w.decoder_layers:
            sa = attention(p.self_attention, y, y, w.architecture.heads, mask)
            sa_norm = add_norm(p.self_attention_norm, y, sa.output)
            ca = attention(p.cross_attention, sa_norm.output, memory, w.architecture.heads)
            ca_norm = add_norm(p.cross_attention_norm, sa_norm.output, ca.output)
            ff = feed_forward(p.feed_forward, ca_norm.output)
            ff_norm = add_norm(p.feed_forward_norm, ca_norm.output, ff.output)
            layers.append(DecoderLayerRecord(sa, sa_norm, ca, ca_norm, ff, ff_norm))
            y = ff_norm.output
        logits = y @ w.output_projection
        predicted = tuple(w.chinese[i] for i in np.argmax(logits, axis=1))
        output = OutputRecord(w.chinese, w.output_projection, y, logits, softmax(logits, axis=1), predicted)
        return StackRecord(embedding, tuple(layers)), output

    def translate(self, sentence: str) -> Translation:
        """Translate an English sentence of known words (case ignored); raises ModelError otherwise.

        Writing stops at the end marker or after twice as many words as the source has (with its
        end marker): a grammatical sentence's Chinese is never longer than its English.
        """
        source = source_tokens(sentence, self.weights.english)
        encoder = self.encode(source)
        written: tuple[str, ...] = (BOS,)
        while True:
            decoder, output = self.decode(written, encoder.output)
            word = output.predicted[-1]
            if word == EOS or len(written) == 2 * len(source):
                break
            written += (word,)
        words = written[1:] if word == EOS else (*written[1:], word)
        return Translation(source, written, words, encoder, decoder, output)


def load_translator(directory: Path = SHIPPED) -> Translator:
    """The translator whose files are in ``directory``; ModelError if they are missing or damaged."""
    return Translator(load_weights(directory))


@cache
def shipped_translator() -> Translator:
    """The translator shipped in the package, loaded once."""
    return load_translator()


def translate(sentence: str) -> Translation:
    """Translate with the shipped translator (see Translator.translate)."""
    return shipped_translator().translate(sentence)


def known_words() -> tuple[str, ...]:
    """The English words the shipped translator knows, for the UI to list."""
    return shipped_translator().known_words()
