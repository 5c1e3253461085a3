"""Never lose work in the GUI (issue 12): save failures, read-only files, locks, changes on disk, imports."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from dataclasses import asdict, replace

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.fileformat import load_programme, save_programme
from planner.storage import locking, recovery
from planner.storage.json_file import SaveError

Button = QMessageBox.StandardButton


def edit_title(window, text: str) -> None:
    edit = window.programme_page.title_edit
    edit.setText(text)
    edit.textEdited.emit(text)


def click_box(monkeypatch, button_text: str | None, shown: list):
    """Answer the next custom QMessageBox by clicking the button with ``button_text``."""

    def click(box):
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        if button_text is None:  # the standard Cancel, whatever language Qt's own texts are in
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)


@pytest.fixture
def opened(window, tmp_path, answer):
    path = tmp_path / "ohjelma.tyohjelma"
    save_programme(window.doc.programme, path)
    assert window.open_file(path)
    return path


@pytest.mark.parametrize("error, expect", [
    (OSError(errno.ENOSPC, "No space left on device"), "levy on täynnä"),
    (UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), "merkki, jota ei voi tallentaa"),
    (SaveError("luku ei ole äärellinen", "programme.follow_up.on_track"), "programme.follow_up.on_track"),
    (RuntimeError("odottamaton"), "RuntimeError: odottamaton"),
])
def test_any_save_failure_is_shown_and_the_work_stays_unsaved(window, opened, answer, error, expect):
    edit_title(window, "Tärkeä muutos")

    def failing(path):
        raise error

    window.session.write = failing
    answer(Button.Ok)
    assert not window.save()
    title, text = answer.asked[-1]
    assert title == "Tallennus epäonnistui" and expect in text and "Tallenna nimellä" in text
    assert window.session.is_modified and window.doc.programme.title == "Tärkeä muutos"
    assert load_programme(opened).title != "Tärkeä muutos"


def test_failed_autosave_is_shown_once_per_cause(window, answer, monkeypatch):
    edit_title(window, "Keskeneräinen")

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(recovery, "write_recovery", refused)
    answer(Button.Ok)
    assert window.session.autosave_now() is None
    assert answer.asked[-1][0] == "Automaattinen varmuuskopio epäonnistui" and "Tallenna työsi" in answer.asked[-1][1]
    assert window.session.autosave_now() is None
    assert len(answer.asked) == 1  # not again every few minutes for the same cause
    monkeypatch.undo()
    assert window.session.autosave_now() is not None


def test_read_only_file_opens_read_only_with_a_notice(window, tmp_path, answer, monkeypatch):
    path = tmp_path / "vain-luku.tyohjelma"
    save_programme(window.doc.programme, path)
    os.chmod(path, 0o444)
    answer(Button.Ok)
    assert window.open_file(path)
    title, text = answer.asked[-1]
    assert title == "Avataan vain luku -tilassa" and "vain-luku.tyohjelma" in text and "Tallenna nimellä" in text
    assert window.session.read_only and "(vain luku)" in window.windowTitle()
    assert locking.read_lock(path) is None  # nothing written beside a read-only file
    new = tmp_path / "oma.tyohjelma"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new), "")))
    edit_title(window, "Oma versio")
    assert window.save()  # goes to Save As
    assert load_programme(new).title == "Oma versio" and load_programme(path).title != "Oma versio"
    os.chmod(path, 0o644)


def test_read_only_folder_opens_read_only_with_a_notice(window, tmp_path, answer, monkeypatch):
    path = tmp_path / "jaettu.tyohjelma"
    save_programme(window.doc.programme, path)
    monkeypatch.setattr(locking, "acquire", lambda p: locking.LockResult("unavailable", error="Read-only file system"))
    answer(Button.Ok)
    assert window.open_file(path)
    assert answer.asked[-1][0] == "Avataan vain luku -tilassa" and str(tmp_path) in answer.asked[-1][1]
    assert window.session.read_only


def test_file_changed_on_disk_offers_save_as_overwrite_reload(window, opened, monkeypatch):
    edit_title(window, "Minun muutokseni")
    theirs = load_programme(opened)
    theirs.title = "Hänen muutoksensa"
    save_programme(theirs, opened)
    shown: list = []
    click_box(monkeypatch, None, shown)
    assert not window.save()
    assert shown[-1][0] == "Tiedosto on muuttunut"
    assert {"Tallenna nimellä…", "Korvaa", "Lataa uudelleen"} <= set(shown[-1][2])
    assert window.session.is_modified and load_programme(opened).title == "Hänen muutoksensa"
    click_box(monkeypatch, "Lataa uudelleen", shown)
    assert not window.save()
    assert window.doc.programme.title == "Hänen muutoksensa" and not window.session.is_modified
    edit_title(window, "Minun muutokseni")
    theirs.title = "Taas hänen"
    save_programme(theirs, opened)
    click_box(monkeypatch, "Korvaa", shown)
    assert window.save()
    assert load_programme(opened).title == "Minun muutokseni"
    edit_title(window, "Ilman kysymystä")
    n = len(shown)
    assert window.save()  # our own save is not a change by someone else
    assert len(shown) == n


def test_changed_on_disk_save_as_keeps_their_file(window, opened, monkeypatch, tmp_path):
    edit_title(window, "Minun")
    theirs = load_programme(opened)
    theirs.title = "Heidän"
    save_programme(theirs, opened)
    new = tmp_path / "minun.tyohjelma"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new), "")))
    click_box(monkeypatch, "Tallenna nimellä…", [])
    assert window.save()
    assert load_programme(opened).title == "Heidän" and load_programme(new).title == "Minun"
    assert window.session.path == new.resolve()


def test_stale_lock_is_taken_over_after_asking(window, tmp_path, answer):
    path = tmp_path / "o.tyohjelma"
    save_programme(window.doc.programme, path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    info = replace(locking.current_lock_info(), pid=dead.pid, user="kaatunut")
    locking.lock_path(path).write_text(json.dumps(asdict(info)), encoding="utf-8")
    answer(Button.No)
    assert not window.open_file(path)
    assert answer.asked[-1][0] == "Vanha lukitus" and "kaatunut" in answer.asked[-1][1]
    assert locking.read_lock(path).user == "kaatunut"
    answer(Button.Yes)
    assert window.open_file(path)
    assert locking.read_lock(path).is_mine()


def test_lock_is_taken_before_reading_and_given_back_when_loading_fails(window, tmp_path, answer, monkeypatch):
    import desktop.programme.main_window as mw

    path = tmp_path / "rikki.tyohjelma"
    path.write_text('{"format": "tyollisyysohjelma", "schema_version": 1, "programme": {"themes": 7}}',
                    encoding="utf-8")
    seen = []
    real = mw.load_programme

    def load(p):
        seen.append(locking.read_lock(p))
        return real(p)

    monkeypatch.setattr(mw, "load_programme", load)
    answer(Button.Ok)
    assert not window.open_file(path)  # a dialog, never an exception
    assert seen[0] is not None and seen[0].is_mine()
    # The place is named in words ("teemat"), never as a JSON path ("programme.themes").
    assert answer.asked[-1][0] == "Tiedostoa ei voi avata" and "teemat" in answer.asked[-1][1]
    assert "programme.themes" not in answer.asked[-1][1]
    assert locking.read_lock(path) is None


def test_statement_window_locks_before_reading_too(qtbot, settings, tmp_path, answer):
    from desktop.statements.window import StatementWindow
    from planner.statements.fileformat import save_statement
    from planner.statements.model import Statement

    path = tmp_path / "l.lausunto.json"
    save_statement(Statement(organisation="Mikkeli"), path)
    w = StatementWindow(settings)
    try:
        assert w.open_file(str(path))
        assert locking.read_lock(path).is_mine()
    finally:
        w.close()
    assert locking.read_lock(path) is None


def test_questions_file_is_read_in_a_thread_and_can_be_cancelled(qtbot, tmp_path, answer, monkeypatch):
    from desktop.statements import questions_worker
    from desktop.statements.questions_dialog import QuestionsDialog
    from planner.statements.questions_import import QuestionsImportCancelled

    path = tmp_path / "pyynto.txt"
    path.write_text("1. Uravalmennus\nNäkemykset:\n\n2. Työhönvalmennus\nNäkemykset:\n", encoding="utf-8")
    d = QuestionsDialog()
    qtbot.addWidget(d)
    import threading

    threads = []
    real = questions_worker.import_questions_file

    def recording(p, cancelled=None):
        threads.append(threading.current_thread())
        return real(p, cancelled)

    monkeypatch.setattr(questions_worker, "import_questions_file", recording)
    assert d.load_file(path)
    assert d.items.count() == 2 and threads[0] is not threading.main_thread()

    def cancelled_import(p, cancelled=None):
        raise QuestionsImportCancelled()

    monkeypatch.setattr(questions_worker, "import_questions_file", cancelled_import)
    assert not d.load_file(path)
    assert d.items.count() == 2  # the earlier result stays

    from tests.planner.hostile_word_files import zip_bomb_docx

    monkeypatch.setattr(questions_worker, "import_questions_file", real)
    bomb = zip_bomb_docx(tmp_path / "pommi.docx", expanded_mb=120)
    answer(Button.Ok)
    assert not d.load_file(bomb)
    assert answer.asked[-1][0] == "Tiedostoa ei voi lukea" and "purkautuu liian suureksi" in answer.asked[-1][1]


def test_cancel_button_stops_a_slow_import_and_the_window_stays_responsive(qtbot, tmp_path, monkeypatch):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from desktop.statements import questions_worker
    from desktop.statements.questions_dialog import QuestionsDialog
    from planner.statements.questions_import import QuestionsImportCancelled

    def slow(p, cancelled=None):
        for _ in range(200):  # 20 s unless cancelled
            time.sleep(0.1)
            if cancelled():
                raise QuestionsImportCancelled()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(questions_worker, "import_questions_file", slow)
    path = tmp_path / "p.txt"
    path.write_text("1. Kysymys\n", encoding="utf-8")
    d = QuestionsDialog()
    qtbot.addWidget(d)
    seen = []

    def press_cancel():
        seen.append(d.progress.isVisible())
        d.progress.findChild(QPushButton).click()

    QTimer.singleShot(900, press_cancel)
    start = time.monotonic()
    assert not d.load_file(path)
    assert seen == [True] and time.monotonic() - start < 5
