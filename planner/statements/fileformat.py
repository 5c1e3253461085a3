"""The statement file: UTF-8 JSON of the same family as the programme file.

``{"format": "lausunto", "schema_version": 2, "statement": {...}}``. Reading and
saving use the family's tools in :mod:`planner.storage.json_file` (same error
messages as the programme file, same refusal of files from a newer version; saving
is atomic, reads the file back first and keeps the previous file as ``NAME.bak``).

Version history:
  1. first format.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.statements.model import (
    Answer,
    Comment,
    ProgrammeRef,
    ProposedIndicator,
    RefKind,
    Section,
    Signatory,
    Source,
    SourceKind,
    Statement,
    StatementItem,
)
from planner.storage import loading_gate
from planner.storage.json_file import (
    MISSING,
    FieldReader,
    Migration,
    dump_json,
    load_document,
    migrate,
    parse_json_text,
    save_document,
)

FORMAT_NAME = "lausunto"
SCHEMA_VERSION = 2
FILE_SUFFIX = ".lausunto.json"


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds the letter fields: own diary number, the request's reference and attachments.

    A version-1 statement gets them empty; nothing else changes.
    """
    body = data.get("statement")
    if isinstance(body, dict):
        body.setdefault("diary_number", "")
        body.setdefault("request_reference", "")
        body.setdefault("attachments", [])
    data["schema_version"] = 2
    return data


MIGRATIONS: dict[int, Migration] = {1: _migrate_1_to_2}


# -- writing ----------------------------------------------------------------


def _ref_to_dict(ref: ProgrammeRef) -> dict[str, Any]:
    return {
        "kind": ref.kind.value,
        "target_id": ref.target_id,
        "label": ref.label,
        "context": ref.context,
        "quote": ref.quote,
    }


def _item_to_dict(item: StatementItem) -> dict[str, Any]:
    if isinstance(item, Answer):
        return {
            "kind": "answer",
            "id": item.id,
            "number": item.number,
            "title": item.title,
            "question": item.question,
            "answer": item.answer,
            "closing": item.closing,
        }
    if isinstance(item, Comment):
        return {
            "kind": "comment",
            "id": item.id,
            "heading": item.heading,
            "refs": [_ref_to_dict(r) for r in item.refs],
            "text": item.text,
        }
    if isinstance(item, Section):
        return {"kind": "section", "id": item.id, "heading": item.heading, "text": item.text}
    return {
        "kind": "proposed_indicator",
        "id": item.id,
        "name": item.name,
        "why": item.why,
        "baseline": item.baseline,
        "target": item.target,
        "related": _ref_to_dict(item.related) if item.related else None,
    }


def statement_to_dict(s: Statement) -> dict[str, Any]:
    body = {
        "organisation": s.organisation,
        "date": s.date,
        "case_number": s.case_number,
        "diary_number": s.diary_number,
        "request_reference": s.request_reference,
        "subject": s.subject,
        "addressee": s.addressee,
        "source": {"kind": s.source.kind.value, "title": s.source.title, "programme_path": s.source.programme_path},
        "appendix_label": s.appendix_label,
        "opening": s.opening,
        "items": [_item_to_dict(i) for i in s.items],
        "signatories": [{"name": g.name, "title": g.title} for g in s.signatories],
        "attachments": list(s.attachments),
        "language": s.language,
    }
    return {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "statement": body}


def dumps(s: Statement) -> str:
    """The statement file's text (strict JSON; see :func:`planner.storage.json_file.dump_json`)."""
    return dump_json(statement_to_dict(s))


def save_statement(s: Statement, path: str | Path) -> None:
    """Save atomically; the file that was there is kept as ``PATH.bak``.

    The new file is read back and compared before it replaces the old one.
    """
    save_document(path, statement_to_dict(s), load_statement, statement_to_dict)


# -- reading ----------------------------------------------------------------


def _ref(r: FieldReader) -> ProgrammeRef:
    return ProgrammeRef(
        kind=r.choice("kind", RefKind, RefKind.FOCUS_AREA),
        target_id=r.text("target_id"),
        label=r.text("label"),
        quote=r.text("quote"),
        context=r.text("context"),
    )


def _item(r: FieldReader) -> StatementItem:
    kind = r.text("kind")
    if kind == "answer":
        return Answer(
            id=r.text("id") or Answer().id,
            number=r.text("number"),
            title=r.text("title"),
            question=r.text("question"),
            answer=r.text("answer"),
            closing=r.flag("closing"),
        )
    if kind == "comment":
        return Comment(
            id=r.text("id") or Comment().id,
            heading=r.text("heading"),
            refs=[_ref(x) for x in r.items("refs")],
            text=r.text("text"),
        )
    if kind == "section":
        return Section(id=r.text("id") or Section().id, heading=r.text("heading"), text=r.text("text"))
    if kind == "proposed_indicator":
        rel = r.field("related")
        return ProposedIndicator(
            id=r.text("id") or ProposedIndicator().id,
            name=r.text("name"),
            why=r.text("why"),
            baseline=r.text("baseline"),
            target=r.text("target"),
            related=None if rel.data is MISSING or rel.data is None else _ref(rel),
        )
    raise r.field("kind").fail(
        f"tuntematon kohdan tyyppi {kind!r}; sallitut: answer, comment, section, proposed_indicator"
    )


def statement_from_dict(data: Any) -> Statement:
    """Validate and build a statement from file data of the current schema version."""
    root = FieldReader(data, "")
    root.obj()
    r = root.field("statement")
    r.obj()
    src = r.field("source")
    source = Source()
    if src.data is not MISSING and src.data is not None:
        source = Source(
            kind=src.choice("kind", SourceKind, SourceKind.CONSULTATION),
            title=src.text("title"),
            programme_path=src.text("programme_path"),
        )
    return Statement(
        organisation=r.text("organisation"),
        date=r.text("date"),
        case_number=r.text("case_number"),
        diary_number=r.text("diary_number"),
        request_reference=r.text("request_reference"),
        subject=r.text("subject"),
        addressee=r.text("addressee"),
        source=source,
        appendix_label=r.text("appendix_label"),
        opening=r.text("opening"),
        items=[_item(x) for x in r.items("items")],
        signatories=[Signatory(name=g.text("name"), title=g.text("title")) for g in r.items("signatories")],
        attachments=r.texts("attachments"),
        language=r.text("language", "fi") or "fi",
    )


def _build(data: dict[str, Any]) -> Statement:
    return statement_from_dict(migrate(data, FORMAT_NAME, SCHEMA_VERSION, MIGRATIONS))


def loads(text: str) -> Statement:
    """A statement from file text (a recovery copy, say); raises
    :class:`planner.storage.json_file.FileFormatError` only."""
    return _build(parse_json_text(text))


def load_statement(path: str | Path) -> Statement:
    """Load and validate a statement file. Raises :class:`planner.storage.json_file.FileFormatError`;
    never writes."""
    return load_document(path, loading_gate.STATEMENT, _build)
