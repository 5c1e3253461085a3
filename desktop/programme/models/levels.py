"""The programme's indicator levels (KV = Kaupunginvaltuusto, LTK = Lautakunta ...) as an editable table.

Each edit is an undoable SetFieldCommand; the indicator table's level choices
read ``programme.levels`` when they open, so a new level is offered at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.programme.models.programme_list import ProgrammeListModel
from planner.model import Level

CODE, NAME = range(2)
FIELDS = {CODE: "code", NAME: "name"}


def tr(text: str) -> str:
    return QCoreApplication.translate("LevelsModel", text)


class LevelsModel(ProgrammeListModel):
    ITEM_TYPE = Level
    FIELDS = FIELDS

    def items(self) -> list[Any]:
        return self.doc.programme.levels

    def headers(self) -> list[str]:
        return [tr("Lyhenne"), tr("Taso (esim. Kaupunginvaltuusto)")]

    def edit_text(self) -> str:
        return tr("Muokkaa tasoa")

    def parsed(self, column: int, text: str) -> str | None:
        return text.strip()
