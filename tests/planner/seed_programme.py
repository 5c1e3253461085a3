"""Seed 004 (the model programme) read into a Programme, for report tests.

Used when the built-in example (resources/example/...) is not available; it holds
the same content the example is made from, so the report tests check every heading,
bullet, indicator, baseline and target of the real programme.
"""

from __future__ import annotations

import re
from pathlib import Path

from planner.model import (
    FocusArea,
    Indicator,
    IndicatorReference,
    Programme,
    ServiceCategory,
    Theme,
)

_SEED_PARTS = ("shared", "reference", "seeds", "004_ed7d636905bbcfd3.txt")
SEED = next(
    (d.joinpath(*_SEED_PARTS) for d in Path(__file__).resolve().parents if d.joinpath(*_SEED_PARTS).is_file()),
    Path("/work").joinpath(*_SEED_PARTS),
)
GROUPS = {
    "Miten henkilöstö toimii arjessa": "act",
    "Miten johdetaan": "lead",
    "Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa": "cooperate",
}
MOTTO = "Välitämme. Työniloa!"


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def seed_programme(path: Path = SEED) -> Programme:
    lines = [ln.rstrip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln.strip()]
    p = Programme(
        title="Työllisyysohjelma",
        year=2026,
        area="Eteläisen Keski-Suomen työllisyysalue",
        municipalities=["Joutsa", "Jämsä", "Keuruu", "Luhanka", "Multia", "Mänttä-Vilppula", "Petäjävesi", "Toivakka"],
        lead_municipality="Jämsä",
        author="Eteläisen Keski-Suomen työllisyysalue",
        motto=MOTTO,
        services_title="Lakisääteiset työvoimapalvelut",
    )
    i = lines.index("Lakisääteiset työvoimapalvelut") + 1
    end = lines.index("Työllisyysalueen palveluiden painopisteet ja tavoitteet")
    cat: ServiceCategory | None = None
    for ln in lines[i:end]:
        s = ln.strip()
        if s in ("Lakisääteiset työvoimapalvelut asiakkaille", MOTTO):
            continue
        if s.startswith("- "):
            assert cat is not None
            cat.items.append(s[2:])
        else:
            cat = ServiceCategory(s.replace("AmmatINVALINTA", "Ammatinvalinta"))
            p.services.append(cat)
    i = end + 1
    p.themes_title = lines[i]
    i += 1
    theme: Theme | None = None
    by_title: dict[str, tuple[Theme, FocusArea]] = {}
    while not _is_upper(lines[i]):
        s = lines[i].strip()
        if s.startswith("- **"):
            m = re.match(r"- \*\*(.+?)\*\*\s*(?:[-–]\s*(.*))?$", s)
            assert m, s
            summary = m.group(2) or ""
            if summary.endswith("-") and not _is_upper(lines[i + 1]) and not lines[i + 1].startswith("- "):
                summary += lines[i + 1].strip()
                i += 1
            fa = FocusArea(title=m.group(1), summary=summary)
            assert theme is not None
            theme.focus_areas.append(fa)
            by_title[fa.title.upper()] = (theme, fa)
        else:
            theme = Theme(title=s.replace("työmarkkina- asemassa", "työmarkkina-asemassa"))
            p.themes.append(theme)
        i += 1
    theme_words = {t.title for t in p.themes}
    pay_subsidy: Indicator | None = None
    refs: list[IndicatorReference] = []
    while i < len(lines):
        _theme, fa = by_title[lines[i].strip()]
        i += 1
        if _is_upper(lines[i]) and lines[i].strip() not in by_title:
            fa.heading = lines[i].strip()
            i += 1
        desc: list[str] = []
        while lines[i].strip() not in GROUPS:
            desc.append(lines[i].strip())
            i += 1
        # The theme name printed beside the text in the original layout is not description.
        fa.description = max(desc, key=len) if desc else ""
        assert not any(d in theme_words for d in desc)
        while lines[i].strip() in GROUPS:
            group = GROUPS[lines[i].strip()]
            i += 1
            while i < len(lines) and lines[i].strip().startswith("- "):
                getattr(fa, group).append(lines[i].strip()[2:])
                i += 1
        assert lines[i].strip().startswith("MITTARI"), lines[i]
        i += 1
        level = ""
        while i < len(lines) and "\t" in lines[i]:
            cells = lines[i].split("\t")
            level = cells[0].strip() or level
            name = cells[1].strip()
            if name.startswith("("):
                refs.append(IndicatorReference(level="", text=name))
                fa.rows.append(refs[-1])
            else:
                ind = Indicator(name=name, level=level, baseline=cells[2].strip(), target=cells[3].strip())
                fa.rows.append(ind)
                if name == "Palkkatukijaksot":
                    pay_subsidy = ind
            i += 1
    for ref in refs:
        assert pay_subsidy is not None
        ref.indicator_id = pay_subsidy.id
    return p
