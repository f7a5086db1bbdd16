"""A step's arithmetic and caption as the class reads them, with the user's decimals."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from attn_gui.notation import format_number
from attn_gui.timeline.model import Caption, Equation

MAX_TERMS = 6  # a longer dot product shows its last terms after "…"
Number = Callable[[float], str]


def _factor(value: float, number: Number) -> str:
    text = number(value)
    return f"({text})" if text.startswith("−") else text


def _dot(eq: Equation, number: Number) -> str:
    products = [f"{_factor(a, number)}×{_factor(b, number)}" for a, b in eq.terms]
    if len(products) > MAX_TERMS:
        products = ["…", *products[-MAX_TERMS:]]
    return " + ".join(products) + f" = {number(eq.value or 0.0)}"


def _sum(eq: Equation, number: Number) -> str:
    return ",  ".join(f"{number(a)} + {_factor(b, number)} = {number(a + b)}" for a, b in eq.terms)


def _divide(eq: Equation, number: Number) -> str:
    return ",  ".join(
        f"{number(score)} ÷ {eq.label} = {number(score)} ÷ {number(divisor)} = {number(score / divisor)}"
        for score, divisor in eq.terms
    )


def _mask(eq: Equation, number: Number) -> str:
    results = eq.results or (eq.value,) * len(eq.terms)
    return ",  ".join(f"{number(s)} → {number(r)}" for (s, _), r in zip(eq.terms, results, strict=False))


def _exp(eq: Equation, number: Number) -> str:
    pairs = zip(eq.terms, eq.values, strict=False)
    return ",  ".join(f"exp({number(s)} − {_factor(m, number)}) = {number(e)}" for (s, m), e in pairs)


def _row_sum(eq: Equation, number: Number) -> str:
    return "Σ = " + " + ".join(number(e) for e in eq.values) + f" = {number(eq.value)}"


def _divide_row(eq: Equation, number: Number) -> str:
    total = number(eq.value)
    return ",  ".join(
        f"{number(e)} ÷ {total} = {number(w)}" for e, w in zip(eq.values, eq.results, strict=False)
    )


def _copy(eq: Equation, number: Number) -> str:
    return ",  ".join(number(v) for v in eq.values) if eq.values else number(eq.value or 0.0)


_FORMATS: dict[str, Callable[[Equation, Number], str]] = {
    "dot": _dot,
    "sum": _sum,
    "divide": _divide,
    "mask": _mask,
    "exp": _exp,
    "row-sum": _row_sum,
    "divide-row": _divide_row,
    "copy": _copy,
}


def equation_text(equation: Equation | None, decimals: int = 2) -> str:
    """The equation strip under the matrices: "0.12×0.40 + (−0.70)×0.05 + … = 0.31"."""
    if equation is None:
        return ""
    if equation.kind == "percent":
        return ",  ".join(format_number(w, decimals, percent=True) for w in equation.results)
    return _FORMATS.get(equation.kind, _copy)(equation, lambda value: format_number(value, decimals))


def caption_text(caption: Caption, decimals: int = 2) -> str:
    """The caption translated into the interface language, its numbers formatted."""
    if not caption.template:
        return ""
    template = QCoreApplication.translate("Caption", caption.template)
    return caption.format(template, lambda value: format_number(value, decimals))
