"""The menu bar and toolbar: every command as a QAction with the platform's shortcut."""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from attn_gui import __version__
from attn_gui.i18n.language import LANGUAGES, current_language
from attn_gui.ui import appearance

if TYPE_CHECKING:
    from attn_gui.ui.main_window import MainWindow

ZOOM_STEP = 2.0


@dataclass
class Actions:
    """The actions other code (and tests) trigger directly."""

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
    presentation: QAction
    leave_presentation: QAction
    next_head: QAction
    previous_head: QAction
    zoom_in: QAction
    zoom_out: QAction
    percent: QAction
    themes: dict[str, QAction]
    decimals: dict[int, QAction]
    about: QAction
    view_menu: QMenu
    file_menu: QMenu
    save_lesson: QAction
    quiz: QAction


def _action(
    window: "MainWindow", text: str, slot: Callable[..., object], *shortcuts: object, tip: str = ""
) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def build_menus(window: "MainWindow") -> Actions:
    """File, Edit, View and Help menus and a toolbar for the commands used while teaching."""
    menu_bar = window.menuBar()
    quit_action = _action(
        window, QCoreApplication.translate("Menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit
    )
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu = menu_bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    open_lesson = _action(
        window,
        QCoreApplication.translate("Menus", "&Open lesson…"),
        lambda: window.lessons.open(),
        QKeySequence.StandardKey.Open,
    )
    save_lesson = _action(
        window,
        QCoreApplication.translate("Menus", "&Save lesson"),
        lambda: window.lessons.save(),
        QKeySequence.StandardKey.Save,
        tip=QCoreApplication.translate("Menus", "The sentence, sizes, typed values and where you are"),
    )
    save_lesson_as = _action(
        window,
        QCoreApplication.translate("Menus", "Save lesson &as…"),
        lambda: window.lessons.save_as(),
        QKeySequence.StandardKey.SaveAs,
    )
    export_figure = _action(
        window,
        QCoreApplication.translate("Menus", "Export &figure…"),
        lambda: window.exports.figure(),
        "Ctrl+E",
    )
    copy_figure = _action(
        window,
        QCoreApplication.translate("Menus", "&Copy figure"),
        lambda: window.exports.copy_figure(),
        "Ctrl+Shift+C",
        tip=QCoreApplication.translate("Menus", "The stage as a picture, to paste into slides"),
    )
    export_animation = _action(
        window, QCoreApplication.translate("Menus", "Export a&nimation…"), lambda: window.exports.animation()
    )
    export_matrix = _action(
        window,
        QCoreApplication.translate("Menus", "Export &matrices…"),
        lambda: window.exports.matrix(),
        "Ctrl+M",
    )
    copy_matrix = _action(
        window,
        QCoreApplication.translate("Menus", "Copy matrix as &text"),
        lambda: window.exports.copy_matrix(),
        "Ctrl+Shift+M",
        tip=QCoreApplication.translate(
            "Menus", "The stage's result, tab-separated, to paste into a spreadsheet"
        ),
    )
    file_menu.addActions([open_lesson])
    file_menu.addSeparator()  # the window puts "Open recent" here
    file_menu.addActions([save_lesson, save_lesson_as])
    file_menu.addSeparator()
    file_menu.addActions([export_figure, copy_figure, export_animation, export_matrix, copy_matrix])
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    stack = window.document.undo_stack
    undo = stack.createUndoAction(window, QCoreApplication.translate("Menus", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, QCoreApplication.translate("Menus", "&Redo"))
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    reset = _action(
        window,
        QCoreApplication.translate("Menus", "Reset to &generated values"),
        window.document.reset_edits,
        tip=QCoreApplication.translate("Menus", "Forget every value typed into X or the weight matrices"),
    )
    edit_menu = menu_bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    for action in (undo, redo, reset):
        edit_menu.addAction(action)

    play_menu = menu_bar.addMenu(QCoreApplication.translate("Menus", "&Play"))
    player = window.player
    play = _action(
        window,
        QCoreApplication.translate("Menus", "Play / &pause"),
        player.toggle,
        "Space",
        tip=QCoreApplication.translate("Menus", "Play the arithmetic step by step, or pause it"),
    )
    step_forward = _action(
        window,
        QCoreApplication.translate("Menus", "Step &forward"),
        lambda: window.step(1),
        "Right",
        "PgDown",
    )
    step_back = _action(
        window, QCoreApplication.translate("Menus", "Step &back"), lambda: window.step(-1), "Left", "PgUp"
    )
    next_stage = _action(
        window,
        QCoreApplication.translate("Menus", "&Next stage"),
        lambda: window.step_stage(1),
        "Shift+Right",
    )
    previous_stage = _action(
        window,
        QCoreApplication.translate("Menus", "&Previous stage"),
        lambda: window.step_stage(-1),
        "Shift+Left",
        tip=QCoreApplication.translate("Menus", "Back to the start of this stage, or of the one before"),
    )
    first_step = _action(
        window, QCoreApplication.translate("Menus", "&Start"), lambda: player.seek(0), "Home"
    )
    last_step = _action(
        window, QCoreApplication.translate("Menus", "&End"), lambda: player.seek(player.length - 1), "End"
    )
    presentation = _action(
        window,
        QCoreApplication.translate("Menus", "P&resentation mode"),
        window.set_presentation,
        "F11",
        tip=QCoreApplication.translate("Menus", "Full screen, large type, projector colours (Esc leaves)"),
    )
    presentation.setCheckable(True)
    leave_presentation = _action(window, "", lambda: window.set_presentation(False), "Esc")
    leave_presentation.setEnabled(False)
    quiz = _action(
        window,
        QCoreApplication.translate("Menus", "&Quiz mode"),
        lambda on: window.quiz.set_active(on),
        "F6",
        tip=QCoreApplication.translate(
            "Menus", "The class predicts each result before it is shown (→ reveals, → again moves on)"
        ),
    )
    quiz.setCheckable(True)
    icons = {
        play: QStyle.StandardPixmap.SP_MediaPlay,
        step_forward: QStyle.StandardPixmap.SP_MediaSeekForward,
        step_back: QStyle.StandardPixmap.SP_MediaSeekBackward,
        next_stage: QStyle.StandardPixmap.SP_MediaSkipForward,
        previous_stage: QStyle.StandardPixmap.SP_MediaSkipBackward,
    }
    for action in (play, step_forward, step_back, next_stage, previous_stage, first_step, last_step):
        if action in icons:  # Start and End keep their words: no standard icon tells them apart
            action.setIcon(window.style().standardIcon(icons[action]))
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
        play_menu.addAction(action)
    play_menu.addSeparator()
    play_menu.addActions([quiz, presentation])
    # Window actions too: in presentation mode the menu bar is hidden, the keys must still work.
    window.addActions([play, step_forward, step_back, next_stage, previous_stage, first_step, last_step])
    window.addActions([quiz, presentation, leave_presentation])
    view_menu = menu_bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    next_head = _action(
        window,
        QCoreApplication.translate("Menus", "Next &head"),
        lambda: window.set_head(window.head + 1),
        "Ctrl+]",
    )
    previous_head = _action(
        window,
        QCoreApplication.translate("Menus", "Previous h&ead"),
        lambda: window.set_head(window.head - 1),
        "Ctrl+[",
    )
    zoom_in = _action(
        window,
        QCoreApplication.translate("Menus", "&Larger text"),
        lambda: window.change_font_size(ZOOM_STEP),
        QKeySequence.StandardKey.ZoomIn,
        "Ctrl+=",
        tip=QCoreApplication.translate("Menus", "Enlarge every number and label, for the back row"),
    )
    zoom_out = _action(
        window,
        QCoreApplication.translate("Menus", "&Smaller text"),
        lambda: window.change_font_size(-ZOOM_STEP),
        QKeySequence.StandardKey.ZoomOut,
    )
    percent = _action(
        window,
        QCoreApplication.translate("Menus", "Weights as &percentages"),
        lambda on: window.set_view_options(dataclasses.replace(window.options, percent=on)),
    )
    percent.setCheckable(True)
    percent.setChecked(window.options.percent)
    for action in (next_head, previous_head):
        view_menu.addAction(action)
    compare = _action(
        window,
        QCoreApplication.translate("Menus", "&Compare side by side…"),
        lambda: window.show_comparisons(),
        "Ctrl+K",
        tip=QCoreApplication.translate(
            "Menus", "Scaling, mask, temperature, √d_k and the soft lookup, each shown side by side"
        ),
    )
    compare.setObjectName("compare")
    view_menu.addAction(compare)
    window.addAction(compare)  # the key works in presentation mode too, with the menu bar hidden
    view_menu.addSeparator()
    for action in (zoom_in, zoom_out, percent):
        view_menu.addAction(action)
    decimals = _choice_menu(
        window,
        view_menu.addMenu(QCoreApplication.translate("Menus", "&Decimals")),
        {d: str(d) for d in range(5)},
        window.options.decimals,
        lambda d: window.set_view_options(dataclasses.replace(window.options, decimals=d)),
    )
    themes = _choice_menu(
        window,
        view_menu.addMenu(QCoreApplication.translate("Menus", "&Colours")),
        {theme: appearance.theme_label(theme) for theme in appearance.THEMES},
        window.theme,
        window.set_theme,
    )
    colour_blind = _action(
        window,
        QCoreApplication.translate("Menus", "Colour-&blind-safe colours"),
        lambda on: window.set_view_options(dataclasses.replace(window.options, colour_blind=on)),
        tip=QCoreApplication.translate(
            "Menus", "Blue-to-yellow colour scales that read the same for every kind of colour vision"
        ),
    )
    colour_blind.setObjectName("colour_blind")
    colour_blind.setCheckable(True)
    colour_blind.setChecked(window.options.colour_blind)
    view_menu.addAction(colour_blind)
    _choice_menu(
        window,
        view_menu.addMenu(QCoreApplication.translate("Menus", "Lan&guage")),
        LANGUAGES,
        current_language(),
        window.choose_language,
    )
    view_menu.addSeparator()  # the window adds its docks' toggles here

    about = _action(
        window, QCoreApplication.translate("Menus", "&About attn-gui"), lambda: show_about(window)
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu = menu_bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(about)

    toolbar = window.addToolBar(QCoreApplication.translate("Menus", "Lesson"))
    toolbar.setObjectName("lesson_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (undo, redo, zoom_out, zoom_in, quiz, presentation):
        toolbar.addAction(action)
    window.toolbar = toolbar
    return Actions(
        quit_action, undo, redo, reset, play, step_forward, step_back, next_stage, previous_stage,
        first_step, last_step, presentation, leave_presentation, next_head, previous_head,
        zoom_in, zoom_out, percent, themes, decimals, about, view_menu, file_menu, save_lesson, quiz,
    )  # fmt: skip


def _choice_menu(
    window: "MainWindow", menu: QMenu, labels: dict[Any, str], current: object, choose: Callable[[Any], None]
) -> dict[Any, QAction]:
    """A menu of exclusive checkable choices; returns the action of each choice."""
    group = QActionGroup(window)
    actions = {}
    for key, label in labels.items():
        action = QAction(label, window)
        action.setCheckable(True)
        action.setChecked(key == current)
        action.triggered.connect(lambda _=False, k=key: choose(k))
        group.addAction(action)
        menu.addAction(action)
        actions[key] = action
    return actions


def show_about(window: "MainWindow") -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("Menus", "About attn-gui"),
        QCoreApplication.translate(
            "Menus",
            "<h3>attn-gui {version}</h3><p>Teaches transformer attention step by step: "
            "Q, K, V, every dot product, the scaling, softmax and the heads.</p>"
            "<p>MIT licence. Built with Qt for Python (LGPLv3), pyqtgraph (MIT) and NumPy (BSD).</p>",
        ).format(version=__version__),
    )
