"""Seuranta menu: municipality cards, outlook, costs and effects, scenarios (undoable)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6.QtWidgets")

from desktop.programme.economics_dialog import EconomicsDialog, SetEconomicsCommand  # noqa: E402
from desktop.programme.follow_up_report_dialog import FollowUpReportDialog  # noqa: E402
from planner.cli.actuals import run_compare  # noqa: E402
from planner.example import load_example  # noqa: E402
from tests.planner.economics_samples import write_subsidy  # noqa: E402
from tests.planner.municipality_samples import write_filled_template  # noqa: E402


@pytest.fixture
def with_municipalities(tmp_path):
    p = load_example()
    run_compare(p, write_filled_template(p, tmp_path / "f.xlsx"), None, date(2026, 6, 30))
    return p


def test_menu_has_the_new_entries(window):
    texts = [a.text() for a in window.follow_up_menu.actions() if not a.isSeparator()]
    for want in ("Toteumapohja ku&nnittain…", "&Kuntakortit…", "&Ennuste ja skenaariot…",
                 "Kustannukset ja v&aikutukset…"):
        assert want in texts


def test_cards_dialog_offers_each_municipality_and_exports_one(qtbot, tmp_path, with_municipalities):
    d = FollowUpReportDialog(with_municipalities, "municipality-cards")
    qtbot.addWidget(d)
    d.ask_open = lambda path: False
    assert [d.municipality_box.itemText(i) for i in range(d.municipality_box.count())][1:] == \
        with_municipalities.municipalities
    d.municipality_box.setCurrentIndex(2)  # Jämsä
    assert d.default_name().startswith("Jämsä – Kuntakortit")
    d.path_edit.setText(str(tmp_path / "jamsa"))
    with qtbot.waitSignal(d.exported, timeout=60000) as blocker:
        d.export_button.click()
    from pypdf import PdfReader

    assert [o.title for o in PdfReader(blocker.args[0]).outline] == ["Jämsä"]


def test_report_refused_with_a_reason_without_data(qtbot):
    d = FollowUpReportDialog(load_example(), "costs")
    qtbot.addWidget(d)
    d.path_edit.setText("/tmp/x.pdf")
    assert not d.export_button.isEnabled()
    assert "kustannuksia" in d.report_note.text()


@pytest.mark.parametrize("lang, report, expected", [
    ("sv", "costs", "Programmet har inga kostnader"),
    ("en", "outlook", "The programme has no actuals"),
    ("en", "municipality-cards", "The programme has no actuals"),
])
def test_refusal_reason_is_worded_in_the_ui_language_from_its_code(qtbot, lang, report, expected):
    """The dialog words the core's code (no Finnish sentence matched by its first words)."""
    from tests.desktop.helpers import switch_language

    try:
        switch_language(lang)
        d = FollowUpReportDialog(load_example(), report)
        qtbot.addWidget(d)
        assert expected in d.report_note.text() and "Ohjelmassa" not in d.report_note.text()
        d.show()
        assert not any(b.isVisible() for b in (d.programme_button, d.followup_button, d.catalogue_button))
    finally:
        switch_language("fi")


def test_unknown_municipality_is_refused_with_the_programme_s_municipalities(with_municipalities):
    from planner import wording_fi
    from planner.reports.followup_extra import extra_unavailable, extra_unavailable_reason

    why = extra_unavailable(with_municipalities, "municipality-cards", "Tampere")
    assert why is not None and why.code == "report_unknown_municipality" and "Jämsä" in why.param("names")
    assert extra_unavailable_reason(with_municipalities, "municipality-cards", "Tampere") == wording_fi.word(why)
    assert wording_fi.word(why).startswith("Kuntaa \u201dTampere\u201d ei ole ohjelmassa")
    assert extra_unavailable(with_municipalities, "municipality-cards", "Jämsä") is None


def test_economics_dialog_edits_are_one_undoable_command(window, qtbot, tmp_path):
    p = window.doc.programme
    dlg = EconomicsDialog(p, window)
    qtbot.addWidget(dlg)
    dlg._add_cost_row(__import__("planner.economics_model", fromlist=["CostItem"]).CostItem())
    dlg.costs_table.item(0, 0).setText("Nuoret töihin")
    dlg.costs_table.item(0, 1).setText("90 000")
    dlg.costs_table.item(0, 2).setText("45 000,50")
    combo = dlg.costs_table.cellWidget(0, 3)
    combo.setCurrentIndex(combo.findData("M37"))
    dlg.shares_table.item(1, 1).setText("38 %")
    assert dlg.import_subsidy(str(write_subsidy(tmp_path / "s.xlsx")))
    dlg.accept()
    assert dlg.changed()
    window.stack.push(SetEconomicsCommand(window.doc, dlg.result_economics()))
    e = p.economics
    assert (e.costs[0].budget, e.costs[0].spent, e.costs[0].employed_indicator_id) == (90000, 45000.5, "M37")
    assert e.municipality_shares == {"Jämsä": 0.38} and len(e.subsidy) == 12
    window.stack.undo()
    assert window.doc.programme.economics.is_empty()
    window.stack.redo()
    assert window.doc.programme.economics.costs[0].name == "Nuoret töihin"


def test_a_bad_number_keeps_the_dialog_open_and_says_where(qtbot):
    dlg = EconomicsDialog(load_example())
    qtbot.addWidget(dlg)
    dlg._add_scenario_row(__import__("planner.economics_model", fromlist=["Scenario"]).Scenario(name="x"))
    dlg.scen_table.item(0, 2).setText("paljon")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    assert "Skenaariot, rivi 1, sarake Muutos / kk" in dlg.error_label.text()


def test_scenario_preview_shows_the_outlook_and_the_subsidy_effect(qtbot, with_municipalities, tmp_path):
    from planner.economics_model import Scenario

    dlg = EconomicsDialog(with_municipalities)
    qtbot.addWidget(dlg)
    dlg.import_subsidy(str(write_subsidy(tmp_path / "s.xlsx")))
    dlg._add_scenario_row(Scenario(name="+2", indicator_id="M37", extra_per_month=2, days_avoided_per_person=120))
    text = dlg.preview.text()
    assert text.startswith("M37: vuoden lopussa ennuste") and "18\u00a0796\u00a0€" in text
    assert "henkilöt 2/kk × 6 kk = 12; vältetyt päivät 120 pv/hlö" in text


def test_scenario_preview_and_outlook_method_in_english(qtbot, with_municipalities, tmp_path):
    """The figure's inputs and the outlook's method are codes (issue 13): the GUI words them in the UI language."""
    from desktop.programme.actuals.comparison_outlook import outlook_label
    from planner.economics_model import Scenario
    from tests.desktop.helpers import switch_language

    results = run_compare(with_municipalities, write_filled_template(with_municipalities, tmp_path / "g.xlsx"),
                          None, date(2026, 6, 30))[2]
    try:
        switch_language("en")
        dlg = EconomicsDialog(with_municipalities)
        qtbot.addWidget(dlg)
        dlg.import_subsidy(str(write_subsidy(tmp_path / "s.xlsx")))
        dlg._add_scenario_row(Scenario(name="+2", indicator_id="M37", extra_per_month=2, days_avoided_per_person=120))
        text = dlg.preview.text()
        assert "persons 2/month × 6 months = 12; days avoided 120 days/person" in text
        assert "municipal share weighted by days 35,1 % (latest figures)" in text and "pv" not in text
        m37 = next(r for r in results if r.indicator.id == "M37")
        label = outlook_label(with_municipalities, m37)
        assert label is not None and label.toolTip().startswith("linear trend of the months so far; the year's sum; a =")
    finally:
        switch_language("fi")


def test_menu_entries_follow_the_language(window, qtbot):
    acts = window.follow_up.reports
    try:
        window.apply_settings("en", 5)
        qtbot.waitUntil(lambda: acts.act_cards.text() == "Municipality car&ds…")
        assert acts.act_costs.text() == "Costs and &effects…"
        window.apply_settings("sv", 5)
        qtbot.waitUntil(lambda: acts.act_outlook.text() == "Pro&gnos och scenarier…")
    finally:
        window.apply_settings("fi", 1)
        qtbot.waitUntil(lambda: acts.act_cards.text() == "&Kuntakortit…")


def test_a_bad_economics_file_is_told_in_the_ui_language(qtbot, tmp_path):
    """The economics files' errors are codes (issue 13): the dialog words them, hint included, in English."""
    from openpyxl import Workbook

    from tests.desktop.helpers import switch_language

    wb = Workbook()
    ws = wb.active
    ws.title = "Luvut"
    ws.append(["Kausi", "Porras", "Päivät"])
    ws.append(["6/2026", "50–99", 10])
    wb.save(tmp_path / "bad.xlsx")
    dlg = EconomicsDialog(load_example())
    qtbot.addWidget(dlg)
    switch_language("en")
    try:
        assert not dlg.import_subsidy(str(tmp_path / "bad.xlsx"))
        text = dlg.error_label.text()
    finally:
        switch_language("fi")
    assert "file bad.xlsx" in text and "row 2" in text and "the band ”50–99” was not recognised." in text
    assert "Use the bands: " in text and "porrasta" not in text
    assert not dlg.import_subsidy(str(tmp_path / "bad.xlsx"))
    assert "porrasta ”50–99” ei tunnistettu. Käytä porrastuksia: " in dlg.error_label.text()
