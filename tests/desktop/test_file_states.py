"""Read-only and locked files show why and what to do; a damaged file offers its backup; messages speak
the user's language (no JSON paths, no English OS text); the first save suggests a real name; a statement
on the open programme asks before saving it."""

from __future__ import annotations

import errno
import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.error_text import describe_field_path, file_error_text, os_error_text
from planner.fileformat import save_programme
from planner.storage import locking
from planner.storage.atomic import backup_path
from planner.storage.json_file import FileFormatError
from tests.desktop.helpers import switch_language


def _saved(window, tmp_path):
    path = tmp_path / "ohjelma.tyohjelma.json"
    save_programme(window.doc.programme, path)
    return path


def test_write_protected_file_opens_read_only_with_a_banner(window, qtbot, tmp_path, monkeypatch, answer):
    path = _saved(window, tmp_path)
    real = locking.is_read_only
    monkeypatch.setattr(locking, "is_read_only", lambda p: "file" if str(p) == str(path) else real(p))
    assert window.open_file(path)
    assert window.session.read_only
    assert window.banner.isVisible()
    assert "kirjoitussuojattu" in window.banner.label.text() and "toisella nimellä" in window.banner.label.text()
    asked = []
    monkeypatch.setattr(window.session, "save_as", lambda: asked.append(1) or False)
    window.banner.buttons[0].click()
    assert asked == [1]


def test_file_locked_by_someone_else_says_who(window, qtbot, tmp_path, monkeypatch):
    path = _saved(window, tmp_path)
    info = locking.LockInfo(**{**json.loads(json.dumps(locking.asdict(locking.current_lock_info()))),
                               "user": "maija", "host": "kunta-pc-7"})
    monkeypatch.setattr(locking, "foreign_lock", lambda p: info)
    real_claim = window.session.claim
    monkeypatch.setattr(window.session, "claim", lambda p: "read_only")  # the user chose "Avaa vain luku"
    assert window.open_file(path)
    assert window.banner.isVisible() and "maija" in window.banner.label.text()
    try:
        switch_language("en")
        qtbot.waitUntil(lambda: "is editing" in window.banner.label.text())
    finally:
        switch_language("fi")
    # An ordinary file: no banner.
    monkeypatch.setattr(locking, "foreign_lock", lambda p: None)
    monkeypatch.setattr(window.session, "claim", real_claim)
    assert window.open_file(path, ask_save=False)
    assert not window.banner.isVisible()


def test_damaged_file_offers_its_backup(window, tmp_path, answer):
    path = _saved(window, tmp_path)
    save_programme(window.doc.programme, path)  # the second save keeps the first as .bak
    assert backup_path(path).is_file()
    path.write_text('{"format": "tyollisyysohjelma", "schema_version": 2, "progr', encoding="utf-8")
    damaged = path.read_bytes()
    answer(QMessageBox.StandardButton.Open)
    assert window.open_file(path, ask_save=False)
    assert "ohjelma.tyohjelma.json.bak" in answer.asked[-1][1]
    assert window.session.path is None and "varmuuskopiosta" in window.session.display_name()
    assert len(list(window.doc.programme.indicators())) == 37
    assert path.read_bytes() == damaged


def test_messages_name_the_place_in_words_not_as_a_json_path():
    exc = FileFormatError("odotettiin tekstiä", "programme.themes[0].focus_areas[1].rows[0].baseline", "x.json")
    text = file_error_text(exc)
    assert "programme." not in text and "[0]" not in text
    assert "teema 1 \u203a tavoite 2 \u203a mittaririvi 1 \u203a lähtöarvo" in text
    assert describe_field_path("programme.levels[2].code") == "taso 3 \u203a lyhenne"


def test_operating_system_errors_are_worded_in_the_ui_language(qapp):
    text = os_error_text(PermissionError(errno.EACCES, "Permission denied"))
    assert "Permission" not in text and "kirjoitusoikeutta" in text
    assert "levy on täynnä" == os_error_text(OSError(errno.ENOSPC, "No space left on device"))
    try:
        switch_language("sv")
        assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == "disken är full"
    finally:
        switch_language("fi")


def test_failed_save_shows_no_english_os_text(window, tmp_path, answer, monkeypatch):
    path = _saved(window, tmp_path)
    assert window.open_file(path, ask_save=False)

    def refuse(_path):
        raise PermissionError(errno.EACCES, "Permission denied")

    window.session.write = refuse
    window.structure.new_theme()
    assert not window.save()
    message = answer.asked[-1][1]
    assert "Permission denied" not in message and ("kirjoitusoikeutta" in message or "ei ole sallittua" in message)


def test_first_save_suggests_the_programme_title(window, tmp_path, monkeypatch):
    offered = []

    def fake(parent, title, start, *args, **kwargs):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    window.save()
    name = offered[-1].replace("\\", "/").rsplit("/", 1)[-1]
    assert "tallentamaton" not in name and "Esimerkki" not in name
    assert str(window.doc.programme.year) in name and name.startswith(window.doc.programme.title.split()[0])


def test_statement_on_this_programme_asks_before_saving_it(window, tmp_path, answer):
    path = _saved(window, tmp_path)
    assert window.open_file(path, ask_save=False)
    window.structure.new_theme()
    before = path.read_bytes()
    answer(QMessageBox.StandardButton.Cancel)
    assert window.statements.new_on_current_programme() is None
    assert answer.asked and "tallentamattomia" in answer.asked[-1][1]
    assert path.read_bytes() == before and window.session.is_modified


def test_export_failure_from_the_os_is_worded_in_the_ui_language(window, qtbot, monkeypatch, tmp_path):
    import planner.reports.export as export_module
    from desktop.programme.export_dialog import ExportDialog

    def refuse(*args, **kwargs):
        try:
            raise PermissionError(errno.EACCES, "Permission denied")
        except PermissionError as exc:
            raise export_module.ExportError("Tiedostoa x ei voi kirjoittaa: Permission denied") from exc

    monkeypatch.setattr(export_module, "export", refuse)
    dialog = ExportDialog(window.doc.programme)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    dialog.export_button.click()  # runs on the task runner (desktop/tasks.py)
    qtbot.waitUntil(lambda: not dialog.runner.is_running(), timeout=10000)
    message = dialog.error_label.text()
    assert "Permission" not in message and "kirjoitusoikeutta" in message
