"""The import wizard and the comparison view, driven like a user would."""

from __future__ import annotations

import copy
from datetime import date

from openpyxl import Workbook
from PySide6.QtWidgets import QWizard

from desktop.programme.actuals.comparison import ComparisonView
from desktop.programme.actuals.wizard import ImportWizard
from planner.followup.actuals import apply_import
from planner.followup.progress import ProgressStatus
from tests.planner.test_actuals_compare import small_programme


def _file(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Toteumat 2026"])
    ws.append(["Mittari", "Kuukausi", "Toteuma"])
    ws.append(["Palkkatukijaksot", "1/2026", 15])
    ws.append(["Palkkatukijaksot", "2/2026", 16])
    ws.append(["Laajan tyottomyyden maaraa", "2/2026", 4250])  # fuzzy: to be confirmed
    ws.append(["Jonotus kotoutumiskoulutukseen", "2/2026", 2])  # unmatched: assign by hand
    path = tmp_path / "toteumat.xlsx"
    wb.save(path)
    return path


def test_wizard_preview_confirm_assign_import(qtbot, tmp_path):
    prog = small_programme()
    before = copy.deepcopy(prog)
    wiz = ImportWizard(prog)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.set_path(str(_file(tmp_path)))
    wiz.next()
    page = wiz.preview_page
    qtbot.waitUntil(lambda: wiz.plan is not None, timeout=10000)
    assert page.table.item(2, 0).text() == "Mittari"  # header row shown (row 2 of the sheet) and bold
    assert page.table.item(2, 0).font().bold()
    assert page.role_combos[2].currentData() == "value"
    assert "pitkä" in page.layout_label.text()
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(next_button.isEnabled, timeout=5000)
    next_button.click()
    mp = wiz.match_page
    fuzzy_key = "Laajan tyottomyyden maaraa"
    unmatched_key = "Jonotus kotoutumiskoulutukseen"
    assert mp.combos[fuzzy_key].currentData() == "P2"
    if not wiz.plan.matches[fuzzy_key].accepted:
        mp.checks[fuzzy_key].setChecked(True)  # confirm the fuzzy match
    assert wiz.plan.matches[fuzzy_key].accepted
    combo = mp.combos[unmatched_key]
    assert combo.currentData() == "" or not wiz.plan.matches[unmatched_key].accepted
    combo.setCurrentIndex(combo.findData("P5"))
    combo.activated.emit(combo.currentIndex())
    assert wiz.plan.matches[unmatched_key].indicator_id == "P5"
    assert mp.checks[unmatched_key].isChecked()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.summary_page.built is not None, timeout=10000)
    assert "Tuodaan 4 arvoa 3 mittarille (4 riviä)" in wiz.summary_page.text.toPlainText()
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.result() == QWizard.DialogCode.Accepted
    assert prog == before  # the wizard did not change the programme
    imp = wiz.result_import
    assert {(v.indicator_id, v.period, v.value) for v in imp.values} == {
        ("P1", "2026-01", 15), ("P1", "2026-02", 16), ("P2", "2026-02", 4250), ("P5", "2026-02", 2)}
    key = next(iter(wiz.result_mappings))
    assert wiz.result_mappings[key][unmatched_key] == "P5"
    # the next import from the same source remembers the choice
    apply_import(prog, imp, wiz.result_mappings)
    from planner.followup.actuals import prepare_import

    plan2 = prepare_import(prog, tmp_path / "toteumat.xlsx")
    assert plan2.matches[unmatched_key].how.value == "remembered" and plan2.matches[unmatched_key].accepted


def test_wizard_shows_error_for_bad_file_and_cancel_changes_nothing(qtbot, tmp_path):
    bad = tmp_path / "kuva.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    prog = small_programme()
    wiz = ImportWizard(prog)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.set_path(str(bad))
    wiz.next()
    qtbot.waitUntil(lambda: "PNG" in wiz.preview_page.error_label.text(), timeout=10000)
    assert not wiz.preview_page.isComplete()
    wiz.reject()
    assert wiz.result_import is None and prog.actual_imports == []


def test_comparison_view_shows_status_as_colour_symbol_and_text(qtbot):
    from planner.model import ActualsImport, ActualValue

    prog = small_programme()
    apply_import(prog, ActualsImport(source_file="x.xlsx", sheet="S", imported_at="2026-07-01T10:00:00", values=[
        ActualValue("P1", f"2026-0{m}", 15) for m in range(1, 7)] + [ActualValue("P5", "2026-06", 2.5)]))
    view = ComparisonView(prog, as_of=date(2026, 7, 15))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    assert len(view.rows) == 6
    p1 = view.rows[0]
    assert p1.result.status is ProgressStatus.ON_TRACK
    assert p1.badge.text() == "▲ Etenee" and "#1565c0" in p1.badge.styleSheet()
    assert p1.bar.value() == 50
    assert "Ei tietoa" in view.rows[1].badge.text()
    assert "Tilanne:" in view.summary.text() and "Saavutettu 1" in view.summary.text()
    assert view.history.count() == 1 and "x.xlsx" in view.history.item(0).text()
    img = view.rows[0].chart.grab()
    assert not img.isNull()
    prog.actual_imports = []
    view.refresh()
    assert all(r.result.status is ProgressStatus.NO_DATA for r in view.rows)
    with qtbot.waitSignal(view.removeImportRequested, timeout=100, raising=False) as blocker:
        view.remove_button.click()
    assert not blocker.signal_triggered


def _open_to_preview(qtbot, wiz, path):
    wiz.show()
    wiz.set_path(str(path))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.plan is not None, timeout=10000)
    qtbot.waitUntil(wiz.button(QWizard.WizardButton.NextButton).isEnabled, timeout=5000)


def test_wizard_asks_for_the_category_and_summary_counts_agree_with_match_page(qtbot, tmp_path):
    from planner.example import load_example
    from tests.planner import actuals_shapes as S

    path = tmp_path / "sotkanet.csv"
    S.sotkanet_by_municipality_and_sex(path, with_total=False)
    prog = load_example()
    wiz = ImportWizard(prog)
    qtbot.addWidget(wiz)
    _open_to_preview(qtbot, wiz, path)
    wiz.next()
    assert wiz.currentPage() is wiz.dimension_page
    assert not wiz.dimension_page.isComplete()  # Miehet / Naiset: nothing is collapsed silently
    combo = next(iter(wiz.dimension_page.combos.values()))
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["Miehet", "Naiset"]
    combo.setCurrentIndex(combo.findData("Naiset"))
    combo.activated.emit(combo.currentIndex())
    assert wiz.dimension_page.isComplete()
    wiz.next()
    mp = wiz.match_page
    rows_on_match_page = sum(int(mp.table.item(r, mp.COL_ROWS).text()) for r in range(mp.table.rowCount())
                             if wiz.plan.matches[mp.keys[r]].accepted)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.summary_page.built is not None, timeout=10000)
    text = wiz.summary_page.text.toPlainText()
    assert f"({rows_on_match_page} riviä)" in text
    assert "Sukupuoli" in text and "Koko maa" in text  # the core's warnings are all shown
    assert "Pitkäaikaistyöttömien" in text and "alueen oma luku" in text  # coverage
    wiz.button(QWizard.WizardButton.FinishButton).click()
    values = {(v.indicator_id, v.period, v.municipality): v.value for v in wiz.result_import.values}
    assert values[("M33", "2026", "")] == 590


def test_wizard_conflict_must_be_chosen_before_import(qtbot, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Mittari", "Kuukausi", "Toteuma"])
    ws.append(["Palkkatukijaksot", "4/2026", 10])
    ws.append(["Palkkatukijaksot", "4/2026", 15])
    path = tmp_path / "c.xlsx"
    wb.save(path)
    wiz = ImportWizard(small_programme())
    qtbot.addWidget(wiz)
    _open_to_preview(qtbot, wiz, path)
    wiz.next()
    assert wiz.currentPage() is wiz.match_page  # no area or category columns: that page is skipped
    wiz.next()
    page = wiz.summary_page
    qtbot.waitUntil(lambda: page.built is not None, timeout=10000)
    assert page.built.blocking and not page.isComplete()
    assert "1 ristiriitaa" in page.conflict_label.text()
    combo = page.conflict_table.cellWidget(0, 3)
    assert "C3 (15)" in combo.itemText(2)
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    qtbot.waitUntil(lambda: page.built is not None and page.isComplete(), timeout=10000)
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert [(v.period, v.value) for v in wiz.result_import.values] == [("2026-04", 15)]


def test_wizard_asks_which_area_value_is_the_programmes_area(qtbot, tmp_path):
    from planner.example import load_example
    from tests.planner import actuals_shapes as S

    path = tmp_path / "alue.csv"
    path.write_text("Indikaattori;Alue;Vuosi;Arvo\n" + f"{S.LONG_UNEMPLOYED};Keski-Suomi;2026;9000\n"
                    + f"{S.LONG_UNEMPLOYED};Koko maa;2026;100000\n", encoding="utf-8")
    wiz = ImportWizard(load_example())
    qtbot.addWidget(wiz)
    _open_to_preview(qtbot, wiz, path)
    wiz.next()
    page = wiz.dimension_page
    assert wiz.currentPage() is page and not page.isComplete()
    combo = next(iter(page.combos.values()))
    combo.setCurrentIndex(combo.findData("Keski-Suomi"))
    combo.activated.emit(combo.currentIndex())
    assert page.isComplete()
    wiz.next()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.summary_page.built is not None, timeout=10000)
    assert "Keski-Suomi" in wiz.summary_page.text.toPlainText()  # "used as the programme's area (chosen)"
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert [(v.indicator_id, v.value, v.municipality) for v in wiz.result_import.values] == [("M33", 9000, "")]


def test_wizard_role_and_header_row_changes_go_through_the_core(qtbot, tmp_path):
    """A changed role and a re-chosen header row are read by planner.followup.actuals.header_choice."""
    wiz = ImportWizard(small_programme())
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.set_path(str(_file(tmp_path)))
    wiz.next()
    page = wiz.preview_page
    qtbot.waitUntil(lambda: wiz.plan is not None, timeout=10000)
    assert wiz.plan.layout.kind.value == "long"
    first = wiz.plan
    combo = page.role_combos[1]  # "Kuukausi": the period column
    combo.setCurrentIndex(combo.findData("ignore"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: wiz.plan is not first, timeout=10000)
    assert wiz.plan.layout.roles[1].value == "ignore" and wiz.plan.layout.kind.value == "single"
    second = wiz.plan
    page.header_combo.setCurrentIndex(1)  # row 2 again: its roles as detection reads them
    page.header_combo.activated.emit(1)
    qtbot.waitUntil(lambda: wiz.plan is not second, timeout=10000)
    assert wiz.plan.layout.header_row == 1
    assert [r.value for r in wiz.plan.layout.roles[:3]] == ["indicator", "period", "value"]
    assert wiz.plan.layout.kind.value == "long"
