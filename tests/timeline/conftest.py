"""Small traces that between them reach every kind of step, and the sizes the lesson expects."""

from functools import cache

import pytest

from attn_gui.core import AttentionConfig, AttentionTrace, compute_trace
from attn_gui.timeline.model import GRANULARITIES

CONFIGS = {
    # The lesson's default: "I love learning", d_model 4, 2 heads.
    "default": AttentionConfig(tokens=("I", "love", "learning")),
    "causal": AttentionConfig(tokens=("the", "cat", "the", "mat"), d_model=6, num_heads=3, mask="causal"),
    # Fewer queries than keys, and more: the causal mask is rectangular in both.
    "cross-wide": AttentionConfig(tokens=("我", "爱"), kv_tokens=("I", "love", "learning"), mask="causal"),
    "cross-tall": AttentionConfig(
        tokens=("a", "b", "c", "d"), kv_tokens=("x", "y"), d_model=4, num_heads=1, mask="causal", seed=3
    ),
    # d_k, d_v and d_model all different, so a mix-up of sizes cannot pass.
    "uneven": AttentionConfig(tokens=("one", "two", "three"), d_model=5, num_heads=2, d_k=3, d_v=1, seed=7),
    "switches-off": AttentionConfig(
        tokens=("a", "b", "c"), d_model=3, num_heads=1, scale=False, positional_encoding=False, seed=1
    ),
}


@cache
def trace_for(name: str) -> AttentionTrace:
    return compute_trace(CONFIGS[name])


@pytest.fixture(params=sorted(CONFIGS))
def trace(request) -> AttentionTrace:
    return trace_for(request.param)


@pytest.fixture(params=GRANULARITIES)
def granularity(request) -> str:
    return request.param
