"""Compare two programmes: two years, or two versions of one year (``planner diff``, Tiedosto > Vertaa…).

Structure is matched by identity: themes, focus areas, indicators and tags by their
id (a roll-over keeps ids), then, for what is left, by their title or name, so two
files made separately still line up. A focus area found under another theme, or an
indicator in another focus area's table, is reported as moved (and compared field
by field as well). Texts are compared word by word (:func:`word_diff`); bullet
lists item by item (added, removed, changed, moved). For indicators the baseline,
target, level, direction and unit are compared, and every indicator change carries
A's actual of its year next to B's target (last year's actual beside this year's
target when A is last year's programme).

:func:`diff_programmes` returns a :class:`ProgrammeDiff`: a flat list of
:class:`Change` in B's document order (removed items where they were in A), which
the text, JSON, PDF and Word outputs and the GUI's step-through view all share.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

from planner import wording_fi
from planner.model import BulletGroup, FocusArea, Indicator, IndicatorReference, Programme, Tag, Theme

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"
KIND_FI = wording_fi.CHANGE_KIND  # worded in planner/wording_fi.py
GROUP_FI = {BulletGroup(k): v for k, v in wording_fi.BULLET_GROUP_SHORT.items()}  # worded in planner/wording_fi.py

# A number with thousands spaces and decimal comma ("1 468", "3,82") is one word.
_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\w+|\s+|[^\w\s]")


@dataclass
class Change:
    """One difference between A and B."""

    kind: str  # added / removed / changed / moved
    item: str  # programme, service, theme, focus_area, bullet, indicator, tag
    where: str  # the place in B (in A for removed items): "Painopiste X › Tavoite Y"
    label: str  # what changed: "Mittari ”Z”: tavoite"
    old: str = ""
    new: str = ""
    words: list[tuple[str, str]] = field(default_factory=list)  # ("=", "+", "-", text) for changed texts
    note: str = ""  # e.g. "edellisen vuoden toteuma 4 250 (kesäkuu 2026), tavoite 4 000"
    key: str = ""  # id of the object

    @property
    def kind_fi(self) -> str:
        return KIND_FI[self.kind]


@dataclass
class ProgrammeDiff:
    a_name: str
    b_name: str
    changes: list[Change]

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in KIND_FI}
        for c in self.changes:
            out[c.kind] += 1
        return out

    def summary_fi(self) -> str:
        c = self.counts()
        if not self.changes:
            return "Ei muutoksia."
        return (f"{len(self.changes)} muutosta: {c[ADDED]} lisätty, {c[REMOVED]} poistettu, "
                f"{c[CHANGED]} muutettu, {c[MOVED]} siirretty")

    def as_dict(self) -> dict[str, Any]:
        return {"a": self.a_name, "b": self.b_name, "counts": self.counts(),
                "changes": [asdict(c) for c in self.changes]}


def programme_name(p: Programme) -> str:
    """"Työllisyysohjelma 2027 (Versio 2, luonnos)"."""
    from planner.versions import version_label

    title = p.title or "(nimetön ohjelma)"
    if p.year and str(p.year) not in title:
        title += f" {p.year}"
    return f"{title} ({version_label(p)})"


# -- word and list diffs -------------------------------------------------------------


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level difference: [("=", "Työllisyysohjelma "), ("-", "2026"), ("+", "2027")]."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[tuple[str, str]] = []

    def put(op: str, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            put("=", "".join(a[i1:i2]))
        else:
            put("-", "".join(a[i1:i2]))
            put("+", "".join(b[j1:j2]))
    return out


def words_text(words: Iterable[tuple[str, str]]) -> str:
    """Plain-text rendering: [-removed-]{+added+}."""
    return "".join(t if op == "=" else f"[-{t}-]" if op == "-" else f"{{+{t}+}}" for op, t in words)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _list_changes(old: Sequence[str], new: Sequence[str], item: str, where: str, label: str,
                  key: str = "") -> list[Change]:
    """Item-by-item changes of a list of texts (bullets, services, municipalities)."""
    out: list[Change] = []
    a, b = [_norm(x) for x in old], [_norm(x) for x in new]
    removed: list[tuple[int, str]] = []
    added: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        olds, news = list(range(i1, i2)), list(range(j1, j2))
        if tag == "replace":
            while olds and news:
                i, j = olds[0], news[0]
                if difflib.SequenceMatcher(None, a[i], b[j]).ratio() >= 0.5:
                    out.append(Change(CHANGED, item, where, f"{label}, kohta {j + 1}", old[i], new[j],
                                      word_diff(old[i], new[j]), key=key))
                    olds.pop(0)
                    news.pop(0)
                else:
                    break
        removed += [(i, old[i]) for i in olds]
        added += [(j, new[j]) for j in news]
    moved_new: set[int] = set()
    for i, text in removed:
        moved_to = next((j for j, t in added if _norm(t) == _norm(text) and j not in moved_new), None)
        if moved_to is not None:
            moved_new.add(moved_to)
            out.append(Change(MOVED, item, where, f"{label}, kohdasta {i + 1} kohtaan {moved_to + 1}", text, text,
                              key=key))
        else:
            out.append(Change(REMOVED, item, where, f"{label}, kohta {i + 1}", text, "", key=key))
    out += [Change(ADDED, item, where, f"{label}, kohta {j + 1}", "", t, key=key)
            for j, t in added if j not in moved_new]
    return out


def _field(out: list[Change], item: str, where: str, label: str, old: str, new: str, key: str = "",
           note: str = "") -> None:
    if old != new:
        out.append(Change(CHANGED, item, where, label, old, new, word_diff(old, new), note, key))


T = TypeVar("T")


def _match(a_items: Sequence[T], b_items: Sequence[T], ident: Any, name: Any) -> dict[int, int]:
    """Index pairs {i_a: i_b}: by id first, then by normalised name among the rest."""
    pairs: dict[int, int] = {}
    b_by_id = {ident(x): j for j, x in enumerate(b_items)}
    for i, x in enumerate(a_items):
        j = b_by_id.get(ident(x))
        if j is not None:
            pairs[i] = j
    used = set(pairs.values())
    b_by_name: dict[str, list[int]] = {}
    for j, x in enumerate(b_items):
        if j not in used and _norm(name(x)):
            b_by_name.setdefault(_norm(name(x)), []).append(j)
    for i, x in enumerate(a_items):
        if i in pairs:
            continue
        free = b_by_name.get(_norm(name(x)))
        if free:
            pairs[i] = free.pop(0)
    return pairs


# -- the programme -------------------------------------------------------------------------------


_PROGRAMME_FIELDS = (("title", "Ohjelman nimi"), ("area", "Alue"), ("lead_municipality", "Vastuukunta"),
                     ("author", "Laatija"), ("contact", "Yhteystiedot"), ("motto", "Tunnuslause"),
                     ("services_title", "Palvelujen otsikko"), ("services_subtitle", "Palvelujen alaotsikko"),
                     ("themes_title", "Painopisteiden otsikko"), ("themes_subtitle", "Painopisteiden alaotsikko"),
                     ("version_name", "Versio"))


def diff_programmes(a: Programme, b: Programme) -> ProgrammeDiff:
    from planner.versions import STATUS_FI, decision_text

    out: list[Change] = []
    where = "Ohjelman tiedot"
    _field(out, "programme", where, "Vuosi", str(a.year or ""), str(b.year or ""))
    for name, label in _PROGRAMME_FIELDS:
        _field(out, "programme", where, label, getattr(a, name), getattr(b, name))
    _field(out, "programme", where, "Tila", STATUS_FI[a.status], STATUS_FI[b.status])
    _field(out, "programme", where, "Päätökset", "; ".join(decision_text(d) for d in a.decisions),
           "; ".join(decision_text(d) for d in b.decisions))
    out += _list_changes(a.municipalities, b.municipalities, "programme", where, "Sopijakunnat")
    out += _services(a, b)
    out += _structure(a, b)
    out += _tags(a.spearheads, b.spearheads, "Kärki")
    out += _tags(a.target_groups, b.target_groups, "Kohderyhmä")
    return ProgrammeDiff(programme_name(a), programme_name(b), out)


def _services(a: Programme, b: Programme) -> list[Change]:
    out: list[Change] = []
    pairs = _match(a.services, b.services, lambda c: _norm(c.title), lambda c: c.title)
    if len(pairs) < min(len(a.services), len(b.services)):  # renamed categories: pair the rest by position
        free_b = [j for j in range(len(b.services)) if j not in pairs.values()]
        for i in range(len(a.services)):
            if i not in pairs and free_b:
                pairs[i] = free_b.pop(0)
    matched_b = set(pairs.values())
    for i, cat in enumerate(a.services):
        if i not in pairs:
            out.append(Change(REMOVED, "service", "Lakisääteiset palvelut", f"Palveluryhmä \u201d{cat.title}\u201d",
                              cat.title + "".join(f"\n• {x}" for x in cat.items)))
    for j, cat in enumerate(b.services):
        where = f"Lakisääteiset palvelut › \u201d{cat.title}\u201d"
        old_i = next((i for i, jj in pairs.items() if jj == j), None)
        if old_i is None:
            if j not in matched_b:
                out.append(Change(ADDED, "service", "Lakisääteiset palvelut", f"Palveluryhmä \u201d{cat.title}\u201d",
                                  "", cat.title + "".join(f"\n• {x}" for x in cat.items)))
            continue
        _field(out, "service", where, "Otsikko", a.services[old_i].title, cat.title)
        out += _list_changes(a.services[old_i].items, cat.items, "service", where, "Palvelu")
    return out


def _fa_text(fa: FocusArea) -> str:
    return "\n".join(x for x in (fa.title, fa.summary, fa.description) if x)


def _ind_text(ind: Indicator) -> str:
    return f"{ind.name} ({ind.level}): lähtöarvo {ind.baseline or '–'}, tavoite {ind.target or '–'}"


def _structure(a: Programme, b: Programme) -> list[Change]:
    """Themes, focus areas and indicators, in B's order; removed items at the end of their old parent."""
    out: list[Change] = []
    th_pairs = _match(a.themes, b.themes, lambda t: t.id, lambda t: t.title)
    th_b_to_a = {j: i for i, j in th_pairs.items()}
    a_fas = [(t, fa) for t in a.themes for fa in t.focus_areas]
    b_fas = [(t, fa) for t in b.themes for fa in t.focus_areas]
    fa_pairs = _match([x[1] for x in a_fas], [x[1] for x in b_fas], lambda f: f.id, lambda f: f.title)
    fa_b_to_a = {j: i for i, j in fa_pairs.items()}
    a_inds = [(fa, ind) for _t, fa, ind in a.indicators()]
    b_inds = [(fa, ind) for _t, fa, ind in b.indicators()]
    ind_pairs = _match([x[1] for x in a_inds], [x[1] for x in b_inds], lambda x: x.id, lambda x: x.name)
    ind_b_to_a = {j: i for i, j in ind_pairs.items()}
    a_actuals = _actuals(a)
    years = (f"toteuma {a.year}" if a.year else "toteuma (A)", f"tavoite {b.year}" if b.year else "tavoite (B)")

    # theme order: themes not on the longest common order were moved
    common_a = [i for i in range(len(a.themes)) if i in th_pairs]
    kept = _in_order([th_pairs[i] for i in common_a])
    b_index_of_fa = {id(fa): j for j, (_t, fa) in enumerate(b_fas)}
    b_index_of_ind = {id(ind): j for j, (_f, ind) in enumerate(b_inds)}

    for jt, theme in enumerate(b.themes):
        where = f"Painopiste \u201d{theme.title}\u201d"
        it = th_b_to_a.get(jt)
        if it is None:
            out.append(Change(ADDED, "theme", "Painopisteet", where, "", "\n".join(x for x in (theme.title,
                              theme.summary) if x), key=theme.id))
        else:
            old = a.themes[it]
            if jt not in kept:
                out.append(Change(MOVED, "theme", "Painopisteet", f"{where}: järjestys",
                                  f"{it + 1}. painopiste", f"{jt + 1}. painopiste", key=theme.id))
            _field(out, "theme", where, "Otsikko", old.title, theme.title, theme.id)
            _field(out, "theme", where, "Tiivistelmä", old.summary, theme.summary, theme.id)
        for fa in theme.focus_areas:
            jf = b_index_of_fa[id(fa)]
            out += _focus_area(a_fas, fa_b_to_a.get(jf), theme, fa, where)
            fwhere = f"{where} › Tavoite \u201d{fa.title}\u201d"
            ia_fa = fa_b_to_a.get(jf)
            out += _list_changes(_reference_rows(a, a_fas[ia_fa][1]) if ia_fa is not None else [],
                                 _reference_rows(b, fa), "reference", fwhere, "Viittausrivi", fa.id)
            for ind in fa.indicators:
                ji = b_index_of_ind[id(ind)]
                ia = ind_b_to_a.get(ji)
                out += _indicator(a_inds[ia] if ia is not None else None, fa, ind, fwhere, a_actuals, years)
            for ia, (afa, aind) in enumerate(a_inds):  # removed indicators of this focus area
                if ia not in ind_pairs and fa_pairs.get(_index_of(a_fas, afa)) == jf:
                    out.append(Change(REMOVED, "indicator", fwhere, f"Mittari \u201d{aind.name}\u201d",
                                      _ind_text(aind), key=aind.id))
        for i_fa, (ath, afa) in enumerate(a_fas):  # removed focus areas of this theme
            if i_fa not in fa_pairs and th_pairs.get(_index_of_theme(a, ath)) == jt:
                out += _removed_focus_area(afa, where, a_inds, ind_pairs)
    for it, theme in enumerate(a.themes):
        if it in th_pairs:
            continue
        where = f"Painopiste \u201d{theme.title}\u201d"
        out.append(Change(REMOVED, "theme", "Painopisteet", where, theme.title, key=theme.id))
        for fa in theme.focus_areas:
            if _index_of(a_fas, fa) not in fa_pairs:
                out += _removed_focus_area(fa, where, a_inds, ind_pairs)
    # indicators whose old focus area is gone but who live on elsewhere are reported as moved there;
    # indicators removed from focus areas that were removed are listed with those.
    return out


def _reference_rows(p: Programme, fa: FocusArea) -> list[str]:
    """A focus area's cross-reference rows as the table shows them (own text, or the indicator they point at)."""
    out = []
    for row in fa.rows:
        if isinstance(row, IndicatorReference):
            found = p.find_indicator(row.indicator_id)
            shown = f"{found[2].name} ({found[1].title})" if found else "(poistettu mittari)"
            out.append(row.text or shown)
    return out


def _in_order(js: list[int]) -> set[int]:
    """The B indices that keep their relative order (longest increasing subsequence)."""
    best: list[list[int]] = []
    for j in js:
        cands = [seq for seq in best if seq[-1] < j]
        best.append([*max(cands, key=len), j] if cands else [j])
    if not best:
        return set()
    longest: list[int] = max(best, key=len)
    return set(longest)


def _index_of(a_fas: list[tuple[Theme, FocusArea]], fa: FocusArea) -> int:
    return next(i for i, (_t, f) in enumerate(a_fas) if f is fa)


def _index_of_theme(a: Programme, theme: Theme) -> int:
    return next(i for i, t in enumerate(a.themes) if t is theme)


def _removed_focus_area(fa: FocusArea, where: str, a_inds: list[tuple[FocusArea, Indicator]],
                        ind_pairs: dict[int, int]) -> list[Change]:
    out = [Change(REMOVED, "focus_area", where, f"Tavoite \u201d{fa.title}\u201d", _fa_text(fa), key=fa.id)]
    for ia, (afa, ind) in enumerate(a_inds):
        if afa is fa and ia not in ind_pairs:
            out.append(Change(REMOVED, "indicator", f"{where} › Tavoite \u201d{fa.title}\u201d",
                              f"Mittari \u201d{ind.name}\u201d", _ind_text(ind), key=ind.id))
    return out


def _focus_area(a_fas: list[tuple[Theme, FocusArea]], ia: int | None, theme: Theme, fa: FocusArea,
                where: str) -> list[Change]:
    out: list[Change] = []
    fwhere = f"{where} › Tavoite \u201d{fa.title}\u201d"
    if ia is None:
        out.append(Change(ADDED, "focus_area", where, f"Tavoite \u201d{fa.title}\u201d", "", _fa_text(fa), key=fa.id))
        for group in BulletGroup:
            out += [Change(ADDED, "bullet", fwhere, f"{GROUP_FI[group]}, kohta {k + 1}", "", t, key=fa.id)
                    for k, t in enumerate(fa.bullets(group))]
        return out
    old_theme, old = a_fas[ia]
    if old_theme.id != theme.id and _norm(old_theme.title) != _norm(theme.title):
        out.append(Change(MOVED, "focus_area", where, f"Tavoite \u201d{fa.title}\u201d",
                          f"Painopiste \u201d{old_theme.title}\u201d", f"Painopiste \u201d{theme.title}\u201d",
                          key=fa.id))
    for name, label in (("title", "Otsikko"), ("summary", "Tiivistelmä"), ("heading", "Väliotsikko"),
                        ("description", "Kuvaus")):
        _field(out, "focus_area", fwhere, label, getattr(old, name), getattr(fa, name), fa.id)
    for group in BulletGroup:
        out += _list_changes(old.bullets(group), fa.bullets(group), "bullet", fwhere, GROUP_FI[group], fa.id)
    return out


def _actuals(p: Programme) -> dict[str, str]:
    """Each indicator's actual of the programme year as shown: "4 250 (kesäkuu 2026)"."""
    if not p.actual_imports:
        return {}
    from planner.followup.progress import compare_programme
    from planner.rollover import period_text

    out = {}
    for r in compare_programme(p):
        shown = r.actual_in("fi")
        if r.actual is not None or (shown and r.period):
            out[r.indicator.id] = f"{shown} ({period_text(r.period)})" if r.period else shown
    return out


_DIRECTION_FI = wording_fi.DIRECTION_ADJECTIVE  # worded in planner/wording_fi.py


def _indicator(pair: tuple[FocusArea, Indicator] | None, fa: FocusArea, ind: Indicator, where: str,
               a_actuals: dict[str, str], years: tuple[str, str]) -> list[Change]:
    out: list[Change] = []
    label = f"Mittari \u201d{ind.name}\u201d"
    if pair is None:
        return [Change(ADDED, "indicator", where, label, "", _ind_text(ind), key=ind.id)]
    old_fa, old = pair
    actual = a_actuals.get(old.id, "")
    note = f"{years[0]}: {actual} · {years[1]}: {ind.target or '–'}" if actual else ""
    if old_fa.id != fa.id and _norm(old_fa.title) != _norm(fa.title):
        out.append(Change(MOVED, "indicator", where, label, f"Tavoite \u201d{old_fa.title}\u201d",
                          f"Tavoite \u201d{fa.title}\u201d", key=ind.id, note=note))
    _field(out, "indicator", where, f"{label}: nimi", old.name, ind.name, ind.id)
    _field(out, "indicator", where, f"{label}: taso", old.level, ind.level, ind.id)
    _field(out, "indicator", where, f"{label}: lähtöarvo", old.baseline, ind.baseline, ind.id, note)
    _field(out, "indicator", where, f"{label}: tavoite", old.target, ind.target, ind.id, note)
    _field(out, "indicator", where, f"{label}: suunta", _DIRECTION_FI[old.effective_direction.value],
           _DIRECTION_FI[ind.effective_direction.value], ind.id)
    _field(out, "indicator", where, f"{label}: yksikkö", old.unit, ind.unit, ind.id)
    return out


def _tags(a: list[Tag], b: list[Tag], kind: str) -> list[Change]:
    out: list[Change] = []
    pairs = _match(a, b, lambda t: t.id, lambda t: t.name)
    b_to_a = {j: i for i, j in pairs.items()}
    group = "Kärjet" if kind == "Kärki" else "Kohderyhmät"
    for j, tag in enumerate(b):
        where = f"{kind} \u201d{tag.name}\u201d"
        i = b_to_a.get(j)
        if i is None:
            out.append(Change(ADDED, "tag", group, where, "", "\n".join(x for x in (tag.name, tag.description) if x),
                              key=tag.id))
            continue
        _field(out, "tag", where, "Nimi", a[i].name, tag.name, tag.id)
        _field(out, "tag", where, "Kuvaus", a[i].description, tag.description, tag.id)
    for i, tag in enumerate(a):
        if i not in pairs:
            out.append(Change(REMOVED, "tag", group, f"{kind} \u201d{tag.name}\u201d", tag.name, key=tag.id))
    return out
