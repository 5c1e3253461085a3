"""The open programme as the GUI sees it: the Programme plus change signals.

Undo commands (:mod:`desktop.commands`) change ``document.programme`` through
:mod:`planner.edit` and then call :meth:`ProgrammeDocument.notify`; views listen
to the signals instead of being told by each other. This keeps the editors,
the navigation tree, the checks panel and any later view (actuals, follow-up)
in step without knowing about one another.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from planner.model import Programme


class EditedDocument(QObject):
    """The open document (a programme or a statement) and its change signals.

    Signals:
      ``changed(obj)``: fields of ``obj`` (a Programme, Theme, FocusArea, Indicator,
      Tag, Statement item ... object) changed;
      ``structure_changed()``: items were added, removed or moved anywhere;
      ``select_requested(obj)``: an edit wants ``obj`` shown (e.g. a new theme);
      ``replaced()``: a different document was loaded.

    The generic undo commands of :mod:`desktop.commands` work on any subclass.
    """

    changed = Signal(object)
    structure_changed = Signal()
    select_requested = Signal(object)
    replaced = Signal()

    def __init__(self, content: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.content = content

    def notify(self, obj: Any, structural: bool = False, select: Any = None) -> None:
        if structural:
            self.structure_changed.emit()
        self.changed.emit(obj)
        if select is not None:
            self.select_requested.emit(select)

    def replace(self, content: Any) -> None:
        self.content = content
        self.replaced.emit()
        self.structure_changed.emit()


class ProgrammeDocument(EditedDocument):
    """Holds the current programme (``programme``)."""

    def __init__(self, programme: Programme, parent: QObject | None = None) -> None:
        super().__init__(programme, parent)

    @property
    def programme(self) -> Programme:
        return self.content

    @programme.setter
    def programme(self, value: Programme) -> None:
        self.content = value
