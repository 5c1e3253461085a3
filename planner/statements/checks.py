"""Checks of a statement as a letter: the parts a Finnish municipal letter needs.

A statement goes out as an official letter. Each part missing is a warning (the
letter can still be exported; an appendix to another document, such as seed
000's "Liite 2.", may leave some out on purpose):

- the sender (organisation), the date and the sender's diary number (dnro);
- the addressee and the reference to the request answered (viite), when the
  statement answers a consultation request;
- at least one signatory, each with a name and a title.

Attachments are optional; an attachment line that is empty is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.statements.model import SourceKind, Statement, parse_date_fi


@dataclass(frozen=True)
class StatementFinding:
    """One finding: the field it concerns (as in the file) and a Finnish message."""

    field: str
    message: str
    severity: str = "warning"  # "warning" or "error"


def check_statement(s: Statement) -> list[StatementFinding]:
    out: list[StatementFinding] = []

    def warn(field: str, message: str) -> None:
        out.append(StatementFinding(field, message))

    if not s.organisation.strip():
        warn("organisation", "Lausunnon antaja puuttuu: kirjoita kunnan tai kaupungin nimi.")
    if not s.date.strip():
        warn("date", "Päivämäärä puuttuu: kirjoita lausunnon päiväys (pp.kk.vvvv).")
    elif parse_date_fi(s.date) is None:
        out.append(StatementFinding("date", f"Päivämäärä {s.date!r} ei ole kelvollinen: kirjoita muodossa pp.kk.vvvv.",
                                    "error"))
    if not s.diary_number.strip():
        warn("diary_number", "Diaarinumero (dnro) puuttuu: kirjoita oman asianhallinnan numero.")
    if not s.addressee.strip():
        warn("addressee", "Vastaanottaja puuttuu: kirjoita, kenelle lausunto annetaan.")
    if s.source.kind is SourceKind.CONSULTATION and not (s.request_reference.strip() or s.case_number.strip()):
        warn("request_reference", "Viite lausuntopyyntöön puuttuu: kirjoita pyynnön päiväys tai asianumero.")
    signers = [g for g in s.signatories if g.name.strip() or g.title.strip()]
    if not signers:
        warn("signatories", "Allekirjoittajat puuttuvat: lisää vähintään yksi nimi ja tehtävänimike.")
    for i, g in enumerate(signers, start=1):
        if not g.name.strip():
            warn("signatories", f"Allekirjoittajalta {i} puuttuu nimi.")
        if not g.title.strip():
            warn("signatories", f"Allekirjoittajalta {i} ({g.name.strip()}) puuttuu tehtävänimike.")
    for i, a in enumerate(s.attachments, start=1):
        if not a.strip():
            warn("attachments", f"Liiteluettelon rivi {i} on tyhjä.")
    return out
