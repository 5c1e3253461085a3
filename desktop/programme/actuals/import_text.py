"""One import of actuals in a line, in the UI language (history list, undo texts).

The core's :func:`planner.followup.actuals.history.import_summary` is the Finnish line of
the command line; this is the same information worded through Qt's translations,
with the count as a proper plural ("1 arvo", "348 arvoa", "348 values").
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.model import ActualsImport


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportText", text)


def import_line(imp: ActualsImport) -> str:
    """"toteumat.xlsx / Taul1, 12.7.2026 klo 14.05, 240 arvoa, 2026-01–2026-06"."""
    when = imp.imported_at
    try:
        t = _dt.datetime.fromisoformat(imp.imported_at)
        when = tr("{0} klo {1}").format(f"{t.day}.{t.month}.{t.year}", f"{t.hour}.{t.minute:02d}")
    except ValueError:
        pass
    periods = sorted({v.period for v in imp.values})
    span = f", {periods[0]}\u2013{periods[-1]}" if len(periods) > 1 else (f", {periods[0]}" if periods else "")
    count = QCoreApplication.translate("ImportText", "%n arvoa", None, len(imp.values))
    return f"{Path(imp.source_file).name} / {imp.sheet}, {when}, {count}{span}"
