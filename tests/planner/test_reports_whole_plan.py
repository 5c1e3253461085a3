"""The whole plan in print: sections in the user's order, spearheads and target groups, the impact chain drawn,
the indicator catalogue, the follow-up per spearhead and the register's new columns."""

from __future__ import annotations

import re
import zipfile
from datetime import date

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from planner.example import load_example
from planner.model import Section, SectionPlacement, Tag
from planner.reports.export import ExportError, export
from tests.planner.report_fixtures import with_demo_actuals


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(str(path)).pages))


@pytest.fixture(scope="module")
def lahti():
    return load_example("lahti")


@pytest.fixture(scope="module")
def lahti_pdf(lahti, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "lahti.pdf"
    export(lahti, "pdf", "programme", out)
    return out


@pytest.fixture(scope="module")
def lahti_docx(lahti, tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "lahti.docx"
    export(lahti, "docx", "programme", out)
    return docx.Document(str(out))


def positions(text: str, needles: list[str]) -> list[int]:
    return [text.index(n) for n in needles]


def test_pdf_prints_sections_in_the_users_order_around_the_themes(lahti_pdf):
    text = pdf_text(lahti_pdf)
    body = text[text.index("Kuntakokeilun taustaa"):]  # past the table of contents
    order = positions(body, ["Kuntakokeilun taustaa", "Kuntakokeilussa lähdetään ratkaisemaan", "Fokusoitu",
                             "Rakennetyöttömät kuukauden lopussa", "Hankkeen tuloksena", "Vaikuttavuusketju on looginen"])
    assert order == sorted(order)
    assert "Kohtaanto-ongelmia:" in text and "Muutoksentekijä" in text


def test_moving_a_section_moves_it_in_every_export(tmp_path):
    p = load_example()
    p.sections = [Section(heading="Johdanto", body="Alkusanat."), Section(heading="Liite", body="Loppusanat.",
                                                                          placement=SectionPlacement.AFTER)]
    export(p, "pdf", "programme", tmp_path / "a.pdf")
    text = pdf_text(tmp_path / "a.pdf")
    assert text.index("Alkusanat.") < text.index("Lakisääteiset työvoimapalvelut asiakkaille") < text.index(
        "Loppusanat.")
    p.sections.reverse()
    p.sections[0].placement, p.sections[1].placement = SectionPlacement.BEFORE, SectionPlacement.AFTER
    export(p, "docx", "programme", tmp_path / "a.docx")
    paras = [x.text for x in docx.Document(str(tmp_path / "a.docx")).paragraphs]
    assert paras.index("Loppusanat.") < paras.index("Alkusanat.")


def test_spearheads_and_target_groups_have_their_pages(lahti_pdf, lahti_docx):
    text = pdf_text(lahti_pdf)
    part = text[text.index("Kärjet Osaajia yrityksiin Yrityksille tarjotaan"):]
    for name in ("Osaajia yrityksiin", "Omavalmennus", "Alle 30-vuotiaat työnhakijat",
                 "Maahanmuuttajat ja vieraskieliset"):
        assert name in part
    assert "Asiakaslähtöinen omavalmennus (Kärkitoimenpiteet)" in part
    h1 = [x.text for x in lahti_docx.paragraphs if x.style.name == "Heading 1"]
    assert "Kärjet" in h1 and "Kohderyhmät" in h1 and "Vaikuttavuusketju" in h1


def test_a_spearhead_added_in_the_editor_appears_in_all_three_exports(tmp_path):
    p = load_example()
    tag = Tag(id="sp-x", name="Nuorten työllisyys")
    p.spearheads.append(tag)
    p.themes[0].focus_areas[0].rows[0].tags.append(tag.id)
    export(p, "pdf", "programme", tmp_path / "p.pdf")
    export(p, "docx", "programme", tmp_path / "p.docx")
    export(p, "xlsx", "programme", tmp_path / "p.xlsx")
    assert "Nuorten työllisyys" in pdf_text(tmp_path / "p.pdf")
    assert "Nuorten työllisyys" in [x.text for x in docx.Document(str(tmp_path / "p.docx")).paragraphs]
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    header = [c.value for c in ws[1]]
    col = header.index("Kärjet")
    assert ws.cell(row=2, column=col + 1).value == "Nuorten työllisyys"
    assert ws.cell(row=3, column=col + 1).value is None


def test_the_impact_chain_is_drawn_in_the_pdf_not_pasted(lahti_pdf):
    reader = PdfReader(str(lahti_pdf))
    page = next(pg for pg in reader.pages if "Tuotokset" in pg.extract_text() and "Virta yli 3kk" in pg.extract_text())
    xobjects = page["/Resources"].get("/XObject") or {}
    assert all(x.get_object()["/Subtype"] == "/Form" for x in xobjects.values())  # the page number's form only
    text = re.sub(r"\s+", " ", page.extract_text())
    for stage in ("Tarve", "Resurssit", "Toimenpiteet", "Tuotokset", "Tulokset", "Vaikuttavuus"):
        assert stage in text
    content = page.get_contents().get_data()
    assert content.count(b" re") + content.count(b" c") > 40  # boxes and rounded corners are vector paths


def test_the_impact_chain_is_a_table_diagram_in_word(lahti_docx):
    """Top to bottom on a portrait page: a row per stage with its links and indicators, "↓" between stages."""
    chain_tables = [t for t in lahti_docx.tables if t.rows[0].cells[0].text == "Vaihe"]
    assert len(chain_tables) == 1
    t = chain_tables[0]
    assert [c.text for c in t.rows[0].cells] == ["Vaihe", "Kuvaus", "Mittarit"]
    stages = [r.cells[0].text for r in t.rows[1::2]]
    assert stages == ["Tarve", "Resurssit", "Toimenpiteet", "Tuotokset", "Tulokset", "Vaikuttavuus"]
    assert all(r.cells[0].text == "↓" for r in t.rows[2::2])
    outcomes = t.rows[1 + 2 * stages.index("Tulokset")].cells
    assert "Virta yli 3kk työttömyyteen" in outcomes[2].text  # the outcomes stage's indicators
    assert "(ei kuvattu)" in t.rows[1 + 2 * stages.index("Tuotokset")].cells[1].text  # the seed has no outputs box
    width_cm = sum(c.width for c in t.columns) / 360000
    assert 16.0 <= width_cm <= 16.7  # the whole text width of a portrait A4


def test_numbered_lists_restart_in_word(lahti_docx):
    numbered = [x.text for x in lahti_docx.paragraphs if re.match(r"^\d+\.\t", x.text)]
    assert numbered[0].startswith("1.\t") and sum(1 for x in numbered if x.startswith("1.\t")) >= 3


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_indicator_catalogue_export(lahti, tmp_path, fmt):
    out = tmp_path / f"mittaristo.{fmt}"
    export(lahti, fmt, "catalogue", out)
    if fmt == "pdf":
        text = pdf_text(out)
        assert "Mittaristo" in text and "TIETOLÄHDE" in text and "PÄIVITYSTIHEYS" in text
        assert "Talousseuranta" in text and "Kieku" in text and "kuukausittain" in text
    elif fmt == "docx":
        d = docx.Document(str(out))
        cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
        assert "TIETOLÄHDE" in cells and "Kelasto" in cells and "kuukausittain" in cells
        assert any("Maahanmuuttajat ja vieraskieliset" in c for c in cells)
    else:
        ws = openpyxl.load_workbook(out).active
        rows = list(ws.iter_rows(values_only=True))
        assert rows[0][:7] == ("Painopiste", "Tavoite / ryhmä", "Mittari", "Tietolähde", "Päivitystiheys",
                               "Vastuutaho", "Seuraava päivitys")
        assert len(rows) == 28
        by_name = {r[2]: r for r in rows[1:]}
        assert by_name["Rakennetyöttömät kuukauden lopussa"][3:5] == ("työnvälitystilasto", "kuukausittain")
        assert ws.data_validations.dataValidation[0].formula1 == '"kuukausittain,neljännesvuosittain,vuosittain"'


def test_catalogue_next_update_is_a_real_date(tmp_path):
    p = load_example()
    ind = p.themes[0].focus_areas[0].indicators[0]
    ind.next_update, ind.owner = "2026-06-30", "Jämsän kaupunki"
    export(p, "xlsx", "catalogue", tmp_path / "c.xlsx")
    export(p, "pdf", "catalogue", tmp_path / "c.pdf")
    ws = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert ws.cell(row=2, column=7).value.date() == date(2026, 6, 30)
    assert ws.cell(row=2, column=7).number_format == "d.m.yyyy"
    assert "30.6.2026" in pdf_text(tmp_path / "c.pdf") and "Jämsän kaupunki" in pdf_text(tmp_path / "c.pdf")


def test_seed_004_catalogue_has_the_sources_and_frequencies_it_states(tmp_path):
    export(load_example(), "xlsx", "catalogue", tmp_path / "c.xlsx")
    rows = {r[2]: r for r in openpyxl.load_workbook(tmp_path / "c.xlsx").active.iter_rows(min_row=2, values_only=True)}
    assert rows["Laajan työttömyyden määrä"][3:5] == ("työnvälitystilasto", "kuukausittain")
    assert rows["Työnantajakontaktien määrä"][3] == "asiakastietojärjestelmä"
    assert rows["Uudet avoimet työpaikat"][4] == "vuosittain"
    assert rows["Palkkatukijaksot"][3] is None and rows["Palkkatukijaksot"][4] is None


def test_unknown_report_is_refused(tmp_path, lahti):
    with pytest.raises(ExportError, match="catalogue"):
        export(lahti, "pdf", "mittaristo", tmp_path / "x.pdf")


def test_follow_up_shows_status_per_spearhead(tmp_path):
    p = with_demo_actuals(load_example())
    p.spearheads = [Tag(id="sp1", name="Osaajia yrityksiin"), Tag(id="sp2", name="Tyhjä kärki")]
    p.themes[0].focus_areas[0].tags = ["sp1"]
    export(p, "pdf", "follow-up", tmp_path / "f.pdf", as_of=date(2026, 7, 10))
    text = pdf_text(tmp_path / "f.pdf")
    part = text[text.index("Tilanne kärjittäin"):]
    assert "Osaajia yrityksiin" in part and "Tyhjä kärki Kärjet Ei mittareita" in part
    export(p, "docx", "follow-up", tmp_path / "f.docx", as_of=date(2026, 7, 10))
    d = docx.Document(str(tmp_path / "f.docx"))
    assert "Tilanne kärjittäin" in [x.text for x in d.paragraphs]
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    assert "Tyhjä kärki (kärjet)" in cells


def test_word_chain_table_has_no_images(tmp_path, lahti):
    export(lahti, "docx", "programme", tmp_path / "l.docx")
    with zipfile.ZipFile(tmp_path / "l.docx") as z:
        assert not [n for n in z.namelist() if n.startswith("word/media/")]
