"""A filled per-municipality actuals template for the example's eight municipalities (made in code).

Deterministic figures: each municipality has a weight (Jämsä the largest), each
numeric indicator a monthly base. Counts of a summed indicator are monthly flows,
levels (latest) drift towards the target. Percentages and ratios are written on
the municipality rows and on the "Koko alue" row (they are not summed).
"""

from __future__ import annotations

from pathlib import Path

from planner.model import Aggregation, Direction, Programme

WEIGHTS = {
    "Joutsa": 0.08, "Jämsä": 0.38, "Keuruu": 0.22, "Luhanka": 0.02, "Multia": 0.03,
    "Mänttä-Vilppula": 0.18, "Petäjävesi": 0.05, "Toivakka": 0.04,
}

# A deterministic month-to-month wobble, so the outlook's range is not zero.
WIGGLE = [0.0, 0.012, -0.008, 0.015, -0.01, 0.006, 0.0, 0.009, -0.012, 0.004, 0.01, -0.006]


def monthly_value(programme: Programme, iid: str, muni: str, month: int) -> object:
    found = programme.find_indicator(iid)
    assert found is not None
    ind = found[2]
    if ind.effective_direction is Direction.MILESTONE:
        return "valmis" if month >= 5 else "kesken"
    w = WEIGHTS.get(muni, 1.0)
    T = ind.target_value.number
    B = ind.baseline_value.number
    target = float(T) if T is not None else 10.0
    start = float(B) if B is not None else target * 0.8
    from planner.followup.progress import is_additive

    if is_additive(ind):
        if ind.aggregation is Aggregation.SUM:
            flow = target / 12 * (0.8 + 0.04 * month)  # rising monthly flow
            return round(flow * w)
        level = start + (target - start) * month / 12 * 0.9
        level *= 1 + WIGGLE[month - 1]
        return round(level * w)
    # not additive: the same rate everywhere, a little spread by municipality
    spread = 1 + (WEIGHTS.get(muni, 0.125) - 0.125) * 0.2
    level = (start + (target - start) * month / 12) * spread * (1 + WIGGLE[month - 1])
    return round(level, 2)


def write_filled_template(programme: Programme, path: Path, long: bool = False, months: int = 6) -> Path:
    """Write the per-municipality template and fill the first ``months`` months of it."""
    from openpyxl import load_workbook

    from planner.followup.municipality_template import AREA_ROW, write_municipality_template

    write_municipality_template(programme, path, long=long)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    from planner.followup.progress import is_additive

    for row in ws.iter_rows(min_row=2):
        iid = row[0].value
        muni = row[2].value if long else row[3].value
        ind = programme.find_indicator(iid)[2]
        milestone = ind.effective_direction is Direction.MILESTONE
        area_row = muni == AREA_ROW
        if area_row and is_additive(ind) and not milestone:
            continue  # counts are summed from the municipalities
        if not area_row and milestone:
            continue  # a milestone is the area's
        if long:
            month = header.index("Kuukausi")
            m = int(_month_number(row[month].value))
            if m <= months:
                row[4].value = monthly_value(programme, iid, "" if area_row else muni, m)
        else:
            for m in range(1, months + 1):
                row[4 + m].value = monthly_value(programme, iid, "" if area_row else muni, m)
    wb.save(path)
    return path


def _month_number(text: str) -> int:
    from planner.values import MONTHS_FI

    return MONTHS_FI.index(text.split()[0]) + 1
