"""Helpers for driving widgets as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key, Finnish letters included (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def switch_language(language: str) -> None:
    """Apply a UI language from a test that has no main window of its own.

    Windows of earlier tests were closed with deleteLater(), which the test's event
    processing does not carry out; delete them first so the LanguageChange does
    not reach half-destroyed windows.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.i18n import language_manager

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    language_manager().apply(language)


def show_window_to_smoke_probe(qtbot, title: str) -> None:
    """Show a main window titled ``title`` under the smoke probe (desktop.smoke, installed by the caller);
    return once the probe has written its report and closed the window the normal way."""
    import os
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow

    from desktop import smoke

    report = Path(os.environ[smoke.ENV])
    window = QMainWindow()
    window.setWindowTitle(title)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(report.exists)
    qtbot.waitUntil(lambda: not window.isVisible())
