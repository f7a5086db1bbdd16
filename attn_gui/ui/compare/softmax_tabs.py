"""The comparison tabs that switch one step before softmax off and on: the scaling, the mask."""

import math

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from attn_gui.core import AttentionTrace, SoftmaxComparison, compare_mask, compare_scaling
from attn_gui.notation import format_number
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.compare.comparison_widgets import NOTE_SCALE, WeightsPanel, note_label
from attn_gui.ui.stage.view_options import ViewOptions


def logits_formula(scaled: bool, masked: bool) -> str:
    """What softmax is applied to, as the lesson writes it: S, S / √d_k, with + M when masked."""
    text = "S / √d_k" if scaled else "S"
    return text + " + M" if masked else text


def softmax_formula(scaled: bool, masked: bool) -> str:
    return f"softmax({logits_formula(scaled, masked)})"


class SideBySideTab(QWidget):
    """Two weights panels of one head, a step ``off`` (left) and ``on`` (right), under a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note_label(self)
        self.off = WeightsPanel(self)
        self.on = WeightsPanel(self)
        panels = QHBoxLayout()
        panels.addWidget(self.off)
        panels.addSpacing(24)
        panels.addWidget(self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(panels, stretch=1)
        self.note.setFont(scaled_font(self, NOTE_SCALE))

    def show_head(self, trace: AttentionTrace, head: int, options: ViewOptions) -> None:
        comparison = self.compare(trace, head)
        off_title, on_title = self.titles(trace)
        self.off.show_rows(trace, head, comparison.off, off_title, options)
        self.on.show_rows(trace, head, comparison.on, on_title, options)
        self.note.setText(self.explain(trace))

    def compare(self, trace: AttentionTrace, head: int) -> SoftmaxComparison:
        raise NotImplementedError

    def titles(self, trace: AttentionTrace) -> tuple[str, str]:
        raise NotImplementedError

    def explain(self, trace: AttentionTrace) -> str:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.note.setFont(scaled_font(self, NOTE_SCALE))
        super().changeEvent(event)


class ScalingTab(SideBySideTab):
    """softmax(S) beside softmax(S / √d_k): unscaled rows are peakier."""

    def compare(self, trace: AttentionTrace, head: int) -> SoftmaxComparison:
        return compare_scaling(trace, head)

    def titles(self, trace: AttentionTrace) -> tuple[str, str]:
        masked = trace.mask == "causal"
        return softmax_formula(False, masked), softmax_formula(True, masked)

    def explain(self, trace: AttentionTrace) -> str:
        d_k = trace.dims.d_k
        if d_k == 1:
            return QCoreApplication.translate(
                "Comparisons", "With d_k = 1, √d_k = 1 and both sides are the same: choose a larger d_k."
            )
        return QCoreApplication.translate(
            "Comparisons",
            "Dividing the scores by √d_k = √{d_k} = {root} flattens every row: its entropy rises and "
            "its largest weight falls. Unscaled rows are peakier, closer to one-hot.",
        ).format(d_k=d_k, root=format_number(math.sqrt(d_k), 2))


class MaskTab(SideBySideTab):
    """The weights without and with the causal mask, scaled as the lesson is."""

    def compare(self, trace: AttentionTrace, head: int) -> SoftmaxComparison:
        return compare_mask(trace, head)

    def titles(self, trace: AttentionTrace) -> tuple[str, str]:
        return softmax_formula(trace.scale, False), softmax_formula(trace.scale, True)

    def explain(self, trace: AttentionTrace) -> str:
        return QCoreApplication.translate(
            "Comparisons",
            "The causal mask M sets the scores above the diagonal to −∞: after softmax their weights "
            "are exactly 0, so no token attends to a later one.",
        )
