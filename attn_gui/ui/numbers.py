"""How numbers read on screen, the same in cells, tooltips and the explanation pane."""

import math


def format_number(value: float, decimals: int | None = 2, percent: bool = False) -> str:
    """Fixed decimals (None: the shortest exact form), a real minus sign, ±∞ for masked scores.

    As a percentage, two fewer decimals: 0.9234 at 2 decimals reads "92%".
    """
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if decimals is None:
        text = repr(float(value))
    elif percent:
        text = f"{value * 100:.{max(decimals - 2, 0)}f}%"
    else:
        text = f"{value:.{decimals}f}"
    return text.replace("-", "−")
