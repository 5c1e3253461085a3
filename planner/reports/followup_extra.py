"""The follow-up reports beside the main one: municipality cards, outlook, costs and effects.

:func:`write_extra` makes any of them as PDF or Word; :func:`extra_unavailable`
says why one cannot be made (no actuals, no municipality values, an unknown
municipality, no costs) as a code each surface words. Their shared headings and PDF pieces are in
:mod:`planner.reports.extra_parts`; the method texts the core writes are Finnish.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner import wording_fi
from planner.messages import Message, msg
from planner.model import Programme
from planner.reports.common import ProgressFn

REPORT_TITLE_KEY = {"municipality-cards": "cards", "outlook": "outlook", "costs": "costs"}


def has_actuals(programme: Programme) -> bool:
    return any(imp.values for imp in programme.actual_imports)


def followup_unavailable(programme: Programme) -> Message | None:
    """Why the follow-up report cannot be made (a code worded by each surface), or None when it can."""
    if not has_actuals(programme):
        return msg("report_no_actuals")
    return None


def followup_unavailable_reason(programme: Programme) -> str:
    """:func:`followup_unavailable` in Finnish ('' when the report can be made), for the command line."""
    reason = followup_unavailable(programme)
    return wording_fi.word(reason) if reason else ""


def has_municipality_values(programme: Programme) -> bool:
    return any(v.municipality for imp in programme.actual_imports for v in imp.values)


def extra_unavailable(programme: Programme, report: str, municipality: str | None = None) -> Message | None:
    """Why ``report`` cannot be made, or None."""
    if report == "follow-up":
        return followup_unavailable(programme)
    if report == "costs":
        e = programme.economics
        if not e.costs and not e.subsidy and not e.scenarios:
            return msg("report_no_costs")
        return None
    reason = followup_unavailable(programme)
    if reason:
        return reason
    if report == "municipality-cards":
        from planner.followup.municipalities import find_municipality, municipality_names

        if not has_municipality_values(programme):
            return msg("report_no_municipality_values")
        if municipality and find_municipality(programme, municipality) is None:
            return msg("report_unknown_municipality", municipality=municipality,
                       names=", ".join(municipality_names(programme)))
    if report == "outlook":
        if not any(len(v.period) == 7 for imp in programme.actual_imports for v in imp.values):
            return msg("report_no_monthly_values")
    return None


def extra_unavailable_reason(programme: Programme, report: str, municipality: str | None = None) -> str:
    """:func:`extra_unavailable` in Finnish ('' when the report can be made), for the command line."""
    reason = extra_unavailable(programme, report, municipality)
    return wording_fi.word(reason) if reason else ""


def write_extra(programme: Programme, fmt: str, report: str, path: Path, progress: ProgressFn | None,
                as_of: date | None, municipality: str | None) -> None:
    from planner.followup.progress import compare_programme

    as_of = as_of or date.today()
    results = compare_programme(programme, as_of)
    if report == "municipality-cards":
        from planner.followup.municipalities import find_municipality

        only = find_municipality(programme, municipality) if municipality else None
        if fmt == "pdf":
            from planner.reports.pdf_municipality_cards import export_cards_pdf

            export_cards_pdf(programme, path, results, as_of, only, progress)
        else:
            from planner.reports.docx_municipality_cards import export_cards_docx

            export_cards_docx(programme, path, results, as_of, only, progress)
    elif report == "outlook":
        if fmt == "pdf":
            from planner.reports.pdf_outlook import export_outlook_pdf

            export_outlook_pdf(programme, path, results, as_of, progress)
        else:
            from planner.reports.docx_outlook import export_outlook_docx

            export_outlook_docx(programme, path, results, as_of, progress)
    elif fmt == "pdf":
        from planner.reports.pdf_costs import export_costs_pdf

        export_costs_pdf(programme, path, results, as_of, progress)
    else:
        from planner.reports.docx_costs import export_costs_docx

        export_costs_docx(programme, path, results, as_of, progress)
