"""The Word exports: heading structure, TOC field, list bullets, repeating table headers, properties."""

from __future__ import annotations

from datetime import date

import docx
import pytest
from docx.oxml.ns import qn

from planner.example import load_example
from planner.model import Indicator
from planner.reports.export import export
from tests.planner.report_fixtures import with_demo_actuals


@pytest.fixture(scope="module")
def example():
    return load_example()


@pytest.fixture(scope="module")
def programme_docx(example, tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "ohjelma.docx"
    export(example, "docx", "programme", out)
    return docx.Document(str(out))


def headings(d, level):
    return [p.text for p in d.paragraphs if p.style.name == f"Heading {level}"]


def test_heading_structure_follows_the_programme(example, programme_docx):
    h1 = headings(programme_docx, 1)
    h2 = headings(programme_docx, 2)
    h3 = headings(programme_docx, 3)
    assert h1 == [example.services_title, example.themes_title, *[t.title for t in example.themes]]
    for theme in example.themes:
        assert theme.title in h2  # in the overview
        for fa in theme.focus_areas:
            assert fa.title in h2
    for cat in example.services:
        assert cat.title in h2  # under the services Heading 1: no level skipped
    assert "Miten henkilöstö toimii arjessa" in h3
    assert "Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa" in h3


def test_bullets_are_word_list_paragraphs(example, programme_docx):
    bullets = [p.text for p in programme_docx.paragraphs if p.style.name == "List Bullet"]
    for _theme, fa in example.focus_areas():
        for item in fa.act + fa.lead + fa.cooperate:
            assert item in bullets
        assert any(b.startswith(fa.title + " – ") or b == fa.title for b in bullets)
    for cat in example.services:
        for item in cat.items:
            assert item in bullets


def test_toc_field_tables_with_repeating_headers_and_properties(example, programme_docx):
    body = programme_docx.element.body
    instr = [el.text for el in body.iter(qn("w:instrText"))]
    assert any("TOC \\o \"1-2\"" in (t or "") for t in instr)
    tables = programme_docx.tables
    n_fa = sum(1 for _ in example.focus_areas())
    assert len(tables) == n_fa
    for t in tables:
        assert [c.text for c in t.rows[0].cells][1:] == ["MITTARI", "LÄHTÖARVO", "TAVOITE"]
        assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    cells = {c.text for t in tables for r in t.rows for c in r.cells}
    for _t, _fa, ind in example.indicators():
        assert {ind.name, ind.baseline, ind.target} <= cells | {""}
    cp = programme_docx.core_properties
    assert cp.title == "Työllisyysohjelma 2026"
    assert cp.subject == example.area
    assert cp.language == "fi-FI"
    assert cp.author


def test_level_shown_on_first_row_of_group_only(example, programme_docx):
    fa = next(fa for _t, fa in example.focus_areas() if len(fa.indicators) >= 4)
    idx = [f for _t, f in example.focus_areas()].index(fa)
    t = programme_docx.tables[idx]
    levels = [r.cells[0].text for r in t.rows[1:]]
    inds = [r for r in fa.rows if isinstance(r, Indicator)]
    assert levels[0] == inds[0].level
    assert levels.count(inds[0].level) == 1
    assert "" in levels


def test_followup_docx(tmp_path):
    p = with_demo_actuals(load_example())
    out = tmp_path / "seuranta.docx"
    export(p, "docx", "follow-up", out, as_of=date(2026, 7, 10))
    d = docx.Document(str(out))
    h1 = headings(d, 1)
    assert h1[0] == "Yhteenveto"
    assert [t.title for t in p.themes] == h1[1:]
    texts = {c.text for t in d.tables for r in t.rows for c in r.cells}
    for _t, _fa, ind in p.indicators():
        assert ind.name in texts or ind.name + " *" in texts
    assert any(t.startswith("✔ Saavutettu") or t == "✔ Saavutettu" for t in texts)
    assert "– Ei tietoa" in texts
    captions = [p.text for p in d.paragraphs if p.style.name == "Caption"]
    assert any(c.startswith("Taulukko ") and c.endswith("Kuukausittaiset toteumat") for c in captions)
    assert d.core_properties.subject == "Seurantaraportti"
