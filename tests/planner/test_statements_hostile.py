"""Hostile user text in every field never crashes an export, never becomes markup,
a link, an embedded file or a formula, and is never dropped."""

from __future__ import annotations

import zipfile

import pytest

from planner.statements.export_docx import export_docx
from planner.statements.export_pdf import export_pdf
from planner.statements.export_txt import export_txt
from planner.statements.model import (
    Answer,
    Comment,
    ProgrammeRef,
    ProposedIndicator,
    RefKind,
    Section,
    Signatory,
    Source,
    Statement,
)
from tests.planner.statements_helpers import docx_text, norm, pdf_text

HOSTILE = [
    "a<b & c>d",
    "<b>lihavoitu</b> <i>x",
    '<img src="/etc/passwd"/> <img src="http://example.com/x.png">',
    '<a href="http://evil.example">linkki</a>',
    "AT&T; &amp; &lt;",
    "=SUM(A1:A9)",
    "+358 40 123 4567",
    "-5 % väheneminen",
    "@käyttäjä",
    "ohjaus\x0bmerkit\x0csivu\x07kello",
    "Sámi: čđŋšŧž €",
    "x" * 300,
]
# How each string reads once control characters are spaces (what a reader sees).
SHOWN = [norm(s.replace("\x0b", " ").replace("\x0c", " ").replace("\x07", " ")) for s in HOSTILE]


def _hostile_statement() -> Statement:
    h = HOSTILE
    items = [Answer(number=str(i + 1), title=f"Kysymys {i + 1}: {t}", question=t + ":", answer=t)
             for i, t in enumerate(h)]
    items.append(Comment(heading=h[0], refs=[ProgrammeRef(RefKind.INDICATOR, "M1", h[2], h[3], h[4])], text=h[5]))
    items.append(Section(heading=h[6], text=h[7]))
    items.append(ProposedIndicator(name=h[8], why=h[9], baseline=h[10], target=h[5]))
    return Statement(organisation=h[0], case_number=h[1], subject=h[2], addressee=h[3],
                     source=Source(title=h[4]), appendix_label=h[8], opening=h[6], items=items,
                     signatories=[Signatory(h[5], h[7])])


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    s = _hostile_statement()
    export_pdf(s, folder / "h.pdf")
    export_docx(s, folder / "h.docx")
    export_txt(s, folder / "h.txt")
    return folder


def _long_word_ok(shown: str, text: str) -> bool:
    # A 300-letter word wraps over lines; all its letters must still be there.
    return text.replace(" ", "").count("x" * 300) >= 1


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_every_hostile_string_is_shown_as_written(exported, fmt):
    if fmt == "pdf":
        text = norm(pdf_text(exported / "h.pdf"))
    elif fmt == "docx":
        text = norm(docx_text(exported / "h.docx"))
    else:
        text = norm((exported / "h.txt").read_text(encoding="utf-8"))
    for shown in SHOWN:
        if shown.startswith("xxxx"):
            assert _long_word_ok(shown, text), fmt
        else:
            assert shown in text, f"{fmt}: {shown!r} missing"


def test_pdf_has_no_links_images_or_files(exported):
    from pypdf import PdfReader

    reader = PdfReader(str(exported / "h.pdf"))
    for page in reader.pages:
        assert "/Annots" not in page
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert not xobjects  # no embedded image
    raw = (exported / "h.pdf").read_bytes()
    assert b"/URI" not in raw and b"/EmbeddedFile" not in raw and b"/Launch" not in raw


def test_docx_has_no_hyperlinks_images_or_user_fields(exported):
    with zipfile.ZipFile(exported / "h.docx") as z:
        names = z.namelist()
        document = z.read("word/document.xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    assert not any(n.startswith("word/media/") for n in names)
    assert "<w:hyperlink" not in document and "evil.example" not in rels
    assert "<w:instrText" not in document and "<w:fldSimple" not in document  # fields only in our page header


def test_txt_is_plain_with_windows_line_ends(exported):
    raw = (exported / "h.txt").read_bytes()
    text = raw.decode("utf-8")
    assert "\r\n" in text and "\x0b" not in text and "\x07" not in text
    assert "=SUM(A1:A9)" in text  # kept as written: plain text has no formulas
