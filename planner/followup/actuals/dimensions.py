"""Which rows of a statistics file are the programme's figures: the area column and category columns.

Statistics files hold more than one figure per indicator and period: a row per
municipality and the area's own row (Sotkanet, PxWeb), per sex or age group with
a total category. Nothing here is collapsed silently:

- **Area column** (``Alue``, ``Kunta``): each distinct value is the area itself
  (a total word such as ``Yhteensä``, ``Kaikki``, or the programme's area name),
  one of the programme's municipalities (by name, code ``KU182``/``182`` or
  ``182 Jämsä``), or somewhere else (``KOKO MAA``, another municipality), whose
  rows are left out and named. When no value is the area or one of its
  municipalities, the user is asked which value is the area.
- **Category columns** (``Sukupuoli``, ``Ikäryhmä`` ...): the total category
  (``Yhteensä``, ``Kaikki``, ``Molemmat sukupuolet`` ...) is used when there is
  one; a column with a single value needs no choice; otherwise the user is
  asked which value to use (the wizard asks; the command line stops and names
  the column, its values and the ``--select`` option).
- **Hidden categories**: rows with the same indicator text, period and area but
  different values, told apart only by a column the layout ignored, make that
  column a category column too (and so a question), instead of "last one wins".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from planner.followup.actuals.errors import column_letter
from planner.followup.actuals.layout import DetectedLayout, Role, is_total_text
from planner.followup.actuals.municipality_codes import MUNICIPALITY_BY_CODE
from planner.followup.actuals.readers import RawSheet
from planner.followup.actuals.records import AREA_TEXT, COL, DAY, DIMS, KEY, PERIOD, ROW, TEXT, VALUE, RecordList
from planner.messages import Message, msg
from planner.wording_fi import word


class SelectionError(ValueError):
    """A choice of a category or area value that does not fit the file; carries the coded message.

    ``str()`` is the Finnish wording (planner/wording_fi.py); the import turns it into an
    :class:`planner.followup.actuals.ActualsError` with the same code.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(word(message))
        self.message = message


AREA = "area"
MUNICIPALITY = "municipality"
OTHER = "other"

# Values of a category column that mean "all of them".
_TOTAL_CATEGORY = re.compile(
    r"^(?:yhteensä|yht\.?|kaikki|kaikki yhteensä|molemmat|molemmat sukupuolet|sukupuolet yhteensä|"
    r"ikäryhmät yhteensä|kaikki ikäryhmät|kaikki ikäluokat|total|totalt|all|alla|samtliga|båda könen|"
    r"kaikki ryhmät|ryhmät yhteensä|.* yhteensä|yhteensä .*|kaikki .*|totalt .*)$"
)
_COUNTRY = {"koko maa", "suomi", "finland", "hela landet", "whole country", "manner-suomi", "kokomaa"}
_CODE_RE = re.compile(r"^(?:ku|kunta|kommun)?\s*0*(\d{1,3})\b\s*[-–:]?\s*(.*)$")


def _norm(text: str) -> str:
    """Lower case, one kind of space and dash: "Mänttä–Vilppula" and "mänttä-vilppula" are the same."""
    t = unicodedata.normalize("NFKC", str(text)).replace("\u00a0", " ").strip().lower()
    t = re.sub(r"\s*[\u2010-\u2015\u2212]\s*", "-", t)
    return re.sub(r"\s+", " ", t)


def is_total_category(text: str) -> bool:
    return bool(_TOTAL_CATEGORY.match(_norm(text)))


@dataclass
class DimensionChoice:
    """One column whose values must come down to one (or to the area and its municipalities)."""

    column: int
    header: str
    kind: str  # "area" or "dimension"
    values: list[str] = field(default_factory=list)  # distinct values in the order they first appear
    chosen: str | None = None  # the value used (area column: the value that is the area)
    how: str = ""  # "total", "only", "user", "recognised" (area column), "" = still open
    hidden: bool = False  # found because rows collided on it (the layout had ignored the column)
    # area column only: value -> (kind, municipality name)
    area_kinds: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def open(self) -> bool:
        return self.chosen is None and self.how != "recognised"

    @property
    def label(self) -> str:
        return f"{column_letter(self.column)} (\u201d{self.header}\u201d)" if self.header else column_letter(self.column)

    def values_text(self, limit: int = 8) -> str:
        """The first ``limit`` values for a message's ``values`` parameter, language-neutral:
        "A, B, C, … (+12)" (the parameter is data; the sentence around it is worded per surface)."""
        shown = ", ".join(self.values[:limit])
        more = len(self.values) - limit
        return shown + (f", … (+{more})" if more > 0 else "")

    def question_message(self, others: int = 0) -> Message:
        """The question the user must answer, as a code; ``others``: how many more columns are open."""
        area = self.kind == AREA
        if others:
            return msg("area_question_more" if area else "category_question_more",
                       column=self.label, values=self.values_text(), others=others)
        return msg("area_question" if area else "category_question", column=self.label, values=self.values_text())

    def question(self) -> str:
        """The Finnish question the user must answer (one line)."""
        return word(self.question_message())

    def select(self, value: str) -> None:
        """The user's choice; ``ValueError`` when the column has no such value."""
        wanted = _norm(value)
        for v in self.values:
            if _norm(v) == wanted:
                self.chosen = v
                self.how = "user"
                if self.kind == AREA:
                    self.area_kinds[v] = (AREA, "")
                return
        raise SelectionError(msg("category_value_unknown", column=self.label, value=value,
                                 values=self.values_text(20)))

    def keeps(self, value: str) -> bool:
        return self.chosen is not None and value == self.chosen


class AreaResolver:
    """Tells whether an area text is the programme's area, one of its municipalities, or elsewhere."""

    def __init__(self, municipalities: list[str], area_name: str = "") -> None:
        self.by_name = {_norm(m): m for m in municipalities}
        self.area_names = {_norm(a) for a in (area_name,) if a and a.strip()}
        self.has_list = bool(municipalities)

    def resolve(self, text: str) -> tuple[str, str]:
        t = _norm(text)
        if not t or is_total_text(text) or t in self.area_names or t in ("kaikki kunnat", "koko alue"):
            return AREA, ""
        if t in self.by_name:
            return MUNICIPALITY, self.by_name[t]
        m = _CODE_RE.match(t)
        if m:
            rest = m.group(2).strip(" ()")
            if rest and _norm(rest) in self.by_name:
                return MUNICIPALITY, self.by_name[_norm(rest)]
            name = MUNICIPALITY_BY_CODE.get(m.group(1).zfill(3))
            if name and _norm(name) in self.by_name and (not rest or _norm(rest) == _norm(name)):
                return MUNICIPALITY, self.by_name[_norm(name)]
        m2 = re.match(r"^(.*?)\s*\((?:ku)?\d{1,3}\)$", t)  # "Jämsä (182)"
        if m2 and m2.group(1) in self.by_name:
            return MUNICIPALITY, self.by_name[m2.group(1)]
        if t in _COUNTRY:
            return OTHER, ""
        if not self.has_list:
            return MUNICIPALITY, str(text).strip()  # no list to check against: kept as written
        return OTHER, ""


def _cell_text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def analyse(sheet: RawSheet, layout: DetectedLayout, records: RecordList, municipalities: list[str], area_name: str,
            selections: dict[str, str] | None = None, dropped_areas: dict[str, int] | None = None,
            ) -> list[DimensionChoice]:
    """The area and category columns of the records, with the choices made for them so far.

    ``selections`` maps a column's header text or letter to a value (the
    command line's ``--select``); a selection naming no column or no value
    raises ``ValueError`` with a Finnish message.
    """
    choices: list[DimensionChoice] = []
    munc = layout.column(Role.MUNICIPALITY)
    if munc is not None:
        resolver = AreaResolver(municipalities, area_name)
        seen: dict[str, tuple[str, str]] = {}
        for text in dict.fromkeys(records.column(AREA_TEXT)):  # per distinct text, in the order they appear
            seen[text] = resolver.resolve(text)
        for text in dropped_areas or {}:  # left out early (outside the programme): named, never used
            seen.setdefault(text, (OTHER, ""))
        ch = DimensionChoice(munc, _header(layout, munc), AREA, list(seen), area_kinds=seen)
        if any(k in (AREA, MUNICIPALITY) for k, _n in seen.values()) or not seen:
            ch.how = "recognised"
        choices.append(ch)
    dim_cols = list(layout.columns(Role.DIMENSION))
    distinct_dims = list(dict.fromkeys(records.column(DIMS))) if dim_cols else []
    for pos, col in enumerate(dim_cols):
        values: dict[str, None] = {}
        for dims in distinct_dims:  # the values in the order they first appear, as per record
            values.setdefault(dims[pos] if pos < len(dims) else "", None)
        choices.append(_category_choice(col, _header(layout, col), list(values)))
    choices += _hidden_dimensions(sheet, layout, records, {c.column for c in choices})
    for key, value in (selections or {}).items():
        target = _find_column(choices, key, layout)
        target.select(value)
    return choices


def _header(layout: DetectedLayout, col: int) -> str:
    return layout.headers[col].strip() if col < len(layout.headers) else ""


def _category_choice(col: int, header: str, values: list[str], hidden: bool = False) -> DimensionChoice:
    ch = DimensionChoice(col, header, "dimension", values, hidden=hidden)
    totals = [v for v in values if is_total_category(v)]
    if len(values) == 1:
        ch.chosen, ch.how = values[0], "only"
    elif len(totals) == 1:
        ch.chosen, ch.how = totals[0], "total"
    return ch


def _find_column(choices: list[DimensionChoice], key: str, layout: DetectedLayout) -> DimensionChoice:
    k = _norm(key)
    for ch in choices:
        if _norm(ch.header) == k or column_letter(ch.column).lower() == k:
            return ch
    names = ", ".join(c.header or column_letter(c.column) for c in choices)
    raise SelectionError(msg("selection_not_a_column" if names else "selection_no_columns", key=key, columns=names))


def _hidden_dimensions(sheet: RawSheet, layout: DetectedLayout, records: RecordList, known: set[int],
                       ) -> list[DimensionChoice]:
    """Columns the layout ignored that tell apart rows which would otherwise collide."""
    candidates = [i for i, r in enumerate(layout.roles) if r is Role.IGNORE and i not in known]
    if not candidates:
        return []
    first: dict[tuple, tuple] = {}
    found: set[int] = set()
    rows = sheet.rows
    for rec in records.rows:
        k = (rec[KEY], rec[PERIOD], rec[AREA_TEXT], rec[DAY], rec[DIMS], rec[COL])
        prev = first.get(k)
        if prev is None:
            first[k] = rec
            continue
        if prev[VALUE] == rec[VALUE] and prev[TEXT] == rec[TEXT]:
            continue
        a, b = rows[prev[ROW] - 1], rows[rec[ROW] - 1]
        for c in candidates:
            if c not in found and _cell_text(a[c] if c < len(a) else "") != _cell_text(b[c] if c < len(b) else ""):
                found.add(c)
        if len(found) == len(candidates):
            break
    out = []
    for c in sorted(found):
        values: dict[str, None] = {}
        for row_no in records.column(ROW):
            row = rows[row_no - 1]
            values.setdefault(_cell_text(row[c] if c < len(row) else ""), None)
        out.append(_category_choice(c, _header(layout, c), list(values), hidden=True))
    return out


def keep_record(rec, row: Sequence, choices: list[DimensionChoice], dim_cols: list[int]) -> bool:
    """Whether a record passes the category choices (open choices keep nothing)."""
    return keep_dims(rec.dims, row, choices, dim_cols)


def keep_dims(dims: tuple[str, ...], row: Sequence, choices: list[DimensionChoice], dim_cols: list[int]) -> bool:
    """:func:`keep_record` for a record's category values ``dims`` and its sheet row."""
    for ch in choices:
        if ch.kind == AREA:
            continue
        if ch.chosen is None:
            return False
        if not ch.hidden and ch.column in dim_cols:
            pos = dim_cols.index(ch.column)
            value = dims[pos] if pos < len(dims) else ""
        else:
            value = _cell_text(row[ch.column] if ch.column < len(row) else "")
        if value != ch.chosen:
            return False
    return True
