"""Command line: ``planner export FILE --format pdf|docx|xlsx [--report programme|follow-up|…] [--lang sv] -o OUT``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from planner.fileformat import load_programme
from planner.storage.json_file import FileFormatError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="vie ohjelma tai seurantaraportti PDF-, Word- tai Excel-tiedostoksi",
        description="Vie ohjelma (programme), seurantaraportti (follow-up) tai mittaristo (catalogue) PDF-, "
                    "Word- (docx) tai Excel-muotoon (xlsx: mittarirekisteri).",
    )
    p.add_argument("file", metavar="FILE", help="ohjelmatiedosto (.json)")
    p.add_argument("--format", "-f", dest="fmt", choices=["pdf", "docx", "xlsx"], help="tiedostomuoto")
    p.add_argument("--report", "-r",
                   choices=["programme", "follow-up", "catalogue", "municipality-cards", "outlook", "costs"],
                   default="programme",
                   help="raportti: programme (ohjelma, oletus), follow-up (seurantaraportti), catalogue "
                        "(mittaristo: tietolähteet, päivitystiheys, vastuutahot), municipality-cards "
                        "(kuntakortit), outlook (ennuste vuoden loppuun ja skenaariot) tai costs (kustannukset ja "
                        "vaikutukset)")
    p.add_argument("--municipality", "-m", metavar="KUNTA",
                   help="kuntakorteista vain tämän kunnan kortti (oletus: kaikki kunnat)")
    p.add_argument("--actuals", metavar="PATH",
                   help="tuo toteumat tästä tiedostosta ennen vientiä (ohjelmatiedostoa ei muuteta)")
    p.add_argument("-o", "--output", dest="out", metavar="OUT", required=True, help="kohdetiedosto")
    p.add_argument("--as-of", dest="as_of", metavar="PVM",
                   help="seurannan tilannepäivä, esim. 30.6.2026 tai 2026-06-30 (oletus: tänään)")
    p.add_argument("--logo", metavar="KUVA", help="kansilehden logo (PNG tai JPG)")
    p.add_argument("--lang", choices=["fi", "sv", "en"],
                   help="raportin kieli: fi, sv tai en (oletus: ohjelman kieli; ohjelmatiedostoa ei muuteta)")
    p.set_defaults(func=cmd_export)


def parse_date(text: str) -> date | None:
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.split(".")
    if len(parts) == 3 and all(x.isdigit() for x in parts):
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            return None
    return None


def cmd_export(args: argparse.Namespace) -> int:
    from planner.reports.export import ExportError, export

    out = Path(args.out)
    fmt = args.fmt or out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "docx", "xlsx"):
        print(f"Virhe: tiedostomuoto puuttuu: anna --format pdf, docx tai xlsx (tai kohdetiedoston pääte): {out}",
              file=sys.stderr)
        return 2
    as_of = None
    if args.as_of:
        as_of = parse_date(args.as_of)
        if as_of is None:
            print(f"Virhe: päivämäärää {args.as_of!r} ei voi lukea: kirjoita muodossa 30.6.2026.", file=sys.stderr)
            return 2
    if args.logo and not Path(args.logo).is_file():
        print(f"Virhe: logotiedostoa ei löydy: {args.logo}", file=sys.stderr)
        return 2
    try:
        programme = load_programme(args.file)
    except FileFormatError as exc:
        print(f"Virhe: {exc.one_line()}", file=sys.stderr)
        return 2
    if args.actuals:
        from planner.cli.actuals import run_compare
        from planner.followup.actuals.errors import ActualsError

        try:
            run_compare(programme, args.actuals, None, as_of)
        except ActualsError as exc:
            if exc.path is None:
                exc.path = str(args.actuals)
            print(f"Virhe: {exc.one_line()}", file=sys.stderr)
            return 2
    if args.lang:
        programme.language = args.lang  # this export only: the file is not saved
    if args.municipality and args.report != "municipality-cards":
        print("Virhe: --municipality käy vain raporttiin municipality-cards.", file=sys.stderr)
        return 2
    try:
        path = export(programme, fmt, args.report, out, as_of=as_of, logo=args.logo, municipality=args.municipality)
    except ExportError as exc:
        print(f"Virhe: {exc}", file=sys.stderr)
        return 2
    name = {"programme": "Ohjelma", "follow-up": "Seurantaraportti", "catalogue": "Mittaristo",
            "municipality-cards": "Kuntakortit", "outlook": "Ennuste", "costs": "Kustannukset ja vaikutukset"
            }[args.report]
    if fmt == "xlsx" and args.report != "catalogue":
        name = "Mittarirekisteri"
    print(f"{name} viety: {path}")
    return 0
