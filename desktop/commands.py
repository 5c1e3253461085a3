"""Undo commands: one QUndoCommand per kind of edit, each calling :mod:`planner.edit`.

Commands hold references to the document's objects (a Theme, a FocusArea, a
bullet list), never widget state, so they can be tested on a bare QUndoStack.
After changing the programme a command calls ``doc.notify(...)`` so the views
update. Typing in a text field produces many SetFieldCommands that merge into
one step (``mergeWith``), so one Ctrl+Z undoes a whole word or sentence edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.document import ProgrammeDocument
from planner import edit
from planner.model import FocusArea, Indicator, IndicatorRow, Tag, Theme

_SET_FIELD_ID = 1001
_SET_ITEM_ID = 1002


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class SetFieldCommand(QUndoCommand):
    """Set one field of one object. Consecutive edits of the same field merge."""

    def __init__(self, doc: ProgrammeDocument, obj: Any, name: str, value: Any, text: str = "",
                 structural: bool = False) -> None:
        super().__init__(text or tr("Muokkaa kenttää"))
        self.doc, self.obj, self.name, self.value = doc, obj, name, value
        self.old = getattr(obj, name)
        self.structural = structural
        self.changed: dict[str, Any] = {}  # every field the edit changed (rules can tie more than one)

    def id(self) -> int:
        return _SET_FIELD_ID

    def redo(self) -> None:
        self.changed = edit.assign(self.obj, self.name, self.value)
        self.changed[self.name] = self.old  # after merged typing, the value before the first keystroke
        self.doc.notify(self.obj, self.structural)

    def undo(self) -> None:
        edit.restore(self.obj, self.changed)
        self.doc.notify(self.obj, self.structural)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.obj is not self.obj or other.name != self.name:
            return False
        if not isinstance(self.value, str):  # only typing merges; choices are separate steps
            return False
        self.value = other.value
        for name, value in other.changed.items():  # what the merged step changed first keeps its oldest value
            self.changed.setdefault(name, value)
        if self.value == self.old:
            self.setObsolete(True)
        return True


class SetListItemCommand(QUndoCommand):
    """Replace one entry of a list of texts (a bullet, a municipality). Typing merges."""

    def __init__(self, doc: ProgrammeDocument, owner: Any, items: list[Any], index: int, value: Any,
                 text: str = "") -> None:
        super().__init__(text or tr("Muokkaa kohtaa"))
        self.doc, self.owner, self.items, self.index, self.value = doc, owner, items, index, value
        self.old = items[index]

    def id(self) -> int:
        return _SET_ITEM_ID

    def redo(self) -> None:
        edit.set_item(self.items, self.index, self.value)
        self.doc.notify(self.owner)

    def undo(self) -> None:
        edit.set_item(self.items, self.index, self.old)
        self.doc.notify(self.owner)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetListItemCommand) or other.items is not self.items or other.index != self.index:
            return False
        self.value = other.value
        for name, value in other.changed.items():  # what the merged step changed first keeps its oldest value
            self.changed.setdefault(name, value)
        if self.value == self.old:
            self.setObsolete(True)
        return True


class InsertCommand(QUndoCommand):
    """Insert an item (theme, focus area, bullet, indicator row, municipality, tag ...) into a list."""

    def __init__(self, doc: ProgrammeDocument, owner: Any, items: list[Any], index: int, item: Any,
                 text: str = "", select: bool = True) -> None:
        super().__init__(text or tr("Lisää"))
        self.doc, self.owner, self.items, self.index, self.item = doc, owner, items, index, item
        self.select = select

    def redo(self) -> None:
        edit.insert_item(self.items, self.index, self.item)
        self.doc.notify(self.owner, True, self.item if self.select else None)

    def undo(self) -> None:
        edit.remove_item(self.items, self.index)
        self.doc.notify(self.owner, True, self.owner if self.select else None)


class RemoveCommand(QUndoCommand):
    """Remove an item from a list; undo puts the same object back in the same place."""

    def __init__(self, doc: ProgrammeDocument, owner: Any, items: list[Any], index: int, text: str = "",
                 select: bool = True) -> None:
        super().__init__(text or tr("Poista"))
        self.doc, self.owner, self.items, self.index = doc, owner, items, index
        self.item = items[index]
        self.select = select

    def redo(self) -> None:
        edit.remove_item(self.items, self.index)
        self.doc.notify(self.owner, True, self.owner if self.select else None)

    def undo(self) -> None:
        edit.insert_item(self.items, self.index, self.item)
        self.doc.notify(self.owner, True, self.item if self.select else None)


class MoveCommand(QUndoCommand):
    """Reorder within one list (Ctrl+Up / Ctrl+Down, drag and drop)."""

    def __init__(self, doc: ProgrammeDocument, owner: Any, items: list[Any], source: int, destination: int,
                 text: str = "", select: bool = True) -> None:
        super().__init__(text or tr("Siirrä"))
        self.doc, self.owner, self.items = doc, owner, items
        self.source, self.destination = source, destination
        self.item = items[source]
        self.select = select

    def redo(self) -> None:
        edit.move_item(self.items, self.source, self.destination)
        self.doc.notify(self.owner, True, self.item if self.select else None)

    def undo(self) -> None:
        edit.move_item(self.items, self.destination, self.source)
        self.doc.notify(self.owner, True, self.item if self.select else None)


class MoveFocusAreaCommand(QUndoCommand):
    """Move a focus area to another theme (or another place in its own)."""

    def __init__(self, doc: ProgrammeDocument, fa: FocusArea, source: Theme, target: Theme, index: int,
                 text: str = "") -> None:
        super().__init__(text or tr("Siirrä tavoite"))
        self.doc, self.fa, self.source, self.target, self.index = doc, fa, source, target, index
        self.old_index = source.focus_areas.index(fa)

    def redo(self) -> None:
        edit.move_focus_area(self.fa, self.source, self.target, self.index)
        self.doc.notify(self.target, True, self.fa)

    def undo(self) -> None:
        edit.move_focus_area(self.fa, self.target, self.source, self.old_index)
        self.doc.notify(self.source, True, self.fa)


class MoveIndicatorCommand(QUndoCommand):
    """Move an indicator row to another focus area's table."""

    def __init__(self, doc: ProgrammeDocument, row: IndicatorRow, source: FocusArea, target: FocusArea,
                 index: int, text: str = "") -> None:
        super().__init__(text or tr("Siirrä mittari"))
        self.doc, self.row, self.source, self.target, self.index = doc, row, source, target, index
        self.old_index = next(i for i, r in enumerate(source.rows) if r is row)

    def redo(self) -> None:
        edit.move_indicator(self.row, self.source, self.target, self.index)
        self.doc.notify(self.source, True)
        self.doc.notify(self.target, True, self.row)

    def undo(self) -> None:
        edit.move_indicator(self.row, self.target, self.source, self.old_index)
        self.doc.notify(self.target, True)
        self.doc.notify(self.source, True, self.row)


class RemoveRowCommand(QUndoCommand):
    """Remove an indicator-table row; an indicator takes its cross-reference rows with it."""

    def __init__(self, doc: ProgrammeDocument, fa: FocusArea, index: int, text: str = "") -> None:
        super().__init__(text or tr("Poista mittari"))
        self.doc, self.fa, self.index = doc, fa, index
        self.removed: edit.RemovedRow | None = None

    def redo(self) -> None:
        self.removed = edit.remove_row(self.doc.programme, self.fa, self.index)
        self.doc.notify(self.fa, True)
        for other, _i, _ref in self.removed.references:
            self.doc.notify(other)

    def undo(self) -> None:
        assert self.removed is not None
        edit.restore_row(self.fa, self.removed)
        self.doc.notify(self.fa, True, self.removed.row)
        for other, _i, _ref in self.removed.references:
            self.doc.notify(other)


class AddReferenceCommand(QUndoCommand):
    """Show an indicator in a second focus area as a cross-reference row."""

    def __init__(self, doc: ProgrammeDocument, fa: FocusArea, indicator: Indicator, text: str = "") -> None:
        super().__init__(text or tr("Näytä mittari toisessa tavoitteessa"))
        self.doc, self.fa, self.indicator = doc, fa, indicator
        self.index = len(fa.rows)

    def redo(self) -> None:
        _pos, self.ref = edit.add_reference(self.fa, self.indicator, self.index)
        self.doc.notify(self.fa, True)

    def undo(self) -> None:
        edit.remove_item(self.fa.rows, self.index)
        self.doc.notify(self.fa, True)


class RemoveTagCommand(QUndoCommand):
    """Remove a spearhead or target group and unlink it everywhere (:func:`planner.edit.remove_tag`)."""

    def __init__(self, doc: ProgrammeDocument, tag: Tag, text: str = "") -> None:
        super().__init__(text or tr("Poista"))
        self.doc, self.tag = doc, tag
        self.removed: edit.RemovedTag | None = None

    def redo(self) -> None:
        self.removed = edit.remove_tag(self.doc.programme, self.tag)
        for obj, _name, _old in self.removed.unlinked:
            self.doc.notify(obj)
        self.doc.notify(self.doc.programme, True, self.doc.programme)

    def undo(self) -> None:
        assert self.removed is not None
        edit.restore_tag(self.removed)
        for obj, _name, _old in self.removed.unlinked:
            self.doc.notify(obj)
        self.doc.notify(self.doc.programme, True, self.tag)


class CompoundCommand(QUndoCommand):
    """Several commands as one undo step (e.g. remove a tag and its links).

    The children are kept in a Python list rather than as Qt child commands, so
    their Python state lives as long as this command does.
    """

    def __init__(self, text: str, children: list[QUndoCommand]) -> None:
        super().__init__(text)
        self.children = children

    def redo(self) -> None:
        for c in self.children:
            c.redo()

    def undo(self) -> None:
        for c in reversed(self.children):
            c.undo()
