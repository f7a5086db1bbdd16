"""One stage of the pipeline as the class sees it: operands, operator, result, and the shapes.

The drawing needs no window: the main window shows one, and the exporters render one of their
own (see ``standalone``) from the same trace, step and view options.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from attn_gui.core import AttentionTrace, TraceMatrix
from attn_gui.core.stage import (
    ACTIVATION,
    BIAS,
    CONCAT,
    LAYER_NORM,
    MASK,
    PRODUCT,
    SCALE,
    SOFTMAX,
    SUM,
    TRANSPOSE,
    Stage,
)
from attn_gui.notation import DISTRIBUTIONS, MATRIX_SYMBOLS, format_number
from attn_gui.timeline.model import Step
from attn_gui.timeline.stage_matrices import shape_equation, stage_matrices
from attn_gui.ui.explain.cell_explanations import explain_cell
from attn_gui.ui.stage.equation_text import MAX_ENTRIES, MAX_TERMS, caption_text, equation_text
from attn_gui.ui.stage.focus_strip import FocusStrip
from attn_gui.ui.stage.matrix_view import ZOOM_STEP, MatrixView
from attn_gui.ui.stage.view_options import ViewOptions

EDITABLE = ("x", "x_kv", "w_q", "w_k", "w_v", "w_o")
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
DEFAULT_CAPTION_SCALE = 1.3
MAX_CONCAT_OPERANDS = 8  # beyond this many heads the concat shows only its result
FOCUSED_TERMS = 3  # terms on the equation strip when the focus strip shows them all
EQUATION_LINES = 2
NUMBERED_RESULT = 8  # columns of a result that is always wide enough to print its numbers
WIDE = 16  # columns beyond which a matrix takes no more width: it is drawn as a heatmap that fits


def widths(matrices: list[TraceMatrix], result: int) -> list[int]:
    """Each matrix's share of the stage's width: by columns, so that cells are about equally
    wide, but bounded (Q of 3 × 64 must leave room), and the result never smaller than the
    operands' average share (S of 3 × 3 after Q · Kᵀ is what the stage is about)."""
    shares = [min(max(m.array.shape[1], 2), WIDE) for m in matrices]
    operands = shares[:result]
    if operands:
        shares[result] = max(shares[result], round(sum(operands) / len(operands)))
    return shares


def matrix_title(matrix: TraceMatrix) -> str:
    """A matrix's name as the lesson writes it, with the head when it has one."""
    name = MATRIX_SYMBOLS[matrix.name]
    if matrix.head is None:
        return name
    return QCoreApplication.translate("StageDrawing", "{name} (head {head})").format(
        name=name, head=matrix.head + 1
    )


class StageDrawing(QWidget):
    """Lays out a stage's matrices with the operator between them; the result is rightmost.

    Emits ``cellPinned`` with the full arithmetic of a clicked cell, and ``cellEdited`` with a
    typed value in the coordinates of the whole editable matrix (a head's block of W_Q is
    mapped back to W_Q's columns).
    """

    cellPinned = Signal(str)
    cellEdited = Signal(str, int, int, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click anywhere on the stage takes the keys
        self.formula = QLabel(self)
        self.formula.setObjectName("stage_formula")
        self.formula.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shapes = QLabel(self)
        self.shapes.setObjectName("stage_shapes")
        self.shapes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.formula, self.shapes):  # a LayerNorm's formula must not widen the window
            label.setWordWrap(True)
        self.row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.formula)
        layout.addWidget(self.shapes)
        layout.addLayout(self.row, stretch=1)
        self.focus = FocusStrip(self)
        self.views: list[MatrixView] = []
        self._operators: list[QLabel] = []
        self._trace: AttentionTrace | None = None
        self._shown: tuple | None = None
        self._shares: list[int] = []
        self._pointed: MatrixView | None = None  # the last one under the pointer: the keys zoom it
        self._result: MatrixView | None = None
        self._full_equation = ""
        self.equation = QLabel(self)
        self.equation.setObjectName("equation_strip")
        self.equation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.equation.setWordWrap(True)
        self.equation.installEventFilter(self)  # a click pins the whole row, cut short on the strip
        self.caption = QLabel(self)
        self.caption.setObjectName("step_caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout.addWidget(self.focus)
        layout.addWidget(self.equation)
        layout.addWidget(self.caption)
        self.caption_scale = DEFAULT_CAPTION_SCALE
        self._update_fonts()

    def show_stage(self, trace: AttentionTrace, name: str, head: int, options: ViewOptions) -> None:
        """Show stage ``name`` for ``head`` (0-based; ignored by stages shared by all heads).

        Showing the same stage again is free: stepping through an animation only changes
        what show_step draws over the matrices.
        """
        stage = trace.stage(name)
        key = (name, head if stage.per_head else None, options)
        if self._trace is trace and key == self._shown:  # traces compare by identity: they hold arrays
            return
        self._shown = key
        self._trace = trace
        shown = stage_matrices(trace, name, head)
        operands = shown.operands
        if stage.kind == CONCAT and len(operands) > MAX_CONCAT_OPERANDS:
            operands = ()
        matrices = [*operands, shown.result, *shown.companions]
        symbols = [*self._operator_symbols(stage, trace, len(operands)), *([""] * len(shown.companions))]
        self.formula.setText(stage.formula)
        self.shapes.setText(shape_equation(trace, name, head))
        self._ensure_widgets(len(matrices))
        shares = widths(matrices, result=len(operands))
        for index, (view, matrix) in enumerate(zip(self.views, matrices, strict=False)):
            view.set_matrix(
                matrix,
                title=self._title(stage.kind, matrix, index, trace),
                decimals=options.decimals,
                percent=options.percent,
                row_sums=matrix.name in DISTRIBUTIONS,
                colour_blind=options.colour_blind,
            )
            view.editable = matrix.name in EDITABLE
            view.tooltip_provider = self._explainer(matrix, max_terms=8)
            rows, columns = matrix.array.shape
            # A bias or γ is one row: drawn as a strip, not stretched to the height of the others.
            # A column or two (LayerNorm's μ and σ²) and a small result (S of 5 × 5 after Q · Kᵀ)
            # are given the width of their numbers.
            view.setMaximumHeight(view.row_vector_height() if rows == 1 else QWIDGETSIZE_MAX)
            numbered = columns <= 2 or (index == len(operands) and columns <= NUMBERED_RESULT)
            view.setMinimumWidth(view.label_width() + columns * view.number_width() if numbered else 0)
            view.setVisible(True)
        self._shares = shares
        self._result = self.views[len(operands)]
        self._pointed = None
        for view in self.views[len(matrices) :]:
            view.setVisible(False)
        for label, symbol in zip(self._operators, symbols, strict=False):
            label.setText(symbol)
            label.setVisible(bool(symbol))
        for label in self._operators[len(symbols) :]:
            label.setVisible(False)
        self._share_width()
        self.layout().activate()  # the new sizes now, not at the next event: the steps ask for them

    def _share_width(self) -> None:
        """Stretch the views so that their cells, not the views, share the room by ``widths``: a
        matrix's row labels take their room first ("learning" beside X, "1 … 64" beside Kᵀ)."""
        views = self.shown_views()
        if not views:
            return
        room = self.row.geometry().width() or self.contentsRect().width()
        labels = [view.label_width() for view in views]
        free = max(room - self._fixed_width(views), len(views))
        total = sum(self._shares)
        for view, label, share in zip(views, labels, self._shares, strict=False):
            stretch = max(1, round(label + free * share / total))
            if self.row.stretch(self.row.indexOf(view)) != stretch:  # setting it lays out again
                self.row.setStretchFactor(view, stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def show_step(self, trace: AttentionTrace, step: Step, options: ViewOptions) -> None:
        """One moment of the animation: what is computed so far, what is being multiplied."""
        self.show_stage(trace, step.stage, step.head or 0, options)
        for view in self.views:
            if view.isHidden() or view.matrix is None:
                continue
            matrix = view.matrix
            bands = [b for b in step.highlights if b.matrix == matrix.name and b.head in (None, matrix.head)]
            cells = tuple(c for b in bands for c in b.cells)
            if matrix.name == step.stage and step.current is not None:
                cells += (step.current,)  # the cell being built
            view.set_highlights(
                rows=tuple(r for b in bands for r in b.rows),
                columns=tuple(c for b in bands for c in b.columns),
                cells=cells,
            )
            if matrix.name == step.stage:
                partial = "" if step.partial is None else format_number(step.partial, options.decimals)
                view.set_progress(step.filled, step.current, partial)
        self._show_focus(trace, step, options)
        self._show_equation(trace, step, options)
        self.caption.setText(caption_text(step.caption, options.decimals))

    def _show_equation(self, trace: AttentionTrace, step: Step, options: ViewOptions) -> None:
        """The step's arithmetic in at most two lines: fewer entries until it fits; all of it in the
        tooltip. Beside the magnified terms, the strip need only say where the sum has got to."""
        keys = trace.get(step.stage, step.head).columns
        metrics = QFontMetrics(self.equation.font())
        room = EQUATION_LINES * self.equation.width() * 0.9  # words wrap before the edge
        limits = (FOCUSED_TERMS,) if not self.focus.isHidden() else (MAX_ENTRIES, 6, 4, 3, 2)
        for limit in limits:
            text = equation_text(step.equation, options.decimals, limit=limit, keys=keys)
            if metrics.horizontalAdvance(text) <= room:
                break
        self.equation.setText(text)
        full = equation_text(step.equation, options.decimals, limit=None, keys=keys)
        self._full_equation = full
        cut = full != text
        self.equation.setToolTip(
            QCoreApplication.translate(
                "StageDrawing", "{full}\n\n(Click to pin it beside the stage.)"
            ).format(full=full)
            if cut
            else ""
        )
        self.equation.setCursor(Qt.CursorShape.PointingHandCursor if cut else Qt.CursorShape.ArrowCursor)

    def _show_focus(self, trace: AttentionTrace, step: Step, options: ViewOptions) -> None:
        """The row and column of the dot product being built, magnified, when the equation strip
        cannot show every term (a shorter one reads there in full, whatever the heatmaps show)."""
        equation = step.equation
        if trace.stage(step.stage).kind != PRODUCT or equation is None or equation.kind != "dot":
            self.focus.hide()
            return
        left, right = stage_matrices(trace, step.stage, step.head or 0).operands
        wanted = left.array.shape[1] > MAX_TERMS
        self.focus.setVisible(wanted)
        if wanted:
            term = len(equation.terms) - 1 if step.phase == "term" else None
            self.focus.show_product(left, right, *step.current, term, options.decimals)

    def zoom(self, steps: int) -> None:
        """Magnify (steps > 0) or shrink the matrix last under the pointer, or else the result."""
        view = self._pointed or self._result
        if view is not None and view.isVisible():
            view.zoom(ZOOM_STEP**steps)

    def fit(self) -> None:
        """Every matrix whole again."""
        for view in self.shown_views():
            view.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.equation
            and event.type() == QEvent.Type.MouseButtonRelease
            and self.equation.toolTip()
        ):
            self.cellPinned.emit(self._full_equation)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        view = self._pointed or self._result
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in moves and view is not None:
            _, rows, _, columns = view.visible_cells()
            down, right = moves[event.key()]
            view.pan(down * max(1, rows // 4), right * max(1, columns // 4))  # a quarter of the view
            return
        super().keyPressEvent(event)

    def set_caption_scale(self, scale: float | None) -> None:
        """A larger caption for presentation mode (None: the normal size)."""
        self.caption_scale = scale or DEFAULT_CAPTION_SCALE
        self._update_fonts()

    def finish_animations(self) -> None:
        """Put every sliding highlight at its destination (before a screenshot)."""
        for view in self.views:
            view.highlights.finish()

    def set_animation_ms(self, duration_ms: int) -> None:
        """How long a highlight takes to slide to its next place (0: it jumps)."""
        for view in self.views:
            view.animation_ms = duration_ms

    def operands_readable(self) -> bool:
        """Whether every operand shown prints its numbers in its cells at the current size."""
        views = [v for v in self.shown_views() if v.matrix.name != (self._shown or ("",))[0]]
        return all(view.numbers_visible() for view in views)

    def numbers_width(self) -> int:
        """The width at which every matrix shown of at most WIDE columns prints its numbers (a
        figure can be that wide; a window is as wide as the screen lets it)."""
        views = self.shown_views()
        margins = self.contentsMargins()
        total = sum(self._shares)
        # The cells share the free room by ``_shares`` (see _share_width): enough of it for each.
        free = max(
            (
                view.matrix.array.shape[1] * view.number_width() * total / share
                for view, share in zip(views, self._shares, strict=False)
                # a view given the width of its numbers (μ, σ², a small result) has them already
                if view.matrix.array.shape[1] <= WIDE and not view.minimumWidth()
            ),
            default=0,
        )
        return round(free) + self._fixed_width(views) + margins.left() + margins.right()

    def _fixed_width(self, views: list[MatrixView]) -> int:
        """The row's width that is not cells: the views' labels, the operators, the spacing."""
        operators = [label for label in self._operators if not label.isHidden()]
        spacing = max(self.row.spacing(), 0) * (len(views) + len(operators) - 1)
        labels = sum(view.label_width() for view in views)
        return labels + sum(label.sizeHint().width() for label in operators) + spacing

    def shown_views(self) -> list[MatrixView]:
        """The matrix views of the stage shown, operands first, the result, then companions."""
        return [v for v in self.views if not v.isHidden() and v.matrix is not None]

    def _title(self, kind: str, matrix: TraceMatrix, index: int, trace: AttentionTrace) -> str:
        if kind == CONCAT and matrix.name == "head_output":
            width = matrix.array.shape[1]
            return QCoreApplication.translate("StageDrawing", "Z_{head} → columns {first}–{last}").format(
                head=index + 1, first=index * width + 1, last=(index + 1) * width
            )
        return matrix_title(matrix)

    @staticmethod
    def _operator_symbols(stage: Stage, trace: AttentionTrace, operand_count: int) -> list[str]:
        """The symbol drawn before each matrix: none before the first, '=' or '→' before the result."""
        kind = stage.kind
        if operand_count == 0:
            return [""]
        if kind == PRODUCT:
            return ["", "·", "="]
        if kind in (SUM, BIAS):
            return ["", "+", "="]
        if kind == LAYER_NORM:  # LN(R) · γ + β = N
            return ["LN(", ")·", "+", "="]
        if kind == CONCAT:
            return ["", *(["|"] * (operand_count - 1)), "="]
        arrow = {
            TRANSPOSE: "→ᵀ",
            SCALE: f"÷ √{trace.dims.d_k} =" if trace.scale else "× 1 =",
            MASK: "+ M =",
            SOFTMAX: "softmax →",
            ACTIVATION: f"{stage.function.upper()} →",
        }[kind]
        return ["", arrow]

    def _explainer(self, matrix: TraceMatrix, max_terms: int | None) -> Callable[[int, int], str]:
        trace = self._trace
        offset = _column_offset(trace, matrix)
        head = None if matrix.name in trace.head_blocks else matrix.head

        def explain(i: int, j: int) -> str:
            return explain_cell(trace, matrix.name, head, i, j + offset, max_terms=max_terms)

        return explain

    def _ensure_widgets(self, count: int) -> None:
        while len(self.views) < count:
            position = len(self.views)
            operator = QLabel(self)
            operator.setAlignment(Qt.AlignmentFlag.AlignCenter)
            operator.setFont(self._operator_font())
            view = MatrixView(self, colour_bar=True)
            view.setObjectName(f"matrix_{position}")
            view.cellClicked.connect(lambda i, j, v=view: self._pin(v, i, j))
            view.cellHovered.connect(lambda i, j, v=view: setattr(self, "_pointed", v))
            view.cellEdited.connect(lambda i, j, value, v=view: self._edited(v, i, j, value))
            self.row.addWidget(operator)
            self.row.addWidget(view, stretch=1)
            self._operators.append(operator)
            self.views.append(view)

    def _pin(self, view: MatrixView, i: int, j: int) -> None:
        if view.matrix is not None:
            self.cellPinned.emit(self._explainer(view.matrix, max_terms=None)(i, j))

    def _edited(self, view: MatrixView, i: int, j: int, value: float) -> None:
        if view.matrix is not None:
            self.cellEdited.emit(view.matrix.name, i, j + _column_offset(self._trace, view.matrix), value)

    def _operator_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        return font

    def _update_fonts(self) -> None:
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.formula.setFont(big)
        medium = QFont(self.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.2)
        self.shapes.setFont(medium)
        self.equation.setFont(medium)
        caption = QFont(self.font())
        caption.setPointSizeF(caption.pointSizeF() * self.caption_scale)
        self.caption.setFont(caption)
        for label in self._operators:
            label.setFont(self._operator_font())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._update_fonts()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._share_width()  # after the views' labels have taken the new size


def _column_offset(trace: AttentionTrace, matrix: TraceMatrix) -> int:
    """Where a head's block of W_Q (W_K, W_V, a model's bias) starts within the whole matrix."""
    if matrix.name in trace.head_blocks and matrix.head is not None:
        return matrix.head * matrix.array.shape[1]
    return 0
