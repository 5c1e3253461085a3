"""Command line for costs and effects: ``planner economics-import`` and ``planner scenario``.

Both change the programme file (saved atomically, the previous version kept as .bak);
nothing is saved when an input file has an error.
"""

from __future__ import annotations

import argparse
import sys

from planner.fileformat import load_programme, save_programme
from planner.followup.actuals.errors import ActualsError
from planner.storage.json_file import FileFormatError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("economics-import",
                       help="tuo kustannukset, työmarkkinatuen kuntaosuuden luvut tai kuntien osuudet ohjelmaan")
    p.add_argument("file", metavar="FILE", help="ohjelmatiedosto (tallennetaan)")
    p.add_argument("--costs", metavar="PATH", help="Kohde | Budjetti | Käytetty | Mittari (korvaa kustannukset)")
    p.add_argument("--subsidy", metavar="PATH",
                   help="Kausi | Kunta | Porras | Henkilöt | Päivät | Euroa (korvaa samojen kausien luvut)")
    p.add_argument("--shares", metavar="PATH", help="Kunta | Osuus: kuntien osuudet alueen tavoitteista")
    p.add_argument("--daily-benefit", metavar="EUROA", help="työmarkkinatuen päiväraha, esim. 37,21")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("scenario", help="lisää tai korvaa skenaario (mitä jos) ohjelmaan")
    p.add_argument("file", metavar="FILE", help="ohjelmatiedosto (tallennetaan)")
    p.add_argument("--name", required=True, help="skenaarion nimi (sama nimi korvaa)")
    p.add_argument("--indicator", required=True, metavar="TUNNUS", help="mittarin tunnus tai nimi, esim. M34")
    p.add_argument("--extra-per-month", required=True, metavar="LUKU",
                   help="muutos kuukaudessa jäljellä oleville kuukausille, esim. 5 tai -5")
    p.add_argument("--days-avoided", default="0", metavar="PV",
                   help="kuntaosuuden päivät, jotka kukin lisähenkilö välttää tänä vuonna")
    p.add_argument("--share", metavar="OSUUS", help="kuntaosuus, esim. 30 % tai 0,3 (oletus: tuoduista luvuista)")
    p.add_argument("--remove", action="store_true", help="poista skenaario nimeltä")
    p.set_defaults(func=cmd_scenario)


def _float(text: str, what: str) -> float:
    t = text.replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".")
    percent = t.endswith("%")
    try:
        x = float(t.rstrip("%"))
    except ValueError:
        raise ValueError(f"{what} \u201d{text}\u201d ei ole luku") from None
    return x / 100 if percent else x


def cmd_import(args: argparse.Namespace) -> int:
    from planner.followup.economics_import import read_costs, read_shares, read_subsidy

    if not (args.costs or args.subsidy or args.shares or args.daily_benefit):
        print("Virhe: anna vähintään yksi: --costs, --subsidy, --shares tai --daily-benefit.", file=sys.stderr)
        return 2
    try:
        programme = load_programme(args.file)
    except FileFormatError as exc:
        print(f"Virhe: {exc.one_line()}", file=sys.stderr)
        return 2
    e = programme.economics
    done = []
    try:
        if args.daily_benefit:
            e.daily_benefit = _float(args.daily_benefit, "päiväraha")
            done.append(f"päiväraha {args.daily_benefit} €")
        costs = read_costs(args.costs, programme) if args.costs else None
        subsidy = read_subsidy(args.subsidy, e, programme.municipalities) if args.subsidy else None
        shares = read_shares(args.shares, programme) if args.shares else None
    except ActualsError as exc:
        print(f"Virhe: {exc.one_line()}", file=sys.stderr)
        return 2
    except (ValueError, OSError) as exc:
        print(f"Virhe: {exc}", file=sys.stderr)
        return 2
    from pathlib import Path

    if costs is not None:
        e.costs = costs
        done.append(f"{len(costs)} kustannuskohdetta")
    if subsidy is not None:
        from planner.economics_model import replace_subsidy

        replace_subsidy(e, subsidy)
        e.subsidy_source = Path(args.subsidy).name
        done.append(f"{len(subsidy)} kuntaosuuden riviä")
    if shares is not None:
        e.municipality_shares = shares
        done.append(f"{len(shares)} kunnan osuus")
    try:
        save_programme(programme, args.file)
    except OSError as exc:
        print(f"Virhe: tiedostoa {args.file} ei voi tallentaa: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print("Tallennettu: " + ", ".join(done))
    return 0


def cmd_scenario(args: argparse.Namespace) -> int:
    from planner.economics_model import Scenario

    try:
        programme = load_programme(args.file)
    except FileFormatError as exc:
        print(f"Virhe: {exc.one_line()}", file=sys.stderr)
        return 2
    e = programme.economics
    if args.remove:
        before = len(e.scenarios)
        e.scenarios = [s for s in e.scenarios if s.name != args.name]
        if len(e.scenarios) == before:
            print(f"Virhe: skenaariota \u201d{args.name}\u201d ei ole.", file=sys.stderr)
            return 2
    else:
        want = args.indicator.strip().lower()
        found = next((ind for _t, _fa, ind in programme.indicators()
                      if ind.id.lower() == want or ind.name.lower() == want), None)
        if found is None:
            print(f"Virhe: mittaria \u201d{args.indicator}\u201d ei ole ohjelmassa (anna tunnus, esim. M34).",
                  file=sys.stderr)
            return 2
        try:
            sc = Scenario(name=args.name, indicator_id=found.id,
                          extra_per_month=_float(args.extra_per_month, "muutos kuukaudessa"),
                          days_avoided_per_person=_float(args.days_avoided, "vältetyt päivät"),
                          share=_float(args.share, "kuntaosuus") if args.share else None)
        except ValueError as exc:
            print(f"Virhe: {exc}", file=sys.stderr)
            return 2
        if sc.share is not None and sc.share > 1:
            sc.share /= 100
        old = next((i for i, s in enumerate(e.scenarios) if s.name == args.name), None)
        if old is None:
            e.scenarios.append(sc)
        else:
            sc.id = e.scenarios[old].id
            e.scenarios[old] = sc
    try:
        save_programme(programme, args.file)
    except OSError as exc:
        print(f"Virhe: tiedostoa {args.file} ei voi tallentaa: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Skenaariot: {len(e.scenarios)} (tallennettu {args.file})")
    return 0
