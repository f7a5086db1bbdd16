"""Predict-then-reveal questions, checked against NumPy written here from the trace's operands."""

import dataclasses
import math

import numpy as np
import pytest

from attn_gui.timeline.quiz import (
    COUNT,
    KEY,
    VALUE,
    Score,
    check,
    hidden_step,
    next_question,
    previous_question,
    question_at,
)
from attn_gui.timeline.timeline import build_timeline

from .conftest import trace_for
from .helpers import cells_of, operands


def every_question(timeline, decimals=2):
    """The questions met by answering each one and going on, from the lesson's start."""
    questions, position = [], -1
    while (question := next_question(timeline, position, decimals)) is not None:
        assert question.reveal > position
        questions.append(question)
        position = question.reveal
    return questions


def weights_by_hand(trace, head):
    """softmax(Q Kᵀ / √d_k + M) from the trace's Q and K, with the causal mask aligned top left."""
    q, k = trace.get("q", head).array, trace.get("k", head).array
    scores = q @ k.T / (math.sqrt(trace.dims.d_k) if trace.scale else 1.0)
    if trace.mask == "causal":
        rows, columns = np.indices(scores.shape)
        scores = np.where(columns <= rows, scores, -np.inf)
    exps = np.exp(scores - scores.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def value_by_hand(trace, stage, head, i, j):
    config = trace.source
    if stage == "x_in":
        x, pe = trace.get("x").array[i, j], trace.get("pe").array[i, j]
        return x + pe if config.positional_encoding else x
    if stage == "scaled":
        score = trace.get("scores", head).array[i, j]
        return score / math.sqrt(config.dims.d_k) if config.scale else score
    a, b = operands(trace, stage, head)
    return float(np.sum(a[i, :] * b[:, j]))


@pytest.fixture
def timeline(trace):
    return build_timeline(trace, "cell")


def test_the_answers_are_the_numbers_computed_here(timeline):
    trace = timeline.trace
    for question in every_question(timeline):
        if question.kind == VALUE:
            expected = value_by_hand(trace, question.stage, question.head, *question.cell)
            assert question.answer == pytest.approx(expected, rel=1e-12, abs=1e-12)
        elif question.kind == COUNT:
            keys = trace.get("masked", question.head).array.shape[1]
            assert question.answer == max(keys - (question.row + 1), 0)  # keys after position i
        else:
            weights = weights_by_hand(trace, question.head)[question.row]
            assert question.best == (int(np.argmax(weights)),)
            assert question.answer == pytest.approx(weights.max(), rel=1e-12)
            assert question.keys == trace.get("weights", question.head).columns


def test_every_cell_computed_and_every_mask_and_softmax_row_is_asked_once(timeline):
    trace, config = timeline.trace, timeline.trace.source
    asked = [(q.stage, q.head, q.hidden) for q in every_question(timeline)]
    assert len(asked) == len(set(asked))
    cells = {"x_in": trace.get("x_in").array.size, "output": trace.get("output").array.size}
    expected = sum(cells.values())
    for head in range(config.num_heads):
        expected += sum(
            trace.get(s, head).array.size for s in ("q", "k", "v", "scores", "scaled", "head_output")
        )
        rows = trace.get("weights", head).array.shape[0]
        expected += rows * (2 if config.mask == "causal" else 1)
    assert len(asked) == expected
    assert {stage for stage, _, _ in asked}.isdisjoint({"x", "pe", "k_t", "concat"})  # copies


def test_going_back_meets_the_same_questions_in_reverse(timeline):
    questions = every_question(timeline)
    back, position = [], len(timeline)
    while (question := previous_question(timeline, position)) is not None:
        back.append(question)
        position = question.reveal
    assert back == questions[::-1]
    assert all(question_at(timeline, q.reveal) == q for q in questions)


def test_steps_between_questions_ask_nothing():
    timeline = build_timeline(trace_for("causal"), "cell")
    asked = {q.reveal for q in every_question(timeline)}
    for index in range(len(timeline)):
        assert (question_at(timeline, index) is not None) == (index in asked)


@pytest.mark.parametrize("decimals", range(5))
def test_options_hold_the_answer_once_and_differ_as_shown(timeline, decimals):
    for question in every_question(timeline, decimals):
        options = question.options
        if question.kind == KEY:
            keys = {o.key for o in options}
            assert question.best[0] in keys
            assert {o.key for o in options if o.right} == set(question.best) & keys
            assert len(keys) == len(options) == min(4, len(question.keys))
            continue
        assert [o.value for o in options if o.right] == [question.answer]
        if question.kind == VALUE:
            shown = [f"{o.value:.{decimals}f}".replace("-", "") if round(o.value, decimals) == 0 else
                     f"{o.value:.{decimals}f}" for o in options]  # fmt: skip
            assert len(set(shown)) == len(options) == 4, shown
        else:  # a count: four of 0 … the number of keys
            keys = timeline.trace.get("masked", question.head).array.shape[1]
            assert len({o.value for o in options}) == len(options) == min(4, keys + 1)
            assert all(0 <= o.value <= keys for o in options)


def test_the_same_question_is_built_the_same_way_every_time():
    trace = trace_for("default")
    first, second = (every_question(build_timeline(trace, "cell")) for _ in range(2))
    assert first == second
    right_places = {[o.right for o in q.options].index(True) for q in first if q.kind == VALUE}
    assert right_places == {0, 1, 2, 3}  # shuffled: the answer is not always in the same place


def test_a_scaled_score_is_offered_with_its_unscaled_value():
    timeline = build_timeline(trace_for("default"), "cell")
    for question in every_question(timeline):
        if question.stage == "scaled":
            score = timeline.trace.get("scores", question.head).array[question.cell]
            if round(score, 2) != round(question.answer, 2):
                assert score in [o.value for o in question.options]


def test_the_hidden_step_blanks_exactly_the_question_s_cells(timeline):
    for question in every_question(timeline):
        step = timeline[question.reveal]
        hidden = hidden_step(step, question)
        shape = timeline.trace.get(step.stage, step.head).array.shape
        top, bottom, left, right = question.hidden
        target = {(r, c) for r in range(top, bottom) for c in range(left, right)}
        assert target <= cells_of(step.filled, shape)
        assert cells_of(hidden.filled, shape) == cells_of(step.filled, shape) - target
        assert hidden.partial is None
        assert hidden.equation is None
        assert hidden.caption.template == ""
        operand_bands = [b for b in step.highlights if b.matrix != step.stage]
        assert list(hidden.highlights[: len(operand_bands)]) == operand_bands  # what to compute with
        assert hidden.current == step.current  # the blank cell stays marked
        result_bands = hidden.highlights[len(operand_bands) :]
        if question.cell is None:
            assert result_bands == (dataclasses.replace(result_bands[0], rows=(question.row,)),)
            assert not result_bands[0].cells  # the best key is not given away
        else:
            assert result_bands == ()


def test_a_typed_value_is_right_at_the_shown_rounding_with_comma_or_unicode_minus():
    question = next(
        q for q in every_question(build_timeline(trace_for("default"), "cell")) if q.answer < -0.1
    )
    answer = question.answer
    shown = f"{answer:.2f}"
    assert check(question, shown, 2)
    assert check(question, shown.replace("-", "−").replace(".", ","), 2)
    assert check(question, f"  {answer + 0.004:.4f} ", 2)  # within half a unit of the last decimal
    assert check(question, f"{answer:.1f}", 1)
    assert not check(question, f"{answer + 0.02:.2f}", 2)
    assert not check(question, f"{-answer:.2f}", 2)
    with pytest.raises(ValueError, match="not a number"):
        check(question, "about a half", 2)


def test_a_chosen_option_is_right_only_when_it_is_the_answer():
    question = every_question(build_timeline(trace_for("default"), "cell"))[0]
    right = [o.right for o in question.options].index(True)
    assert [check(question, k) for k in range(4)] == [k == right for k in range(4)]


def test_a_softmax_row_takes_a_key_by_name_or_position():
    timeline = build_timeline(trace_for("causal"), "cell")
    question = next(q for q in every_question(timeline) if q.kind == KEY and q.row == 3)
    best = int(np.argmax(weights_by_hand(timeline.trace, question.head)[3]))
    others = [k for k in range(len(question.keys)) if question.keys[k] != question.keys[best]]
    assert check(question, question.keys[best].upper())
    assert check(question, str(best + 1))
    assert not check(question, str(others[0] + 1))
    assert not check(question, question.keys[others[0]])
    for nonsense in ("dog", "0", "9", "1.5"):
        with pytest.raises(ValueError, match="neither a key"):
            check(question, nonsense)


def test_a_mask_row_takes_a_count():
    timeline = build_timeline(trace_for("causal"), "cell")
    question = next(q for q in every_question(timeline) if q.kind == COUNT and q.row == 1)
    hidden = 2  # "the cat the mat": the second token sees two of the four keys
    assert check(question, str(hidden))
    assert check(question, f"{hidden}.0")
    assert not check(question, str(hidden + 1))


def test_the_score_counts_guesses_and_right_ones_without_changing():
    start = Score()
    score = start.record(True).record(False).record(True)
    assert (score.asked, score.correct) == (3, 2)
    assert start == Score(0, 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.asked = 0


def test_questions_need_the_cell_timeline():
    with pytest.raises(ValueError, match="cell"):
        next_question(build_timeline(trace_for("default"), "term"), -1)
