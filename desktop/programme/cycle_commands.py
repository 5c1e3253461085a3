"""Undo commands of the yearly cycle: status and approval, versions, review marks.

Each calls one :mod:`planner.versions` / :mod:`planner.rollover` operation and keeps
what it returns to put the old state back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.document import ProgrammeDocument
from planner import rollover
from planner.model import Programme
from planner.versions import StateUndo


def tr(text: str) -> str:
    return QCoreApplication.translate("cycle_commands", text)


class StateCommand(QUndoCommand):
    """Run a status or version operation; undo restores status, decisions, version name and versions.

    The operation runs once when the command is made (so a refused change raises
    before anything is pushed); redo after an undo puts back the state it made.
    """

    def __init__(self, doc: ProgrammeDocument, text: str, operation: Callable[[Programme], StateUndo]) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = operation(doc.programme)
        self.after = StateUndo.of(doc.programme)
        self.before.restore(doc.programme)

    def redo(self) -> None:
        self.after.restore(self.doc.programme)
        self.doc.notify(self.doc.programme, True)

    def undo(self) -> None:
        self.before.restore(self.doc.programme)
        self.doc.notify(self.doc.programme, True)


class ReplaceProgrammeCommand(QUndoCommand):
    """Make the open programme another one in place (the roll-over to a new year); undo gives the old one back.

    The programme object stays the same (views and commands hold it); its fields are
    swapped, and the views rebuild as after opening a file.
    """

    def __init__(self, doc: ProgrammeDocument, new: Programme, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.old_state = _fields(doc.programme)
        self.new_state = _fields(new)

    def _apply(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self.doc.programme, name, value)
        self.doc.replace(self.doc.programme)

    def redo(self) -> None:
        self._apply(self.new_state)

    def undo(self) -> None:
        self._apply(self.old_state)


def _fields(p: Programme) -> dict[str, object]:
    return {f.name: getattr(p, f.name) for f in dataclasses.fields(p)}


class MarkReviewedCommand(QUndoCommand):
    """Clear the "target to review" mark of some (or all) indicators after a roll-over."""

    def __init__(self, doc: ProgrammeDocument, indicator_ids: set[str] | None, text: str = "") -> None:
        super().__init__(text or tr("Merkitse tavoitteet tarkistetuiksi"))
        self.doc, self.ids = doc, indicator_ids
        self.cleared: list[str] = []

    def redo(self) -> None:
        self.cleared = rollover.mark_reviewed(self.doc.programme, self.ids)
        self._notify()

    def undo(self) -> None:
        for ind_id in self.cleared:
            found = self.doc.programme.find_indicator(ind_id)
            if found:
                found[2].target_review = True
        self._notify()

    def _notify(self) -> None:
        for ind_id in self.cleared:
            found = self.doc.programme.find_indicator(ind_id)
            if found:
                self.doc.notify(found[2])
        self.doc.notify(self.doc.programme)
