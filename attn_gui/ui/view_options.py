"""How matrices are displayed, independent of what is computed."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewOptions:
    """Display preferences the user sets in the View menu (persisted between sessions)."""

    decimals: int = 2
    percent: bool = False
