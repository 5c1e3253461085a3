"""The ``planner`` command line. Every command works through the same core calls as the GUI.

Exit codes: 0 fine, 1 the check found errors, 2 a file could not be read or written.
Subcommands live in their own modules; each has ``register(subparsers)`` that adds
its parser and sets ``func`` to a function ``(args) -> int``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

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


#: Set to 1 to end ``planner`` through the interpreter's own exit (see :func:`run`).
FULL_EXIT_ENV = "PLANNER_FULL_EXIT"


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """The ``planner`` command: :func:`main`, then the process ends without tearing the interpreter down.

    As mypy does by default (its ``--fast-exit``): when main returns, every file a command
    wrote is closed and every child process reaped (planner.storage, isolated_read); what an
    ordinary exit still does is free every object one by one: the programme, a
    1,000,000-cell file, pandas' modules. That was ~0.08 s of a 1,000,000-row
    ``planner compare`` (9 % of it) that the user waited for and nothing needed. The output
    is flushed first. ``PLANNER_FULL_EXIT=1`` gives the ordinary exit, for tools that need
    it (coverage of a child process, leak checkers). Tests call :func:`main`, never this.
    """
    try:
        code = main(argv)
    except BrokenPipeError:  # the reader closed the pipe (``planner check ... | head``): the rest has nowhere to go
        _silence_stdout()
        code = 1  # as Python's documentation on SIGPIPE does
    if os.environ.get(FULL_EXIT_ENV):
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a pipe closed by the reader (``| head``): nothing more to say
            pass
    if "logging" in sys.modules:  # a library's log handlers, flushed as the ordinary exit would
        sys.modules["logging"].shutdown()
    os._exit(code)


def _silence_stdout() -> None:
    """Point standard output at the null device, so no later write or flush fails again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    run()
