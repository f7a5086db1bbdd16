"""transformers' BertModel on the same folder, in float64 with eager attention: the reference."""

import numpy as np
import torch
from transformers import BertModel as ReferenceBert

from attn_gui.models.bert import WordPieces


def load_reference(folder) -> ReferenceBert:
    return ReferenceBert.from_pretrained(folder, attn_implementation="eager").double().eval()


def run_reference(model: ReferenceBert, pieces: WordPieces) -> tuple[np.ndarray, np.ndarray]:
    """(hidden states (L+1, n, d), attentions (L, H, n, n)) for one text."""
    with torch.no_grad():
        out = model(
            input_ids=torch.tensor([pieces.ids]),
            token_type_ids=torch.tensor([pieces.type_ids]),
            attention_mask=torch.ones(1, len(pieces), dtype=torch.long),
            output_attentions=True,
            output_hidden_states=True,
        )
    return np.stack([h[0].numpy() for h in out.hidden_states]), np.stack(
        [a[0].numpy() for a in out.attentions]
    )
