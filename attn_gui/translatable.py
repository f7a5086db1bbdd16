"""Marking text for translation in modules that must not import Qt (the core, the timeline)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt's lupdate looks for
    """Mark ``text`` for Qt's translation tools; the UI translates it when it shows it."""
    return text
