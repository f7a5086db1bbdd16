"""Every command of the window as a QAction with its words, the platform's shortcut and a tip.

Actions are made here and connected by the window: a menu, a toolbar button and a key are one
command, and nothing in this module needs to know what the command does.
"""

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QStyle, QWidget

from attn_gui.i18n.language import LANGUAGES
from attn_gui.ui import appearance

DECIMALS = range(5)


@dataclass
class Actions:
    """The window's commands, one field each; ``themes``, ``decimals`` and ``languages`` are
    exclusive choices whose actions carry their choice as data."""

    open_lesson: QAction
    open_model_folder: QAction
    save_lesson: QAction
    save_lesson_as: QAction
    export_figure: QAction
    copy_figure: QAction
    export_animation: QAction
    export_matrix: QAction
    copy_matrix: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    reset_edits: QAction
    play: QAction
    step_forward: QAction
    step_back: QAction
    next_stage: QAction
    previous_stage: QAction
    first_step: QAction
    last_step: QAction
    quiz: QAction
    presentation: QAction
    leave_presentation: QAction
    next_head: QAction
    previous_head: QAction
    compare: QAction
    zoom_in: QAction
    zoom_out: QAction
    magnify: QAction
    shrink: QAction
    fit: QAction
    percent: QAction
    colour_blind: QAction
    about: QAction
    themes: QActionGroup
    decimals: QActionGroup
    languages: QActionGroup

    def transport(self) -> list[QAction]:
        """The transport bar's buttons, in order."""
        return [
            self.first_step, self.previous_stage, self.step_back, self.play, self.step_forward,
            self.next_stage, self.last_step,
        ]  # fmt: skip

    def window_wide(self) -> list[QAction]:
        """Actions whose keys must work with the menu bar hidden (presentation mode)."""
        return [
            *self.transport(), self.quiz, self.presentation, self.leave_presentation, self.compare,
            self.magnify, self.shrink, self.fit,
        ]  # fmt: skip

    def all(self) -> list[QAction]:
        return [a for f in fields(self) if isinstance(a := getattr(self, f.name), QAction)]


def choice(group: QActionGroup, key: object) -> QAction:
    """The action of ``group`` that stands for ``key`` (a theme, a number of decimals, a language)."""
    return next(action for action in group.actions() if action.data() == key)


def _action(
    parent: QWidget, text: str, *shortcuts: object, tip: str = "", checkable: bool = False
) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.setCheckable(checkable)
    return action


def _choices(parent: QWidget, labels: dict[object, str], current: object) -> QActionGroup:
    """Exclusive checkable actions, each holding its choice as data."""
    group = QActionGroup(parent)
    for key, label in labels.items():
        action = QAction(label, group)
        action.setData(key)
        action.setCheckable(True)
        action.setChecked(key == current)
    return group


def create_actions(
    parent: QWidget, undo_stack: QUndoStack, theme: str, decimals: int, language: str
) -> Actions:
    """Every action of the window, unconnected; the choices start at the given values."""

    undo = undo_stack.createUndoAction(parent, QCoreApplication.translate("Menus", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(parent, QCoreApplication.translate("Menus", "&Redo"))
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    actions = Actions(
        open_lesson=_action(
            parent, QCoreApplication.translate("Menus", "&Open lesson…"), QKeySequence.StandardKey.Open
        ),
        open_model_folder=_action(
            parent,
            QCoreApplication.translate("Menus", "Open &model folder…"),
            tip=QCoreApplication.translate(
                "Menus", "A BERT-family encoder in the Hugging Face layout, to step through its layers"
            ),
        ),
        save_lesson=_action(
            parent,
            QCoreApplication.translate("Menus", "&Save lesson"),
            QKeySequence.StandardKey.Save,
            tip=QCoreApplication.translate("Menus", "The sentence, sizes, typed values and where you are"),
        ),
        save_lesson_as=_action(
            parent, QCoreApplication.translate("Menus", "Save lesson &as…"), QKeySequence.StandardKey.SaveAs
        ),
        export_figure=_action(parent, QCoreApplication.translate("Menus", "Export &figure…"), "Ctrl+E"),
        copy_figure=_action(
            parent,
            QCoreApplication.translate("Menus", "&Copy figure"),
            "Ctrl+Shift+C",
            tip=QCoreApplication.translate("Menus", "The stage as a picture, to paste into slides"),
        ),
        export_animation=_action(parent, QCoreApplication.translate("Menus", "Export a&nimation…")),
        export_matrix=_action(parent, QCoreApplication.translate("Menus", "Export &matrices…"), "Ctrl+M"),
        copy_matrix=_action(
            parent,
            QCoreApplication.translate("Menus", "Copy matrix as &text"),
            "Ctrl+Shift+M",
            tip=QCoreApplication.translate(
                "Menus", "The stage's result, tab-separated, to paste into a spreadsheet"
            ),
        ),
        quit=_action(parent, QCoreApplication.translate("Menus", "&Quit"), QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        reset_edits=_action(
            parent,
            QCoreApplication.translate("Menus", "Reset to &generated values"),
            tip=QCoreApplication.translate("Menus", "Forget every value typed into X or the weight matrices"),
        ),
        play=_action(
            parent,
            QCoreApplication.translate("Menus", "Play / &pause"),
            "Space",
            tip=QCoreApplication.translate("Menus", "Play the arithmetic step by step, or pause it"),
        ),
        step_forward=_action(parent, QCoreApplication.translate("Menus", "Step &forward"), "Right", "PgDown"),
        step_back=_action(parent, QCoreApplication.translate("Menus", "Step &back"), "Left", "PgUp"),
        next_stage=_action(parent, QCoreApplication.translate("Menus", "&Next stage"), "Shift+Right"),
        previous_stage=_action(
            parent,
            QCoreApplication.translate("Menus", "&Previous stage"),
            "Shift+Left",
            tip=QCoreApplication.translate("Menus", "Back to the start of this stage, or of the one before"),
        ),
        first_step=_action(parent, QCoreApplication.translate("Menus", "&Start"), "Home"),
        last_step=_action(parent, QCoreApplication.translate("Menus", "&End"), "End"),
        quiz=_action(
            parent,
            QCoreApplication.translate("Menus", "&Quiz mode"),
            "F6",
            tip=QCoreApplication.translate(
                "Menus", "The class predicts each result before it is shown (→ reveals, → again moves on)"
            ),
            checkable=True,
        ),
        presentation=_action(
            parent,
            QCoreApplication.translate("Menus", "P&resentation mode"),
            "F11",
            tip=QCoreApplication.translate(
                "Menus", "Full screen, large type, projector colours (Esc leaves)"
            ),
            checkable=True,
        ),
        leave_presentation=_action(parent, "", "Esc"),
        next_head=_action(parent, QCoreApplication.translate("Menus", "Next &head"), "Ctrl+]"),
        previous_head=_action(parent, QCoreApplication.translate("Menus", "Previous h&ead"), "Ctrl+["),
        compare=_action(
            parent,
            QCoreApplication.translate("Menus", "&Compare side by side…"),
            "Ctrl+K",
            tip=QCoreApplication.translate(
                "Menus", "Scaling, mask, temperature, √d_k and the soft lookup, each shown side by side"
            ),
        ),
        zoom_in=_action(
            parent,
            QCoreApplication.translate("Menus", "&Larger text"),
            QKeySequence.StandardKey.ZoomIn,
            "Ctrl+=",
            tip=QCoreApplication.translate("Menus", "Enlarge every number and label, for the back row"),
        ),
        zoom_out=_action(
            parent, QCoreApplication.translate("Menus", "&Smaller text"), QKeySequence.StandardKey.ZoomOut
        ),
        magnify=_action(
            parent,
            QCoreApplication.translate("Menus", "&Zoom into the matrix"),
            "+",
            "=",
            tip=QCoreApplication.translate(
                "Menus",
                "Magnify the matrix under the pointer (or the result): the wheel zooms, a drag or "
                "Alt+arrows move around, and the view follows the animation",
            ),
        ),
        shrink=_action(parent, QCoreApplication.translate("Menus", "Zoom &out of the matrix"), "-"),
        fit=_action(
            parent,
            QCoreApplication.translate("Menus", "&Fit the matrices"),
            "0",
            tip=QCoreApplication.translate("Menus", "Show every matrix whole again"),
        ),
        percent=_action(
            parent, QCoreApplication.translate("Menus", "Weights as &percentages"), checkable=True
        ),
        colour_blind=_action(
            parent,
            QCoreApplication.translate("Menus", "Colour-&blind-safe colours"),
            tip=QCoreApplication.translate(
                "Menus", "Blue-to-yellow colour scales that read the same for every kind of colour vision"
            ),
            checkable=True,
        ),
        about=_action(parent, QCoreApplication.translate("Menus", "&About attn-gui")),
        themes=_choices(parent, {t: appearance.theme_label(t) for t in appearance.THEMES}, theme),
        decimals=_choices(parent, {d: str(d) for d in DECIMALS}, decimals),
        languages=_choices(parent, dict(LANGUAGES), language),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.leave_presentation.setEnabled(False)  # Esc is free for other widgets until presenting
    actions.compare.setObjectName("compare")
    actions.colour_blind.setObjectName("colour_blind")
    _describe_transport(parent, actions)
    return actions


def _describe_transport(parent: QWidget, actions: Actions) -> None:
    """Icons where a standard one says it, and the keys in every tooltip."""
    icons = {
        actions.play: QStyle.StandardPixmap.SP_MediaPlay,
        actions.step_forward: QStyle.StandardPixmap.SP_MediaSeekForward,
        actions.step_back: QStyle.StandardPixmap.SP_MediaSeekBackward,
        actions.next_stage: QStyle.StandardPixmap.SP_MediaSkipForward,
        actions.previous_stage: QStyle.StandardPixmap.SP_MediaSkipBackward,
    }
    for action in actions.transport():
        if action in icons:  # Start and End keep their words: no standard icon tells them apart
            action.setIcon(parent.style().standardIcon(icons[action]))
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
