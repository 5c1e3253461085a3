"""Table and list models: the Qt model contract (qtmodeltester) and what they show."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.document import ProgrammeDocument
from desktop.programme.models import indicator_table as m
from desktop.programme.models.checks_model import ChecksModel
from desktop.programme.models.decisions import DecisionsModel, finnish_to_iso, iso_to_finnish
from desktop.programme.models.text_list import TextListModel
from planner.checks import check_programme
from planner.example import load_example
from planner.model import ApprovalDecision, Direction, FocusArea, Indicator, IndicatorReference, Programme, Theme


def doc_with_table() -> tuple[ProgrammeDocument, QUndoStack, FocusArea]:
    ind = Indicator(name="Työttömät", level="KV", baseline="1 468 henkilöä (joulukuu 2025)", target="1 300 henkilöä")
    text_ind = Indicator(name="Tilasto", baseline="melko hyvä taso", target="1000 kontaktia",
                         direction=Direction.INCREASE)
    other = FocusArea(title="Muu", rows=[Indicator(name="Palkkatuki", target="10")])
    fa = FocusArea(title="Tavoite", rows=[ind, text_ind, IndicatorReference(indicator_id=other.rows[0].id)])
    p = Programme(themes=[Theme(title="T", focus_areas=[fa, other])])
    return ProgrammeDocument(p), QUndoStack(), fa


def test_indicator_model_contract(qtmodeltester, qapp):
    doc, stack, fa = doc_with_table()
    model = m.IndicatorTableModel(doc, stack, fa)
    qtmodeltester.check(model)


def test_indicator_model_with_whole_example(qtmodeltester, qapp):
    doc = ProgrammeDocument(load_example())
    total = 0
    for _theme, fa in doc.programme.focus_areas():
        model = m.IndicatorTableModel(doc, QUndoStack(), fa)
        qtmodeltester.check(model, force_py=True)
        total += sum(1 for r in range(model.rowCount()) if isinstance(model.row_object(r), Indicator))
    assert total == 37


def test_indicator_model_shows_reading_and_warning(qapp):
    doc, stack, fa = doc_with_table()
    model = m.IndicatorTableModel(doc, stack, fa)
    reading = model.index(0, m.BASELINE_READING).data()
    assert reading == "1\u00a0468 henkilöä, joulukuu 2025"
    assert model.index(0, m.BASELINE_READING).data(Qt.ItemDataRole.DecorationRole) is None
    warn = model.index(1, m.BASELINE_READING)
    assert warn.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "ei löydy lukua" in warn.data(Qt.ItemDataRole.ToolTipRole)
    # "Ei luotettavaa tilastoa" says there is no baseline yet: information, no warning mark.
    fa.rows[1].baseline = "Ei luotettavaa tilastoa"
    assert model.index(1, m.BASELINE_READING).data(Qt.ItemDataRole.DecorationRole) is None
    fa.rows[1].baseline = "melko hyvä taso"
    assert model.index(0, m.DIRECTION).data() == "automaattinen (laskeva)"
    ref = model.index(2, m.NAME)
    assert ref.data().startswith("(Palkkatuki -mittari") and ref.data(Qt.ItemDataRole.FontRole).italic()
    # A cross-reference row's text (and level) can be edited; its other cells cannot.
    assert model.flags(ref) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(2, m.BASELINE)) & Qt.ItemFlag.ItemIsEditable


def test_indicator_model_edits_through_undo_stack(qapp):
    doc, stack, fa = doc_with_table()
    model = m.IndicatorTableModel(doc, stack, fa)
    assert model.setData(model.index(0, m.TARGET), "enintään 1 200 henkilöä")
    assert fa.rows[0].target == "enintään 1 200 henkilöä" and stack.count() == 1
    assert model.index(0, m.TARGET_READING).data() == "enintään 1\u00a0200 henkilöä"
    assert model.setData(model.index(0, m.DIRECTION), Direction.MAINTAIN.value)
    assert fa.rows[0].direction is Direction.MAINTAIN
    assert model.setData(model.index(0, m.DIRECTION), "")
    assert fa.rows[0].direction is None
    assert not model.setData(model.index(0, m.AGGREGATION), "nonsense")
    stack.undo()
    stack.undo()
    stack.undo()
    assert fa.rows[0].target == "1 300 henkilöä" and fa.rows[0].direction is None


def test_text_list_model(qtmodeltester, qapp):
    fa = FocusArea(act=["Yksi", "Kaksi", ""])
    doc = ProgrammeDocument(Programme(themes=[Theme(focus_areas=[fa])]))
    stack = QUndoStack()
    model = TextListModel(doc, stack, fa, lambda: fa.act)
    qtmodeltester.check(model)
    assert model.index(2).data() == "(tyhjä)" and model.index(2).data(Qt.ItemDataRole.EditRole) == ""
    assert model.setData(model.index(0), "Ensimmäinen")
    assert fa.act[0] == "Ensimmäinen"
    stack.undo()
    assert fa.act[0] == "Yksi"


def test_checks_model(qtmodeltester, qapp):
    doc, _stack, _fa = doc_with_table()
    model = ChecksModel()
    model.set_findings(check_programme(doc.programme), doc.programme)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_decisions_model_dates_the_finnish_way(qtmodeltester, qapp):
    p = Programme(decisions=[ApprovalDecision("Kaupunginvaltuusto", "2025-12-16", "§ 45")])
    doc, stack = ProgrammeDocument(p), QUndoStack()
    model = DecisionsModel(doc, stack)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "16.12.2025"
    assert model.setData(model.index(0, 1), "1.2.2026") and p.decisions[0].date == "2026-02-01"
    assert not model.setData(model.index(0, 1), "31.2.2026")
    assert finnish_to_iso("") == "" and iso_to_finnish("huhtikuu") == "huhtikuu"


def test_table_warns_exactly_where_the_checks_find_a_value_problem(qapp):
    """The reading columns and the checks panel share one rule (planner.checks.value_problem)."""
    cases = [
        Indicator(name="luku", baseline="120 henkilöä", target="150", direction=Direction.INCREASE),
        Indicator(name="sanoja", baseline="paljon", target="enemmän", direction=Direction.INCREASE),
        Indicator(name="tyhjä tavoite", baseline="5", target="", direction=Direction.DECREASE),
        Indicator(name="ei seurantaa", baseline="Ei seurantaa", target="10", direction=Direction.INCREASE),
        Indicator(name="virstanpylväs", baseline="", target="Malli käytössä", direction=Direction.MILESTONE),
        Indicator(name="seuranta", baseline="", target="", source="Tilastokeskus"),
    ]
    p = Programme(themes=[Theme(title="T", focus_areas=[FocusArea(title="A", rows=cases)])])
    codes = {"baseline_not_a_number": "baseline", "target_not_a_number": "target", "indicator_without_target": "target"}
    found = {(f.location.indicator_id, codes[f.code]) for f in check_programme(p) if f.code in codes}
    shown = {(ind.id, field) for ind in cases
             for field, col in (("baseline", m.BASELINE_READING), ("target", m.TARGET_READING))
             if m.reading_problem(ind, col)}
    assert shown == found
    assert len(found) == 3  # "sanoja" twice, "tyhjä tavoite" once


def test_every_text_field_of_the_field_table_is_a_column_edited_through_undo(qapp):
    """A text field added to planner/indicator_fields.py with a title is a working column with no GUI code."""
    from planner.indicator_fields import TABLE_COLUMNS, Kind

    doc, stack, fa = doc_with_table()
    model = m.IndicatorTableModel(doc, stack, fa)
    assert model.columnCount() == len(TABLE_COLUMNS)
    text_fields = [(col, f.name) for col, f in enumerate(TABLE_COLUMNS) if f.kind is Kind.TEXT]
    assert len(text_fields) >= 7
    for col, name in text_fields:
        assert model.headerData(col, Qt.Orientation.Horizontal) == m.column_titles()[col]
        before = getattr(fa.rows[0], name)
        assert model.setData(model.index(0, col), f"uusi {name}")
        assert getattr(fa.rows[0], name) == f"uusi {name}" == model.index(0, col).data()
        stack.undo()
        assert getattr(fa.rows[0], name) == before


def test_editing_a_rolled_over_target_reviews_it_and_undo_marks_it_again(qapp):
    doc, stack, fa = doc_with_table()
    fa.rows[0].target_review = True
    model = m.IndicatorTableModel(doc, stack, fa)
    assert any(f.code == "target_not_reviewed" for f in check_programme(doc.programme))
    assert model.setData(model.index(0, m.TARGET), "enintään 1 200 henkilöä")
    assert fa.rows[0].target_review is False
    assert not any(f.code == "target_not_reviewed" for f in check_programme(doc.programme))
    stack.undo()
    assert (fa.rows[0].target, fa.rows[0].target_review) == ("1 300 henkilöä", True)
    stack.redo()
    assert (fa.rows[0].target, fa.rows[0].target_review) == ("enintään 1 200 henkilöä", False)
