"""How matrices are displayed, independent of what is computed."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewOptions:
    """Display preferences the user sets in the View menu (persisted between sessions)."""

    decimals: int = 2
    percent: bool = False
    colour_blind: bool = False  # blue-to-yellow scales, a vermillion highlight: for all colour vision
