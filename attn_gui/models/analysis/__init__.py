"""Reading a real model's attention: what each head does on this sentence, the weights without the
special tokens or per word instead of per piece, and how attention composes across layers. Pure
functions of the weights, for any encoder; labels are short keys that the interface translates."""

from attn_gui.models.analysis.head_roles import HeadRole, head_roles
from attn_gui.models.analysis.labelled import LabelledAttention
from attn_gui.models.analysis.rollout import attention_rollout
from attn_gui.models.analysis.special_tokens import hide_special_tokens
from attn_gui.models.analysis.word_merge import merge_word_pieces, word_label

__all__ = [
    "HeadRole",
    "LabelledAttention",
    "attention_rollout",
    "head_roles",
    "hide_special_tokens",
    "merge_word_pieces",
    "word_label",
]
