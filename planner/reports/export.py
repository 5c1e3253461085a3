"""One entry for every export: ``export(programme, fmt, report, out_path, progress=None)``.

The command line and the GUI both call this. Formats: ``pdf``, ``docx``, ``xlsx``;
reports: ``programme``, ``follow-up`` and ``catalogue`` (the indicator catalogue). The Excel register holds both (the actual
columns appear when the programme has actuals), so ``xlsx`` accepts either report.

The file is written to a temporary file beside ``out_path`` and moved into place
only when complete, so a failed export never leaves half a file, and never replaces
a good file with a broken one.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from planner.followup.gcpause import paused_gc
from planner.model import Programme
from planner.reports.common import ProgressFn
from planner.reports.followup_extra import extra_unavailable_reason, has_actuals
from planner.storage.atomic import clean_stale_temps
from planner.storage.export_target import ExportTargetError, check_target, describe_os_error

FORMATS = ("pdf", "docx", "xlsx")
REPORTS = ("programme", "follow-up", "catalogue", "municipality-cards", "outlook", "costs")
# Reports made from the actuals (and for costs, the programme's economics); xlsx is the register.
FOLLOW_UP_REPORTS = ("follow-up", "municipality-cards", "outlook", "costs")
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx"}


class ExportError(Exception):
    """An export that cannot be made; the message is Finnish and says what to do."""


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


def export(programme: Programme, fmt: str, report: str, out_path: str | Path, progress: ProgressFn | None = None,
           *, as_of: date | None = None, logo: str | Path | None = None, municipality: str | None = None) -> Path:
    """Write the report; returns the path written. Raises :class:`ExportError` (Finnish message).

    ``municipality``: for the municipality cards, only this municipality's card.
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"Tuntematon muoto {fmt!r}: valitse pdf, docx tai xlsx.")
    if report not in REPORTS:
        raise ExportError(f"Tuntematon raportti {report!r}: valitse {', '.join(REPORTS)}.")
    if report in FOLLOW_UP_REPORTS and fmt != "xlsx":
        reason = extra_unavailable_reason(programme, report, municipality)
        if reason:
            raise ExportError(reason)
    out = Path(out_path)
    try:
        check_target(out)
    except ExportTargetError as exc:
        raise ExportError(str(exc)) from None
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix="." + out.name + ".", suffix=".tmp", dir=str(out.parent or "."))
        os.close(fd)
        tmp = Path(tmp_name)
        with paused_gc():  # see the module docstring: the collector's passes stalled the window
            if report in FOLLOW_UP_REPORTS[1:] and fmt != "xlsx":
                from planner.reports.followup_extra import write_extra

                write_extra(programme, fmt, report, tmp, progress, as_of, municipality)
            else:
                _write(programme, fmt, report, tmp, progress, as_of, logo)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp made it private; a report is an ordinary file
        try:
            os.replace(tmp, out)
        except PermissionError as exc:
            raise ExportError(f"Tiedostoa {out} ei voi korvata: se on ehkä auki toisessa ohjelmassa. "
                              "Sulje tiedosto tai valitse toinen nimi.") from exc
    except (ExportError, ExportCancelled):
        raise
    except OSError as exc:
        raise ExportError(describe_os_error(out, exc)) from exc
    except Exception as exc:  # noqa: BLE001 - the user gets one clear line, never a traceback
        raise ExportError(f"Raportin tekeminen epäonnistui ({type(exc).__name__}: {exc}). "
                          "Tallenna ohjelma ja ilmoita virheestä ylläpidolle.") from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    clean_stale_temps(out)  # temp files of exports that were killed, once a day old
    return out


def _write(programme: Programme, fmt: str, report: str, path: Path, progress: ProgressFn | None,
           as_of: date | None, logo: str | Path | None) -> None:
    if report == "catalogue":
        from planner.reports import indicator_catalogue as cat

        writer = {"pdf": cat.export_catalogue_pdf, "docx": cat.export_catalogue_docx, "xlsx": cat.export_catalogue_xlsx}
        writer[fmt](programme, path, progress=progress)
    elif fmt == "xlsx":
        from planner.reports.xlsx_register import export_register_xlsx

        results = None
        if has_actuals(programme):
            from planner.followup.progress import compare_programme

            results = compare_programme(programme, as_of)
        export_register_xlsx(programme, path, progress=progress, results=results)
    elif report == "programme" and fmt == "pdf":
        from planner.reports.pdf_programme import export_programme_pdf

        export_programme_pdf(programme, path, progress=progress, logo=logo)
    elif report == "programme":
        from planner.reports.docx_programme import export_programme_docx

        export_programme_docx(programme, path, progress=progress, logo=logo)
    elif fmt == "pdf":
        from planner.reports.pdf_followup import export_followup_pdf

        export_followup_pdf(programme, path, progress=progress, as_of=as_of)
    else:
        from planner.reports.docx_followup import export_followup_docx

        export_followup_docx(programme, path, progress=progress, as_of=as_of)
