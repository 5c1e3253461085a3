"""What the start-up shortcuts (issue 19, row 7) must keep: PySide6's own answers, the same viewport,
the collector running again once the window shows, the smoke probe still finding the window."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.desktop.helpers import show_window_to_smoke_probe

ROOT = Path(__file__).resolve().parents[2]


def _child_env(**extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **extra)


# -- PySide6's "does this module use PySide6?" --------------------------------------------------------------

def test_the_cheap_source_check_is_the_one_pyside_asks():
    import desktop  # noqa: F401 (installs it)
    from desktop import pyside_source_check as check

    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is check.uses_pyside
    assert check.original() is not None and check.original() is not check.uses_pyside
    assert check.install() is True  # a second install keeps PySide6's own function as the fallback
    assert check.original() is not check.uses_pyside


def test_the_cheap_source_check_answers_as_pyside_does():
    import desktop.app
    import planner.model
    from desktop import pyside_source_check as check

    original = check.original()
    assert check.uses_pyside(desktop.app) is True and original(desktop.app) is True
    assert check.uses_pyside(planner.model) is False and original(planner.model) is False
    assert check.uses_pyside(sys) is False and original(sys) is False  # built in: PySide6's own answer
    # Every module loaded in this test run that has a source file: the same answer.
    modules = [m for m in list(sys.modules.values())
               if isinstance(getattr(m, "__file__", None), str) and m.__file__.endswith(".py")]
    assert len(modules) > 100
    assert [m.__name__ for m in modules if check.uses_pyside(m) != original(m)] == []


def test_a_module_whose_file_is_gone_gets_pysides_own_answer(tmp_path):
    from desktop import pyside_source_check as check

    module = types.ModuleType("vanished")
    module.__file__ = str(tmp_path / "vanished.py")  # the frozen app: a path but no source file
    assert check.uses_pyside(module) is check.original()(module) is False


def test_a_pyside6_without_the_check_starts_as_it_is(monkeypatch):
    from desktop import pyside_source_check as check

    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("shibokensupport.feature"))
    assert check.install() is False


# -- the viewport -------------------------------------------------------------------------------------------

def test_viewport_of_is_the_viewport_without_creating_every_widget_class():
    code = textwrap.dedent("""
        import desktop
        import PySide6.QtWidgets as widgets
        from desktop.scroll_viewport import viewport_of

        app = widgets.QApplication([])
        view = widgets.QListView()
        viewport = viewport_of(view)
        print(viewport is view.viewport(), type(viewport).__name__, "QWizard" in vars(widgets))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_child_env(), cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["True", "QWidget", "False"]


# -- the collector ------------------------------------------------------------------------------------------

def test_the_start_pauses_the_collector_until_the_window_has_shown(qapp, qtbot, monkeypatch):
    from desktop import app as desktop_app
    from desktop.programme.main_window import MainWindow

    seen: dict[str, object] = {}

    def event_loop() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["paused while building"] = not gc.isenabled()
        qtbot.waitUntil(gc.isenabled)  # the first turns of the event loop
        seen["title"] = window.windowTitle()
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(qapp, "exec", event_loop)
    try:
        assert desktop_app.main([]) == 0
    finally:
        gc.enable()
    assert seen["paused while building"] is True
    assert "Työllisyysohjelma" in str(seen["title"])


# -- the smoke probe ----------------------------------------------------------------------------------------

def test_the_smoke_probe_waits_past_a_dialog_for_the_main_window(qapp, qtbot, tmp_path, monkeypatch):
    from desktop import smoke as hook

    report = tmp_path / "report.json"
    monkeypatch.setenv(hook.ENV, str(report))
    watcher = hook.install(qapp)
    try:
        dialog = QDialog()  # the recovery offer comes before the window
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(3 * hook.POLL_MS)
        assert not report.exists()
        dialog.close()
        show_window_to_smoke_probe(qtbot, "Ikkuna – Työllisyysohjelma")
    finally:
        watcher.stop()
    assert json.loads(report.read_text(encoding="utf-8"))["window_title"] == "Ikkuna – Työllisyysohjelma"


@pytest.mark.parametrize("argv", [[], ["--help"]])
def test_the_entry_starts_and_parses_arguments_only_when_given(tmp_path, argv):
    """``planner-desktop`` as the installed app starts it (the smoke probe closes the window), and the
    command line still answers ``--help`` although a start without arguments skips argparse."""
    report = tmp_path / "report.json"
    home = tmp_path / "home"
    env = _child_env(PLANNER_SMOKE_TEST=str(report), HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                     PLANNER_DATA_DIR=str(home / "data"))
    proc = subprocess.run([sys.executable, "packaging/entry_gui.py", *argv], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    if argv:
        assert "planner-desktop" in proc.stdout and "FILE" in proc.stdout.upper() and not report.exists()
    else:
        data = json.loads(report.read_text(encoding="utf-8"))
        assert "Esimerkki" in data["window_title"] and data["heavy_modules_loaded"] == []


def test_the_app_takes_the_interpreter_lock_back_from_a_worker_within_a_millisecond(qapp):
    """A worker importing 100,000 rows held the lock 5 ms at a time and the window stalled up to 75 ms."""
    import sys

    from desktop.app import create_application

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        assert create_application() is qapp
        assert sys.getswitchinterval() <= 0.001 + 1e-9
    finally:
        sys.setswitchinterval(before)
