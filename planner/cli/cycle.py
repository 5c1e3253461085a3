"""Command line for the yearly cycle: roll-over, comparison, approval and versions.

``planner rollover FILE --year 2027 -o OUT``: the next year's draft. Non-interactive:
every proposed year change in the texts is made; ``--dry-run`` prints the
proposals (texts and new baselines with their source) and writes nothing;
``--keep-text`` leaves all texts as they are (only year, baselines and marks change).
FILE is never changed.

``planner diff A B [--a-version N] [--b-version N] [--format txt|json|pdf|docx] [-o OUT]``.
``planner status FILE draft|for_comment|proposal|approved [--body B --date D --section §]``,
``planner new-version FILE [--name N]``, ``planner versions FILE``,
``planner version-save FILE --name N``: these change FILE (atomically, old kept as .bak).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from planner.cli.output import fail
from planner.fileformat import load_programme, save_programme
from planner.model import ApprovalDecision, Programme, Status
from planner.storage.json_file import FileFormatError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rollover", help="tee ohjelmasta seuraavan vuoden luonnos (alkuperäinen ei muutu)")
    p.add_argument("file", metavar="FILE", help="edellisen vuoden ohjelma")
    p.add_argument("--year", type=int, required=True, help="uuden ohjelman vuosi, esim. 2027")
    p.add_argument("-o", "--output", dest="out", metavar="OUT", help="uusi ohjelmatiedosto (ei --dry-run kanssa)")
    p.add_argument("--dry-run", action="store_true", help="tulosta ehdotetut muutokset, älä kirjoita mitään")
    p.add_argument("--keep-text", action="store_true", help="älä muuta vuosilukuja teksteissä")
    p.set_defaults(func=cmd_rollover)

    p = sub.add_parser("diff", help="vertaa kahta ohjelmaa tai versiota ja tulosta muutokset")
    p.add_argument("a", metavar="A", help="vanhempi ohjelma")
    p.add_argument("b", metavar="B", help="uudempi ohjelma (voi olla sama tiedosto eri versiolla)")
    p.add_argument("--a-version", metavar="NIMI", help="A:n tallennettu versio")
    p.add_argument("--b-version", metavar="NIMI", help="B:n tallennettu versio")
    p.add_argument("--format", "-f", dest="fmt", choices=["txt", "json", "pdf", "docx"], help="muoto (oletus txt)")
    p.add_argument("-o", "--output", dest="out", metavar="OUT", help="kohdetiedosto (pdf/docx vaativat)")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("status", help="aseta ohjelman tila päätöksineen (hyväksytty lukitsee ohjelman)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("status", choices=[s.value for s in Status], help="draft, for_comment, proposal tai approved")
    p.add_argument("--body", help="päättävä toimielin (oletus: hallitus / kaupunginvaltuusto)")
    p.add_argument("--date", help="päätöksen päivämäärä, esim. 16.12.2026")
    p.add_argument("--section", default="", help="pykälä, esim. \"§ 45\"")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("new-version", help="aloita hyväksytystä ohjelmasta uusi luonnosversio")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--name", default="", help="uuden version nimi (oletus: Versio N)")
    p.set_defaults(func=cmd_new_version)

    p = sub.add_parser("versions", help="luettele ohjelmaan tallennetut versiot")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_versions)

    p = sub.add_parser("version-save", help="tallenna ohjelman nykytila nimetyksi versioksi")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--name", required=True)
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_version_save)


def _load(path: str) -> Programme | None:
    try:
        return load_programme(path)
    except FileFormatError as exc:
        fail(exc.one_line())
        return None


def _save(p: Programme, path: str | Path) -> bool:
    try:
        save_programme(p, path)
    except OSError as exc:
        fail(f"tiedostoa {path} ei voi kirjoittaa: {exc.strerror or exc}")
        return False
    return True


def cmd_rollover(args: argparse.Namespace) -> int:
    from planner import rollover

    if not args.dry_run and not args.out:
        return fail("anna uuden ohjelman tiedosto: -o OUT (tai --dry-run nähdäksesi ehdotukset)")
    if args.out and Path(args.out).resolve() == Path(args.file).resolve():
        return fail("uusi ohjelma ei voi korvata edellisen vuoden tiedostoa; anna toinen nimi (-o)")
    p = _load(args.file)
    if p is None:
        return 2
    try:
        proposal = rollover.propose(p, args.year)
    except rollover.RolloverError as exc:
        return fail(f"{args.file}: {exc}")
    if args.dry_run:
        print(f"Uusi vuosi {proposal.old_year} → {proposal.year}: {p.title}")
        verb = "ei muuteta (--keep-text)" if args.keep_text else "muutetaan"
        print(f"Tekstit, joissa on vuosi {proposal.old_year} ({len(proposal.texts)}, {verb}):")
        for t in proposal.texts:
            print(f"  {t.where}: \u201d{t.old}\u201d → \u201d{t.new}\u201d")
        print(f"Lähtöarvot ({len(proposal.baselines)}):")
        for b in proposal.baselines:
            print(f"  {b.indicator}: \u201d{b.old}\u201d → \u201d{b.new}\u201d [{rollover.ORIGIN_FI[b.origin]}]")
        print("Tavoitteet säilyvät ja merkitään tarkistettaviksi; päätökset tyhjennetään; tila luonnos.")
        return 0
    new = rollover.apply(p, proposal, set() if args.keep_text else None)
    if not _save(new, args.out):
        return 2
    from_target = sum(1 for b in proposal.baselines if b.origin == "target")
    texts = 0 if args.keep_text else len(proposal.texts)
    print(f"Uuden vuoden luonnos kirjoitettu: {args.out} ({texts} tekstiä päivitetty, "
          f"{len(proposal.baselines) - from_target} lähtöarvoa toteumasta, {from_target} tavoitteesta; "
          f"tavoitteet merkitty tarkistettaviksi)")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from planner.diff import diff_programmes
    from planner.diff_output import DiffOutputError, load_side, to_json, to_text, write_diff
    from planner.versions import VersionError

    fmt = args.fmt or (Path(args.out).suffix.lower().lstrip(".") if args.out else "txt")
    if fmt not in ("txt", "json", "pdf", "docx"):
        return fail(f"tuntematon muoto {fmt!r}: anna --format txt, json, pdf tai docx")
    if fmt in ("pdf", "docx") and not args.out:
        return fail(f"{fmt}-muoto kirjoitetaan tiedostoon: anna -o OUT")
    sides = []
    for path, version in ((args.a, args.a_version), (args.b, args.b_version)):
        try:
            sides.append(load_side(path, version))
        except FileFormatError as exc:
            return fail(exc.one_line())
        except VersionError as exc:
            return fail(f"{path}: {exc}")
    d = diff_programmes(sides[0], sides[1])
    if not args.out:
        sys.stdout.write(to_json(d) if fmt == "json" else to_text(d))
        return 0
    try:
        write_diff(d, fmt, args.out)
    except DiffOutputError as exc:
        return fail(str(exc))
    print(f"Muutosraportti kirjoitettu: {args.out} ({d.summary_fi()})")
    return 0


def _change(path: str, change: Callable[[Programme], str]) -> int:
    """Load FILE, make one change of the yearly cycle, save FILE (old kept as .bak) and print what
    ``change`` says; a refused change (:class:`planner.versions.VersionError`) leaves FILE as it was."""
    from planner.versions import VersionError

    p = _load(path)
    if p is None:
        return 2
    try:
        said = change(p)
    except VersionError as exc:
        return fail(f"{path}: {exc}")
    if not _save(p, path):
        return 2
    print(f"{path}: {said}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from planner.versions import DEFAULT_BODY, set_status, status_text

    status = Status(args.status)
    decision = None
    if status in (Status.PROPOSAL, Status.APPROVED):
        if not args.date:
            return fail("anna päätöksen päivämäärä: --date 16.12.2026")
        decision = ApprovalDecision(body=args.body or DEFAULT_BODY[status], date=args.date, section=args.section)

    def change(p: Programme) -> str:
        set_status(p, status, decision)
        return f"tila {status_text(p)}"

    return _change(args.file, change)


def cmd_new_version(args: argparse.Namespace) -> int:
    from planner.versions import start_new_version

    def change(p: Programme) -> str:
        start_new_version(p, args.name)
        return f"uusi versio \u201d{p.version_name}\u201d (luonnos); hyväksytty versio säilyy tiedostossa"

    return _change(args.file, change)


def cmd_versions(args: argparse.Namespace) -> int:
    from planner.versions import STATUS_FI, fi_date, is_locked, version_label

    p = _load(args.file)
    if p is None:
        return 2
    lock = " – lukittu, muutokset tehdään uuteen versioon (planner new-version)" if is_locked(p) else ""
    print(f"{p.title}: nykyinen {version_label(p)}{lock}")
    for v in p.versions:
        created = fi_date(v.created[:10]) + " " + v.created[11:16] if v.created else ""
        note = f" – {v.note}" if v.note else ""
        print(f"  {v.name} ({STATUS_FI[v.status]}, {created}){note}")
    if not p.versions:
        print("  (ei tallennettuja versioita)")
    return 0


def cmd_version_save(args: argparse.Namespace) -> int:
    from planner.versions import save_version

    def change(p: Programme) -> str:
        save_version(p, args.name, args.note)
        return f"versio \u201d{args.name}\u201d tallennettu"

    return _change(args.file, change)
