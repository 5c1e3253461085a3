"""Follow-up by municipality: the per-municipality template, import, cards and reports."""

from __future__ import annotations

import math
from datetime import date

import pytest

from planner.cli.actuals import run_compare
from planner.example import load_example
from planner.followup.municipalities import municipality_cards
from planner.followup.progress import ProgressStatus
from tests.planner.municipality_samples import WEIGHTS, write_filled_template

AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    p = load_example()
    path = write_filled_template(p, tmp_path_factory.mktemp("m") / "wide.xlsx")
    _plan, _built, results = run_compare(p, path, None, AS_OF)
    return p, results


@pytest.mark.parametrize("long", [False, True])
def test_template_per_municipality_reads_back(tmp_path, long):
    p = load_example()
    path = write_filled_template(p, tmp_path / "t.xlsx", long=long)
    plan, _built, results = run_compare(p, path, None, AS_OF)
    by_id = {r.indicator.id: r for r in results}
    m06 = by_id["M06"]  # a count: the area is the municipalities' sum
    assert set(m06.per_municipality) == set(p.municipalities)
    assert m06.actual == pytest.approx(math.fsum(m06.per_municipality.values()))
    m22 = by_id["M22"]  # a percentage: the area's own row, never a sum
    assert m22.actual is not None and m22.actual < 100 and len(m22.per_municipality) == 8
    assert by_id["M24"].actual_in() == "valmis"  # milestones on the area row
    assert not plan.unmatched_rows()


def test_template_rows_and_instructions(tmp_path):
    from openpyxl import load_workbook

    from planner.cli import main

    src = tmp_path / "p.json"
    from planner.fileformat import save_programme

    save_programme(load_example(), src)
    assert main(["actuals-template", str(src), "-o", str(tmp_path / "w.xlsx"), "--layout", "municipalities-wide"]) == 0
    ws = load_workbook(tmp_path / "w.xlsx").worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["Tunnus", "Painopisteen tavoite", "Mittari", "Kunta", "Yksikkö"]
    assert header[5] == "tammikuu 2026" and len(header) == 17
    assert ws.max_row == 1 + 37 * 9  # 8 municipalities and the area per indicator
    assert main(["actuals-template", str(src), "-o", str(tmp_path / "l.xlsx"), "--layout", "municipalities-long"]) == 0
    ws = load_workbook(tmp_path / "l.xlsx").worksheets[0]
    assert ws.max_row == 1 + 37 * 9 * 12


def test_eight_cards_with_shares_and_targets(imported):
    p, results = imported
    cards = municipality_cards(p, results)
    assert [c.name for c in cards] == p.municipalities
    assert all(c.has_data for c in cards)
    jamsa = next(c for c in cards if c.name == "Jämsä")
    m06 = next(r for r in jamsa.rows if r.result.indicator.id == "M06")
    assert m06.area_share == pytest.approx(m06.value / m06.result.actual)
    assert m06.target is None and m06.status is ProgressStatus.NO_DATA  # no share given: no count target
    m22 = next(r for r in jamsa.rows if r.result.indicator.id == "M22")
    assert m22.target == pytest.approx(75) and m22.status is not ProgressStatus.NO_DATA
    assert m22.outlook is not None and m22.outlook.low <= m22.outlook.value <= m22.outlook.high
    p.economics.municipality_shares = {k: v for k, v in WEIGHTS.items()}
    card = municipality_cards(p, results, only="jämsä")
    assert len(card) == 1
    m06 = next(r for r in card[0].rows if r.result.indicator.id == "M06")
    assert m06.target == pytest.approx(0.38 * 4100)
    assert m06.status is not ProgressStatus.NO_DATA
    p.economics.municipality_shares = {}


def test_export_cards_outlook_costs_pdf_and_word(imported, tmp_path):
    from pypdf import PdfReader

    from planner.reports.export import ExportError, export

    p, _results = imported
    out = export(p, "pdf", "municipality-cards", tmp_path / "k.pdf", as_of=AS_OF)
    reader = PdfReader(str(out))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles == p.municipalities
    assert len(reader.pages) <= 2 * 8
    one = PdfReader(str(export(p, "pdf", "municipality-cards", tmp_path / "j.pdf", as_of=AS_OF,
                               municipality="JÄMSÄ")))
    assert [o.title for o in one.outline] == ["Jämsä"] and len(one.pages) <= 2
    from docx import Document

    doc = Document(str(export(p, "docx", "municipality-cards", tmp_path / "k.docx", as_of=AS_OF)))
    assert [x.text for x in doc.paragraphs if x.style.name == "Heading 1"] == p.municipalities
    text = "".join(pg.extract_text() for pg in PdfReader(str(export(p, "pdf", "outlook", tmp_path / "o.pdf",
                                                                    as_of=AS_OF))).pages)
    assert "Ennuste vuoden loppuun" in text and "lineaarinen trendi" in text
    Document(str(export(p, "docx", "outlook", tmp_path / "o.docx", as_of=AS_OF)))
    with pytest.raises(ExportError, match="kustannuksia"):
        export(p, "pdf", "costs", tmp_path / "c.pdf", as_of=AS_OF)
    with pytest.raises(ExportError, match="Kuntaa ”Tampere” ei ole"):
        export(p, "pdf", "municipality-cards", tmp_path / "x.pdf", municipality="Tampere")
    assert not (tmp_path / "x.pdf").exists()


def test_follow_up_report_shows_outlook_and_municipalities(imported, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from planner.reports.export import export

    p, _results = imported
    text = "".join(pg.extract_text() for pg in PdfReader(str(export(p, "pdf", "follow-up", tmp_path / "f.pdf",
                                                                    as_of=AS_OF))).pages)
    assert "ennuste" in text and "Kunnittain" in text and "Mänttä-" in text
    wb = load_workbook(export(p, "xlsx", "follow-up", tmp_path / "r.xlsx", as_of=AS_OF))
    assert wb.sheetnames == ["Mittarirekisteri", "Kunnittain", "Ennuste"]
    ws = wb["Kunnittain"]
    assert [c.value for c in ws[1]][3:] == p.municipalities


def test_cli_export_cards_with_actuals_and_bad_municipality(tmp_path, capsys):
    from planner.cli import main
    from planner.fileformat import save_programme

    p = load_example()
    src = tmp_path / "p.json"
    save_programme(p, src)
    filled = write_filled_template(p, tmp_path / "f.xlsx")
    before = src.read_bytes()
    assert main(["export", str(src), "--report", "municipality-cards", "--actuals", str(filled), "--as-of",
                 "30.6.2026", "-o", str(tmp_path / "k.pdf")]) == 0
    assert (tmp_path / "k.pdf").stat().st_size > 10_000
    assert main(["export", str(src), "--report", "municipality-cards", "--municipality", "Oulu", "--actuals",
                 str(filled), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "Kuntaa ”Oulu” ei ole" in capsys.readouterr().err
    assert main(["export", str(src), "--report", "outlook", "-o", str(tmp_path / "y.pdf")]) == 2
    assert "toteumatietoja" in capsys.readouterr().err
    assert src.read_bytes() == before  # --actuals never changes the programme file


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_hostile_names_and_other_languages(imported, tmp_path, lang):
    import copy

    from docx import Document
    from pypdf import PdfReader

    from planner.economics_model import CostItem, Scenario
    from planner.reports.export import export

    p = copy.deepcopy(imported[0])
    p.language = lang
    p.economics.costs = [CostItem(name='<b>Palvelu & "x"</b> =SUM(A1)', budget=1000.0, spent=500.0,
                                  employed_indicator_id="M37")]
    p.economics.scenarios = [Scenario(name="<i>+2</i>", indicator_id="M37", extra_per_month=2,
                                      days_avoided_per_person=10)]
    for report in ("costs", "outlook", "municipality-cards"):
        pdf = export(p, "pdf", report, tmp_path / f"{report}.pdf", as_of=AS_OF)
        text = "".join(pg.extract_text() for pg in PdfReader(str(pdf)).pages)
        if report == "costs":
            assert '<b>Palvelu & "x"</b>' in text.replace("\n", " ")
        if report == "outlook":
            assert "<i>+2</i>" in text
        Document(str(export(p, "docx", report, tmp_path / f"{report}.docx", as_of=AS_OF)))


def test_compare_prints_the_outlook_and_the_municipalities(tmp_path, capsys):
    import json

    from planner.cli import main
    from planner.fileformat import save_programme

    p = load_example()
    src = tmp_path / "p.json"
    save_programme(p, src)
    filled = write_filled_template(p, tmp_path / "f.xlsx", long=True)
    assert main(["compare", str(src), "--actuals", str(filled), "--as-of", "30.6.2026", "--json"]) == 0
    data = {d["id"]: d for d in json.loads(capsys.readouterr().out)["indicators"]}
    o = data["M06"]["outlook"]
    assert o["method"] == "linear" and o["low"] <= o["value"] <= o["high"]
    assert data["M24"]["outlook"] is None  # a milestone has no outlook
    assert main(["compare", str(src), "--actuals", str(filled), "--as-of", "30.6.2026"]) == 0
    out = capsys.readouterr().out
    assert "ennuste " in out and "kunnittain: Joutsa" in out
