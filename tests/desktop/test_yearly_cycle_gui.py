"""GUI of the yearly cycle: roll-over preview, compare view, approval lock, versions, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from planner.fileformat import load_programme, save_programme
from planner.model import ApprovalDecision, Status


def _rolled(window, qtbot, untick_first: bool = False):
    from desktop.programme.rollover_dialog import RolloverDialog

    dlg = RolloverDialog(window.doc.programme, window)
    qtbot.addWidget(dlg)
    assert dlg.year_spin.value() == 2027
    sources = {dlg.baselines.item(i, 3).text() for i in range(dlg.baselines.rowCount())}
    assert sources == {"tavoite"}  # the example has no actuals: every baseline comes from a target
    if untick_first:
        dlg.texts.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    return dlg


def test_rollover_dialog_refuses_a_year_not_after_and_applies_ticked_changes(window, qtbot) -> None:
    dlg = _rolled(window, qtbot, untick_first=True)
    dlg.year_spin.setValue(2026)
    assert "2026" in dlg.error.text() and dlg.result_programme() is None
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    dlg.year_spin.setValue(2027)
    dlg.texts.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # keep the title as it is
    new = dlg.result_programme()
    assert new.year == 2027 and new.title == "Työllisyysohjelma 2026"
    assert "2027" in new.themes_subtitle
    assert window.doc.programme.year == 2026  # the open programme is untouched


def test_rollover_from_menu_opens_new_untitled_draft_with_checks(window, qtbot, monkeypatch, answer) -> None:
    from desktop.programme import rollover_dialog

    monkeypatch.setattr(rollover_dialog.RolloverDialog, "exec", lambda self: 1)
    answer(QMessageBox.StandardButton.Discard)
    window.yearly_cycle.act_rollover.trigger()
    p = window.doc.programme
    assert p.year == 2027 and p.title == "Työllisyysohjelma 2027" and window.session.path is None
    codes = {f.code for f in window.checks.run_checks()}
    assert {"target_not_reviewed", "baseline_from_target"} <= codes
    # mark all reviewed: undoable
    window.yearly_cycle.act_mark_all_reviewed.trigger()
    assert not any(i.target_review for _t, _f, i in p.indicators())
    window.stack.undo()
    assert all(i.target_review for _t, _f, i in p.indicators())
    # the roll-over itself is the first undo step of the new (unsaved) document
    window.stack.undo()
    assert p.year == 2026 and p.title == "Työllisyysohjelma 2026" and window.stack.index() == 0
    assert window.session.path is None
    window.stack.redo()
    assert p.year == 2027


def test_compare_dialog_steps_through_changes_and_exports(window, qtbot, tmp_path) -> None:
    from desktop.programme.compare_dialog import CompareDialog
    from planner import rollover

    last_year = tmp_path / "2026.tyohjelma"
    save_programme(window.doc.programme, last_year)
    window.doc.replace(rollover.roll_over(window.doc.programme, 2027))
    dlg = CompareDialog(window.doc.programme, window)
    qtbot.addWidget(dlg)
    assert dlg.add_file_source(dlg.a_combo, str(last_year))
    dlg.compare()
    n = dlg.list.count()
    assert n > 3 and dlg.position.text() == f"Muutos 1 / {n}"
    assert not dlg.prev_button.isEnabled()
    assert "2026" in dlg.a_view.toPlainText() and "2027" in dlg.b_view.toPlainText()
    dlg.next_button.click()
    assert dlg.list.currentRow() == 1 and dlg.prev_button.isEnabled()
    dlg.prev_button.click()
    assert dlg.list.currentRow() == 0
    for fmt in ("pdf", "docx"):
        assert dlg.export_to(str(tmp_path / "muutokset"), fmt)
        assert (tmp_path / f"muutokset.{fmt}").stat().st_size > 1000


def test_compare_refuses_a_file_that_is_not_a_programme(window, qtbot, tmp_path, answer) -> None:
    from desktop.programme.compare_dialog import CompareDialog

    bad = tmp_path / "muu.json"
    bad.write_text("{}", encoding="utf-8")
    dlg = CompareDialog(window.doc.programme, window)
    qtbot.addWidget(dlg)
    count = dlg.a_combo.count()
    assert not dlg.add_file_source(dlg.a_combo, str(bad))
    assert dlg.a_combo.count() == count and answer.asked


def test_approval_locks_editors_reopens_locked_and_new_version_unlocks(window, qtbot, tmp_path, answer) -> None:
    from desktop.programme.approval_dialog import ApprovalDialog

    cycle = window.yearly_cycle
    dlg = ApprovalDialog(window.doc.programme, cycle.apply_status, window)
    qtbot.addWidget(dlg)
    dlg.radios[Status.APPROVED].setChecked(True)
    dlg.date_edit.setText("31.13.2026")
    dlg._ok()
    assert "31.13.2026" in dlg.error.text() and window.doc.programme.status is Status.DRAFT
    dlg.date_edit.setText("14.12.2026")
    dlg.section_edit.setText("§ 45")
    dlg._ok()
    p = window.doc.programme
    assert p.status is Status.APPROVED and p.decisions[-1] == ApprovalDecision("Kaupunginvaltuusto", "2026-12-14",
                                                                                 "§ 45")
    assert cycle.banner.isVisibleTo(window) and "§ 45" in cycle.banner.label.text()
    assert window.programme_page.title_edit.isReadOnly()
    # an edit from anywhere is refused by the stack
    count = window.stack.count()
    window.structure.new_theme("Uusi teema")
    assert window.stack.count() == count and all(t.title != "Uusi teema" for t in p.themes)
    # undo of the approval unlocks
    window.stack.undo()
    assert p.status is Status.DRAFT and not cycle.banner.isVisibleTo(window)
    assert not window.programme_page.title_edit.isReadOnly()
    window.stack.redo()
    path = tmp_path / "hyvaksytty.tyohjelma"
    save_programme(p, path)
    window.stack.setClean()
    assert window.open_file(path, ask_save=False)
    assert cycle.banner.isVisibleTo(window) and window.programme_page.title_edit.isReadOnly()
    answer(QMessageBox.StandardButton.Yes)
    cycle.banner.button.click()
    p = window.doc.programme
    assert p.status is Status.DRAFT and p.version_name == "Versio 2" and not cycle.banner.isVisibleTo(window)
    assert not window.programme_page.title_edit.isReadOnly()
    assert [v.status for v in p.versions] == [Status.APPROVED]
    assert load_programme(path).status is Status.APPROVED  # the file on disk keeps the approved version
    window.stack.undo()
    assert window.doc.programme.status is Status.APPROVED


def test_versions_dialog_saves_a_version_undoably(window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop.programme.versions_dialog import VersionsDialog

    cycle = window.yearly_cycle
    names = iter([("Hallitukselle", True), ("", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(names)))
    compared = []
    dlg = VersionsDialog(window.doc.programme, cycle._save_version, lambda a, b: compared.append((a, b)),
                         lambda name: None, window)
    qtbot.addWidget(dlg)
    dlg.save_button.click()
    assert [v.name for v in window.doc.programme.versions] == ["Hallitukselle"]
    assert dlg.table.rowCount() == 2
    # Select through the selection model: selectRow() follows the keyboard modifiers Qt believes are
    # held, and an earlier test's Shift+F6 can leave one behind (the row was then added, not selected).
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    dlg.table.selectionModel().select(dlg.table.model().index(1, 0), flags)
    dlg.compare_button.click()
    assert compared == [("Hallitukselle", None)]
    window.stack.undo()
    assert window.doc.programme.versions == []


def test_locked_fields_stay_read_only_after_switching_pages(window, qtbot) -> None:
    from planner import versions

    versions.set_status(window.doc.programme, Status.APPROVED, ApprovalDecision("KV", "2026-12-14", "§ 1"))
    window.doc.replace(window.doc.programme)
    theme = window.doc.programme.themes[0]
    window.tree.select_object(theme.focus_areas[0])
    qtbot.waitUntil(lambda: window.focus_area_page.title_edit.isReadOnly())
    edits = window.focus_area_page.findChildren(QLineEdit)
    assert edits and all(e.isReadOnly() for e in edits)


def test_rollover_of_an_approved_programme_gives_an_unlocked_draft(window, qtbot, monkeypatch, answer) -> None:
    from desktop.programme import rollover_dialog
    from planner import versions

    versions.set_status(window.doc.programme, Status.APPROVED, ApprovalDecision("KV", "2025-12-16", "§ 45"))
    window.doc.replace(window.doc.programme)
    assert window.yearly_cycle.banner.isVisibleTo(window)
    monkeypatch.setattr(rollover_dialog.RolloverDialog, "exec", lambda self: 1)
    answer(QMessageBox.StandardButton.Discard)
    window.yearly_cycle.act_rollover.trigger()
    p = window.doc.programme
    assert p.year == 2027 and p.status is Status.DRAFT and p.decisions == [] and p.versions == []
    assert not window.yearly_cycle.banner.isVisibleTo(window)
    assert not window.programme_page.title_edit.isReadOnly()
