"""Writing a programme comparison: plain text, JSON, PDF or Word (``planner diff``, the GUI's export).

Every format is written to a temporary file beside the target and moved into place
when complete, so a failed write never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from planner.diff import ProgrammeDiff, words_text
from planner.model import Programme
from planner.storage.export_target import ExportTargetError, check_target, describe_os_error

FORMATS = ("txt", "json", "pdf", "docx")


class DiffOutputError(Exception):
    """The comparison could not be written; Finnish message."""


def to_text(d: ProgrammeDiff) -> str:
    lines = [f"Muutokset: {d.a_name} → {d.b_name}", d.summary_fi(), ""]
    where = None
    for c in d.changes:
        if c.where != where:
            where = c.where
            lines.append(where)
        lines.append(f"  [{c.kind_fi}] {c.label}")
        if c.words:
            lines.append(f"    {words_text(c.words)}")
        else:
            if c.old:
                lines += [f"    - {x}" for x in c.old.splitlines()]
            if c.new:
                lines += [f"    + {x}" for x in c.new.splitlines()]
        if c.note:
            lines.append(f"    ({c.note})")
    return "\n".join(lines) + "\n"


def to_json(d: ProgrammeDiff) -> str:
    return json.dumps(d.as_dict(), ensure_ascii=False, indent=2) + "\n"


def load_side(path: str | Path, version: str | None = None) -> Programme:
    """A programme file, or one of its saved versions. Raises FileFormatError or VersionError."""
    from planner.fileformat import load_programme
    from planner.versions import find_version, version_programme

    p = load_programme(path)
    return version_programme(find_version(p, version)) if version else p


def write_diff(d: ProgrammeDiff, fmt: str, out_path: str | Path) -> Path:
    """Write ``d`` as ``fmt`` (txt, json, pdf, docx). Raises :class:`DiffOutputError`."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise DiffOutputError(f"tuntematon muoto {fmt!r}: valitse txt, json, pdf tai docx")
    out = Path(out_path)
    try:
        check_target(out)  # a missing folder or a read-only file: reported, never replaced
    except ExportTargetError as exc:
        raise DiffOutputError(str(exc)) from None
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix="." + out.name + ".", suffix=".tmp", dir=str(out.parent or "."))
        os.close(fd)
        tmp = Path(tmp_name)
        if fmt == "txt":
            tmp.write_text(to_text(d), encoding="utf-8")
        elif fmt == "json":
            tmp.write_text(to_json(d), encoding="utf-8")
        elif fmt == "pdf":
            from planner.reports.diff_report import export_diff_pdf

            export_diff_pdf(d, tmp)
        else:
            from planner.reports.diff_report import export_diff_docx

            export_diff_docx(d, tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out)
    except OSError as exc:
        raise DiffOutputError(describe_os_error(out, exc)) from exc
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback
        raise DiffOutputError(f"muutosraportin tekeminen epäonnistui ({type(exc).__name__}: {exc})") from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return out
