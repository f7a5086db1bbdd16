"""The animation as data: what one step of the lesson shows, independent of how it is drawn.

A view renders a Step; it never decides what comes next. Numbers are kept as numbers (the
view formats them with the user's decimals) and sentences as translatable templates.
"""

from dataclasses import dataclass, field

# "auto": each stage as finely as it goes in at most AUTO_STEPS steps (every term of a small
# product, one row at a time of a 512-token softmax); the others are the same for every stage.
GRANULARITIES = ("auto", "term", "cell", "row", "stage")
FIXED_GRANULARITIES = GRANULARITIES[1:]
AUTO_STEPS = 600  # "a few hundred": the paper's Q·Kᵀ (9 cells of 64 terms) still goes term by term

# Rect: (top, bottom, left, right), half-open, in the cells of the stage's result matrix.
Rect = tuple[int, int, int, int]


@dataclass(frozen=True)
class Band:
    """Cells of one shown matrix to highlight: whole rows, whole columns, single cells.

    ``matrix`` names a matrix as the stage shows it: a trace name ("x_in", "q", "k_t", "w_q" for
    the head's block of W_Q, "head_output" with ``head`` for one head's Z in the concat stage).
    """

    matrix: str
    rows: tuple[int, ...] = ()
    columns: tuple[int, ...] = ()
    cells: tuple[tuple[int, int], ...] = ()
    head: int | None = None


@dataclass(frozen=True)
class Caption:
    """A sentence for the class: a template marked with QT_TRANSLATE_NOOP("Caption", ...) and
    the values for its {placeholders} (numbers stay numbers; the view formats them)."""

    template: str
    values: tuple[tuple[str, object], ...] = ()

    def format(self, template: str | None = None, number: object = None) -> str:
        """The sentence with ``template`` (its translation) and numbers formatted by ``number``."""
        values = {
            key: number(value) if number is not None and isinstance(value, float) else value
            for key, value in self.values
        }
        return (template or self.template).format(**values)


@dataclass(frozen=True)
class Equation:
    """The arithmetic on the equation strip, by kind:

    - "dot": ``terms`` are the (a, b) pairs multiplied so far; ``value`` is the running sum
      (the final cell value once every term is in; ``complete`` then True).
    - "sum": ``terms`` is one (a, b) pair added; ``value`` a + b.
    - "divide": ``terms`` is ((score, divisor),); ``value`` the quotient; ``label`` "√2".
    - "mask": a whole row: ``terms`` one (score, M) pair per cell, M = 0.0 where the key may be
      seen and −inf where it is hidden (j > i); ``results`` the row after the mask.
    - "exp": ``terms`` (score, row max) pairs of the row; ``values`` their exponentials.
    - "row-sum": ``values`` the exponentials; ``value`` their sum.
    - "divide-row": ``values`` the exponentials; ``value`` the row sum; ``results`` the weights.
    - "percent": ``results`` the weights of the row.
    - "copy": ``value`` moved unchanged (transpose, concat, input rows); ``values`` the row.
    - "activation": ``terms`` ((x, Φ(x)),), ``label`` the function ("gelu"), ``value`` f(x).
    - "layer-norm": ``terms`` ((x, μ), (σ², ε), (γ, β)); ``value`` (x − μ) / √(σ² + ε) · γ + β.
    - "moments": a row of LayerNorm: ``terms`` ((μ, σ²),); ``value`` √(σ² + ε).
    """

    kind: str
    terms: tuple[tuple[float, float], ...] = ()
    value: float | None = None
    values: tuple[float, ...] = ()
    results: tuple[float, ...] = ()
    label: str = ""
    complete: bool = False


@dataclass(frozen=True)
class Step:
    """One moment of the animation.

    ``filled`` lists the rectangles of the result already computed (shown); everything else of
    the result is still blank. ``current`` is the result cell being built, ``partial`` the
    value it shows so far (a running sum). The last step of a stage has the whole result
    filled, equal to the trace's matrix.
    """

    index: int
    stage: str
    head: int | None
    local: int
    count: int
    phase: str
    highlights: tuple[Band, ...] = ()
    filled: tuple[Rect, ...] = ()
    current: tuple[int, int] | None = None
    partial: float | None = None
    equation: Equation | None = None
    caption: Caption = field(default_factory=lambda: Caption(""))
    where: Caption = field(default_factory=lambda: Caption(""))  # "term 5 of 64 of S[I, love]"
