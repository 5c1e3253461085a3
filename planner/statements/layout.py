"""What a statement shows, in order, shared by the PDF, Word and text exports.

Each export turns these plain blocks into its own format, so the three say the
same words in the same order; only typography differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner import wording_fi
from planner.statements.model import (
    Answer,
    Comment,
    ProgrammeRef,
    ProposedIndicator,
    Section,
    SourceKind,
    Statement,
    format_date_fi,
)
from planner.textsafe import clean_text

DOC_TYPE_FI = "LAUSUNTO"
SOURCE_LABEL_FI = {SourceKind(k): v for k, v in wording_fi.SOURCE_KIND.items()}  # worded in planner/wording_fi.py


@dataclass
class Header:
    organisation: str
    doc_type: str
    date: str  # 30.6.2026, or empty
    appendix_label: str
    addressee: str
    case_line: str  # "Asia: VN/37864/2025", or empty
    source_line: str  # "Lausuntopyyntö: Arviomuistio ...", or empty
    subject: str
    diary_line: str = ""  # "Dnro MIKDno-2025-1234", or empty
    reference_line: str = ""  # "Viite: Lausuntopyyntö 2.10.2025", or empty
    attachments: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One piece of the body.

    kind: ``heading``, ``question``, ``text`` (paragraphs split on blank lines),
    ``quote`` (a quoted part of a programme: ``label`` + ``text``),
    ``proposal`` (a proposed indicator: ``text`` is the name, ``rows`` label/value pairs).
    ``item_id`` ties blocks to the statement item; ``starts_item`` marks the first block of an item.
    """

    kind: str
    text: str = ""
    label: str = ""
    rows: list[tuple[str, str]] = field(default_factory=list)
    item_id: str = ""
    starts_item: bool = False


def header(s: Statement) -> Header:
    case_line = f"Asia: {s.case_number.strip()}" if s.case_number.strip() else ""
    source_line = ""
    if s.source.title.strip():
        source_line = f"{SOURCE_LABEL_FI[s.source.kind]}: {s.source.title.strip()}"
    return Header(
        organisation=s.organisation.strip(),
        doc_type=DOC_TYPE_FI,
        date=format_date_fi(s.date),
        appendix_label=s.appendix_label.strip(),
        addressee=s.addressee.strip(),
        case_line=case_line,
        source_line=source_line,
        subject=s.subject.strip(),
        diary_line=f"Dnro {s.diary_number.strip()}" if s.diary_number.strip() else "",
        reference_line=f"Viite: {s.request_reference.strip()}" if s.request_reference.strip() else "",
        attachments=[a.strip() for a in s.attachments if a.strip()],
    )


ATTACHMENTS_FI = "Liitteet"
LQ, RQ = "\u201d", "\u201d"  # Finnish quotation marks: ”lainaus” (the same mark opens and closes)


def quoted(text: str) -> str:
    """Text in Finnish quotation marks: ”…”."""
    return f"{LQ}{text.strip()}{RQ}"


def ref_label(ref: ProgrammeRef) -> str:
    """The small line above a quote: what kind of part it is and where it sits.

    When nothing was quoted the line names the part ("Kärki: Palveluiden
    järjestäminen …"): a name is never shown in quotation marks as if quoted.
    """
    where = f", {ref.context}" if ref.context else ""
    name = f": {ref.label.strip()}" if ref.label.strip() and not ref.quote.strip() else ""
    return f"Ohjelman kohta – {ref.kind_label()}{name}{where}"


def ref_quote(ref: ProgrammeRef) -> str:
    """The quoted text of the programme; empty when nothing was quoted."""
    return ref.quote.strip()


def paragraphs(text: str) -> list[str]:
    """Split text into paragraphs at blank lines; single line breaks stay inside a paragraph."""
    s = clean_text(text).strip("\n")
    out = []
    for part in s.split("\n\n"):
        part = part.strip("\n")
        if part.strip():
            out.append(part)
    return out


def body(s: Statement) -> list[Block]:
    blocks: list[Block] = []

    def add(block: Block, item_id: str) -> None:
        block.item_id = item_id
        block.starts_item = not blocks or blocks[-1].item_id != item_id
        blocks.append(block)

    if s.opening.strip():
        add(Block("text", s.opening), "opening")
    for item in s.items:
        if isinstance(item, Answer):
            if item.heading:
                add(Block("heading", item.heading), item.id)
            if item.question.strip():
                add(Block("question", item.question), item.id)
            if item.answer.strip():
                add(Block("text", item.answer), item.id)
            elif not item.heading and not item.question.strip():
                continue
        elif isinstance(item, Comment):
            if item.heading.strip():
                add(Block("heading", item.heading), item.id)
            for ref in item.refs:
                add(Block("quote", ref_quote(ref), label=ref_label(ref)), item.id)
            if item.text.strip():
                add(Block("text", item.text), item.id)
        elif isinstance(item, Section):
            if item.heading.strip():
                add(Block("heading", item.heading), item.id)
            if item.text.strip():
                add(Block("text", item.text), item.id)
        elif isinstance(item, ProposedIndicator):
            rows = []
            if item.why.strip():
                rows.append(("Perustelu", item.why))
            if item.baseline.strip():
                rows.append(("Ehdotettu lähtötaso", item.baseline))
            if item.target.strip():
                rows.append(("Ehdotettu tavoite", item.target))
            if item.related is not None:
                rows.append(("Liittyy ohjelman kohtaan", item.related.describe()))
            add(Block("proposal", item.name, label="Ehdotettu mittari", rows=rows), item.id)
    return blocks


def signature_lines(s: Statement) -> list[tuple[str, str]]:
    return [(g.name.strip(), g.title.strip()) for g in s.signatories if g.name.strip() or g.title.strip()]


def export_title(s: Statement) -> str:
    """A title for the exported file's metadata."""
    parts = [s.organisation.strip(), "Lausunto"]
    if s.case_number.strip():
        parts.append(s.case_number.strip())
    return " – ".join(p for p in parts if p)
