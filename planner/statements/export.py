"""Export a statement in a chosen format: the one place the CLI and the GUI choose the exporter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # every command of the CLI imports this module for FORMATS; the model loads when used
    from planner.statements.model import Statement

FORMATS = ("pdf", "docx", "txt")


def export_statement(statement: Statement, fmt: str, out: Path) -> None:
    """Write ``statement`` to ``out`` as ``fmt`` (one of :data:`FORMATS`; anything else is text).

    Raises :class:`planner.storage.export_target.ExportTargetError` (one Finnish line) when the
    target may not be replaced (read-only) or cannot be written (read-only folder, full disk).
    """
    from planner.storage.export_target import ExportTargetError, check_target, describe_os_error

    out = check_target(out)
    try:
        if fmt == "pdf":
            from planner.statements.export_pdf import export_pdf

            export_pdf(statement, out)
        elif fmt == "docx":
            from planner.statements.export_docx import export_docx

            export_docx(statement, out)
        else:
            from planner.statements.export_txt import export_txt

            export_txt(statement, out)
    except OSError as exc:
        raise ExportTargetError(describe_os_error(out, exc)) from None
