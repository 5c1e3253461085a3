"""Finding the header row, the column roles and the layout of a sheet of actuals.

Three layouts are recognised:

- **long**: one row per indicator and period (``Mittari | Kuukausi | Arvo``),
  optionally with a municipality and a notes column;
- **wide**: indicators as rows, periods as columns (``tammikuu``, ``tammi``,
  ``1/2026``, ``2026M03``, real date cells ...); total columns such as
  ``Yhteensä`` are recognised and left out so nothing is counted twice;
- **single**: one value per indicator (e.g. a year-to-date ``Toteuma`` column);
  baseline and target columns beside it are recognised and never taken for the
  actual. A period in the value column's header (``Toteuma 1-6/2026``) dates it.

The header row is the row among the first 40 whose cells best look like header
words (Finnish, Swedish, English) or periods; title rows above it, blank rows and
notes below are skipped. A two-row header (a merged "Toteuma 2026" above month
names) is read as one.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from planner import wording_fi
from planner.values import MONTHS_FI, parse_period

if TYPE_CHECKING:  # the reader (and what it imports) is not needed for the GUI's labels at start-up
    from planner.followup.actuals.readers import Cell, RawSheet


class Role(StrEnum):
    """What a column holds."""

    ID = "id"
    INDICATOR = "indicator"
    PERIOD = "period"
    YEAR = "year"
    VALUE = "value"
    MONTH = "month"  # a period column of a wide layout
    MUNICIPALITY = "municipality"  # municipality or area (Kunta, Alue)
    DIMENSION = "dimension"  # a category such as sex, age group or group: one value is used
    MEASURE = "measure"  # a value column whose header is the indicator's name (PxWeb long shape)
    NOTES = "notes"
    BASELINE = "baseline"
    TARGET = "target"
    UNIT = "unit"
    FOCUS_AREA = "focus_area"
    TOTAL = "total"
    IGNORE = "ignore"


ROLE_LABEL_FI: dict[Role, str] = {Role(k): v for k, v in wording_fi.COLUMN_ROLE.items()}  # worded in planner/wording_fi.py


class LayoutKind(StrEnum):
    LONG = "long"
    WIDE = "wide"
    SINGLE = "single"


LAYOUT_LABEL_FI = {LayoutKind(k): v for k, v in wording_fi.LAYOUT_KIND.items()}  # worded in planner/wording_fi.py

# Checked in this order; a header matches a role when it equals a word or starts with it.
_ROLE_WORDS: list[tuple[Role, tuple[str, ...]]] = [
    (Role.TOTAL, ("yhteensä", "yht", "total", "totalt", "summa", "sum", "kaikki yhteensä", "koko vuosi")),
    (Role.FOCUS_AREA, ("painopiste", "tavoitealue", "focus area", "fokusområde", "teema", "painopisteen tavoite")),
    (Role.BASELINE, ("lähtöarvo", "lähtötaso", "lähtötilanne", "lähtö", "baseline", "utgångsvärde", "utgångsläge")),
    (Role.TARGET, ("tavoitearvo", "tavoitetaso", "tavoite", "målvärde", "mål", "target", "goal")),
    (Role.ID, ("tunnus", "id", "koodi", "code", "kod", "nro", "numero", "nr", "mittarin tunnus", "indikator-id")),
    (
        Role.MUNICIPALITY,
        ("kunta", "kommun", "municipality", "kaupunki", "sopijakunta", "jäsenkunta", "kunta/alue", "alue", "area",
         "region", "område", "kunnat", "alueet", "maakunta"),
    ),
    (
        Role.DIMENSION,
        ("sukupuoli", "kön", "sex", "gender", "ikä", "ikäryhmä", "ikäluokka", "ålder", "åldersgrupp", "age",
         "age group", "ryhmä", "luokka", "grupp", "group", "koulutusaste", "kansalaisuus", "äidinkieli",
         "kieli", "syntyperä", "ammattiryhmä", "toimiala"),
    ),
    (
        Role.PERIOD,
        (
            "kuukausi", "ajankohta", "ajanjakso", "aikajakso", "kausi", "tilastokuukausi", "tilastokausi", "aika",
            "månad", "period", "month", "pvm", "päivämäärä", "date", "datum", "kk", "vuosi-kk", "vuosikuukausi",
        ),
    ),
    (Role.YEAR, ("vuosi", "år", "year", "tilastovuosi")),
    (Role.UNIT, ("yksikkö", "mittayksikkö", "enhet", "unit")),
    (
        Role.NOTES,
        (
            "huom", "huomautus", "huomautukset", "huomio", "lisätieto", "lisätiedot", "kommentti", "kommentit",
            "selite", "selitys", "notes", "note", "anmärkning", "kommentar", "comment", "comments", "lähde", "source",
            "källa",
        ),
    ),
    (
        Role.INDICATOR,
        (
            "mittari", "mittarin nimi", "indikaattori", "indikator", "indicator", "mätare", "nimi", "name",
            "tunnusluku", "muuttuja", "tieto", "tiedot", "kuvaus", "namn", "measure", "uppgifter",
        ),
    ),
    (
        Role.VALUE,
        (
            "toteuma", "toteutuma", "toteutunut", "arvo", "utfall", "actual", "value", "värde", "lukumäärä",
            "määrä", "tulos", "kertymä", "ytd", "luku", "antal",
        ),
    ),
]

MONTH_NAMES: dict[str, int] = {}
for _i, _m in enumerate(MONTHS_FI, start=1):
    MONTH_NAMES[_m] = _i
    MONTH_NAMES[_m[:-3]] = _i  # tammi, helmi, maalis ...
    MONTH_NAMES[_m[:3]] = _i  # tam, hel, maa, huh, tou, kes, hei, elo, syy, lok, mar, jou
    MONTH_NAMES[_m + "n"] = _i  # "tammikuun"
for _i, _m in enumerate(
    ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
     "november", "december"], start=1,
):
    MONTH_NAMES.setdefault(_m, _i)
    MONTH_NAMES.setdefault(_m[:3], _i)
for _i, _m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1,
):
    MONTH_NAMES.setdefault(_m, _i)
    MONTH_NAMES.setdefault(_m[:3], _i)
MONTH_NAMES.pop("mar", None)  # "mar" is marraskuu in Finnish but March in English: ambiguous
MONTH_NAMES["marras"] = 11

_NOTE_START = re.compile(
    r"^\s*(?:lähde|lähteet|huom|huomio|huomautus|tiedot päivitetty|päivitetty|source|note|källa|anm|\*|\(\*|"
    r"tilastot? päivitetty|tiedot:|lisätieto)",
    re.I,
)
TOTAL_WORDS = {"yhteensä", "yht", "yht.", "total", "totalt", "summa", "sum", "kaikki", "koko alue", "alue yhteensä",
               "kaikki yhteensä", "kunnat yhteensä", "alue", "hela området", "all"}

_YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def norm_header(cell: Cell) -> str:
    if cell is None:
        return ""
    text = unicodedata.normalize("NFKC", str(cell)).lower()
    text = text.replace("\u00a0", " ")
    text = re.sub(r"[\s_]+", " ", text).strip(" :;*.")
    return text


def role_for_header(cell: Cell) -> Role | None:
    """The role a header word names, or None."""
    h = norm_header(cell)
    if not h or isinstance(cell, (int, float, _dt.date)):
        return None
    for role, words in _ROLE_WORDS:
        if h in words:
            return role
    tokens = re.findall(r"[\wåäö%-]+", h)
    first = tokens[0] if tokens else ""
    for role, words in _ROLE_WORDS:
        for w in words:
            if " " in w:
                if h.startswith(w):
                    return role
            elif first == w or (len(w) >= 5 and first.startswith(w)):
                return role
    if any(t in ("yhteensä", "yht", "total", "summa") for t in tokens):
        return Role.TOTAL
    return None


def _month_year_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


_RANGE_RE = re.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})\s*/\s*(\d{4})")
_NAME_RANGE_RE = re.compile(r"([a-zåäö]+)\.?\s*[-–]\s*([a-zåäö]+)\.?\s*(\d{4})?")
_ISO_MONTH_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$")
_PXWEB_MONTH_RE = re.compile(r"([0-9]{4})M([0-9]{2})")
_MONTH_WORD_RE = re.compile(r"^([a-zåäö]+)\.?\s*(?:(\d{4})|'?(\d{2}))?$")


def period_key(cell: Cell, default_year: int | None) -> str | None:
    """A period key ("2026-03", "2026-Q1", "2026") from a header or a period cell, or None."""
    if cell is None or cell == "":
        return None
    if cell.__class__ is str and len(cell) == 7:  # 2026M03 as PxWeb writes it: what the general path gives, 6x faster
        m = _PXWEB_MONTH_RE.fullmatch(cell)
        if m is not None and 1 <= int(m.group(2)) <= 12:
            return _month_year_key(int(m.group(1)), int(m.group(2)))
    if isinstance(cell, _dt.datetime | _dt.date):
        return _month_year_key(cell.year, cell.month)
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        n = float(cell)
        if n.is_integer():
            n_int = int(n)
            if 1950 <= n_int <= 2150:
                return str(n_int)
            if 195001 <= n_int <= 215012 and 1 <= n_int % 100 <= 12:  # 202603
                return _month_year_key(n_int // 100, n_int % 100)
            if 1 <= n_int <= 12 and default_year:  # a month number alone
                return _month_year_key(default_year, n_int)
        return None
    text = unicodedata.normalize("NFKC", str(cell)).replace("\u00a0", " ").strip().lower()
    if not text or len(text) > 40:
        return None
    m = _ISO_MONTH_RE.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return _month_year_key(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)  # 31.3.2026: the month of that day
    if m and 1 <= int(m.group(2)) <= 12:
        return _month_year_key(int(m.group(3)), int(m.group(2)))
    m = re.fullmatch(r"(\d{4})\s*m\s*(\d{1,2})", text)  # 2026M03 (Statistics Finland)
    if m and 1 <= int(m.group(2)) <= 12:
        return _month_year_key(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})\.(\d{4})", text)  # 3.2026
    if m and 1 <= int(m.group(1)) <= 12:
        return _month_year_key(int(m.group(2)), int(m.group(1)))
    m = _MONTH_WORD_RE.match(text)
    if m and m.group(1) in MONTH_NAMES:
        year = int(m.group(2)) if m.group(2) else (2000 + int(m.group(3)) if m.group(3) else default_year)
        if year:
            return _month_year_key(year, MONTH_NAMES[m.group(1)])
        return None
    p = parse_period(text)
    if p is not None:
        return p.key()[:7] if p.month else p.key()
    return None


def period_in_header(cell: Cell, default_year: int | None) -> str | None:
    """A period named inside a value header: "Toteuma 6/2026", "Toteuma 1-6/2026", "tammi-kesäkuu 2026"."""
    text = norm_header(cell)
    m = _RANGE_RE.search(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return _month_year_key(int(m.group(3)), int(m.group(2)))
    for m in _NAME_RANGE_RE.finditer(text):
        a, b = m.group(1), m.group(2)
        if a in MONTH_NAMES and b in MONTH_NAMES:
            year = int(m.group(3)) if m.group(3) else default_year
            if year:
                return _month_year_key(year, MONTH_NAMES[b])
    for token in re.split(r"\s+", text)[1:]:
        key = period_key(token, default_year)
        if key:
            return key
    m2 = re.search(r"([a-zåäö]+)\s+(\d{4})", text)
    if m2:
        return period_key(f"{m2.group(1)} {m2.group(2)}", default_year)
    return None


@dataclass
class DetectedLayout:
    """Where the header is and what each column holds; the user may adjust both."""

    sheet: str
    header_row: int  # 0-based row index of the (last) header row
    roles: list[Role]
    periods: dict[int, str] = field(default_factory=dict)  # MONTH column -> period key
    kind: LayoutKind = LayoutKind.LONG
    default_year: int | None = None
    value_period: str | None = None  # SINGLE: the period the value column names, else the year
    headers: list[str] = field(default_factory=list)
    score: float = 0.0
    # MONTH columns whose year was not written in the header itself: where it came from
    year_source: dict[int, str] = field(default_factory=dict)  # column -> "header above" / "title" / ...
    year_assumed: bool = False  # no year anywhere in the sheet: the programme's year was assumed

    def columns(self, role: Role) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r is role]

    def column(self, role: Role) -> int | None:
        cols = self.columns(role)
        return cols[0] if cols else None


def _header_cells(rows: Sequence[list[Cell]], r: int) -> list[Cell]:
    """Row r as a header, with empty cells filled from the row above (a two-row header)."""
    row = list(rows[r])
    if r > 0:
        above = rows[r - 1]
        filled = sum(1 for c in row if c not in ("", None))
        for i in range(len(row)):
            if row[i] in ("", None) and i < len(above) and above[i] not in ("", None) and filled >= 2:
                if role_for_header(above[i]) is not None:
                    row[i] = above[i]
    return row


def _score_header(cells: list[Cell], default_year: int | None) -> tuple[float, list[Role | None], dict[int, str]]:
    roles: list[Role | None] = []
    periods: dict[int, str] = {}
    for i, c in enumerate(cells):
        role = role_for_header(c)
        if role is None and c not in ("", None):
            key = period_key(c, default_year)
            if key and len(key) >= 7:
                periods[i] = key
                role = Role.MONTH
        roles.append(role)
    present = {r for r in roles if r is not None}
    score = 0.0
    if present & {Role.INDICATOR, Role.ID}:
        score += 3
    if Role.VALUE in present or len(periods) >= 2 or (Role.TOTAL in present and Role.MONTH not in present):
        score += 3
    score += 0.5 * len(present - {Role.INDICATOR, Role.ID, Role.VALUE, Role.MONTH})
    score += min(len(periods), 12) / 6
    return score, roles, periods


def find_default_year(rows: Sequence[list[Cell]], upto: int, fallback: int | None) -> int | None:
    """A year from title rows above the header ("Toteumat 2026"), else the fallback."""
    for r in range(min(upto, len(rows))):
        for c in rows[r]:
            if isinstance(c, str):
                m = _YEAR_RE.search(c)
                if m:
                    return int(m.group(1))
    return fallback


def _mostly_text(rows: Sequence[list[Cell]], start: int, col: int, limit: int = 30) -> bool:
    n_text = n = 0
    for row in rows[start : start + limit]:
        if col < len(row) and row[col] not in ("", None):
            n += 1
            if isinstance(row[col], str) and not re.fullmatch(r"[\d\s,.%-]+", row[col]):
                n_text += 1
    return n > 0 and n_text >= n * 0.6


def year_of_cell(cell: Cell) -> int | None:
    """A year written alone in a cell: 2026, "2026", "Vuosi 2026", "v. 2026"; else None."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        n = float(cell)
        return int(n) if n.is_integer() and 1950 <= n <= 2150 else None
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    if len(text) > 40:
        return None
    found = _YEAR_RE.findall(text)
    if len(set(found)) != 1:
        return None
    rest = _YEAR_RE.sub("", text).strip(" .:-").lower()
    if rest and not re.fullmatch(r"(vuosi|vuoden|v|år|year|toteuma|toteumat|tilastovuosi)\.?", rest):
        return None
    return int(found[0])


def years_above(sheet: RawSheet, header_row: int, columns: list[int]) -> dict[int, int]:
    """The year over each of ``columns`` from a row above the header ("2025" merged over twelve months).

    The nearest row above (up to three rows) with a year cell is used; a column
    takes the year of the merged range it lies in, else of the nearest year cell
    to its left in that row (merged cells and "centre across selection" both
    leave the year in the leftmost cell).
    """
    rows = sheet.rows
    for rr in range(header_row - 1, max(-1, header_row - 4), -1):
        row = rows[rr] if rr < len(rows) else []
        year_cells = {c: y for c, cell in enumerate(row) if (y := year_of_cell(cell)) is not None}
        if not year_cells:
            continue
        out: dict[int, int] = {}
        for col in columns:
            year = None
            for (r0, c0), (r1, c1) in sheet.merged:
                if r0 <= rr <= r1 and c0 <= col <= c1 and c0 in year_cells and r0 == rr:
                    year = year_cells[c0]
                    break
            if year is None:
                left = [c for c in year_cells if c <= col]
                if left:
                    year = year_cells[max(left)]
            if year is not None:
                out[col] = year
        if out:
            return out
    return {}


def year_in_name(name: str) -> int | None:
    m = _YEAR_RE.findall(name or "")
    return int(m[0]) if len(set(m)) == 1 else None


def _numeric_column(rows: Sequence[list[Cell]], start: int, col: int, limit: int = 40) -> bool:
    """Mostly numbers (or PxWeb's missing marks ".." "." "-") in the rows below the header."""
    n = n_num = 0
    for row in rows[start : start + limit]:
        if col >= len(row) or row[col] in ("", None):
            continue
        cell = row[col]
        n += 1
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            n_num += 1
        elif isinstance(cell, str) and re.fullmatch(r"\s*(?:[-+]?[\d\s\u00a0]+(?:[.,]\d+)?|\.\.?|-|–)\s*", cell):
            n_num += 1
    return n > 0 and n_num >= 0.8 * n


def _measure_columns(rows: Sequence[list[Cell]], r: int, roles: list[Role | None]) -> list[int]:
    """Header cells naming a measure (no known role) above numeric columns, when the row has a period column."""
    present = set(roles)
    if not ({Role.PERIOD, Role.YEAR} & present) or ({Role.INDICATOR, Role.ID, Role.VALUE} & present):
        return []
    header = rows[r]
    out = []
    for i, role in enumerate(roles):
        if role is None and i < len(header) and isinstance(header[i], str) and header[i].strip():
            if _numeric_column(rows, r + 1, i):
                out.append(i)
    return out


def detect_layout(sheet: RawSheet, programme_year: int | None = None) -> DetectedLayout | None:
    """The most likely header row and column roles of a sheet, or None when it holds no table."""
    rows = sheet.rows
    name_year = year_in_name(sheet.name)
    fallback = name_year or programme_year
    best: tuple[float, int, list[Role | None], dict[int, str]] | None = None
    for r in range(min(40, len(rows))):
        if sum(1 for c in rows[r] if c not in ("", None)) < 2:
            continue
        year = find_default_year(rows, r, fallback)
        score, header_roles, periods = _score_header(_header_cells(rows, r), year)
        measures = _measure_columns(rows, r, header_roles)
        if measures:
            for i in measures:
                header_roles[i] = Role.MEASURE
            score += 5 + 0.1 * len(measures)
        if best is None or score > best[0]:
            best = (score, r, header_roles, periods)
    if best is None:
        return None
    score, r, raw_roles, periods = best
    title_year = find_default_year(rows, r, None)
    default_year = title_year or fallback
    header = _header_cells(rows, r)
    roles = [x or Role.IGNORE for x in raw_roles]
    year_source: dict[int, str] = {}
    # Months written without a year: the year from a (merged) cell above, the title, the sheet name.
    bare = [c for c in periods if period_key(header[c], None) is None]
    if bare:
        above = years_above(sheet, r, bare)
        for c in bare:
            if c in above:
                periods[c] = f"{above[c]:04d}{periods[c][4:]}"
                year_source[c] = "header above"
            elif title_year:
                year_source[c] = "title"
            elif name_year:
                year_source[c] = "sheet name"
            else:
                year_source[c] = "programme"
    # Wide sheet without a header over the names: the text column left of the months.
    if not ({Role.INDICATOR, Role.ID, Role.MEASURE} & set(roles)):
        first_month = min(periods) if periods else len(roles)
        for col in range(first_month):
            if roles[col] is Role.IGNORE and _mostly_text(rows, r + 1, col):
                roles[col] = Role.INDICATOR
                score += 3
                break
    if score < 6:
        return None
    # Keep only one ID/INDICATOR/VALUE/PERIOD column: the leftmost.
    for role in (Role.ID, Role.INDICATOR, Role.VALUE, Role.PERIOD, Role.MUNICIPALITY, Role.YEAR, Role.MEASURE):
        cols = [i for i, x in enumerate(roles) if x is role]
        if role is Role.MEASURE:
            continue  # several measures side by side are all kept
        for extra in cols[1:]:
            roles[extra] = Role.IGNORE
    # An ID column holding long texts is the name column.
    idc = next((i for i, x in enumerate(roles) if x is Role.ID), None)
    if idc is not None and Role.INDICATOR not in roles:
        lengths = [len(str(row[idc])) for row in rows[r + 1 : r + 30] if idc < len(row) and row[idc] not in ("", None)]
        if lengths and sum(lengths) / len(lengths) > 25:
            roles[idc] = Role.INDICATOR
    layout = DetectedLayout(
        sheet=sheet.name,
        header_row=r,
        roles=roles,
        periods=dict(periods),
        default_year=default_year,
        headers=[str(c) if c not in (None,) else "" for c in header],
        score=score,
        year_source=year_source,
        year_assumed=bool(year_source) and all(v == "programme" for v in year_source.values()),
    )
    decide_kind(layout, header)
    return layout


def decide_kind(layout: DetectedLayout, header: list[Cell] | None = None) -> None:
    """Set the layout kind from the roles (after detection or after the user changed them)."""
    roles = layout.roles
    header = header if header is not None else layout.headers
    months = [i for i, x in enumerate(roles) if x is Role.MONTH]
    for i in months:
        if i not in layout.periods and i < len(header):
            key = period_key(header[i], layout.default_year)
            if key:
                layout.periods[i] = key
    layout.periods = {i: k for i, k in layout.periods.items() if i < len(roles) and roles[i] is Role.MONTH}
    if ({Role.PERIOD, Role.YEAR} & set(roles)) and ({Role.VALUE, Role.MEASURE} & set(roles)):
        layout.kind = LayoutKind.LONG
    elif len(layout.periods) >= 1 and Role.VALUE not in roles:
        layout.kind = LayoutKind.WIDE
    else:
        if Role.VALUE not in roles:
            totals = [i for i, x in enumerate(roles) if x is Role.TOTAL]
            if totals:  # only a total column: it is the year's value
                roles[totals[0]] = Role.VALUE
        layout.kind = LayoutKind.SINGLE
        vc = layout.column(Role.VALUE)
        hp = period_in_header(header[vc], layout.default_year) if vc is not None and vc < len(header) else None
        layout.value_period = hp or (str(layout.default_year) if layout.default_year else None)


def is_note_row(text: str) -> bool:
    return bool(_NOTE_START.match(text)) or len(text) > 200


def is_total_text(text: str) -> bool:
    t = norm_header(text)
    return t in TOTAL_WORDS or t.endswith(" yhteensä") or t.startswith("yhteensä")
