"""Each undo command on a bare QUndoStack: redo changes the programme, undo restores it exactly."""

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.commands import (
    AddReferenceCommand,
    CompoundCommand,
    InsertCommand,
    MoveCommand,
    MoveFocusAreaCommand,
    MoveIndicatorCommand,
    RemoveCommand,
    RemoveRowCommand,
    RemoveTagCommand,
    SetFieldCommand,
    SetListItemCommand,
)
from desktop.document import ProgrammeDocument
from planner.fileformat import dumps
from planner.model import FocusArea, Indicator, IndicatorReference, Programme, Theme


def make_doc(qapp) -> tuple[ProgrammeDocument, QUndoStack]:
    a = FocusArea(title="A", act=["x", "y"], rows=[Indicator(name="i1"), Indicator(name="i2")])
    b = FocusArea(title="B")
    p = Programme(title="Ohjelma", themes=[Theme(title="T1", focus_areas=[a, b]), Theme(title="T2")])
    return ProgrammeDocument(p), QUndoStack()


def roundtrip(stack: QUndoStack, doc: ProgrammeDocument, command: QUndoCommand) -> tuple[str, str]:
    before = dumps(doc.programme)
    stack.push(command)
    after = dumps(doc.programme)
    assert after != before
    stack.undo()
    assert dumps(doc.programme) == before
    stack.redo()
    assert dumps(doc.programme) == after
    return before, after


def test_set_field_merges_typing_into_one_step(qapp):
    doc, stack = make_doc(qapp)
    seen = []
    doc.changed.connect(seen.append)
    for text in ("U", "Uu", "Uus", "Uusi"):
        stack.push(SetFieldCommand(doc, doc.programme, "title", text))
    assert stack.count() == 1 and doc.programme.title == "Uusi"
    assert seen and seen[-1] is doc.programme
    stack.undo()
    assert doc.programme.title == "Ohjelma"


def test_set_field_typing_back_to_original_leaves_no_step(qapp):
    doc, stack = make_doc(qapp)
    stack.push(SetFieldCommand(doc, doc.programme, "title", "Ohjelmaa"))
    stack.push(SetFieldCommand(doc, doc.programme, "title", "Ohjelma"))
    assert stack.count() == 0


def test_set_list_item(qapp):
    doc, stack = make_doc(qapp)
    fa = doc.programme.themes[0].focus_areas[0]
    roundtrip(stack, doc, SetListItemCommand(doc, fa, fa.act, 1, "z"))
    assert fa.act == ["x", "z"]


def test_insert_remove_move(qapp):
    doc, stack = make_doc(qapp)
    p = doc.programme
    selected = []
    doc.select_requested.connect(selected.append)
    t = Theme(title="Uusi")
    roundtrip(stack, doc, InsertCommand(doc, p, p.themes, 1, t))
    assert p.themes[1] is t and selected[-1] is t
    roundtrip(stack, doc, RemoveCommand(doc, p, p.themes, 0))
    assert [x.title for x in p.themes] == ["Uusi", "T2"]
    roundtrip(stack, doc, MoveCommand(doc, p, p.themes, 0, 1))
    assert [x.title for x in p.themes] == ["T2", "Uusi"]


def test_move_focus_area_to_other_theme(qapp):
    doc, stack = make_doc(qapp)
    t1, t2 = doc.programme.themes
    fa = t1.focus_areas[0]
    roundtrip(stack, doc, MoveFocusAreaCommand(doc, fa, t1, t2, 0))
    assert t2.focus_areas == [fa]


def test_move_indicator_and_reference_and_remove_row(qapp):
    doc, stack = make_doc(qapp)
    a, b = doc.programme.themes[0].focus_areas
    ind = a.rows[0]
    roundtrip(stack, doc, AddReferenceCommand(doc, b, ind))
    assert isinstance(b.rows[0], IndicatorReference) and b.rows[0].indicator_id == ind.id
    roundtrip(stack, doc, RemoveRowCommand(doc, a, 0))
    assert b.rows == [] and [r.name for r in a.rows] == ["i2"]
    stack.undo()
    assert a.rows[0] is ind and b.rows[0].indicator_id == ind.id
    roundtrip(stack, doc, MoveIndicatorCommand(doc, a.rows[1], a, b, 0))
    assert b.rows[0].name == "i2"


def test_compound_command_undoes_as_one_step(qapp):
    doc, stack = make_doc(qapp)
    p = doc.programme
    both = CompoundCommand("kaksi", [SetFieldCommand(doc, p, "title", "X"), RemoveCommand(doc, p, p.themes, 1)])
    roundtrip(stack, doc, both)
    assert stack.count() == 1


def test_remove_tag_unlinks_it_and_undo_puts_it_back(qapp):
    from planner.model import Tag

    doc, stack = make_doc(qapp)
    p = doc.programme
    tag = Tag(name="Nuoret")
    p.spearheads = [tag]
    a = p.themes[0].focus_areas[0]
    a.tags = [tag.id]
    a.rows[0].tags = [tag.id]
    changed = []
    doc.changed.connect(changed.append)
    _before, after = roundtrip(stack, doc, RemoveTagCommand(doc, tag, "Poista Nuoret"))
    assert tag.id not in after
    assert p.spearheads == [] and a.tags == [] and a.rows[0].tags == []
    assert a in changed and a.rows[0] in changed  # the views of the unlinked items refresh
    assert stack.count() == 1
