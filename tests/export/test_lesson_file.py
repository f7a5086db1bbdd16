"""Lesson files: a saved lesson opens again exactly, and every bad file is refused in plain words."""

import errno
import json
import os
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attn_gui import __version__
from attn_gui.core import EDITABLE_MATRICES, EMBEDDINGS, MASKS, AttentionConfig, CellEdit
from attn_gui.core.tokens import is_text
from attn_gui.export import atomic, lesson_file
from attn_gui.export.lesson_file import (
    FORMAT,
    MAX_BYTES,
    SCHEMA_VERSION,
    SUFFIX,
    Lesson,
    LessonError,
    lesson_from_json,
    lesson_to_json,
    load_lesson,
    save_lesson,
)
from attn_gui.timeline.model import GRANULARITIES
from tests.reference import TOY_STAGES as STAGES

# Every field away from its default: Chinese typed as one run, cross-attention, typed cells.
CROSS = Lesson(
    config=AttentionConfig(
        tokens=("我", "爱", "学", "习"),
        kv_tokens=("I", "love", "learning", "!"),
        d_model=6,
        num_heads=3,
        d_k=3,
        d_v=2,
        seed=7,
        mask="causal",
        positional_encoding=False,
        scale=False,
        edits=(CellEdit("x", 0, 1, 0.5), CellEdit("x_kv", 3, 5, -2.25), CellEdit("w_o", 5, 0, 1e-3)),
    ),
    split_cjk=True,
    tokens_text="我爱学习",
    kv_tokens_text="I love learning !",
    stage="weights",
    head=2,
    step=17,
    granularity="cell",
    decimals=4,
    percent=True,
    theme="projector",
)
SUPPLIED = Lesson(
    AttentionConfig(
        tokens=("I", "love"),
        d_model=2,
        num_heads=1,
        embedding="supplied",
        embedding_values=((0.5, -1), (2, 3)),
    )
)
PLAIN = Lesson(AttentionConfig(tokens=("I", "love", "learning")))
MISSING = object()


def refused(text: str) -> str:
    """The message with which ``text`` is refused; it must rebuild from its template."""
    with pytest.raises(LessonError) as caught:
        lesson_from_json(text)
    return checked(caught.value)


def load_refused(path) -> str:
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    return checked(caught.value)


def checked(error: LessonError) -> str:
    assert str(error) == error.template.format(**error.params)
    assert "\n" not in str(error)
    return str(error)


def document(lesson: Lesson = CROSS) -> dict:
    return json.loads(lesson_to_json(lesson))


def with_field(path: str, value: object, lesson: Lesson = CROSS) -> str:
    """The lesson's JSON with the field at ``path`` ("view.decimals") replaced or removed."""
    data = document(lesson)
    *parents, key = path.split(".")
    parent = data
    for name in parents:
        parent = parent[name]
    if value is MISSING:
        del parent[key]
    else:
        parent[key] = value
    return json.dumps(data)


# --- round trip -------------------------------------------------------------------------------


@pytest.mark.parametrize("lesson", [CROSS, SUPPLIED, PLAIN], ids=["cross", "supplied", "defaults"])
def test_a_saved_lesson_loads_back_equal(tmp_path, lesson):
    path = tmp_path / f"tuesday{SUFFIX}"
    save_lesson(lesson, path)
    assert load_lesson(path) == lesson


def test_every_field_survives_the_trip(tmp_path):
    path = tmp_path / f"lesson{SUFFIX}"
    save_lesson(CROSS, path)
    loaded = load_lesson(path)
    assert loaded.config.edits == CROSS.config.edits
    assert loaded.config.kv_tokens == ("I", "love", "learning", "!")
    assert (loaded.tokens_text, loaded.kv_tokens_text, loaded.split_cjk) == (
        "我爱学习",
        "I love learning !",
        True,
    )
    assert (loaded.stage, loaded.head, loaded.step, loaded.granularity) == ("weights", 2, 17, "cell")
    assert (loaded.decimals, loaded.percent, loaded.theme) == (4, True, "projector")


def test_the_file_is_indented_utf8_json_with_chinese_as_text(tmp_path):
    path = tmp_path / f"lesson{SUFFIX}"
    save_lesson(CROSS, path)
    raw = path.read_bytes()
    assert "我爱学习".encode() in raw
    assert b"\\u" not in raw
    assert raw.endswith(b"}\n")
    assert b'\n  "version": 1,\n' in raw
    data = json.loads(raw.decode("utf-8"))
    assert (data["format"], data["version"], data["saved_by"]) == (FORMAT, SCHEMA_VERSION, __version__)
    assert data["config"]["edits"] == [["x", 0, 1, 0.5], ["x_kv", 3, 5, -2.25], ["w_o", 5, 0, 0.001]]
    assert data["typing"] == {
        "split_cjk": True,
        "tokens_text": "我爱学习",
        "kv_tokens_text": "I love learning !",
    }
    assert data["position"] == {"stage": "weights", "head": 2, "step": 17, "granularity": "cell"}
    assert data["view"] == {"decimals": 4, "percent": True, "theme": "projector"}
    assert SCHEMA_VERSION == 1
    assert SUFFIX == ".attn.json"


@given(
    stage=st.sampled_from(STAGES),
    head=st.integers(0, 2),
    step=st.none() | st.integers(0, 10**6),
    granularity=st.sampled_from(GRANULARITIES),
    decimals=st.integers(0, 6),
    percent=st.booleans(),
    theme=st.none() | st.text().filter(is_text),
    tokens_text=st.sampled_from([None, "我 爱 学 习", " 我\t爱  学 习\n"]),
    split_cjk=st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_any_valid_position_and_view_round_trip(**fields):
    lesson = Lesson(CROSS.config, **fields)
    assert lesson_from_json(lesson_to_json(lesson)) == lesson


def test_a_sentence_still_being_typed_is_not_saved():
    """The window saves its fields as they are; one that does not (yet) give the tokens computed
    would reopen showing a sentence other than the one computed."""
    typing = Lesson(PLAIN.config, tokens_text="I love learning and", kv_tokens_text="kept while off")
    assert lesson_from_json(lesson_to_json(typing)) == Lesson(PLAIN.config, kv_tokens_text="kept while off")
    cross = Lesson(CROSS.config, split_cjk=True, tokens_text="我爱学习", kv_tokens_text="I love")
    assert lesson_from_json(lesson_to_json(cross)).kv_tokens_text is None


def test_unknown_top_level_keys_and_a_byte_order_mark_are_harmless(tmp_path):
    data = document()
    data.update(comment="for Tuesday, period 3", saved_by=["someone else"], extra={"a": [1, 2]})
    path = tmp_path / f"lesson{SUFFIX}"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode())
    assert load_lesson(path) == CROSS


# --- files that are not lessons ----------------------------------------------------------------


def test_a_missing_file_and_a_folder_are_named(tmp_path):
    missing = tmp_path / f"nowhere{SUFFIX}"
    assert load_refused(missing) == f"{missing} does not exist."
    assert load_refused(tmp_path) == f"{tmp_path} is a folder or a device, not a lesson file."


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "No permission to read {path}."),
        (OSError(errno.EIO, "Input/output error"), "Could not read {path}: Input/output error."),
    ],
)
def test_an_unreadable_file_says_which_and_why(tmp_path, monkeypatch, error, message):
    path = tmp_path / f"lesson{SUFFIX}"
    save_lesson(CROSS, path)

    def failing_open(*args, **kwargs):
        raise error

    monkeypatch.setattr(lesson_file, "open", failing_open, raising=False)
    assert load_refused(path) == message.format(path=path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / f"film{SUFFIX}"
    with open(path, "wb") as stream:
        stream.truncate(MAX_BYTES + 1)  # sparse: no disk used

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(lesson_file, "open", no_reading, raising=False)
    assert load_refused(path) == f"{path} is too large to be a lesson file: 65 MB, more than 64 MB."


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


@pytest.mark.parametrize(
    "content",
    [PNG, lesson_to_json(Lesson(AttentionConfig(tokens=("café", "au", "lait")))).encode("latin-1")],
    ids=["png", "latin-1"],
)
def test_bytes_that_are_not_utf8_are_refused(tmp_path, content):
    path = tmp_path / f"lesson{SUFFIX}"
    path.write_bytes(content)
    assert load_refused(path) == f"{path} is not a lesson file: it is not UTF-8 text."


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [("", 1, 1), ("I love learning\n", 1, 1), ("token,x\nI,0.5\n", 1, 1), ('{"format": "attn-gui', 1, 12)],
)
def test_text_that_is_not_json_is_refused_with_its_position(text, line, column):
    assert refused(text) == (
        f"The lesson is not a lesson file: it is not valid JSON (line {line}, column {column})."
    )


def test_a_truncated_file_is_refused_as_invalid_json(tmp_path):
    text = lesson_to_json(CROSS)
    path = tmp_path / f"lesson{SUFFIX}"
    path.write_bytes(text.encode()[: len(text.encode()) // 2])
    assert re.fullmatch(
        rf"{re.escape(str(path))} is not a lesson file: it is not valid JSON \(line \d+, column \d+\)\.",
        load_refused(path),
    )


def test_every_shorter_prefix_of_a_lesson_is_refused():
    text = lesson_to_json(CROSS).rstrip()
    for end in range(len(text)):
        assert "it is not valid JSON" in refused(text[:end])


def test_json_nested_too_deeply_is_refused():
    assert refused("[" * 100_000) == "The lesson is not a lesson file: its JSON is nested too deeply."


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        "42",
        '"attn-gui lesson"',
        "{}",
        '{"format": "attn-gui trace", "version": 1}',
        '{"tokens": ["I"]}',
    ],
)
def test_json_that_is_not_a_lesson_is_refused(text):
    assert refused(text) == "The lesson is not a lesson file: it is JSON, but not an attn-gui lesson."


def test_a_lesson_from_a_newer_version_asks_for_an_update():
    assert refused(with_field("version", 3)) == (
        "The lesson was saved by a newer attn-gui (lesson format 3); this version reads format 2. "
        "Update attn-gui to open it."
    )


def test_an_older_format_is_refused():
    assert refused(with_field("version", 0)) == (
        "The lesson is in lesson format 0, which this attn-gui cannot read; it reads format 2."
    )


@pytest.mark.parametrize("version", [MISSING, None, "1", 1.0, True, [1]])
def test_a_missing_or_malformed_version_is_refused(version):
    assert refused(with_field("version", version)) == (
        "The lesson does not say which lesson format it is in; this version reads format 1."
    )


# --- damaged fields ----------------------------------------------------------------------------

DAMAGED = "The lesson is damaged: "
ALL_STAGES = ", ".join(STAGES)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("position.stage", "softmax", f'position.stage must be one of {ALL_STAGES}, got "softmax".'),
        ("position.stage", None, f"position.stage must be one of {ALL_STAGES}, got null."),
        ("position.head", 3, "position.head must be a whole number from 0 to 2, got 3."),
        ("position.head", -1, "position.head must be a whole number from 0 to 2, got -1."),
        ("position.head", "1", 'position.head must be a whole number from 0 to 2, got "1".'),
        ("position.head", 1.0, "position.head must be a whole number from 0 to 2, got 1.0."),
        ("position.head", True, "position.head must be a whole number from 0 to 2, got true."),
        ("position.head", 10**40, "position.head must be a whole number from 0 to 2, got 1e+40."),
        ("position.step", -1, "position.step must be null or a whole number from 0 up, got -1."),
        ("position.step", "3", 'position.step must be null or a whole number from 0 up, got "3".'),
        (
            "position.granularity",
            "word",
            'position.granularity must be one of auto, term, cell, row, stage, got "word".',
        ),
        ("view.decimals", 7, "view.decimals must be a whole number from 0 to 6, got 7."),
        ("view.decimals", -1, "view.decimals must be a whole number from 0 to 6, got -1."),
        ("view.percent", "yes", 'view.percent must be true or false, got "yes".'),
        ("typing.split_cjk", 1, "typing.split_cjk must be true or false, got 1."),
        ("typing.tokens_text", 5, "typing.tokens_text must be text or null, got 5."),
        ("typing.kv_tokens_text", ["I"], 'typing.kv_tokens_text must be text or null, got ["I"].'),
        ("typing.tokens_text", "\ud800", 'typing.tokens_text must be text or null, got "\\ud800".'),
        ("view.theme", "dark\x1b[0m", 'view.theme must be text or null, got "dark\\u001b[0m".'),
        ("view.theme", {}, "view.theme must be text or null, got {}."),
        ("position", [], "position must be a JSON object, got []."),
        ("view", "dark", 'view must be a JSON object, got "dark".'),
        ("position.head", MISSING, "it has no position.head."),
        ("typing", MISSING, "it has no typing."),
        ("config", MISSING, "it has no config."),
    ],
)
def test_a_damaged_field_is_named_with_its_value(path, value, message):
    assert refused(with_field(path, value)) == DAMAGED + message


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            "typing.tokens_text",
            "I hate learning",
            'the sentence "I hate learning" in typing.tokens_text does not give the tokens in config.tokens.',
        ),
        (
            "typing.split_cjk",
            False,  # "我爱学习" is then one token, not four
            'the sentence "我爱学习" in typing.tokens_text does not give the tokens in config.tokens.',
        ),
        (
            "typing.kv_tokens_text",
            "I love",
            'the sentence "I love" in typing.kv_tokens_text does not give the tokens in config.kv_tokens.',
        ),
        ("config.tokens", ["我 爱", "学", "习"], 'config.tokens holds "我 爱", a token with a space in it.'),
        (
            "config.kv_tokens",
            ["I", "love", "it", " !"],
            'config.kv_tokens holds " !", a token with a space in it.',
        ),
    ],
    ids=["other sentence", "other splitting", "other kv sentence", "spaced token", "spaced kv token"],
)
def test_a_lesson_that_computes_another_sentence_than_it_shows_is_damaged(path, value, message):
    assert refused(with_field(path, value)) == DAMAGED + message


def test_a_long_damaged_value_is_cut_short():
    assert refused(with_field("position.stage", "x" * 1000)).endswith('got "' + "x" * 38 + "….")


def test_the_head_is_checked_against_the_lessons_own_heads():
    data = document()
    data["config"].update(num_heads=1, edits=[])
    assert refused(json.dumps(data)) == DAMAGED + "position.head must be a whole number from 0 to 0, got 2."


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ("config.d_model", 0, "d_model must be a whole number from 1 to 1024, got 0."),
        ("config.d_model", 10**30, "d_model must be a whole number from 1 to 1024, got 1e+30."),
        ("config.tokens", [], "Enter at least one token for tokens (words separated by spaces)."),
        ("config.mask", "future", "mask must be one of none, causal, got 'future'."),
        ("config.edits", [["x", 9, 0, 1.0]], "edits must be a whole number from 0 to 3, got 9."),
        (
            "config.edits",
            [["x", 0, 0, 10**400]],
            "edits must hold numbers between -1e+06 and 1e+06, got inf.",
        ),
        ("config.colour", "red", "Unknown configuration fields: colour."),
        ("config", "I love learning", "A configuration must be a mapping."),
    ],
)
def test_an_invalid_configuration_is_explained(path, value, reason):
    assert refused(with_field(path, value)) == "The lesson has an invalid configuration: " + reason


def test_messages_name_the_file_they_came_from(tmp_path):
    path = tmp_path / f"monday{SUFFIX}"
    path.write_text(with_field("view.decimals", 9), encoding="utf-8")
    assert (
        load_refused(path) == f"{path} is damaged: view.decimals must be a whole number from 0 to 6, got 9."
    )


def test_the_configuration_error_stays_available_for_translation():
    with pytest.raises(LessonError) as caught:
        lesson_from_json(with_field("config.d_model", 0))
    assert caught.value.template == "{file} has an invalid configuration: {message}"
    assert caught.value.__cause__.field == "d_model"


# --- anything at all: a LessonError or a valid lesson, never another exception -----------------

WORDS = STAGES + GRANULARITIES + EDITABLE_MATRICES + MASKS + EMBEDDINGS + ("attn-gui lesson",)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 12)
    | st.integers()
    | st.sampled_from([10**25, -(10**400), 2**64])
    | st.floats()
    | st.text(max_size=6)
    | st.sampled_from(WORDS),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def paths(value, prefix=()):
    """Every position in a JSON value: () for the whole, then keys and indices, depth first."""
    yield prefix
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield from paths(item, (*prefix, key))


@st.composite
def damaged_documents(draw):
    data = document(draw(st.sampled_from([CROSS, SUPPLIED, PLAIN])))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(list(paths(data))))
        if not path:
            data = draw(JSON_VALUES)
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON_VALUES)
    return json.dumps(data, ensure_ascii=draw(st.booleans()))


def assert_valid(lesson: Lesson) -> None:
    assert isinstance(lesson.config, AttentionConfig)
    assert lesson.stage in STAGES
    assert lesson.granularity in GRANULARITIES
    assert 0 <= lesson.head < lesson.config.num_heads
    assert 0 <= lesson.decimals <= 6
    assert lesson.step is None or lesson.step >= 0
    assert lesson_from_json(lesson_to_json(lesson)) == lesson


@given(damaged_documents())
@settings(max_examples=400, deadline=None)
def test_a_randomly_damaged_lesson_is_refused_or_valid(text):
    error = None
    try:
        lesson = lesson_from_json(text)
    except LessonError as caught:
        error = caught
    if error is None:
        assert_valid(lesson)
    else:
        assert checked(error).startswith("The lesson ")


@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_arbitrary_bytes_are_refused_with_a_lesson_error(tmp_path, content):
    path = tmp_path / f"noise{SUFFIX}"
    path.write_bytes(content)
    assert load_refused(path).startswith(f"{path} ")


# --- saving ------------------------------------------------------------------------------------


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_save_leaves_the_old_lesson_byte_identical(tmp_path, monkeypatch, failing):
    path = tmp_path / f"lesson{SUFFIX}"
    save_lesson(PLAIN, path)
    before = path.read_bytes()
    partial = []

    def disk_full(*args):
        partial.extend(name for name in os.listdir(tmp_path) if name != path.name)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_lesson(CROSS, path)
    monkeypatch.undo()
    assert len(partial) == 1  # the failure came mid-write, with the new lesson half in place
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [path.name]


def test_saving_over_a_lesson_replaces_it(tmp_path):
    path = tmp_path / f"lesson{SUFFIX}"
    save_lesson(PLAIN, path)
    save_lesson(CROSS, path)
    assert load_lesson(path) == CROSS
    assert os.listdir(tmp_path) == [path.name]


# --- no Qt ---------------------------------------------------------------------------------------

PROBE = """
import json, sys
from attn_gui.core import AttentionConfig
from attn_gui.export.lesson_file import Lesson, lesson_from_json, lesson_to_json
lesson = Lesson(AttentionConfig(tokens=("a", "b")))
assert lesson_from_json(lesson_to_json(lesson)) == lesson
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))))
"""


def test_the_lesson_format_loads_no_qt():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []
