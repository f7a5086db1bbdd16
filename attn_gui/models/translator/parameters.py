"""The translator's sizes and weights, in the lesson's row-vector convention.

The weights file holds torch's state dict as trained, (out, in) matrices; here every matrix is
transposed once, so that a layer is X·W + b with W of shape (in, out), as on the slides.
"""

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Architecture:
    """The sizes of a post-norm encoder-decoder Transformer (Vaswani et al. 2017)."""

    d_model: int
    heads: int
    d_ff: int
    encoder_layers: int
    decoder_layers: int
    layer_norm_eps: float

    @property
    def d_k(self) -> int:
        return self.d_model // self.heads


@dataclass(frozen=True)
class AttentionParameters:
    """Q = X·W_Q + b_Q (and K, V likewise), output = Concat·W_O + b_O; every W is (d_model, d_model)."""

    w_q: Array
    b_q: Array
    w_k: Array
    b_k: Array
    w_v: Array
    b_v: Array
    w_o: Array
    b_o: Array


@dataclass(frozen=True)
class FeedForwardParameters:
    """ReLU(X·W_1 + b_1)·W_2 + b_2 with W_1 (d_model, d_ff) and W_2 (d_ff, d_model)."""

    w_1: Array
    b_1: Array
    w_2: Array
    b_2: Array


@dataclass(frozen=True)
class LayerNormParameters:
    """γ · (x − mean) / √(variance + ε) + β, per row."""

    gamma: Array
    beta: Array
    eps: float


@dataclass(frozen=True)
class EncoderLayerParameters:
    self_attention: AttentionParameters
    self_attention_norm: LayerNormParameters
    feed_forward: FeedForwardParameters
    feed_forward_norm: LayerNormParameters


@dataclass(frozen=True)
class DecoderLayerParameters:
    self_attention: AttentionParameters
    self_attention_norm: LayerNormParameters
    cross_attention: AttentionParameters
    cross_attention_norm: LayerNormParameters
    feed_forward: FeedForwardParameters
    feed_forward_norm: LayerNormParameters


@dataclass(frozen=True)
class TranslatorWeights:
    """Everything the NumPy translator needs; embeddings are (vocabulary, d_model), one row per word."""

    architecture: Architecture
    english: tuple[str, ...]
    chinese: tuple[str, ...]
    source_embedding: Array
    target_embedding: Array
    encoder_layers: tuple[EncoderLayerParameters, ...]
    decoder_layers: tuple[DecoderLayerParameters, ...]
    output_projection: Array  # (d_model, Chinese vocabulary): one column of scores per word


def state_dict_shapes(
    architecture: Architecture, n_english: int, n_chinese: int
) -> dict[str, tuple[int, ...]]:
    """The torch state dict the weights file holds: every key and its shape, (out, in) for matrices."""
    d, d_ff = architecture.d_model, architecture.d_ff

    def attention(prefix: str) -> dict[str, tuple[int, ...]]:
        return {
            f"{prefix}.in_proj_weight": (3 * d, d),
            f"{prefix}.in_proj_bias": (3 * d,),
            f"{prefix}.out_proj.weight": (d, d),
            f"{prefix}.out_proj.bias": (d,),
        }

    def sublayers(prefix: str, attentions: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
        shapes = {k: v for name in attentions for k, v in attention(f"{prefix}.{name}").items()}
        shapes |= {f"{prefix}.linear1.weight": (d_ff, d), f"{prefix}.linear1.bias": (d_ff,)}
        shapes |= {f"{prefix}.linear2.weight": (d, d_ff), f"{prefix}.linear2.bias": (d,)}
        for i in range(1, len(attentions) + 2):
            shapes |= {f"{prefix}.norm{i}.weight": (d,), f"{prefix}.norm{i}.bias": (d,)}
        return shapes

    shapes = {"source_embedding.weight": (n_english, d), "target_embedding.weight": (n_chinese, d)}
    for i in range(architecture.encoder_layers):
        shapes |= sublayers(f"encoder_layers.{i}", ("self_attn",))
    for i in range(architecture.decoder_layers):
        shapes |= sublayers(f"decoder_layers.{i}", ("self_attn", "multihead_attn"))
    shapes["output_projection.weight"] = (n_chinese, d)
    return shapes


def _fixed(array: Array) -> Array:
    """A contiguous read-only copy: the lesson may show a weight, never change the shared one by accident."""
    copy = np.ascontiguousarray(array, dtype=np.float64)
    copy.flags.writeable = False
    return copy


def _attention(arrays: Mapping[str, Array], prefix: str) -> AttentionParameters:
    w_q, w_k, w_v = np.split(arrays[f"{prefix}.in_proj_weight"], 3)
    b_q, b_k, b_v = np.split(arrays[f"{prefix}.in_proj_bias"], 3)
    return AttentionParameters(
        w_q=_fixed(w_q.T),
        b_q=_fixed(b_q),
        w_k=_fixed(w_k.T),
        b_k=_fixed(b_k),
        w_v=_fixed(w_v.T),
        b_v=_fixed(b_v),
        w_o=_fixed(arrays[f"{prefix}.out_proj.weight"].T),
        b_o=_fixed(arrays[f"{prefix}.out_proj.bias"]),
    )


def _feed_forward(arrays: Mapping[str, Array], prefix: str) -> FeedForwardParameters:
    return FeedForwardParameters(
        w_1=_fixed(arrays[f"{prefix}.linear1.weight"].T),
        b_1=_fixed(arrays[f"{prefix}.linear1.bias"]),
        w_2=_fixed(arrays[f"{prefix}.linear2.weight"].T),
        b_2=_fixed(arrays[f"{prefix}.linear2.bias"]),
    )


def _norm(arrays: Mapping[str, Array], prefix: str, eps: float) -> LayerNormParameters:
    return LayerNormParameters(
        gamma=_fixed(arrays[f"{prefix}.weight"]), beta=_fixed(arrays[f"{prefix}.bias"]), eps=eps
    )


def from_state_dict(
    arrays: Mapping[str, Array],
    architecture: Architecture,
    english: tuple[str, ...],
    chinese: tuple[str, ...],
) -> TranslatorWeights:
    """The row-vector weights from a torch state dict whose keys and shapes were checked."""
    eps = architecture.layer_norm_eps
    encoder = tuple(
        EncoderLayerParameters(
            self_attention=_attention(arrays, f"encoder_layers.{i}.self_attn"),
            self_attention_norm=_norm(arrays, f"encoder_layers.{i}.norm1", eps),
            feed_forward=_feed_forward(arrays, f"encoder_layers.{i}"),
            feed_forward_norm=_norm(arrays, f"encoder_layers.{i}.norm2", eps),
        )
        for i in range(architecture.encoder_layers)
    )
    decoder = tuple(
        DecoderLayerParameters(
            self_attention=_attention(arrays, f"decoder_layers.{i}.self_attn"),
            self_attention_norm=_norm(arrays, f"decoder_layers.{i}.norm1", eps),
            cross_attention=_attention(arrays, f"decoder_layers.{i}.multihead_attn"),
            cross_attention_norm=_norm(arrays, f"decoder_layers.{i}.norm2", eps),
            feed_forward=_feed_forward(arrays, f"decoder_layers.{i}"),
            feed_forward_norm=_norm(arrays, f"decoder_layers.{i}.norm3", eps),
        )
        for i in range(architecture.decoder_layers)
    )
    return TranslatorWeights(
        architecture=architecture,
        english=english,
        chinese=chinese,
        source_embedding=_fixed(arrays["source_embedding.weight"]),
        target_embedding=_fixed(arrays["target_embedding.weight"]),
        encoder_layers=encoder,
        decoder_layers=decoder,
        output_projection=_fixed(arrays["output_projection.weight"].T),
    )
