"""The statement document (lausunto): plain typed objects, no I/O and no Qt.

A :class:`Statement` is what a municipality sends in answer to a consultation
request (lausuntopyyntö, seed 001) or as its comments on another area's
employment programme (seed 000). Its body is a list of items:

- :class:`Answer`: a numbered proposal of a consultation request with the
  question as asked and the answer; ``closing=True`` marks the closing
  "Mitä muuta haluatte kertoa tässä yhteydessä?" question;
- :class:`Comment`: a section that refers to parts of a programme
  (:class:`ProgrammeRef`) and keeps the referred text as quoted, so the
  statement stays readable without the programme file;
- :class:`Section`: a free section with a heading;
- :class:`ProposedIndicator`: an indicator the author proposes, with why and a
  suggested baseline and target.

All text is kept exactly as the user wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from planner import wording_fi
from planner.ids import new_id


class SourceKind(StrEnum):
    """What the statement answers."""

    CONSULTATION = "consultation"  # a consultation request (lausuntopyyntö)
    PROGRAMME = "programme"  # an employment programme
    OTHER = "other"


class RefKind(StrEnum):
    """Which part of a programme a comment refers to."""

    SPEARHEAD = "spearhead"
    TARGET_GROUP = "target_group"
    THEME = "theme"
    FOCUS_AREA = "focus_area"
    INDICATOR = "indicator"
    INDICATOR_SET = "indicator_set"  # the programme's indicators as a whole


REF_KIND_LABEL_FI = {RefKind(k): v for k, v in wording_fi.REF_KIND.items()}  # worded in planner/wording_fi.py


@dataclass
class Source:
    """The consultation request or programme the statement answers."""

    kind: SourceKind = SourceKind.CONSULTATION
    title: str = ""
    # optional: the programme file (.tyohjelma.json) as a path, or a built-in programme by
    # name ("builtin:tyollisyysohjelma-2026"); see planner.resources.resolve_programme_reference
    programme_path: str = ""


@dataclass
class Signatory:
    name: str = ""
    title: str = ""


@dataclass
class ProgrammeRef:
    """A reference to a part of a programme, with its text quoted as it stood.

    ``target_id`` is the id of the spearhead, target group, theme, focus area
    or indicator in the programme (empty for the indicator set). ``label`` names
    it ("Työnantajakontaktien määrä"), ``context`` says where it sits ("tavoite
    Työn ja työntekijän kohtaaminen"); ``quote`` is the referred text itself.
    """

    kind: RefKind = RefKind.FOCUS_AREA
    target_id: str = ""
    label: str = ""
    quote: str = ""
    context: str = ""  # where it sits: "tavoite Työn ja työntekijän kohtaaminen"

    def kind_label(self) -> str:
        return REF_KIND_LABEL_FI[self.kind]

    def describe(self) -> str:
        """One line for lists: "Mittari: Työnantajakontaktien määrä (tavoite Työn ja ...)"."""
        text = f"{self.kind_label()}: {self.label}" if self.label else self.kind_label()
        return f"{text} ({self.context})" if self.context else text


@dataclass
class Answer:
    """An answer to one question of a consultation request."""

    id: str = field(default_factory=lambda: new_id("ans"))
    number: str = ""  # "1", "2.1"; empty for unnumbered questions
    title: str = ""  # as in the request: "Kehittämisehdotus 1: Uravalmennuksen räätälöinti"
    question: str = ""  # "Näkemykset uravalmennuksen räätälöintiä koskevista ehdotuksista:"
    answer: str = ""
    closing: bool = False  # the closing "anything else" question

    @property
    def heading(self) -> str:
        """The title as shown: with its number in front unless the title already carries it."""
        title = self.title.strip()
        if not self.number:
            return title
        if re.search(r"(?<![\d.])" + re.escape(self.number) + r"(?![\d])", title):
            return title
        return f"{self.number}. {title}" if title else f"{self.number}."


@dataclass
class Comment:
    """A comment on parts of a programme."""

    id: str = field(default_factory=lambda: new_id("com"))
    heading: str = ""
    refs: list[ProgrammeRef] = field(default_factory=list)
    text: str = ""


@dataclass
class Section:
    """A free section: a heading (may be empty) and text."""

    id: str = field(default_factory=lambda: new_id("sec"))
    heading: str = ""
    text: str = ""


@dataclass
class ProposedIndicator:
    """An indicator the statement proposes for the programme."""

    id: str = field(default_factory=lambda: new_id("pin"))
    name: str = ""
    why: str = ""
    baseline: str = ""  # suggested, as text
    target: str = ""  # suggested, as text
    related: ProgrammeRef | None = None  # the programme part it relates to, if any


StatementItem = Answer | Comment | Section | ProposedIndicator

ITEM_KIND = {Answer: "answer", Comment: "comment", Section: "section", ProposedIndicator: "proposed_indicator"}
ITEM_KIND_LABEL_FI = wording_fi.ITEM_KIND  # worded in planner/wording_fi.py


def item_kind(item: StatementItem) -> str:
    if isinstance(item, Answer) and item.closing:
        return "closing"
    return ITEM_KIND[type(item)]


@dataclass
class Statement:
    """A statement (lausunto)."""

    organisation: str = ""  # "Mikkelin kaupunki"
    date: str = ""  # ISO date YYYY-MM-DD, or empty
    case_number: str = ""  # the case the statement is about, as the requester numbers it: "VN/37864/2025"
    diary_number: str = ""  # the sender's own diary number (dnro): "MIKDno-2025-1234"
    request_reference: str = ""  # the request answered (viite): "Lausuntopyyntö 2.10.2025"
    subject: str = ""
    addressee: str = ""
    source: Source = field(default_factory=Source)
    appendix_label: str = ""  # "Liite 2."
    opening: str = ""  # "Mäntsälän kunta toteaa lausuntonaan seuraavaa:"
    items: list[StatementItem] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)  # "Liite 1. Palvelukuvaus", one per line
    language: str = "fi"

    def find_item(self, item_id: str) -> StatementItem | None:
        for item in self.items:
            if item.id == item_id:
                return item
        return None

    def answers(self) -> list[Answer]:
        return [i for i in self.items if isinstance(i, Answer)]


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def format_date_fi(iso: str) -> str:
    """``2026-06-30`` -> ``30.6.2026``; other text is returned as written."""
    m = _ISO_DATE.match(iso.strip())
    if not m:
        return iso.strip()
    return f"{int(m.group(3))}.{int(m.group(2))}.{m.group(1)}"


def parse_date_fi(text: str) -> str | None:
    """``30.6.2026`` (or ISO) -> ``2026-06-30``; None when it is not a valid date."""
    import datetime as _dt

    s = text.strip()
    m = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _ISO_DATE.match(s)
        if not m:
            return None
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None
