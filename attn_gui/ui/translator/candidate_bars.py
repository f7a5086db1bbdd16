"""The next-word chart's bars, painted by one widget: one row per candidate word, its name, a bar
as long as its probability on a fixed 0..100% scale (the faint track is 100%) and the percentage
in a column after the track.

A fixed scale, not one stretched to the tallest bar: as the temperature rises the tallest bar must
visibly shrink and the others grow, which is the lesson. The text is the widget's font times
BAR_SCALE, for the back row, so it follows the application's text size; it shrinks a little in a
small dock, and a tall view spreads the rows rather than enlarging them.
"""

import html
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from attn_gui.notation import format_number
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.translator.candidates import Candidates, probability_text

BAR_SCALE = 2.0  # words and percentages: read from the back row
MIN_SCALE = 0.9  # the most they shrink in a small dock
ROW_LINES, MAX_ROW_LINES = 1.45, 2.0  # a row's height, in lines of its font: at least, at most
BAR_LINES, BAR_PITCH = 0.8, 0.55  # a bar's thickness: in lines at least, or this much of its row
HIDDEN_WORD = "?"
MUTED = 0.45  # the other bars: this much of the text colour over the background
TRACK = 0.12  # the empty rest of each bar: faint, but still there on a washed-out projector


def written_tag() -> str:
    """After the written word's percentage: the mark that does not rely on colour alone."""
    return QCoreApplication.translate("NextWordChart", "← written")


@dataclass(frozen=True)
class BarsLayout:
    font: QFont
    bold: QFont
    pitch: int  # one row's height
    top: int
    label_width: int  # the words' column, right-aligned
    bar_left: int
    bar_length: int  # the length of a 100% bar
    number_left: int
    number_width: int  # the percentages' column, right-aligned
    gap: int


def _mix(ink: QColor, paper: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        *(share * a + (1 - share) * b for a, b in zip(ink.getRgbF()[:3], paper.getRgbF()[:3], strict=True))
    )


class CandidateBars(QWidget):
    """Rows of word, bar and percentage; the written word's bar in the highlight colour with
    "← written" after it. Hidden, every word reads "?" and no bar is marked (see NextWordChart).
    Up and Down move a keyboard focus over the rows, which says its numbers as hovering does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidate_bars")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._candidates: Candidates | None = None
        self._hidden = False
        self._focus = 0
        self._retranslate()

    def set_candidates(self, candidates: Candidates | None, hidden: bool) -> None:
        self._candidates, self._hidden = candidates, hidden
        self._focus = min(self._focus, max(self.count() - 1, 0))
        self._describe()
        self.update()

    def count(self) -> int:
        return 0 if self._candidates is None else len(self._candidates.words)

    # -- what each row says ----------------------------------------------------------------

    def label(self, row: int) -> str:
        assert self._candidates is not None
        return HIDDEN_WORD if self._hidden else self._candidates.words[row]

    def percentage(self, row: int) -> str:
        assert self._candidates is not None
        return probability_text(float(self._candidates.probabilities[row]))

    def marked(self, row: int) -> bool:
        return self._candidates is not None and not self._hidden and row == self._candidates.written

    def rows(self) -> list[tuple[str, str, bool]]:
        """(word, percentage, marked as written) of each row, top first, as painted."""
        return [(self.label(k), self.percentage(k), self.marked(k)) for k in range(self.count())]

    def tooltip(self, row: int) -> str:
        candidates = self._candidates
        assert candidates is not None
        share = self.percentage(row)
        if self._hidden:
            return QCoreApplication.translate(
                "NextWordChart", "Which word gets {share}? It is hidden until the answer is revealed."
            ).format(share=share)
        score = float(candidates.logits[row])
        lines = [
            f"{candidates.words[row]}: {share}",
            QCoreApplication.translate(
                "NextWordChart", "Score (logit) {score}; divided by T = {temperature}: {scaled}."
            ).format(
                score=format_number(score, 2),
                temperature=format_number(candidates.temperature, 2),
                scaled=format_number(score / candidates.temperature, 2),
            ),
        ]
        if self.marked(row):
            lines.append(QCoreApplication.translate("NextWordChart", "The word the decoder wrote."))
        return "\n".join(lines)

    def focused(self) -> int:
        return self._focus

    # -- geometry --------------------------------------------------------------------------

    def _fonts(self, scale: float) -> tuple[QFont, QFont]:
        return scaled_font(self, scale), scaled_font(self, scale, bold=True)

    def layout_for(self) -> BarsLayout:
        """Where everything goes at this size and font."""
        rows = max(self.count(), 1)
        scale = BAR_SCALE
        font, bold = self._fonts(scale)
        metrics = QFontMetrics(bold)
        while scale > MIN_SCALE and (
            rows * ROW_LINES * metrics.height() > self.height() or self._width_needed(metrics) > self.width()
        ):
            scale = max(scale * 0.92, MIN_SCALE)
            font, bold = self._fonts(scale)
            metrics = QFontMetrics(bold)
        line = metrics.height()
        gap = max(4, line // 3)
        pitch = int(min(max(self.height() / rows, ROW_LINES * line), MAX_ROW_LINES * line))
        label_width = self._label_width(metrics)
        number_width = metrics.horizontalAdvance(">99.9%")
        tag = metrics.horizontalAdvance(written_tag())
        bar_left = label_width + 2 * gap
        bar_length = max(self.width() - bar_left - number_width - tag - 4 * gap, line)
        number_left = bar_left + bar_length + gap
        top = max(0, (self.height() - rows * pitch) // 2)
        return BarsLayout(
            font, bold, pitch, top, label_width, bar_left, bar_length, number_left, number_width, gap
        )

    def _label_width(self, metrics: QFontMetrics) -> int:
        """The widest word, hidden or not: the bars stay put when the answer is revealed."""
        words = self._candidates.words if self._candidates is not None else ()
        return max(metrics.horizontalAdvance(text) for text in (*words, HIDDEN_WORD))

    def _width_needed(self, metrics: QFontMetrics) -> int:
        """The words, a bar of eight lines and the percentages with their tag."""
        text = metrics.horizontalAdvance(">99.9%") + metrics.horizontalAdvance(written_tag())
        return self._label_width(metrics) + 8 * metrics.height() + text + 6 * max(4, metrics.height() // 3)

    def row_rect(self, row: int) -> QRect:
        layout = self.layout_for()
        return QRect(0, layout.top + row * layout.pitch, self.width(), layout.pitch)

    def bar_rect(self, row: int, layout: BarsLayout | None = None) -> QRect:
        """The filled bar of ``row``: its length is the probability times the 100% length."""
        layout = layout or self.layout_for()
        assert self._candidates is not None
        thickness = round(max(BAR_LINES * QFontMetrics(layout.bold).height(), BAR_PITCH * layout.pitch))
        top = layout.top + row * layout.pitch + (layout.pitch - thickness) // 2
        length = round(float(self._candidates.probabilities[row]) * layout.bar_length)
        return QRect(layout.bar_left, top, length, thickness)

    def full_length(self) -> int:
        """The length of a 100% bar, in pixels."""
        return self.layout_for().bar_length

    def row_at(self, pos: QPoint) -> int | None:
        layout = self.layout_for()
        row = (pos.y() - layout.top) // layout.pitch
        return row if 0 <= row < self.count() and pos.y() >= layout.top else None

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        paper, ink, highlight = palette.base().color(), palette.text().color(), palette.highlight().color()
        painter.fillRect(self.rect(), paper)
        if self._candidates is None:
            return
        layout = self.layout_for()
        muted, track = _mix(ink, paper, MUTED), _mix(ink, paper, TRACK)
        for row in range(self.count()):
            marked = self.marked(row)
            font = layout.bold if marked else layout.font
            painter.setFont(font)
            bar = self.bar_rect(row, layout)
            band = QRect(0, layout.top + row * layout.pitch, self.width(), layout.pitch)
            painter.fillRect(QRect(bar.left(), bar.top(), layout.bar_length, bar.height()), track)
            painter.fillRect(bar, highlight if marked else muted)
            painter.setPen(ink)
            words = QRect(layout.gap, band.top(), layout.label_width, band.height())
            painter.drawText(
                words, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.label(row)
            )
            numbers = QRect(layout.number_left, band.top(), layout.number_width, band.height())
            painter.setPen(highlight if marked else ink)
            painter.drawText(
                numbers, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.percentage(row)
            )
            if marked:
                tag = QRect(numbers.right() + 1 + layout.gap, band.top(), self.width(), band.height())
                painter.drawText(
                    tag, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, written_tag()
                )
        if self.hasFocus():
            painter.setPen(QPen(ink, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.row_rect(self._focus).adjusted(1, 1, -2, -2))

    # -- hover and keys --------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._rich(row), self, self.row_rect(row))
            return True
        return super().event(event)

    def _rich(self, row: int) -> str:
        return "".join(f"<p>{html.escape(line)}</p>" for line in self.tooltip(row).split("\n"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.key() in moves and self.count():
            self._focus = min(max(self._focus + moves[event.key()], 0), self.count() - 1)
            self._describe()
            self.update()
            where = self.row_rect(self._focus)
            QToolTip.showText(self.mapToGlobal(where.center()), self._rich(self._focus), self, where)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _describe(self) -> None:
        """A screen reader reads every row, then the focused one's numbers."""
        listed = ", ".join(f"{word} {share}" for word, share, _ in self.rows())
        focused = self.tooltip(self._focus).replace("\n", " ") if self.count() else ""
        self.setAccessibleDescription(f"{listed}. {focused}" if listed else "")

    def _retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("NextWordChart", "Next-word probabilities"))
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self._fonts(BAR_SCALE)[1]).height()
        rows = max(self.count(), 1)
        return QSize(line * 18, math.ceil(rows * ROW_LINES * line))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetrics(self._fonts(MIN_SCALE)[1]).height()
        rows = max(self.count(), 1)
        return QSize(line * 10, math.ceil(rows * ROW_LINES * line))
