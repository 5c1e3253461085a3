"""GUI test setup: settings and data folder in temp dirs, Qt warnings fail the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QtMsgType


@pytest.fixture(autouse=True)
def isolated_user(tmp_path, monkeypatch):
    """Never touch the real user's settings or data folder."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    yield


# Messages of the offscreen test platform itself, not of our code.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(qtlog):
    yield
    bad = [r for r in qtlog.records if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg,
                                                   QtMsgType.QtFatalMsg) and r.message not in PLATFORM_NOISE]
    assert not bad, "Qt warnings: " + "; ".join(r.message for r in bad)


@pytest.fixture
def settings(tmp_path):
    from desktop.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    """The main window with the built-in example open as an untitled copy, as a user starts it."""
    from desktop.programme.main_window import MainWindow

    w = MainWindow(settings)
    w.new_from_example()
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.undo_stack.setClean()  # no Save/Discard question when the test ends
    w.close()
    w.deleteLater()


@pytest.fixture
def answer(monkeypatch):
    """Patch QMessageBox's static questions; records (title, text) and answers with the given button."""
    from PySide6.QtWidgets import QMessageBox

    class Answers:
        def __init__(self) -> None:
            self.asked: list[tuple[str, str]] = []
            self.button = QMessageBox.StandardButton.Cancel

        def __call__(self, button):
            self.button = button
            return self

    answers = Answers()

    def fake(parent, title, text, *args, **kwargs):
        answers.asked.append((title, text))
        return answers.button

    for name in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
    return answers


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the run: make any unexpected one fail the test."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3] if len(args) > 2 else args}")

    for name in ("warning", "question", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))
    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(unexpected))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(unexpected))
