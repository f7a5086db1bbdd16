"""AttentionConfig validation: every bad value raises ConfigError naming its field, for the UI to show."""

import dataclasses
import math
import tracemalloc

import numpy as np
import pytest

from attn_gui.core import (
    MAX_HEADS,
    MAX_SIZE,
    MAX_TOKENS,
    AttentionConfig,
    CellEdit,
    ConfigError,
    Dims,
    estimate_trace_bytes,
)

TOKENS = ("I", "love", "learning")
MAX_SEED = 2**32 - 1


def config_error(**fields) -> ConfigError:
    """The ConfigError that AttentionConfig(**fields) raises (tokens default to TOKENS)."""
    fields.setdefault("tokens", TOKENS)
    with pytest.raises(ConfigError) as caught:
        AttentionConfig(**fields)
    error = caught.value
    # The translatable template and its parameters must rebuild the English message exactly.
    assert str(error) == error.template.format(**error.params)
    return error


# --- tokens -------------------------------------------------------------------------------


@pytest.mark.parametrize("side", ["tokens", "kv_tokens"])
def test_no_tokens(side):
    error = config_error(**{side: ()})
    assert error.field == side
    assert str(error) == f"Enter at least one token for {side} (words separated by spaces)."


@pytest.mark.parametrize("side", ["tokens", "kv_tokens"])
@pytest.mark.parametrize(
    "value",
    [
        pytest.param("I love learning", id="plain string"),
        pytest.param(("I", "", "learning"), id="empty string"),
        pytest.param(("I", "   "), id="blank string"),
        pytest.param(("I", 7), id="not a string"),
        pytest.param(3, id="not a sequence"),
    ],
)
def test_tokens_must_be_a_list_of_non_empty_words(side, value):
    error = config_error(**{side: value})
    assert error.field == side
    assert str(error) == f"{side} must be a list of non-empty words."


def test_tokens_none_is_an_error_but_kv_tokens_none_means_self_attention():
    assert config_error(tokens=None).field == "tokens"
    assert not AttentionConfig(tokens=TOKENS, kv_tokens=None).cross


@pytest.mark.parametrize("side", ["tokens", "kv_tokens"])
def test_too_many_tokens(side):
    error = config_error(**{side: ("w",) * (MAX_TOKENS + 1)})
    assert error.field == side
    assert str(error) == f"{side} has {MAX_TOKENS + 1} tokens; at most {MAX_TOKENS} are supported."


def test_exactly_max_tokens_is_accepted():
    config = AttentionConfig(tokens=("w",) * MAX_TOKENS, kv_tokens=("v",) * MAX_TOKENS)
    assert config.dims.n_q == config.dims.n_kv == MAX_TOKENS


# --- whole numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "low", "high"),
    [
        ("d_model", 0, 1, MAX_SIZE),
        ("d_model", -4, 1, MAX_SIZE),
        ("d_model", MAX_SIZE + 1, 1, MAX_SIZE),
        ("num_heads", 0, 1, MAX_HEADS),
        ("num_heads", -1, 1, MAX_HEADS),
        ("num_heads", MAX_HEADS + 1, 1, MAX_HEADS),
        ("d_k", 0, 1, MAX_SIZE),
        ("d_k", -2, 1, MAX_SIZE),
        ("d_k", MAX_SIZE + 1, 1, MAX_SIZE),
        ("d_v", 0, 1, MAX_SIZE),
        ("d_v", MAX_SIZE + 1, 1, MAX_SIZE),
        ("seed", -1, 0, MAX_SEED),
        ("seed", MAX_SEED + 1, 0, MAX_SEED),
    ],
)
def test_whole_number_out_of_range(field, value, low, high):
    error = config_error(**{field: value})
    assert error.field == field
    assert str(error) == f"{field} must be a whole number from {low} to {high}, got {value}."


@pytest.mark.parametrize("field", ["d_model", "num_heads", "d_k", "d_v", "seed"])
@pytest.mark.parametrize("value", [True, False, 2.0, "2"], ids=["True", "False", "float", "str"])
def test_whole_number_rejects_bool_float_and_text(field, value):
    error = config_error(**{field: value})
    assert error.field == field
    assert str(error).startswith(f"{field} must be a whole number from ")
    assert str(error).endswith(f", got {value!r}.")


def test_whole_number_limits_themselves_are_accepted():
    config = AttentionConfig(tokens=TOKENS, d_model=MAX_SIZE, num_heads=MAX_HEADS, seed=MAX_SEED)
    assert (config.d_model, config.num_heads, config.seed) == (MAX_SIZE, MAX_HEADS, MAX_SEED)
    assert AttentionConfig(tokens=TOKENS, d_model=1, num_heads=1, d_k=MAX_SIZE, d_v=1).d_k == MAX_SIZE


def test_numpy_integers_are_normalised_to_int():
    config = AttentionConfig(tokens=TOKENS, d_model=np.int64(8), num_heads=np.int32(2), seed=np.uint32(5))
    assert [type(v) for v in (config.d_model, config.num_heads, config.seed)] == [int, int, int]
    assert config == AttentionConfig(tokens=TOKENS, d_model=8, num_heads=2, seed=5)


# --- head split ------------------------------------------------------------------------------


@pytest.mark.parametrize("given", [{}, {"d_k": 3}, {"d_v": 3}], ids=["neither", "only d_k", "only d_v"])
def test_d_model_must_divide_by_heads_unless_d_k_and_d_v_are_given(given):
    error = config_error(d_model=5, num_heads=2, **given)
    assert error.field == "num_heads"
    assert str(error) == "d_model (5) must be divisible by num_heads (2), or set d_k and d_v."


def test_giving_d_k_and_d_v_makes_an_indivisible_d_model_valid():
    config = AttentionConfig(tokens=TOKENS, d_model=5, num_heads=2, d_k=3, d_v=4)
    assert config.dims == Dims(n_q=3, n_kv=3, d_model=5, num_heads=2, d_k=3, d_v=4)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"d_model": 8, "num_heads": 2}, Dims(3, 3, 8, 2, 4, 4)),
        ({"d_model": 8, "num_heads": 8}, Dims(3, 3, 8, 8, 1, 1)),
        ({"d_model": 8, "num_heads": 2, "d_k": 3}, Dims(3, 3, 8, 2, 3, 4)),
        ({"d_model": 6, "num_heads": 3, "kv_tokens": ("a", "b")}, Dims(3, 2, 6, 3, 2, 2)),
    ],
)
def test_dims_resolves_d_k_and_d_v(fields, expected):
    assert AttentionConfig(tokens=TOKENS, **fields).dims == expected


# --- choices and switches ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("mask", "future", "none, causal"),
        ("mask", None, "none, causal"),
        ("embedding", "word2vec", "random, one-hot, supplied"),
    ],
)
def test_unknown_choice_lists_the_allowed_values(field, value, allowed):
    error = config_error(**{field: value})
    assert error.field == field
    assert str(error) == f"{field} must be one of {allowed}, got {value!r}."


@pytest.mark.parametrize("field", ["positional_encoding", "scale"])
@pytest.mark.parametrize("value", [1, "yes", None])
def test_switches_must_be_bool(field, value):
    error = config_error(**{field: value})
    assert error.field == field
    assert str(error) == f"{field} must be true or false, got {value!r}."


# --- one-hot and memory --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tokens", "kv_tokens", "distinct"),
    [
        (("a", "b", "c", "a"), None, 3),
        (("a", "b"), ("b", "c", "d"), 4),  # the vocabulary spans both sides
    ],
)
def test_one_hot_needs_d_model_of_at_least_the_vocabulary(tokens, kv_tokens, distinct):
    error = config_error(
        tokens=tokens, kv_tokens=kv_tokens, embedding="one-hot", d_model=distinct - 1, num_heads=1
    )
    assert error.field == "d_model"
    assert str(error) == (
        f"One-hot embeddings need d_model of at least {distinct} (one per distinct token), "
        f"got {distinct - 1}."
    )
    exact = AttentionConfig(
        tokens=tokens, kv_tokens=kv_tokens, embedding="one-hot", d_model=distinct, num_heads=1
    )
    assert len(exact.vocabulary) == exact.d_model == distinct


def test_sizes_over_the_memory_limit_fail_before_allocating():
    big = {"tokens": tuple(f"t{i}" for i in range(MAX_TOKENS)), "d_model": MAX_SIZE, "num_heads": 64}
    # W_Q and W_K alone hold 2 * d_model * (h * d_k) doubles: the whole 1 GiB allowance.
    assert 2 * MAX_SIZE * (64 * MAX_SIZE) * 8 == 2**30
    tracemalloc.start()
    try:
        error = config_error(**big, d_k=MAX_SIZE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 2**20, f"a refused configuration allocated {peak / 2**20:.1f} MB"
    assert error.field == "size"
    assert error.params["limit"] == 1024
    assert error.params["needed"] > 2048
    assert "more than the 1024 MB allowed" in str(error)


def test_memory_limit_counts_the_extra_masked_copy():
    tokens = tuple(f"t{i}" for i in range(MAX_TOKENS))
    fits = AttentionConfig(tokens=tokens, d_model=MAX_SIZE, num_heads=MAX_HEADS, mask="causal")
    unmasked = estimate_trace_bytes(fits.dims, cross=False, masked=False)
    masked = estimate_trace_bytes(fits.dims, cross=False, masked=True)
    # One more (h, n, n) array of doubles.
    assert masked - unmasked == MAX_HEADS * MAX_TOKENS * MAX_TOKENS * 8


# --- supplied embeddings -----------------------------------------------------------------------

ROWS_3x4 = ((1, 2, 3, 4), (5, 6, 7, 8), (9, 10, 11, 12))


def test_supplied_embeddings_are_required():
    error = config_error(embedding="supplied")
    assert error.field == "embedding_values"
    assert str(error) == "Supplied embeddings need embedding_values."
    error = config_error(embedding="supplied", embedding_values=ROWS_3x4, kv_tokens=("a", "b"))
    assert error.field == "kv_embedding_values"
    assert str(error) == "Supplied embeddings need kv_embedding_values."


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(ROWS_3x4[:2], id="too few rows"),
        pytest.param((*ROWS_3x4, (1, 2, 3, 4)), id="too many rows"),
        pytest.param((ROWS_3x4[0], (5, 6, 7), ROWS_3x4[2]), id="short row"),
        pytest.param((ROWS_3x4[0], "1234", ROWS_3x4[2]), id="row is text"),
        pytest.param((ROWS_3x4[0], 5, ROWS_3x4[2]), id="row is a number"),
        pytest.param("1234", id="text"),
        pytest.param(np.zeros((4, 3)), id="transposed"),
    ],
)
def test_supplied_embeddings_of_the_wrong_shape(values):
    error = config_error(embedding="supplied", embedding_values=values)
    assert error.field == "embedding_values"
    assert str(error) == "embedding_values must have 3 rows of 4 numbers each."


@pytest.mark.parametrize(
    "bad", [math.nan, math.inf, -math.inf, 1e6 + 1, -2e6, True, "abc", "4e2", None], ids=repr
)
def test_supplied_embeddings_must_be_finite_numbers(bad):
    values = (ROWS_3x4[0], (5, 6, bad, 8), ROWS_3x4[2])
    error = config_error(embedding="supplied", embedding_values=values)
    assert error.field == "embedding_values"
    assert str(error) == f"embedding_values must hold numbers between -1e+06 and 1e+06, got {bad!r}."


def test_kv_embeddings_are_checked_against_the_kv_side():
    error = config_error(
        embedding="supplied", embedding_values=ROWS_3x4, kv_tokens=("a", "b"), kv_embedding_values=ROWS_3x4
    )
    assert error.field == "kv_embedding_values"
    assert str(error) == "kv_embedding_values must have 2 rows of 4 numbers each."


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"embedding_values": ROWS_3x4}, id="values with random embedding"),
        pytest.param({"embedding": "one-hot", "embedding_values": ROWS_3x4}, id="values with one-hot"),
        pytest.param(
            {"embedding": "supplied", "embedding_values": ROWS_3x4, "kv_embedding_values": ROWS_3x4},
            id="kv values without cross-attention",
        ),
    ],
)
def test_supplied_values_without_supplied_embedding(fields):
    error = config_error(**fields)
    field = "kv_embedding_values" if "kv_embedding_values" in fields else "embedding_values"
    assert error.field == field
    assert str(error) == f"{field} is only used with supplied embeddings (and cross-attention for kv)."


def test_supplied_embeddings_are_normalised_to_tuples_of_floats():
    config = AttentionConfig(
        tokens=TOKENS,
        kv_tokens=["a"],
        embedding="supplied",
        embedding_values=[list(row) for row in ROWS_3x4],
        kv_embedding_values=np.array([[0.5, -1, 2, 1e6]]),
    )
    assert config.embedding_values == tuple(tuple(float(v) for v in row) for row in ROWS_3x4)
    assert all(type(v) is float for row in config.embedding_values for v in row)
    assert config.kv_embedding_values == ((0.5, -1.0, 2.0, 1e6),)


# --- edits ---------------------------------------------------------------------------------


def test_edit_of_an_unknown_matrix_lists_the_editable_ones():
    error = config_error(edits=[("w_z", 0, 0, 1.0)])
    assert error.field == "edits"
    assert str(error) == "edits must be one of x, w_q, w_k, w_v, w_o, got 'w_z'."


def test_x_kv_edits_need_cross_attention():
    error = config_error(edits=[("x_kv", 0, 0, 1.0)])
    assert error.field == "edits"
    assert "x_kv" not in error.params["allowed"].split(", ")
    cross = AttentionConfig(tokens=TOKENS, kv_tokens=("a", "b"), edits=[("x_kv", 1, 3, 1.0)])
    assert cross.edits == (CellEdit("x_kv", 1, 3, 1.0),)


@pytest.mark.parametrize(
    ("edit", "value", "high"),
    [
        (("x", 3, 0, 1.0), 3, 2),  # 3 tokens: rows 0..2
        (("x", -1, 0, 1.0), -1, 2),
        (("x", 0, 4, 1.0), 4, 3),  # d_model 4: columns 0..3
        (("w_q", 4, 0, 1.0), 4, 3),
        (("w_q", 0, 6, 1.0), 6, 5),  # h * d_k = 2 * 3 columns
        (("w_v", 0, 4, 1.0), 4, 3),  # h * d_v = 2 * 2 columns
        (("w_o", 4, 0, 1.0), 4, 3),  # h * d_v rows
    ],
)
def test_edit_outside_the_matrix(edit, value, high):
    error = config_error(d_model=4, num_heads=2, d_k=3, d_v=2, edits=[edit])
    assert error.field == "edits"
    assert str(error) == f"edits must be a whole number from 0 to {high}, got {value}."


def test_edit_at_the_last_cell_is_accepted():
    config = AttentionConfig(tokens=TOKENS, d_k=3, d_v=2, edits=[("w_q", 3, 5, 1), ("w_o", 3, 3, -1)])
    assert config.edits == (CellEdit("w_q", 3, 5, 1.0), CellEdit("w_o", 3, 3, -1.0))


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(("x", 0, 0), id="three parts"),
        pytest.param(("x", 0, 0, 1.0, 2.0), id="five parts"),
        pytest.param("x001", id="text"),
        pytest.param(5, id="number"),
    ],
)
def test_malformed_edit(edit):
    error = config_error(edits=[edit])
    assert error.field == "edits"
    assert str(error) == f"Each edit must be (matrix, row, column, value), got {edit!r}."


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("x", 1.0, 0, 1.0), "edits must be a whole number from 0 to 2, got 1.0."),
        (("x", True, 0, 1.0), "edits must be a whole number from 0 to 2, got True."),
        (("x", 0, 0, math.nan), "edits must hold numbers between -1e+06 and 1e+06, got nan."),
        (("x", 0, 0, None), "edits must hold numbers between -1e+06 and 1e+06, got None."),
        (("x", 0, 0, "5"), "edits must hold numbers between -1e+06 and 1e+06, got '5'."),
    ],
)
def test_edit_with_bad_position_or_value(edit, message):
    error = config_error(edits=[edit])
    assert error.field == "edits"
    assert str(error) == message


@pytest.mark.parametrize("edits", [None, 5], ids=["None", "number"])
def test_edits_that_are_not_a_list_raise_config_error(edits):
    # The class promises ConfigError for invalid values; a TypeError would escape the UI's handler.
    error = config_error(edits=edits)
    assert error.field == "edits"


# --- valid configurations -------------------------------------------------------------------------


def test_lists_are_normalised_to_tuples():
    config = AttentionConfig(tokens=["I", "love"], kv_tokens=["a", "b"], edits=[["w_k", 1, 2, 3]])
    assert config.tokens == ("I", "love")
    assert config.kv_tokens == ("a", "b")
    assert config.edits == (CellEdit("w_k", 1, 2, 3.0),)
    assert isinstance(config.edits[0], CellEdit)
    assert type(config.edits[0].value) is float


def test_equal_configs_are_equal_and_hash_alike():
    from_lists = AttentionConfig(
        tokens=["我", "爱"],
        kv_tokens=["I", "love", "learning"],
        embedding="supplied",
        embedding_values=[[1, 2, 3, 4], [5, 6, 7, 8]],
        kv_embedding_values=[[0, 0, 0, 0]] * 3,
        edits=[("x_kv", 2, 1, 4)],
    )
    from_tuples = AttentionConfig(
        tokens=("我", "爱"),
        kv_tokens=("I", "love", "learning"),
        embedding="supplied",
        embedding_values=((1.0, 2.0, 3.0, 4.0), (5.0, 6.0, 7.0, 8.0)),
        kv_embedding_values=((0.0,) * 4,) * 3,
        edits=(CellEdit("x_kv", 2, 1, 4.0),),
    )
    assert from_lists == from_tuples
    assert hash(from_lists) == hash(from_tuples)
    assert len({from_lists, from_tuples}) == 1
    assert dataclasses.replace(from_tuples, seed=1) != from_tuples


def test_config_is_frozen():
    config = AttentionConfig(tokens=TOKENS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.d_model = 8  # type: ignore[misc]


def test_replace_validates_again():
    with pytest.raises(ConfigError) as caught:
        dataclasses.replace(AttentionConfig(tokens=TOKENS), num_heads=3)
    assert caught.value.field == "num_heads"
