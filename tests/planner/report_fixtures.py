"""Programmes for the report tests and the benchmark: the example with actuals,
a large generated programme, and one full of hostile strings."""

from __future__ import annotations

import copy

from planner.model import (
    ActualsImport,
    ActualValue,
    Aggregation,
    Direction,
    FocusArea,
    Indicator,
    IndicatorReference,
    Programme,
    ServiceCategory,
    Theme,
)


def with_demo_actuals(programme: Programme, months: int = 6) -> Programme:
    """A copy of ``programme`` with made-up monthly actuals for January..``months``.

    Deterministic: indicator k moves from its baseline towards its target at a pace
    that differs by k (some ahead, some behind); every fifth indicator gets no data,
    milestones get "luotu" or "kesken".
    """
    p = copy.deepcopy(programme)
    year = p.year or 2026
    values: list[ActualValue] = []
    for k, (_t, _fa, ind) in enumerate(p.indicators()):
        if k % 5 == 4:
            continue
        target = ind.target_value.number
        if ind.effective_direction is Direction.MILESTONE or target is None:
            done = k % 2 == 1
            values.append(ActualValue(ind.id, f"{year}-{months:02d}", 1.0 if done else 0.0,
                                      "luotu" if done else "kesken"))
            continue
        base = ind.baseline_value.number
        pace = [1.1, 0.9, 0.55, 0.3, 0.75][k % 5]
        for m in range(1, months + 1):
            if ind.aggregation is Aggregation.SUM:
                v = target / 12 * pace * (1 + 0.15 * ((m + k) % 3 - 1))
            else:
                start = base if base is not None else 0.0
                v = start + (target - start) * pace * m / 12
            values.append(ActualValue(ind.id, f"{year}-{m:02d}", round(v, 1), ""))
    p.actual_imports.append(ActualsImport(source_file="toteumat-2026.xlsx", sheet="Toteumat",
                                          imported_at=f"{year}-07-05T10:00:00", values=values))
    return p


def generated_programme(n_focus: int = 40, per_focus: int = 10) -> Programme:
    """A big programme: ``n_focus`` focus areas in 8 themes with ``per_focus`` indicators each."""
    p = Programme(title="Työllisyysohjelma", year=2026, area="Testialueen työllisyysalue",
                  municipalities=[f"Kunta {i}" for i in range(1, 13)], motto="Yhdessä eteenpäin.",
                  services_title="Lakisääteiset työvoimapalvelut",
                  services=[ServiceCategory(f"Palvelu {i}", [f"Palvelun {i} kohta {j}" for j in range(6)])
                            for i in range(8)],
                  themes_title="Painopisteet ja tavoitteet")
    for t in range(8):
        theme = Theme(title=f"Painopiste {t + 1}: työllisyyden edistäminen alueella")
        p.themes.append(theme)
        for f in range(n_focus // 8):
            fa = FocusArea(title=f"Tavoite {t + 1}.{f + 1}", summary="Lyhyt kuvaus tavoitteesta ja sen merkityksestä",
                           heading="TAVOITTEEN OTSIKKORIVI ISOLLA KIRJOITETTUNA",
                           description="Tavoitteen kuvaus. " * 25,
                           act=[f"Henkilöstö toimii näin, kohta {i}" for i in range(5)],
                           lead=[f"Johdetaan näin, kohta {i}" for i in range(3)],
                           cooperate=[f"Yhteistyö sopijakuntien kanssa, kohta {i}" for i in range(4)])
            for i in range(per_focus):
                fa.rows.append(Indicator(name=f"Mittari {t + 1}.{f + 1}.{i + 1} asiakkaiden määrä",
                                         level="KV" if i < 3 else "LTK",
                                         baseline=f"{100 + i * 7} asiakasta (2025)", target=f"{150 + i * 9} asiakasta"))
            theme.focus_areas.append(fa)
    return p


HOSTILE = [
    "a<b & c>d",
    "<b>ei lihavoitu</b>",
    '<img src="/etc/passwd"/>',
    '<img src="http://example.com/x.png"/>',
    '<a href="http://example.com">linkki</a>',
    "AT&T; &amp; &lt;",
    "pysty\x0bsarkain ja sivun\x0cvaihto",
    "=SUM(A1:A9)",
    "+358 40 123 4567",
    "-5 % muutos",
    "@kaikki",
    "Sámi: čđŋŧšž ČĐŊŦ, € 5 – „lainaus” ‘yksi’",
    "x" * 200,
]


def hostile_programme() -> Programme:
    """Every field holds something that could break an export or turn into markup."""
    h = HOSTILE
    p = Programme(title=h[0], year=2026, area=h[1], municipalities=[h[11], h[8]], author=h[5], motto=h[2],
                  services_title=h[3], services=[ServiceCategory(h[4], [h[6], h[7], h[12]]), ServiceCategory("", [])],
                  themes_title=h[9])
    theme = Theme(title=h[10], summary=h[0])
    fa = FocusArea(title=h[1], summary=h[2], heading=h[3], description=h[4] + " " + h[12], act=[h[5], h[6]],
                   lead=[h[7]], cooperate=[h[8], h[9], h[10]])
    ind = Indicator(name=h[7], level="KV", baseline=h[8], target=h[9], source=h[10], owner=h[7])
    fa.rows = [ind, Indicator(name=h[12], level="LTK", baseline=h[2], target=h[11], source=h[6]),
               IndicatorReference(indicator_id=ind.id, level="", text=h[4])]
    empty = FocusArea(title="Tyhjä tavoite")
    theme.focus_areas = [fa, empty]
    p.themes = [theme, Theme(title="Tyhjä painopiste")]
    p.actual_imports.append(ActualsImport(values=[ActualValue(ind.id, "2026-03", None, h[0])]))
    return p
