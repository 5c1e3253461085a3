"""The programme and follow-up PDFs: every piece of the example is in the text, valid, fonts embedded."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from planner.example import load_example
from planner.model import Indicator, IndicatorReference
from planner.reports.export import export
from tests.planner.report_fixtures import with_demo_actuals


def pdf_text(path) -> str:
    """The PDF's text in content order, whitespace normalised (lines wrap anywhere).

    pypdf keeps the order reportlab draws in (cell by cell), where pdftotext would
    interleave the lines of neighbouring table cells.
    """
    return norm("\n".join(p.extract_text() for p in PdfReader(str(path)).pages))


def pdftotext(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler (pdftotext), which is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return norm(out.stdout)


def norm(s: str) -> str:
    # Hyphenated line breaks are not added by reportlab, so joining on whitespace is enough.
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def loose(s: str) -> str:
    """Text without spaces and hyphens: narrow table cells hyphenate words ("alueelli-|set")."""
    return re.sub(r"[\s\-\u00ad]+", "", s)


@pytest.fixture(scope="module")
def example():
    return load_example()


@pytest.fixture(scope="module")
def programme_pdf(example, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "ohjelma.pdf"
    export(example, "pdf", "programme", out)
    return out


def test_programme_pdf_has_every_heading_bullet_indicator_baseline_and_target(example, programme_pdf):
    text = pdf_text(programme_pdf)
    expected = [example.title, example.area, example.services_title, example.themes_title, example.motto,
                "Sisällys", "Miten henkilöstö toimii arjessa", "Miten johdetaan",
                "Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa", "MITTARI", "LÄHTÖARVO", "TAVOITE",
                *example.municipalities]
    for cat in example.services:
        expected += [cat.title, *cat.items]
    for theme in example.themes:
        expected.append(theme.title)
        for fa in theme.focus_areas:
            expected += [fa.title, fa.heading, fa.summary, fa.description, *fa.act, *fa.lead, *fa.cooperate]
            for row in fa.rows:
                if isinstance(row, Indicator):
                    expected += [row.name, row.baseline, row.target, row.level]
                else:
                    expected.append(example.reference_text(row))
    loose_text = loose(text)
    missing = [e for e in expected if e and loose(e) not in loose_text]
    assert not missing, missing
    assert any(isinstance(r, IndicatorReference) for _t, fa in example.focus_areas() for r in fa.rows)


def test_pdftotext_reads_the_text_too(example, programme_pdf):
    """Other tools (search, copy, screen readers) get the same letters: fonts carry a Unicode map."""
    text = pdftotext(programme_pdf)
    for word in ("Työllisyysohjelma 2026", "Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa",
                 "4301 (joulukuu 2025)", "Mänttä-Vilppula", "Välitämme. Työniloa!"):
        assert word in text


def test_programme_pdf_page_numbers_and_focus_areas_on_own_pages(example, programme_pdf):
    reader = PdfReader(str(programme_pdf))
    n = len(reader.pages)
    pages = [norm(p.extract_text()) for p in reader.pages]
    for i, page in enumerate(pages[1:], start=2):  # the cover has no footer
        assert f"sivu {i} / {n}" in page
    assert "sivu 1 /" not in pages[0]
    # Each focus area title opens a page (after the theme line).
    for _theme, fa in example.focus_areas():
        assert any(p.find(fa.heading or fa.description[:40]) >= 0 and fa.title in p[:400] for p in pages), fa.title


def test_programme_pdf_metadata_outline_and_language(example, programme_pdf):
    reader = PdfReader(str(programme_pdf))
    meta = reader.metadata
    assert meta.title == "Työllisyysohjelma 2026"
    assert meta.author
    assert meta.subject == example.area
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"

    def titles(outline):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    outline = list(titles(reader.outline))
    for theme in example.themes:
        assert theme.title in outline
        for fa in theme.focus_areas:
            assert fa.title in outline


def test_programme_pdf_valid_and_fonts_embedded(programme_pdf):
    if shutil.which("qpdf"):
        r = subprocess.run(["qpdf", "--check", str(programme_pdf)], capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr
    if not shutil.which("pdffonts"):
        pytest.skip("needs poppler (pdffonts), which is not installed")
    out = subprocess.run(["pdffonts", str(programme_pdf)], capture_output=True, text=True, check=True).stdout
    rows = [ln.split() for ln in out.splitlines()[2:] if ln.strip()]
    assert rows, out
    for row in rows:
        assert "DejaVuSans" in row[0], out
        assert row[-5] == "yes", out  # emb column


def test_swedish_programme_gets_swedish_headings(example, tmp_path):
    example = load_example()
    example.language = "sv"
    out = tmp_path / "sv.pdf"
    export(example, "pdf", "programme", out)
    text = pdf_text(out)
    for word in ("Innehåll", "Hur personalen agerar i vardagen", "MÄTARE", "UTGÅNGSVÄRDE", "sida 2 /"):
        assert word in text
    assert "Miten johdetaan" not in text


@pytest.fixture(scope="module")
def followup(tmp_path_factory):
    p = with_demo_actuals(load_example())
    out = tmp_path_factory.mktemp("fu") / "seuranta.pdf"
    export(p, "pdf", "follow-up", out, as_of=date(2026, 7, 10))
    return p, out


def test_followup_pdf_lists_every_indicator_with_status(followup):
    from planner.followup.progress import ProgressStatus, compare_programme

    p, out = followup
    text = pdf_text(out)
    assert "Seurantaraportti" in text
    assert "Tilanne 10.7.2026, viimeisin toteuma: kesäkuu 2026" in text
    results = compare_programme(p, date(2026, 7, 10))
    for r in results:
        assert loose(r.indicator.name) in loose(text)
    assert any(r.status is ProgressStatus.NO_DATA for r in results)
    assert "Mittarit ilman toteumatietoa" in text
    for label in ("Saavutettu", "Etenee", "Jäljessä", "Ei tietoa"):
        assert label in text
    # Totals row: the number of indicators.
    assert f"Yhteensä {' '.join(str(v) for v in _counts(results))} {len(results)}" in text


def _counts(results):
    from planner.followup.progress import status_counts

    return list(status_counts(results).values())


def test_followup_pdf_has_charts_and_valid(followup):
    _p, out = followup
    reader = PdfReader(str(out))
    # Charts are vector drawings: the legend text "Toteuma" appears on focus-area pages.
    assert sum("Toteuma" in (pg.extract_text() or "") for pg in reader.pages) >= 5
    if shutil.which("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
        assert "Helvetica" not in fonts


def test_followup_without_actuals_is_refused_with_reason(tmp_path):
    from planner.reports.export import ExportError

    with pytest.raises(ExportError, match="toteumatietoja"):
        export(load_example(), "pdf", "follow-up", tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())


def test_logo_on_the_cover(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (31, 59, 90)).save(logo)
    out = tmp_path / "logo.pdf"
    export(load_example(), "pdf", "programme", out, logo=logo)
    cover = PdfReader(str(out)).pages[0]
    assert len(cover.images) == 1
    docx_out = tmp_path / "logo.docx"
    export(load_example(), "docx", "programme", docx_out, logo=logo)
    import docx

    assert len(docx.Document(str(docx_out)).inline_shapes) == 1


def test_broken_logo_does_not_stop_the_export(tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    out = tmp_path / "x.pdf"
    export(load_example(), "pdf", "programme", out, logo=bad)
    assert "Työllisyysohjelma 2026" in pdf_text(out)


def test_cover_names_the_status_once_and_the_version_when_named(example, tmp_path):
    """A draft cover says LUONNOS once; a named version adds "Versio 2 · luonnos"."""
    out = tmp_path / "draft.pdf"
    export(example, "pdf", "programme", out)
    cover = PdfReader(str(out)).pages[0].extract_text().lower()
    assert cover.count("luonnos") == 1
    example.version_name = "Versio 2"
    export(example, "pdf", "programme", out)
    cover = PdfReader(str(out)).pages[0].extract_text()
    assert "Versio 2 · luonnos" in cover and "LUONNOS" in cover
