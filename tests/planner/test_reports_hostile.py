"""A programme full of hostile strings exported in every format: nothing crashes,
nothing becomes markup, a link, an embedded file or a formula, and nothing is lost."""

from __future__ import annotations

import re
import zipfile

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from planner.reports.export import export
from planner.textsafe import clean_text, para_markup
from tests.planner.report_fixtures import HOSTILE, hostile_programme
from tests.planner.test_reports_pdf import norm, pdf_text

# What each hostile string reads as once control characters are made spaces.
EXPECTED = [norm(clean_text(h)) for h in HOSTILE]


@pytest.fixture(scope="module")
def programme():
    return hostile_programme()


@pytest.mark.parametrize("report", ["programme", "follow-up"])
def test_pdf_shows_hostile_text_as_text(programme, tmp_path, report):
    out = tmp_path / "h.pdf"
    export(programme, "pdf", report, out)
    text = pdf_text(out)
    flat = text.replace(" ", "")
    for h in EXPECTED:
        if report == "follow-up" and h in (EXPECTED[6], EXPECTED[3], EXPECTED[4]):
            continue  # bullets and services are not in the follow-up
        # Long words may be split over lines: compare without spaces for the 200-letter word.
        assert h in text or h.replace(" ", "") in flat, h
    reader = PdfReader(str(out))
    for page in reader.pages:
        res = page.get("/Resources") or {}
        xobjects = res.get("/XObject") or {}
        # Forms hold the late page numbers (pdf_late_numbers); no picture may be embedded.
        images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
        assert not images, "no image may be embedded"
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            action = a.get("/A")
            assert action is None or action.get_object().get("/S") != "/URI", "no external link"
    assert b"/URI" not in out.read_bytes()
    assert reader.metadata.title.endswith(EXPECTED[0] + " 2026")


@pytest.mark.parametrize("report", ["programme", "follow-up"])
def test_docx_keeps_hostile_text(programme, tmp_path, report):
    out = tmp_path / "h.docx"
    export(programme, "docx", report, out)
    d = docx.Document(str(out))
    texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
    joined = norm("\n".join(texts))
    for h in EXPECTED:
        if report == "follow-up" and h in (EXPECTED[6], EXPECTED[3], EXPECTED[4]):
            continue
        assert h in joined, h
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        # Only the follow-up's own chart pictures: nothing the user wrote becomes an embedded file.
        media = [n for n in names if n.startswith("word/media/")]
        assert report == "follow-up" or not media
        assert all(n.endswith(".png") for n in media)
        rels = z.read("word/_rels/document.xml.rels").decode()
        assert "example.com" not in rels and "passwd" not in rels


def test_xlsx_has_no_formulas(programme, tmp_path):
    out = tmp_path / "h.xlsx"
    export(programme, "xlsx", "programme", out)
    ws = openpyxl.load_workbook(out).active
    values = []
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            if cell.value is not None:
                values.append(str(cell.value))
    for h in ("=SUM(A1:A9)", "+358 40 123 4567", "-5 % muutos", "@kaikki", EXPECTED[6], "x" * 200,
              '<img src="/etc/passwd"/>'):
        assert h in values, h
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet


def test_para_markup_never_makes_tags():
    for h in HOSTILE:
        m = para_markup(h)
        assert "<" not in m.replace("<br/>", "")
        assert not re.search(r"&(?!amp;|lt;|gt;)", m)


def test_empty_programme_exports(tmp_path):
    from planner.model import Programme

    for fmt in ("pdf", "docx", "xlsx"):
        out = tmp_path / f"empty.{fmt}"
        export(Programme(), fmt, "programme", out)
        assert out.stat().st_size > 0
