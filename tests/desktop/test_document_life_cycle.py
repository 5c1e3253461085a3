"""One document life cycle for both windows (issue 13): open (lock before reading, the lock given
back when the file cannot be read), recovery after a crash and closing go through DocumentSession."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from desktop.paths import recovery_dir
from desktop.statements.window import StatementWindow
from planner.statements import fileformat as sfile
from planner.statements.model import Statement
from planner.storage import locking, recovery

Button = QMessageBox.StandardButton


def test_an_unreadable_file_gives_its_lock_back_in_both_windows(window, answer, qtbot, settings, tmp_path):
    bad = tmp_path / "rikki.tyohjelma.json"
    bad.write_text("{ei jsonia", encoding="utf-8")
    answer(Button.Ok)
    assert not window.open_file(bad)
    assert answer.asked[-1][0] == "Tiedostoa ei voi avata"
    assert not locking.lock_path(bad).exists() and window.session.path is None

    w = StatementWindow(settings)
    qtbot.addWidget(w)
    bad_statement = tmp_path / "rikki.lausunto.json"
    bad_statement.write_text("[]", encoding="utf-8")
    assert not w.open_file(str(bad_statement))
    assert answer.asked[-1][0] == "Lausuntoa ei voi avata"
    assert not locking.lock_path(bad_statement).exists()

    good = tmp_path / "hyva.lausunto.json"
    sfile.save_statement(Statement(), good)
    assert w.open_file(str(good))
    assert locking.lock_path(good).exists() and w.session.path == good.resolve()
    assert w.close()  # the shared close: nothing unsaved, the lock goes
    assert not locking.lock_path(good).exists()


def test_a_statement_is_recovered_like_a_programme(answer, qtbot, settings):
    statement = Statement()
    statement.subject = "Keskeneräinen lausunto"
    path = recovery.write_recovery(recovery_dir(), "untitled-s", sfile.FORMAT_NAME, "", sfile.dumps(statement))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pid"] = 999999  # left by a process that crashed
    path.write_text(json.dumps(data), encoding="utf-8")
    answer(Button.Yes)
    w = StatementWindow(settings)
    qtbot.addWidget(w)
    try:
        assert w.recover()
        assert w.doc.statement.subject == "Keskeneräinen lausunto"
        assert w.session.is_modified and w.session.path is None
        # the copy lives on in this session's recovery file; the crashed one's is gone
        assert not path.exists() and w.session.recovery_file().exists()
    finally:
        w.session.undo_stack.setClean()
        w.close()
    assert not w.session.recovery_file().exists()
