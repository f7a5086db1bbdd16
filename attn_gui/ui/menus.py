"""The menu bar and toolbar: every command as a QAction with the platform's shortcut."""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from attn_gui import __version__
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
    next_stage: QAction
    previous_stage: QAction
    next_head: QAction
    previous_head: QAction
    zoom_in: QAction
    zoom_out: QAction
    percent: QAction
    themes: dict[str, QAction]
    decimals: dict[int, QAction]
    about: QAction


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
    menu_bar.addMenu(QCoreApplication.translate("Menus", "&File")).addAction(quit_action)

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

    view_menu = menu_bar.addMenu(QCoreApplication.translate("Menus", "&View"))
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
    )
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
    for action in (next_stage, previous_stage, next_head, previous_head):
        view_menu.addAction(action)
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
    view_menu.addSeparator()
    for dock in (window.input_dock, window.stages_dock, window.explanation_dock):
        view_menu.addAction(dock.toggleViewAction())

    about = _action(
        window, QCoreApplication.translate("Menus", "&About attn-gui"), lambda: show_about(window)
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu = menu_bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(about)

    toolbar = window.addToolBar(QCoreApplication.translate("Menus", "Lesson"))
    toolbar.setObjectName("lesson_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (previous_stage, next_stage, undo, redo, zoom_out, zoom_in):
        toolbar.addAction(action)
    return Actions(
        quit_action, undo, redo, reset, next_stage, previous_stage, next_head, previous_head,
        zoom_in, zoom_out, percent, themes, decimals, about,
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
