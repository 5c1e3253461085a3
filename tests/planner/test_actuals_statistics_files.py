"""Real statistics-file shapes (Sotkanet, PxWeb, merged years, daily rows, partial municipalities) give the true value.

Each file is built in code (tests/planner/actuals_shapes.py) with its true
value; the import runs through the same core function as `planner compare` and
`planner import-actuals`, and the command line is run for the refusals.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.cli.actuals import run_compare
from planner.example import load_example
from planner.fileformat import load_programme, save_programme
from planner.followup.actuals import ActualsError, prepare_import
from planner.messages import msg
from planner.wording_fi import word
from tests.planner import actuals_shapes as S

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 6, 30)


def compare(path: Path, **kw):
    prog = load_example()
    plan, built, results = run_compare(prog, path, as_of=AS_OF, **kw)
    return plan, built, {r.indicator.id: r for r in results}


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planner", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)


def test_sotkanet_per_municipality_and_sex_uses_the_areas_total_row(tmp_path):
    truth = S.sotkanet_by_municipality_and_sex(tmp_path / "sotkanet.csv")
    _plan, built, res = compare(tmp_path / "sotkanet.csv")
    assert res["M33"].actual == truth["M33"]  # not a municipality's women's value
    assert res["M33"].coverage.source == "area"
    assert res["M22"].actual == pytest.approx(72.4)  # decimal comma, the area's own row
    assert any("Sukupuoli" in w and "Yhteensä" in w and "Miehet" in w for w in map(word, built.warnings))
    assert any("Koko maa" in w for w in map(word, built.warnings))
    assert not any("viimeinen jäi voimaan" in w for w in map(word, built.warnings))


def test_sotkanet_without_area_row_sums_all_eight_municipalities_but_never_a_percentage(tmp_path):
    truth = S.sotkanet_by_municipality_and_sex(tmp_path / "s.csv", area_row=False)
    _plan, _built, res = compare(tmp_path / "s.csv")
    assert res["M33"].actual == truth["M33"]
    assert res["M33"].coverage.source == "municipalities" and res["M33"].coverage.count() == "8/8"
    assert res["M22"].actual is None and "ei lasketa yhteen" in res["M22"].note
    assert len(res["M22"].per_municipality) == 8


def test_sotkanet_newest_year_first_reports_the_programme_year(tmp_path):
    truth = S.sotkanet_newest_year_first(tmp_path / "s.csv")
    _plan, built, res = compare(tmp_path / "s.csv")
    assert res["M33"].actual == truth["M33"] and res["M33"].period == "2026"
    assert any("2024, 2025" in w and "historiaksi" in w for w in map(word, built.warnings))


def test_sotkanet_without_total_category_is_a_question_then_a_choice(tmp_path):
    path = tmp_path / "s.csv"
    S.sotkanet_by_municipality_and_sex(path, with_total=False)
    with pytest.raises(ActualsError) as err:
        compare(path)
    assert "Sukupuoli" in str(err.value) and "Miehet, Naiset" in str(err.value) and "--select" in str(err.value)
    _plan, built, res = compare(path, selections={"Sukupuoli": "Naiset"})
    assert res["M33"].actual == 590
    assert any("valittu" in w for w in map(word, built.warnings))


@pytest.mark.parametrize("codes", [True, False])
def test_pxweb_default_pivot_windows_1252(tmp_path, codes):
    truth = S.pxweb_pivot(tmp_path / "px.csv", codes=codes)
    plan, built, res = compare(tmp_path / "px.csv")
    assert plan.layout.kind.value == "wide"
    assert res["M06"].actual == truth["M06"] and res["M06"].period == "2026-06"
    assert res["M06"].coverage.source == "municipalities" and len(res["M06"].coverage.municipalities) == 8
    assert any("KOKO MAA" in w and "Jyväskylä" in w for w in map(word, built.warnings))  # named, not summed


def test_pxweb_long_shape_with_measure_as_header(tmp_path):
    truth = S.pxweb_long(tmp_path / "px.csv")
    plan, _built, res = compare(tmp_path / "px.csv")
    assert plan.layout.kind.value == "long"
    assert res["M06"].actual == truth["M06"]


def test_municipality_missing_from_latest_month_uses_last_complete_month(tmp_path):
    truth = S.pxweb_long(tmp_path / "px.csv", missing_latest="Keuruu")
    _plan, built, res = compare(tmp_path / "px.csv")
    r = res["M06"]
    assert r.actual == truth["M06"] and r.period == "2026-05"
    assert "Keuruu" in r.note and "7/8" in r.note
    assert r.coverage.left_out == ["2026-06"]
    assert any("puuttuvaa" in w for w in map(word, built.warnings))  # ".." named as missing, not zero


def test_summed_indicator_with_municipality_missing_in_latest_month(tmp_path):
    S.long_by_municipality(tmp_path / "l.xlsx", missing={6: ["Keuruu"]})
    _plan, _built, res = compare(tmp_path / "l.xlsx")
    assert res["M05"].actual == 5 * sum(2 + i for i in range(8))  # January-May, all eight
    assert res["M05"].period == "2026-05"


def test_three_of_eight_municipalities_is_never_the_area_total(tmp_path):
    S.long_by_municipality(tmp_path / "l.xlsx", only=["Joutsa", "Jämsä", "Keuruu"])
    _plan, _built, res = compare(tmp_path / "l.xlsx")
    for iid in ("M05", "M06"):
        r = res[iid]
        assert r.actual is None and r.status.value == "no_data"
        assert r.actual_message == msg("actual_partial_area", count="3/8") and r.actual_text == ""
        assert r.actual_in() == "ei koko alueen lukua (3/8 kuntaa)"
        assert r.actual_in("en") == "no figure for the whole area (3/8 municipalities)"
        assert r.coverage.source == "partial" and not r.coverage.complete


def test_municipality_missing_from_a_middle_month_of_a_sum_is_incomplete(tmp_path):
    S.long_by_municipality(tmp_path / "l.xlsx", missing={3: ["Multia"]})
    _plan, _built, res = compare(tmp_path / "l.xlsx")
    assert res["M05"].actual is None and "Multia" in res["M05"].note
    assert res["M06"].actual == sum(S.muni_value(m, 6) for m in S.MUNIS)  # latest value: June is complete


@pytest.mark.parametrize("as_text", [False, True])
def test_year_above_the_months_merged_or_as_text_with_title_row(tmp_path, as_text):
    truth = S.merged_year_workbook(tmp_path / "m.xlsx", year_as_text=as_text)
    _plan, built, res = compare(tmp_path / "m.xlsx")
    assert res["M05"].actual == truth["M05"]  # 6 x 18, not the 2025 months counted as 2026
    assert res["M06"].actual == truth["M06"] and res["M06"].period == "2026-06"
    assert any("yläpuolelta" in w for w in map(word, built.warnings))


def test_year_from_sheet_name(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Toteumat 2025"
    ws.append(["Mittari", "tammi", "helmi"])
    ws.append([S.NEW_JOBS, 5, 6])
    wb.save(tmp_path / "n.xlsx")
    plan = prepare_import(load_example(), tmp_path / "n.xlsx")
    assert {r.period for r in plan.records} == {"2025-01", "2025-02"}


def test_repeated_months_without_year_are_refused_naming_the_columns(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Mittari", "tammi", "helmi", "tammi", "helmi"])
    ws.append([S.NEW_JOBS, 5, 6, 7, 8])
    wb.save(tmp_path / "r.xlsx")
    with pytest.raises(ActualsError) as err:
        prepare_import(load_example(), tmp_path / "r.xlsx")
    assert "B ja D" in str(err.value)


def test_daily_rows_are_summed_or_latest_taken_and_said(tmp_path):
    truth = S.daily_rows(tmp_path / "d.xlsx")
    _plan, built, res = compare(tmp_path / "d.xlsx")
    assert res["M05"].actual == truth["M05"]
    assert res["M06"].actual == truth["M06"]
    said = [w for w in map(word, built.warnings) if "päivittäistä riviä" in w]
    assert len(said) == 2 and f"{truth['rows']} päivittäistä" in said[0] and "laskettiin yhteen" in said[0]
    assert "viimeisin" in said[1]


def test_conflicting_values_are_an_error_naming_both_cells(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Mittari", "Kuukausi", "Toteuma"])
    ws.append([S.NEW_JOBS, "3/2026", 12])
    ws.append([S.NEW_JOBS, "3/2026", 12])  # the same value twice: stored once
    ws.append([S.NEW_JOBS, "4/2026", 10])
    ws.append([S.NEW_JOBS, "4/2026", 15])
    wb.save(tmp_path / "c.xlsx")
    prog = load_example()
    plan = prepare_import(prog, tmp_path / "c.xlsx")
    built = plan.build()
    assert built.blocking and len(built.conflicts) == 1
    text = built.conflicts[0].describe()
    assert "C4 (10)" in text and "C5 (15)" in text and "4/2026" in text
    plan.choose_conflict(built.conflicts[0].key, 1)
    again = plan.build()
    assert not again.blocking
    assert sorted((v.period, v.value) for v in again.imp.values) == [("2026-03", 12), ("2026-04", 15)]
    assert built.imp.values != again.imp.values and plan.build().imp.values == again.imp.values  # pure


def test_unknown_column_telling_rows_apart_is_asked_not_collapsed(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Mittari", "Kuukausi", "Palvelu", "Toteuma"])
    ws.append([S.NEW_JOBS, "3/2026", "Yrityspalvelut", 12])
    ws.append([S.NEW_JOBS, "3/2026", "Työnvälitys", 30])
    wb.save(tmp_path / "h.xlsx")
    plan = prepare_import(load_example(), tmp_path / "h.xlsx")
    q = plan.open_questions()
    assert len(q) == 1 and q[0].header == "Palvelu" and q[0].values == ["Yrityspalvelut", "Työnvälitys"]
    assert plan.build().blocking and plan.build().imp.values == []
    plan.select("Palvelu", "Työnvälitys")
    assert [v.value for v in plan.build().imp.values] == [30]


def test_area_column_with_no_value_of_the_programme_is_asked(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Indikaattori;Alue;Vuosi;Arvo\n" + f"{S.LONG_UNEMPLOYED};Keski-Suomi;2026;9000\n"
                    + f"{S.LONG_UNEMPLOYED};Koko maa;2026;100000\n", encoding="utf-8")
    with pytest.raises(ActualsError) as err:
        compare(path)
    assert "Alue" in str(err.value) and "Keski-Suomi" in str(err.value)
    _plan, _built, res = compare(path, selections={"Alue": "Keski-Suomi"})
    assert res["M33"].actual == 9000


def test_build_is_pure_and_returns_its_warnings(tmp_path):
    S.sotkanet_by_municipality_and_sex(tmp_path / "s.csv")
    plan = prepare_import(load_example(), tmp_path / "s.csv")
    before = list(plan.warnings)
    a, b = plan.build(imported_at="x"), plan.build(imported_at="x")
    assert plan.warnings == before and a.warnings == b.warnings and a.imp.values == b.imp.values
    assert any("Sukupuoli" in w for w in map(word, a.warnings)) and not any("Sukupuoli" in w for w in map(word, plan.warnings))
    imp, mappings = a  # still unpacks as the old pair
    assert imp is a.imp and mappings == a.mappings


def test_months_after_the_report_date_are_not_compared_and_named(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Mittari", "Kuukausi", "Toteuma"])
    for m in range(1, 9):
        ws.append([S.NEW_JOBS, f"{m}/2026", 10])
    wb.save(tmp_path / "f.xlsx")
    _plan, built, res = compare(tmp_path / "f.xlsx")
    assert res["M05"].actual == 60 and res["M05"].coverage.after_report == ["2026-07", "2026-08"]
    assert "7/2026" in res["M05"].note
    assert any("Raportointipäivän 30.6.2026" in w for w in map(word, built.warnings))


# -- command line ---------------------------------------------------------------------


def test_cli_compare_json_echoes_file_sheet_date_and_coverage(tmp_path):
    prog = tmp_path / "o.json"
    save_programme(load_example(), prog)
    S.pxweb_pivot(tmp_path / "px.csv")
    proc = cli("compare", str(prog), "--actuals", str(tmp_path / "px.csv"), "--as-of", "30.6.2026", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["file"].endswith("px.csv") and data["sheet"] == "px" and data["as_of"] == "2026-06-30"
    m06 = next(i for i in data["indicators"] if i["id"] == "M06")
    assert m06["coverage"]["of"] == 8 and len(m06["coverage"]["municipalities"]) == 8
    assert m06["coverage"]["text"].startswith("kuntien summa, 8/8 kuntaa")


def test_cli_import_actuals_saves_with_backup_and_export_follow_up_works(tmp_path):
    prog = tmp_path / "o.json"
    save_programme(load_example(), prog)
    S.merged_year_workbook(tmp_path / "m.xlsx")
    proc = cli("import-actuals", str(prog), "--actuals", str(tmp_path / "m.xlsx"), "--as-of", "30.6.2026")
    assert proc.returncode == 0, proc.stderr
    assert "Tuotu" in proc.stdout and (tmp_path / "o.json.bak").exists()
    loaded = load_programme(prog)
    assert len(loaded.actual_imports) == 1
    values = {(v.indicator_id, v.period): v.value for v in loaded.actual_imports[0].values}
    assert values[("M05", "2026-06")] == 18 and values[("M05", "2025-12")] == 15
    out = tmp_path / "seuranta.docx"
    proc = cli("export", str(prog), "--format", "docx", "--report", "follow-up", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1000


@pytest.mark.parametrize("case", ["question", "conflict"])
def test_cli_import_actuals_refusal_writes_nothing(tmp_path, case):
    prog = tmp_path / "o.json"
    save_programme(load_example(), prog)
    before = prog.read_bytes()
    if case == "question":
        path = tmp_path / "s.csv"
        S.sotkanet_by_municipality_and_sex(path, with_total=False)
    else:
        path = tmp_path / "c.csv"
        path.write_text(f"Mittari;Kuukausi;Toteuma\n{S.NEW_JOBS};4/2026;10\n{S.NEW_JOBS};4/2026;15\n", encoding="utf-8")
    proc = cli("import-actuals", str(prog), "--actuals", str(path))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    if case == "question":
        assert "Sukupuoli" in proc.stderr and "--select" in proc.stderr
    else:
        assert "C2 (10)" in proc.stderr and "C3 (15)" in proc.stderr
    assert prog.read_bytes() == before and not (tmp_path / "o.json.bak").exists()
    ok = cli("import-actuals", str(prog), "--actuals", str(path), "--select", "Sukupuoli=Yhteensä")
    assert ok.returncode == 2 and prog.read_bytes() == before  # Yhteensä is not a value of that column


@pytest.mark.parametrize(("text", "expected"), [
    ("Mänttä–Vilppula", ("municipality", "Mänttä-Vilppula")), ("KU508", ("municipality", "Mänttä-Vilppula")),
    ("508 Mänttä-Vilppula", ("municipality", "Mänttä-Vilppula")), ("Joutsa (172)", ("municipality", "Joutsa")),
    ("KOKO MAA", ("other", "")), ("KU179 Jyväskylä", ("other", "")), ("Yhteensä", ("area", "")),
    ("Kaikki", ("area", "")), (S.AREA.upper(), ("area", "")), ("172 Jämsä", ("other", "")),  # code and name disagree
])
def test_area_values_by_name_code_or_total(text, expected):
    from planner.followup.actuals.dimensions import AreaResolver

    assert AreaResolver(["Joutsa", "Mänttä-Vilppula"], S.AREA).resolve(text) == expected
