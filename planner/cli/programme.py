"""Command line: ``planner example OUT`` and ``planner check FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.checks import SEVERITY_LABEL_FI, Severity, check_programme, summary_line
from planner.example import DEFAULT_EXAMPLE, EXAMPLES, load_example
from planner.fileformat import load_programme, save_programme
from planner.storage.json_file import FileFormatError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("example", help="kirjoita sisäänrakennettu esimerkkiohjelma tiedostoon OUT")
    p.add_argument("out", metavar="OUT", help="kohdetiedosto (.json)")
    p.add_argument("--which", choices=list(EXAMPLES), default=DEFAULT_EXAMPLE,
                   help="mikä esimerkki: " + "; ".join(f"{k} = {v}" for k, v in EXAMPLES.items())
                        + f" (oletus {DEFAULT_EXAMPLE})")
    p.set_defaults(func=cmd_example)

    p = sub.add_parser("check", help="tarkista ohjelmatiedosto ja tulosta havainnot")
    p.add_argument("file", metavar="FILE", help="ohjelmatiedosto (.json)")
    p.set_defaults(func=cmd_check)


def cmd_example(args: argparse.Namespace) -> int:
    from planner.storage.export_target import ExportTargetError, check_target

    out = Path(args.out)
    try:
        check_target(out)  # a read-only file is reported, never replaced
        save_programme(load_example(getattr(args, "which", DEFAULT_EXAMPLE)), out)
    except ExportTargetError as exc:
        print(f"Virhe: {exc}", file=sys.stderr)
        return 2
    except FileFormatError as exc:
        print(f"Virhe: esimerkkiohjelmaa ei voi lukea: {exc.one_line()}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Virhe: tiedostoa {out} ei voi kirjoittaa: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Esimerkkiohjelma kirjoitettu: {out}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    try:
        programme = load_programme(args.file)
    except FileFormatError as exc:
        if getattr(exc, "code", "") == "wrong_kind" and (getattr(exc, "params", None) or {}).get("found") == "lausunto":
            from planner.cli.statements import check_statement_file

            return check_statement_file(args.file)
        print(f"Virhe: {exc.one_line()}", file=sys.stderr)
        return 2
    findings = check_programme(programme)
    n_fa = sum(1 for _ in programme.focus_areas())
    n_ind = sum(1 for _ in programme.indicators())
    print(f"{programme.title or '(nimetön ohjelma)'}: {len(programme.themes)} painopistettä, "
          f"{n_fa} tavoitetta, {n_ind} mittaria")
    from planner.versions import is_locked, status_text

    lock = " – lukittu: muutokset tehdään uuteen versioon (planner new-version)" if is_locked(programme) else ""
    print(f"Tila: {programme.version_name + ', ' if programme.version_name else ''}{status_text(programme)}{lock}")
    for f in findings:
        print(f"  [{SEVERITY_LABEL_FI[f.severity]}] {f.location.describe(programme)}: {f.message}")
    print(summary_line(findings))
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0
