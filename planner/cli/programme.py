"""Command line: ``planner example OUT`` and ``planner check FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.output import fail, write_new_file
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
    out = Path(args.out)
    try:
        programme = load_example(getattr(args, "which", DEFAULT_EXAMPLE))
    except FileFormatError as exc:
        return fail(f"esimerkkiohjelmaa ei voi lukea: {exc.one_line()}")
    if not write_new_file(out, lambda path: save_programme(programme, path), "ohjelmaa"):
        return 2
    print(f"Esimerkkiohjelma kirjoitettu: {out}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from planner.checks import (  # when used: every command loads this module
        SEVERITY_LABEL_FI,
        Severity,
        check_programme,
        summary_line,
    )

    try:
        programme = load_programme(args.file)
    except FileFormatError as exc:
        if getattr(exc, "code", "") == "wrong_kind" and (getattr(exc, "params", None) or {}).get("found") == "lausunto":
            from planner.cli.statements import check_statement_file

            return check_statement_file(args.file)
        return fail(exc.one_line())
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
