"""The NumPy compute core: every number the app shows comes from here. Never imports Qt."""

from attn_gui.core.attention import (
    AttentionSteps,
    HeadResult,
    MultiHeadResult,
    attention_steps,
    multi_head_attention,
    scaled_dot_product_attention,
    split_heads,
)
from attn_gui.core.config import (
    EDITABLE_MATRICES,
    EMBEDDINGS,
    MASKS,
    MAX_HEADS,
    MAX_SIZE,
    MAX_TOKENS,
    AttentionConfig,
    CellEdit,
    Dims,
    config_as_dict,
    config_from_dict,
    estimate_trace_bytes,
)
from attn_gui.core.errors import ConfigError
from attn_gui.core.masks import causal_mask
from attn_gui.core.positional import positional_encoding
from attn_gui.core.products import (
    PRODUCTS,
    DotProduct,
    dot_product,
    product_cell,
    product_matrices,
    product_operands,
)
from attn_gui.core.softmax import softmax
from attn_gui.core.tokens import is_cjk, tokenize
from attn_gui.core.trace import PER_HEAD, STAGES, WEIGHTS, AttentionTrace, TraceMatrix, compute_trace

__all__ = [
    "EDITABLE_MATRICES",
    "EMBEDDINGS",
    "MASKS",
    "MAX_HEADS",
    "MAX_SIZE",
    "MAX_TOKENS",
    "PER_HEAD",
    "PRODUCTS",
    "STAGES",
    "WEIGHTS",
    "AttentionConfig",
    "AttentionSteps",
    "AttentionTrace",
    "CellEdit",
    "ConfigError",
    "Dims",
    "DotProduct",
    "HeadResult",
    "MultiHeadResult",
    "TraceMatrix",
    "attention_steps",
    "causal_mask",
    "compute_trace",
    "config_as_dict",
    "config_from_dict",
    "dot_product",
    "estimate_trace_bytes",
    "is_cjk",
    "multi_head_attention",
    "positional_encoding",
    "product_cell",
    "product_matrices",
    "product_operands",
    "scaled_dot_product_attention",
    "softmax",
    "split_heads",
    "tokenize",
]
