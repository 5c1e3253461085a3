"""The PDFs are tagged (accessible): structure tree, marked content, headings, figures, tables.

The check (tests/planner/pdf_tag_check.py) walks the structure tree with pypdf; veraPDF is not
available offline. It must also fail on an untagged PDF, or it proves nothing.
"""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from planner.example import load_example
from planner.reports.export import export
from planner.statements.examples import load_statement_example
from planner.statements.export_pdf import export_pdf
from tests.planner.pdf_tag_check import check_tagged_pdf, structure_summary, walk_structure
from tests.planner.report_fixtures import hostile_programme, with_demo_actuals


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    d = tmp_path_factory.mktemp("tagged")
    programme = load_example()
    export(programme, "pdf", "programme", d / "programme.pdf")
    export(with_demo_actuals(load_example()), "pdf", "follow-up", d / "followup.pdf", as_of=date(2026, 6, 30))
    for name in ("mantsala", "mikkeli"):
        export_pdf(load_statement_example(name), d / f"{name}.pdf")
    return d


@pytest.mark.parametrize("name", ["programme", "followup", "mantsala", "mikkeli"])
def test_every_pdf_passes_the_tag_check(pdfs, name):
    assert check_tagged_pdf(str(pdfs / f"{name}.pdf")) == []


def test_programme_structure_has_headings_lists_tables_and_toc(pdfs):
    counts = structure_summary(str(pdfs / "programme.pdf"))
    for tag in ("H1", "H2", "H3", "L", "LI", "Table", "TH", "TD", "TOC", "TOCI", "Caption"):
        assert counts.get(tag, 0) > 0, tag
    reader = PdfReader(str(pdfs / "programme.pdf"))
    root = reader.trailer["/Root"]
    assert str(root["/Lang"]) == "fi-FI"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert root["/MarkInfo"]["/Marked"]
    tags = [t for t, _e in walk_structure(reader)]
    first_heading = next(t for t in tags if t.startswith("H"))
    assert first_heading == "H1"


def test_followup_charts_are_figures_with_a_finnish_sentence(pdfs):
    figures = [e for t, e in walk_structure(PdfReader(str(pdfs / "followup.pdf"))) if t == "Figure"]
    assert len(figures) > 5
    alts = [str(e["/Alt"]).replace("\u00a0", " ") for e in figures]
    assert alts[0].startswith("Pylväskaavio: mittarien määrä tilan mukaan.")
    assert any(a.startswith("Viivakaavio: Työnantajakontaktien määrä") and "tavoite 1 000" in a for a in alts)


def test_statement_pdfs_embed_every_font(pdfs):
    for name in ("mantsala", "mikkeli"):
        reader = PdfReader(str(pdfs / f"{name}.pdf"))
        for page in reader.pages:
            fonts = page["/Resources"]["/Font"]
            for ref in fonts.values():
                font = ref.get_object()
                assert "Helvetica" not in str(font["/BaseFont"]), name
                assert "/FontDescriptor" in font or "/DescendantFonts" in font


def test_hostile_programme_is_tagged_too(tmp_path):
    out = tmp_path / "h.pdf"
    export(hostile_programme(), "pdf", "programme", out)
    assert check_tagged_pdf(str(out)) == []


def test_the_check_fails_on_an_untagged_pdf(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "plain.pdf"
    c = Canvas(str(path))
    c.drawString(72, 720, "ei tageja")
    c.save()
    assert check_tagged_pdf(str(path)) == ["ei rakennepuuta (/StructTreeRoot)"]


def test_the_check_finds_unmarked_content_and_a_figure_without_alt(tmp_path):
    """Strip one Figure's /Alt and add an unmarked line to a page: both are reported."""
    import pikepdf

    src = tmp_path / "p.pdf"
    export(with_demo_actuals(load_example()), "pdf", "follow-up", src, as_of=date(2026, 6, 30))
    with pikepdf.open(src, allow_overwriting_input=True) as pdf:
        def strip(node):
            if isinstance(node, pikepdf.Dictionary):
                if node.get("/S") == pikepdf.Name.Figure and "/Alt" in node:
                    del node["/Alt"]
                    return True
                kids = node.get("/K")
                if isinstance(kids, pikepdf.Array):
                    return any(strip(k) for k in kids)
            return False

        assert strip(pdf.Root.StructTreeRoot)
        pdf.pages[2].contents_add(pdf.make_stream(b"BT /F1 9 Tf 10 10 Td (x) Tj ET"), prepend=False)
        pdf.save(src)
    problems = check_tagged_pdf(str(src))
    assert "Figure ilman /Alt-tekstiä" in problems
    assert any(p.startswith("sivu 3:") and "ilman tagia" in p for p in problems)


def test_a_new_page_made_with_the_shared_template_is_tagged_without_knowing_it(tmp_path):
    """What another report adds (its own styles, a layout table, a drawing, a page break) is tagged."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Table

    from planner.reports.pdf_common import ReportDoc, heading, para

    out = tmp_path / "new.pdf"
    rep = ReportDoc(str(out), title="Uusi raportti", author="x", subject="y", lang="fi-FI", header_text="Uusi",
                    footer_left="", page_word="sivu")

    def story():
        s = rep.s
        own = ParagraphStyle("impact_box", s["body"], fontSize=12)
        d = Drawing(200, 60)
        d.add(Rect(0, 0, 200, 60, fillColor=None))
        d.add(String(10, 20, "Panos → tuotos → vaikutus", fontName=s["font"]))
        return [heading("Vaikutusketju", s["h1"], 0, "impact"), Paragraph("Oma tyyli", own),
                Table([[para("a", s["cell"]), para("b", s["cell"])]]), d, PageBreak(),
                para("Toinen sivu", s["h3"]), Table([[para("Otsake", s["cell_head"])], [para("x", s["cell"])]],
                                                    repeatRows=1)]

    rep.build(story)
    assert check_tagged_pdf(str(out)) == []
    tags = [t for t, _e in walk_structure(PdfReader(str(out)))]
    assert "Figure" in tags and "Table" in tags and "TH" in tags
    fig = next(e for t, e in walk_structure(PdfReader(str(out))) if t == "Figure")
    assert str(fig["/Alt"]) == "Panos → tuotos → vaikutus"  # the drawing's own words when no alt was given
    assert tags.count("H1") == 1 and "H2" in tags and "H3" not in tags  # h3 after h1 became H2: no gap


def test_mark_gives_a_drawing_its_alternative_text(tmp_path):
    from reportlab.graphics.shapes import Drawing, Rect

    from planner.reports.pdf_common import ReportDoc
    from planner.reports.pdf_tagging import mark

    out = tmp_path / "m.pdf"
    rep = ReportDoc(str(out), title="T", author="x", subject="y", lang="sv-FI", header_text="T", footer_left="",
                    page_word="sida")

    def story():
        d = Drawing(100, 40)
        d.add(Rect(0, 0, 100, 40))
        return [mark(d, alt="Ett diagram")]

    rep.build(story)
    assert check_tagged_pdf(str(out)) == []
    fig = next(e for t, e in walk_structure(PdfReader(str(out))) if t == "Figure")
    assert str(fig["/Alt"]) == "Ett diagram"
    assert str(PdfReader(str(out)).trailer["/Root"]["/Lang"]) == "sv-FI"


@pytest.mark.parametrize("report", ["municipality-cards", "outlook", "catalogue"])
def test_the_newer_reports_are_tagged_with_chart_descriptions(tmp_path, report):
    from planner.cli.actuals import run_compare
    from tests.planner.municipality_samples import write_filled_template

    p = load_example()
    _plan, _built, _results = run_compare(p, write_filled_template(p, tmp_path / "wide.xlsx"), None,
                                          date(2026, 6, 30))
    out = export(p, "pdf", report, tmp_path / f"{report}.pdf", as_of=date(2026, 6, 30))
    assert check_tagged_pdf(str(out)) == []
    alts = [str(e["/Alt"]) for t, e in walk_structure(PdfReader(str(out))) if t == "Figure"]
    assert all(a.startswith(("Viivakaavio:", "Pylväskaavio:")) for a in alts), alts[:3]
