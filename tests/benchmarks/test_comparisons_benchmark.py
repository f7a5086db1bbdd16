"""The √d_k tab's sweep (issue 7): d_k = 1..256 with thousands of random draws each.

Target: well under 0.2 s, so the tab opens without a pause; the median is stored in extra_info.
"""

from attn_gui.core import score_variance
from attn_gui.ui.compare.score_variance_tab import DRAWS, MAX_D_K, SEED

TARGET_MS = 100


def test_score_variance_sweep(benchmark):
    result = benchmark(score_variance, range(1, MAX_D_K + 1), DRAWS, SEED)
    assert result.raw.shape == (MAX_D_K,)
    median_ms = benchmark.stats.stats.median * 1000
    benchmark.extra_info["median_ms"] = round(median_ms, 2)
    print(f"\nscore_variance, d_k = 1..{MAX_D_K}, {DRAWS} draws: {median_ms:.1f} ms median")
    assert median_ms <= TARGET_MS
