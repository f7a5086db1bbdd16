"""The Export figure, Export animation and Copy figure commands, driven through their dialogs."""

import imageio.v3 as iio
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton

from attn_gui.core import AttentionConfig
from attn_gui.export import atomic


def test_export_figure_of_one_matrix(qtbot, window, tmp_path):
    window.set_stage("scores")
    dialog = window.exports.figure()
    qtbot.addWidget(dialog)
    dialog.what.setCurrentIndex(dialog.what.findText("Q (head 1)"))
    dialog.dpi.setValue(150)
    dialog.path.setText(str(tmp_path / "q.png"))
    assert dialog.export()
    image = QImage(str(tmp_path / "q.png"))
    assert round(image.dotsPerMeterX() * 0.0254) == 150
    assert not dialog.isVisible()


def test_export_figure_refuses_an_unknown_extension_inline(qtbot, window, tmp_path):
    dialog = window.exports.figure()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "figure.jpg"))
    assert not dialog.export()
    assert dialog.error.isVisible()
    assert ".png, .svg or .pdf" in dialog.error.text()
    assert not list(tmp_path.iterdir())


def test_an_unwritable_folder_is_said_inline(qtbot, window, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", refuse)
    dialog = window.exports.figure()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "figure.svg"))
    assert not dialog.export()
    assert "No permission to write in the folder" in dialog.error.text()


def test_export_animation_of_this_stage(qtbot, window, tmp_path):
    window.set_stage("k_t")
    dialog = window.exports.animation()
    qtbot.addWidget(dialog)
    dialog.frame_width.setValue(320)
    dialog.path.setText(str(tmp_path / "kt.gif"))
    assert dialog.export()
    assert iio.imread(tmp_path / "kt.gif", index=None).shape[0] == 3  # K has three rows to lay down


def test_cancelling_an_animation_leaves_no_file(qtbot, window, tmp_path):
    window.set_stage("scores")
    dialog = window.exports.animation()
    qtbot.addWidget(dialog)
    dialog.range.setCurrentIndex(1)  # the whole lesson: long enough to cancel
    dialog.frame_width.setValue(200)
    dialog.path.setText(str(tmp_path / "all.gif"))

    def press_cancel():
        progress = dialog.findChild(QProgressDialog)
        if progress is not None and progress.value() >= 2:
            progress.cancel()
        else:
            QTimer.singleShot(5, press_cancel)

    QTimer.singleShot(0, press_cancel)
    assert not dialog.export()
    assert dialog.cancelled
    assert "no file was written" in dialog.error.text()
    assert not list(tmp_path.iterdir())


def test_copy_figure_puts_a_picture_on_the_clipboard(window):
    window.exports.copy_figure()
    image = QGuiApplication.clipboard().image()
    assert image.width() == window.drawing.width() * 2


def test_the_animation_dialog_opens_for_a_lesson_of_billions_of_steps(qtbot, make_window):
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(512)), d_model=1024, num_heads=16)
    window = make_window(config, granularity="term")
    assert len(window.timeline) > 2**31
    window.set_stage("output")
    dialog = window.exports.animation()
    qtbot.addWidget(dialog)
    assert f"({len(window.timeline)} steps)" in dialog.range.itemText(1)
    assert dialog.last.maximum() == 2**31 - 1
    stage = window.timeline.segment_at(window.player.position)
    assert stage.start > 2**31  # the last stage lies beyond what the fields hold: it is a choice
    assert dialog.steps() == range(stage.start, stage.stop)


def test_a_film_too_long_for_a_gif_is_refused_before_a_frame_is_drawn(qtbot, make_window, tmp_path):
    window = make_window(AttentionConfig(tokens=("I", "love", "learning"), d_model=512, num_heads=8))
    dialog = window.exports.animation()
    qtbot.addWidget(dialog)
    dialog.range.setCurrentIndex(1)  # the whole lesson
    dialog.path.setText(str(tmp_path / "lesson.gif"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_export")
    assert error.isVisible()
    assert error.text().startswith(f"This GIF would have {len(window.timeline)} frames and last ")
    assert "choose a stage or a range of steps, or MP4" in error.text()
    assert dialog.findChild(QProgressDialog) is None
    assert not list(tmp_path.iterdir())
