"""The ``planner`` command line. Every command works through the same core calls as the GUI.

Exit codes: 0 fine, 1 the check found errors, 2 a file could not be read or written.
Subcommands live in their own modules; each has ``register(subparsers)`` that adds
its parser and sets ``func`` to a function ``(args) -> int``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from planner.cli import actuals as cli_actuals
from planner.cli import cycle as cli_cycle
from planner.cli import economics as cli_economics
from planner.cli import export as cli_export
from planner.cli import programme as cli_programme
from planner.cli import statements as cli_statements

COMMAND_MODULES = [cli_programme, cli_actuals, cli_export, cli_statements, cli_cycle, cli_economics]


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Työllisyysohjelman laatiminen, seuranta ja raportointi (employment programme planner).",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMENTO")
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        try:
            sys.stdout.reconfigure(encoding="utf-8")
            sys.stderr.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        except (ValueError, OSError):
            pass
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("Keskeytetty.", file=sys.stderr)
        return 130
    except BaseException as exc:  # a Rust panic (pyo3 PanicException) is a BaseException, not an Exception
        if type(exc).__name__ != "PanicException":
            raise
        print("Virhe: taulukon lukija pysähtyi virheeseen; tiedosto voi olla vioittunut. Avaa se Excelissä tai "
              "LibreOfficessa ja tallenna uudelleen .xlsx-muodossa.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
