"""Never lose work: unsaved question, autosave and recovery after a crash, lock files, settings."""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.app import start
from desktop.paths import recovery_dir
from desktop.settings import Settings
from planner.fileformat import dumps, load_programme, save_programme
from planner.storage import locking, recovery

Button = QMessageBox.StandardButton


def edit_title(window, text: str) -> None:
    edit = window.programme_page.title_edit
    edit.setText(text)
    edit.textEdited.emit(text)


def test_close_with_unsaved_changes_asks_and_cancel_keeps_window(window, answer):
    edit_title(window, "Muutettu ohjelma")
    assert window.isWindowModified()
    answer(Button.Cancel)
    assert not window.close()
    assert window.isVisible() and answer.asked[-1][0] == "Tallentamattomia muutoksia"
    answer(Button.Discard)
    assert window.close()


def test_open_other_file_with_unsaved_changes_save_answer_saves_first(window, answer, tmp_path, monkeypatch):
    path = tmp_path / "a.tyohjelma.json"
    save_programme(window.doc.programme, path)
    assert window.open_file(path)
    edit_title(window, "Tallennetaan ensin")
    answer(Button.Save)
    other = tmp_path / "b.tyohjelma.json"
    save_programme(load_programme(path), other)
    assert window.open_file(other)
    assert load_programme(path).title == "Tallennetaan ensin"
    assert window.session.path == other.resolve()


def test_recover_from_autosave_after_crash(window, qtbot, answer, settings):
    edit_title(window, "Keskeneräinen työ")
    written = window.session.autosave_now()
    assert written is not None and written.parent == recovery_dir()
    expected = dumps(window.doc.programme)
    # Simulate a crash: the process died without a clean close, so its recovery file stays.
    data = json.loads(written.read_text(encoding="utf-8"))
    data["pid"] = 999999
    written.write_text(json.dumps(data), encoding="utf-8")
    answer(Button.Yes)
    again = start(file=None, settings=settings)
    try:
        assert answer.asked[-1][0] == "Palautetaanko tallentamattomat muutokset?"
        assert dumps(again.doc.programme) == expected
        assert again.isWindowModified() or again.session.is_modified
        assert not written.exists() or written == again.session.recovery_file()
    finally:
        again.session.undo_stack.setClean()
        again.close()


def test_declined_recovery_is_removed(answer, settings, qapp):
    path = recovery.write_recovery(recovery_dir(), "untitled-x", "tyollisyysohjelma", "", "{}")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pid"] = 999999
    path.write_text(json.dumps(data), encoding="utf-8")
    answer(Button.No)
    w = start(file=None, settings=settings)
    try:
        assert not path.exists()
        assert w.session.path is None and len(list(w.doc.programme.indicators())) == 37
    finally:
        w.close()


def test_clean_close_leaves_no_recovery_file(window, answer):
    edit_title(window, "Jotain")
    written = window.session.autosave_now()
    assert written.exists()
    answer(Button.Discard)
    window.close()
    assert not written.exists()


def test_lock_file_warns_second_user_and_offers_read_only(window, tmp_path, monkeypatch, answer):
    path = tmp_path / "jaettu.tyohjelma.json"
    save_programme(window.doc.programme, path)
    opened = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    other = locking.LockInfo(user="maija", host="toinen-kone", pid=4242, time=opened.isoformat())
    locking.lock_path(path).write_text(json.dumps(other.__dict__), encoding="utf-8")

    shown = []

    def click(box):
        shown.append(box.text())
        next(b for b in box.buttons() if b.text() == "Avaa vain luku").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    assert window.open_file(path)
    assert "maija" in shown[0] and "toinen-kone" in shown[0] and f"{opened.day}.{opened.month}.{opened.year} klo {opened.hour}.{opened.minute:02d}" in shown[0]
    assert window.session.read_only and "vain luku" in window.windowTitle()
    assert locking.read_lock(path).user == "maija"  # their lock is left alone
    # Saving a read-only file asks for a new name instead of overwriting.
    new = tmp_path / "oma.tyohjelma.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new), "")))
    edit_title(window, "Oma versio")
    assert window.save()
    assert load_programme(path).title != "Oma versio" and load_programme(new).title == "Oma versio"
    assert locking.read_lock(new).is_mine()


def test_own_lock_is_written_and_removed(window, tmp_path, answer):
    path = tmp_path / "oma.tyohjelma.json"
    save_programme(window.doc.programme, path)
    assert window.open_file(path)
    info = locking.read_lock(path)
    assert info is not None and info.host == socket.gethostname() and info.pid == os.getpid()
    window.close()
    assert locking.read_lock(path) is None


def test_settings_registry_types_defaults_and_upgrade(tmp_path):
    q = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    q.setValue("meta/version", 1)
    q.setValue("autosave", "300")
    s = Settings(q)
    assert s.get(Settings.autosave_minutes) == 5 and q.value("autosave") is None
    assert s.get(Settings.language) == "fi"
    q.setValue(Settings.language.key, "de")
    assert s.get(Settings.language) == "fi"  # not one of ours: the default
    for i in range(12):
        s.add_recent_file(f"/t/{i}.tyohjelma.json")
    files = s.get(Settings.recent_files)
    assert files[0] == "/t/11.tyohjelma.json" and len(files) == 8
