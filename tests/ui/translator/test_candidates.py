"""Which words the next-word chart shows, computed without Qt: checked against a softmax written
out here."""

import numpy as np
import pytest

from attn_gui.ui.translator.candidates import next_word_candidates, probability_text

VOCABULARY = ("<bos>", "<eos>", "我", "爱", "学习", "猫", "书", "茶", "信", "家")


def by_hand(logits, temperature):
    z = np.asarray(logits, dtype=np.float64) / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def test_the_most_probable_words_in_order_with_what_the_rest_share(translation):
    logits, vocabulary = translation.output.logits[3], translation.output.vocabulary
    shown = next_word_candidates(logits, vocabulary, translation.output.predicted[3], 2.0)
    p = by_hand(logits, 2.0)
    order = np.argsort(-p)[:8]
    assert shown.words == tuple(vocabulary[k] for k in order)
    np.testing.assert_allclose(shown.probabilities, p[order], rtol=1e-12)
    assert shown.words[shown.written] == "图书馆" == shown.words[0]
    assert shown.rest == pytest.approx(1 - p[order].sum(), abs=1e-12)
    assert (shown.rest_count, shown.vocabulary_size) == (len(vocabulary) - 8, len(vocabulary))


def test_a_word_chosen_otherwise_takes_the_last_place_in_its_order():
    logits = np.arange(len(VOCABULARY), dtype=float)[::-1]  # <bos> most probable, 家 least
    shown = next_word_candidates(logits, VOCABULARY, "家", 1.0, top=4)
    assert shown.words == ("<bos>", "<eos>", "我", "家")
    assert shown.written == 3


def test_ties_keep_the_vocabulary_order_and_the_order_never_depends_on_t():
    logits = np.zeros(len(VOCABULARY))
    logits[[3, 5]] = 2.0
    for temperature in (0.1, 1.0, 5.0):
        assert next_word_candidates(logits, VOCABULARY, "猫", temperature, top=3).words == (
            "爱",
            "猫",
            "<bos>",
        )


def test_huge_scores_at_a_low_temperature_stay_finite():
    logits = np.full(len(VOCABULARY), -1e3)
    logits[2] = 1e3
    shown = next_word_candidates(logits, VOCABULARY, "我", 0.1)
    assert shown.probabilities[0] == 1.0
    assert np.isfinite(shown.probabilities).all()


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="3 scores for 10 words"):
        next_word_candidates(np.zeros(3), VOCABULARY, "我", 1.0)
    with pytest.raises(ValueError, match="positive"):
        next_word_candidates(np.zeros(len(VOCABULARY)), VOCABULARY, "我", 0.0)
    with pytest.raises(ValueError, match="not in"):
        next_word_candidates(np.zeros(len(VOCABULARY)), VOCABULARY, "狗", 1.0)


@pytest.mark.parametrize(
    ("probability", "text"),
    [
        (0.87312, "87.3%"),
        (0.0004, "<0.1%"),
        (0.0, "0.0%"),
        (0.99996, ">99.9%"),
        (1.0, "100.0%"),
        (0.0006, "0.1%"),
    ],
)
def test_percentages_never_round_a_chance_away(probability, text):
    assert probability_text(probability) == text
