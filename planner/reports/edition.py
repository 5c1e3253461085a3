"""The version and status line every report shows on its cover and in its page header.

"Versio 2 · luonnos", "Versio 1 · hyväksytty (Kaupunginvaltuusto 16.12.2026 § 45)". The
version name is the user's text; the status words follow the report language.
"""

from __future__ import annotations

from planner.model import Programme, Status
from planner.reports.common import iso_to_fi_date, language_of

STATUS_WORDS: dict[str, dict[Status, str]] = {
    "fi": {Status.DRAFT: "luonnos", Status.FOR_COMMENT: "lausunnolla", Status.PROPOSAL: "hallituksen ehdotus",
           Status.APPROVED: "hyväksytty"},
    "sv": {Status.DRAFT: "utkast", Status.FOR_COMMENT: "på remiss", Status.PROPOSAL: "styrelsens förslag",
           Status.APPROVED: "godkänt"},
    "en": {Status.DRAFT: "draft", Status.FOR_COMMENT: "for comment", Status.PROPOSAL: "board proposal",
           Status.APPROVED: "approved"},
}


def edition_line(programme: Programme, with_decision: bool = True) -> str:
    """Version and status in the report language, with the deciding body when proposed or approved."""
    words = STATUS_WORDS.get(language_of(programme), STATUS_WORDS["fi"])
    status = words[programme.status]
    if with_decision and programme.status in (Status.PROPOSAL, Status.APPROVED) and programme.decisions:
        d = programme.decisions[-1]
        decision = " ".join(x for x in (d.body, iso_to_fi_date(d.date), d.section) if x)
        if decision:
            status += f" ({decision})"
    text = " · ".join(x for x in (programme.version_name, status) if x)
    return text[:1].upper() + text[1:]


def cover_edition_line(programme: Programme, status_marked: bool) -> str:
    """The edition line for a cover, or "" when it would only repeat the cover's status mark.

    A draft cover already carries a large "LUONNOS" mark; "Luonnos" above it says
    nothing more unless the version has a name ("Versio 2 · luonnos").
    """
    if status_marked and programme.status in (Status.DRAFT, Status.FOR_COMMENT) and not programme.version_name:
        return ""
    return edition_line(programme)
