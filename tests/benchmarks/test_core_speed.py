"""The core's speed at the largest size the app accepts, against PyTorch in the same run.

Target (issue 2): multi_head_attention and compute_trace for 512 tokens, d_model 1024, 16 heads,
float64, within 1.5x of torch.nn.MultiheadAttention's time. The torch baseline runs first; the
ratios are printed and stored in the benchmark's extra_info, along with OPENBLAS_CORETYPE.
"""

import os

import numpy as np
import pytest
import torch

from attn_gui.core import AttentionConfig, compute_trace, multi_head_attention

N, D_MODEL, HEADS = 512, 1024, 16
TARGET_RATIO = 1.5
_medians: dict[str, float] = {}


@pytest.fixture(scope="module")
def inputs():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((N, D_MODEL))
    w_q, w_k, w_v, w_o = (rng.standard_normal((D_MODEL, D_MODEL)) / np.sqrt(D_MODEL) for _ in range(4))
    return x, w_q, w_k, w_v, w_o


def _record(benchmark, name: str) -> None:
    _medians[name] = benchmark.stats.stats.median
    benchmark.extra_info["OPENBLAS_CORETYPE"] = os.environ.get("OPENBLAS_CORETYPE", "(not set)")
    benchmark.extra_info["torch_threads"] = torch.get_num_threads()
    if name != "torch":
        ratio = _medians[name] / _medians["torch"]
        benchmark.extra_info["ratio_to_torch"] = round(ratio, 3)
        print(f"\n{name}: {ratio:.2f}x torch.nn.MultiheadAttention's median time")
        assert ratio <= TARGET_RATIO


def test_torch_multihead_attention_baseline(benchmark, inputs):
    x, w_q, w_k, w_v, w_o = inputs
    module = torch.nn.MultiheadAttention(D_MODEL, HEADS, bias=False, batch_first=True, dtype=torch.float64)
    with torch.no_grad():
        module.in_proj_weight.copy_(torch.from_numpy(np.concatenate([w_q.T, w_k.T, w_v.T])))
        module.out_proj.weight.copy_(torch.from_numpy(w_o.T))
    tx = torch.from_numpy(x)[None]

    def run():
        with torch.no_grad():
            return module(tx, tx, tx, need_weights=True, average_attn_weights=False)

    benchmark(run)
    _record(benchmark, "torch")


def test_multi_head_attention_within_target_of_torch(benchmark, inputs):
    x, w_q, w_k, w_v, w_o = inputs
    result = benchmark(multi_head_attention, x, x, w_q, w_k, w_v, w_o, HEADS)
    assert result.weights.shape == (HEADS, N, N)
    _record(benchmark, "multi_head_attention")


def test_compute_trace_within_target_of_torch(benchmark):
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(N)), d_model=D_MODEL, num_heads=HEADS)
    trace = benchmark(compute_trace, config)
    assert trace.get("output").array.shape == (N, D_MODEL)
    _record(benchmark, "compute_trace")
