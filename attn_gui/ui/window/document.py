"""The lesson being shown: the last valid configuration (or a real model's layer), its trace, and
undoable cell edits."""

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from attn_gui.core import AttentionConfig, AttentionTrace, CellEdit, compute_trace
from attn_gui.core.toy.config import edit_shape

if TYPE_CHECKING:  # the models import safetensors and tokenizers: only when a model is first used
    from attn_gui.models.bert import EncoderResult
    from attn_gui.models.lesson.session import ModelSession
    from attn_gui.models.lesson.source import ModelLesson


def _fitting(edits: tuple[CellEdit, ...], config: AttentionConfig) -> tuple[CellEdit, ...]:
    """The edits that address a cell existing under ``config``."""
    dims = config.dims
    return tuple(
        edit
        for edit in edits
        if (edit.matrix != "x_kv" or config.cross)
        and edit.row < edit_shape(edit.matrix, dims)[0]
        and edit.col < edit_shape(edit.matrix, dims)[1]
    )


class _SetEdits(QUndoCommand):
    """Replace the typed-over values; undo puts the previous ones back."""

    def __init__(self, document: "LessonDocument", edits: tuple[CellEdit, ...], text: str) -> None:
        super().__init__(text)
        self._document = document
        self._before = document.config.edits
        self._after = edits

    def redo(self) -> None:
        self._document._apply_edits(self._after)

    def undo(self) -> None:
        self._document._apply_edits(self._before)


class LessonDocument(QObject):
    """Owns what every view shows; views never compute attention themselves.

    ``traceChanged`` is emitted only on a real change, so views can redraw unconditionally.
    Configurations come in already validated (the input panel shows errors); edits that no
    longer fit a new shape are dropped rather than refused. With a ``model`` lesson the trace is
    that model's layer and the toy's configuration waits, unchanged, for the way back.
    """

    traceChanged = Signal(object)

    def __init__(self, config: AttentionConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._model: ModelLesson | None = None
        self._session: ModelSession | None = None
        self._trace = compute_trace(config)
        self.undo_stack = QUndoStack(self)

    @property
    def config(self) -> AttentionConfig:
        return self._config

    @property
    def trace(self) -> AttentionTrace:
        return self._trace

    @property
    def model(self) -> "ModelLesson | None":
        """The real model's lesson shown, or None for the toy."""
        return self._model

    def set_model(self, lesson: "ModelLesson | None") -> None:
        """Show a real model's layer (None: the toy again). A model that cannot be found or
        used, a text it cannot read or a layer it lacks raise ModelError, and nothing changes."""
        if lesson == self._model:
            return
        trace = compute_trace(self._config) if lesson is None else self.session().trace(lesson)
        self._model, self._trace = lesson, trace
        self.undo_stack.clear()  # the typed values belong to the toy's matrices
        self.traceChanged.emit(trace)

    def session(self) -> "ModelSession":
        """The models loaded and texts encoded so far, made on first use."""
        if self._session is None:
            from attn_gui.models.lesson.session import ModelSession

            self._session = ModelSession()
        return self._session

    def encoded(self) -> "EncoderResult":
        """Every layer of the model lesson's text (for the views of all 6 × 12 heads)."""
        if self._model is None:
            raise ValueError("the toy lesson has no model")
        return self.session().encoded(self._model)

    def load(self, config: AttentionConfig) -> None:
        """Replace everything, typed values included (a lesson opened): nothing to undo back to."""
        self.undo_stack.clear()
        self._apply(config)

    def set_config(self, config: AttentionConfig) -> None:
        """Take a new configuration from the panel, keeping the typed values that still fit."""
        self._apply(dataclasses.replace(config, edits=_fitting(self.config.edits, config)))

    def edit_cell(self, matrix: str, row: int, col: int, value: float) -> None:
        """Type ``value`` over one cell of X or of a projection matrix (undoable)."""
        if self._model is not None:
            return  # a model's weights are its own: the views do not offer editing them
        edits = tuple(e for e in self.config.edits if (e.matrix, e.row, e.col) != (matrix, row, col))
        text = QCoreApplication.translate("LessonDocument", "Edit {matrix}[{row}, {col}]").format(
            matrix=matrix, row=row + 1, col=col + 1
        )
        self.undo_stack.push(_SetEdits(self, (*edits, CellEdit(matrix, row, col, float(value))), text))

    def reset_edits(self) -> None:
        """Back to the generated values (undoable)."""
        if self.config.edits:
            text = QCoreApplication.translate("LessonDocument", "Reset to generated values")
            self.undo_stack.push(_SetEdits(self, (), text))

    def _apply_edits(self, edits: tuple[CellEdit, ...]) -> None:
        """Undo and redo may meet a smaller matrix than the edit was typed into: skip what no longer fits."""
        self._apply(dataclasses.replace(self.config, edits=_fitting(edits, self.config)))

    def _apply(self, config: AttentionConfig) -> None:
        if config != self.config:
            self._config = config
            if self._model is None:  # a model's layer does not depend on the toy's settings
                self._trace = compute_trace(config)
                self.traceChanged.emit(self._trace)
