"""The main window: its menus and actions, presentation mode, lessons on disk, what it remembers."""
