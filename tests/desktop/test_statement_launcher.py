"""File > Lausunto in the programme editor opens the statement editor on the open programme."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from planner.statements.model import SourceKind


def test_statement_on_this_programme_saves_it_first_and_refers_to_it(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "ohjelma"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.statements.menu.title().replace("&", "") == "Lausunto"
    assert window.statements.menu.menuAction() in window.file_menu.actions()
    window.statements.act_on_this.trigger()
    saved = tmp_path / "ohjelma.tyohjelma"
    assert saved.exists() and not window.isWindowModified()
    sw = window.statements.windows[-1]
    qtbot.waitExposed(sw)
    st = sw.doc.statement
    assert st.source.kind is SourceKind.PROGRAMME and st.source.programme_path == str(saved.resolve())
    assert sw.programme is not None and sum(1 for _ in sw.programme.indicators()) == 37
    sw.session.undo_stack.setClean()
    sw.close()


def test_statement_examples_open_from_the_menu(window, qtbot):
    window.statements.act_example_mikkeli.trigger()
    sw = window.statements.windows[-1]
    assert sw.doc.statement.case_number == "VN/37864/2025"
    sw.session.undo_stack.setClean()
    sw.close()


def test_unsaved_statement_is_offered_back_after_a_crash(window, qtbot, monkeypatch, answer):
    import json

    from PySide6.QtWidgets import QMessageBox

    from desktop.paths import recovery_dir
    from planner.statements import fileformat as sfile
    from planner.statements.examples import load_statement_example
    from planner.storage import recovery

    statement = load_statement_example("mikkeli")
    statement.subject = "Kesken jäänyt lausunto"
    path = recovery.write_recovery(recovery_dir(), "kaatunut", sfile.FORMAT_NAME, "", sfile.dumps(statement))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pid"] = 999999  # written by a process that no longer runs
    path.write_text(json.dumps(data), encoding="utf-8")
    answer(QMessageBox.StandardButton.Yes)
    sw = window.statements.recover_after_crash()
    assert sw is not None and sw.doc.statement.subject == "Kesken jäänyt lausunto"
    assert answer.asked and "Palautetaanko" in answer.asked[-1][0]
    sw.session.undo_stack.setClean()
    sw.close()
