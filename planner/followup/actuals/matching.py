"""Matching the rows of a file to the programme's indicators.

In this order: an id or code column (exact, then case-insensitive); a mapping the
user confirmed earlier for the same source (``Programme.source_mappings``); the
normalised name (case, whitespace, dashes and hyphens, NFKC, punctuation); a
fuzzy score (rapidfuzz). Each match records how it was made. A fuzzy match is
taken without asking only when it scores at least :data:`FUZZY_AUTO` and the
runner-up is at least :data:`FUZZY_MARGIN` points behind; from
:data:`FUZZY_SUGGEST` up it is offered for confirmation; below it the row is
unmatched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from planner import wording_fi
from planner.model import Indicator, Programme

FUZZY_AUTO = 92.0
FUZZY_MARGIN = 6.0
FUZZY_SUGGEST = 60.0


class MatchHow(StrEnum):
    ID = "id"
    NAME = "name"
    FUZZY = "fuzzy"
    REMEMBERED = "remembered"
    MANUAL = "manual"


MATCH_HOW_FI = {MatchHow(k): v for k, v in wording_fi.MATCH_HOW.items()}  # worded in planner/wording_fi.py

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad"


def normalise_name(text: str) -> str:
    """Text reduced for comparing names: NFKC, lower case, one kind of dash, no punctuation."""
    t = unicodedata.normalize("NFKC", str(text)).lower()
    for d in _DASHES:
        t = t.replace(d, "-")
    t = re.sub(r"[\"'’`´“”«»()\[\]{}.,;:!?*]", " ", t)
    t = re.sub(r"\s*-\s*", "-", t)
    t = re.sub(r"\s+", " ", t).strip(" -")
    return t


def source_key(path: str | Path, sheet: str) -> str:
    """Key that stays the same for next month's file from the same source.

    "Toteumat_2026-06.xlsx" / "Toteumat 2026_07.xlsx" give the same key: digits
    and separators are dropped from the file name.
    """
    stem = Path(path).stem
    base = re.sub(r"[\d_\-\s.()]+", " ", normalise_name(stem)).strip()
    sh = re.sub(r"[\d_\-\s.()]+", " ", normalise_name(sheet)).strip()
    return f"{base}|{sh}"


@dataclass
class Candidate:
    indicator_id: str
    name: str
    score: float


@dataclass
class Match:
    """How one distinct row text was matched."""

    key: str  # the row's text (name, or id when there is no name)
    indicator_id: str | None
    how: MatchHow | None = None
    score: float = 0.0
    needs_confirmation: bool = False
    candidates: list[Candidate] = field(default_factory=list)
    skipped: bool = False  # the user chose to skip these rows
    confirmed: bool = False  # the user confirmed or chose it: remembered for the next import

    @property
    def accepted(self) -> bool:
        return self.indicator_id is not None and not self.needs_confirmation and not self.skipped

    def state(self) -> MatchState:
        """What the user can change (see ``ImportPlan.assign`` and friends): enough to undo a change."""
        return MatchState(self.indicator_id, self.how, self.needs_confirmation, self.skipped, self.confirmed)

    def restore(self, state: MatchState) -> None:
        self.indicator_id, self.how = state.indicator_id, state.how
        self.needs_confirmation, self.skipped, self.confirmed = state.needs_confirmation, state.skipped, state.confirmed


@dataclass(frozen=True)
class MatchState:
    """A match's user-changeable fields, as they were before a change (returned for undo)."""

    indicator_id: str | None
    how: MatchHow | None
    needs_confirmation: bool
    skipped: bool
    confirmed: bool


class Matcher:
    """Matches row texts to indicators; results are cached per distinct text."""

    def __init__(self, programme: Programme, remembered: dict[str, str] | None = None) -> None:
        self.indicators: dict[str, Indicator] = {}
        self.by_id_lower: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}
        for _t, _fa, ind in programme.indicators():
            self.indicators[ind.id] = ind
            self.by_id_lower[ind.id.strip().lower()] = ind.id
            self.by_name.setdefault(normalise_name(ind.name), []).append(ind.id)
        self.remembered = {normalise_name(k): v for k, v in (remembered or {}).items() if v in self.indicators}
        self._names = list(self.by_name)
        self._cache: dict[tuple[str, str], Match] = {}

    def match(self, id_text: str, name_text: str) -> Match:
        cache_key = (id_text, name_text)
        found = self._cache.get(cache_key)
        if found is None:
            found = self._match(id_text, name_text)
            self._cache[cache_key] = found
        return found

    def _match(self, id_text: str, name_text: str) -> Match:
        key = name_text or id_text
        if id_text:
            iid = id_text.strip()
            if iid in self.indicators:
                return Match(key, iid, MatchHow.ID, 100.0)
            low = self.by_id_lower.get(iid.lower())
            if low:
                return Match(key, low, MatchHow.ID, 100.0)
        norm = normalise_name(key)
        if not norm:
            return Match(key, None)
        if norm in self.remembered:
            return Match(key, self.remembered[norm], MatchHow.REMEMBERED, 100.0)
        ids = self.by_name.get(norm)
        if ids and len(ids) == 1:
            return Match(key, ids[0], MatchHow.NAME, 100.0)
        if ids:  # the same name in two focus areas: the user must choose
            cands = [Candidate(i, self.indicators[i].name, 100.0) for i in ids]
            return Match(key, ids[0], MatchHow.NAME, 100.0, needs_confirmation=True, candidates=cands)
        return self._fuzzy(key, norm)

    def _fuzzy(self, key: str, norm: str) -> Match:
        from rapidfuzz import fuzz, process

        results = process.extract(norm, self._names, scorer=fuzz.WRatio, limit=5)
        cands: list[Candidate] = []
        for name, score, _idx in results:
            for iid in self.by_name[name]:
                cands.append(Candidate(iid, self.indicators[iid].name, float(score)))
        if not cands or cands[0].score < FUZZY_SUGGEST:
            return Match(key, None, None, cands[0].score if cands else 0.0, candidates=cands[:5])
        top = cands[0]
        second = cands[1].score if len(cands) > 1 else 0.0
        sure = top.score >= FUZZY_AUTO and top.score - second >= FUZZY_MARGIN
        return Match(key, top.indicator_id, MatchHow.FUZZY, top.score, needs_confirmation=not sure, candidates=cands[:5])
