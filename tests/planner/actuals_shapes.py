"""Statistics files shaped like the ones coordinators download, built in code, each with its true value.

Shapes follow Sotkanet's CSV export (``Indikaattori;Alue;Vuosi;Sukupuoli;Arvo``,
decimal comma, UTF-8 with BOM) and Statistics Finland's PxWeb CSV (a quoted
title line, a blank line, ``"Alue";"Tiedot";"2026M01";…`` or the long
``"Alue";"Kuukausi";"<measure>"``, ``..`` for missing, Windows-1252 when saved
from Excel). Used by the tests, the end-to-end check and the benchmark. The
programme is the built-in example: area "Eteläisen Keski-Suomen
työllisyysalue", eight municipalities, year 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

MUNIS = ["Joutsa", "Jämsä", "Keuruu", "Luhanka", "Multia", "Mänttä-Vilppula", "Petäjävesi", "Toivakka"]
CODES = {"Joutsa": "172", "Jämsä": "182", "Keuruu": "249", "Luhanka": "435", "Multia": "495",
         "Mänttä-Vilppula": "508", "Petäjävesi": "592", "Toivakka": "850"}
AREA = "Eteläisen Keski-Suomen työllisyysalue"
LONG_UNEMPLOYED = "Pitkäaikaistyöttömien ja rinnasteisesti pitkäaikaistyöttömien määrä"  # M33, latest
WIDE_UNEMPLOYED = "Laajan työttömyyden määrä"  # M06, latest
NEW_JOBS = "Uudet avoimet työpaikat"  # M05, summed
PLANS = "Suunnitelmien ajantasaisuus"  # M22, %, latest


def fi(x: float) -> str:
    return f"{x}".replace(".", ",")


def muni_value(muni: str, month: int, base: int = 500) -> int:
    """A deterministic value per municipality and month."""
    return base // (MUNIS.index(muni) + 1) + month * 3


def sotkanet_by_municipality_and_sex(path: Path, area_row: bool = True, with_total: bool = True) -> dict:
    """Sotkanet CSV: rows per municipality and per sex, the area's own row, the whole country; 2024-2026."""
    lines = ["Indikaattori;Alue;Vuosi;Sukupuoli;Arvo"]
    sexes = ["Miehet", "Naiset"] + (["Yhteensä"] if with_total else [])
    truth = {}
    for year in (2024, 2025, 2026):
        areas = ([AREA] if area_row else []) + MUNIS + ["Koko maa"]
        for area in areas:
            for sex in sexes:
                if area == AREA:
                    value = {"Miehet": 800, "Naiset": 590, "Yhteensä": 1390}[sex] + (2026 - year) * 40
                elif area == "Koko maa":
                    value = {"Miehet": 60000, "Naiset": 45000, "Yhteensä": 105000}[sex]
                else:
                    total = 100 + MUNIS.index(area) * 10 + (2026 - year)
                    value = {"Miehet": total // 2 + 1, "Naiset": total - total // 2 - 1, "Yhteensä": total}[sex]
                lines.append(f"{LONG_UNEMPLOYED};{area};{year};{sex};{value}")
            pct = 70.5 + MUNIS.index(area) if area in MUNIS else 72.4
            for sex in sexes:
                lines.append(f"{PLANS};{area};{year};{sex};{fi(pct + (0.3 if sex == 'Naiset' else 0))}")
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    if area_row:
        truth["M33"] = 1390
    else:
        truth["M33"] = sum(100 + i * 10 for i in range(8))
    return truth


def sotkanet_newest_year_first(path: Path) -> dict:
    lines = ["Indikaattori;Alue;Vuosi;Arvo"]
    for year, value in ((2026, 1380), (2025, 1468), (2024, 1510)):
        lines.append(f"{LONG_UNEMPLOYED};{AREA};{year};{value}")
    path.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    return {"M33": 1380}


def pxweb_pivot(path: Path, encoding: str = "cp1252", codes: bool = True) -> dict:
    """PxWeb default CSV: title line, blank line, Alue;Tiedot;2026M01..2026M06, municipalities as rows."""
    months = [f"2026M{m:02d}" for m in range(1, 7)]
    out = ['"Työttömät ja laaja työttömyys kuukauden lopussa muuttujina Alue, Tiedot ja Kuukausi"', "",
           ";".join(f'"{h}"' for h in ["Alue", "Tiedot", *months])]
    out.append(";".join(['"KOKO MAA"', f'"{WIDE_UNEMPLOYED}"'] + ["250000"] * 6))
    for muni in MUNIS:
        name = f"KU{CODES[muni]} {muni}" if codes else muni
        out.append(";".join([f'"{name}"', f'"{WIDE_UNEMPLOYED}"'] + [str(muni_value(muni, m)) for m in range(1, 7)]))
    out.append(";".join(['"KU179 Jyväskylä"', f'"{WIDE_UNEMPLOYED}"'] + ["9000"] * 6))
    path.write_bytes(("\r\n".join(out) + "\r\n").encode(encoding))
    return {"M06": sum(muni_value(m, 6) for m in MUNIS)}


def pxweb_long(path: Path, missing_latest: str | None = None) -> dict:
    """PxWeb long CSV: "Alue";"Kuukausi";"<measure>", ".." for missing."""
    out = ['"Laaja työttömyys kuukausittain"', "", f'"Alue";"Kuukausi";"{WIDE_UNEMPLOYED}"']
    for m in range(1, 7):
        for muni in MUNIS:
            value = ".." if (muni == missing_latest and m == 6) else str(muni_value(muni, m))
            out.append(f'"{CODES[muni]} {muni}";"2026M{m:02d}";{value}')
    path.write_bytes(("\n".join(out) + "\n").encode("utf-8"))
    month = 5 if missing_latest else 6
    return {"M06": sum(muni_value(m, month) for m in MUNIS)}


def merged_year_workbook(path: Path, year_as_text: bool = False) -> dict:
    """2025 over twelve months and 2026 over six, as merged cells above month names; a title row above."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Seuranta"
    ws.append(["Työllisyyspalveluiden seuranta"])
    y25, y26 = ("Vuosi 2025", "Vuosi 2026") if year_as_text else (2025, 2026)
    ws.append(["", y25] + [""] * 11 + [y26])
    if not year_as_text:
        ws.merge_cells("B2:M2")
        ws.merge_cells("N2:S2")
    names = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"]
    ws.append(["Mittari"] + names + names[:6])
    ws.append([NEW_JOBS] + [15] * 12 + [18] * 6)
    ws.append([WIDE_UNEMPLOYED] + [4300 - m for m in range(12)] + [4250, 4240, 4230, 4220, 4210, 4200])
    wb.save(path)
    return {"M05": 108, "M06": 4200}


def long_by_municipality(path: Path, missing: dict[int, list[str]] | None = None, only: list[str] | None = None,
                         months: int = 6) -> dict:
    """Mittari | Kunta | Kuukausi | Toteuma, per municipality; ``missing`` leaves municipalities out of months."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Toteumat 2026"
    ws.append(["Mittari", "Kunta", "Kuukausi", "Toteuma"])
    munis = only or MUNIS
    for m in range(1, months + 1):
        for muni in munis:
            if missing and muni in missing.get(m, []):
                continue
            ws.append([NEW_JOBS, muni, dt.date(2026, m, 1), 2 + MUNIS.index(muni)])
            ws.append([WIDE_UNEMPLOYED, muni, dt.date(2026, m, 1), muni_value(muni, m)])
    wb.save(path)
    return {}


def daily_rows(path: Path) -> dict:
    """One row per working day for January-March: a summed and a latest-value indicator."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Mittari", "Päivämäärä", "Arvo"])
    total = 0
    last = 0
    rows = 0
    day = dt.date(2026, 1, 1)
    while day <= dt.date(2026, 3, 31):
        if day.weekday() < 5:
            ws.append([NEW_JOBS, day, 1 + day.day % 3])
            total += 1 + day.day % 3
            ws.append([WIDE_UNEMPLOYED, day, 4300 - day.timetuple().tm_yday])
            last = 4300 - day.timetuple().tm_yday
            rows += 1
        day += dt.timedelta(days=1)
    wb.save(path)
    return {"M05": total, "M06": last, "rows": rows}
