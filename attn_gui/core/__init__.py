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
from attn_gui.core.comparisons import (
    ScoreVariance,
    SoftLookup,
    SoftmaxComparison,
    SoftmaxRows,
    compare_mask,
    compare_scaling,
    row_entropy,
    row_max,
    score_variance,
    soft_lookup,
    with_temperature,
)
from attn_gui.core.errors import ConfigError
from attn_gui.core.masks import causal_mask
from attn_gui.core.positional import positional_encoding
from attn_gui.core.products import (
    DotProduct,
    dot_product,
    product_cell,
    product_matrices,
    product_operands,
)
from attn_gui.core.softmax import softmax
from attn_gui.core.stage import Stage
from attn_gui.core.tokens import is_cjk, tokenize
from attn_gui.core.toy.config import (
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
from attn_gui.core.toy.stages import toy_stages
from attn_gui.core.toy.trace import compute_trace
from attn_gui.core.trace import AttentionTrace, TraceMatrix

__all__ = [
    "EDITABLE_MATRICES",
    "EMBEDDINGS",
    "MASKS",
    "MAX_HEADS",
    "MAX_SIZE",
    "MAX_TOKENS",
    "AttentionConfig",
    "AttentionSteps",
    "AttentionTrace",
    "CellEdit",
    "ConfigError",
    "Dims",
    "DotProduct",
    "HeadResult",
    "MultiHeadResult",
    "ScoreVariance",
    "SoftLookup",
    "SoftmaxComparison",
    "SoftmaxRows",
    "Stage",
    "TraceMatrix",
    "attention_steps",
    "causal_mask",
    "compare_mask",
    "compare_scaling",
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
    "row_entropy",
    "row_max",
    "scaled_dot_product_attention",
    "score_variance",
    "soft_lookup",
    "softmax",
    "split_heads",
    "tokenize",
    "toy_stages",
    "with_temperature",
]
