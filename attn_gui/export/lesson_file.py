"""Lessons as ``.attn.json`` files: prepared the night before, reopened in class exactly as left.

Pure Python (no Qt), so the command line and the tests read lessons too. Every way a file can fail
to open is one LessonError whose translatable template says plainly what is wrong with which file;
a file is checked whole before anything is built, so a bad one never yields half a lesson.
"""

import json
import math
import os
import stat
from dataclasses import dataclass, replace
from typing import Any, NoReturn

from attn_gui import __version__
from attn_gui.core import (
    MAX_HEADS,
    AttentionConfig,
    ConfigError,
    config_as_dict,
    config_from_dict,
    toy_stages,
)
from attn_gui.core.tokens import is_text, tokenize
from attn_gui.export.atomic import atomic_write
from attn_gui.models.lesson.source import MAX_LAYERS, MAX_STEPS, PARTS, ModelLesson
from attn_gui.models.lesson.stages import lesson_stages
from attn_gui.timeline.model import GRANULARITIES
from attn_gui.translatable import QT_TRANSLATE_NOOP

SCHEMA_VERSION = 1
MODEL_VERSION = 2  # a lesson of a real model's layer: format 1 plus its "model" section
# The translator's model section also says which part and which decoding step; a section without
# them (every BERT lesson, and any file written before the translator) reads as the defaults.
SUFFIX = ".attn.json"
FORMAT = "attn-gui lesson"
MAX_DECIMALS = 6
# The largest valid lesson (two supplied 512 × 1024 embeddings, indented) is about 33 MB.
MAX_BYTES = 64 * 2**20
# Lesson's fields beside the configuration, by the section of the file that holds them.
_SECTIONS = {
    "typing": ("split_cjk", "tokens_text", "kv_tokens_text"),
    "position": ("stage", "head", "step", "granularity"),
    "view": ("decimals", "percent", "theme"),
}

_NO_SUCH_FILE = QT_TRANSLATE_NOOP("LessonError", "{file} does not exist.")
_NO_PERMISSION = QT_TRANSLATE_NOOP("LessonError", "No permission to read {file}.")
_UNREADABLE = QT_TRANSLATE_NOOP("LessonError", "Could not read {file}: {reason}.")
_NOT_A_FILE = QT_TRANSLATE_NOOP("LessonError", "{file} is a folder or a device, not a lesson file.")
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "LessonError", "{file} is too large to be a lesson file: {size} MB, more than {limit} MB."
)
_NOT_UTF8 = QT_TRANSLATE_NOOP("LessonError", "{file} is not a lesson file: it is not UTF-8 text.")
_NOT_JSON = QT_TRANSLATE_NOOP(
    "LessonError", "{file} is not a lesson file: it is not valid JSON (line {line}, column {column})."
)
_TOO_DEEP = QT_TRANSLATE_NOOP("LessonError", "{file} is not a lesson file: its JSON is nested too deeply.")
_NOT_LESSON = QT_TRANSLATE_NOOP(
    "LessonError", "{file} is not a lesson file: it is JSON, but not an attn-gui lesson."
)
_NEWER = QT_TRANSLATE_NOOP(
    "LessonError",
    "{file} was saved by a newer attn-gui (lesson format {version}); this version reads format "
    "{supported}. Update attn-gui to open it.",
)
_OLDER = QT_TRANSLATE_NOOP(
    "LessonError",
    "{file} is in lesson format {version}, which this attn-gui cannot read; it reads format {supported}.",
)
_NO_VERSION = QT_TRANSLATE_NOOP(
    "LessonError",
    "{file} does not say which lesson format it is in; this version reads format {supported}.",
)
_NO_FIELD = QT_TRANSLATE_NOOP("LessonError", "{file} is damaged: it has no {field}.")
_OBJECT = QT_TRANSLATE_NOOP("LessonError", "{file} is damaged: {field} must be a JSON object, got {value}.")
_WHOLE = QT_TRANSLATE_NOOP(
    "LessonError", "{file} is damaged: {field} must be a whole number from {low} to {high}, got {value}."
)
_AT_LEAST = QT_TRANSLATE_NOOP(
    "LessonError", "{file} is damaged: {field} must be null or a whole number from {low} up, got {value}."
)
_ONE_OF = QT_TRANSLATE_NOOP(
    "LessonError", "{file} is damaged: {field} must be one of {allowed}, got {value}."
)
_ON_OFF = QT_TRANSLATE_NOOP("LessonError", "{file} is damaged: {field} must be true or false, got {value}.")
_TEXT = QT_TRANSLATE_NOOP("LessonError", "{file} is damaged: {field} must be text or null, got {value}.")
_BAD_CONFIG = QT_TRANSLATE_NOOP("LessonError", "{file} has an invalid configuration: {message}")
_SPACED_TOKEN = QT_TRANSLATE_NOOP(
    "LessonError", "{file} is damaged: {field} holds {value}, a token with a space in it."
)
_OTHER_SENTENCE = QT_TRANSLATE_NOOP(
    "LessonError", "{file} is damaged: the sentence {value} in {field} does not give the tokens in {tokens}."
)


class LessonError(ValueError):
    """A lesson file that cannot be opened, and why, in one sentence a teacher can act on.

    ``template`` (marked for translation) and ``params`` let the GUI show the message in the
    user's language; str() is the English sentence for the command line. An invalid
    configuration keeps its ConfigError as ``__cause__``, for translating the inner message.
    """

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


@dataclass(frozen=True)
class Lesson:
    """Everything needed to reopen a lesson where it was left: the problem, the typing, the place.

    ``step`` counts from 0 within ``stage`` at ``granularity``; None shows the stage complete.
    ``head`` counts from 0. ``tokens_text``/``kv_tokens_text`` are the sentences as typed.
    ``model`` is a real model's lesson (the model's name or folder, the text, the layer), shown
    instead of the toy's ``config``, which is kept for the way back.
    """

    config: AttentionConfig
    model: ModelLesson | None = None
    split_cjk: bool = False
    tokens_text: str | None = None
    kv_tokens_text: str | None = None
    stage: str = "x"
    head: int = 0
    step: int | None = None
    granularity: str = "term"
    decimals: int = 2
    percent: bool = False
    theme: str | None = None


def _typed(text: str | None, tokens: tuple[str, ...] | None, split_cjk: bool) -> bool:
    """Whether the sentence ``text`` as typed gives ``tokens``; no sentence, or no tokens to
    give (the key/value sentence kept while cross-attention is off), cannot disagree."""
    return text is None or tokens is None or tokenize(text, split_cjk) == tokens


def lesson_to_json(lesson: Lesson) -> str:
    """The file's text: indented JSON with Chinese kept readable, so a teacher can diff lessons.

    A sentence still being typed (not yet valid, so not what is computed) is left out: the file
    says what the lesson computes, and reopening it shows the tokens.
    """
    version = SCHEMA_VERSION if lesson.model is None else MODEL_VERSION  # the toy's stays readable
    document = {"format": FORMAT, "version": version, "saved_by": __version__}
    document["config"] = config_as_dict(lesson.config)
    if lesson.model is not None:
        model = lesson.model
        document["model"] = {"name": model.model, "text": model.text, "layer": model.layer}
        if model.translator:
            document["model"] |= {"part": model.part, "step": model.step}
    for section, names in _SECTIONS.items():
        document[section] = {name: getattr(lesson, name) for name in names}
    config, typing = lesson.config, document["typing"]
    for name, tokens in (("tokens_text", config.tokens), ("kv_tokens_text", config.kv_tokens)):
        if not _typed(typing[name], tokens, lesson.split_cjk):
            typing[name] = None
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def save_lesson(lesson: Lesson, path: str | os.PathLike[str]) -> None:
    """Write atomically, so a failed save (full disk: OSError) leaves the old lesson intact."""
    data = lesson_to_json(lesson).encode("utf-8")
    atomic_write(path, lambda stream: stream.write(data))


def load_lesson(path: str | os.PathLike[str]) -> Lesson:
    """Read and check a lesson file; anything wrong with it raises LessonError, nothing else.

    The size is checked before reading, so opening a film by mistake costs nothing.
    """
    # Undecodable bytes in a file name would break printing the message.
    name = os.fsencode(path).decode("utf-8", "replace")
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise LessonError(_NOT_A_FILE, file=name)
        _check_size(info.st_size, name)
        with open(path, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        template = {FileNotFoundError: _NO_SUCH_FILE, PermissionError: _NO_PERMISSION}.get(
            type(error), _UNREADABLE
        )
        raise LessonError(template, file=name, reason=error.strerror or str(error)) from error
    _check_size(len(data), name)  # the file may have grown since it was measured
    try:
        text = data.decode("utf-8-sig")  # tolerate the byte-order mark some editors add
    except UnicodeDecodeError:
        raise LessonError(_NOT_UTF8, file=name) from None
    return lesson_from_json(text, name)


def lesson_from_json(text: str, name: str = "The lesson") -> Lesson:
    """Parse and check a whole document before building anything; ``name`` starts each message."""
    try:
        document = json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as error:
        raise LessonError(_NOT_JSON, file=name, line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise LessonError(_TOO_DEEP, file=name) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise LessonError(_NOT_LESSON, file=name)
    _check_version(document.get("version"), name)
    read = _Reader(document, name)
    for section in _SECTIONS:
        read.section(section)
    model = read.model() if document["version"] == MODEL_VERSION else None
    try:
        config = config_from_dict(read.get("config"))
    except ConfigError as error:
        raise LessonError(_BAD_CONFIG, file=name, message=str(error)) from error
    split_cjk = read.switch("typing.split_cjk")
    texts = read.sentences(config, split_cjk)
    step = read.get("position.step")
    stages = tuple(s.name for s in (lesson_stages(model) if model else toy_stages(config)))
    return Lesson(
        config=config,
        model=model,
        split_cjk=split_cjk,
        tokens_text=texts[0],
        kv_tokens_text=texts[1],
        stage=read.choice("position.stage", stages),
        head=read.whole("position.head", 0, (MAX_HEADS if model else config.num_heads) - 1),
        step=None if step is None else read.whole("position.step", 0),
        granularity=read.choice("position.granularity", GRANULARITIES),
        decimals=read.whole("view.decimals", 0, MAX_DECIMALS),
        percent=read.switch("view.percent"),
        theme=read.text("view.theme"),
    )


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise LessonError(_TOO_LARGE, file=name, size=math.ceil(size / 2**20), limit=MAX_BYTES // 2**20)


def _parse_int(digits: str) -> int | float:
    """No lesson needs a 20-digit number; as a float every check refuses it, whereas int() fails
    past 4300 digits and config's float() overflows, both outside LessonError."""
    return int(digits) if len(digits) <= 20 else float(digits)


def _check_version(version: Any, name: str) -> None:
    if not isinstance(version, int) or isinstance(version, bool):
        raise LessonError(_NO_VERSION, file=name, supported=SCHEMA_VERSION)
    if version not in (SCHEMA_VERSION, MODEL_VERSION):
        template = _NEWER if version > MODEL_VERSION else _OLDER
        raise LessonError(template, file=name, version=version, supported=MODEL_VERSION)


def _shown(value: Any) -> str:
    """A damaged value as JSON, cut short: the message must stay one readable line."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except RecursionError:
        return "…"
    text = text if is_text(text) else json.dumps(value)
    return text if len(text) <= 40 else text[:39] + "…"


class _Reader:
    """Reads fields by path ("view.decimals"), naming the file, the field and the value in refusals."""

    def __init__(self, document: dict[str, Any], name: str) -> None:
        self.document = document
        self.name = name

    def fail(self, template: str, path: str, value: Any, **params: Any) -> NoReturn:
        raise LessonError(template, file=self.name, field=path, value=_shown(value), **params)

    def get(self, path: str) -> Any:
        value: Any = self.document
        for key in path.split("."):  # every section is checked to be an object before its fields
            if key not in value:
                raise LessonError(_NO_FIELD, file=self.name, field=path)
            value = value[key]
        return value

    def section(self, path: str) -> None:
        if not isinstance(value := self.get(path), dict):
            self.fail(_OBJECT, path, value)

    def switch(self, path: str) -> bool:
        if not isinstance(value := self.get(path), bool):
            self.fail(_ON_OFF, path, value)
        return value

    def text(self, path: str) -> str | None:
        value = self.get(path)  # words are text, and so is whatever separates them (tabs too)
        if value is not None and not (isinstance(value, str) and is_text(" ".join(value.split()))):
            self.fail(_TEXT, path, value)
        return value

    def sentences(self, config: AttentionConfig, split_cjk: bool) -> tuple[str | None, str | None]:
        """The sentences as typed, which must give the tokens computed: a lesson whose window
        would show one sentence while computing another is damaged, as is a token with spaces
        (the tokens are the sentence's words)."""
        for side, tokens in (("tokens", config.tokens), ("kv_tokens", config.kv_tokens or ())):
            for token in tokens:
                if token.split() != [token]:
                    self.fail(_SPACED_TOKEN, f"config.{side}", token)
        texts = []
        for side, tokens in (("tokens", config.tokens), ("kv_tokens", config.kv_tokens)):
            path = f"typing.{side}_text"
            text = self.text(path)
            if not _typed(text, tokens, split_cjk):
                self.fail(_OTHER_SENTENCE, path, text, tokens=f"config.{side}")
            texts.append(text)
        return texts[0], texts[1]

    def model(self) -> ModelLesson:
        """The model section: the model's name or folder, the text (any text), the layer, and for
        the translator its part and decoding step when the section has them."""
        self.section("model")
        source, text = self.get("model.name"), self.text("model.text")
        if not isinstance(source, str) or not source.strip():
            self.fail(_TEXT, "model.name", source)
        if text is None:
            self.fail(_TEXT, "model.text", text)
        lesson = ModelLesson(text=text, model=source, layer=self.whole("model.layer", 1, MAX_LAYERS))
        if not lesson.translator:
            return lesson
        section = self.document["model"]
        part = self.choice("model.part", PARTS) if "part" in section else lesson.part
        step = self.whole("model.step", 1, MAX_STEPS) if "step" in section else lesson.step
        return replace(lesson, part=part, step=step)

    def choice(self, path: str, allowed: tuple[str, ...]) -> str:
        if (value := self.get(path)) not in allowed:
            self.fail(_ONE_OF, path, value, allowed=", ".join(allowed))
        return value

    def whole(self, path: str, low: int, high: int | None = None) -> int:
        value = self.get(path)
        number = isinstance(value, int) and not isinstance(value, bool)
        if not number or value < low or (high is not None and value > high):
            self.fail(_WHOLE if high is not None else _AT_LEAST, path, value, low=low, high=high)
        return value
