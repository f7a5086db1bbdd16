"""A window of side-by-side comparisons for one head: scaling, mask, temperature, √d_k, soft lookup.

Non-modal, so the teacher can keep it beside the main window; it follows the lesson's trace and
head. A tab is redrawn only when it is shown: a hidden tab costs nothing while the lesson changes.
"""

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from attn_gui.core import AttentionTrace
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.compare.comparison_widgets import TEXT_SCALE
from attn_gui.ui.compare.score_variance_tab import ScoreVarianceTab
from attn_gui.ui.compare.soft_lookup_tab import SoftLookupTab
from attn_gui.ui.compare.softmax_tabs import MaskTab, ScalingTab
from attn_gui.ui.compare.temperature_tab import TemperatureTab
from attn_gui.ui.stage.view_options import ViewOptions

TITLE_SCALE = 1.4


class ComparisonWindow(QDialog):
    """Tabs comparing one head's softmax with one thing changed. ``show_trace`` keeps it in sync;
    the head can also be chosen here without touching the main window. Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_window")
        self.title = QLabel(self)
        self.title.setObjectName("comparison_title")
        self.head_caption = QLabel(QCoreApplication.translate("Comparisons", "Head:"), self)
        self.head_selector = QComboBox(self)
        self.head_selector.setObjectName("comparison_head")
        self.head_selector.setToolTip(
            QCoreApplication.translate("Comparisons", "Which head's scores to compare")
        )
        self.head_selector.currentIndexChanged.connect(self._on_head_selected)
        self.scaling, self.mask, self.temperature = ScalingTab(self), MaskTab(self), TemperatureTab(self)
        self.variance, self.lookup = ScoreVarianceTab(self), SoftLookupTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("comparison_tabs")
        pages = (
            (self.scaling, QCoreApplication.translate("Comparisons", "Scaling"), "scaling"),
            (self.mask, QCoreApplication.translate("Comparisons", "Mask"), "mask"),
            (self.temperature, QCoreApplication.translate("Comparisons", "Temperature"), "temperature"),
            # "√d_k" would lose its underscore: Fusion clips the descent of an unselected tab's text.
            (self.variance, QCoreApplication.translate("Comparisons", "√dₖ"), "variance"),
            (self.lookup, QCoreApplication.translate("Comparisons", "Soft lookup"), "lookup"),
        )
        tips = (
            QCoreApplication.translate("Comparisons", "softmax(S) beside softmax(S / √d_k)"),
            QCoreApplication.translate("Comparisons", "The weights without and with the causal mask"),
            QCoreApplication.translate("Comparisons", "Sharpen or flatten the weights with a temperature"),
            QCoreApplication.translate(
                "Comparisons", "Why the scores are divided by √d_k, from random draws"
            ),
            QCoreApplication.translate("Comparisons", "A one-hot row beside a softmax row, each times V"),
        )
        for index, ((tab, label, name), tip) in enumerate(zip(pages, tips, strict=True)):
            tab.setObjectName(f"{name}_tab")
            self.tabs.addTab(tab, label)
            self.tabs.setTabToolTip(index, tip)
        self.tabs.currentChanged.connect(lambda _: self._draw_current())
        header = QHBoxLayout()
        header.addWidget(self.title, stretch=1)
        header.addWidget(self.head_caption)
        header.addWidget(self.head_selector)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, stretch=1)
        self._trace: AttentionTrace | None = None
        self._head = 0
        self._options = ViewOptions()
        self._stale: set[QWidget] = set()  # tabs holding an older trace, head or options
        self.setWindowTitle(QCoreApplication.translate("Comparisons", "Compare side by side — attn-gui"))
        self._apply_fonts()
        room = self.screen().availableGeometry().size()  # a classroom projector may have 1280 x 720
        self.resize(min(1400, room.width()), min(860, room.height()))

    @property
    def head(self) -> int:
        """The head compared, 0-based."""
        return self._head

    def show_trace(self, trace: AttentionTrace, head: int, options: ViewOptions | None = None) -> None:
        """Compare ``head`` (0-based) of ``trace``; ``options`` are the main window's decimals and
        percentages. Showing the same again is free."""
        head = min(max(head, 0), trace.num_heads - 1)
        options = options or self._options
        if trace is self._trace and (head, options) == (self._head, self._options):
            return  # traces compare by identity: they hold arrays
        if trace is not self._trace:
            self._fill_heads(trace.num_heads)
        self._trace, self._head, self._options = trace, head, options
        self.head_selector.blockSignals(True)
        self.head_selector.setCurrentIndex(head)
        self.head_selector.blockSignals(False)
        sentence = " ".join(trace.tokens)
        self.title.setText(
            QCoreApplication.translate("Comparisons", "“{sentence}”, head {head} of {heads}").format(
                sentence=sentence if len(sentence) <= 60 else sentence[:57] + "…",
                head=head + 1,
                heads=trace.num_heads,
            )
        )
        self._stale = {self.scaling, self.mask, self.temperature, self.lookup}
        self._draw_current()

    def _fill_heads(self, heads: int) -> None:
        if self.head_selector.count() == heads:
            return
        self.head_selector.blockSignals(True)
        self.head_selector.clear()
        for h in range(heads):
            self.head_selector.addItem(
                QCoreApplication.translate("Comparisons", "{head} of {heads}").format(head=h + 1, heads=heads)
            )
        self.head_selector.blockSignals(False)

    def _on_head_selected(self, index: int) -> None:
        if index >= 0 and self._trace is not None:
            self.show_trace(self._trace, index, self._options)

    def _draw_current(self) -> None:
        """Draw the tab in view if it is out of date; the others wait until they are shown."""
        tab = self.tabs.currentWidget()
        if tab in self._stale and self.isVisible() and self._trace is not None:
            self._stale.discard(tab)
            tab.show_head(self._trace, self._head, self._options)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_current()

    def _apply_fonts(self) -> None:
        self.title.setFont(scaled_font(self, TITLE_SCALE, bold=True))
        self.head_caption.setFont(scaled_font(self, TEXT_SCALE))
        self.head_selector.setFont(scaled_font(self, TEXT_SCALE))
        self.tabs.tabBar().setFont(scaled_font(self, TEXT_SCALE))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)
