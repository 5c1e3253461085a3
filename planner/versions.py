"""Approval status and named versions of a programme.

The status runs draft (luonnos) → for comment (lausunnolla, optional) → board proposal
(hallituksen ehdotus) → approved by the council (valtuuston hyväksymä). Each step
after the draft is recorded with its decision (body, date, §). An approved programme
is locked: :func:`is_locked` is what the GUI and the command line ask. Changing it
starts a new version (:func:`start_new_version`): the approved state stays in the
file as a frozen :class:`~planner.model.ProgrammeVersion`, the working copy becomes a
draft named "Versio 2".

Design: versions live inside the programme file (``Programme.versions``), each a
frozen copy of the programme as the file writes it; a file is then self-contained
and any two versions, or a version and the working copy, can be compared with
:mod:`planner.diff`.

Every change returns a :class:`StateUndo` that puts the old state back, so the
GUI wraps it in one undo command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from planner import wording_fi
from planner.model import ApprovalDecision, Programme, ProgrammeVersion, Status

STATUS_FI: dict[Status, str] = {Status(k): v for k, v in wording_fi.PROGRAMME_STATUS.items()}  # worded in planner/wording_fi.py

DEFAULT_BODY: dict[Status, str] = {
    Status.PROPOSAL: "Työllisyysalueen hallitus",
    Status.APPROVED: "Kaupunginvaltuusto",
}


class VersionError(ValueError):
    """A status change or version operation that is not allowed; the message is Finnish and says why."""


@dataclass
class StateUndo:
    """Status, decisions, version name and versions as they were before a change."""

    status: Status
    decisions: list[ApprovalDecision]
    version_name: str
    versions: list[ProgrammeVersion]

    @classmethod
    def of(cls, p: Programme) -> StateUndo:
        return cls(p.status, list(p.decisions), p.version_name, list(p.versions))

    def restore(self, p: Programme) -> None:
        p.status, p.decisions = self.status, list(self.decisions)
        p.version_name, p.versions = self.version_name, list(self.versions)


def is_locked(p: Programme) -> bool:
    """An approved programme is read-only; changes go into a new version."""
    return p.status is Status.APPROVED


def fi_date(iso: str) -> str:
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day}.{d.month}.{d.year}"


def parse_date(text: str) -> str:
    """"16.12.2026" or "2026-12-16" -> "2026-12-16"; raises :class:`VersionError` otherwise."""
    t = text.strip()
    try:
        return date.fromisoformat(t).isoformat()
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", t.rstrip("."))
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            pass
    raise VersionError(f"päivämäärä \u201d{text}\u201d ei kelpaa; kirjoita muodossa 16.12.2026")


def decision_text(d: ApprovalDecision) -> str:
    """"Kaupunginvaltuusto 16.12.2026 § 45"."""
    return " ".join(x for x in (d.body, fi_date(d.date), d.section) if x)


def status_text(p: Programme) -> str:
    """The status in Finnish with the decision that set it: "hyväksytty (Kaupunginvaltuusto 16.12.2026 § 45)"."""
    text = STATUS_FI[p.status]
    if p.status in (Status.PROPOSAL, Status.APPROVED) and p.decisions:
        text += f" ({decision_text(p.decisions[-1])})"
    return text


def version_label(p: Programme) -> str:
    """What reports and the title bar show: "Versio 2, luonnos"."""
    parts = [p.version_name] if p.version_name else []
    parts.append(STATUS_FI[p.status])
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def next_version_name(p: Programme) -> str:
    names = [v.name for v in p.versions] + [p.version_name]
    numbers = [int(m.group(1)) for name in names for m in [re.search(r"(\d+)\s*$", name)] if m]
    return f"Versio {max(numbers, default=1) + 1}"


def snapshot_data(p: Programme) -> dict:
    """The programme as the file writes it, without its versions (a frozen copy holds no copies)."""
    from planner.fileformat import programme_to_dict

    versions, p.versions = p.versions, []
    try:
        return programme_to_dict(p)["programme"]
    finally:
        p.versions = versions


def freeze(p: Programme, name: str, note: str = "", now: datetime | None = None) -> ProgrammeVersion:
    """A frozen copy of the programme as it is now (not yet added to ``p.versions``)."""
    name = name.strip()
    if not name:
        raise VersionError("anna versiolle nimi")
    if any(v.name == name for v in p.versions):
        raise VersionError(f"ohjelmassa on jo versio nimeltä \u201d{name}\u201d; valitse toinen nimi")
    created = (now or datetime.now()).isoformat(timespec="seconds")
    return ProgrammeVersion(name=name, created=created, status=p.status, note=note, data=snapshot_data(p))


def save_version(p: Programme, name: str, note: str = "", now: datetime | None = None) -> StateUndo:
    undo = StateUndo.of(p)
    p.versions = [*p.versions, freeze(p, name, note, now)]
    return undo


def version_programme(v: ProgrammeVersion) -> Programme:
    """The frozen programme of a version, read like a file."""
    from planner.fileformat import programme_from_dict

    return programme_from_dict({"programme": v.data})


def find_version(p: Programme, name: str) -> ProgrammeVersion:
    for v in p.versions:
        if v.name == name:
            return v
    names = ", ".join(f"\u201d{v.name}\u201d" for v in p.versions) or "ei yhtään"
    raise VersionError(f"ohjelmassa ei ole versiota \u201d{name}\u201d (versiot: {names})")


def set_status(p: Programme, status: Status, decision: ApprovalDecision | None = None,
               now: datetime | None = None) -> StateUndo:
    """Move the programme to ``status``; a proposal or approval needs its decision (body and date).

    Approving freezes the approved programme as a version (named after the working
    version, e.g. "Versio 1 (hyväksytty)"), so it is kept unchanged whatever follows.
    """
    if is_locked(p) and status is not Status.APPROVED:
        raise VersionError("ohjelma on hyväksytty ja lukittu; aloita uusi versio muuttaaksesi sitä")
    if is_locked(p):
        raise VersionError("ohjelma on jo hyväksytty")
    undo = StateUndo.of(p)
    if status in (Status.PROPOSAL, Status.APPROVED):
        if decision is None or not decision.body.strip():
            raise VersionError("kirjaa päätös: päättävä toimielin puuttuu")
        if not decision.date.strip():
            raise VersionError("kirjaa päätös: päätöksen päivämäärä puuttuu")
        decision = ApprovalDecision(body=decision.body.strip(), date=parse_date(decision.date),
                                    section=decision.section.strip())
        p.decisions = [*p.decisions, decision]
    p.status = status
    if status is Status.APPROVED:
        if not p.version_name:
            p.version_name = "Versio 1"
        name = f"{p.version_name} (hyväksytty)"
        if any(v.name == name for v in p.versions):
            name = f"{name} {fi_date(p.decisions[-1].date)}"
        try:
            p.versions = [*p.versions, freeze(p, name, decision_text(p.decisions[-1]), now)]
        except VersionError:
            undo.restore(p)
            raise
    return undo


def start_new_version(p: Programme, name: str = "", now: datetime | None = None) -> StateUndo:
    """Unlock an approved programme as a new draft version; the approved one stays frozen in ``versions``.

    A programme approved before versions existed (status only) is frozen first.
    """
    if not is_locked(p):
        raise VersionError("vain hyväksytystä ohjelmasta aloitetaan uusi versio; tämä ohjelma on "
                           f"{STATUS_FI[p.status]}")
    undo = StateUndo.of(p)
    frozen = snapshot_data(p)
    if not any(v.data == frozen for v in p.versions):
        base = p.version_name or "Versio 1"
        p.versions = [*p.versions, freeze(p, f"{base} (hyväksytty)", status_text(p), now)]
    new_name = name.strip() or next_version_name(p)
    if any(v.name == new_name for v in p.versions):
        undo.restore(p)
        raise VersionError(f"ohjelmassa on jo versio nimeltä \u201d{new_name}\u201d; valitse toinen nimi")
    p.version_name = new_name
    p.status = Status.DRAFT
    p.decisions = []
    return undo
