"""A statement goes out as a Finnish municipal letter: head, addressee, reference, signatures, attachments."""

from __future__ import annotations

import subprocess
import sys

import docx
from docx.oxml.ns import qn

from planner.statements.checks import check_statement
from planner.statements.examples import load_statement_example
from planner.statements.export_docx import export_docx
from planner.statements.export_pdf import export_pdf
from planner.statements.export_txt import export_txt, statement_to_text
from planner.statements.fileformat import save_statement
from planner.statements.model import Comment, ProgrammeRef, RefKind, Signatory, Statement
from tests.planner.statements_helpers import docx_text, norm, pdf_text


def _letter() -> Statement:
    s = load_statement_example("mikkeli")
    s.date = "2026-06-30"
    s.diary_number = "MIKDno-2025-1234"
    s.request_reference = "Lausuntopyyntö 2.10.2025"
    s.addressee = "Työ- ja elinkeinoministeriö\nKirjaamo"
    s.signatories = [Signatory("Timo Halonen", "kaupunginjohtaja"), Signatory("Maija Meikäläinen", "työllisyyspäällikkö")]
    s.attachments = ["Liite 1. Palvelukuvaus", "Liite 2. Tilastot"]
    return s


def _all(s: Statement, tmp_path) -> dict[str, str]:
    export_pdf(s, tmp_path / "l.pdf")
    export_docx(s, tmp_path / "l.docx")
    export_txt(s, tmp_path / "l.txt")
    return {"pdf": norm(pdf_text(tmp_path / "l.pdf")), "docx": norm(docx_text(tmp_path / "l.docx")),
            "txt": norm((tmp_path / "l.txt").read_text(encoding="utf-8"))}


def test_every_letter_part_is_in_every_export(tmp_path):
    for fmt, text in _all(_letter(), tmp_path).items():
        for part in ("LAUSUNTO", "30.6.2026", "Dnro MIKDno-2025-1234", "Työ- ja elinkeinoministeriö",
                     "Viite: Lausuntopyyntö 2.10.2025", "Asia: VN/37864/2025", "MIKKELIN KAUPUNKI",
                     "Timo Halonen", "kaupunginjohtaja", "Maija Meikäläinen", "työllisyyspäällikkö",
                     "Liitteet", "Liite 1. Palvelukuvaus", "Liite 2. Tilastot"):
            assert part in text, (fmt, part)


def test_letter_order_head_addressee_reference_body_signature_attachments():
    text = statement_to_text(_letter())
    order = ["Mikkelin kaupunki", "LAUSUNTO", "30.6.2026", "Dnro", "Työ- ja elinkeinoministeriö", "Viite:",
             "Asia:", "Kehittämisehdotus 1", "MIKKELIN KAUPUNKI", "Timo Halonen", "Liitteet", "Liite 2. Tilastot"]
    positions = [text.index(x) for x in order]
    assert positions == sorted(positions)


def test_quotes_use_finnish_quotation_marks(tmp_path):
    s = Statement(organisation="Kunta", items=[Comment(heading="H", refs=[
        ProgrammeRef(RefKind.INDICATOR, "M1", "Mittari", "Lainattu teksti", "tavoite T")], text="Kommentti")])
    for text in _all(s, tmp_path).values():
        assert "\u201dLainattu teksti\u201d" in text
        assert "»" not in text and "«" not in text


def test_statement_word_has_heading_styles_language_and_survives_a_long_organisation(tmp_path):
    s = _letter()
    s.organisation = "Hyvin pitkänimisen kuntayhtymän työllisyyspalvelujen vastuualue " * 6
    assert len(s.organisation) > 240
    export_docx(s, tmp_path / "long.docx")
    d = docx.Document(str(tmp_path / "long.docx"))
    assert len(d.core_properties.author) <= 255 and len(d.core_properties.title) <= 255
    styles = {p.style.name for p in d.paragraphs}
    assert {"Heading 1", "Heading 2"} <= styles
    assert any(p.style.name == "Heading 2" and p.text.startswith("Kehittämisehdotus 1") for p in d.paragraphs)
    for style in d.styles:
        if style.element.get(qn("w:type")) == "paragraph":
            lang = style.element.rPr.find(qn("w:lang"))
            assert lang.get(qn("w:val")) == "fi-FI", style.name
    export_pdf(s, tmp_path / "long.pdf")
    assert norm(s.organisation.upper()) in norm(pdf_text(tmp_path / "long.pdf"))


def test_check_warns_of_each_missing_letter_part():
    s = load_statement_example("mikkeli")
    fields = {f.field for f in check_statement(s)}
    assert fields == {"date", "diary_number", "addressee", "signatories"}
    assert check_statement(_letter()) == []
    s = _letter()
    s.signatories = [Signatory("Timo Halonen", "")]
    s.date = "31.2.2026"
    found = check_statement(s)
    assert any(f.field == "signatories" and "tehtävänimike" in f.message for f in found)
    assert any(f.field == "date" and f.severity == "error" for f in found)


def test_planner_check_on_a_statement_file_lists_the_warnings(tmp_path):
    path = tmp_path / "m.lausunto.json"
    save_statement(load_statement_example("mikkeli"), path)
    for args in (["check", str(path)], ["statement-check", str(path)]):
        r = subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        assert "Diaarinumero (dnro) puuttuu" in r.stdout and "Allekirjoittajat puuttuvat" in r.stdout
    save_statement(_letter(), path)
    r = subprocess.run([sys.executable, "-m", "planner", "statement-check", str(path)], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and "Kirjeen tiedot kunnossa." in r.stdout
    r = subprocess.run([sys.executable, "-m", "planner", "statement-check", str(tmp_path / "no.json")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1
