"""The Simplified Chinese catalogue: complete, faithful to the sources' placeholders and mnemonics,
and compiled into a .qm that Qt actually uses."""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "attn_gui_zh_CN.ts"
QM_FILE = ROOT / "attn_gui" / "i18n" / "attn_gui_zh_CN.qm"
BUILD = (
    ".venv/bin/pyside6-lrelease resources/translations/attn_gui_zh_CN.ts -qm attn_gui/i18n/attn_gui_zh_CN.qm"
)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(&|\w)")  # "&&" is a literal ampersand, not a mnemonic
RETIRED = {"vanished", "obsolete"}  # kept by lupdate for history, never shown


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str | None
    translations: tuple[str, ...]  # one, or one per numerus form
    kind: str | None  # the translation's type attribute: None when finished

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def _messages() -> list[Message]:
    messages = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            if kind in RETIRED:
                continue
            forms = [] if translation is None else translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    disambiguation=message.findtext("comment"),
                    translations=tuple(texts),
                    kind="missing" if translation is None else kind,
                )
            )
    return messages


MESSAGES = _messages()


def _mnemonics(text: str) -> set[str]:
    return {letter.lower() for letter in MNEMONIC.findall(text) if letter != "&"}


def test_the_catalogue_has_messages():
    assert len(MESSAGES) > 300
    assert any(m.context == "Menus" and m.source == "&File" for m in MESSAGES)


def test_every_message_is_translated_faithfully():
    problems = []
    for message in MESSAGES:
        if message.kind is not None:
            problems.append(f"{message}: translation is {message.kind}")
        for text in message.translations:
            if not text.strip():
                problems.append(f"{message}: empty translation")
                continue
            placeholders, expected = set(PLACEHOLDER.findall(text)), set(PLACEHOLDER.findall(message.source))
            if placeholders != expected:
                problems.append(f"{message}: placeholders {sorted(placeholders)} != {sorted(expected)}")
            mnemonics = _mnemonics(message.source)
            if _mnemonics(text) != mnemonics:
                problems.append(f"{message}: {text!r} should carry the mnemonic(s) {sorted(mnemonics)}")
    assert not problems, "\n".join(problems)


@pytest.fixture
def chinese(qapp):
    """The compiled catalogue, installed on the application for the length of one test."""
    assert QM_FILE.is_file(), f"{QM_FILE.name} is missing; build it with: {BUILD}"
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"could not load {QM_FILE}"
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("context", "source", "expected"),
    [
        ("Menus", "&File", "文件(&F)"),
        ("Menus", "&Help", "帮助(&H)"),
        ("InputPanel", "E&xamples:", "示例(&X)："),
        ("Stage", "Positional encoding", "位置编码"),
        ("Stage", "The mask", "掩码"),
        ("MainWindow", "head {head} of {heads}", "第 {head} 个头（共 {heads} 个）"),
    ],
)
def test_the_application_speaks_chinese(chinese, context, source, expected):
    assert QCoreApplication.translate(context, source) == expected


def test_the_compiled_catalogue_matches_the_source(chinese):
    """A stale .qm (the .ts edited but not recompiled) would show old or English text."""
    stale = [
        str(message)
        for message in MESSAGES
        if len(message.translations) == 1
        and chinese.translate(message.context, message.source, message.disambiguation)
        != message.translations[0]
    ]
    assert not stale, f"rebuild with: {BUILD}\n" + "\n".join(stale)


def test_removing_the_translator_restores_english(qapp):
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    QCoreApplication.installTranslator(translator)
    QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("Menus", "&File") == "&File"
