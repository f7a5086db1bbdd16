"""Presentation mode under a real X server with a window manager (Xvfb and openbox), driven by
real key presses (xdotool): the offscreen platform has no window manager, so full screen and
its way back cannot go wrong there the way they did on a teacher's desktop.

CI installs xvfb, openbox and xdotool (.ci/run); where they are missing these tests are skipped.
"""

import json
import os
import select
import shutil
import subprocess
import sys
import textwrap

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS), reason="needs Xvfb, openbox and xdotool (CI has them)"
)
SCREEN = (1920, 1080)


def _read_ready(stream: int, timeout_s: float) -> bytes:
    ready, _, _ = select.select([stream], [], [], timeout_s)
    assert ready, "the X server or the window manager did not start"
    return os.read(stream, 64)


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    """An X display with openbox managing it; yields the environment to run the app in."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    display = ":" + _read_ready(read_fd, 20).decode().strip()
    fifo = tmp_path_factory.mktemp("openbox") / "ready"
    os.mkfifo(fifo)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LC_ALL": "C.UTF-8"}
    manager = subprocess.Popen(
        ["openbox", "--startup", f"sh -c 'echo ready > {fifo}'"], env=env, stderr=subprocess.DEVNULL
    )
    ready = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    _read_ready(ready, 20)
    yield env
    for process in (manager, server):
        process.terminate()
        process.wait(timeout=10)


DRIVER = textwrap.dedent(
    """
    import json, subprocess, sys
    from PySide6.QtCore import QEventLoop, QObject, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from attn_gui.core import AttentionConfig
    from attn_gui.ui import launch
    from attn_gui.ui.application import application

    app = application()
    config = AttentionConfig(tokens=("I", "love", "learning"))
    window = launch.create_window(launch.LaunchRequest(config=config), None)
    launch._windows[:] = [window]
    window.show()
    assert QTest.qWaitForWindowActive(window, 5000)  # placed and focused by the window manager

    def current():
        return launch._windows[0]

    def key(name):
        current().activateWindow()
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)

    class Watch(QObject):  # checks the condition after every event the application handles

        def __init__(self, condition, loop):
            super().__init__()
            self.condition, self.loop = condition, loop

        def eventFilter(self, watched, event):
            if self.condition():
                self.loop.quit()
            return False

    def wait(condition):
        if condition():
            return
        loop = QEventLoop()
        watch = Watch(condition, loop)
        app.installEventFilter(watch)  # the window manager's answers arrive as events
        QTimer.singleShot(5000, loop.quit)
        loop.exec()
        app.removeEventFilter(watch)
        assert condition(), "the window did not get there"

    def state():
        w = current()
        return {
            "geometry": [w.geometry().x(), w.geometry().y(), w.width(), w.height()],
            "full_screen": w.isFullScreen(),
            "maximized": w.isMaximized(),
            "presenting": w.presentation.active,
            "docks": [w.input_dock.width(), w.explanation_dock.width()] if w.input_dock.isVisible() else None,
            "menu": w.menuBar().isVisible(),
            "status": w.statusBar().isVisible(),
            "font": QApplication.font().pointSizeF(),
            "text": QApplication.palette().text().color().name(),
            "weight": QApplication.font().weight().value,
            "button": current().controls.buttons[0].iconSize().height(),
        }

    def present_and_leave(before=None):
        key("F11")
        wait(lambda: current().isFullScreen() and current().size() == current().screen().size())
        presenting = state()
        if before is not None:
            before()
        key("Escape")
        wait(lambda: not current().isFullScreen() and current().statusBar().isVisible())
        return presenting, state()

    record = {"start": state(), "rounds": [present_and_leave() for _ in range(3)]}
    current().showMaximized()
    wait(lambda: current().isMaximized())
    record["maximized"] = state()
    record["from_maximized"] = present_and_leave()
    current().showNormal()
    wait(lambda: not current().isMaximized())
    record["normal_again"] = state()
    key("F6")
    wait(lambda: current().quiz.active)
    record["from_quiz"] = present_and_leave()
    record["after_language"] = present_and_leave(lambda: current().choose_language("zh_CN"))
    current().close()
    print(json.dumps(record))
    """
)


@pytest.fixture(scope="module")
def record(desktop):
    result = subprocess.run(
        [sys.executable, "-c", DRIVER], env=desktop, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_esc_gives_the_window_back_exactly_every_time(record):
    start = record["start"]
    assert not start["full_screen"]
    for presenting, back in record["rounds"]:
        assert presenting["full_screen"]
        assert presenting["geometry"][2:] == list(SCREEN)
        assert back["geometry"] == start["geometry"]
        assert back["docks"] == start["docks"]
        assert not back["full_screen"]


def test_presenting_is_large_dark_and_plain(record):
    start = record["start"]
    presenting, back = record["rounds"][0]
    assert presenting["docks"] is None
    assert not presenting["menu"]
    assert not presenting["status"]
    assert presenting["font"] == pytest.approx(1.5 * start["font"])
    assert presenting["text"] == "#000000"
    assert presenting["weight"] > start["weight"]  # heavier text for a bright screen
    assert presenting["button"] >= 1.5 * start["button"]  # the transport's buttons grow too
    assert back["font"] == start["font"]
    assert back["weight"] == start["weight"]
    assert back["button"] == start["button"]
    assert back["menu"]


def test_a_maximised_window_comes_back_maximised(record):
    presenting, back = record["from_maximized"]
    assert presenting["full_screen"]
    assert back["maximized"]
    assert not back["full_screen"]
    assert back["geometry"] == record["maximized"]["geometry"]


def test_leaving_from_quiz_mode_gives_the_window_back(record):
    presenting, back = record["from_quiz"]
    assert presenting["full_screen"]
    assert back["geometry"] == record["normal_again"]["geometry"]
    assert back["docks"] == record["normal_again"]["docks"]


def test_after_a_language_change_while_presenting_esc_still_gives_the_window_back(record):
    presenting, back = record["after_language"]
    assert presenting["presenting"]
    assert back["geometry"] == record["normal_again"]["geometry"]
    assert not back["full_screen"]
    assert back["docks"] is not None
    assert back["status"]
