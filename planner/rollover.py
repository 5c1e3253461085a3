"""Roll a programme over to the next year (Tiedosto > Uusi vuosi…, ``planner rollover``).

:func:`propose` looks at last year's programme and lists what would change:

- :class:`TextChange`: every text that names the programme year (title, headings,
  descriptions, bullets, indicator names and notes), each offered on its own so the
  user confirms item by item; no blind search-and-replace. Baselines and targets are
  not offered here: baselines get new values, targets are kept and marked for review;
- :class:`BaselineChange`: each indicator's new baseline: last year's latest actual
  with its period ("4 250 (kesäkuu 2026)"), or the old target where there is no
  actual (``origin`` tells which).

:func:`apply` builds the new programme from a copy; the old one is never touched.
Indicators keep their ids, so their imported actuals (kept in the file as history)
continue as one series; the comparison only counts the programme year, so last
year's values are shown as the previous year, never compared with the new target.
Decisions and versions are cleared and the status is draft.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from planner import wording_fi
from planner.model import Aggregation, BulletGroup, Programme, Status
from planner.values import MONTHS_FI, format_number

ORIGIN_FI = wording_fi.BASELINE_ORIGIN  # worded in planner/wording_fi.py


class RolloverError(ValueError):
    """A roll-over that cannot be made; the Finnish message says why and what to do."""


@dataclass(frozen=True)
class TextChange:
    """One text that names the programme year, with the proposed new text."""

    key: str  # stable address of the text, e.g. "fa:fa-123:act:2"
    where: str  # Finnish description, e.g. "Tavoite ”Nuoret” › Miten johdetaan, kohta 3"
    old: str
    new: str


@dataclass(frozen=True)
class BaselineChange:
    indicator_id: str
    indicator: str  # name
    where: str  # focus area title
    old: str
    new: str
    origin: str  # "actual" or "target"
    period: str  # "2026-06", "" for a target


@dataclass(frozen=True)
class Proposal:
    old_year: int
    year: int
    texts: list[TextChange]
    baselines: list[BaselineChange]


Slot = tuple[str, str, Callable[[], str], Callable[[str], None]]


def _text_slots(p: Programme) -> Iterator[Slot]:
    """Every free text of the programme that may name the year: (key, where, get, set)."""

    def attr(obj: object, name: str) -> tuple[Callable[[], str], Callable[[str], None]]:
        return (lambda: getattr(obj, name)), (lambda v: setattr(obj, name, v))

    def item(items: list[str], i: int) -> tuple[Callable[[], str], Callable[[str], None]]:
        return (lambda: items[i]), (lambda v: items.__setitem__(i, v))

    for name, label in (("title", "Ohjelman nimi"), ("motto", "Tunnuslause"),
                        ("services_title", "Palvelujen otsikko"), ("services_subtitle", "Palvelujen alaotsikko"),
                        ("themes_title", "Painopisteiden otsikko"), ("themes_subtitle", "Painopisteiden alaotsikko")):
        yield (f"p:{name}", label, *attr(p, name))
    for ci, cat in enumerate(p.services):
        yield (f"s:{ci}:title", f"Palvelut \u201d{cat.title}\u201d › otsikko", *attr(cat, "title"))
        for i in range(len(cat.items)):
            yield (f"s:{ci}:{i}", f"Palvelut \u201d{cat.title}\u201d, kohta {i + 1}", *item(cat.items, i))
    for th in p.themes:
        for name in ("title", "summary"):
            yield (f"th:{th.id}:{name}", f"Painopiste \u201d{th.title}\u201d › {_FIELD_FI[name]}", *attr(th, name))
        for fa in th.focus_areas:
            where = f"Tavoite \u201d{fa.title}\u201d"
            for name in ("title", "summary", "heading", "description"):
                yield (f"fa:{fa.id}:{name}", f"{where} › {_FIELD_FI[name]}", *attr(fa, name))
            for group in BulletGroup:
                bullets = fa.bullets(group)
                for i in range(len(bullets)):
                    yield (f"fa:{fa.id}:{group.value}:{i}", f"{where} › {_GROUP_FI[group]}, kohta {i + 1}",
                           *item(bullets, i))
            for ind in fa.indicators:
                for name in ("name", "notes"):
                    yield (f"ind:{ind.id}:{name}", f"{where} › mittari \u201d{ind.name}\u201d ({_FIELD_FI[name]})",
                           *attr(ind, name))
    for kind, tags in (("Kärki", p.spearheads), ("Kohderyhmä", p.target_groups)):
        for tag in tags:
            for name in ("name", "description"):
                yield (f"tag:{tag.id}:{name}", f"{kind} \u201d{tag.name}\u201d › {_FIELD_FI[name]}", *attr(tag, name))


_FIELD_FI = {"title": "otsikko", "summary": "tiivistelmä", "heading": "väliotsikko", "description": "kuvaus",
             "name": "nimi", "notes": "huomiot"}
_GROUP_FI = {BulletGroup(k): v for k, v in wording_fi.BULLET_GROUP_SHORT.items()}  # worded in planner/wording_fi.py


def _year_re(year: int) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d){year}(?!\d)")


def period_text(key: str) -> str:
    """"2026-06" -> "kesäkuu 2026", "2026-Q2" -> "Q2/2026", "2026" -> "2026"."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", key)
    if m:
        return f"{MONTHS_FI[int(m.group(2)) - 1]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", key)
    if m:
        return f"Q{m.group(2)}/{m.group(1)}"
    return key


def _baseline_text(actual: float, unit: str, period: str, summed: bool = False) -> str:
    """"4 250 henkilöä (kesäkuu 2026)"; a summed indicator's year-to-date total says "tammi–kesäkuu 2026"."""
    number = format_number(round(actual, 2)).replace("\u00a0", " ")  # as users type it
    unit = unit.strip()
    if unit == "%":
        number += " %"
    elif unit:
        number += f" {unit}"
    if not period:
        return number
    when = period_text(period)
    m = re.fullmatch(r"\d{4}-(\d{2})", period)
    if summed and m and int(m.group(1)) > 1:
        when = f"{MONTHS_FI[0][:-3]}–{when}"
    return f"{number} ({when})"


def propose(p: Programme, year: int) -> Proposal:
    """What rolling ``p`` over to ``year`` would change. Raises :class:`RolloverError` for a bad year."""
    if p.year is None:
        raise RolloverError("ohjelmalta puuttuu vuosi; kirjoita ohjelman vuosi ennen uuden vuoden aloittamista")
    if year <= p.year:
        raise RolloverError(f"uuden vuoden pitää olla ohjelman vuoden {p.year} jälkeen (annettu {year})")
    if year > p.year + 5:
        raise RolloverError(f"vuosi {year} on yli viisi vuotta ohjelman vuoden {p.year} jälkeen; tarkista vuosi")
    pattern = _year_re(p.year)
    texts = []
    for key, where, get, _set in _text_slots(p):
        old = get()
        if old and pattern.search(old):
            texts.append(TextChange(key, where, old, pattern.sub(str(year), old)))
    return Proposal(p.year, year, texts, _baselines(p))


def _baselines(p: Programme) -> list[BaselineChange]:
    from planner.followup.progress import compare_programme

    results = {r.indicator.id: r for r in compare_programme(p)}
    out = []
    for _theme, fa, ind in p.indicators():
        r = results.get(ind.id)
        if r is not None and r.actual is not None and r.period and r.period.startswith(str(p.year)):
            new = _baseline_text(r.actual, ind.effective_unit, r.period, ind.aggregation is Aggregation.SUM)
            out.append(BaselineChange(ind.id, ind.name, fa.title, ind.baseline, new, "actual", r.period))
        else:
            out.append(BaselineChange(ind.id, ind.name, fa.title, ind.baseline, ind.target, "target", ""))
    return out


def apply(p: Programme, proposal: Proposal, accepted: set[str] | None = None) -> Programme:
    """The new year's programme; ``accepted`` holds the keys of the text changes to make (None: all).

    ``p`` is not changed.
    """
    if p.year != proposal.old_year:
        raise RolloverError("ehdotus on tehty toiselle ohjelmalle; tee ehdotus uudelleen")
    new = copy.deepcopy(p)
    wanted = {t.key: t for t in proposal.texts if accepted is None or t.key in accepted}
    for key, _where, get, set_ in _text_slots(new):
        change = wanted.get(key)
        if change is not None and get() == change.old:
            set_(change.new)
    baselines = {b.indicator_id: b for b in proposal.baselines}
    for _theme, _fa, ind in new.indicators():
        b = baselines.get(ind.id)
        if b is not None:
            ind.baseline = b.new
            ind.baseline_origin = b.origin
        ind.target_review = True
    new.year = proposal.year
    new.status = Status.DRAFT
    new.decisions = []
    new.versions = []
    new.version_name = ""
    new.rolled_over_from = p.title or f"Työllisyysohjelma {p.year}"
    return new


def roll_over(p: Programme, year: int, keep_text: bool = False) -> Programme:
    """Propose and apply in one step (the command line): every text change unless ``keep_text``."""
    proposal = propose(p, year)
    return apply(p, proposal, set() if keep_text else None)


def mark_reviewed(p: Programme, indicator_ids: set[str] | None = None) -> list[str]:
    """Clear the review mark of the given (None: all) indicators; returns the ids cleared (for undo)."""
    cleared = []
    for _t, _f, ind in p.indicators():
        if ind.target_review and (indicator_ids is None or ind.id in indicator_ids):
            ind.target_review = False
            cleared.append(ind.id)
    return cleared


def previous_year_values(p: Programme, indicator_id: str) -> list[tuple[str, float]]:
    """Last year's monthly area values of an indicator (history, shown beside this year, never compared)."""
    if p.year is None:
        return []
    prefix = f"{p.year - 1}-"
    latest: dict[str, float] = {}
    for imp in p.actual_imports:
        for v in imp.values:
            if v.indicator_id == indicator_id and not v.municipality and v.value is not None \
                    and v.period.startswith(prefix) and re.fullmatch(r"\d{4}-\d{2}", v.period):
                latest[v.period] = v.value
    return sorted(latest.items())


BULLET_GROUP_FI = _GROUP_FI
