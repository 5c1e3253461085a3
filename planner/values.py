"""Reading indicator values the way Finnish people write them.

``parse_value("n. 139 asiakasta/ htv (joulukuu 2025)")`` gives the number 139,
the unit "asiakasta/htv", the period December 2025 and the approximate flag.
Text with no number ("Ei seurantaa", "-") is a value with no number, never an
error: :attr:`ParsedValue.kind` tells which.

The parser never raises on any string. :func:`format_number` writes numbers
the Finnish way (decimal comma, no-break space for thousands) and
``parse_value(format_number(x)).number == x``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

MONTHS_FI = [
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
]

# Stems that also match case forms: "joulukuussa", "joulukuun", "tammi".
_MONTH_STEMS = [m[:-3] for m in MONTHS_FI]  # tammi, helmi, maalis, ...

NUMBER_WORDS = {
    "nolla": 0,
    "yksi": 1,
    "yhden": 1,
    "kaksi": 2,
    "kahden": 2,
    "kolme": 3,
    "kolmen": 3,
    "neljä": 4,
    "neljän": 4,
    "viisi": 5,
    "viiden": 5,
    "kuusi": 6,
    "kuuden": 6,
    "seitsemän": 7,
    "kahdeksan": 8,
    "yhdeksän": 9,
    "kymmenen": 10,
}

_SPACES = "\u00a0\u202f\u2009\u2007\u2008\u200a"  # no-break, narrow, thin, figure, ...
_MINUS = "\u2212\u2013"  # Unicode minus, en dash used as minus before a digit


class Bound(StrEnum):
    """A floor or a ceiling written into the value."""

    AT_LEAST = "at_least"  # vähintään, yli, min, ≥
    AT_MOST = "at_most"  # enintään, alle, max, ≤


class ValueKind(StrEnum):
    NUMBER = "number"  # a number was read
    TEXT = "text"  # words only, e.g. "Ei seurantaa", "Alueelliset linjaukset luotu"
    EMPTY = "empty"  # nothing or a dash: "", "-", ".."


@dataclass(frozen=True)
class Period:
    """A reference period: a year, a quarter, a month or a day."""

    year: int
    month: int | None = None
    quarter: int | None = None
    day: int | None = None

    def key(self) -> str:
        """Sortable text: "2025", "2025-Q4", "2025-12", "2025-12-31"."""
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.quarter is not None:
            return f"{self.year:04d}-Q{self.quarter}"
        return f"{self.year:04d}"

    def label(self) -> str:
        """Finnish label: "joulukuu 2025", "Q4/2025", "31.12.2025", "2025"."""
        if self.day is not None and self.month is not None:
            return f"{self.day}.{self.month}.{self.year}"
        if self.month is not None:
            return f"{MONTHS_FI[self.month - 1]} {self.year}"
        if self.quarter is not None:
            return f"Q{self.quarter}/{self.year}"
        return str(self.year)


@dataclass(frozen=True)
class ParsedValue:
    """What a baseline, target or actual text says."""

    text: str
    kind: ValueKind
    number: float | None = None
    unit: str = ""
    period: Period | None = None
    bound: Bound | None = None
    strict: bool = False  # "yli"/"alle"/">"/"<": the bound itself is not included
    approximate: bool = False  # "noin", "n.", "ca", "~"
    statutory: bool = False  # "(laki)": set by law
    qualifier: str = ""  # the words around the number that are not the unit

    @property
    def is_number(self) -> bool:
        return self.number is not None

    @property
    def says_none(self) -> bool:
        """Text that states there is no value yet: "Ei seurantaa", "Ei mittareita", "-", ""."""
        if self.kind is ValueKind.EMPTY:
            return True
        if self.kind is not ValueKind.TEXT:
            return False
        words = _normalise(self.text).lower()
        return words.startswith(_NONE_PREFIXES) or words in _NONE_TEXTS

    def describe(self) -> str:
        """A short Finnish reading, e.g. "1 468 henkilöä, joulukuu 2025"."""
        if self.number is None:
            return "ei lukuarvoa" if self.kind is ValueKind.EMPTY else "teksti, ei lukua"
        parts = []
        if self.bound is Bound.AT_LEAST:
            parts.append("yli" if self.strict else "vähintään")
        elif self.bound is Bound.AT_MOST:
            parts.append("alle" if self.strict else "enintään")
        if self.approximate:
            parts.append("noin")
        parts.append(format_number(self.number))
        if self.unit:
            parts.append(self.unit)
        text = " ".join(parts)
        if self.period is not None:
            text += ", " + self.period.label()
        if self.statutory:
            text += " (laki)"
        return text


def format_number(value: float, decimals: int | None = None) -> str:
    """Finnish number: decimal comma, no-break space between thousands.

    With ``decimals`` None, integers show no decimals and others show as many as
    needed (up to 6).
    """
    if decimals is None:
        if float(value).is_integer():
            decimals = 0
        else:
            text = f"{value:.6f}".rstrip("0")
            decimals = len(text.split(".")[1]) if "." in text else 0
    sign = "-" if value < 0 else ""
    text = f"{abs(value):,.{decimals}f}"
    text = text.replace(",", "\u00a0").replace(".", ",")
    if sign and text.strip("0,\u00a0") == "":
        sign = ""
    return sign + text


# -- parsing ----------------------------------------------------------------

_MONTH_RE = r"(?:" + "|".join(_MONTH_STEMS) + r")(?:kuu[a-zåäö]*|\.)?"
_YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"

class _Patterns(NamedTuple):
    period: list[tuple[re.Pattern[str], str]]
    number: re.Pattern[str]
    bounds: list[tuple[re.Pattern[str], Bound, bool]]
    approx: re.Pattern[str]
    multipliers: list[tuple[re.Pattern[str], Decimal, str]]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The parser's regular expressions, compiled at the first reading (~2 ms; the app's first window reads none)."""
    period = [
        (re.compile(rf"\b([0-3]?\d)\.([01]?\d)\.({_YEAR})\b"), "day"),
        (re.compile(rf"\bQ\s?([1-4])\s?[/ -]\s?({_YEAR})\b", re.I), "quarter"),
        (re.compile(rf"\b({_YEAR})\s?[/ -]?\s?Q([1-4])\b", re.I), "quarter_rev"),
        (re.compile(rf"\b([1-4])\.?\s?(?:neljännes|kvartaali)\w*\s+({_YEAR})\b", re.I), "quarter"),
        (re.compile(rf"(?<![\d,.])\b(1[0-2]|0?[1-9])\s?/\s?({_YEAR})\b"), "month"),
        (re.compile(rf"\b({_YEAR})\s?M(1[0-2]|0?[1-9])\b"), "month_rev"),
        (re.compile(rf"\b({_MONTH_RE})\s+({_YEAR})\b", re.I), "month_name"),
        (re.compile(rf"\b(?:vuosi|vuonna|vuoden|v\.)\s*({_YEAR})\b", re.I), "year"),
    ]
    number = re.compile(
        r"(?P<sign>[-+])?"
        r"(?P<int>\d{1,3}(?:[ ]\d{3})+|\d+)"
        r"(?:[,.](?P<frac>\d+))?"
    )
    bounds = [
        (re.compile(r"(?:vähintään|väh\.|vähint\.|ainakin|min\.?|minimi)(?=\s|\d|$)", re.I), Bound.AT_LEAST, False),
        (re.compile(r"≥|>=", re.I), Bound.AT_LEAST, False),
        (re.compile(r"(?:yli|enemmän kuin)(?=\s|\d|$)", re.I), Bound.AT_LEAST, True),
        (re.compile(r">"), Bound.AT_LEAST, True),
        (re.compile(r"(?:enintään|enint\.|korkeintaan|max\.?|maks\.?|maksimi)(?=\s|\d|$)", re.I), Bound.AT_MOST,
         False),
        (re.compile(r"≤|<="), Bound.AT_MOST, False),
        (re.compile(r"(?:alle|vähemmän kuin)(?=\s|\d|$)", re.I), Bound.AT_MOST, True),
        (re.compile(r"<"), Bound.AT_MOST, True),
    ]
    approx = re.compile(r"(?:(?<![\w])(?:noin|n\.|ca\.?|n|arviolta|likimain)(?=\s*[-+]?\d)|~|≈)", re.I)
    multipliers = [
        (re.compile(r"^(?:mrd\.?|miljardia)\s*(?:€|euroa|e\b)?", re.I), Decimal(10) ** 9, "€?"),
        (re.compile(r"^(?:milj\.?|miljoonaa|m€|me\b|m\b)\s*(?:€|euroa|eur\b|e\b)?", re.I), Decimal(10) ** 6, "€?"),
        (re.compile(r"^(?:t€|k€|tuhatta|te\b|t\.?\s*€)\s*(?:€|euroa|e\b)?", re.I), Decimal(1000), "€?"),
    ]
    return _Patterns(period, number, bounds, approx, multipliers)


_NONE_PREFIXES = ("ei ", "ei-", "puuttuu", "ei tiedossa", "ei tietoa", "tieto puuttuu", "none", "no ", "ingen ")
_NONE_TEXTS = {"ei", "puuttuu", "ei ole", "tyhjä", "n/a"}
_EMPTY_TEXTS = {"", "-", "–", "—", "..", ".", "...", "…", "x", "n/a", "na", "?"}


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # Control characters pasted from Excel (vertical tab, form feed) become spaces.
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    for ch in _SPACES:
        text = text.replace(ch, " ")
    return re.sub(r"[ \t]+", " ", text).strip()


def _period_from(match: re.Match[str], kind: str) -> Period | None:
    g = match.groups()
    try:
        if kind == "day":
            day, month, year = int(g[0]), int(g[1]), int(g[2])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            return Period(year, month=month, day=day)
        if kind == "quarter":
            return Period(int(g[1]), quarter=int(g[0]))
        if kind == "quarter_rev":
            return Period(int(g[0]), quarter=int(g[1]))
        if kind == "month":
            return Period(int(g[1]), month=int(g[0]))
        if kind == "month_rev":
            return Period(int(g[0]), month=int(g[1]))
        if kind == "month_name":
            word = g[0].lower()
            for i, stem in enumerate(_MONTH_STEMS):
                if word.startswith(stem):
                    return Period(int(g[1]), month=i + 1)
            return None
        if kind == "year":
            return Period(int(g[0]))
    except (ValueError, IndexError):
        return None
    return None


def parse_period(text: str) -> Period | None:
    """Read a period alone: "2025", "joulukuu 2025", "12/2025", "Q4/2025", "31.12.2025"."""
    text = _normalise(text).strip("() ")
    if re.fullmatch(_YEAR, text):
        return Period(int(text))
    for pattern, kind in _patterns().period:
        m = pattern.search(text)
        if m and m.group(0).strip() == text:
            return _period_from(m, kind)
    return None


def _take_period(text: str) -> tuple[str, Period | None]:
    """Find a period written outside parentheses and cut it out of the text."""
    for pattern, kind in _patterns().period:
        m = pattern.search(text)
        if m:
            period = _period_from(m, kind)
            if period is not None:
                return (text[: m.start()] + " " + text[m.end() :]).strip(), period
    return text, None


def _to_decimal(m: re.Match[str]) -> Decimal | None:
    digits = m.group("int").replace(" ", "")
    frac = m.group("frac")
    try:
        value = Decimal(digits + ("." + frac if frac else ""))
    except InvalidOperation:
        return None
    if m.group("sign") == "-":
        value = -value
    return value


def _clean_unit(text: str) -> str:
    text = re.sub(r"\s*/\s*", "/", text.strip())
    return text.strip(" ,.;:")


def parse_value(text: str | None) -> ParsedValue:
    """Read a baseline, target or actual as written. Never raises.

    Memoised per text (a ParsedValue is immutable): an indicator's ``baseline_value``
    and ``target_value`` are read again wherever a report or check needs them, 8,000
    readings for a 400-indicator follow-up report (issue 19).
    """
    return _parse_text("" if text is None else str(text))


@lru_cache(maxsize=4096)
def _parse_text(original: str) -> ParsedValue:
    work = _normalise(original)
    if work.lower() in _EMPTY_TEXTS:
        return ParsedValue(original, ValueKind.EMPTY)

    period: Period | None = None
    statutory = False
    notes: list[str] = []

    # Parenthesised parts: a period, "(laki)", or a note kept as qualifier.
    def _paren(m: re.Match[str]) -> str:
        nonlocal period, statutory
        inner = m.group(1).strip()
        p = parse_period(inner)
        if p is not None and period is None:
            period = p
            return " "
        if inner.lower() in {"laki", "lakisääteinen", "lain mukaan"}:
            statutory = True
            return " "
        notes.append(f"({inner})")
        return " "

    work = re.sub(r"\(([^()]*)\)", _paren, work)
    if period is None:
        work, period = _take_period(work)
    work = re.sub(r"\s+", " ", work).strip()

    # Unicode minus and an en dash directly before a digit are minus signs.
    work = re.sub(rf"[{_MINUS}](?=\d)", "-", work)

    bound: Bound | None = None
    strict = False
    for pattern, b, is_strict in _patterns().bounds:
        m = pattern.search(work)
        if m:
            bound, strict = b, is_strict
            work = (work[: m.start()] + " " + work[m.end() :]).strip()
            break

    approximate = False
    m = _patterns().approx.search(work)
    if m:
        approximate = True
        work = (work[: m.start()] + " " + work[m.end() :]).strip()
    work = re.sub(r"\s+", " ", work).strip()

    number: Decimal | None = None
    before, after = work, ""
    nm = None
    for cand in _patterns().number.finditer(work):
        # A sign counts only at the start or after a space: "+55-muutosturva" is a word.
        if cand.group("sign") and cand.start() > 0 and not work[cand.start() - 1].isspace():
            continue
        # Digits glued to letters ("HTV2") are part of a word.
        if cand.start() > 0 and work[cand.start() - 1].isalpha():
            continue
        nm = cand
        break
    if nm is not None:
        number = _to_decimal(nm)
        before, after = work[: nm.start()], work[nm.end() :]
    else:
        for wm in re.finditer(r"[a-zåäöA-ZÅÄÖ]+", work):
            word = wm.group(0).lower()
            if word in NUMBER_WORDS:
                number = Decimal(NUMBER_WORDS[word])
                before, after = work[: wm.start()], work[wm.end() :]
                break

    if number is None:
        return ParsedValue(
            original,
            ValueKind.TEXT if work.strip(" -–—.") else ValueKind.EMPTY,
            period=period,
            bound=bound,
            strict=strict,
            approximate=approximate,
            statutory=statutory,
            qualifier=" ".join([work, *notes]).strip(),
        )

    after = after.strip()
    unit = ""
    for pattern, factor, _ in _patterns().multipliers:
        mm = pattern.match(after)
        if mm and mm.group(0).strip():
            number *= factor
            unit = "€" if re.search(r"€|euro|\be\b|me\b|te\b", mm.group(0), re.I) else ""
            after = after[mm.end() :].strip()
            if not unit and re.match(r"^(?:€|euroa)\b", after):
                unit = "€"
                after = re.sub(r"^(?:€|euroa)", "", after).strip()
            break
    else:
        pm = re.match(r"^(%|prosenttia\b|€|euroa\b|eur\b)", after, re.I)
        if pm:
            unit = "%" if pm.group(1) in ("%",) or pm.group(1).lower() == "prosenttia" else "€"
            after = after[pm.end() :].strip()
        else:
            words = _clean_unit(after)
            if words and " " not in words:
                unit, after = words, ""
    qualifier_parts = [before.strip(" ,"), after.strip(" ,"), *notes]
    qualifier = " ".join(p for p in qualifier_parts if p)
    if not math.isfinite(float(number)):
        # Hundreds of digits are no figure anyone means: kept as text, never an infinite number
        # (which JSON cannot hold and reports cannot format).
        return ParsedValue(original, ValueKind.TEXT, period=period, qualifier=original.strip())
    return ParsedValue(
        original,
        ValueKind.NUMBER,
        number=float(number),
        unit=unit,
        period=period,
        bound=bound,
        strict=strict,
        approximate=approximate,
        statutory=statutory,
        qualifier=qualifier,
    )
