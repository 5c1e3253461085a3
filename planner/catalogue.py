"""The indicator catalogue: data source, frequency, owner and next update date per indicator.

Shared by the catalogue exports (PDF, Word, Excel), the checks and the GUI.
Dates are stored as ISO text (YYYY-MM-DD) and shown the Finnish way (30.6.2026).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.model import FocusArea, Frequency, Indicator, Programme, Theme

FREQUENCY_LABELS: dict[str, dict[Frequency, str]] = {
    "fi": {Frequency.MONTHLY: "kuukausittain", Frequency.QUARTERLY: "neljännesvuosittain",
           Frequency.YEARLY: "vuosittain"},
    "sv": {Frequency.MONTHLY: "månadsvis", Frequency.QUARTERLY: "kvartalsvis", Frequency.YEARLY: "årligen"},
    "en": {Frequency.MONTHLY: "monthly", Frequency.QUARTERLY: "quarterly", Frequency.YEARLY: "yearly"},
}


def frequency_label(freq: Frequency | None, lang: str = "fi") -> str:
    if freq is None:
        return ""
    return FREQUENCY_LABELS.get(lang, FREQUENCY_LABELS["fi"])[freq]


def parse_frequency(text: str) -> Frequency | None:
    """A frequency from its value or its name in any of the three languages; None when not one."""
    t = (text or "").strip().casefold()
    if not t:
        return None
    for freq in Frequency:
        if t == freq.value or any(t == labels[freq].casefold() for labels in FREQUENCY_LABELS.values()):
            return freq
    return None


def parse_fi_date(text: str) -> date | None:
    """'30.6.2026' or '2026-06-30' -> date; None when the text is not a date."""
    text = (text or "").strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.rstrip(".").split(".")
    if len(parts) == 3 and all(x.strip().isdigit() for x in parts):
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            return None
    return None


def fi_date_text(iso: str) -> str:
    """'2026-06-30' -> '30.6.2026'; anything else as written."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    return f"{d.day}.{d.month}.{d.year}"


@dataclass
class CatalogueRow:
    theme: Theme
    focus_area: FocusArea
    indicator: Indicator
    spearheads: list[str]
    target_groups: list[str]

    @property
    def missing(self) -> list[str]:
        """Which of source and owner are empty ("source", "owner")."""
        out = []
        if not self.indicator.source.strip():
            out.append("source")
        if not self.indicator.owner.strip():
            out.append("owner")
        return out


def tag_names(programme: Programme, fa: FocusArea, ind: Indicator) -> tuple[list[str], list[str]]:
    """(spearhead names, target group names) an indicator is linked to, directly or through its focus area."""
    ids = set(ind.tags) | set(fa.tags)
    return ([t.name for t in programme.spearheads if t.id in ids],
            [t.name for t in programme.target_groups if t.id in ids])


def catalogue_rows(programme: Programme) -> list[CatalogueRow]:
    """Every indicator of the programme, in document order, with its links."""
    rows = []
    for theme, fa, ind in programme.indicators():
        sp, tg = tag_names(programme, fa, ind)
        rows.append(CatalogueRow(theme, fa, ind, sp, tg))
    return rows
