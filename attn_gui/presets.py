"""Ready-made lesson examples as plain data, so the UI, the CLI and tests share one list."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from attn_gui.core.tokens import tokenize
from attn_gui.core.toy.config import AttentionConfig
from attn_gui.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Preset:
    """One example: the text as a teacher would type it plus the AttentionConfig keywords.

    Keeping the typed text (not only the tokens) lets the input panel show "我爱学习" as
    written when ``split_cjk`` cuts it into characters. ``title`` is marked for
    translation in the "Preset" context; translate it where it is shown.
    """

    id: str
    title: str
    tokens_text: str
    split_cjk: bool = False
    kv_tokens_text: str | None = None
    config_values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "config_values", MappingProxyType(dict(self.config_values)))


PRESETS: tuple[Preset, ...] = (
    Preset(
        "i-love-learning-small",
        QT_TRANSLATE_NOOP("Preset", "I love learning — small (d_model 4, 2 heads)"),
        "I love learning",
        config_values={"d_model": 4, "num_heads": 2},
    ),
    Preset(
        "i-love-learning-paper",
        QT_TRANSLATE_NOOP("Preset", "I love learning — the paper's sizes (d_model 512, 8 heads, d_k 64)"),
        "I love learning",
        # d_k and d_v stay automatic: 512 / 8 = 64, so the divisor √d_k is 8, and shrinking
        # d_model afterwards keeps d_k = d_model / heads as in the paper.
        config_values={"d_model": 512, "num_heads": 8},
    ),
    Preset(
        "wo-ai-xuexi",
        QT_TRANSLATE_NOOP("Preset", "我 爱 学习 (Chinese, d_model 4, 2 heads)"),
        "我 爱 学习",
        config_values={"d_model": 4, "num_heads": 2},
    ),
    Preset(
        "causal-decoder",
        QT_TRANSLATE_NOOP("Preset", "Causal decoder: I love learning"),
        "I love learning",
        config_values={"d_model": 4, "num_heads": 2, "mask": "causal"},
    ),
    Preset(
        "cross-attention",
        QT_TRANSLATE_NOOP("Preset", "Cross-attention: queries 我 爱 学习, keys/values I love learning"),
        "我 爱 学习",
        kv_tokens_text="I love learning",
        config_values={"d_model": 4, "num_heads": 2},
    ),
)


def preset_config(preset: Preset) -> AttentionConfig:
    """The validated configuration a preset stands for (raises ConfigError if a preset is broken)."""
    kv_tokens = None
    if preset.kv_tokens_text is not None:
        kv_tokens = tokenize(preset.kv_tokens_text, preset.split_cjk)
    return AttentionConfig(
        tokens=tokenize(preset.tokens_text, preset.split_cjk),
        kv_tokens=kv_tokens,
        **preset.config_values,
    )
