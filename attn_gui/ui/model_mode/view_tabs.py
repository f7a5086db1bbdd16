"""Tabs a lesson adds beside the stage while it is shown, and takes away after."""

from collections.abc import Sequence

from PySide6.QtWidgets import QTabWidget, QWidget


def show_tabs(tabs: QTabWidget, views: Sequence[tuple[QWidget, str]]) -> None:
    """Add each (view, title) not shown yet, after the tabs already there."""
    for view, title in views:
        if tabs.indexOf(view) < 0:
            tabs.addTab(view, title)


def hide_tabs(tabs: QTabWidget, views: Sequence[QWidget]) -> None:
    for view in views:
        if (index := tabs.indexOf(view)) >= 0:
            tabs.removeTab(index)
