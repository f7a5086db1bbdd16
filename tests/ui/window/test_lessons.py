"""Lessons in the window: save and reopen exactly, refuse bad files without changing anything,
remember recent files, open by drag-and-drop and from the command line, ask before losing work."""

import subprocess
import sys

import numpy as np
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QMessageBox

from attn_gui.core import AttentionConfig
from attn_gui.export.lesson_file import Lesson, load_lesson, save_lesson
from tests.ui.conftest import field

PREPARED = AttentionConfig(tokens=("我", "爱", "学习"), d_model=6, num_heads=3, mask="causal", seed=7)


def prepared_window(make_window, **options):
    window = make_window(PREPARED, **options)
    window.document.edit_cell("x", 1, 2, 1.25)
    window.set_granularity("cell")
    window.player.seek(window.timeline.index_of("weights", 2, 3))
    return window


def test_a_saved_lesson_reopens_exactly(make_window, tmp_path):
    first = prepared_window(make_window)
    path = tmp_path / "monday.attn.json"
    assert first.lessons.save_as(path)
    second = make_window()
    assert second.lessons.open(path)
    assert second.document.config == first.document.config
    assert second.document.trace.get("x").array[1, 2] == 1.25
    assert (second.stage, second.head, second.timeline.granularity) == ("weights", 2, "cell")
    assert second.player.position == first.player.position
    for name in ("q", "weights", "output"):
        assert np.array_equal(second.document.trace.stacked(name), first.document.trace.stacked(name))
    assert "monday.attn.json" in second.windowTitle()
    assert not second.isWindowModified()


def test_a_damaged_lesson_changes_nothing(make_window, tmp_path, answered_dialogs):
    window = make_window()
    before = (window.document.trace, window.player.position, field(window, "tokens").text())
    for name, content in [("bad.attn.json", b"{ not json"), ("png.attn.json", b"\x89PNG\r\n\x1a\n\x00")]:
        path = tmp_path / name
        path.write_bytes(content)
        assert not window.lessons.open(path)
        assert (window.document.trace, window.player.position, field(window, "tokens").text()) == before
    assert len(answered_dialogs["warning"]) == 2
    assert "not valid JSON" in answered_dialogs["warning"][0]
    assert "not UTF-8" in answered_dialogs["warning"][1]


def test_a_newer_lesson_is_refused_with_a_plain_message(make_window, tmp_path, answered_dialogs):
    path = tmp_path / "future.attn.json"
    save_lesson(Lesson(config=PREPARED), path)
    path.write_text(path.read_text().replace('"version": 1', '"version": 3'), encoding="utf-8")
    window = make_window()
    assert not window.lessons.open(path)
    assert "newer attn-gui" in answered_dialogs["warning"][0]


def test_recent_lessons_are_remembered_newest_first(make_window, tmp_path, preferences):
    window = make_window(preferences=preferences)
    for name in ("a.attn.json", "b.attn.json"):
        window.lessons.save_as(tmp_path / name)
    assert [p.name for p in window.lessons.recent()] == ["b.attn.json", "a.attn.json"]
    recent = window.lessons.recent_menu.actions()
    assert [a.text() for a in recent] == ["b.attn.json", "a.attn.json"]
    recent[1].trigger()
    assert window.lessons.path.name == "a.attn.json"


def test_dropping_a_lesson_on_the_window_opens_it(make_window, tmp_path):
    path = tmp_path / "dropped.attn.json"
    save_lesson(Lesson(config=PREPARED, stage="scores"), path)
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.config == PREPARED
    assert window.stage == "scores"


def test_closing_with_unsaved_changes_asks_first(make_window, tmp_path, answered_dialogs):
    window = prepared_window(make_window)
    window.lessons.save_as(tmp_path / "lesson.attn.json")
    window.document.edit_cell("x", 0, 0, -3.0)
    assert window.isWindowModified()
    answered_dialogs["answer"] = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert len(answered_dialogs["question"]) == 1
    answered_dialogs["answer"] = QMessageBox.StandardButton.Save
    assert window.close()
    assert load_lesson(tmp_path / "lesson.attn.json").config.edits[-1].value == -3.0


def test_stepping_through_is_not_a_change_worth_asking_about(make_window, tmp_path, answered_dialogs):
    window = prepared_window(make_window)
    window.lessons.save_as(tmp_path / "lesson.attn.json")
    window.player.seek(0)
    window.set_stage("output")
    assert not window.isWindowModified()
    assert window.close()
    assert answered_dialogs["question"] == []


def test_the_command_line_opens_a_lesson(tmp_path):
    path = tmp_path / "class.attn.json"
    save_lesson(Lesson(config=PREPARED, stage="masked", head=1), path)
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "attn_gui", str(path), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert not QImage(str(shot)).isNull()
    bad = tmp_path / "bad.attn.json"
    bad.write_text("[]", encoding="utf-8")
    refused = subprocess.run([sys.executable, "-m", "attn_gui", str(bad)], capture_output=True, text=True)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1
    assert "not an attn-gui lesson" in refused.stderr
