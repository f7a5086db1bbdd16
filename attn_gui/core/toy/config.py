"""The app's whole input as one frozen value, validated once so every later stage can trust it."""

import dataclasses
import math
import operator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from attn_gui.core.errors import ConfigError
from attn_gui.core.tokens import is_text
from attn_gui.translatable import QT_TRANSLATE_NOOP

MASKS = ("none", "causal")
EMBEDDINGS = ("random", "one-hot", "supplied")
EDITABLE_MATRICES = ("x", "x_kv", "w_q", "w_k", "w_v", "w_o")

MAX_TOKENS = 512
MAX_SIZE = 1024
MAX_HEADS = 64
MAX_SEED = 2**32 - 1
MAX_ABS_VALUE = 1e6
MEMORY_LIMIT_BYTES = 1 << 30

_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "ConfigError", "{field} must be a whole number from {low} to {high}, got {value}."
)
_ONE_OF = QT_TRANSLATE_NOOP("ConfigError", "{field} must be one of {allowed}, got {value}.")
_ON_OFF = QT_TRANSLATE_NOOP("ConfigError", "{field} must be true or false, got {value}.")
_NUMBER = QT_TRANSLATE_NOOP(
    "ConfigError", "{field} must hold numbers between -{limit:g} and {limit:g}, got {value}."
)


class Dims(NamedTuple):
    """Every size the computation needs, with d_k and d_v already resolved."""

    n_q: int
    n_kv: int
    d_model: int
    num_heads: int
    d_k: int
    d_v: int


class CellEdit(NamedTuple):
    """A value typed over a generated one: ``matrix`` is one of EDITABLE_MATRICES."""

    matrix: str
    row: int
    col: int
    value: float


Values = tuple[tuple[float, ...], ...]


@dataclass(frozen=True)
class AttentionConfig:
    """What to compute: tokens, sizes, seed and switches; invalid values raise ConfigError.

    ``kv_tokens`` switches on cross-attention (queries from ``tokens``, keys and values
    from ``kv_tokens``). ``d_k``/``d_v`` of None mean d_model // num_heads. Embeddings
    are "random" (seeded, one vector per distinct token), "one-hot", or "supplied" in
    ``embedding_values`` (and ``kv_embedding_values``). ``edits`` overwrite single
    cells of X or of the projection matrices, in order.
    """

    tokens: tuple[str, ...]
    kv_tokens: tuple[str, ...] | None = None
    d_model: int = 4
    num_heads: int = 2
    d_k: int | None = None
    d_v: int | None = None
    seed: int = 0
    mask: str = "none"
    positional_encoding: bool = True
    scale: bool = True
    embedding: str = "random"
    embedding_values: Values | None = None
    kv_embedding_values: Values | None = None
    edits: tuple[CellEdit, ...] = field(default=())

    def __post_init__(self) -> None:
        _validate(self)

    @property
    def cross(self) -> bool:
        return self.kv_tokens is not None

    @property
    def dims(self) -> Dims:
        n_kv = len(self.kv_tokens) if self.kv_tokens is not None else len(self.tokens)
        d_k = self.d_k if self.d_k is not None else self.d_model // self.num_heads
        d_v = self.d_v if self.d_v is not None else self.d_model // self.num_heads
        return Dims(len(self.tokens), n_kv, self.d_model, self.num_heads, d_k, d_v)

    @property
    def vocabulary(self) -> tuple[str, ...]:
        """Distinct tokens of both sides in order of first appearance."""
        return tuple(dict.fromkeys(self.tokens + (self.kv_tokens or ())))


def config_as_dict(config: AttentionConfig) -> dict[str, Any]:
    """Plain data (lists, numbers, text) that JSON and QSettings can hold."""
    return dataclasses.asdict(config)


def config_from_dict(data: dict[str, Any]) -> AttentionConfig:
    """The inverse of ``config_as_dict``; raises ConfigError for anything invalid or unknown."""
    if not isinstance(data, dict):
        raise ConfigError("config", QT_TRANSLATE_NOOP("ConfigError", "A configuration must be a mapping."))
    known = {f.name for f in dataclasses.fields(AttentionConfig)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(
            "config",
            QT_TRANSLATE_NOOP("ConfigError", "Unknown configuration fields: {names}."),
            names=", ".join(map(str, unknown)),
        )
    if "tokens" not in data:
        raise ConfigError("tokens", QT_TRANSLATE_NOOP("ConfigError", "A configuration needs tokens."))
    return AttentionConfig(**data)


def estimate_trace_bytes(dims: Dims, cross: bool, masked: bool) -> int:
    """Bytes the trace holds at its peak, counted before anything is allocated."""
    n_q, n_kv, d, h, d_k, d_v = dims
    inputs = 3 * n_q * d + (3 * n_kv * d if cross else 0)
    weights = 2 * d * h * d_k + 2 * d * h * d_v
    projections = n_q * h * d_k + n_kv * h * (d_k + d_v)
    # scores, scaled, weights, the masked copy, and softmax's two temporaries
    squares = h * n_q * n_kv * (5 + masked)
    outputs = 2 * n_q * h * d_v + n_q * d
    return 8 * (inputs + weights + projections + squares + outputs)


def _set(config: AttentionConfig, name: str, value: Any) -> None:
    object.__setattr__(config, name, value)


def _whole_number(name: str, value: Any, low: int, high: int) -> int:
    try:
        if isinstance(value, bool):
            raise TypeError
        number = operator.index(value)
    except TypeError:
        raise ConfigError(name, _WHOLE_NUMBER, field=name, low=low, high=high, value=repr(value)) from None
    if not low <= number <= high:
        raise ConfigError(name, _WHOLE_NUMBER, field=name, low=low, high=high, value=number)
    return number


def _one_of(name: str, value: Any, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ConfigError(name, _ONE_OF, field=name, allowed=", ".join(allowed), value=repr(value))


def _switch(name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise ConfigError(name, _ON_OFF, field=name, value=repr(value))


def _number(name: str, value: Any) -> float:
    try:
        number = math.nan if isinstance(value, str | bytes | bool) else float(value)
    except (TypeError, ValueError, OverflowError):
        number = math.nan
    if not abs(number) <= MAX_ABS_VALUE:
        raise ConfigError(name, _NUMBER, field=name, limit=MAX_ABS_VALUE, value=repr(value))
    return number


def _sequence(value: Any) -> tuple[Any, ...] | None:
    """``value`` as a tuple, or None when it is text or not a sequence at all."""
    if isinstance(value, str | bytes | dict):  # a mapping's keys are no list of tokens
        return None
    try:
        return tuple(value)
    except TypeError:
        return None


def _token_list(name: str, value: Any) -> tuple[str, ...]:
    tokens = _sequence(value)
    if tokens is None or not all(isinstance(t, str) and t.strip() for t in tokens):
        raise ConfigError(
            name, QT_TRANSLATE_NOOP("ConfigError", "{field} must be a list of non-empty words."), field=name
        )
    if not all(is_text(t) for t in tokens):
        raise ConfigError(
            name,
            QT_TRANSLATE_NOOP(
                "ConfigError",
                "{field} contains characters that are not valid text; check the terminal's encoding.",
            ),
            field=name,
        )
    if not tokens:
        raise ConfigError(
            name,
            QT_TRANSLATE_NOOP(
                "ConfigError", "Enter at least one token for {field} (words separated by spaces)."
            ),
            field=name,
        )
    if len(tokens) > MAX_TOKENS:
        raise ConfigError(
            name,
            QT_TRANSLATE_NOOP("ConfigError", "{field} has {value} tokens; at most {high} are supported."),
            field=name,
            value=len(tokens),
            high=MAX_TOKENS,
        )
    return tokens


def _matrix_values(name: str, value: Any, rows: int, cols: int) -> Values:
    shape_error = ConfigError(
        name,
        QT_TRANSLATE_NOOP("ConfigError", "{field} must have {rows} rows of {cols} numbers each."),
        field=name,
        rows=rows,
        cols=cols,
    )
    matrix = _sequence(value)
    if matrix is None or len(matrix) != rows:
        raise shape_error
    result = []
    for row in matrix:
        cells = _sequence(row)
        if cells is None or len(cells) != cols:
            raise shape_error
        result.append(tuple(_number(name, v) for v in cells))
    return tuple(result)


def _validate(config: AttentionConfig) -> None:
    """Check every field, cheapest first, and normalise sequences to tuples."""
    _set(config, "tokens", _token_list("tokens", config.tokens))
    if config.kv_tokens is not None:
        _set(config, "kv_tokens", _token_list("kv_tokens", config.kv_tokens))
    _set(config, "d_model", _whole_number("d_model", config.d_model, 1, MAX_SIZE))
    _set(config, "num_heads", _whole_number("num_heads", config.num_heads, 1, MAX_HEADS))
    for name in ("d_k", "d_v"):
        value = getattr(config, name)
        if value is not None:
            _set(config, name, _whole_number(name, value, 1, MAX_SIZE))
        elif config.d_model % config.num_heads:
            raise ConfigError(
                "num_heads",
                QT_TRANSLATE_NOOP(
                    "ConfigError",
                    "d_model ({d_model}) must be divisible by num_heads ({num_heads}), or set d_k and d_v.",
                ),
                d_model=config.d_model,
                num_heads=config.num_heads,
            )
    _set(config, "seed", _whole_number("seed", config.seed, 0, MAX_SEED))
    _one_of("mask", config.mask, MASKS)
    _switch("positional_encoding", config.positional_encoding)
    _switch("scale", config.scale)
    _one_of("embedding", config.embedding, EMBEDDINGS)
    dims = config.dims
    needed = estimate_trace_bytes(dims, config.cross, config.mask != "none")
    if needed > MEMORY_LIMIT_BYTES:
        raise ConfigError(
            "size",
            QT_TRANSLATE_NOOP(
                "ConfigError",
                "These sizes need about {needed} MB, more than the {limit} MB allowed: "
                "use fewer tokens, fewer heads or smaller dimensions.",
            ),
            needed=math.ceil(needed / 2**20),
            limit=MEMORY_LIMIT_BYTES // 2**20,
        )
    if config.embedding == "one-hot" and config.d_model < len(config.vocabulary):
        raise ConfigError(
            "d_model",
            QT_TRANSLATE_NOOP(
                "ConfigError",
                "One-hot embeddings need d_model of at least {needed} (one per distinct token), got {value}.",
            ),
            needed=len(config.vocabulary),
            value=config.d_model,
        )
    _validate_supplied(config, dims)
    edits = _sequence(config.edits)
    if edits is None:
        raise ConfigError(
            "edits",
            QT_TRANSLATE_NOOP(
                "ConfigError", "edits must be a list of (matrix, row, column, value), got {value}."
            ),
            value=repr(config.edits),
        )
    _set(config, "edits", tuple(_edit(e, dims, config.cross) for e in edits))


def _validate_supplied(config: AttentionConfig, dims: Dims) -> None:
    sides = (("embedding_values", dims.n_q, True), ("kv_embedding_values", dims.n_kv, config.cross))
    for name, rows, wanted in sides:
        value = getattr(config, name)
        if config.embedding == "supplied" and wanted:
            if value is None:
                raise ConfigError(
                    name,
                    QT_TRANSLATE_NOOP("ConfigError", "Supplied embeddings need {field}."),
                    field=name,
                )
            _set(config, name, _matrix_values(name, value, rows, dims.d_model))
        elif value is not None:
            raise ConfigError(
                name,
                QT_TRANSLATE_NOOP(
                    "ConfigError",
                    "{field} is only used with supplied embeddings (and cross-attention for kv).",
                ),
                field=name,
            )


def edit_shape(matrix: str, dims: Dims) -> tuple[int, int]:
    """Rows and columns of an editable matrix."""
    shapes = {
        "x": (dims.n_q, dims.d_model),
        "x_kv": (dims.n_kv, dims.d_model),
        "w_q": (dims.d_model, dims.num_heads * dims.d_k),
        "w_k": (dims.d_model, dims.num_heads * dims.d_k),
        "w_v": (dims.d_model, dims.num_heads * dims.d_v),
        "w_o": (dims.num_heads * dims.d_v, dims.d_model),
    }
    return shapes[matrix]


def _edit(edit: Any, dims: Dims, cross: bool) -> CellEdit:
    parts = _sequence(edit)
    if parts is None or len(parts) != 4:
        raise ConfigError(
            "edits",
            QT_TRANSLATE_NOOP("ConfigError", "Each edit must be (matrix, row, column, value), got {value}."),
            value=repr(edit),
        )
    matrix, row, col, value = parts
    allowed = EDITABLE_MATRICES if cross else tuple(m for m in EDITABLE_MATRICES if m != "x_kv")
    _one_of("edits", matrix, allowed)
    rows, cols = edit_shape(matrix, dims)
    return CellEdit(
        matrix,
        _whole_number("edits", row, 0, rows - 1),
        _whole_number("edits", col, 0, cols - 1),
        _number("edits", value),
    )
