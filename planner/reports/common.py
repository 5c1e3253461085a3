"""What every report shares: fixed labels per language, indicator-table grouping, file names.

The programme's language (fi, sv or en) decides the fixed headings of the exported
documents; the user's own text is never translated. Finnish is the main language and
the fallback for anything unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from planner.model import BulletGroup, Indicator, IndicatorReference, IndicatorRow, Programme

# A progress callback: (done, total, message). Every exporter calls it now and then.
ProgressFn = Callable[[int, int, str], None]

LABELS: dict[str, dict[str, str]] = {
    "fi": {
        "programme": "Työllisyysohjelma",
        "contents": "Sisällys",
        "page": "sivu",
        "members": "Sopijakunnat",
        "lead_municipality": "Vastuukunta",
        "services": "Lakisääteiset työvoimapalvelut",
        "themes": "Painopisteet ja tavoitteet",
        "act": "Miten henkilöstö toimii arjessa",
        "lead": "Miten johdetaan",
        "cooperate": "Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa",
        "level": "TASO",
        "indicator": "MITTARI",
        "baseline": "LÄHTÖARVO",
        "target": "TAVOITE",
        "actual": "TOTEUMA",
        "progress": "EDISTYMINEN",
        "status": "TILA",
        "draft": "LUONNOS",
        "for_comment": "LAUSUNTOKIERROKSELLA",
        "approved": "Hyväksytty",
        "author": "Laatija",
        "contact": "Yhteystiedot",
        "follow_up": "Seurantaraportti",
        "situation": "Tilanne",
        "summary": "Yhteenveto",
        "total": "Yhteensä",
        "theme": "Painopiste",
        "focus_area": "Tavoite",
        "no_data_list": "Mittarit ilman toteumatietoa",
        "chart_actual": "Toteuma",
        "chart_baseline": "Lähtöarvo",
        "chart_target": "Tavoite",
        "status_chart": "Mittarit tilan mukaan",
        "no_indicators": "Ei mittareita.",
        "no_actuals": "Ohjelmassa ei ole toteumatietoja.",
        "expected": "Odotettu edistyminen",
        "note": "Huomio",
        "indicators_count": "mittaria",
        "indicators_caption": "Mittarit",
    },
    "sv": {
        "programme": "Sysselsättningsprogram",
        "contents": "Innehåll",
        "page": "sida",
        "members": "Avtalskommuner",
        "lead_municipality": "Ansvarig kommun",
        "services": "Lagstadgade arbetskraftstjänster",
        "themes": "Prioriteringar och mål",
        "act": "Hur personalen agerar i vardagen",
        "lead": "Hur vi leder",
        "cooperate": "Hur vi utvecklar och samarbetar med avtalskommunerna",
        "level": "NIVÅ",
        "indicator": "MÄTARE",
        "baseline": "UTGÅNGSVÄRDE",
        "target": "MÅL",
        "actual": "UTFALL",
        "progress": "FRAMSTEG",
        "status": "STATUS",
        "draft": "UTKAST",
        "for_comment": "PÅ REMISS",
        "approved": "Godkänt",
        "author": "Utarbetat av",
        "contact": "Kontaktuppgifter",
        "follow_up": "Uppföljningsrapport",
        "situation": "Läge",
        "summary": "Sammanfattning",
        "total": "Totalt",
        "theme": "Prioritering",
        "focus_area": "Mål",
        "no_data_list": "Mätare utan utfallsdata",
        "chart_actual": "Utfall",
        "chart_baseline": "Utgångsvärde",
        "chart_target": "Mål",
        "status_chart": "Mätare efter status",
        "no_indicators": "Inga mätare.",
        "no_actuals": "Programmet har inga utfallsdata.",
        "expected": "Förväntat framsteg",
        "note": "Obs",
        "indicators_count": "mätare",
        "indicators_caption": "Mätare",
    },
    "en": {
        "programme": "Employment programme",
        "contents": "Contents",
        "page": "page",
        "members": "Member municipalities",
        "lead_municipality": "Lead municipality",
        "services": "Statutory employment services",
        "themes": "Themes and focus areas",
        "act": "How staff act in everyday work",
        "lead": "How we lead",
        "cooperate": "How we develop and cooperate with the member municipalities",
        "level": "LEVEL",
        "indicator": "INDICATOR",
        "baseline": "BASELINE",
        "target": "TARGET",
        "actual": "ACTUAL",
        "progress": "PROGRESS",
        "status": "STATUS",
        "draft": "DRAFT",
        "for_comment": "FOR COMMENT",
        "approved": "Approved",
        "author": "Prepared by",
        "contact": "Contact",
        "follow_up": "Follow-up report",
        "situation": "Situation on",
        "summary": "Summary",
        "total": "Total",
        "theme": "Theme",
        "focus_area": "Focus area",
        "no_data_list": "Indicators with no actuals",
        "chart_actual": "Actual",
        "chart_baseline": "Baseline",
        "chart_target": "Target",
        "status_chart": "Indicators by status",
        "no_indicators": "No indicators.",
        "no_actuals": "The programme has no actuals.",
        "expected": "Expected progress",
        "note": "Note",
        "indicators_count": "indicators",
        "indicators_caption": "Indicators",
    },
}

# Status names in the report language. Finnish comes from planner.followup.progress
# (STATUS_LABEL_FI); Swedish and English are fixed here.
STATUS_LABELS_OTHER: dict[str, dict[str, str]] = {
    "sv": {
        "achieved": "Uppnått",
        "on_track": "Enligt plan",
        "at_risk": "I riskzonen",
        "off_track": "Efter plan",
        "no_data": "Inga data",
    },
    "en": {
        "achieved": "Achieved",
        "on_track": "On track",
        "at_risk": "At risk",
        "off_track": "Off track",
        "no_data": "No data",
    },
}

# The language tag written into PDF and DOCX metadata.
LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}

BULLET_GROUPS = (BulletGroup.ACT, BulletGroup.LEAD, BulletGroup.COOPERATE)


def language_of(programme: Programme) -> str:
    lang = (programme.language or "fi").strip().lower()[:2]
    return lang if lang in LABELS else "fi"


def labels(programme: Programme) -> dict[str, str]:
    return LABELS[language_of(programme)]


def language_tag(programme: Programme) -> str:
    return LANGUAGE_TAGS[language_of(programme)]


def status_label(status: object, lang: str) -> str:
    """Status text in the report language."""
    key = str(getattr(status, "value", status))
    if lang in STATUS_LABELS_OTHER:
        return STATUS_LABELS_OTHER[lang].get(key, key)
    from planner.followup.progress import STATUS_LABEL_FI

    for k, v in STATUS_LABEL_FI.items():
        if str(getattr(k, "value", k)) == key:
            return v
    return key


def document_title(programme: Programme) -> str:
    """The programme's name as it heads the documents: the title, with the year if the title lacks it."""
    title = (programme.title or "").strip() or labels(programme)["programme"]
    if programme.year and str(programme.year) not in title:
        title = f"{title} {programme.year}"
    return title


def fi_date(d: date) -> str:
    """30.6.2026"""
    return f"{d.day}.{d.month}.{d.year}"


def iso_to_fi_date(text: str) -> str:
    """'2025-12-16' -> '16.12.2025'; anything else is returned as written."""
    try:
        return fi_date(date.fromisoformat(text))
    except (TypeError, ValueError):
        return text


@dataclass
class TableRow:
    """One row of an indicator table as shown: the level text only on a group's first row."""

    level_shown: str
    row: IndicatorRow
    group_start: bool


def grouped_rows(programme: Programme, rows: list[IndicatorRow]) -> list[TableRow]:
    """The rows of a focus area's table grouped by level, as seed 004 shows them.

    Rows keep their order within a level; the levels follow the programme's level
    list (KV before LTK), unknown levels after them, rows without a level last. A
    cross-reference with no level of its own stays in the group of the row above it.
    The level is shown only on the first row of its group.
    """
    order = {code: i for i, code in enumerate(programme.level_codes())}
    effective: list[tuple[str, IndicatorRow]] = []
    previous = ""
    for row in rows:
        level = (row.level or "").strip()
        if not level and isinstance(row, IndicatorReference):
            level = previous
        effective.append((level, row))
        previous = level
    first_seen: dict[str, int] = {}
    for i, (level, _row) in enumerate(effective):
        first_seen.setdefault(level, i)

    def key(item: tuple[int, tuple[str, IndicatorRow]]) -> tuple[int, int, int]:
        i, (level, _row) = item
        if not level:
            return (2, 0, i)
        if level in order:
            return (0, order[level], i)
        return (1, first_seen[level], i)

    result: list[TableRow] = []
    shown = None
    for _i, (level, row) in sorted(enumerate(effective), key=key):
        start = level != shown
        result.append(TableRow(level if start else "", row, start))
        shown = level
    return result


def row_texts(programme: Programme, row: IndicatorRow) -> tuple[str, str, str]:
    """(name, baseline, target) exactly as written; a cross-reference has only its text."""
    if isinstance(row, Indicator):
        return row.name, row.baseline, row.target
    return programme.reference_text(row), "", ""


def level_legend(programme: Programme, used: set[str]) -> str:
    """'KV = Kaupunginvaltuusto, LTK = Lautakunta' for the levels a table uses."""
    parts = [f"{lv.code} = {lv.name}" for lv in programme.levels if lv.code in used and lv.name]
    return ", ".join(parts)


def call_progress(progress: ProgressFn | None, done: int, total: int, message: str) -> None:
    if progress is not None:
        progress(done, total, message)
