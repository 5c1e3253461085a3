"""Every row of docs/status-rules.md, run through compare_programme: the table and the code agree.

CASES mirrors the table row by row (number, rule, status and the example's
figures); test_cases_mirror_the_documented_table keeps the two in step, so a
rule changed in one place only fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pytest

from planner.checks import Severity, check_programme
from planner.followup.progress import STATUS_LABEL_FI, ProgressStatus, compare_programme, expected_share
from planner.model import (
    ActualsImport,
    ActualValue,
    Aggregation,
    Direction,
    FocusArea,
    Indicator,
    Programme,
    Theme,
)
from tests.conftest import ROOT

S = Aggregation.SUM
L = Aggregation.LATEST
JUNE = date(2026, 6, 30)
OCT = date(2026, 10, 31)
DEC = date(2026, 12, 31)
NEXT_JAN = date(2027, 1, 15)


@dataclass
class Case:
    no: int
    rule: str
    status: ProgressStatus
    baseline: str
    target: str
    values: list[tuple[str, float | str]] = field(default_factory=list)  # (period, number or text)
    aggregation: Aggregation = L
    as_of: date = JUNE
    direction: Direction | None = None


A, E, R, J, N = (ProgressStatus.ACHIEVED, ProgressStatus.ON_TRACK, ProgressStatus.AT_RISK,
                 ProgressStatus.OFF_TRACK, ProgressStatus.NO_DATA)
MONTHS_1_5 = [(f"2026-0{m}", 15.0) for m in range(1, 6)]

CASES = [
    Case(1, "D0", N, "150", "180"),
    Case(2, "T0", N, "", "paranee", [("2026-06", 5)], direction=Direction.INCREASE),
    Case(3, "L1", A, "10 päivässä (laki)", "10 päivässä", [("2026-06", 9)]),
    Case(4, "L2", J, "10 päivässä (laki)", "10 päivässä", [("2026-06", 12)]),
    Case(5, "L2", J, "Ei seurantaa", "Enintään 3 kk", [("2026-06", 3.5)]),
    Case(6, "L1", A, "10 pv", "10 pv", [("2026-06", 8)]),
    Case(7, "LS1", A, "", "enintään 100 000 €", [("2026-06", 50_000), ("2026-12", 45_000)], S, DEC),
    Case(8, "LS2", E, "", "enintään 100 000 €", [("2026-06", 40_000)], S),
    Case(9, "LS3", R, "", "enintään 100 000 €", [("2026-06", 70_000)], S),
    Case(10, "LS4", J, "", "enintään 100 000 €", [("2026-06", 105_000)], S),
    Case(11, "S1", A, "8 kuntaa", "8 kuntaa", [("2026-06", 8)]),
    Case(12, "S2", R, "100", "100", [("2026-06", 93)]),
    Case(13, "S3", J, "100", "100", [("2026-06", 85)]),
    Case(14, "SS1", A, "4 kokousta", "4 kokousta", [("2026-03", 1), ("2026-06", 1), ("2026-09", 2)], S, OCT),
    Case(15, "SS2", E, "4 kokousta", "4 kokousta", [("2026-03", 1), ("2026-06", 1)], S),
    Case(16, "SS3", R, "100", "100", [("2026-06", 46)], S),
    Case(17, "SS4", J, "4 kokousta", "4 kokousta", [("2026-03", 1), ("2026-06", 1), ("2026-09", 1)], S, DEC),
    Case(18, "P1", A, "150", "180", [("2026-06", 100), ("2026-09", 85)], S, OCT),
    Case(19, "P2", E, "4301", "4100", [("2026-06", 4200)]),
    Case(20, "P3", R, "4301", "4100", [("2026-06", 4230)]),
    Case(21, "P4", J, "4301", "4100", [("2026-06", 4280)]),
    Case(22, "P4", J, "150", "180", MONTHS_1_5, S),
    Case(23, "P3", R, "4301", "4100", [("2026-12", 4160)], L, NEXT_JAN),
    Case(24, "N1", A, "Ei luotettavaa tilastoa", "1000 kontaktia", [("2026-06", 1200)], S),
    Case(25, "P2", E, "Ei luotettavaa tilastoa", "1000 kontaktia", [("2026-06", 480)], S),
    Case(26, "L2", J, "120 henkilöä", "enintään 3 kk", [("2026-06", 4)]),
    Case(27, "M1", A, "Ei linjauksia", "Linjaukset luotu", [("2026-06", "valmis")]),
    Case(28, "M2", J, "Ei linjauksia", "Linjaukset luotu (kesäkuu 2026)", [("2026-06", "kesken")]),
    Case(29, "M2", J, "Ei linjauksia", "Linjaukset luotu", [("2026-12", "kesken")], L, NEXT_JAN),
    Case(30, "M3", R, "Ei linjauksia", "Linjaukset luotu", [("2026-10", "kesken")], L, OCT),
    Case(31, "M4", E, "Ei linjauksia", "Linjaukset luotu", [("2026-06", "kesken")]),
]


def _programme(case: Case) -> Programme:
    ind = Indicator(id="X", name="Mittari", baseline=case.baseline, target=case.target,
                    aggregation=case.aggregation, direction=case.direction)
    values = []
    for period, v in case.values:
        if isinstance(v, str):
            number = 1.0 if v == "valmis" else 0.0
            values.append(ActualValue("X", period, number, v))
        else:
            values.append(ActualValue("X", period, float(v), ""))
    prog = Programme(title="T", year=2026, themes=[Theme(id="T1", title="Teema", focus_areas=[
        FocusArea(id="F1", title="Tavoite", rows=[ind])])])
    if values:
        prog.actual_imports.append(ActualsImport(source_file="x.xlsx", sheet="S",
                                                 imported_at="2026-07-01T10:00:00", values=values))
    return prog


@pytest.mark.parametrize("case", CASES, ids=[f"{c.no}-{c.rule}" for c in CASES])
def test_each_documented_row(case: Case):
    (result,) = compare_programme(_programme(case), case.as_of)
    assert (result.rule, result.status) == (case.rule, case.status), result.note


def _documented_rows() -> list[tuple[int, str, str]]:
    text = (ROOT / "docs" / "status-rules.md").read_text(encoding="utf-8")
    labels = "|".join(STATUS_LABEL_FI.values())
    return [(int(m.group(1)), m.group(2), m.group(3))
            for m in re.finditer(rf"^\| (\d+) \| (\w+) \|.*?\| ({labels}) \|", text, re.M)]


def test_cases_mirror_the_documented_table():
    rows = _documented_rows()
    assert len(rows) == len(CASES) == 31
    assert rows == [(c.no, c.rule, STATUS_LABEL_FI[c.status]) for c in CASES]


def test_expected_share_comes_from_the_report_date_in_whole_months():
    assert expected_share(date(2026, 6, 30), 2026) == 0.5
    assert expected_share(date(2026, 7, 15), 2026) == 0.5  # July is not over
    assert expected_share(date(2026, 1, 10), 2026) == 0.0
    assert expected_share(date(2027, 1, 1), 2026) == 1.0
    assert expected_share(date(2025, 12, 31), 2026) == 0.0


def test_blank_month_makes_a_late_indicator_look_late():
    """Row 22 against its counterfactual: the same data with June present is on track."""
    late = CASES[21]
    (res,) = compare_programme(_programme(late), late.as_of)
    assert res.expected_share == 0.5 and res.status is ProgressStatus.OFF_TRACK
    on_time = Case(0, "", E, "150", "180", [*MONTHS_1_5, ("2026-06", 15.0)], S)
    (res,) = compare_programme(_programme(on_time), JUNE)
    assert res.status is ProgressStatus.ON_TRACK


def test_limit_exceeded_is_off_track_not_83_percent_on_track():
    (res,) = compare_programme(_programme(CASES[3]), JUNE)
    assert res.status is ProgressStatus.OFF_TRACK and "ylitetty" in res.note


def test_unit_mismatch_is_a_check_finding_and_the_baseline_is_not_used():
    prog = _programme(CASES[25])
    findings = [f for f in check_programme(prog) if f.code == "unit_mismatch"]
    assert len(findings) == 1 and findings[0].severity is Severity.WARNING
    assert "henkilöä" in findings[0].message and "kk" in findings[0].message
    assert findings[0].location.indicator_id == "X"
    (res,) = compare_programme(prog, JUNE)
    assert "lähtöarvoa ei käytetty" in res.note


@pytest.mark.parametrize("baseline, target, mismatch", [
    ("1 468 henkilöä (joulukuu 2025)", "3 kk", True),
    ("10 pv", "1 kk", True),
    ("69,9 %", "75 %", False),
    ("60 asiakasta", "100 henkilöä", False),  # both count people
    ("n. 139 asiakasta/ htv", "130 asiakasta /htv", False),
    ("Ei seurantaa", "Enintään 3 kk", False),  # no baseline number: nothing to compare
    ("7 vrk (laki)", "5 päivää", False),  # vrk and päivää are the same unit
])
def test_unit_mismatch_finding(baseline, target, mismatch):
    prog = _programme(Case(0, "", N, baseline, target))
    assert any(f.code == "unit_mismatch" for f in check_programme(prog)) is mismatch


def test_compare_json_names_the_rule(tmp_path):
    from tests.planner import hostile_files as hf
    from tests.planner.test_actuals_compare import compare_json
    from tests.planner.test_actuals_hostile_files import programme

    data = compare_json(tmp_path, hf.xlsx(tmp_path / "t.xlsx", hf.actuals_rows()), programme=programme())
    (p1,) = data["indicators"]
    assert (p1["actual"], p1["rule"], p1["status"], p1["expected_share"]) == (39, "P4", "off_track", 0.5)


def test_a_milestone_without_its_own_word_is_a_coded_done_worded_in_the_reports_languages():
    """A milestone counted as 1/0 has no word of its own: the core says "done" as a code, and an sv/en
    report words it in its language (the note too), not in Finnish."""
    done = Case(0, "M1", A, "Ei linjauksia", "Linjaukset luotu", [("2026-06", 1.0)], L)
    (res,) = compare_programme(_programme(done), JUNE)
    assert res.actual_message is not None and res.actual_message.code == "milestone_done"
    assert [res.actual_in(lang) for lang in ("fi", "sv", "en")] == ["valmis", "klar", "done"]
    late = Case(0, "M2", J, "Ei linjauksia", "Linjaukset luotu (kesäkuu 2026)", [("2026-06", 0.0)], L)
    (res,) = compare_programme(_programme(late), JUNE)
    assert res.actual_in("en") == "not done" and res.notes
    assert res.note_in("en") != res.note_in("fi") and "määräaika" in res.note_in("fi")
    assert "deadline" in res.note_in("en") and "tidsfrist" in res.note_in("sv")
    # the source's own word stays as the source wrote it
    (res,) = compare_programme(_programme(CASES[26]), JUNE)
    assert res.actual_text == "valmis" and res.actual_message is None
