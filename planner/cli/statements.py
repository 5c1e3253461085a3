"""Command line for statements (lausunto).

``planner statement-export FILE --format pdf|docx|txt -o OUT``,
``planner statement-example mantsala|mikkeli OUT``,
``planner statement-new --questions REQUEST.docx|txt [--programme FILE] -o OUT``,
and ``planner statement-check FILE`` (also reached by ``planner check`` on a statement file).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.output import fail, write_new_file
from planner.statements.export import FORMATS, export_statement
from planner.storage.json_file import FileFormatError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("statement-export", help="vie lausunto PDF-, Word- tai tekstitiedostoksi")
    p.add_argument("file", metavar="FILE", help="lausuntotiedosto (.lausunto.json)")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="pdf, docx tai txt (oletus: päätellään tiedostonimestä OUT)")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="kohdetiedosto")
    p.set_defaults(func=cmd_statement_export)

    p = sub.add_parser("statement-example", help="kirjoita sisäänrakennettu esimerkkilausunto tiedostoon OUT")
    p.add_argument("name", choices=("mantsala", "mikkeli"),
                   help="mantsala: Mäntsälän lausunto ohjelmasta; mikkeli: Mikkelin lausunto VN/37864/2025")
    p.add_argument("out", metavar="OUT", help="kohdetiedosto (.lausunto.json)")
    p.set_defaults(func=cmd_statement_example)

    p = sub.add_parser("statement-new", help="uusi lausunto lausuntopyynnön kysymyksistä (.docx tai .txt)")
    p.add_argument("--questions", metavar="REQUEST", required=True,
                   help="lausuntopyyntö (.docx tai .txt); samat rajat kuin sovelluksessa")
    p.add_argument("--programme", metavar="FILE", help="ohjelmatiedosto, johon lausunto viittaa (valinnainen)")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="kohdetiedosto (.lausunto.json)")
    p.set_defaults(func=cmd_statement_new)

    p = sub.add_parser("statement-check", help="tarkista lausunto kirjeenä (päiväys, dnro, vastaanottaja, "
                                                "viite, allekirjoittajat, liitteet)")
    p.add_argument("file", metavar="FILE", help="lausuntotiedosto (.lausunto.json)")
    p.set_defaults(func=cmd_statement_check)


def cmd_statement_check(args: argparse.Namespace) -> int:
    return check_statement_file(args.file)


def check_statement_file(path: str) -> int:
    """Print the letter findings; exit 1 on errors, 2 when unreadable, else 0 (warnings too)."""
    from planner.statements.checks import check_statement
    from planner.statements.fileformat import load_statement

    try:
        statement = load_statement(path)
    except FileFormatError as exc:
        return fail(f"lausuntoa ei voi lukea: {exc.one_line()}")
    findings = check_statement(statement)
    print(f"{statement.organisation or '(lausunnon antaja puuttuu)'}: lausunto, {len(statement.items)} kohtaa")
    for f in findings:
        label = "virhe" if f.severity == "error" else "varoitus"
        print(f"  [{label}] {f.field}: {f.message}")
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    print(f"{errors} virhettä, {warnings} varoitusta" if findings else "Kirjeen tiedot kunnossa.")
    return 1 if errors else 0


def cmd_statement_export(args: argparse.Namespace) -> int:
    from planner.statements.fileformat import load_statement

    out = Path(args.output)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        return fail(f"muotoa ei voi päätellä tiedostonimestä {out}; anna --format pdf, docx tai txt")
    try:
        statement = load_statement(args.file)
    except FileFormatError as exc:
        return fail(f"lausuntoa ei voi lukea: {exc.one_line()}")
    from planner.storage.export_target import ExportTargetError

    try:
        export_statement(statement, fmt, out)
    except ExportTargetError as exc:
        return fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        return fail(f"lausunnon vienti epäonnistui ({type(exc).__name__}: {exc})")
    print(f"Lausunto viety ({fmt}): {out}")
    return 0


def cmd_statement_example(args: argparse.Namespace) -> int:
    from planner.statements.examples import load_statement_example
    from planner.statements.fileformat import save_statement

    out = Path(args.out)
    try:
        statement = load_statement_example(args.name)
    except FileFormatError as exc:
        return fail(f"esimerkkilausuntoa ei voi lukea: {exc.one_line()}")
    if not write_new_file(out, lambda path: save_statement(statement, path), "lausuntoa"):
        return 2
    print(f"Esimerkkilausunto kirjoitettu: {out}")
    return 0


def cmd_statement_new(args: argparse.Namespace) -> int:
    """The same import as the GUI's: the request's questions become the statement's items."""
    from planner.fileformat import load_programme
    from planner.statements.fileformat import save_statement
    from planner.statements.from_request import statement_from_request
    from planner.statements.questions_import import QuestionsImportError, import_questions_file

    out = Path(args.output)
    try:
        result = import_questions_file(args.questions)
    except QuestionsImportError as exc:
        return fail(f"lausuntopyyntöä ei voi lukea: {exc.one_line()}")
    if not result.items:
        return fail(f"{args.questions}: tiedostosta ei löytynyt yhtään kysymystä (numeroidut otsikot, esim. "
                    "\u201d1. …\u201d tai \u201dKehittämisehdotus 1: …\u201d)")
    programme = None
    if args.programme:
        try:
            programme = load_programme(args.programme)
        except FileFormatError as exc:
            return fail(f"ohjelmaa ei voi lukea: {exc.one_line()}")
    statement = statement_from_request(result, programme, args.programme or "")
    if not write_new_file(out, lambda path: save_statement(statement, path), "lausuntoa"):
        return 2
    print(f"Lausunto kirjoitettu: {out} ({len(result.items)} kysymystä)")
    for u in result.unread:
        print(f"  ei luettu kysymykseksi: {u.where}: {u.text[:120]}")
    return 0
