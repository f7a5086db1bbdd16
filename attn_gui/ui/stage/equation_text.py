"""A step's arithmetic and caption as the class reads them, with the user's decimals.

A row of 64 or 512 numbers does not read on a strip under the matrices: a long row is shown as
a window of its entries ("…, 17 more"), a softmax row as its largest weights ("41% → learning,
22% → love, … 507 more, together 9%"). ``limit=None`` writes every entry (the strip's tooltip).
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from attn_gui.notation import format_number
from attn_gui.timeline.model import Caption, Equation

MAX_TERMS = 6  # a longer dot product shows its last terms after "…"
MAX_ENTRIES = 8  # of a row: the first ones, "…", the last one
TOP_WEIGHTS = 4  # of a long softmax row, by size
Number = Callable[[float], str]


def _factor(value: float, number: Number) -> str:
    text = number(value)
    return f"({text})" if text.startswith("−") else text


def _more(count: int) -> str:
    return QCoreApplication.translate("EquationStrip", "… {count} more").format(count=count)


def _cut(parts: Sequence[str], limit: int | None, separator: str = ",  ", unbroken: bool = True) -> str:
    """The parts joined, or the first ones, "… N more" and the last when there are over ``limit``.
    On the strip lines break between parts, never inside one ("exp(0.87 − 4.30) =" / "0.03" reads
    as two); a narrow pane may break anywhere (``unbroken=False``)."""
    if unbroken:
        parts = [part.replace(" ", "\u00a0") for part in parts]
    if limit is None or len(parts) <= limit:
        return separator.join(parts)
    return separator.join([*parts[: limit - 1], _more(len(parts) - limit), parts[-1]])


def _dot(eq: Equation, number: Number, limit: int | None) -> str:
    products = [f"{_factor(a, number)}×{_factor(b, number)}" for a, b in eq.terms]
    shown = MAX_TERMS if limit is None else min(limit, MAX_TERMS)
    if limit is not None and len(products) > shown:
        products = ["…", *products[-shown:]]  # the terms just added: the one being built last
    return " + ".join(products) + f" = {number(eq.value or 0.0)}"


def _sum(eq: Equation, number: Number, limit: int | None) -> str:
    return _cut([f"{number(a)} + {_factor(b, number)} = {number(a + b)}" for a, b in eq.terms], limit)


def _divide(eq: Equation, number: Number, limit: int | None) -> str:
    return _cut(
        [
            f"{number(score)} ÷ {eq.label} = {number(score)} ÷ {number(divisor)} = {number(score / divisor)}"
            for score, divisor in eq.terms
        ],
        limit,
    )


def _mask(eq: Equation, number: Number, limit: int | None) -> str:
    results = eq.results or (eq.value,) * len(eq.terms)
    pairs = [f"{number(s)} → {number(r)}" for (s, _), r in zip(eq.terms, results, strict=False)]
    return _cut(pairs, limit)


def _activation(eq: Equation, number: Number, limit: int | None) -> str:
    (x, phi), value = eq.terms[0], number(eq.value)
    return f"GELU({number(x)}) = {number(x)} × Φ({number(x)}) = {number(x)} × {number(phi)} = {value}"


def _layer_norm(eq: Equation, number: Number, limit: int | None) -> str:
    (x, mean), (var, eps), (gamma, beta) = eq.terms
    return (
        f"({number(x)} − {_factor(mean, number)}) ÷ √({number(var)} + {eps:g}) × {_factor(gamma, number)}"
        f" + {_factor(beta, number)} = {number(eq.value)}"
    )


def _moments(eq: Equation, number: Number, limit: int | None) -> str:
    (mean, var), deviation = eq.terms[0], eq.value
    return _cut([f"μ = {number(mean)}", f"σ² = {number(var)}", f"√(σ² + ε) = {number(deviation)}"], None)


def _exp(eq: Equation, number: Number, limit: int | None) -> str:
    pairs = zip(eq.terms, eq.values, strict=False)
    return _cut([f"exp({number(s)} − {_factor(m, number)}) = {number(e)}" for (s, m), e in pairs], limit)


def _row_sum(eq: Equation, number: Number, limit: int | None) -> str:
    return "Σ = " + _cut([number(e) for e in eq.values], limit, " + ") + f" = {number(eq.value)}"


def _divide_row(eq: Equation, number: Number, limit: int | None) -> str:
    total = number(eq.value)
    return _cut(
        [f"{number(e)} ÷ {total} = {number(w)}" for e, w in zip(eq.values, eq.results, strict=False)], limit
    )


def _copy(eq: Equation, number: Number, limit: int | None) -> str:
    return _cut([number(v) for v in eq.values], limit) if eq.values else number(eq.value or 0.0)


_FORMATS: dict[str, Callable[[Equation, Number, int | None], str]] = {
    "dot": _dot,
    "sum": _sum,
    "divide": _divide,
    "mask": _mask,
    "exp": _exp,
    "row-sum": _row_sum,
    "divide-row": _divide_row,
    "copy": _copy,
    "activation": _activation,
    "layer-norm": _layer_norm,
    "moments": _moments,
}


def top_weights(
    weights: Sequence[float],
    keys: Sequence[str],
    decimals: int,
    count: int = TOP_WEIGHTS,
    unbroken: bool = True,
) -> str:
    """A row of weights by its largest: "41% → learning, 22% → love, … 507 more, together 9%"."""
    order = sorted(range(len(weights)), key=lambda k: -weights[k])
    parts = [f"{format_number(weights[k], decimals, percent=True)} → {keys[k]}" for k in order[:count]]
    rest = order[count:]
    if rest:
        together = format_number(sum(weights[k] for k in rest), decimals, percent=True)
        parts.append(
            QCoreApplication.translate("EquationStrip", "… {count} more, together {percent}").format(
                count=len(rest), percent=together
            )
        )
    return _cut(parts, None, unbroken=unbroken)


def equation_text(
    equation: Equation | None, decimals: int = 2, limit: int | None = MAX_ENTRIES, keys: Sequence[str] = ()
) -> str:
    """The equation strip under the matrices: "0.12×0.40 + (−0.70)×0.05 + … = 0.31". A row longer
    than ``limit`` is cut to a window (None: every entry); a softmax row with ``keys`` over the
    limit is told by its largest weights."""
    if equation is None:
        return ""
    if equation.kind == "percent":
        if keys and limit is not None and len(equation.results) > limit:
            return top_weights(equation.results, keys, decimals)
        return _cut([format_number(w, decimals, percent=True) for w in equation.results], limit)
    return _FORMATS.get(equation.kind, _copy)(equation, lambda value: format_number(value, decimals), limit)


def caption_text(caption: Caption, decimals: int = 2) -> str:
    """The caption translated into the interface language, its numbers formatted."""
    return _translated(caption, decimals, "Caption")


def where_text(where: Caption) -> str:
    """Which unit of its stage a step is, in the interface language ("row 12 of 512")."""
    return _translated(where, 2, "Where")


def _translated(caption: Caption, decimals: int, context: str) -> str:
    if not caption.template:
        return ""
    template = QCoreApplication.translate(context, caption.template)
    return caption.format(template, lambda value: format_number(value, decimals))
