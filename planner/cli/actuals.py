"""Command line: ``planner compare``, ``planner import-actuals`` and ``planner actuals-template``."""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from pathlib import Path

from planner.fileformat import load_programme
from planner.followup.actuals.combine import BuiltImport
from planner.followup.actuals.errors import ActualsError, column_letter
from planner.followup.actuals.history import apply_import
from planner.followup.actuals.importer import ImportPlan, prepare_import
from planner.followup.actuals.matching import MATCH_HOW_FI
from planner.followup.actuals.template import TEMPLATE_LAYOUTS, write_template  # noqa: F401 - the core writes it
from planner.followup.progress import STATUS_LABEL_FI, STATUS_SYMBOL, IndicatorResult, compare_programme, status_counts
from planner.messages import msg
from planner.model import Programme
from planner.storage.json_file import FileFormatError
from planner.values import format_number
from planner.wording_fi import word


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compare",
        help="lue toteumat Excel- tai CSV-tiedostosta ja vertaa tavoitteisiin (ei tallenna)",
    )
    _add_import_options(p)
    p.add_argument("--json", action="store_true", help="tulosta yksi JSON-olio")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser(
        "import-actuals",
        help="tuo toteumat Excel- tai CSV-tiedostosta ohjelmatiedostoon (edellinen versio jää .bak-tiedostoksi)",
    )
    _add_import_options(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("actuals-template", help="kirjoita toteumien syöttöpohja (.xlsx) ohjelman mittareista")
    p.add_argument("file", metavar="FILE", help="ohjelmatiedosto (.json)")
    p.add_argument("-o", "--out", required=True, metavar="OUT.xlsx", help="kohdetiedosto")
    p.add_argument("--layout", choices=list(TEMPLATE_LAYOUTS), default="indicators",
                   help="indicators: rivi per mittari (oletus); municipalities-wide: rivi per mittari ja kunta, "
                        "kuukaudet sarakkeina; municipalities-long: rivi per mittari, kunta ja kuukausi")
    p.set_defaults(func=cmd_template)


def _add_import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="ohjelmatiedosto (.json)")
    p.add_argument("--actuals", required=True, metavar="PATH", help="toteumat (.xlsx, .xlsm, .xls, .ods, .csv)")
    p.add_argument("--sheet", metavar="NAME", help="välilehti (oletus: tunnistetaan)")
    p.add_argument("--as-of", metavar="PVM", help="raportointipäivä, esim. 30.6.2026 (oletus: tänään)")
    p.add_argument(
        "--select", action="append", default=[], metavar="SARAKE=ARVO",
        help="käytettävä luokka sarakkeesta, jossa on useita (esim. --select Sukupuoli=Yhteensä); voi toistaa",
    )


def _parse_date(text: str) -> date:
    text = text.strip()
    try:
        if "." in text:
            d, m, y = (int(x) for x in text.split("."))
            return date(y, m, d)
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"päivämäärä \u201d{text}\u201d ei kelpaa (käytä muotoa 30.6.2026)") from exc


def _parse_selections(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise ValueError(f"valinta \u201d{item}\u201d ei ole muotoa SARAKE=ARVO (esim. Sukupuoli=Yhteensä)")
        col, value = item.split("=", 1)
        out[col.strip()] = value.strip()
    return out


def _refusal(plan: ImportPlan, built: BuiltImport) -> ActualsError | None:
    """The one-line refusal when a category is open or two values conflict; None when the import can go on."""
    if built.questions:
        q = built.questions[0]
        example = next((v for v in q.values if v), "ARVO")
        return ActualsError.of(
            q.question_message(others=len(built.questions) - 1), plan.path, plan.sheet.name,
            hint=f'Valitse arvo: --select "{q.header or column_letter(q.column)}={example}".',
        )
    if built.conflicts:
        return ActualsError.of(
            built.conflicts[0].describe_message(total=len(built.conflicts)), plan.path, plan.sheet.name,
            hint="Korjaa tiedosto tai valitse käytettävä arvo ohjatussa tuonnissa (Seuranta > Tuo toteumat Excelistä).",
        )
    return None


def run_import(
    programme: Programme, path: str | Path, sheet: str | None = None, as_of: date | None = None,
    selections: dict[str, str] | None = None,
) -> tuple[ImportPlan, BuiltImport]:
    """Read and match ``path``; raise :class:`ActualsError` on any refusal. The programme is not changed."""
    plan = prepare_import(programme, path, sheet, selections=selections)
    built = plan.build(as_of=as_of)
    for m in plan.needs_review():
        cand = m.candidates[0] if m.candidates else None
        if cand is not None:
            built.warnings.append(msg("unconfirmed_match", key=m.key, candidate=cand.name,
                                      score=format_number(round(cand.score))))
    refusal = _refusal(plan, built)
    if refusal is not None:
        raise refusal
    return plan, built


def run_compare(
    programme: Programme, path: str | Path, sheet: str | None = None, as_of: date | None = None,
    selections: dict[str, str] | None = None,
) -> tuple[ImportPlan, BuiltImport, list[IndicatorResult]]:
    """Import into the in-memory programme (nothing is saved) and compare.

    One pause of the cyclic collector over the whole step (see planner/followup/gcpause.py):
    storing and comparing 100,000 fresh values otherwise paid a full collection.
    """
    from planner.followup.gcpause import paused_gc

    with paused_gc():
        plan, built = run_import(programme, path, sheet, as_of, selections)
        apply_import(programme, built.imp, built.mappings)
        return plan, built, compare_programme(programme, as_of)


def _num(x: float | None) -> float | int | None:
    """A number for JSON output: never NaN or infinity (not JSON), None instead."""
    if x is None or not math.isfinite(x):
        return None
    return int(x) if float(x).is_integer() else round(float(x), 6)


def result_dict(r: IndicatorResult, matched_by: dict[str, str]) -> dict:
    ind = r.indicator
    return {
        "id": ind.id,
        "name": ind.name,
        "focus_area": r.focus_area.title,
        "level": ind.level,
        "unit": ind.effective_unit,
        "direction": ind.effective_direction.value,
        "aggregation": ind.aggregation.value,
        "baseline": _num(ind.baseline_value.number),
        "target": _num(ind.target_value.number),
        "actual": _num(r.actual),
        "period": r.period,
        "progress": _num(None if r.progress is None else round(r.progress, 4)),
        "status": r.status.value,
        "rule": r.rule,  # the row of docs/status-rules.md that decided the status
        "matched_by": matched_by.get(ind.id),
        "actual_text": r.actual_in("fi"),
        "expected_share": _num(None if r.expected_share is None else round(r.expected_share, 4)),
        "per_municipality": {k: _num(v) for k, v in r.per_municipality.items()},
        "coverage": r.coverage.as_dict() if r.coverage is not None else None,
        "note": r.note,
    }


def outlook_dict(o: object | None) -> dict | None:
    """The year-end outlook as JSON (planner.followup.outlook.Outlook), or None."""
    if o is None:
        return None
    return {"value": round(o.value, 4), "low": round(o.low, 4), "high": round(o.high, 4),  # type: ignore[attr-defined]
            "method": o.method.value, "status": o.status.value, "method_text": o.method_text}  # type: ignore[attr-defined]


def _load_and_options(args: argparse.Namespace) -> tuple[Programme, date, dict[str, str]] | int:
    try:
        programme = load_programme(args.file)
    except FileFormatError as exc:
        print(f"Virhe: {exc.one_line()}", file=sys.stderr)
        return 2
    try:
        as_of = _parse_date(args.as_of) if args.as_of else date.today()
        selections = _parse_selections(args.select)
    except ValueError as exc:
        print(f"Virhe: {exc}.", file=sys.stderr)
        return 2
    return programme, as_of, selections


def _fail(exc: ActualsError, path: str) -> int:
    if exc.path is None:
        exc.path = str(path)
    print(f"Virhe: {exc.one_line()}", file=sys.stderr)
    return 2


def cmd_compare(args: argparse.Namespace) -> int:
    loaded = _load_and_options(args)
    if isinstance(loaded, int):
        return loaded
    programme, as_of, selections = loaded
    try:
        plan, built, results = run_compare(programme, args.actuals, args.sheet, as_of, selections)
    except ActualsError as exc:
        return _fail(exc, args.actuals)
    matched_by = plan.matched_by()
    unmatched = plan.unmatched_rows()
    from planner.reports.municipal_parts import outlooks_for

    outlooks = outlooks_for(programme, results)
    if args.json:
        out = {
            "file": str(args.actuals),
            "sheet": plan.sheet.name,
            "as_of": as_of.isoformat(),
            "rows_used": built.rows_used,
            "values": len(built.imp.values),
            "indicators": [dict(result_dict(r, matched_by), outlook=outlook_dict(outlooks.get(r.indicator.id)))
                            for r in results],
            "unmatched": [u.as_dict() for u in unmatched],
            "warnings": [word(w) for w in built.warnings],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2, allow_nan=False))
        return 0
    print(f"{programme.title or '(nimetön ohjelma)'}: toteumat tiedostosta {Path(args.actuals).name}, "
          f"välilehti \u201d{plan.sheet.name}\u201d ({built.rows_used} riviä, {len(built.imp.values)} arvoa), "
          f"raportointipäivä {as_of.day}.{as_of.month}.{as_of.year}")
    _print_results(results, matched_by, outlooks)
    if unmatched:
        print("\nRivit, joita ei yhdistetty mittariin:")
        for u in unmatched:
            print(f"  välilehti {u.sheet}, rivi {u.row}: {u.text}" + (f" ({u.count} riviä)" if u.count > 1 else ""))
    for w in built.warnings:
        print(f"Huom: {word(w)}")
    return 0


def _print_results(results: list[IndicatorResult], matched_by: dict[str, str],
                   outlooks: dict[str, object] | None = None) -> None:
    from planner.reports.municipal_parts import outlook_text

    outlooks = outlooks or {}
    current = None
    for r in results:
        if r.focus_area.id != current:
            current = r.focus_area.id
            print(f"\n{r.focus_area.title}")
        ind = r.indicator
        prog = "" if r.progress is None else f", edistyminen {format_number(round(r.progress * 100))} %"
        how = matched_by.get(ind.id)
        how_text = f" [{MATCH_HOW_FI[how]}]" if how in MATCH_HOW_FI else ""  # type: ignore[index]
        print(f"  {STATUS_SYMBOL[r.status]} {STATUS_LABEL_FI[r.status]:<10} {ind.name}")
        print(f"      lähtö {ind.baseline or '–'} | tavoite {ind.target or '–'} | toteuma {r.actual_in('fi')}"
              f"{' (' + r.period + ')' if r.period else ''}{prog}{how_text}")
        if r.coverage is not None and r.coverage.source != "none":
            print(f"      kattavuus: {r.coverage.text()}")
        if r.note:
            print(f"      {r.note}")
        if ind.id in outlooks:
            print(f"      {outlook_text(outlooks[ind.id], 'fi')}")
        if r.per_municipality:
            print("      kunnittain: " + ", ".join(f"{m} {format_number(round(v, 2))}"
                                                  for m, v in r.per_municipality.items()))
    counts = status_counts(results)
    print("\nYhteensä: " + ", ".join(f"{STATUS_LABEL_FI[s]} {n}" for s, n in counts.items()))


def cmd_import(args: argparse.Namespace) -> int:
    """Import into the programme file: atomic save, the previous file kept as .bak; nothing written on refusal."""
    from planner.fileformat import save_programme
    from planner.storage.locking import foreign_lock

    loaded = _load_and_options(args)
    if isinstance(loaded, int):
        return loaded
    programme, as_of, selections = loaded
    lock = foreign_lock(args.file)
    if lock is not None:
        print(f"Virhe: tiedosto {Path(args.file).name} on auki käyttäjällä {lock.user} ({lock.host}); "
              "tuo toteumat, kun se on suljettu.", file=sys.stderr)
        return 2
    try:
        plan, built = run_import(programme, args.actuals, args.sheet, as_of, selections)
    except ActualsError as exc:
        return _fail(exc, args.actuals)
    if not built.imp.values:
        print(f"Virhe: tiedosto {Path(args.actuals).name}: yhtään arvoa ei voitu tuoda ohjelman mittareille; "
              "ohjelmaa ei muutettu.", file=sys.stderr)
        return 2
    undo = apply_import(programme, built.imp, built.mappings)
    try:
        save_programme(programme, args.file)
    except OSError as exc:
        print(f"Virhe: tiedostoa {args.file} ei voi tallentaa: {exc.strerror or exc}", file=sys.stderr)
        return 2
    n_ind = len({v.indicator_id for v in built.imp.values})
    print(f"Tuotu {len(built.imp.values)} arvoa {n_ind} mittarille ({built.rows_used} riviä) tiedostosta "
          f"{Path(args.actuals).name}, välilehti \u201d{plan.sheet.name}\u201d; tallennettu {args.file} "
          f"(edellinen versio {Path(args.file).name}.bak).")
    if undo.replaced:
        print(f"Aiemmista tuonneista korvattiin {undo.replaced} arvoa.")
    for u in plan.unmatched_rows():
        print(f"Ei tuotu: välilehti {u.sheet}, rivi {u.row}: {u.text}" + (f" ({u.count} riviä)" if u.count > 1 else ""))
    for w in built.warnings:
        print(f"Huom: {word(w)}")
    results = compare_programme(programme, as_of)
    counts = status_counts(results)
    print(f"Tilanne {as_of.day}.{as_of.month}.{as_of.year}: "
          + ", ".join(f"{STATUS_LABEL_FI[s]} {n}" for s, n in counts.items()))
    return 0


# -- template (written by planner.followup.actuals.template) ---------------------------------------


def cmd_template(args: argparse.Namespace) -> int:
    try:
        programme = load_programme(args.file)
    except FileFormatError as exc:
        print(f"Virhe: {exc.one_line()}", file=sys.stderr)
        return 2
    from planner.storage.export_target import ExportTargetError, check_target, describe_os_error

    try:
        check_target(args.out)  # a read-only file is reported, never replaced
        write_template(programme, args.out, args.layout)
    except ExportTargetError as exc:
        print(f"Virhe: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Virhe: {describe_os_error(Path(args.out), exc)}", file=sys.stderr)
        return 2
    n = sum(1 for _ in programme.indicators())
    if args.layout != "indicators":
        print(f"Toteumapohja kirjoitettu: {args.out} ({n} mittaria, {len(programme.municipalities)} kuntaa, "
              "12 kuukautta)")
        return 0
    print(f"Toteumapohja kirjoitettu: {args.out} ({n} mittaria, 12 kuukautta)")
    return 0
