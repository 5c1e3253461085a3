"""Export a statement in a chosen format: the one place the CLI and the GUI choose the exporter."""

from __future__ import annotations

from pathlib import Path

from planner.statements.model import Statement

FORMATS = ("pdf", "docx", "txt")


def export_statement(statement: Statement, fmt: str, out: Path) -> None:
    """Write ``statement`` to ``out`` as ``fmt`` (one of :data:`FORMATS`; anything else is text)."""
    if fmt == "pdf":
        from planner.statements.export_pdf import export_pdf

        export_pdf(statement, out)
    elif fmt == "docx":
        from planner.statements.export_docx import export_docx

        export_docx(statement, out)
    else:
        from planner.statements.export_txt import export_txt

        export_txt(statement, out)
