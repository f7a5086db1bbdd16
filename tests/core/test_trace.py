"""compute_trace's names, labels, shapes, inputs and determinism, and tokenize(): what the views rely on."""

import tracemalloc

import numpy as np
import pytest

from attn_gui.core import AttentionConfig, CellEdit, compute_trace, tokenize
from tests.reference import sinusoid

TOKENS = ("I", "love", "learning")
INPUTS = ("x", "pe", "x_in")
KV_INPUTS = ("x_kv", "pe_kv", "x_kv_in")
WEIGHTS = ("w_q", "w_k", "w_v", "w_o")
HEAD_STAGES = ("q", "k", "k_t", "v", "scores", "scaled", "masked", "weights", "head_output")


def trace_of(**fields):
    fields.setdefault("tokens", TOKENS)
    return compute_trace(AttentionConfig(**fields))


def features(count):
    return tuple(str(i) for i in range(1, count + 1))


# --- names, order and labels -----------------------------------------------------------------


@pytest.mark.parametrize("cross", [False, True], ids=["self", "cross"])
def test_matrices_come_in_pipeline_order(cross):
    trace = trace_of(num_heads=2, kv_tokens=("a", "b") if cross else None)
    expected = [(name, None) for name in INPUTS + (KV_INPUTS if cross else ()) + WEIGHTS]
    expected += [(name, head) for head in range(2) for name in HEAD_STAGES]
    expected += [("concat", None), ("output", None)]
    assert [(m.name, m.head) for m in trace.matrices] == expected
    assert trace.names == tuple(dict.fromkeys(name for name, _ in expected))
    assert {name for name in trace.names if trace.is_per_head(name)} == set(HEAD_STAGES)


def test_labels_in_self_attention():
    trace = trace_of(d_model=4, num_heads=2, d_k=3, d_v=5)
    labels = {
        "x": (TOKENS, features(4)),
        "pe": (TOKENS, features(4)),
        "x_in": (TOKENS, features(4)),
        "w_q": (features(4), features(6)),
        "w_k": (features(4), features(6)),
        "w_v": (features(4), features(10)),
        "w_o": (features(10), features(4)),
        "q": (TOKENS, features(3)),
        "k": (TOKENS, features(3)),
        "k_t": (features(3), TOKENS),
        "v": (TOKENS, features(5)),
        "scores": (TOKENS, TOKENS),
        "weights": (TOKENS, TOKENS),
        "head_output": (TOKENS, features(5)),
        "concat": (TOKENS, features(10)),
        "output": (TOKENS, features(4)),
    }
    for name, (rows, columns) in labels.items():
        matrix = trace.get(name, 1)
        assert (matrix.rows, matrix.columns) == (rows, columns), name
        assert matrix.array.shape == (len(rows), len(columns)), name


def test_labels_in_cross_attention_put_kv_tokens_on_the_key_axes():
    queries, keys = ("我", "爱"), ("I", "love", "learning")
    trace = trace_of(tokens=queries, kv_tokens=keys, d_model=4, num_heads=2)
    assert trace.kv_tokens == keys
    for name in ("x", "x_in", "q", "head_output", "concat", "output"):
        assert trace.get(name, 0).rows == queries, name
    for name in ("x_kv", "pe_kv", "x_kv_in", "k", "v"):
        assert trace.get(name, 0).rows == keys, name
    for name in ("scores", "scaled", "masked", "weights"):
        assert (trace.get(name, 1).rows, trace.get(name, 1).columns) == (queries, keys), name
    assert trace.get("k_t", 0).columns == keys


@pytest.mark.parametrize(
    ("kv_tokens", "name", "label"),
    [
        (None, "x", "(n, d_model) = (3, 4)"),
        (None, "w_q", "(d_model, h·d_k) = (4, 4)"),
        (None, "w_o", "(h·d_v, d_model) = (4, 4)"),
        (None, "q", "(n, d_k) = (3, 2)"),
        (None, "k_t", "(d_k, n) = (2, 3)"),
        (None, "scores", "(n, n) = (3, 3)"),
        (None, "head_output", "(n, d_v) = (3, 2)"),
        (None, "concat", "(n, h·d_v) = (3, 4)"),
        (("a", "b", "c"), "q", "(n_q, d_k) = (2, 2)"),
        (("a", "b", "c"), "k", "(n_kv, d_k) = (3, 2)"),
        (("a", "b", "c"), "k_t", "(d_k, n_kv) = (2, 3)"),
        (("a", "b", "c"), "x_kv", "(n_kv, d_model) = (3, 4)"),
        (("a", "b", "c"), "scores", "(n_q, n_kv) = (2, 3)"),
        (("a", "b", "c"), "weights", "(n_q, n_kv) = (2, 3)"),
    ],
)
def test_shape_label(kv_tokens, name, label):
    tokens = TOKENS if kv_tokens is None else ("我", "爱")
    assert (
        trace_of(tokens=tokens, kv_tokens=kv_tokens, d_model=4, num_heads=2).get(name, 0).shape_label == label
    )


def test_stacked_puts_heads_first():
    trace = trace_of(tokens=("a", "b"), kv_tokens=("c", "d", "e"), d_model=6, num_heads=3)
    assert trace.stacked("q").shape == (3, 2, 2)
    assert trace.stacked("weights").shape == (3, 2, 3)
    for head in range(3):
        np.testing.assert_array_equal(trace.stacked("k_t")[head], trace.get("k_t", head).array)
    assert trace.stacked("x") is trace.get("x").array
    with pytest.raises(KeyError, match="no matrix 'q' for head None"):
        trace.get("q")


# --- determinism and immutability -----------------------------------------------------------------


def test_same_config_gives_bit_identical_arrays():
    fields = {"tokens": ("the", "cat", "sat"), "d_model": 8, "num_heads": 2, "seed": 42, "mask": "causal"}
    first, second = trace_of(**fields), trace_of(**fields)
    assert len(first.matrices) == len(second.matrices)
    for a, b in zip(first.matrices, second.matrices, strict=True):
        assert np.array_equal(a.array, b.array, equal_nan=True), a.name
        assert a.array.tobytes() == b.array.tobytes(), a.name


def test_another_seed_gives_other_embeddings_and_weights():
    first, second = trace_of(seed=1), trace_of(seed=2)
    for name in ("x", "w_q", "w_k", "w_v", "w_o", "output"):
        assert not np.array_equal(first.get(name).array, second.get(name).array), name
    np.testing.assert_array_equal(first.get("pe").array, second.get("pe").array)


def test_arrays_are_read_only():
    trace = trace_of(kv_tokens=("a", "b"), mask="causal")
    for matrix in trace.matrices:
        assert not matrix.array.flags.writeable, (matrix.name, matrix.head)
    with pytest.raises(ValueError, match="read-only"):
        trace.get("weights", 0).array[0, 0] = 1.0


# --- inputs -----------------------------------------------------------------------------


def test_random_embeddings_belong_to_the_token():
    x = trace_of(tokens=("the", "cat", "the"), d_model=8).get("x").array
    np.testing.assert_array_equal(x[0], x[2])
    assert not np.array_equal(x[0], x[1])
    other = trace_of(tokens=("we", "all", "love", "cat"), d_model=8).get("x").array
    np.testing.assert_array_equal(other[3], x[1])  # "cat" keeps its row in another sentence


def test_random_embeddings_look_standard_normal():
    x = trace_of(tokens=tuple(f"w{i}" for i in range(64)), d_model=64, num_heads=1).get("x").array
    assert abs(x.mean()) < 0.05
    assert 0.95 < x.std() < 1.05


def test_positional_encoding_is_the_sinusoid_and_is_added():
    trace = trace_of(tokens=tuple("abcde"), kv_tokens=tuple("fgh"), d_model=7, num_heads=1)
    np.testing.assert_allclose(trace.get("pe").array, sinusoid(5, 7), rtol=0, atol=1e-15)
    np.testing.assert_allclose(trace.get("pe_kv").array, sinusoid(3, 7), rtol=0, atol=1e-15)
    np.testing.assert_array_equal(trace.get("x_in").array, trace.get("x").array + trace.get("pe").array)
    without = trace_of(positional_encoding=False)
    np.testing.assert_array_equal(without.get("x_in").array, without.get("x").array)


def test_one_hot_embeddings_are_unit_vectors_at_the_vocabulary_index():
    trace = trace_of(tokens=("a", "b", "a", "c"), kv_tokens=("c", "d"), embedding="one-hot", d_model=6)
    identity = np.eye(6)
    np.testing.assert_array_equal(trace.get("x").array, identity[[0, 1, 0, 2]])
    np.testing.assert_array_equal(trace.get("x_kv").array, identity[[2, 3]])


def test_supplied_embeddings_appear_exactly():
    rows = ((0.1, -2.5, 3.0, 1e-300), (1e6, -1e6, 0.0, 7.25))
    kv_rows = ((1.0, 2.0, 3.0, 4.0),)
    trace = trace_of(
        tokens=("a", "b"),
        kv_tokens=("c",),
        embedding="supplied",
        embedding_values=rows,
        kv_embedding_values=kv_rows,
    )
    np.testing.assert_array_equal(trace.get("x").array, np.array(rows), strict=True)
    np.testing.assert_array_equal(trace.get("x_kv").array, np.array(kv_rows), strict=True)


# --- edits ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "downstream"),
    [
        (CellEdit("x", 1, 2, 7.5), ("x_in", "q", "scores", "weights", "output")),
        (CellEdit("x_kv", 0, 3, -4.0), ("x_kv_in", "k", "v", "scores", "head_output", "output")),
        (CellEdit("w_q", 0, 3, 9.0), ("q", "scores", "weights", "concat", "output")),
        (CellEdit("w_k", 2, 0, 9.0), ("k", "k_t", "scores", "weights", "output")),
        (CellEdit("w_v", 3, 1, 9.0), ("v", "head_output", "concat", "output")),
        (CellEdit("w_o", 2, 2, 9.0), ("output",)),
    ],
)
def test_edit_overwrites_one_cell_and_changes_what_follows(edit, downstream):
    fields = {"tokens": TOKENS, "kv_tokens": ("a", "b"), "d_model": 4, "num_heads": 2}
    before = trace_of(**fields)
    after = trace_of(**fields, edits=(edit,))
    old, new = before.get(edit.matrix).array, after.get(edit.matrix).array
    assert new[edit.row, edit.col] == edit.value
    changed = np.argwhere(old != new)
    assert changed.tolist() == [[edit.row, edit.col]]
    for name in downstream:
        assert not np.array_equal(before.stacked(name), after.stacked(name)), name


def test_weight_edit_touches_only_its_head():
    # d_k = 2, so column 3 of W_Q is column 1 of head 1's block.
    before = trace_of(d_model=4, num_heads=2)
    after = trace_of(d_model=4, num_heads=2, edits=[("w_q", 0, 3, 9.0)])
    for name in ("q", "scores", "weights", "head_output"):
        np.testing.assert_array_equal(after.get(name, 0).array, before.get(name, 0).array)
    q_changed = np.argwhere(before.get("q", 1).array != after.get("q", 1).array)
    assert set(q_changed[:, 1].tolist()) == {1}
    for name in ("k", "v"):
        np.testing.assert_array_equal(after.stacked(name), before.stacked(name))


def test_x_edit_changes_q_only_in_that_tokens_row():
    before = trace_of(kv_tokens=("a", "b"))
    after = trace_of(kv_tokens=("a", "b"), edits=[("x", 1, 2, 7.5)])
    rows = np.argwhere(before.stacked("q") != after.stacked("q"))[:, 1]
    assert set(rows.tolist()) == {1}
    np.testing.assert_array_equal(after.stacked("k"), before.stacked("k"))  # keys come from x_kv


# --- masks and scaling (independent arithmetic) --------------------------------------------------------


def test_causal_mask_in_cross_attention_is_aligned_top_left():
    trace = trace_of(tokens=("a", "b"), kv_tokens=("c", "d", "e"), mask="causal")
    allowed = np.array([[True, False, False], [True, True, False]])
    for head in range(2):
        masked = trace.get("masked", head).array
        np.testing.assert_array_equal(masked[allowed], trace.get("scaled", head).array[allowed])
        assert np.all(masked[~allowed] == -np.inf)
        weights = trace.get("weights", head).array
        assert np.all(weights[~allowed] == 0.0)
        np.testing.assert_allclose(weights.sum(axis=1), 1.0, rtol=0, atol=1e-15)


@pytest.mark.parametrize("scale", [True, False])
def test_scaled_divides_by_sqrt_d_k_only_when_asked(scale):
    trace = trace_of(d_model=8, num_heads=2, d_k=3, d_v=4, scale=scale)
    scores = trace.get("q", 1).array @ trace.get("k", 1).array.T
    np.testing.assert_allclose(trace.get("scores", 1).array, scores, rtol=1e-13)
    expected = scores / np.sqrt(3) if scale else scores
    np.testing.assert_allclose(trace.get("scaled", 1).array, expected, rtol=1e-13)


# --- tokenize ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "split_cjk", "tokens"),
    [
        ("I love learning", False, ("I", "love", "learning")),
        ("  I\tlove \n learning  ", False, ("I", "love", "learning")),
        ("我 爱 学习", False, ("我", "爱", "学习")),
        ("我爱学习", False, ("我爱学习",)),
        ("", False, ()),
        ("   ", True, ()),
        ("我爱学习", True, ("我", "爱", "学", "习")),
        ("我爱 learning", True, ("我", "爱", "learning")),
        ("我爱learning", True, ("我", "爱", "learning")),
        ("I love learning", True, ("I", "love", "learning")),
        ("你好，世界！", True, ("你", "好", "，", "世", "界", "！")),
        ("我爱「AI」。", True, ("我", "爱", "「", "AI", "」", "。")),
        ("学习，learning！", True, ("学", "习", "，", "learning", "！")),
        ("ひらがなカタカナ", True, tuple("ひらがなカタカナ")),
        ("私はAIが好き", True, ("私", "は", "AI", "が", "好", "き")),
        ("我\u3000爱", False, ("我", "爱")),
        ("learning\u3000now", True, ("learning", "now")),
        ("𠀀𠀁", True, ("𠀀", "𠀁")),  # CJK extension B, outside the BMP
        ("한국어 좋아", True, ("한국어", "좋아")),  # Korean is written with spaces
        ("カ\u3099キ", True, ("カ\u3099", "キ")),  # a combining voicing mark stays with its kana
        ("ｶﾞｷ", True, ("ｶﾞ", "ｷ")),  # and so does the half-width one
    ],
)
def test_tokenize(text, split_cjk, tokens):
    assert tokenize(text, split_cjk=split_cjk) == tokens


# --- memory ---------------------------------------------------------------------------------


def test_largest_classroom_trace_fits_in_300_mb():
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(512)), d_model=1024, num_heads=16)
    tracemalloc.start()
    try:
        trace = compute_trace(config)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"compute_trace peak for 512 tokens, d_model 1024, 16 heads: {peak / 2**20:.1f} MB")
    assert trace.stacked("weights").shape == (16, 512, 512)
    assert peak < 300 * 2**20
