"""The grammar: its sentences, their reference translations and alignments, and the held-out split."""

import json

from attn_gui.models.translator import grammar
from attn_gui.models.translator.vocabulary import BOS, EOS
from attn_gui.models.translator.weights_file import DESCRIPTION_FILE, SHIPPED


def english(pairs):
    return {" ".join(p.english) for p in pairs}


def test_every_combination_is_a_sentence_once():
    pairs = grammar.all_pairs()
    assert len(pairs) == 6 * 6 * 10 * 4 * 4
    assert len(english(pairs)) == len(pairs)


def test_the_issue_examples():
    assert grammar.reference("I love learning").chinese == ("我", "爱", "学习")
    pair = grammar.reference("she reads books in the library every day")
    assert pair.chinese == ("她", "每天", "在", "图书馆", "读", "书")
    pair = grammar.reference("they study math at school on weekends")
    assert pair.chinese == ("他们", "周末", "在", "学校", "学", "数学")


def test_verbs_agree_with_he_and_she_only():
    assert grammar.reference("he studies Chinese today").chinese == ("他", "今天", "学", "中文")
    assert grammar.reference("we study Chinese").chinese == ("我们", "学", "中文")
    assert grammar.reference("he study Chinese") is None
    assert grammar.reference("we studies Chinese") is None


def test_reference_ignores_case_and_refuses_what_the_grammar_lacks():
    assert grammar.reference("I LIKE chinese").english == ("I", "like", "Chinese")
    assert grammar.reference("I love") is None
    assert grammar.reference("I love learning at home at school") is None
    assert grammar.reference("I love learning every day at home") is None  # time before place
    assert grammar.reference("") is None


def test_alignment_follows_the_issue_rules():
    pair = grammar.reference("she reads books in the library every day")
    words = [{pair.english[i] for i in where} for where in pair.alignment]
    assert words == [
        {"she"},
        {"every", "day"},
        {"in", "the", "library"},  # 在
        {"in", "the", "library"},  # 图书馆
        {"reads"},  # the verb as written
        {"books"},
    ]
    pair = grammar.reference("I like tea at home on weekends")
    assert [{pair.english[i] for i in where} for where in pair.alignment][1:3] == [
        {"on", "weekends"},
        {"at", "home"},
    ]


def test_she_and_tea_are_never_trained_on():
    training = grammar.training_pairs()
    assert not [p for p in training if p.subject == "she" and p.object == "tea"]
    she_tea = [p for p in grammar.all_pairs() if p.subject == "she" and p.object == "tea"]
    assert len(she_tea) == 6 * 16
    assert set(she_tea) <= set(grammar.held_out_pairs())


def test_the_split_is_a_tenth_of_the_rest_and_partitions_the_grammar():
    training, held_out = set(grammar.training_pairs()), set(grammar.held_out_pairs())
    assert not training & held_out
    assert training | held_out == set(grammar.all_pairs())
    rest = len(grammar.all_pairs()) - 96
    assert len(held_out) - 96 == round(rest / 10)
    # Spread over the grammar, not a block of it: every subject and object is in the tenth.
    tenth = [p for p in held_out if not (p.subject == "she" and p.object == "tea")]
    assert {p.subject for p in tenth} == {s for s, _ in grammar.SUBJECTS}
    assert {p.object for p in tenth} == {o for o, _ in grammar.OBJECTS}


def test_the_shipped_weights_were_trained_on_this_split_and_vocabulary(translator):
    description = json.loads((SHIPPED / DESCRIPTION_FILE).read_text(encoding="utf-8"))
    assert description["training"]["digest"] == grammar.training_digest()
    assert description["training"]["sentences"] == len(grammar.training_pairs())
    assert translator.weights.english == grammar.english_vocabulary()
    assert translator.weights.chinese == grammar.chinese_vocabulary()


def test_vocabularies_hold_every_word_once_with_their_markers():
    en, zh = grammar.english_vocabulary(), grammar.chinese_vocabulary()
    assert len(set(en)) == len(en) == 40
    assert en[0] == EOS
    assert len(set(zh)) == len(zh) == 31
    assert zh[:2] == (BOS, EOS)
    assert {"I", "Chinese", "English", "studies", "library"} <= set(en)
    for pair in grammar.all_pairs():
        assert set(pair.english) <= set(en)
        assert set(pair.chinese) <= set(zh)
