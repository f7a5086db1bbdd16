"""The shipped translator's speed: a 12-word sentence, every decoding step, every intermediate kept.

Target: at most 20 ms (the median), so that the window can retranslate as the teacher types.
"""

from attn_gui.models.translator import shipped_translator

SENTENCE = "she reads books in the library every day on weekends at home"  # 12 words
TARGET_SECONDS = 0.020


def test_translating_twelve_words_with_every_intermediate(benchmark):
    translator = shipped_translator()
    assert len(SENTENCE.split()) == 12
    translation = benchmark(translator.translate, SENTENCE)
    assert translation.decoder.layers[0].cross_attention.weights.shape[-1] == 13
    steps = len(translation.decoder_tokens)
    benchmark.extra_info["decoding_steps"] = steps
    print(f"\n{steps} decoding steps, median {benchmark.stats.stats.median * 1000:.2f} ms")
    assert benchmark.stats.stats.median <= TARGET_SECONDS
