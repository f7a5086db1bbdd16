"""The command line speaks the interface language: --lang, or else the desktop's, for help and
for every refusal, argparse's own included."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from attn_gui.__main__ import main
from attn_gui.core import AttentionConfig
from attn_gui.export.lesson_file import Lesson, save_lesson

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "attn_gui_zh_CN.ts"
BIN = Path(sys.executable).parent
CJK = re.compile(r"[\u4e00-\u9fff]")


def catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation, for the finished messages of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[context.findtext("name"), message.findtext("source")] = translation.text
    return found


def tool(name):
    return shutil.which(name, path=str(BIN)) or shutil.which(name)


# The modules of the command line and the file formats, whose messages these tests check.
COMMAND_LINE = (
    "__main__.py",
    "cli/export_command.py",
    "cli/parser.py",
    "cli/render_export.py",
    "export",
    "i18n",
)


def command_line_sources():
    for name in COMMAND_LINE:
        path = ROOT / "attn_gui" / name
        yield from (str(p) for p in sorted(path.rglob("*.py"))) if path.is_dir() else [str(path)]


def test_every_message_of_the_command_line_has_a_chinese_translation(tmp_path):
    ts = tmp_path / "sources.ts"
    sources = list(command_line_sources())
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(ts)], capture_output=True, check=True)
    messages = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert sorted(messages - set(catalogue(TS_FILE))) == []


@pytest.fixture
def chinese(qapp):
    translator = QTranslator()
    assert translator.load(str(ROOT / "attn_gui" / "i18n" / "attn_gui_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


NOTATION = {"attn", "gui", "ffmpeg", "mp4", "gif", "json", "trace", "npz", "none", "causal"}


def english_words(text, *allowed):
    """Words left in English once options, paths, quoted values and notation are set aside."""
    for words in allowed:
        text = text.replace(words, "")
    text = re.sub(r"--[\w-]+|'[^']*'|\"[^\"]*\"|\S*/\S*|\w*[_.][\w.]*", "", text)
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in NOTATION]


def lie(folder):
    lesson = folder / "lie.attn.json"
    save_lesson(Lesson(AttentionConfig(tokens=("I", "love", "it"))), lesson)
    data = json.loads(lesson.read_text(encoding="utf-8"))
    data["typing"]["tokens_text"] = "I hate it"
    lesson.write_text(json.dumps(data), encoding="utf-8")
    return ["--lesson", str(lesson), "--out", str(folder / "x.npz")]


def same_file(folder):
    lesson = folder / "monday.attn.json"
    save_lesson(Lesson(AttentionConfig(tokens=("I", "love", "it"))), lesson)
    (folder / "link.json").symlink_to(lesson)
    return ["--lesson", str(lesson), "--out", str(folder / "link.json")]


def interrupted(folder, monkeypatch):
    def fsync(fd):
        signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(os, "fsync", fsync)
    return ["--tokens", "I love it", "--out", str(folder / "x.npz")]


def failing_ffmpeg(folder, monkeypatch):
    script = folder / "ffmpeg"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nsys.stdin.buffer.read()\n"
        "print(\"Unknown encoder 'libx264'\", file=sys.stderr)\nsys.exit(1)\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("IMAGEIO_FFMPEG_EXE", str(script))
    return ["--tokens", "I love it", "--stage", "x", "--width", "64", "--out", str(folder / "x.mp4")]


REFUSALS = {
    "unknown option": lambda d, m: ["--tokens", "a b", "--colour", "#f00", "--out", str(d / "x.npz")],
    "not a number": lambda d, m: ["--tokens", "a", "--d-model", "abc", "--out", str(d / "x.npz")],
    "no such choice": lambda d, m: ["--tokens", "a", "--mask", "future", "--out", str(d / "x.npz")],
    "no value": lambda d, m: ["--out", str(d / "x.npz"), "--tokens"],
    "value for a switch": lambda d, m: ["--tokens", "a", "--no-pe=yes", "--out", str(d / "x.npz")],
    "no --out": lambda d, m: ["--tokens", "a"],
    "size": lambda d, m: ["--tokens", "a", "--heads", "3", "--out", str(d / "x.npz")],
    "lesson ending": lambda d, m: ["--tokens", "a", "--out", str(d / "x.attn.json")],
    "the lesson itself": lambda d, m: same_file(d),
    "a lesson that lies": lambda d, m: lie(d),
    "no new files": lambda d, m: ["--tokens", "a", "--out", "/proc/x.npz"],
    "film too long": lambda d, m: [
        "--tokens",
        "I love it",
        "--d-model",
        "512",
        "--heads",
        "8",
        "--out",
        str(d / "x.gif"),
    ],
    "ffmpeg": failing_ffmpeg,
    "cancelled": interrupted,
}


@pytest.mark.parametrize("make", REFUSALS.values(), ids=REFUSALS.keys())
def test_every_refusal_is_translated(chinese, tmp_path, capsys, monkeypatch, make):
    status = main(["export", *make(tmp_path, monkeypatch)])
    out, err = capsys.readouterr()
    assert status in (2, 130)
    assert (out, err.count("\n")) == ("", 1)
    assert err.startswith("attn-gui：")
    assert CJK.search(err), err
    assert english_words(err, "Unknown encoder") == [], err


def test_the_help_is_translated(chinese, capsys):
    assert main(["export", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：attn-gui export")
    assert "选项" in out
    assert "显示此帮助信息并退出" in out
    assert "界面语言" in out


def run(*args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
    environment.update({"LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}, **env)
    return subprocess.run(
        [sys.executable, "-m", "attn_gui", *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


CHINESE_DESKTOP = {"LANG": "zh_CN.UTF-8", "LC_CTYPE": "C.UTF-8"}  # C.UTF-8 is installed everywhere


def test_export_follows_lang():
    done = run("export", "--lang", "zh_CN", "--tokens", "a", "--d-model", "abc", "--out", "x.npz")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "'abc' 不是整数" in done.stderr


def test_export_follows_the_desktop_unless_told_otherwise():
    chinese = run("export", "--tokens", "a", "--heads", "3", "--out", "x.npz", **CHINESE_DESKTOP)
    assert "d_model（4）必须能被 num_heads（3）整除" in chinese.stderr
    english = run(
        "export", "--lang", "en", "--tokens", "a", "--heads", "3", "--out", "x.npz", **CHINESE_DESKTOP
    )
    assert "d_model (4) must be divisible by num_heads (3)" in english.stderr


def test_the_window_command_refuses_in_its_language_too():
    done = run("--lang", "zh_CN", "--head", "5")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "请选择 1 到 2 之间的头" in done.stderr


def test_lang_takes_the_windows_choices():
    done = run("export", "--lang", "fr", "--tokens", "a", "--out", "x.npz")
    assert done.returncode == 2
    assert "--lang: invalid choice: 'fr' (choose from 'en', 'zh_CN')" in done.stderr
