"""Captions are translatable: every template is a literal marked QT_TRANSLATE_NOOP("Caption", …)
in the source (so lupdate finds it), and every one of them is reachable and reads well."""

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import attn_gui.timeline
from attn_gui.core import AttentionTrace
from attn_gui.models.lesson.session import ModelSession
from attn_gui.models.lesson.source import PARTS, ModelLesson
from attn_gui.models.locate import TINY_EN_ZH
from attn_gui.timeline.timeline import build_timeline

from .conftest import CONFIGS, trace_for

SOURCES = sorted(Path(attn_gui.timeline.__file__).parent.rglob("*.py"))


@cache
def marked_templates() -> frozenset[str]:
    """Second arguments of QT_TRANSLATE_NOOP("Caption", "…") calls, read from the syntax tree."""
    found = set()
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == "Caption"
            ):
                assert isinstance(node.args[1], ast.Constant), f"{source.name}: a template built at run time"
                found.add(node.args[1].value)
    return frozenset(found)


@cache
def model_trace() -> AttentionTrace:
    """A real model's layer: its bias, residual, LayerNorm and GELU stages have captions of their own."""
    return ModelSession().trace(ModelLesson("I love learning", layer=2))


@cache
def translator_traces() -> tuple[AttentionTrace, ...]:
    """Each part of the translator at step 3: its input rows and its softmax over the vocabulary
    have captions of their own."""
    session = ModelSession()
    return tuple(
        session.trace(ModelLesson("I love learning", TINY_EN_ZH, part=part, step=3)) for part in PARTS
    )


@cache
def used_templates() -> frozenset[str]:
    toy = (
        step.caption.template
        for name in CONFIGS
        for granularity in ("term", "cell", "row", "stage")
        for step in build_timeline(trace_for(name), granularity)
    )
    # Term steps are the product's, as in the toy: a layer's 384-term products are left out.
    model = (
        step.caption.template for g in ("cell", "row", "stage") for step in build_timeline(model_trace(), g)
    )
    translator = (
        step.caption.template
        for trace in translator_traces()
        for granularity in ("term", "cell", "row", "stage")
        for step in build_timeline(trace, granularity)
    )
    return frozenset((*toy, *model, *translator))


def test_every_caption_template_is_a_marked_literal():
    assert used_templates() <= marked_templates()


def test_every_marked_template_is_used_by_some_step():
    assert marked_templates() - used_templates() == set()


def test_lupdate_finds_every_template_in_the_caption_context(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    ts = tmp_path / "captions.ts"
    subprocess.run([lupdate, *map(str, SOURCES), "-ts", str(ts)], capture_output=True, check=True)
    contexts = {c.findtext("name"): c for c in ET.parse(ts).getroot().findall("context")}
    sources = {m.findtext("source") for m in contexts["Caption"].findall("message")}
    assert sources == marked_templates()


def _number(value: float) -> str:
    return f"{value:.2f}"


def test_captions_format_with_their_values_and_fit_on_a_line(trace, granularity):
    for step in build_timeline(trace, granularity):
        text = step.caption.format(number=_number)
        assert "{" not in text
        assert "}" not in text
        assert len(text) <= 120, text
        assert step.caption.format() == step.caption.template.format(**dict(step.caption.values))


def test_a_model_layers_captions_format_and_fit_on_a_line():
    for granularity in ("cell", "row", "stage"):
        for step in build_timeline(model_trace(), granularity):
            text = step.caption.format(number=_number)
            assert "{" not in text
            assert len(text) <= 120, text


def test_the_translators_captions_format_and_fit_on_a_line():
    for trace in translator_traces():
        for granularity in ("term", "cell", "row", "stage"):
            for step in build_timeline(trace, granularity):
                text = step.caption.format(number=_number)
                assert "{" not in text
                assert len(text) <= 120, text


def test_the_translator_reads_like_this():
    encoder, decoder, cross, output = translator_traces()
    probabilities = output.get("probabilities").array[0]
    expected = [
        (encoder, "x", None, 3, "Token 4, “<eos>”, becomes row 4 of X: its embedding of 16 numbers"),
        (decoder, "masked", 0, 0, "Row “<bos>” may see keys 1 to 1; the 2 later positions (j > i) become −∞"),
        (cross, "x_in", None, 1, "Decoder row 2, “我”, brings its 16 numbers: the query side"),
        (output, "x_in", None, 0, "The decoder's row for “爱”: 16 numbers that choose the next word"),
        (
            output,
            "probabilities",
            None,
            3,
            f"After “爱” the most probable next word, at {probabilities.max() * 100:.2f}%, is “学习”",
        ),
    ]
    for trace, stage, head, local, text in expected:
        timeline = build_timeline(trace, "row" if stage != "probabilities" else "term")
        assert timeline[timeline.index_of(stage, head, local)].caption.format(number=_number) == text
    stage = build_timeline(output, "stage")
    assert stage[stage.start_of("probabilities")].caption.format() == (
        f"Softmax over the vocabulary: {len(output.kv_tokens)} scores become probabilities that add up to 1"
    )


def test_the_default_lesson_reads_like_this():
    trace = trace_for("default")
    x, pe, x_in, w_q = (trace.get(name).array for name in ("x", "pe", "x_in", "w_q"))
    q, k, scores = (trace.get(name, 0).array for name in ("q", "k", "scores"))
    weights = trace.get("weights", 0).array
    timeline = build_timeline(trace, "term")

    best = int(weights[2].argmax())
    expected = {
        ("x", None, 1): "Token 2, “love”, becomes row 2 of X: its embedding of 4 numbers",
        ("x_in", None, 5): (
            f"X_in[love, 2] = X[love, 2] + PE[love, 2] = {x[1, 1]:.2f} + {pe[1, 1]:.2f} = {x_in[1, 1]:.2f}"
        ),
        ("q", 0, 1): (
            f"Term 2 of 4 for Q[I, 1]: X_in[I, 2] × W_Q[2, 1] = {x_in[0, 1]:.2f} × {w_q[1, 0]:.2f}, "
            f"sum so far {x_in[0, 0] * w_q[0, 0] + x_in[0, 1] * w_q[1, 0]:.2f}"
        ),
        ("q", 1, 3): (
            f"Term 4 of 4: X_in[I, 4] × W_Q[4, 3] = {x_in[0, 3]:.2f} × {w_q[3, 2]:.2f}; "
            f"every term added, so Q[I, 1] = {trace.get('q', 1).array[0, 0]:.2f}"
        ),
        ("scores", 0, 0): (
            "(3, 2) · (2, 3) → (3, 3): columns of Q = rows of Kᵀ = 2. "
            f"S[I, I] starts with {q[0, 0]:.2f} × {k[0, 0]:.2f}"
        ),
        ("scaled", 0, 5): (
            f"S[love, learning] ÷ √2 = {scores[1, 2]:.2f} ÷ 1.41 = {scores[1, 2] / 2**0.5:.2f}, "
            "one score scaled"
        ),
        ("weights", 0, 4 * 2 + 3): (
            f"Row “learning” as percentages: the most attention, {weights[2, best] * 100:.2f}%, "
            f"goes to “{('I', 'love', 'learning')[best]}”"
        ),
    }
    for (stage, head, local), text in expected.items():
        step = timeline[timeline.index_of(stage, head, local)]
        assert step.caption.format(number=_number) == text
