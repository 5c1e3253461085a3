"""The programme file: one self-contained UTF-8 JSON document with a schema version.

Loading validates every field and raises :class:`FileFormatError` carrying the
path of the bad field (``programme.themes[0].focus_areas[2].rows[1].baseline``).
A file from a newer version is refused; older versions are migrated step by step
(:data:`MIGRATIONS`). Saving goes through :func:`planner.storage.atomic.atomic_write`, so
a crash leaves either the old or the new file, and the previous version is kept
beside it as ``NAME.bak``.

Version history:
  1. first format: a focus area had ``indicators`` and separate ``references``
     (cross-reference rows always last); no actuals.
  2. a focus area has ``rows`` in table order (indicators and cross-references
     mixed); programme has ``actual_imports``, ``source_mappings``, ``follow_up``.
  3. optional parts of this wave (absent = default). The whole plan adds: programme
     ``sections`` (free-text sections before/after the themes) and ``impact_chains``;
     an indicator's ``frequency`` and ``next_update`` (the indicator catalogue).
     The yearly cycle adds: indicator ``target_review``
     (bool) and ``baseline_origin`` ("actual"/"target"); programme ``version_name``,
     ``rolled_over_from`` and ``versions`` (list of {name, created, status, note,
     programme}: frozen copies, each a programme object without versions).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from planner.indicator_fields import STORED, IndicatorField, Kind
from planner.model import (
    ActualsImport,
    ActualValue,
    ApprovalDecision,
    ChainLink,
    ChainStage,
    FocusArea,
    FollowUpSettings,
    ImpactChain,
    Indicator,
    IndicatorReference,
    Level,
    Programme,
    ProgrammeVersion,
    Section,
    SectionPlacement,
    ServiceCategory,
    Status,
    Tag,
    Theme,
)
from planner.storage import loading_gate
from planner.storage.atomic import atomic_write

FORMAT_NAME = "tyollisyysohjelma"
SCHEMA_VERSION = 3
# New programmes are saved as NAME.tyohjelma: one extension Windows can associate
# with the app (a double extension such as .tyohjelma.json cannot be). The content
# is the same UTF-8 JSON; files named *.tyohjelma.json or *.json open as well.
FILE_SUFFIX = ".tyohjelma"
MAX_FILE_BYTES = loading_gate.LIMITS[loading_gate.PROGRAMME].max_bytes
# Ranges every loaded value must fall in; a file outside them is refused with the field named.
YEAR_MIN, YEAR_MAX = 1900, 2200
MAX_INT_DIGITS = 18  # JSON integers beyond this are not data this app writes (and would overflow floats)
THRESHOLD_MAX = 10.0  # follow-up thresholds are shares (0.9 = 90 %)
MAX_LIST_ITEMS = 100_000  # any one list in the file (themes, rows, bullets ...)
MAX_VALUES = 5_000_000  # imported actual values of one import


class FileFormatError(Exception):
    """A programme file that cannot be read. ``path`` names the bad field, if any.

    ``code`` and ``params`` let the GUI word the common cases in the user's
    language (the Finnish ``message`` stays for the command line); "" when the
    case has no code yet.
    """

    def __init__(self, message: str, path: str = "", file: str = "", code: str = "",
                 params: dict[str, str] | None = None) -> None:
        self.message = message
        self.path = path
        self.file = file
        self.code = code
        self.params = dict(params or {})
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.file}: " if self.file else ""
        field = f" (kenttä {self.path})" if self.path else ""
        return f"{where}{self.message}{field}"


class SaveError(Exception):
    """A document that cannot be written as it is (a number that is not finite, say).

    Raised before anything is written, so the file on disk is untouched.
    """

    def __init__(self, message: str, path: str = "") -> None:
        self.message = message
        self.path = path
        super().__init__(self.one_line())

    def one_line(self) -> str:
        field = f" (kenttä {self.path})" if self.path else ""
        return f"{self.message}{field}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _non_finite_path(data: Any) -> str | None:
    """The path of the first number that is NaN or infinite in plain JSON data, or None."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            return path or "(juuri)"
        if isinstance(value, dict):
            stack.extend((v, f"{path}.{k}" if path else str(k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))
    return None


def dump_json(data: dict[str, Any]) -> str:
    """JSON text of our file family: strict JSON (no NaN/Infinity), valid UTF-8 when encoded.

    A number that is not finite raises :class:`SaveError` naming the field; a lone
    surrogate (not a character, so not the user's text) becomes U+FFFD so the file can
    always be encoded.
    """
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError:
        path = _non_finite_path(data) or ""
        raise SaveError("luku ei ole äärellinen (NaN tai ääretön), eikä sitä voi tallentaa; korjaa arvo", path) from None
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


# -- writing ----------------------------------------------------------------


def _field_to_file(ind: Indicator, f: IndicatorField) -> tuple[bool, Any]:
    """(write it?, the value to write) for one stored field of ``ind``."""
    value = getattr(ind, f.name)
    if f.kind is Kind.CHOICE:
        written = value if f.store_value or value is None else value.value
        return (not f.optional or written not in (None, "", f.default)), written
    if f.kind is Kind.TEXT_LIST:
        return True, list(value)
    if f.kind is Kind.FLAG:
        return (not f.optional or bool(value)), bool(value)
    return (not f.optional or bool(value)), value


def _indicator_to_dict(ind: Indicator) -> dict[str, Any]:
    """The fields of planner.indicator_fields in table order; optional (version-3) ones only when set."""
    out: dict[str, Any] = {"kind": "indicator"}
    for f in STORED:
        if not f.optional:
            out[f.file_key] = _field_to_file(ind, f)[1]
    # Derived, written for readers of the file; recomputed on load.
    out["parsed"] = {
        "baseline": ind.baseline_value.number,
        "target": ind.target_value.number,
        "direction": ind.effective_direction.value,
    }
    for f in STORED:
        if f.optional:
            write, value = _field_to_file(ind, f)
            if write:
                out[f.file_key] = value
    return out


def _sections_to_list(p: Programme) -> list[dict[str, Any]]:
    return [{"id": sec.id, "heading": sec.heading, "body": sec.body, "placement": sec.placement.value,
             "level": sec.level} for sec in p.sections]


def _chains_to_list(p: Programme) -> list[dict[str, Any]]:
    return [
        {
            "id": ch.id,
            "title": ch.title,
            "focus_area_id": ch.focus_area_id,
            "description": ch.description,
            "links": [
                {"id": lk.id, "stage": lk.stage.value, "title": lk.title, "text": lk.text,
                 "focus_area_ids": list(lk.focus_area_ids), "tag_ids": list(lk.tag_ids),
                 "indicator_ids": list(lk.indicator_ids)}
                for lk in ch.links
            ],
        }
        for ch in p.impact_chains
    ]


def programme_to_dict(p: Programme) -> dict[str, Any]:
    """The whole document as plain JSON data, with format name and schema version."""
    themes = []
    for th in p.themes:
        fas = []
        for fa in th.focus_areas:
            rows: list[dict[str, Any]] = []
            for row in fa.rows:
                if isinstance(row, Indicator):
                    rows.append(_indicator_to_dict(row))
                else:
                    rows.append(
                        {"kind": "reference", "indicator_id": row.indicator_id, "level": row.level, "text": row.text}
                    )
            fas.append(
                {
                    "id": fa.id,
                    "title": fa.title,
                    "summary": fa.summary,
                    "heading": fa.heading,
                    "description": fa.description,
                    "act": list(fa.act),
                    "lead": list(fa.lead),
                    "cooperate": list(fa.cooperate),
                    "rows": rows,
                    "tags": list(fa.tags),
                }
            )
        themes.append({"id": th.id, "title": th.title, "summary": th.summary, "focus_areas": fas})
    prog: dict[str, Any] = {
        "title": p.title,
        "year": p.year,
        "area": p.area,
        "municipalities": list(p.municipalities),
        "lead_municipality": p.lead_municipality,
        "author": p.author,
        "contact": p.contact,
        "motto": p.motto,
        "language": p.language,
        "status": p.status.value,
        "decisions": [{"body": d.body, "date": d.date, "section": d.section} for d in p.decisions],
        "levels": [{"code": lv.code, "name": lv.name} for lv in p.levels],
        "services_title": p.services_title,
        "services_subtitle": p.services_subtitle,
        "services": [{"title": c.title, "items": list(c.items)} for c in p.services],
        "themes_title": p.themes_title,
        "themes_subtitle": p.themes_subtitle,
        "themes": themes,
        "spearheads": [{"id": t.id, "name": t.name, "description": t.description} for t in p.spearheads],
        "target_groups": [{"id": t.id, "name": t.name, "description": t.description} for t in p.target_groups],
        "actual_imports": [
            {
                "id": imp.id,
                "source_file": imp.source_file,
                "sheet": imp.sheet,
                "imported_at": imp.imported_at,
                "values": [
                    {
                        "indicator_id": v.indicator_id,
                        "period": v.period,
                        "value": v.value,
                        "text": v.text,
                        "municipality": v.municipality,
                    }
                    for v in imp.values
                ],
            }
            for imp in p.actual_imports
        ],
        "source_mappings": {k: dict(v) for k, v in p.source_mappings.items()},
        "follow_up": {
            "maintain_tolerance": p.follow_up.maintain_tolerance,
            "on_track": p.follow_up.on_track,
            "at_risk": p.follow_up.at_risk,
        },
    }
    if p.sections:
        prog["sections"] = _sections_to_list(p)
    if p.impact_chains:
        prog["impact_chains"] = _chains_to_list(p)
    # Version 3, optional: the yearly cycle (planner.versions); written only when set.
    if p.version_name:
        prog["version_name"] = p.version_name
    if p.rolled_over_from:
        prog["rolled_over_from"] = p.rolled_over_from
    if p.versions:
        prog["versions"] = [
            {"name": v.name, "created": v.created, "status": v.status.value, "note": v.note, "programme": v.data}
            for v in p.versions
        ]
    if not p.economics.is_empty():
        from planner.followup.economics_model import economics_to_dict

        prog["economics"] = economics_to_dict(p.economics)
    return {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "programme": prog}


def dumps(p: Programme) -> str:
    """The programme file's text. Raises :class:`SaveError` on a value that cannot be saved."""
    return dump_json(programme_to_dict(p))


def verify_written(load: Callable[[Path], Any], to_dict: Callable[[Any], dict[str, Any]],
                   text: str, data: dict[str, Any] | None = None) -> Callable[[Path], None]:
    """A check for :func:`atomic_write`: the written file loads and holds exactly ``text``'s document.

    ``data`` is the dict ``text`` was made from (saves parsing ``text`` again); it is used
    only when writing changed nothing in it (no lone surrogate was replaced).
    """
    expected = data if data is not None and "\ufffd" not in text else json.loads(text)

    def verify(written: Path) -> None:
        try:
            back = to_dict(load(written))
        except FileFormatError as exc:
            raise SaveError(f"tallennettu tiedosto ei latautunut takaisin ({exc.message}); vanha tiedosto "
                            "säilytettiin", exc.path) from None
        if back != expected:
            raise SaveError("tallennettu tiedosto ei vastannut ohjelmaa, kun se luettiin takaisin; vanha tiedosto "
                            "säilytettiin")

    return verify


def save_programme(p: Programme, path: str | Path) -> None:
    """Save atomically; the file that was there is kept as ``PATH.bak``.

    The new file is read back with the loader before it replaces the old one, so a
    file that would not open again is never put in place (:class:`SaveError`).
    """
    data = programme_to_dict(p)
    text = dump_json(data)
    atomic_write(Path(path), text.encode("utf-8"), backup=True,
                 verify=verify_written(load_programme, programme_to_dict, text, data))


# -- reading ----------------------------------------------------------------


class FieldReader:
    """Typed access to JSON data that raises with the field's path."""

    def __init__(self, data: Any, path: str) -> None:
        self.data = data
        self.path = path

    def fail(self, message: str, sub: str = "") -> FileFormatError:
        return FileFormatError(message, self.path + sub)

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(f"odotettiin objektia, löytyi {_kind(self.data)}")
        return self.data

    def field(self, key: str) -> FieldReader:
        return FieldReader(self.obj().get(key, MISSING), f"{self.path}.{key}" if self.path else key)

    def text(self, key: str, default: str = "") -> str:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return default
        return r.as_text()

    def as_text(self) -> str:
        """This value as text that can be saved again (valid Unicode)."""
        if not isinstance(self.data, str):
            raise self.fail(f"odotettiin tekstiä, löytyi {_kind(self.data)}")
        check_text(self.data, self.path)
        return self.data

    def flag(self, key: str, default: bool = False) -> bool:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return default
        if not isinstance(r.data, bool):
            raise r.fail(f"odotettiin totuusarvoa (true/false), löytyi {_kind(r.data)}")
        return r.data

    def opt_int(self, key: str, low: int | None = None, high: int | None = None) -> int | None:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return None
        if isinstance(r.data, bool) or not isinstance(r.data, int):
            raise r.fail(f"odotettiin kokonaislukua, löytyi {_kind(r.data)}")
        if (low is not None and r.data < low) or (high is not None and r.data > high):
            raise r.fail(f"arvo {r.data} ei ole sallitulla välillä {low}–{high}")
        return r.data

    def _finite(self, low: float | None, high: float | None) -> float:
        if isinstance(self.data, bool) or not isinstance(self.data, (int, float)):
            raise self.fail(f"odotettiin lukua, löytyi {_kind(self.data)}")
        try:
            x = float(self.data)
        except OverflowError:
            raise self.fail("luku on liian suuri") from None
        if not math.isfinite(x):
            raise self.fail("luku ei ole äärellinen (NaN tai ääretön)")
        if (low is not None and x < low) or (high is not None and x > high):
            raise self.fail(f"arvo {_short_number(x)} ei ole sallitulla välillä {_short_number(low)}–"
                            f"{_short_number(high)}")
        return x

    def number(self, key: str, default: float, low: float | None = None, high: float | None = None) -> float:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return default
        return r._finite(low, high)

    def opt_number(self, key: str) -> float | None:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return None
        return r._finite(None, None)

    def items(self, key: str, limit: int | None = None) -> list[FieldReader]:
        limit = MAX_LIST_ITEMS if limit is None else limit
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return []
        if not isinstance(r.data, list):
            raise r.fail(f"odotettiin listaa, löytyi {_kind(r.data)}")
        if len(r.data) > limit:
            raise r.fail(f"listassa on liikaa kohtia ({len(r.data)}; enintään {limit})")
        return [FieldReader(item, f"{r.path}[{i}]") for i, item in enumerate(r.data)]

    def texts(self, key: str) -> list[str]:
        return [item.as_text() for item in self.items(key)]

    def choice(self, key: str, enum: type[Enum], default: Any) -> Any:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return default
        if not isinstance(r.data, str):
            raise r.fail(f"odotettiin tekstiä, löytyi {_kind(r.data)}")
        try:
            return enum(r.data)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise r.fail(f"tuntematon arvo {r.data!r}; sallitut: {allowed}") from None


MISSING = object()


def check_text(value: str, path: str) -> None:
    """Refuse text that cannot be saved again as UTF-8 (a lone surrogate from a ``\\ud800`` escape)."""
    if value.isascii():
        return
    try:
        value.encode("utf-8")
        return
    except UnicodeEncodeError:
        pass
    bad = _SURROGATE.search(value)
    if bad:
        pos = bad.start()
        raise FileFormatError(f"tekstissä on virheellinen merkki (yksinäinen UTF-16-sijaismerkki, kohta {pos + 1}); "
                              "tiedosto on vioittunut tai tehty muulla ohjelmalla", path, code="bad_text")


def _short_number(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(x)


def _kind(value: Any) -> str:
    if value is MISSING:
        return "ei mitään (kenttä puuttuu)"
    return {
        dict: "objekti",
        list: "lista",
        str: "teksti",
        bool: "totuusarvo",
        int: "luku",
        float: "luku",
        type(None): "tyhjä (null)",
    }.get(type(value), type(value).__name__)


def _tag(r: FieldReader) -> Tag:
    return Tag(id=r.text("id") or Tag().id, name=r.text("name"), description=r.text("description"))


def _indicator(r: FieldReader) -> Indicator:
    values: dict[str, Any] = {}
    for f in STORED:
        key = f.file_key
        if f.kind is Kind.ID:
            values[f.name] = r.text(key) or Indicator().id
        elif f.kind is Kind.TEXT:
            values[f.name] = r.text(key)
        elif f.kind is Kind.CHOICE:
            assert f.enum is not None
            choice = r.choice(key, f.enum, f.default)
            values[f.name] = choice.value if f.store_value else choice
        elif f.kind is Kind.DATE:
            values[f.name] = _iso_date(r, key)
        elif f.kind is Kind.TEXT_LIST:
            values[f.name] = r.texts(key)
        elif f.kind is Kind.FLAG:
            values[f.name] = r.flag(key)
    return Indicator(**values)


def _iso_date(r: FieldReader, key: str) -> str:
    """An optional ISO date (YYYY-MM-DD); anything else is refused with the field's path."""
    from datetime import date

    text = r.text(key)
    if text:
        try:
            date.fromisoformat(text)
        except ValueError:
            raise r.field(key).fail(f"päivämäärä {text!r} ei ole muotoa VVVV-KK-PP") from None
    return text


def _section(r: FieldReader) -> Section:
    level = r.opt_int("level") or 1
    if level not in (1, 2):
        raise r.field("level").fail(f"otsikkotaso {level} ei ole sallittu; sallitut: 1, 2")
    return Section(id=r.text("id") or Section().id, heading=r.text("heading"), body=r.text("body"),
                   placement=r.choice("placement", SectionPlacement, SectionPlacement.BEFORE), level=level)


def _chain(r: FieldReader) -> ImpactChain:
    links = [
        ChainLink(id=lk.text("id") or ChainLink().id, stage=lk.choice("stage", ChainStage, ChainStage.NEEDS),
                  title=lk.text("title"), text=lk.text("text"), focus_area_ids=lk.texts("focus_area_ids"),
                  tag_ids=lk.texts("tag_ids"), indicator_ids=lk.texts("indicator_ids"))
        for lk in r.items("links")
    ]
    return ImpactChain(id=r.text("id") or ImpactChain().id, title=r.text("title"),
                       focus_area_id=r.text("focus_area_id"), description=r.text("description"), links=links)


def _versions(r: FieldReader) -> list[ProgrammeVersion]:
    """Frozen versions inside the file; each is validated as a programme so a damaged one is caught on load."""
    out = []
    for v in r.items("versions"):
        snap = v.field("programme")
        data = snap.obj()
        try:
            programme_from_dict({"programme": data})
        except FileFormatError as exc:
            exc.path = exc.path.replace("programme", snap.path, 1)
            raise
        out.append(ProgrammeVersion(name=v.text("name"), created=v.text("created"),
                                    status=v.choice("status", Status, Status.DRAFT), note=v.text("note"),
                                    data=data))
    return out


def _focus_area(r: FieldReader) -> FocusArea:
    rows: list[Indicator | IndicatorReference] = []
    for row in r.items("rows"):
        kind = row.text("kind", "indicator")
        if kind == "indicator":
            rows.append(_indicator(row))
        elif kind == "reference":
            rows.append(
                IndicatorReference(indicator_id=row.text("indicator_id"), level=row.text("level"), text=row.text("text"))
            )
        else:
            raise row.field("kind").fail(f"tuntematon rivityyppi {kind!r}; sallitut: indicator, reference")
    return FocusArea(
        id=r.text("id") or FocusArea().id,
        title=r.text("title"),
        summary=r.text("summary"),
        heading=r.text("heading"),
        description=r.text("description"),
        act=r.texts("act"),
        lead=r.texts("lead"),
        cooperate=r.texts("cooperate"),
        rows=rows,
        tags=r.texts("tags"),
    )


def programme_from_dict(data: Any) -> Programme:
    """Validate and build a programme from file data of the current schema version."""
    root = FieldReader(data, "")
    root.obj()
    r = root.field("programme")
    r.obj()
    levels = [Level(code=lv.text("code"), name=lv.text("name")) for lv in r.items("levels")]
    fu = r.field("follow_up")
    follow_up = FollowUpSettings()
    if fu.data is not MISSING and fu.data is not None:
        follow_up = FollowUpSettings(
            maintain_tolerance=fu.number("maintain_tolerance", follow_up.maintain_tolerance, 0.0, THRESHOLD_MAX),
            on_track=fu.number("on_track", follow_up.on_track, 0.0, THRESHOLD_MAX),
            at_risk=fu.number("at_risk", follow_up.at_risk, 0.0, THRESHOLD_MAX),
        )
    mappings: dict[str, dict[str, str]] = {}
    sm = r.field("source_mappings")
    if sm.data is not MISSING and sm.data is not None:
        for key, value in sm.obj().items():
            check_text(key, f"{sm.path}.{key!r}")
            inner = FieldReader(value, f"{sm.path}.{key}").obj()
            for row_text, ind_id in inner.items():
                check_text(row_text, f"{sm.path}.{key}.{row_text!r}")
                FieldReader(ind_id, f"{sm.path}.{key}.{row_text}").as_text()
            mappings[str(key)] = dict(inner)
    imports = []
    for imp in r.items("actual_imports"):
        values = [
            ActualValue(
                indicator_id=v.text("indicator_id"),
                period=v.text("period"),
                value=v.opt_number("value"),
                text=v.text("text"),
                municipality=v.text("municipality"),
            )
            for v in imp.items("values", MAX_VALUES)
        ]
        imports.append(
            ActualsImport(
                id=imp.text("id") or ActualsImport().id,
                source_file=imp.text("source_file"),
                sheet=imp.text("sheet"),
                imported_at=imp.text("imported_at"),
                values=values,
            )
        )
    from planner.followup.economics_model import economics_from_reader

    economics = economics_from_reader(r.field("economics"))
    return Programme(
        title=r.text("title"),
        year=r.opt_int("year", YEAR_MIN, YEAR_MAX),
        area=r.text("area"),
        municipalities=r.texts("municipalities"),
        lead_municipality=r.text("lead_municipality"),
        author=r.text("author"),
        contact=r.text("contact"),
        motto=r.text("motto"),
        language=r.text("language", "fi") or "fi",
        status=r.choice("status", Status, Status.DRAFT),
        decisions=[
            ApprovalDecision(body=d.text("body"), date=d.text("date"), section=d.text("section"))
            for d in r.items("decisions")
        ],
        levels=levels if r.field("levels").data not in (MISSING, None) else Programme().levels,
        services_title=r.text("services_title"),
        services_subtitle=r.text("services_subtitle"),
        services=[ServiceCategory(title=c.text("title"), items=c.texts("items")) for c in r.items("services")],
        themes_title=r.text("themes_title"),
        themes_subtitle=r.text("themes_subtitle"),
        themes=[
            Theme(
                id=t.text("id") or Theme().id,
                title=t.text("title"),
                summary=t.text("summary"),
                focus_areas=[_focus_area(fa) for fa in t.items("focus_areas")],
            )
            for t in r.items("themes")
        ],
        spearheads=[_tag(t) for t in r.items("spearheads")],
        target_groups=[_tag(t) for t in r.items("target_groups")],
        sections=[_section(sec) for sec in r.items("sections")],
        impact_chains=[_chain(ch) for ch in r.items("impact_chains")],
        actual_imports=imports,
        source_mappings=mappings,
        follow_up=follow_up,
        version_name=r.text("version_name"),
        rolled_over_from=r.text("rolled_over_from"),
        versions=_versions(r),
        economics=economics,
    )


# -- migrations ---------------------------------------------------------------


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept indicators and cross-references in two lists; join them into rows.

    Every list and object on the way is checked: a version-1 file of the wrong shape is
    refused with the field named (never a TypeError).
    """
    prog = FieldReader(data, "").field("programme")
    prog.obj()
    for theme in prog.items("themes"):
        for fa in theme.items("focus_areas"):
            fa_dict = fa.obj()
            if "rows" in fa_dict:
                continue
            rows = [dict(i.obj(), kind="indicator") for i in fa.items("indicators")]
            rows += [dict(x.obj(), kind="reference") for x in fa.items("references")]
            fa_dict.pop("indicators", None)
            fa_dict.pop("references", None)
            fa_dict["rows"] = rows
    prog.data.setdefault("actual_imports", [])
    prog.data.setdefault("source_mappings", {})
    data["schema_version"] = 2
    return data


def _migrate_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds optional parts; a version-2 file has none of them and keeps its meaning.

    Each part of version 3 is optional in the file (absent = its default), so a
    version-2 programme reads as the same programme. Parts that need a value derived
    from version-2 content set it here.
    """
    data["schema_version"] = 3
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1_to_2, 2: _migrate_2_to_3}


def migrate(data: dict[str, Any], kind: str = FORMAT_NAME, current: int = SCHEMA_VERSION,
            migrations: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] | None = None) -> dict[str, Any]:
    """Check format name and version of any file of the JSON family, and migrate it."""
    migrations = MIGRATIONS if migrations is None else migrations
    fmt = data.get("format")
    if fmt != kind:
        found = repr(fmt)[:60]
        raise FileFormatError(f"tiedosto ei ole oikeaa tyyppiä: odotettiin {kind!r}, löytyi {found}", "format",
                              code="wrong_kind", params={"expected": kind, "found": str(fmt)[:60]})
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FileFormatError(f"tiedoston versio puuttuu tai on virheellinen: {version!r}", "schema_version")
    if version > current:
        raise FileFormatError(
            f"tiedosto on tehty uudemmalla ohjelmaversiolla (tiedostomuoto {version}, tämä versio tukee "
            f"enintään muotoa {current}); päivitä sovellus avataksesi sen",
            "schema_version", code="newer_version", params={"version": str(version), "supported": str(current)},
        )
    while version < current:
        if version not in migrations:
            raise FileFormatError(f"tiedostomuotoa {version} ei voi enää lukea", "schema_version")
        data = migrations[version](data)
        version = data["schema_version"]
    return data


def _gate_error(exc: loading_gate.LoadLimitError) -> FileFormatError:
    return FileFormatError(exc.message, file=exc.file, code=exc.code, params=exc.params)


class _HugeInt:
    """Stands in for an integer with too many digits until the tree check names its field."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(text: str) -> int | _HugeInt:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        return _HugeInt(digits)  # int() of 4,300+ digits would raise; more than 18 is no data of ours
    return int(text)


def _bad_number(message: str, path: str) -> FileFormatError:
    return FileFormatError(f"kelvoton luku: {message}", path or "(juuri)", code="bad_number",
                           params={"detail": message})


def check_tree(data: Any) -> None:
    """Every text (keys too) must be valid Unicode and every number finite; checked without recursion."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            check_text(value, path)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise _bad_number("NaN tai ääretön ei kelpaa", path)
        elif isinstance(value, _HugeInt):
            raise _bad_number(f"kokonaisluku on liian suuri ({value.digits} numeroa)", path)
        elif isinstance(value, dict):
            for k, v in value.items():
                check_text(k, path or "(juuri)")
                stack.append((v, f"{path}.{k}" if path else k))
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))


_MAYBE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_json_text(text: str, file: str = "") -> dict[str, Any]:
    """Strict JSON of our family: no NaN/Infinity, no huge integers, valid Unicode, an object at the root."""
    if not text.strip():
        raise FileFormatError("tiedosto on tyhjä", file=file, code="empty")
    odd: list[bool] = []  # set by the hooks when a number needs the walk that names its field

    def parse_int(token: str) -> int | _HugeInt:
        got = _parse_int(token)
        if isinstance(got, _HugeInt):
            odd.append(True)
        return got

    def parse_float(token: str) -> float:
        x = float(token)
        if not math.isfinite(x):
            odd.append(True)
        return x

    def parse_constant(token: str) -> float:
        odd.append(True)
        return float(token.replace("Infinity", "inf"))

    try:
        data = json.loads(text, parse_int=parse_int, parse_float=parse_float, parse_constant=parse_constant)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"tiedosto ei ole kelvollista JSONia tai se on katkennut (rivi {exc.lineno}, sarake {exc.colno}: "
            f"{exc.msg})",
            file=file, code="not_json", params={"line": str(exc.lineno), "column": str(exc.colno)},
        ) from None
    except (RecursionError, MemoryError):
        raise FileFormatError("tiedoston rakenne on liian syvä tai suuri", file=file) from None
    except ValueError as exc:  # anything else the decoder refuses
        raise FileFormatError(f"tiedosto ei ole kelvollista JSONia ({exc})", file=file) from None
    if not isinstance(data, dict):
        raise FileFormatError("tiedoston juuri ei ole JSON-objekti", file=file)
    if not odd and not (("\\ud" in text or "\\uD" in text) and _MAYBE_SURROGATE.search(text)):
        # Text decoded from UTF-8 holds lone surrogates only through \\uD8xx escapes, and the
        # hooks saw no NaN, Infinity, overflowing or huge number: the walk that names the bad
        # field is not needed.
        return data
    try:
        check_tree(data)
    except FileFormatError as exc:
        exc.file = file
        exc.args = (exc.one_line(),)
        raise
    return data


def read_json_file(path: str | Path, kind: str = loading_gate.PROGRAMME) -> dict[str, Any]:
    """Read a JSON file of our family with clear errors; never writes anything.

    The file passes the loading gate first (regular file, size limit of ``kind``).
    """
    p = Path(path)
    try:
        raw = loading_gate.read_limited(p, kind)
    except loading_gate.LoadLimitError as exc:
        raise _gate_error(exc) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(f"tiedosto ei ole UTF-8-tekstiä (tavu {exc.start})", file=str(p),
                              code="not_utf8", params={"byte": str(exc.start)}) from None
    return parse_json_text(text, str(p))


def _build(data: dict[str, Any]) -> Programme:
    try:
        return programme_from_dict(migrate(data))
    except RecursionError:  # versions nested inside versions, hundreds deep
        raise FileFormatError("tiedoston rakenne on liian syvä (sisäkkäisiä versioita)") from None


def loads(text: str) -> Programme:
    """A programme from file text (a recovery copy, say); raises :class:`FileFormatError` only."""
    return _build(parse_json_text(text))


def load_programme(path: str | Path) -> Programme:
    """Load and validate a programme file. Raises :class:`FileFormatError`; never writes."""
    data = read_json_file(path)
    try:
        return _build(data)
    except FileFormatError as exc:
        exc.file = str(path)
        exc.args = (exc.one_line(),)
        raise
