"""Reading subsidy-share figures and cost items from Excel or CSV into a programme's economics.

Subsidy figures (työmarkkinatuen kuntaosuus), one row per period and band::

    Kausi | Kunta | Porras | Henkilöt | Päivät | Euroa

``Kunta`` and ``Euroa`` are optional (no municipality: the whole area; no euros:
computed from days). ``Porras`` is matched to the programme's bands by the first
number in it ("100–199 pv", "300-399", "500+"). Costs, one row per service or
focus area::

    Kohde | Budjetti | Käytetty | Mittari (työllistyneet)

The header row is found among the first 30 rows; title rows above it are skipped.
Bad cells stop the import with the file, sheet, row and column and what to do;
the programme is changed only when the whole file reads cleanly.
"""

from __future__ import annotations

import re
from pathlib import Path

from planner.economics_model import CostItem, Economics, SubsidyFigure
from planner.followup.actuals.errors import ActualsError, column_letter
from planner.followup.actuals.readers import RawSheet, read_sheets
from planner.messages import msg
from planner.model import Programme

SUBSIDY_HEADERS = {
    "period": ("kausi", "kuukausi", "ajankohta", "aika", "vuosi", "period", "månad"),
    "municipality": ("kunta", "kommun", "municipality"),
    "band": ("porras", "porrastus", "kesto", "luokka", "työttömyyspäivät", "band", "päiväraja"),
    "persons": ("henkilöt", "henkilöä", "hlö", "hlöt", "henkilömäärä", "persons", "personer"),
    "days": ("päivät", "päiviä", "pv", "maksetut päivät", "days", "dagar"),
    "euros": ("euroa", "€", "eur", "kuntaosuus", "kuntaosuus €", "euros", "summa"),
}
COST_HEADERS = {
    "name": ("kohde", "palvelu", "tavoite", "painopiste", "kustannuskohde", "name"),
    "budget": ("budjetti", "talousarvio", "budget"),
    "spent": ("käytetty", "toteutunut", "toteuma", "kulut", "spent"),
    "indicator": ("mittari", "työllistyneet", "työllistyneiden mittari", "indicator"),
}
MONTH_RE = re.compile(r"^\s*(\d{1,2})\s*[/.]\s*(\d{4})\s*$")


def _norm(x: object) -> str:
    return re.sub(r"\s+", " ", str(x if x is not None else "")).strip().lower().rstrip(":")


def _find_header(sheet: RawSheet, wanted: dict[str, tuple[str, ...]], required: tuple[str, ...],
                 path: Path) -> tuple[int, dict[str, int]]:
    for r, row in enumerate(sheet.rows[:30]):
        cols: dict[str, int] = {}
        for c, cell in enumerate(row):
            t = _norm(cell)
            for key, words in wanted.items():
                if key not in cols and (t in words or any(t.startswith(w + " ") for w in words)):
                    cols[key] = c
                    break
        if all(k in cols for k in required):
            return r, cols
    names = ", ".join(wanted[k][0].capitalize() for k in required)
    raise ActualsError.of(msg("economics_no_header", columns=names), path, sheet.name,
                       hint="Lisää otsikkorivi ensimmäisten 30 rivin joukkoon.")


def _number(cell: object, path: Path, sheet: str, row: int, col: int, what: str) -> float | None:
    if cell is None or cell == "" or (isinstance(cell, str) and cell.strip() in ("", "..", ".", "-", "–")):
        return None
    if isinstance(cell, bool):
        raise ActualsError.of(msg("cell_not_a_number", what=what), path, sheet, row + 1, column_letter(col))
    if isinstance(cell, int | float):
        return float(cell)
    text = str(cell).replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".").strip()
    try:
        return float(text)
    except ValueError:
        raise ActualsError.of(msg("cell_text_not_a_number", what=what, cell=cell), path, sheet, row + 1,
                              column_letter(col),
                           hint="Kirjoita luku, esim. 1234 tai 12,5.") from None


def _period(cell: object, path: Path, sheet: str, row: int, col: int) -> str:
    import datetime as dt

    from planner.followup.actuals.layout import period_key

    if isinstance(cell, dt.date):
        return f"{cell.year:04d}-{cell.month:02d}"
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, int) and 1900 < cell < 2200:
        return str(cell)
    m = MONTH_RE.match(str(cell))
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(2)):04d}-{int(m.group(1)):02d}"
    key = period_key(cell, None)
    if key and re.fullmatch(r"\d{4}(-\d{2})?", key):
        return key
    raise ActualsError.of(msg("period_not_recognised", cell=cell), path, sheet, row + 1, column_letter(col),
                       hint="Kirjoita esim. 6/2026, 2026-06, kesäkuu 2026 tai 2026.")


def read_subsidy(path: str | Path, economics: Economics, municipalities: list[str],
                 sheet: str | None = None) -> list[SubsidyFigure]:
    """The subsidy figures of the file; raises :class:`ActualsError` with the place of a bad cell."""
    path = Path(path)
    sh = read_sheets(path, sheet)[0]
    header, cols = _find_header(sh, SUBSIDY_HEADERS, ("period", "band"), path)
    if not any(k in cols for k in ("persons", "days", "euros")):
        raise ActualsError.of(msg("subsidy_value_columns_missing"), path, sh.name, header + 1)
    by_min = {b.min_days: b.label for b in economics.bands}
    by_label = {_norm(b.label): b.label for b in economics.bands}
    munis = {m.lower(): m for m in municipalities}
    out: list[SubsidyFigure] = []
    for r in range(header + 1, len(sh.rows)):
        row = sh.rows[r]

        def cell(key: str, row: list = row) -> object:
            c = cols.get(key)
            return row[c] if c is not None and c < len(row) else ""

        band_text = _norm(cell("band"))
        if not band_text and _norm(cell("period")) == "":
            continue
        if band_text.startswith("yhteensä") or band_text in ("yht", "yht.", "total"):
            continue
        label = by_label.get(band_text)
        if label is None:
            m = re.search(r"\d+", band_text.replace(" ", ""))
            label = by_min.get(int(m.group())) if m else None
        if label is None:
            known = ", ".join(b.label for b in economics.bands)
            raise ActualsError.of(msg("band_not_recognised", cell=cell("band")), path, sh.name, r + 1,
                                  column_letter(cols["band"]), hint=msg("hint_known_bands", bands=known))
        period = _period(cell("period"), path, sh.name, r, cols["period"])
        muni_text = str(cell("municipality") or "").strip()
        from planner.followup.actuals.layout import is_total_text

        muni = "" if not muni_text or is_total_text(muni_text) else munis.get(muni_text.lower(), muni_text)
        fig = SubsidyFigure(period, label, municipality=muni)
        for key, what in (("persons", "Henkilöt"), ("days", "Päivät"), ("euros", "Euroa")):
            if key in cols:
                setattr(fig, key, _number(cell(key), path, sh.name, r, cols[key], what))
        if fig.persons is None and fig.days is None and fig.euros is None:
            continue
        out.append(fig)
    if not out:
        raise ActualsError.of(msg("no_subsidy_figures"), path, sh.name,
                           hint="Täytä vähintään Kausi, Porras ja Päivät tai Euroa.")
    return out


def read_costs(path: str | Path, programme: Programme, sheet: str | None = None) -> list[CostItem]:
    """Cost items of the file; a focus area or indicator named in the row is linked by its title, name or id."""
    path = Path(path)
    sh = read_sheets(path, sheet)[0]
    header, cols = _find_header(sh, COST_HEADERS, ("name",), path)
    if "budget" not in cols and "spent" not in cols:
        raise ActualsError.of(msg("cost_columns_missing"), path, sh.name, header + 1)
    fas = {_norm(fa.title): fa.id for _t, fa in programme.focus_areas()}
    inds = {}
    for _t, _fa, ind in programme.indicators():
        inds[_norm(ind.id)] = ind.id
        inds[_norm(ind.name)] = ind.id
    out = []
    for r in range(header + 1, len(sh.rows)):
        row = sh.rows[r]
        name = str(row[cols["name"]] if cols["name"] < len(row) else "").strip()
        if not name or _norm(name).startswith("yhteensä"):
            continue
        item = CostItem(name=name, focus_area_id=fas.get(_norm(name), ""))
        for key in ("budget", "spent"):
            c = cols.get(key)
            if c is not None and c < len(row):
                setattr(item, key, _number(row[c], path, sh.name, r, c, "Budjetti" if key == "budget" else "Käytetty"))
        c = cols.get("indicator")
        if c is not None and c < len(row) and str(row[c]).strip():
            iid = inds.get(_norm(row[c]))
            if iid is None:
                raise ActualsError.of(msg("indicator_not_in_programme", cell=row[c]), path, sh.name, r + 1,
                                      column_letter(c), hint="Kirjoita mittarin tunnus (esim. M34) tai nimi.")
            item.employed_indicator_id = iid
        out.append(item)
    return out


def read_shares(path: str | Path, programme: Programme, sheet: str | None = None) -> dict[str, float]:
    """Municipality shares of the area (``Kunta | Osuus``); "38 %", 38 and 0,38 all mean 38 %."""
    path = Path(path)
    sh = read_sheets(path, sheet)[0]
    header, cols = _find_header(sh, {"municipality": SUBSIDY_HEADERS["municipality"],
                                     "share": ("osuus", "osuus %", "osuus alueesta", "share", "andel")},
                                ("municipality", "share"), path)
    munis = {m.lower(): m for m in programme.municipalities}
    out: dict[str, float] = {}
    for r in range(header + 1, len(sh.rows)):
        row = sh.rows[r]
        name = str(row[cols["municipality"]] if cols["municipality"] < len(row) else "").strip()
        if not name or _norm(name).startswith("yhteensä"):
            continue
        if name.lower() not in munis:
            raise ActualsError.of(msg("municipality_not_in_programme", name=name), path, sh.name, r + 1,
                                  column_letter(cols["municipality"]),
                                  hint=msg("hint_programme_municipalities",
                                           municipalities=", ".join(programme.municipalities)))
        c = cols["share"]
        cell = row[c] if c < len(row) else ""
        percent = isinstance(cell, str) and "%" in cell
        x = _number(str(cell).replace("%", "") if percent else cell, path, sh.name, r, c, "Osuus")
        if x is None:
            continue
        share = x / 100 if percent or x > 1 else x
        if not 0 <= share <= 1:
            raise ActualsError.of(msg("share_out_of_range", cell=cell), path, sh.name, r + 1, column_letter(c))
        out[munis[name.lower()]] = share
    return out
