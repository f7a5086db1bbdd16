"""Training is deterministic and sees only the training sentences; torch's global state is left as found."""

import numpy as np
import torch

from attn_gui.models.translator import grammar
from attn_gui.models.translator.training import TrainingSettings, train, training_tensors
from attn_gui.models.translator.vocabulary import BOS, EOS


def test_training_twice_gives_bit_identical_weights():
    first, second = train(max_steps=3), train(max_steps=3)
    assert first.keys() == second.keys()
    for name in first:
        assert first[name].dtype == np.float64
        assert first[name].tobytes() == second[name].tobytes(), name
    other = train(TrainingSettings(seed=1), max_steps=3)
    assert any(not np.array_equal(first[name], other[name]) for name in first)


def test_training_leaves_torch_as_it_found_it():
    threads, deterministic = torch.get_num_threads(), torch.are_deterministic_algorithms_enabled()
    state = torch.random.get_rng_state()
    train(max_steps=1)
    assert torch.get_num_threads() == threads
    assert torch.are_deterministic_algorithms_enabled() == deterministic
    assert torch.equal(torch.random.get_rng_state(), state)


def test_the_training_tensors_pad_with_the_end_marker_and_ignore_it_in_the_loss():
    english, chinese = grammar.english_vocabulary(), grammar.chinese_vocabulary()
    pairs = [
        grammar.reference("I love learning"),
        grammar.reference("she reads books in the library every day"),
    ]
    source, padding, decoder_input, target = training_tensors(pairs, english, chinese)
    assert source.shape == padding.shape == (2, 9)
    assert [english[i] for i in source[0, :4]] == ["I", "love", "learning", EOS]
    assert padding[0].tolist() == [False] * 4 + [True] * 5
    assert not padding[1].any()
    assert [chinese[i] for i in decoder_input[1]] == [BOS, "她", "每天", "在", "图书馆", "读", "书"]
    assert [chinese[i] for i in target[1]] == ["她", "每天", "在", "图书馆", "读", "书", EOS]
    assert target[0, 4:].tolist() == [-100] * 3
