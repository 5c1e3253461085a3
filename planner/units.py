"""Units of indicator values: which kind of quantity a unit measures, and when two cannot be compared.

A baseline "1 468 henkilöä" and a target "3 kk" are not one indicator: the
progress from one to the other means nothing. ``units_conflict`` tells such a
pair apart from harmless variation ("asiakasta" and "henkilöä" both count
people; "pv" and "päivää" are the same unit).
"""

from __future__ import annotations

import re
import unicodedata

from planner import wording_fi

# unit word -> (kind, canonical unit); units not listed are counts of something
_TIME = {
    "kk": "kk", "kuukausi": "kk", "kuukautta": "kk", "kuukauden": "kk", "kuukaudessa": "kk", "kuukaudet": "kk",
    "pv": "pv", "päivä": "pv", "päivää": "pv", "päivässä": "pv", "päivän": "pv", "vrk": "pv",
    "vuorokausi": "pv", "vuorokautta": "pv", "arkipäivää": "pv", "työpäivää": "pv",
    "vko": "vko", "viikko": "vko", "viikkoa": "vko", "viikon": "vko", "viikossa": "vko",
    "h": "h", "tunti": "h", "tuntia": "h", "tunnin": "h",
    "min": "min", "minuuttia": "min",
    "v": "v", "vuosi": "v", "vuotta": "v", "vuoden": "v",
}
_PERCENT = {"%", "prosenttia", "prosentti", "%-yks", "%-yksikköä", "prosenttiyksikköä"}
_MONEY = {"€", "euroa", "eur", "e", "me", "te", "k€", "m€"}

KIND_FI = wording_fi.UNIT_KIND  # worded in planner/wording_fi.py


def unit_kind(unit: str) -> tuple[str, str] | None:
    """(kind, canonical unit) of a unit as written; None when there is no unit."""
    u = unicodedata.normalize("NFKC", unit or "").strip().lower().rstrip(".")
    u = re.sub(r"\s+", " ", u)
    if not u:
        return None
    if u in _PERCENT or u.startswith("%"):
        return "percent", "%"
    if u in _MONEY or u.startswith("€"):
        return "money", "€"
    if "/" in u:
        return "ratio", u.replace(" ", "")
    if u in _TIME:
        return "time", _TIME[u]
    return "count", u


def units_conflict(baseline_unit: str, target_unit: str) -> bool:
    """True when both values carry a unit and they measure different things (or different time units)."""
    a, b = unit_kind(baseline_unit), unit_kind(target_unit)
    if a is None or b is None:
        return False
    if a[0] != b[0]:
        return True
    if a[0] in ("time", "ratio"):
        return a[1] != b[1]
    return False
