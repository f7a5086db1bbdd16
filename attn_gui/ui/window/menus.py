"""The menu bar and the toolbar: where each action sits, in the platform's order of menus."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from attn_gui import __version__
from attn_gui.ui.window.actions import Actions


@dataclass(frozen=True)
class Menus:
    """The places other parts of the window add to: the recent lessons go into ``file``, the
    docks' toggles at the end of ``view``."""

    file: QMenu
    view: QMenu
    toolbar: QToolBar


def build_menus(window: QMainWindow, actions: Actions) -> Menus:
    """File, Edit, Play, View and Help menus and a toolbar for the commands used while teaching."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    file_menu.addActions([actions.open_lesson, actions.open_model_folder])
    file_menu.addSeparator()  # the window puts "Open recent" here
    file_menu.addActions([actions.save_lesson, actions.save_lesson_as])
    file_menu.addSeparator()
    file_menu.addActions(
        [
            actions.export_figure,
            actions.copy_figure,
            actions.export_animation,
            actions.export_matrix,
            actions.copy_matrix,
        ]
    )
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    edit_menu.addActions([actions.undo, actions.redo, actions.reset_edits])

    play_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Play"))
    play_menu.addActions(
        [
            actions.play,
            actions.step_forward,
            actions.step_back,
            actions.next_stage,
            actions.previous_stage,
            actions.first_step,
            actions.last_step,
        ]
    )
    play_menu.addSeparator()
    play_menu.addActions([actions.quiz, actions.presentation])
    # On the window too: in presentation mode the menu bar is hidden and the keys must still work.
    window.addActions(actions.window_wide())

    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    view_menu.addActions([actions.next_head, actions.previous_head, actions.compare])
    view_menu.addSeparator()
    view_menu.addActions([actions.magnify, actions.shrink, actions.fit])
    view_menu.addSeparator()
    view_menu.addActions([actions.zoom_in, actions.zoom_out, actions.percent])
    view_menu.addMenu(QCoreApplication.translate("Menus", "&Decimals")).addActions(actions.decimals.actions())
    view_menu.addMenu(QCoreApplication.translate("Menus", "&Colours")).addActions(actions.themes.actions())
    view_menu.addAction(actions.colour_blind)
    view_menu.addMenu(QCoreApplication.translate("Menus", "Lan&guage")).addActions(
        actions.languages.actions()
    )
    view_menu.addSeparator()  # the window adds its docks' toggles here

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(actions.about)

    toolbar = window.addToolBar(QCoreApplication.translate("Menus", "Lesson"))
    toolbar.setObjectName("lesson_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions(
        [actions.undo, actions.redo, actions.zoom_out, actions.zoom_in, actions.quiz, actions.presentation]
    )
    return Menus(file_menu, view_menu, toolbar)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Menus", "About attn-gui"),
        QCoreApplication.translate(
            "Menus",
            "<h3>attn-gui {version}</h3><p>Teaches transformer attention step by step: "
            "Q, K, V, every dot product, the scaling, softmax and the heads.</p>"
            "<p>MIT licence. Built with Qt for Python (LGPLv3), pyqtgraph (MIT) and NumPy (BSD).</p>",
        ).format(version=__version__),
    )
