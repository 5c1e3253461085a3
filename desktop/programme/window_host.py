"""What the programme window offers to the controllers that plug into it.

The follow-up menu (:mod:`desktop.programme.follow_up`), the statement launcher
(:mod:`desktop.programme.statement_launcher`), the yearly cycle (:mod:`desktop.programme.yearly_cycle`) and the follow-up reports
(:mod:`desktop.programme.follow_up_reports`)
are built by :class:`desktop.programme.main_window.MainWindow` and given the window. They see it
through this protocol, not through ``MainWindow`` itself, so the window imports them and
they never import the window: the import graph has no circle (checked by ``lint-imports``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QMenu, QStatusBar

    from desktop.document import ProgrammeDocument
    from desktop.programme.structure import StructureActions
    from desktop.session import DocumentSession
    from desktop.settings import Settings


class ProgrammeWindow(Protocol):
    """The parts of the main window that its controllers use (a ``QMainWindow`` besides)."""

    doc: ProgrammeDocument
    session: DocumentSession
    stack: QUndoStack
    settings: Settings
    structure: StructureActions
    file_menu: QMenu
    view_menu: QMenu
    act_export: QAction

    def add_follow_up_actions(self, actions: Sequence[QAction | None]) -> None: ...

    def save(self) -> bool: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def width(self) -> int: ...
