"""The Export Matrices dialog, driven like a teacher would: choose, type a path, save, read the file."""

import csv
import io
import json
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.export import atomic
from attn_gui.export.matrix_formats import each_matrix, markdown_table, tex_matrix, tsv_text
from attn_gui.ui.dialogs.matrix_export_dialog import MatrixExportDialog, copy_matrix_to_clipboard, retarget
from tests.ui.conftest import retype

TRACE = compute_trace(AttentionConfig(tokens=("我", "爱", "学习"), d_model=4, num_heads=2, mask="causal"))


@pytest.fixture
def make_dialog(qtbot, tmp_path):
    def make(initial=None):
        dialog = MatrixExportDialog(TRACE, initial, None, directory=tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def child(dialog, kind, name):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def choose(combo, text):
    """Pick the entry showing ``text``, as a click in the open list would."""
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def save(qtbot, dialog):
    qtbot.mouseClick(child(dialog, QPushButton, "save"), Qt.MouseButton.LeftButton)


def message(dialog):
    label = child(dialog, QLabel, "error_export")
    return label.text() if label.isVisible() else ""


def test_defaults_and_the_list_of_matrices(make_dialog, tmp_path):
    dialog = make_dialog(("weights", 1))
    matrix = child(dialog, QComboBox, "matrix")
    assert matrix.currentText() == "A (head 2)"
    assert child(dialog, QComboBox, "format").currentText() == "CSV spreadsheet (.csv)"
    assert child(dialog, QSpinBox, "precision").value() == 4
    assert child(dialog, QComboBox, "environment").currentData() == "bmatrix"
    assert child(dialog, QLineEdit, "path").text() == str(tmp_path / "weights_head2.csv")
    texts = [matrix.itemText(i) for i in range(matrix.count()) if matrix.itemText(i)]
    assert texts[0] == "All matrices"
    assert texts[1:4] == ["X", "PE", "X_in"]
    assert texts.index("Q (head 2)") == texts.index("Q (head 1)") + 1
    assert len(texts) == 1 + len(each_matrix(TRACE))
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert len(labels) == 5
    for label in labels:
        assert label.buddy().toolTip(), label.text()
    texts = [w.text() for w in labels + dialog.findChildren(QPushButton) if "&" in w.text()]
    keys = [re.search("&(.)", text).group(1).lower() for text in texts]
    assert len(keys) == len(set(keys)) == 8, texts  # every field and button but Cancel (Esc), no clash
    assert not message(dialog)


def test_no_initial_matrix_means_all_of_them(make_dialog, tmp_path):
    dialog = make_dialog()
    assert child(dialog, QComboBox, "matrix").currentText() == "All matrices"
    assert dialog.writes_folder()
    assert dialog.target() == tmp_path / "attention_csv"
    assert not child(dialog, QPushButton, "copy").isEnabled()


def test_choose_matrix_and_markdown_type_a_path_and_save(qtbot, make_dialog, tmp_path):
    dialog = make_dialog(("x", None))
    choose(child(dialog, QComboBox, "matrix"), "(S/√d_k + M) (head 1)")
    choose(child(dialog, QComboBox, "format"), "Markdown table (.md)")
    child(dialog, QSpinBox, "precision").setValue(2)
    assert not child(dialog, QComboBox, "environment").isEnabled()  # LaTeX only
    retype(qtbot, child(dialog, QLineEdit, "path"), str(tmp_path / "masked"))
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert [p.name for p in tmp_path.iterdir()] == ["masked.md"]  # the extension was added
    assert (tmp_path / "masked.md").read_text(encoding="utf-8") == markdown_table(TRACE.get("masked", 0), 2)


def test_latex_with_round_brackets(make_dialog, tmp_path):
    dialog = make_dialog(("q", 1))
    choose(child(dialog, QComboBox, "format"), "LaTeX matrix (.tex)")
    choose(child(dialog, QComboBox, "environment"), "pmatrix: round brackets ( )")
    child(dialog, QSpinBox, "precision").setValue(3)
    assert dialog.export()
    assert dialog.written == [tmp_path / "q_head2.tex"]
    assert (tmp_path / "q_head2.tex").read_text(encoding="utf-8") == tex_matrix(
        TRACE.get("q", 1), 3, "pmatrix"
    )


def test_npy_of_all_matrices_fills_a_new_folder(make_dialog, tmp_path):
    dialog = make_dialog()
    choose(child(dialog, QComboBox, "format"), "NumPy array (.npy)")
    assert dialog.target() == tmp_path / "attention_npy"
    assert "27 files" in child(dialog, QLabel, "hint").text()
    assert dialog.export()
    written = dialog.written
    assert len(written) == 27
    assert {p.parent for p in written} == {tmp_path / "attention_npy"}
    loaded = np.load(tmp_path / "attention_npy" / "weights_head2.npy", allow_pickle=False)
    np.testing.assert_array_equal(loaded, TRACE.get("weights", 1).array, strict=True)


@pytest.mark.parametrize("suffix", [".npz", ".json"])
def test_npz_and_json_always_hold_every_matrix(qtbot, make_dialog, tmp_path, suffix):
    dialog = make_dialog(("q", 0))
    format_combo = child(dialog, QComboBox, "format")
    format_combo.setCurrentIndex(format_combo.findData(suffix))
    matrix = child(dialog, QComboBox, "matrix")
    assert not matrix.isEnabled()
    assert matrix.currentText() == "All matrices"
    assert not child(dialog, QSpinBox, "precision").isEnabled()
    assert dialog.matrix() is None
    assert not dialog.writes_folder()
    save(qtbot, dialog)
    path = tmp_path / f"attention{suffix}"
    assert dialog.result() == QDialog.DialogCode.Accepted
    if suffix == ".npz":
        with np.load(path, allow_pickle=False) as arrays:
            np.testing.assert_array_equal(arrays["masked"], TRACE.stacked("masked"))
    else:
        assert json.loads(path.read_text(encoding="utf-8"))["tokens"] == ["我", "爱", "学习"]
    format_combo.setCurrentIndex(format_combo.findData(".csv"))  # back: the earlier choice returns
    assert child(dialog, QComboBox, "matrix").currentText() == "Q (head 1)"
    dialog.select(suffix, ("k", 1))
    assert (matrix.currentText(), dialog.matrix()) == ("All matrices", None)
    format_combo.setCurrentIndex(format_combo.findData(".md"))
    assert matrix.currentText() == "K (head 2)"
    dialog.select(".tex")
    assert dialog.matrix() is None


def test_path_follows_the_choice_and_keeps_a_typed_name(qtbot, make_dialog, tmp_path):
    dialog = make_dialog(("q", 0))
    path = child(dialog, QLineEdit, "path")
    choose(child(dialog, QComboBox, "matrix"), "K (head 2)")
    assert path.text() == str(tmp_path / "k_head2.csv")
    retype(qtbot, path, str(tmp_path / "slides" / "keys.csv"))
    choose(child(dialog, QComboBox, "format"), "LaTeX matrix (.tex)")
    assert path.text() == str(tmp_path / "slides" / "keys.tex")
    assert retarget(tmp_path / "keys.tex", "x.tex", "attention_tex", None) == tmp_path / "keys"


def refuse(*args, **kwargs):
    raise PermissionError(13, "Permission denied")


def test_unwritable_folder_is_said_inline_and_nothing_is_written(qtbot, make_dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(atomic.os, "open", refuse)
    dialog = make_dialog(("weights", 0))
    save(qtbot, dialog)
    assert dialog.isVisible()  # still open, with everything as chosen
    assert message(dialog) == f"No permission to write in the folder {tmp_path}."
    assert "Traceback" not in message(dialog)
    assert list(tmp_path.iterdir()) == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [dialog]  # no dialog on top
    choose(child(dialog, QComboBox, "format"), "Markdown table (.md)")
    assert not message(dialog)  # a new choice clears the old complaint


def test_unwritable_folder_for_all_matrices(make_dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(atomic.os, "open", refuse)
    dialog = make_dialog()
    assert not dialog.export()
    assert message(dialog) == f"No permission to write in the folder {tmp_path / 'attention_csv'}."
    assert list(tmp_path.iterdir()) == []  # the folder it made is gone again


def test_replacing_a_file_takes_a_second_save(qtbot, make_dialog, tmp_path):
    old = tmp_path / "x.csv"
    old.write_text("lesson notes")
    dialog = make_dialog(("x", None))
    save(qtbot, dialog)
    assert message(dialog) == "x.csv already exists. Save again to replace it."
    assert child(dialog, QPushButton, "save").text() == "&Replace"
    assert old.read_text() == "lesson notes"
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert next(csv.reader(io.StringIO(old.read_text(encoding="utf-8-sig")))) == ["", "1", "2", "3", "4"]


def test_empty_path_asks_for_one(qtbot, make_dialog):
    dialog = make_dialog(("x", None))
    child(dialog, QLineEdit, "path").clear()
    save(qtbot, dialog)
    assert message(dialog) == "Choose a file to save to."
    assert dialog.isVisible()


def test_copy_puts_the_matrix_on_the_clipboard_as_tsv(qtbot, make_dialog):
    dialog = make_dialog(("masked", 1))
    qtbot.mouseClick(child(dialog, QPushButton, "copy"), Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == tsv_text(TRACE.get("masked", 1))
    rows = [line.split("\t") for line in text.splitlines()]
    assert rows[0] == ["", "我", "爱", "学习"]
    assert [[float(v) for v in row[1:]] for row in rows[1:]] == TRACE.get("masked", 1).array.tolist()
    assert message(dialog) == "Copied (S/√d_k + M) (head 2): paste it into a spreadsheet."


def test_copy_matrix_to_clipboard_without_the_dialog(qtbot):
    copy_matrix_to_clipboard(TRACE.get("w_o"))
    rows = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]
    assert [[float(v) for v in row[1:]] for row in rows[1:]] == TRACE.get("w_o").array.tolist()


def test_a_lesson_is_never_replaced_by_a_trace(qtbot, make_dialog, tmp_path):
    lesson = tmp_path / "today.attn.json"
    lesson.write_text('{"format": "attn-gui lesson"}')
    dialog = make_dialog(None)
    dialog.select(".json", None)
    dialog.set_path(lesson)
    save(qtbot, dialog)  # refused at once: a second Save would not replace it either
    assert message(dialog) == "Names ending in .attn.json are lessons: choose another, e.g. attention.json."
    save(qtbot, dialog)
    assert lesson.read_text() == '{"format": "attn-gui lesson"}'
    assert dialog.isVisible()
