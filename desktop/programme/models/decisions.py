"""Approval decisions of the programme (body, date, section) as an editable table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.programme.models.programme_list import ProgrammeListModel
from planner.model import ApprovalDecision

BODY, DATE, SECTION = range(3)
FIELDS = {BODY: "body", DATE: "date", SECTION: "section"}


def tr(text: str) -> str:
    return QCoreApplication.translate("DecisionsModel", text)


def iso_to_finnish(iso: str) -> str:
    """"2025-12-16" -> "16.12.2025"; anything else is shown as it is."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day}.{d.month}.{d.year}"


def finnish_to_iso(text: str) -> str | None:
    """"16.12.2025" (or ISO) -> "2025-12-16"; "" -> ""; None when it is not a date."""
    text = text.strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    parts = text.rstrip(".").split(".")
    if len(parts) == 3:
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0])).isoformat()
        except ValueError:
            return None
    return None


class DecisionsModel(ProgrammeListModel):
    ITEM_TYPE = ApprovalDecision
    FIELDS = FIELDS

    def items(self) -> list[Any]:
        return self.doc.programme.decisions

    def headers(self) -> list[str]:
        return [tr("Toimielin"), tr("Päivämäärä (pp.kk.vvvv)"), tr("Pykälä")]

    def edit_text(self) -> str:
        return tr("Muokkaa päätöstä")

    def shown(self, column: int, value: str) -> str:
        return iso_to_finnish(value) if column == DATE else value

    def parsed(self, column: int, text: str) -> str | None:
        return finnish_to_iso(text) if column == DATE else text
