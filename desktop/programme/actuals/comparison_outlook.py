"""The year-end outlook line under an indicator of the comparison view (core: planner.followup.outlook)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from planner.model import Programme


def tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonOutlook", text)




def outlook_label(programme: Programme, result: Any) -> QLabel | None:
    """'Ennuste vuoden lopussa: 1 055 (1 052–1 058), ennusteen mukaan saavutetaan', or None."""
    from planner.followup.outlook import OUTLOOK_COLOR, fmt, indicator_outlook, programme_year

    year = programme_year(programme)
    if year is None or not result.monthly:
        return None
    o = indicator_outlook(programme, result.indicator, year)
    if o is None:
        return None
    status = {
        "reached": tr("ennusteen mukaan saavutetaan"),
        "uncertain": tr("ennuste epävarma: tavoite vaihteluvälin sisällä"),
        "missed": tr("ennusteen mukaan jää tavoitteesta"),
        "no_target": tr("tavoitteessa ei lukua"),
    }[o.status.value]
    label = QLabel(tr("Ennuste vuoden lopussa: %1 (%2–%3), %4").replace("%1", fmt(o.value))
                   .replace("%2", fmt(o.low)).replace("%3", fmt(o.high)).replace("%4", status))
    from desktop.programme.actuals.message_text import outlook_method_text

    label.setToolTip(outlook_method_text(o))
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {OUTLOOK_COLOR[o.status]};")
    label.setObjectName("outlook_label")
    return label
