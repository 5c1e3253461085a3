"""Costs, subsidy-share figures and municipality shares for the example, as workbooks made in code.

The figures are invented round numbers so the costs page can be checked by hand
(see tests/data/economics/README.md for the arithmetic). Messy on purpose: a title
row above the header, thousands written with spaces, euros with a € sign.
"""

from __future__ import annotations

from pathlib import Path

BANDS_2026 = [  # band, persons, days (no euros: computed from days)
    ("100–199 pv", 120, "2 580"), ("200–299 pv", 90, "1 935"), ("300–399 pv", 70, "1 505"),
    ("400–499 pv", 50, "1 075"), ("500+ pv", 300, "6 450"),
]
BANDS_2025 = [  # band, persons, days, euros as the source gives them
    ("100-199", 125, 2500, "9 000 €"), ("200-299", 95, 2000, "15 000 €"), ("300-399", 80, 1600, "18 000 €"),
    ("400-499", 55, 1170, "17 500 €"), ("500+", 320, 7000, "130 000 €"),
]
COSTS = [  # name, budget, spent, employed indicator
    ("Nuoret töihin -rekrytointituki", "90 000", 45000, "M37"),
    ("Työllistymisen tukeminen", 240000, "120 000 €", ""),
]
SHARES = {"Joutsa": "8 %", "Jämsä": "38 %", "Keuruu": "22 %", "Luhanka": "2 %", "Multia": "3 %",
          "Mänttä-Vilppula": "18 %", "Petäjävesi": "5 %", "Toivakka": "4 %"}


def write_subsidy(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Kuntaosuus"
    ws.append(["Työmarkkinatuen kuntaosuus, Eteläisen Keski-Suomen työllisyysalue"])
    ws.append([])
    ws.append(["Kausi", "Kunta", "Porras", "Henkilöt", "Päivät", "Euroa"])
    for band, persons, days in BANDS_2026:
        ws.append(["6/2026", "Koko alue", band, persons, days, None])
    for band, persons, days, euros in BANDS_2025:
        ws.append(["6/2025", "", band, persons, days, euros])
    ws.append(["6/2026", "Jämsä", "500+ pv", 115, 2470, None])
    ws.append(["6/2025", "Jämsä", "500+ pv", 120, 2600, None])
    ws.append(["Yhteensä", "", "yhteensä", 1000, 20000, None])
    wb.save(path)
    return path


def write_costs(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kustannukset 2026 (tilanne 30.6.2026)"])
    ws.append(["Kohde", "Budjetti", "Käytetty", "Mittari"])
    for row in COSTS:
        ws.append(list(row))
    wb.save(path)
    return path


def write_shares(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kunta", "Osuus"])
    for name, share in SHARES.items():
        ws.append([name, share])
    wb.save(path)
    return path
