"""The open statement as the GUI sees it: the Statement plus change signals.

The signals and ``notify`` are the programme editor's
(:class:`desktop.document.EditedDocument`), so its generic undo commands
(:mod:`desktop.commands`: SetFieldCommand, InsertCommand, RemoveCommand,
MoveCommand) work on statements unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.document import EditedDocument
from planner.statements.model import Statement


class StatementDocument(EditedDocument):
    """Holds the current statement (``statement``)."""

    def __init__(self, statement: Statement, parent: QObject | None = None) -> None:
        super().__init__(statement, parent)

    @property
    def statement(self) -> Statement:
        return self.content

    @statement.setter
    def statement(self, value: Statement) -> None:
        self.content = value
