"""The side pane that explains the current stage and keeps one cell's arithmetic pinned in view.

It lives in a collapsible dock next to the matrices. Sizes are multiples of the widget's own
font, so when the teacher scales the application's font for the projector the pane grows too.
"""

import html

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from attn_gui.core import AttentionTrace, Stage
from attn_gui.timeline.stage_matrices import shape_equation
from attn_gui.ui.explain.stage_notes import stage_notes

TEXT_SCALE = 1.4  # the explanation, larger than the interface text: it is read from the back row
PIN_SCALE = 1.6  # the pinned arithmetic, larger still: every digit must be legible
MIN_LINE_CHARS = 18  # the narrowest the pane gets: words must not break letter by letter


class ExplanationPane(QWidget):
    """The stage's title, formula, shapes and explanation, and below them a pinned cell.

    A pin stays until cleared or replaced, so a teacher can keep a scores cell in view while
    stepping on to the scaling and the softmax.
    """

    pin_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setObjectName("explanation_text")
        self.text.setOpenLinks(False)
        self.pin_title = QLabel(self)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear_pin")
        self.clear_button.clicked.connect(self.clear_pin)
        self.pin_text = QPlainTextEdit(self)
        self.pin_text.setObjectName("pinned_cell")
        self.pin_text.setReadOnly(True)
        self.pin_box = QWidget(self)
        header = QHBoxLayout()
        header.addWidget(self.pin_title, stretch=1)
        header.addWidget(self.clear_button)
        pin_layout = QVBoxLayout(self.pin_box)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        pin_layout.addLayout(header)
        pin_layout.addWidget(self.pin_text)
        self.pin_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(self.pin_box, stretch=1)
        self._shown: tuple[Stage, AttentionTrace, int | None] | None = None
        self.quiz = False  # in quiz mode the worked numbers must not give answers away
        self._retranslate()
        self._apply_fonts()

    def show_stage(self, stage: Stage, trace: AttentionTrace, head: int | None) -> None:
        """Explain ``stage`` with the sizes of ``trace``; ``head`` is 0-based (None: no head)."""
        self._shown = (stage, trace, head)
        title = QCoreApplication.translate("Stage", stage.title)
        if stage.per_head and head is not None:
            title = QCoreApplication.translate("ExplanationPane", "{title} (head {head})").format(
                title=title, head=head + 1
            )
        shapes = QCoreApplication.translate("ExplanationPane", "Shapes: {shapes}").format(
            shapes=shape_equation(trace, stage.name, head or 0)  # every head has the same shapes
        )
        paragraphs = (
            f"<h2>{html.escape(title)}</h2>",
            f'<p style="font-size: x-large"><b>{html.escape(stage.formula)}</b></p>',
            f'<p style="font-size: large">{html.escape(shapes)}</p>',
            f"<p>{html.escape(QCoreApplication.translate('Stage', stage.explanation))}</p>",
            stage_notes(trace, stage.name, head or 0, quiz=self.quiz),
        )
        self.text.setHtml("".join(paragraphs))

    def set_quiz(self, on: bool) -> None:
        """Leave out (or bring back) the notes that quote what the class is asked to predict."""
        self.quiz = on
        if self._shown is not None:
            self.show_stage(*self._shown)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than a readable line of the explanation at its text size."""
        width = self.text.fontMetrics().averageCharWidth() * MIN_LINE_CHARS
        return super().minimumSizeHint().expandedTo(QSize(width, 0))

    def pin_cell(self, text: str) -> None:
        """Show a cell's arithmetic (from explain_cell) below the explanation until cleared."""
        self.pin_text.setPlainText(text)
        self.pin_box.show()

    def clear_pin(self) -> None:
        """Remove the pinned cell; emits ``pin_cleared`` if there was one."""
        had_pin = self.pin_box.isVisibleTo(self)
        self.pin_text.clear()
        self.pin_box.hide()
        if had_pin:
            self.pin_cleared.emit()

    def pinned_text(self) -> str:
        """The pinned arithmetic, or "" when nothing is pinned."""
        return self.pin_text.toPlainText()

    def _retranslate(self) -> None:
        self.pin_title.setText(QCoreApplication.translate("ExplanationPane", "Pinned cell"))
        self.clear_button.setText(QCoreApplication.translate("ExplanationPane", "Clear"))
        self.clear_button.setToolTip(
            QCoreApplication.translate("ExplanationPane", "Unpin the cell and hide its arithmetic")
        )
        if self._shown is not None:
            self.show_stage(*self._shown)

    def _apply_fonts(self) -> None:
        """Derive every size from the widget's font, so a global font scaling carries through."""
        size = self.font().pointSizeF()
        text_font = QFont(self.font())
        text_font.setPointSizeF(size * TEXT_SCALE)
        self.text.setFont(text_font)
        pin_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        pin_font.setPointSizeF(size * PIN_SCALE)
        self.pin_text.setFont(pin_font)
        title_font = QFont(self.font())
        title_font.setPointSizeF(size * TEXT_SCALE)
        title_font.setBold(True)
        self.pin_title.setFont(title_font)
        self.clear_button.setFont(text_font)
        self.updateGeometry()  # a new text size: a new narrowest width

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
