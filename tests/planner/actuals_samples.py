"""Actuals files generated in code for tests, screenshots and the benchmark.

``half_year_rows(programme)`` gives realistic January-June 2026 actuals for the
built-in example: per municipality for counts, area values for the rest,
milestone texts, a percent per municipality.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from planner.followup.progress import is_additive
from planner.model import Direction, Programme

# Share of the area's people in each municipality (roughly by population).
MUNICIPALITY_WEIGHTS = {
    "Joutsa": 0.07, "Jämsä": 0.36, "Keuruu": 0.18, "Luhanka": 0.01,
    "Multia": 0.03, "Mänttä-Vilppula": 0.18, "Petäjävesi": 0.07, "Toivakka": 0.10,
}


def half_year_rows(programme: Programme, months: int = 6, seed: int = 7) -> list[tuple[str, str, str, object]]:
    """(indicator id, municipality or "", "2026-MM", value) rows of a plausible half year."""
    rnd = random.Random(seed)
    year = programme.year or 2026
    out: list[tuple[str, str, str, object]] = []
    for _t, _fa, ind in programme.indicators():
        direction = ind.effective_direction
        b, t = ind.baseline_value.number, ind.target_value.number
        for m in range(1, months + 1):
            period = f"{year}-{m:02d}"
            share = m / 12
            if direction is Direction.MILESTONE:
                out.append((ind.id, "", period, "valmis" if m >= 5 and ind.id != "M25" else "kesken"))
                continue
            if t is None:
                continue
            if ind.aggregation.value == "sum":
                yearly = t * rnd.uniform(0.75, 1.1)
                value = round(yearly / 12 * rnd.uniform(0.7, 1.3))
            elif direction is Direction.MAINTAIN:
                value = t
            else:
                start = b if b is not None else 0.0
                pace = rnd.uniform(0.3, 1.2)
                value = start + (t - start) * share * pace
                value = round(value, 1) if not float(t).is_integer() or "%" in ind.effective_unit else round(value)
            if is_additive(ind) and ind.aggregation.value != "sum" and t > 500:
                for muni, w in MUNICIPALITY_WEIGHTS.items():
                    out.append((ind.id, muni, period, round(value * w)))
            elif ind.id == "M29":
                for muni in MUNICIPALITY_WEIGHTS:
                    out.append((ind.id, muni, period, round(value + rnd.uniform(-6, 6), 1)))
            else:
                out.append((ind.id, "", period, value))
    return out


def write_long_xlsx(programme: Programme, path: Path, months: int = 6, by_name: bool = True) -> Path:
    """A long workbook with a title row, Finnish headers and a source line below."""
    from openpyxl import Workbook

    names = {ind.id: ind.name for _t, _f, ind in programme.indicators()}
    wb = Workbook()
    ws = wb.active
    ws.title = "Toteumat"
    ws.append([f"Työllisyysohjelman toteumat {programme.year or 2026}"])
    ws.append([])
    ws.append(["Mittari", "Kunta", "Kuukausi", "Toteuma", "Huomautus"])
    for iid, muni, period, value in half_year_rows(programme, months):
        y, m = period.split("-")
        ws.append([names[iid] if by_name else iid, muni, dt.date(int(y), int(m), 1), value, ""])
    ws.append([])
    ws.append(["Lähde: työnvälitystilasto ja asiakastietojärjestelmä"])
    wb.save(path)
    return path
