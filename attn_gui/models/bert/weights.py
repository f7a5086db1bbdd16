"""A BERT-family encoder's configuration and weights, read from config.json and model.safetensors.

Everything is float64, so that every number the lesson shows can be checked against transformers
to 1e-9, and read-only, so that a view cannot change the model under another view. The matrices are
kept in the row-vector orientation the lesson writes (Q = X·W_Qᵀ + b_Q): Hugging Face stores W as
(out, in); ``w_q_t`` is Wᵀ, (in, out), the right operand of the product as shown. It is the
transposed view of the stored (out, in) array, which OpenBLAS multiplies up to 10% faster than a
C-ordered copy.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from safetensors import SafetensorError, safe_open

from attn_gui.models.errors import ModelError
from attn_gui.translatable import QT_TRANSLATE_NOOP

Array = NDArray[np.float64]

BERT_MODEL_TYPES = ("bert",)
# Checkpoints saved from a task model (BertForMaskedLM, ...) prefix the encoder's tensors with "bert.".
TENSOR_PREFIXES = ("", "bert.")
FLOAT_DTYPES = ("F16", "F32", "F64")  # NumPy has no bfloat16

_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "ModelError", "The model in {path} has {key} = {value}, which this app cannot run."
)
_BAD_SETTING = QT_TRANSLATE_NOOP("ModelError", "The configuration {path} has no valid {key}.")


@dataclass(frozen=True)
class BertConfig:
    """The sizes of a BERT encoder, from config.json."""

    model_type: str
    num_layers: int
    num_heads: int
    d_model: int
    d_ff: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float

    @property
    def d_k(self) -> int:
        return self.d_model // self.num_heads


@dataclass(frozen=True)
class EmbeddingWeights:
    """The three embedding tables added to make layer 1's input, and the LayerNorm after them."""

    word: Array  # (vocab_size, d_model)
    position: Array  # (max_positions, d_model): learned, not sinusoids
    token_type: Array  # (type_vocab_size, d_model)
    norm_gamma: Array  # (d_model,)
    norm_beta: Array


@dataclass(frozen=True)
class LayerWeights:
    """One encoder layer. W_Q, W_K and W_V are stacked column-wise in ``w_qkv_t`` (d, 3d) so the
    fast forward projects once; ``w_q_t`` and the others are views of its blocks."""

    w_qkv_t: Array  # (d_model, 3·d_model) = [W_Qᵀ | W_Kᵀ | W_Vᵀ]
    b_qkv: Array  # (3·d_model,)
    w_o_t: Array  # (d_model, d_model)
    b_o: Array
    attn_norm_gamma: Array  # the LayerNorm after the attention sublayer's residual
    attn_norm_beta: Array
    w_1_t: Array  # (d_model, d_ff)
    b_1: Array  # (d_ff,)
    w_2_t: Array  # (d_ff, d_model)
    b_2: Array
    output_norm_gamma: Array  # the LayerNorm after the feed-forward residual: the layer's output
    output_norm_beta: Array

    @property
    def d_model(self) -> int:
        return self.w_o_t.shape[0]

    def _block(self, array: Array, index: int) -> Array:
        d = self.d_model
        return array[..., index * d : (index + 1) * d]

    @property
    def w_q_t(self) -> Array:
        return self._block(self.w_qkv_t, 0)

    @property
    def w_k_t(self) -> Array:
        return self._block(self.w_qkv_t, 1)

    @property
    def w_v_t(self) -> Array:
        return self._block(self.w_qkv_t, 2)

    @property
    def b_q(self) -> Array:
        return self._block(self.b_qkv, 0)

    @property
    def b_k(self) -> Array:
        return self._block(self.b_qkv, 1)

    @property
    def b_v(self) -> Array:
        return self._block(self.b_qkv, 2)


@dataclass(frozen=True)
class BertWeights:
    """The whole encoder: its sizes, its embedding tables and its layers, in order."""

    config: BertConfig
    embeddings: EmbeddingWeights
    layers: tuple[LayerWeights, ...]


def _setting(raw: dict[str, Any], key: str, path: Path, kind: type) -> Any:
    value = raw.get(key)
    if kind is int and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ModelError(_BAD_SETTING, path=str(path), key=key)
    if kind is float and (isinstance(value, bool) or not isinstance(value, int | float) or not value > 0):
        raise ModelError(_BAD_SETTING, path=str(path), key=key)
    return kind(value)


def read_config(folder: Path) -> BertConfig:
    """config.json, refused unless it describes an encoder this code computes exactly."""
    path = folder / "config.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raw = None
    if not isinstance(raw, dict):
        raise ModelError(
            QT_TRANSLATE_NOOP("ModelError", "The file {path} is not a readable model configuration."),
            path=str(path),
        )
    model_type = raw.get("model_type")
    if model_type not in BERT_MODEL_TYPES:
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "ModelError", "The model in {path} is of type {model_type}, not a BERT encoder."
            ),
            path=str(folder),
            model_type=repr(model_type),
        )
    # What BertModel computes differently with other values, and this code does not.
    for key, expected in (("hidden_act", "gelu"), ("position_embedding_type", "absolute")):
        if raw.get(key, expected) != expected:
            raise ModelError(_UNSUPPORTED, path=str(folder), key=key, value=repr(raw[key]))
    config = BertConfig(
        model_type=model_type,
        num_layers=_setting(raw, "num_hidden_layers", path, int),
        num_heads=_setting(raw, "num_attention_heads", path, int),
        d_model=_setting(raw, "hidden_size", path, int),
        d_ff=_setting(raw, "intermediate_size", path, int),
        vocab_size=_setting(raw, "vocab_size", path, int),
        max_positions=_setting(raw, "max_position_embeddings", path, int),
        type_vocab_size=_setting(raw, "type_vocab_size", path, int),
        layer_norm_eps=_setting(raw, "layer_norm_eps", path, float),
    )
    if config.d_model % config.num_heads:
        raise ModelError(_UNSUPPORTED, path=str(folder), key="num_attention_heads", value=config.num_heads)
    return config


class _TensorReader:
    """Named tensors of one safetensors file as read-only float64, each checked for its shape."""

    def __init__(self, handle: Any, path: Path) -> None:
        self.handle, self.path = handle, path
        keys = set(handle.keys())
        probe = "embeddings.word_embeddings.weight"
        self.prefix = next((p for p in TENSOR_PREFIXES if p + probe in keys), "")
        self.keys = keys

    def get(self, name: str, shape: tuple[int, ...], transpose: bool = False) -> Array:
        key = self.prefix + name
        if key not in self.keys:
            raise ModelError(
                QT_TRANSLATE_NOOP(
                    "ModelError", "The file {path} has no tensor {tensor}, so it is not a BERT encoder."
                ),
                path=str(self.path),
                tensor=name,
            )
        dtype = self.handle.get_slice(key).get_dtype()
        if dtype not in FLOAT_DTYPES:
            raise ModelError(
                QT_TRANSLATE_NOOP(
                    "ModelError",
                    "The tensor {tensor} in {path} is stored as {dtype}, which NumPy cannot read.",
                ),
                tensor=name,
                path=str(self.path),
                dtype=dtype,
            )
        tensor = self.handle.get_tensor(key)
        if tensor.shape != shape:
            raise ModelError(
                QT_TRANSLATE_NOOP(
                    "ModelError", "The tensor {tensor} in {path} has shape {shape}, not {expected}."
                ),
                tensor=name,
                path=str(self.path),
                shape=str(tensor.shape),
                expected=str(shape),
            )
        array = _read_only(tensor.astype(np.float64))
        return array.T if transpose else array


def _read_only(array: Array) -> Array:
    array.flags.writeable = False
    return array


def _layer(read: _TensorReader, index: int, config: BertConfig) -> LayerWeights:
    d, d_ff, p = config.d_model, config.d_ff, f"encoder.layer.{index}."
    square, vector = (d, d), (d,)
    projections = [read.get(f"{p}attention.self.{n}.weight", square) for n in ("query", "key", "value")]
    biases = [read.get(f"{p}attention.self.{n}.bias", vector) for n in ("query", "key", "value")]
    return LayerWeights(
        w_qkv_t=_read_only(np.concatenate(projections)).T,
        b_qkv=_read_only(np.concatenate(biases)),
        w_o_t=read.get(f"{p}attention.output.dense.weight", square, transpose=True),
        b_o=read.get(f"{p}attention.output.dense.bias", vector),
        attn_norm_gamma=read.get(f"{p}attention.output.LayerNorm.weight", vector),
        attn_norm_beta=read.get(f"{p}attention.output.LayerNorm.bias", vector),
        w_1_t=read.get(f"{p}intermediate.dense.weight", (d_ff, d), transpose=True),
        b_1=read.get(f"{p}intermediate.dense.bias", (d_ff,)),
        w_2_t=read.get(f"{p}output.dense.weight", (d, d_ff), transpose=True),
        b_2=read.get(f"{p}output.dense.bias", vector),
        output_norm_gamma=read.get(f"{p}output.LayerNorm.weight", vector),
        output_norm_beta=read.get(f"{p}output.LayerNorm.bias", vector),
    )


def load_weights(folder: Path, config: BertConfig) -> BertWeights:
    """The encoder in ``folder`` with the sizes ``config`` (read_config) gives; the pooler and
    ``embeddings.position_ids`` (not weights) are left out."""
    path = folder / "model.safetensors"
    d = config.d_model
    try:
        with safe_open(str(path), framework="numpy") as handle:
            read = _TensorReader(handle, path)
            embeddings = EmbeddingWeights(
                word=read.get("embeddings.word_embeddings.weight", (config.vocab_size, d)),
                position=read.get("embeddings.position_embeddings.weight", (config.max_positions, d)),
                token_type=read.get("embeddings.token_type_embeddings.weight", (config.type_vocab_size, d)),
                norm_gamma=read.get("embeddings.LayerNorm.weight", (d,)),
                norm_beta=read.get("embeddings.LayerNorm.bias", (d,)),
            )
            layers = tuple(_layer(read, i, config) for i in range(config.num_layers))
    except ModelError:
        raise
    except (SafetensorError, OSError, ValueError, TypeError) as error:
        raise ModelError(
            QT_TRANSLATE_NOOP("ModelError", "The file {path} is damaged or is not a safetensors file."),
            path=str(path),
        ) from error
    return BertWeights(config=config, embeddings=embeddings, layers=layers)
