"""The open statement as the GUI sees it: the Statement plus change signals.

It has the same ``notify`` interface as the programme editor's
:class:`desktop.document.ProgrammeDocument`, so the programme editor's generic
undo commands (:mod:`desktop.commands`: SetFieldCommand, InsertCommand,
RemoveCommand, MoveCommand) work on statements unchanged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from planner.statements.model import Statement


class StatementDocument(QObject):
    """Holds the current statement; emits what changed (see ProgrammeDocument for the signals)."""

    changed = Signal(object)
    structure_changed = Signal()
    select_requested = Signal(object)
    replaced = Signal()

    def __init__(self, statement: Statement, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statement = statement

    def notify(self, obj: Any, structural: bool = False, select: Any = None) -> None:
        if structural:
            self.structure_changed.emit()
        self.changed.emit(obj)
        if select is not None:
            self.select_requested.emit(select)

    def replace(self, statement: Statement) -> None:
        self.statement = statement
        self.replaced.emit()
        self.structure_changed.emit()
