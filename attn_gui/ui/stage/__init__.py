"""The stage drawing and its matrix views: everything a step puts on screen, with or without a window."""
