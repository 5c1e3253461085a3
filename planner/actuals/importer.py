"""From a file to an import plan: read, find the layout, pull out values, match rows.

``prepare_import(programme, path)`` never changes the programme. It returns an
:class:`ImportPlan` holding the values found, how each distinct row text was
matched, the unmatched rows and warnings. The user (or the command line) may
confirm or change matches; ``plan.build()`` then gives the
:class:`~planner.model.ActualsImport` and the mappings to remember, which
:func:`planner.actuals.history.apply_import` stores in the programme.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.actuals.errors import ActualsError, column_letter
from planner.actuals.layout import (
    DetectedLayout,
    LayoutKind,
    Role,
    decide_kind,
    detect_layout,
    is_note_row,
    is_total_text,
    period_key,
)
from planner.actuals.matching import Match, Matcher, MatchHow, source_key
from planner.actuals.readers import RawSheet, read_sheets
from planner.model import ActualsImport, ActualValue, Direction, Indicator, Programme
from planner.progress import milestone_value
from planner.values import parse_value

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


class Cancelled(Exception):
    """The user pressed Cancel; nothing was changed."""


@dataclass(slots=True)
class Record:
    """One value found in the file, before it is tied to an indicator."""

    row: int  # 1-based, as Excel shows
    col: int  # 0-based column of the value
    key: str  # the row's indicator text (name, or id)
    id_text: str
    name_text: str
    period: str
    value: float | None
    text: str
    municipality: str
    from_number: bool  # the cell held a number (not text): a percent-formatted cell shows 0.33 as 33 %
    note: str = ""


@dataclass
class UnmatchedRow:
    sheet: str
    row: int
    text: str
    count: int = 1  # how many value rows carry this text

    def as_dict(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "text": self.text, "rows": self.count}


@dataclass
class ImportPlan:
    """What an import would bring in; the programme is not touched until it is applied."""

    path: Path
    sheet: RawSheet
    layout: DetectedLayout
    sheet_names: list[str]
    records: list[Record]
    matches: dict[str, Match]  # by record key
    source_key: str
    warnings: list[str] = field(default_factory=list)
    skipped_rows: int = 0
    programme_year: int | None = None
    indicators: dict[str, Indicator] = field(default_factory=dict)

    # -- user decisions --------------------------------------------------------

    def needs_review(self) -> list[Match]:
        return [m for m in self.matches.values() if m.needs_confirmation and not m.skipped]

    def unmatched_keys(self) -> list[str]:
        return [k for k, m in self.matches.items() if m.indicator_id is None and not m.skipped]

    def confirm(self, key: str, indicator_id: str | None = None) -> None:
        """Accept the suggested indicator for ``key`` (or the given one)."""
        m = self.matches[key]
        if indicator_id is not None and indicator_id != m.indicator_id:
            m.indicator_id = indicator_id
            m.how = MatchHow.MANUAL
        if m.indicator_id is None:
            raise ValueError("no indicator to confirm")
        m.needs_confirmation = False
        m.skipped = False
        m.confirmed = True

    def assign(self, key: str, indicator_id: str | None) -> None:
        """Tie ``key`` to an indicator by hand, or skip its rows (None)."""
        m = self.matches[key]
        if indicator_id is None:
            m.skipped = True
            m.needs_confirmation = False
            return
        m.indicator_id = indicator_id
        m.how = MatchHow.MANUAL
        m.needs_confirmation = False
        m.skipped = False
        m.confirmed = True

    def unmatched_rows(self) -> list[UnmatchedRow]:
        """Rows not tied to an indicator (unmatched or unconfirmed), one entry per distinct text."""
        out: dict[str, UnmatchedRow] = {}
        for rec in self.records:
            m = self.matches.get(rec.key)
            if m is None or m.skipped or m.accepted:
                continue
            if rec.key in out:
                out[rec.key].count += 1
            else:
                out[rec.key] = UnmatchedRow(self.sheet.name, rec.row, rec.key)
        return list(out.values())

    # -- result ------------------------------------------------------------------

    def build(self, imported_at: str | None = None) -> tuple[ActualsImport, dict[str, dict[str, str]]]:
        """The import (accepted matches only) and the confirmed mappings to remember."""
        values: list[ActualValue] = []
        percent_scaled = 0
        milestone_unread = 0
        seen: dict[tuple[str, str, str], int] = {}
        duplicates = 0
        plan_for: dict[str, tuple[str, bool, bool] | None] = {}
        for key, m in self.matches.items():
            if m.accepted and m.indicator_id in self.indicators:
                ind = self.indicators[m.indicator_id]
                plan_for[key] = (
                    m.indicator_id, ind.effective_direction is Direction.MILESTONE, _is_percent_indicator(ind)
                )
        for rec in self.records:
            how = plan_for.get(rec.key)
            if how is None:
                continue
            iid, is_ms, scale = how
            value = rec.value
            if is_ms:
                mv = milestone_value(rec.text) if rec.text else None
                if mv is None and value is not None and value in (0.0, 1.0):
                    mv = value
                if mv is None:
                    milestone_unread += 1
                    continue
                value = mv
            elif scale and rec.from_number and value is not None and -1.0 <= value <= 1.0 and value != 0:
                value = value * 100.0
                percent_scaled += 1
            k = (iid, rec.period, rec.municipality)
            if k in seen:
                duplicates += 1
                values[seen[k]] = ActualValue(iid, rec.period, value, rec.text, rec.municipality)
                continue
            seen[k] = len(values)
            values.append(ActualValue(iid, rec.period, value, rec.text, rec.municipality))
        if percent_scaled:
            self.warnings.append(
                f"{percent_scaled} prosenttimuotoista solua (esim. 0,33) luettiin prosentteina (33 %), "
                "koska mittarin yksikkö on %."
            )
        if milestone_unread:
            self.warnings.append(
                f"{milestone_unread} virstanpylväsmittarin arvoa ei tunnistettu (käytä esim. \u201dvalmis\u201d, "
                "\u201dkesken\u201d, 1 tai 0)."
            )
        if duplicates:
            self.warnings.append(f"{duplicates} riviä toisti saman mittarin, ajankohdan ja kunnan; viimeinen jäi voimaan.")
        imp = ActualsImport(
            source_file=str(self.path),
            sheet=self.sheet.name,
            imported_at=imported_at or _dt.datetime.now().replace(microsecond=0).isoformat(),
            values=values,
        )
        mappings: dict[str, dict[str, str]] = {}
        for m in self.matches.values():
            if m.confirmed and m.indicator_id and m.how in (MatchHow.FUZZY, MatchHow.MANUAL,
                                                                               MatchHow.NAME):
                mappings.setdefault(self.source_key, {})[m.key] = m.indicator_id
        return imp, mappings

    def matched_by(self) -> dict[str, str]:
        """indicator id -> how its rows were matched (for the comparison output)."""
        out: dict[str, str] = {}
        for m in self.matches.values():
            if m.accepted and m.indicator_id and m.how:
                out.setdefault(m.indicator_id, m.how.value)
        return out


def _is_percent_indicator(ind: Indicator) -> bool:
    if "%" not in ind.effective_unit and "prosent" not in ind.name.lower():
        return False
    numbers = [pv.number for pv in (ind.target_value, ind.baseline_value) if pv.number is not None]
    return not numbers or max(abs(n) for n in numbers) > 1.5


# -- cell values ------------------------------------------------------------------

_FAST_NUM = re.compile(r"^[-+]?\d+(?:[.,]\d+)?$")


def cell_value(cell) -> tuple[float | None, str, bool]:
    """(number or None, text as written, came from a number cell).

    A number cell gives no text: the number is what was written.
    """
    cls = cell.__class__
    if cls is float or cls is int:
        return float(cell), "", True
    if cell is None or cell == "":
        return None, "", False
    if isinstance(cell, bool):
        return (1.0 if cell else 0.0), ("kyllä" if cell else "ei"), True
    if isinstance(cell, float | int):
        try:
            return float(cell), "", True
        except OverflowError:
            return math.inf, "", True  # refused by the caller with the cell named
    if isinstance(cell, _dt.date | _dt.time | _dt.timedelta):
        return None, str(cell), False
    text = str(cell).strip()
    compact = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if _FAST_NUM.match(compact):
        return float(compact.replace(",", ".")), text, False
    pv = parse_value(text)
    if pv.number is None:
        return None, text, False
    number = pv.number
    if pv.unit == "%" and compact.endswith("%"):
        return number, text, False
    return number, text, False


def _cell_text(cell) -> str:
    if cell.__class__ is str:
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _refuse_non_finite(value: float | None, sheet: RawSheet, row: int, col: int) -> None:
    """An actual must be a finite number: a 401-digit cell (infinity as a float) is refused, cell named."""
    if value is not None and not math.isfinite(value):
        raise ActualsError("luku on liian suuri tai ei ole luku (ääretön tai NaN).", None, sheet.name, row,
                           column_letter(col), hint="Korjaa solun arvo ja tuo tiedosto uudelleen.")


# -- extraction -------------------------------------------------------------------


def extract_records(sheet: RawSheet, layout: DetectedLayout, municipalities: list[str]) -> tuple[list[Record], list[str], int]:
    """Values of the sheet as records; warnings; number of rows skipped (notes, totals, blanks)."""
    roles = layout.roles
    idc = layout.column(Role.ID)
    namec = layout.column(Role.INDICATOR)
    munc = layout.column(Role.MUNICIPALITY)
    notec = layout.column(Role.NOTES)
    muni_norm = {m.strip().lower(): m for m in municipalities}
    muni_cache: dict[str, str] = {}
    warnings: list[str] = []
    bad_periods: list[str] = []
    records: list[Record] = []
    skipped = 0
    empty_values = 0
    total_rows = 0
    rows = sheet.rows
    start = layout.header_row + 1

    total_cache: dict[str, bool] = {}

    def is_total(key: str) -> bool:
        got = total_cache.get(key)
        if got is None:
            got = total_cache[key] = is_total_text(key)
        return got

    def municipality(cell) -> str:
        text = _cell_text(cell)
        got = muni_cache.get(text)
        if got is None:
            low = text.lower()
            if not text or is_total_text(text):
                got = ""
            else:
                got = muni_norm.get(low, text)
            muni_cache[text] = got
        return got

    if layout.kind is LayoutKind.LONG:
        pc = layout.column(Role.PERIOD)
        yc = layout.column(Role.YEAR)
        vc = layout.column(Role.VALUE)
        assert pc is not None and vc is not None
        pcache: dict[object, str | None] = {}
        year = layout.default_year
        for r in range(start, len(rows)):
            row = rows[r]
            n = len(row)
            id_text = _cell_text(row[idc]) if idc is not None and idc < n else ""
            name_text = _cell_text(row[namec]) if namec is not None and namec < n else ""
            key = name_text or id_text
            vcell = row[vc] if vc < n else ""
            if not key:
                if vcell not in ("", None):
                    skipped += 1
                continue
            if is_total(key):
                total_rows += 1
                continue
            pcell = row[pc] if pc < n else ""
            if vcell in ("", None) and pcell in ("", None):
                if not is_note_row(key):
                    skipped += 1
                continue
            ckey = (pcell, row[yc] if yc is not None and yc < n else None)
            period = pcache.get(ckey, "?")
            if period == "?":
                y = year
                if yc is not None and yc < n:
                    try:
                        y = int(float(str(row[yc]).strip()))
                    except ValueError:
                        y = year
                period = period_key(pcell, y)
                if period and yc is not None and len(period) == 4 and isinstance(pcell, int | float) and y:
                    period = None
                if period is None and isinstance(pcell, int | float) and y and 1 <= float(pcell) <= 12:
                    period = f"{y:04d}-{int(pcell):02d}"
                pcache[ckey] = period
            if period is None:
                if len(bad_periods) < 5:
                    bad_periods.append(f"rivi {r + 1}, sarake {column_letter(pc)}: \u201d{_cell_text(pcell)}\u201d")
                skipped += 1
                continue
            value, text, from_number = cell_value(vcell)
            _refuse_non_finite(value, sheet, r + 1, vc)
            if value is None and not text:
                empty_values += 1
                continue
            muni = municipality(row[munc]) if munc is not None and munc < n else ""
            note = _cell_text(row[notec]) if notec is not None and notec < n else ""
            records.append(Record(r + 1, vc, key, id_text, name_text, period, value, text, muni, from_number, note))
    else:
        if layout.kind is LayoutKind.WIDE:
            value_cols = sorted(layout.periods.items())
        else:
            vc = layout.column(Role.VALUE)
            if vc is None:
                raise ActualsError("toteumasaraketta ei löytynyt.", None, sheet.name)
            vp = layout.value_period or (str(layout.default_year) if layout.default_year else None)
            if vp is None:
                raise ActualsError(
                    "toteuman vuotta ei tiedetä (kerro vuosi otsikossa, esim. \u201dToteuma 2026\u201d).",
                    None,
                    sheet.name,
                )
            value_cols = [(vc, vp)]
        for r in range(start, len(rows)):
            row = rows[r]
            n = len(row)
            id_text = _cell_text(row[idc]) if idc is not None and idc < n else ""
            name_text = _cell_text(row[namec]) if namec is not None and namec < n else ""
            key = name_text or id_text
            if not key:
                continue
            if is_total(key):
                total_rows += 1
                continue
            muni = municipality(row[munc]) if munc is not None and munc < n else ""
            note = _cell_text(row[notec]) if notec is not None and notec < n else ""
            got = 0
            for col, period in value_cols:
                if col >= n:
                    continue
                value, text, from_number = cell_value(row[col])
                _refuse_non_finite(value, sheet, r + 1, col)
                if value is None and not text:
                    empty_values += 1
                    continue
                got += 1
                records.append(Record(r + 1, col, key, id_text, name_text, period, value, text, muni, from_number, note))
            if not got and not is_note_row(key):
                skipped += 1
    if bad_periods:
        warnings.append("Ajankohtaa ei tunnistettu, rivit ohitettiin: " + "; ".join(bad_periods))
    if total_rows:
        warnings.append(f"{total_rows} yhteensä-riviä ohitettiin, jotta mitään ei lasketa kahdesti.")
    totals = [i for i, x in enumerate(roles) if x is Role.TOTAL]
    if totals and layout.kind is LayoutKind.WIDE:
        names = ", ".join(f"{column_letter(i)} (\u201d{layout.headers[i]}\u201d)" for i in totals if i < len(layout.headers))
        warnings.append(f"Yhteensä-sarake {names} jätettiin pois; vuoden arvo lasketaan kuukausista.")
    ignored = [i for i, x in enumerate(roles) if x in (Role.BASELINE, Role.TARGET)]
    if ignored:
        warnings.append(
            "Lähtöarvo- ja tavoitesarakkeita ei tuotu toteumiksi: "
            + ", ".join(column_letter(i) for i in ignored)
            + "."
        )
    if empty_values:
        warnings.append(f"{empty_values} tyhjää tai puuttuvaa arvoa (esim. \u201d..\u201d tai \u201d-\u201d) ohitettiin.")
    return records, warnings, skipped


# -- the whole step ---------------------------------------------------------------


def prepare_import(
    programme: Programme,
    path: str | Path,
    sheet: str | None = None,
    layout: DetectedLayout | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    sheets: list[RawSheet] | None = None,
) -> ImportPlan:
    """Read ``path`` and match its rows; the programme is left as it is.

    ``layout`` overrides the detected header row and column roles (the wizard's
    adjustments); ``sheets`` reuses sheets already read.
    """
    path = Path(path)

    def step(share: float, text: str) -> None:
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(share, text)

    step(0.0, "Avataan tiedostoa")
    if sheets is None:
        sheets = read_sheets(path, sheet, progress=lambda s, t: step(s, t))
    step(0.5, "Tunnistetaan taulukon rakennetta")
    chosen: tuple[RawSheet, DetectedLayout] | None = None
    if layout is not None:
        match = [s for s in sheets if s.name == layout.sheet] or sheets[:1]
        decide_kind(layout)
        chosen = (match[0], layout)
    else:
        for sh in sheets:
            if sheet is not None and sh.name != sheet:
                continue
            det = detect_layout(sh, programme.year)
            if det is not None and (chosen is None or det.score > chosen[1].score):
                chosen = (sh, det)
    if chosen is None:
        if all(not any(any(c not in ("", None) for c in row) for row in sh.rows) for sh in sheets):
            raise ActualsError("työkirja on tyhjä.", path, sheet, hint="Tarkista, että valitsit oikean tiedoston.")
        raise ActualsError(
            "otsikkoriviä ei löytynyt (odotettiin esim. sarakkeita Mittari ja Toteuma tai kuukaudet).",
            path,
            sheet if sheet else (sheets[0].name if len(sheets) == 1 else None),
            hint="Lisää otsikkorivi tai käytä mallipohjaa (planner actuals-template).",
        )
    raw, lay = chosen
    if lay.kind is LayoutKind.LONG and (lay.column(Role.PERIOD) is None or lay.column(Role.VALUE) is None):
        raise ActualsError("ajankohta- tai arvosarake puuttuu.", path, raw.name)
    if lay.column(Role.INDICATOR) is None and lay.column(Role.ID) is None:
        raise ActualsError("mittarisaraketta (nimi tai tunnus) ei löytynyt.", path, raw.name, lay.header_row + 1)
    step(0.6, "Luetaan arvoja")
    try:
        records, warnings, skipped = extract_records(raw, lay, programme.municipalities)
    except ActualsError as exc:
        exc.path = str(path)
        raise
    if raw.truncated:
        warnings.insert(
            0,
            f"Välilehdellä on {raw.total_rows} riviä; vain ensimmäiset {len(raw.rows)} luettiin.",
        )
    step(0.8, "Yhdistetään rivejä mittareihin")
    skey = source_key(path, raw.name)
    matcher = Matcher(programme, programme.source_mappings.get(skey))
    matches: dict[str, Match] = {}
    for rec in records:
        if rec.key not in matches:
            matches[rec.key] = matcher.match(rec.id_text, rec.name_text)
    other_year = 0
    if programme.year:
        prefix = str(programme.year)
        other_year = sum(1 for rec in records if not rec.period.startswith(prefix))
    if other_year:
        warnings.append(f"{other_year} arvoa on muulta vuodelta kuin {programme.year}; ne tallennetaan mutta eivät vaikuta vertailuun.")
    if not records:
        warnings.append("Tiedostosta ei löytynyt yhtään toteuma-arvoa.")
    step(1.0, "Valmis")
    return ImportPlan(
        path=path,
        sheet=raw,
        layout=lay,
        sheet_names=[s.name for s in sheets],
        records=records,
        matches=matches,
        source_key=skey,
        warnings=warnings,
        skipped_rows=skipped,
        programme_year=programme.year,
        indicators=dict(matcher.indicators),
    )
