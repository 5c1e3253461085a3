"""The whole-plan pages driven as a coordinator would: sections, impact chain, catalogue columns, Lahti example."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.programme.models import indicator_table as m
from desktop.programme.navigation import Kind
from planner.model import ChainStage, Frequency, SectionPlacement
from tests.desktop.helpers import type_text


def open_lahti(window):
    window.act_open_lahti.trigger()
    assert window.doc.programme.title == "Lahden seudun työllisyyden kuntakokeilu"


def test_file_menu_opens_the_lahti_example_as_an_untitled_copy(window):
    assert window.act_open_lahti in window.file_menu.actions()
    open_lahti(window)
    assert window.session.path is None
    assert len(window.doc.programme.sections) == 12
    window.tree.select_object(window.doc.programme, Kind.IMPACT_CHAINS)
    assert window.pages.currentWidget() is window.chain_page
    assert window.chain_page.links.count() == 7
    assert window.chain_page.diagram.heightForWidth(1000) > 300
    assert "Tuotokset: (ei kuvattu)" in window.chain_page.diagram.accessibleDescription()
    assert window.chain_page.unplaced.text() == "Jokainen mittari on sijoitettu ketjuun."


def test_sections_add_type_move_place_and_undo(window, qtbot):
    p = window.doc.programme
    window.tree.select_object(p, Kind.SECTIONS)
    page = window.sections_page
    assert window.pages.currentWidget() is page
    stack = window.session.undo_stack
    first = page.add_section()
    second = page.add_section()
    assert p.sections == [first, second]
    page.heading_edit.selectAll()
    type_text(page.heading_edit, "Tausta")
    assert second.heading == "Tausta"
    page.text_edit.setPlainText("Kappale.\n\n- kohta")
    assert second.body == "Kappale.\n\n- kohta"
    page.move_section(-1)
    assert p.sections == [second, first]
    # To after the themes: one undo step, and it goes last there.
    page.select_section(second)
    page.placement_combo.setCurrentIndex(page.placement_combo.findData("after"))
    page.placement_combo.activated.emit(page.placement_combo.currentIndex())
    assert second.placement is SectionPlacement.AFTER and p.sections == [second, first]
    labels = [page.list.item(i).text() for i in range(page.list.count())]
    assert labels[0] == "ENNEN TEEMOJA" and labels[-2:] == ["TEEMOJEN JÄLKEEN", "Tausta"]
    page.level_combo.activated.emit(page.level_combo.findData(2))
    assert second.level == 2
    stack.undo()
    assert second.level == 1
    stack.undo()
    assert second.placement is SectionPlacement.BEFORE and p.sections == [second, first]
    stack.undo()
    assert p.sections == [first, second]
    # With a section already after the themes, the moved one goes last there.
    first.placement = SectionPlacement.AFTER
    page.refresh()
    page.select_section(second)
    page.placement_combo.activated.emit(page.placement_combo.findData("after"))
    assert p.sections == [first, second] and second.placement is SectionPlacement.AFTER
    stack.undo()
    first.placement = SectionPlacement.BEFORE
    while stack.canUndo() and p.sections:
        stack.undo()
    assert p.sections == []


def test_chain_link_added_pointed_at_an_indicator_and_undone(window):
    p = window.doc.programme
    window.tree.select_object(p, Kind.IMPACT_CHAINS)
    page = window.chain_page
    stack = window.session.undo_stack
    chain = page.add_chain()
    assert p.impact_chains == [chain]
    link = page.add_link()
    page.stage_combo.activated.emit(page.stage_combo.findData("outcomes"))
    assert link.stage is ChainStage.OUTCOMES
    type_text(page.link_title_edit, "Tulokset")
    assert link.title == "Tulokset"
    first = page.ind_check.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    ind = next(i for _t, _f, i in p.indicators())
    assert link.indicator_ids == [ind.id]
    assert page.diagram.describe().count("Tulokset") >= 1
    assert "Ketjuun sijoittamatta 36 mittaria" in page.unplaced.text()
    stack.undo()
    assert link.indicator_ids == []
    assert "Ketjuun sijoittamatta 37 mittaria" in page.unplaced.text()
    while stack.canUndo() and p.impact_chains:
        stack.undo()
    assert p.impact_chains == []


def test_catalogue_columns_in_the_indicator_table(window):
    p = window.doc.programme
    theme, fa = next(p.focus_areas())
    window.tree.select_object(fa)
    model = window.focus_area_page.table.model
    assert model.headerData(m.FREQUENCY, Qt.Orientation.Horizontal) == "Päivitystiheys"
    assert model.headerData(m.NEXT_UPDATE, Qt.Orientation.Horizontal) == "Seuraava päivitys"
    ind = fa.indicators[0]
    assert model.index(0, m.FREQUENCY).data() == "vuosittain"  # seed 004: "0 tapahtumaa (2025)"
    assert model.setData(model.index(0, m.FREQUENCY), "quarterly")
    assert ind.frequency is Frequency.QUARTERLY
    assert model.setData(model.index(0, m.NEXT_UPDATE), "30.6.2026")
    assert ind.next_update == "2026-06-30" and model.index(0, m.NEXT_UPDATE).data() == "30.6.2026"
    assert not model.setData(model.index(0, m.NEXT_UPDATE), "kesäkuussa")
    assert ind.next_update == "2026-06-30"
    assert "30.6.2026" in m.date_problem("kesäkuussa")
    stack = window.session.undo_stack
    stack.undo()
    assert ind.next_update == ""
    stack.undo()
    assert ind.frequency is Frequency.YEARLY


def test_bad_date_typed_in_the_table_is_refused_and_explained(window, qtbot):
    p = window.doc.programme
    _theme, fa = next(p.focus_areas())
    window.tree.select_object(fa)
    table = window.focus_area_page.table
    index = table.model.index(0, m.NEXT_UPDATE)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = QApplication.focusWidget()
    editor.setText("31.2.2026")
    table.view.commitData(editor)
    assert fa.indicators[0].next_update == ""
    assert "31.2.2026" in table.model.last_problem
    assert not table.problem_label.isHidden() and "30.6.2026" in table.problem_label.text()


def test_export_dialog_offers_the_indicator_catalogue(qtbot, tmp_path):
    from desktop.programme.export_dialog import ExportDialog
    from planner.example import load_example

    d = ExportDialog(load_example("lahti"))
    qtbot.addWidget(d)
    d.ask_open = lambda path: False
    d.set_format("xlsx")
    assert not d.programme_button.isEnabled() and d.catalogue_button.isEnabled()
    d.catalogue_button.setChecked(True)
    assert d.selected_report() == "catalogue" and d.default_name().startswith("Mittaristo")
    d.path_edit.setText(str(tmp_path / "mittaristo"))
    with qtbot.waitSignal(d.exported, timeout=30000) as blocker:
        d.export_button.click()
    import openpyxl

    ws = openpyxl.load_workbook(blocker.args[0]).active
    assert ws.cell(row=1, column=4).value == "Tietolähde" and ws.max_row == 28
