"""A BERT-family encoder (all-MiniLM-L6-v2 and its kin) run step by step in NumPy, matching
transformers' BertModel in float64."""

from attn_gui.models.bert.activation import erf, gelu
from attn_gui.models.bert.detail import (
    PER_HEAD,
    STAGE_OPERANDS,
    EmbeddingDetail,
    LayerDetail,
    embedding_detail,
    layer_detail,
)
from attn_gui.models.bert.encoder import EncoderResult, encode
from attn_gui.models.bert.model import BertModel, load_bert
from attn_gui.models.bert.tokenizer import WordPieces, WordPieceTokenizer
from attn_gui.models.bert.weights import BertConfig, BertWeights, EmbeddingWeights, LayerWeights

__all__ = [
    "PER_HEAD",
    "STAGE_OPERANDS",
    "BertConfig",
    "BertModel",
    "BertWeights",
    "EmbeddingDetail",
    "EmbeddingWeights",
    "EncoderResult",
    "LayerDetail",
    "LayerWeights",
    "WordPieceTokenizer",
    "WordPieces",
    "embedding_detail",
    "encode",
    "erf",
    "gelu",
    "layer_detail",
    "load_bert",
]
