"""The export dialogs and the File menu commands that open them."""
