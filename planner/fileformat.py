"""The programme file: one self-contained UTF-8 JSON document with a schema version.

Loading validates every field and raises
:class:`planner.storage.json_file.FileFormatError` carrying the path of the bad field
(``programme.themes[0].focus_areas[2].rows[1].baseline``). A file from a newer version
is refused; older versions are migrated step by step (:data:`MIGRATIONS`). Saving is
atomic, so a crash leaves either the old or the new file, and the previous version is
kept beside it as ``NAME.bak``.

This module holds only what is the programme's: its keys, limits, migrations and the
economics part. Reading and writing JSON of the file family (strict parsing, field
paths, migration steps, atomic saving with read-back) is :mod:`planner.storage.json_file`.

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

from pathlib import Path
from typing import Any

from planner.economics_model import CostItem, Economics, Scenario, SubsidyBand, SubsidyFigure, default_bands
from planner.ids import new_id
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
from planner.storage.json_file import (
    MISSING,
    FieldReader,
    FileFormatError,
    Migration,
    check_text,
    dump_json,
    load_document,
    migrate,
    parse_json_text,
    save_document,
)

FORMAT_NAME = "tyollisyysohjelma"
SCHEMA_VERSION = 3
# New programmes are saved as NAME.tyohjelma: one extension Windows can associate
# with the app (a double extension such as .tyohjelma.json cannot be). The content
# is the same UTF-8 JSON; files named *.tyohjelma.json or *.json open as well.
FILE_SUFFIX = ".tyohjelma"
MAX_FILE_BYTES = loading_gate.LIMITS[loading_gate.PROGRAMME].max_bytes
# Ranges every loaded value must fall in; a file outside them is refused with the field named.
YEAR_MIN, YEAR_MAX = 1900, 2200
THRESHOLD_MAX = 10.0  # follow-up thresholds are shares (0.9 = 90 %)
MAX_VALUES = 5_000_000  # imported actual values of one import


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
        prog["economics"] = _economics_to_dict(p.economics)
    return {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "programme": prog}


def dumps(p: Programme) -> str:
    """The programme file's text. Raises :class:`planner.storage.json_file.SaveError` on a value
    that cannot be saved."""
    return dump_json(programme_to_dict(p))


def save_programme(p: Programme, path: str | Path) -> None:
    """Save atomically; the file that was there is kept as ``PATH.bak``.

    The new file is read back with the loader before it replaces the old one, so a
    file that would not open again is never put in place
    (:class:`planner.storage.json_file.SaveError`).
    """
    save_document(path, programme_to_dict(p), load_programme, programme_to_dict)


# -- the economics part (version 3, optional; planner.economics_model) ---------------------


def _economics_to_dict(e: Economics) -> dict[str, Any]:
    return {
        "costs": [
            {"id": c.id, "name": c.name, "focus_area_id": c.focus_area_id, "budget": c.budget, "spent": c.spent,
             "spent_until": c.spent_until, "employed_indicator_id": c.employed_indicator_id, "note": c.note}
            for c in e.costs
        ],
        "daily_benefit": e.daily_benefit,
        "bands": [{"label": b.label, "min_days": b.min_days, "share": b.share} for b in e.bands],
        "subsidy": [
            {"period": s.period, "band": s.band, "persons": s.persons, "days": s.days, "euros": s.euros,
             "municipality": s.municipality}
            for s in e.subsidy
        ],
        "subsidy_source": e.subsidy_source,
        "municipality_shares": dict(e.municipality_shares),
        "scenarios": [
            {"id": s.id, "name": s.name, "indicator_id": s.indicator_id, "extra_per_month": s.extra_per_month,
             "days_avoided_per_person": s.days_avoided_per_person, "share": s.share, "note": s.note}
            for s in e.scenarios
        ],
    }


def _economics(r: FieldReader) -> Economics:
    """The ``economics`` part; absent or null: an empty one."""
    if r.data is MISSING or r.data is None:
        return Economics()
    r.obj()
    costs = [
        CostItem(id=c.text("id") or new_id("cost"), name=c.text("name"), focus_area_id=c.text("focus_area_id"),
                 budget=c.opt_number("budget"), spent=c.opt_number("spent"), spent_until=c.text("spent_until"),
                 employed_indicator_id=c.text("employed_indicator_id"), note=c.text("note"))
        for c in r.items("costs")
    ]
    bands_field = r.field("bands")
    bands = default_bands()
    if bands_field.data is not MISSING and bands_field.data is not None:
        bands = [SubsidyBand(b.text("label"), int(b.number("min_days", 0)), b.number("share", 0.0))
                 for b in r.items("bands")]
    subsidy = [
        SubsidyFigure(period=s.text("period"), band=s.text("band"), persons=s.opt_number("persons"),
                      days=s.opt_number("days"), euros=s.opt_number("euros"), municipality=s.text("municipality"))
        for s in r.items("subsidy")
    ]
    shares: dict[str, float] = {}
    ms = r.field("municipality_shares")
    if ms.data is not MISSING and ms.data is not None:
        for key in ms.obj():
            shares[str(key)] = ms.number(key, 0.0)
    scenarios = [
        Scenario(id=s.text("id") or new_id("scn"), name=s.text("name"), indicator_id=s.text("indicator_id"),
                 extra_per_month=s.number("extra_per_month", 0.0),
                 days_avoided_per_person=s.number("days_avoided_per_person", 0.0), share=s.opt_number("share"),
                 note=s.text("note"))
        for s in r.items("scenarios")
    ]
    return Economics(costs=costs, daily_benefit=r.number("daily_benefit", 37.21), bands=bands, subsidy=subsidy,
                     subsidy_source=r.text("subsidy_source"), municipality_shares=shares, scenarios=scenarios)


# -- reading ----------------------------------------------------------------


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
    economics = _economics(r.field("economics"))
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


MIGRATIONS: dict[int, Migration] = {1: _migrate_1_to_2, 2: _migrate_2_to_3}


def _build(data: dict[str, Any]) -> Programme:
    try:
        return programme_from_dict(migrate(data, FORMAT_NAME, SCHEMA_VERSION, MIGRATIONS))
    except RecursionError:  # versions nested inside versions, hundreds deep
        raise FileFormatError("tiedoston rakenne on liian syvä (sisäkkäisiä versioita)") from None


def loads(text: str) -> Programme:
    """A programme from file text (a recovery copy, say); raises :class:`FileFormatError` only."""
    return _build(parse_json_text(text))


def load_programme(path: str | Path) -> Programme:
    """Load and validate a programme file. Raises :class:`FileFormatError`; never writes."""
    return load_document(path, loading_gate.PROGRAMME, _build)
