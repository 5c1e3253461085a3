"""A new statement from a consultation request's questions (and optionally a programme to quote).

One function for the GUI (Tiedosto > Uusi lausuntopyynnön pohjalta) and the command
line (``planner statement-new``), so both make the same statement from the same file.
"""

from __future__ import annotations

from pathlib import Path

from planner.model import Programme
from planner.statements.model import Source, SourceKind, Statement
from planner.statements.questions_import import QuestionsImport


def statement_from_request(result: QuestionsImport, programme: Programme | None = None,
                           programme_path: str | Path = "") -> Statement:
    """The statement whose items are the request's questions.

    With a programme, the statement keeps its file (opened beside the statement for
    quoting); it still answers the request when the request has a title, otherwise
    it is a statement on the programme.
    """
    source = Source(SourceKind.CONSULTATION, result.request_title)
    if programme is not None:
        path = str(Path(programme_path).resolve()) if programme_path else ""
        if result.request_title:
            source = Source(SourceKind.CONSULTATION, result.request_title, path)
        else:
            source = Source(SourceKind.PROGRAMME, ", ".join(x for x in (programme.title, programme.area) if x), path)
    return Statement(case_number=result.case_number, source=source, items=list(result.items))
