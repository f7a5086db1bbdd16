"""The trained translator's output and alignment: the next-word probabilities of one decoding step
(NextWordChart) and the cross-attention of the whole sentence (AlignmentView). Both are handed
NumPy arrays and tokens; neither loads or runs the model."""

from attn_gui.ui.translator.alignment_view import AlignmentView
from attn_gui.ui.translator.next_word_chart import NextWordChart

__all__ = ["AlignmentView", "NextWordChart"]
