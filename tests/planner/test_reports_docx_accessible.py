"""Word reports a communications officer accepts: no prompt on opening, a real table of contents,
rows that stay whole, headings without gaps, numbered captions, the language on every style,
charts with alternative text, a one-line running header."""

from __future__ import annotations

import zipfile
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn

from planner.example import load_example
from planner.reports.export import export
from tests.planner.report_fixtures import with_demo_actuals

WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    d = tmp_path_factory.mktemp("docx")
    export(load_example(), "docx", "programme", d / "programme.docx")
    export(with_demo_actuals(load_example()), "docx", "follow-up", d / "followup.docx", as_of=date(2026, 6, 30))
    return d


@pytest.mark.parametrize("name", ["programme", "followup"])
def test_word_asks_nothing_on_opening(docs, name):
    with zipfile.ZipFile(docs / f"{name}.docx") as z:
        settings = z.read("word/settings.xml").decode()
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
    assert "updateFields" not in settings
    assert 'w:dirty="true"' not in xml and "w:dirty=\"1\"" not in xml


@pytest.mark.parametrize("name", ["programme", "followup"])
def test_table_of_contents_has_an_entry_per_heading_linked_to_it(docs, name):
    d = docx.Document(str(docs / f"{name}.docx"))
    headings = [p.text for p in d.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    entries = [p for p in d.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert [p.text for p in entries] == headings
    bookmarks = {b.get(qn("w:name")) for b in d.element.body.iter(qn("w:bookmarkStart"))}
    for p in entries:
        links = p._p.findall(qn("w:hyperlink"))
        assert links and links[0].get(qn("w:anchor")) in bookmarks
    # The entries are a TOC field's result, so F9 in Word rebuilds them with page numbers.
    instr = [el.text for el in d.element.body.iter(qn("w:instrText"))]
    assert any(t.strip().startswith("TOC ") for t in instr)
    assert not any("F9" in p.text for p in d.paragraphs)  # no placeholder text


@pytest.mark.parametrize("name", ["programme", "followup"])
def test_headings_have_no_gaps_and_every_row_stays_whole(docs, name):
    d = docx.Document(str(docs / f"{name}.docx"))
    previous = 0
    for p in d.paragraphs:
        if p.style.name.startswith("Heading ") and p.style.name[8:].isdigit():
            level = int(p.style.name[8:])
            assert level <= previous + 1, p.text
            previous = level
    for t in d.tables:
        for row in t.rows:
            trpr = row._tr.trPr
            assert trpr is not None and trpr.find(qn("w:cantSplit")) is not None


@pytest.mark.parametrize("name", ["programme", "followup"])
def test_every_table_has_a_numbered_caption_above_it(docs, name):
    d = docx.Document(str(docs / f"{name}.docx"))
    body = d.element.body
    for t in d.tables:
        prev = t._tbl.getprevious()
        assert prev is not None and prev.tag == qn("w:p")
        style = prev.find(qn("w:pPr")).find(qn("w:pStyle")).get(qn("w:val"))
        assert style == "Caption"
    captions = [p.text for p in d.paragraphs if p.style.name == "Caption"]
    numbers = [int(c.split()[1].rstrip(".")) for c in captions]
    assert numbers == list(range(1, len(captions) + 1))
    assert body is not None


@pytest.mark.parametrize("name", ["programme", "followup"])
def test_language_on_every_style(docs, name):
    d = docx.Document(str(docs / f"{name}.docx"))
    for style in d.styles:
        if style.element.get(qn("w:type")) in ("paragraph", "character", "table"):
            rpr = style.element.rPr
            lang = rpr.find(qn("w:lang")) if rpr is not None else None
            assert lang is not None and lang.get(qn("w:val")) == "fi-FI", style.name


def test_followup_word_has_the_charts_with_alternative_text(docs):
    d = docx.Document(str(docs / "followup.docx"))
    doc_prs = list(d.element.body.iter(f"{{{WP_NS}}}docPr"))
    alts = [el.get("descr") or "" for el in doc_prs]
    assert len(alts) > 5 and all(alts)
    assert alts[0].startswith("Pylväskaavio: mittarien määrä tilan mukaan.")
    assert any(a.startswith("Viivakaavio: Työnantajakontaktien määrä") for a in alts)
    with zipfile.ZipFile(docs / "followup.docx") as z:
        pngs = [n for n in z.namelist() if n.startswith("word/media/") and n.endswith(".png")]
        assert 1 <= len(pngs) <= len(alts)  # python-docx stores identical pictures once
        first = z.read(pngs[0])
    from io import BytesIO

    from PIL import Image

    img = Image.open(BytesIO(first))
    colours = img.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is not None and len(colours) > 10  # something is drawn, not a blank picture


def test_a_long_title_keeps_the_running_header_on_one_line(tmp_path):
    p = load_example()
    p.title = "Erittäin pitkä työllisyysohjelman otsikko " * 12
    out = tmp_path / "long.docx"
    export(p, "docx", "programme", out)
    d = docx.Document(str(out))
    header = d.sections[0].header.paragraphs[0].text
    assert len(header) <= 110 and header.endswith("…")
    title = next(para for para in d.paragraphs if para.style.name == "Title")
    assert title.text.startswith(p.title.strip()) and title.runs[0].font.size.pt < 30  # whole, smaller
