"""Plain-text export: one block per question, ready to paste into lausuntopalvelu.fi.

The statement web service has one answer field per question. Each block here
starts with a separator line, names the question as it was asked and then
gives the answer alone, so the author can copy the answer straight into its
field. The text is cleaned of control characters and otherwise kept exactly.
"""

from __future__ import annotations

from pathlib import Path

from planner.statements import layout
from planner.statements.model import Statement
from planner.storage.atomic import atomic_write
from planner.textsafe import clean_text

SEPARATOR = "-" * 60


def statement_to_text(s: Statement) -> str:
    h = layout.header(s)
    lines: list[str] = []
    # The letter head: sender and document type, date, own diary number, appendix label.
    top = [h.organisation, h.doc_type, h.date, h.diary_line, h.appendix_label]
    lines.extend(x for x in top if x)
    if h.addressee:
        lines += ["", h.addressee]
    refs = [x for x in (h.reference_line, h.case_line, h.source_line, h.subject) if x]
    if refs:
        lines.append("")
        lines.extend(refs)
    blocks = layout.body(s)
    for b in blocks:
        if b.starts_item:
            lines += ["", SEPARATOR]
        if b.kind in ("heading", "question"):
            lines.append(b.text.strip())
        elif b.kind == "text":
            lines.append("")
            lines.append("\n\n".join(layout.paragraphs(b.text)))
        elif b.kind == "quote":
            lines.append(f"[{b.label}]")
            if b.text.strip():
                lines.append(layout.quoted(b.text))
        elif b.kind == "proposal":
            lines.append(f"{b.label}: {b.text.strip()}")
            lines.extend(f"  {k}: {v.strip()}" for k, v in b.rows)
    sig = layout.signature_lines(s)
    if sig:
        lines += ["", SEPARATOR]
        if h.organisation:
            lines += ["", h.organisation.upper()]
        for name, title in sig:
            lines.append("")
            lines.extend(x for x in (name, title) if x)
    if h.attachments:
        lines += ["", layout.ATTACHMENTS_FI]
        lines.extend(f"  {a}" for a in h.attachments)
    text = "\n".join(clean_text(x) for x in lines).strip("\n") + "\n"
    return text


def export_txt(s: Statement, path: str | Path) -> None:
    """Write the text export as UTF-8 with Windows line ends (Notepad, Word and browsers read it)."""
    data = statement_to_text(s).replace("\n", "\r\n").encode("utf-8")
    atomic_write(Path(path), data, backup=False)
