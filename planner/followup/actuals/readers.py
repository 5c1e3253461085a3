"""Reading a workbook or CSV file of actuals into plain rows of cells.

Excel (.xlsx, .xlsm, .xls) and OpenDocument (.ods) are read with python-calamine,
which is fast and never expands XML entities. CSV is decoded as UTF-8 (with or
without BOM), falling back to Windows-1252, and its separator is sniffed among
``;`` ``,`` and tab.

Guards, so that a bad file gives a clear Finnish message instead of a crash, a
hang or a full memory: the file's first bytes tell its real kind (a picture
renamed .xlsx, an encrypted Office container, an empty file); a zip whose parts
unpack to more than :data:`MAX_UNPACKED_BYTES` or a sheet part larger than
:data:`MAX_SHEET_XML_BYTES` (about 700,000 rows) is refused before it is parsed;
each sheet's used range is measured from the file (:mod:`.sheet_scan`) and a
sheet whose grid would not fit in memory is refused before the reader builds
it; password protection of every kind is named as such; at most
:data:`MAX_ROWS` rows of a sheet are used, with a warning. Whatever the reader
raises, including the Rust side's ``PanicException`` (a ``BaseException``),
becomes one Finnish :class:`ActualsError` without library text.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.followup.actuals.errors import ActualsError
from planner.messages import msg

if TYPE_CHECKING:  # the scans (and xml.etree) load with the first workbook, not for a CSV
    from planner.followup.actuals.sheet_scan import SheetScan, WorkbookScan

MAX_ROWS = 300_000
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
MAX_SHEET_XML_BYTES = 120 * 1024 * 1024
MAX_CSV_BYTES = 100 * 1024 * 1024

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
SUPPORTED_TEXT = ".xlsx, .xlsm, .xls, .ods tai .csv"

Cell = Any  # str, float, int, bool, date, datetime, time or "" for empty


@dataclass
class RawSheet:
    """One sheet as rows of cells (index 0 = row 1 in Excel)."""

    name: str
    rows: Sequence[list[Cell]]  # a list, or a CSV's rows held as columns (csv_reader.ColumnRows)
    truncated: bool = False  # more than MAX_ROWS rows: the rest was left out
    total_rows: int = 0
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    # formula cells saved without a computed value (the reader gives "" for them): first cells, count
    uncached_formulas: list[str] = field(default_factory=list)
    uncached_count: int = 0
    refused: str = ""  # why this sheet was not read (its used range is absurd); the others were


@dataclass
class SheetInfo:
    name: str
    visible: bool


ProgressFn = Callable[[float, str], None]


def _sniff_kind(path: Path, head: bytes) -> str:
    """The file's real kind from its first bytes: zip, ole, csv, or an error."""
    if not head:
        raise ActualsError.of(msg("file_empty"), path, hint="Tallenna taulukko uudelleen Excelistä.")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    pictures = {
        b"\x89PNG": "PNG-kuva",
        b"\xff\xd8\xff": "JPEG-kuva",
        b"GIF8": "GIF-kuva",
        b"%PDF": "PDF-tiedosto",
        b"BM": "BMP-kuva",
    }
    for magic, what in pictures.items():
        if head.startswith(magic):
            raise ActualsError.of(
                msg("not_a_table", what=what, suffix=path.suffix),
                path,
                hint=f"Valitse Excel- tai CSV-tiedosto ({SUPPORTED_TEXT}).",
            )
    return "text"


PASSWORD_HINT_EXCEL = "Avaa se Excelissä, poista salasana (Tiedosto > Tiedot > Suojaa työkirja) ja tallenna kopio."
PASSWORD_HINT_ODS = "Avaa se LibreOfficessa ja tallenna kopio ilman salasanaa (Tiedosto > Tallenna nimellä)."


def _password_error(path: Path, ods: bool = False) -> ActualsError:
    return ActualsError.of(msg("password"), path, hint=PASSWORD_HINT_ODS if ods else PASSWORD_HINT_EXCEL)


def _corrupt_error(path: Path, sheet: str | None = None) -> ActualsError:
    return ActualsError.of(
        msg("workbook_unreadable"),
        path,
        sheet,
        hint="Avaa se Excelissä ja tallenna uudelleen .xlsx-muodossa.",
    )


def _is_encrypted_ole(path: Path) -> bool:
    """An Office file saved with a password is an OLE container holding 'EncryptedPackage'."""
    with open(path, "rb") as f:
        data = f.read(4 * 1024 * 1024)
    return "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data or (
        "EncryptionInfo".encode("utf-16-le") in data
    )


def _zip_kind(path: Path) -> str:
    """"ods" for an OpenDocument spreadsheet, "xlsx" for an Office Open XML workbook."""
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        if "content.xml" in names:
            try:
                mimetype = z.read("mimetype")[:200] if "mimetype" in names else b""
            except (zipfile.BadZipFile, OSError, ValueError):
                mimetype = b""
            if b"opendocument" in mimetype or not mimetype:
                return "ods"
        from planner.followup.actuals import sheet_scan

        try:
            workbook = sheet_scan.ooxml_workbook_part(z)
        except sheet_scan.ScanError:
            workbook = None
        if workbook is not None:
            return "xlsb" if workbook.lower().endswith(".bin") else "xlsx"
        if "content.xml" in names:
            return "ods"
    return "other"


def _zip_kind_safe(path: Path) -> str:
    try:
        return _zip_kind(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return "other"


def prescan(path: Path, kind: str) -> WorkbookScan | None:
    """Measure the sheets before the reader builds them; refuse password-protected files.

    ``kind`` is the sniffed container ("zip" or "ole"). Returns None when the
    format cannot be scanned (.xlsb): the reader's own limits apply then.
    """
    from planner.followup.actuals import sheet_scan

    try:
        if kind == "ole":
            scan = sheet_scan.scan_xls(path)
        else:
            zkind = _zip_kind(path)
            if zkind == "ods":
                scan = sheet_scan.scan_ods(path, MAX_SHEET_XML_BYTES)
            elif zkind == "xlsx":
                scan = sheet_scan.scan_ooxml(path, MAX_SHEET_XML_BYTES)
            elif zkind == "xlsb":
                return None
            else:
                raise ActualsError.of(
                    msg("zip_not_a_workbook"),
                    path,
                    hint=f"Valitse Excel- tai CSV-tiedosto ({SUPPORTED_TEXT}).",
                )
    except sheet_scan._TooLarge as exc:
        raise _sheet_xml_too_large(path, exc.size) from None
    except (sheet_scan.ScanError, zipfile.BadZipFile, OSError) as exc:
        raise ActualsError.of(
            msg("file_damaged"),
            path,
            hint="Avaa se Excelissä ja tallenna uudelleen.",
        ) from exc
    if scan.encrypted:
        raise _password_error(path, ods=scan.kind == "ods")
    return scan


def _sheet_xml_too_large(path: Path, size: int, sheet: str | None = None) -> ActualsError:
    return ActualsError.of(
        msg("sheet_too_large", megabytes=size // (1024 * 1024), rows=f"{MAX_ROWS:,}".replace(",", "\u00a0")),
        path,
        sheet,
        hint="Suodata tai jaa rivit pienempiin tiedostoihin.",
    )


def check_used_range(path: Path, scan: SheetScan) -> None:
    """Refuse a sheet whose grid (A1 to the last used cell) would not fit in memory."""
    from planner.followup.actuals.sheet_scan import MAX_GRID_CELLS

    if scan.grid_cells <= MAX_GRID_CELLS:
        return
    rows = f"{scan.rows:,}".replace(",", "\u00a0")
    cols = f"{scan.cols:,}".replace(",", "\u00a0")
    raise ActualsError.of(
        msg("range_too_large", cell=scan.last_cell, rows=rows, cols=cols),
        path,
        scan.name,
        hint="Poista ylimääräiset solut alueen lopusta tai kopioi tarvittavat rivit uuteen työkirjaan ja tallenna se.",
    )


def uncached_formula_error(path: str | Path | None, sheet: RawSheet) -> ActualsError:
    """Formula cells without a stored value: named, with the fix (they are never read as empty)."""
    cells = ", ".join(sheet.uncached_formulas[:5]) + (" \u2026" if sheet.uncached_count > 5 else "")
    n = sheet.uncached_count
    return ActualsError.of(
        msg("uncached_formulas", count=n, cells=cells),
        path,
        sheet.name,
        hint="Avaa tiedosto Excelissä tai LibreOfficessa ja tallenna se, niin kaavojen arvot lasketaan ja tallentuvat.",
    )


def check_formulas(path: str | Path | None, sheet: RawSheet) -> None:
    """Refuse a sheet with formula cells saved without values (call for the sheet being imported)."""
    if sheet.uncached_count:
        raise uncached_formula_error(path, sheet)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ActualsError.of(
            msg("zip_damaged"),
            path,
            hint="Avaa se Excelissä ja tallenna uudelleen.",
        ) from exc
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise ActualsError.of(
            msg("unpacks_too_large", megabytes=total // (1024 * 1024)),
            path,
            hint="Jaa aineisto pienempiin tiedostoihin.",
        )
    for i in infos:
        name = i.filename.lower()
        if (name.startswith("xl/worksheets/") or name == "content.xml") and i.file_size > MAX_SHEET_XML_BYTES:
            raise _sheet_xml_too_large(path, i.file_size)
    # Which kind of workbook it is (if any) is decided by prescan() from the package's
    # relationships and content types, not from fixed part names: valid workbooks may
    # name their parts freely.


def _open_workbook(path: Path, scan_sheets: bool = True):
    """The calamine workbook and the pre-scan of its sheets (None when not scanned)."""
    from python_calamine import CalamineWorkbook

    head = _read_head(path)
    kind = _sniff_kind(path, head)
    if kind == "text":
        raise ActualsError.of(
            msg("not_a_workbook", suffix=path.suffix),
            path,
            hint="Jos se on CSV-tiedosto, anna sille pääte .csv.",
        )
    if kind == "ole" and _is_encrypted_ole(path):
        raise _password_error(path)
    if kind == "zip":
        _check_zip(path)
    scan = prescan(path, kind) if scan_sheets or kind == "ole" or _zip_kind_safe(path) == "ods" else None
    if scan is not None and scan.kind in ("xls", "ods"):
        # calamine builds every sheet of these formats when it opens the file: measure them all first
        for measured in scan.sheets.values():
            check_used_range(path, measured)
    try:
        return CalamineWorkbook.from_path(str(path)), scan
    except BaseException as exc:  # noqa: BLE001 - CalamineError, PasswordError, ..., pyo3 PanicException
        raise _calamine_error(path, exc) from None


def _calamine_error(path: Path, exc: BaseException, sheet: str | None = None) -> ActualsError:
    """The reader's failure as one Finnish line; never the library's own (English) text."""
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise exc
    if isinstance(exc, ActualsError):
        return exc
    name = type(exc).__name__
    text = str(exc).lower()
    if "Password" in name or "password" in text or "encrypt" in text:
        return _password_error(path)
    if isinstance(exc, MemoryError) or "memory" in text or "cell limit" in text or "capacity" in text:
        return ActualsError.of(
            msg("out_of_memory"),
            path,
            sheet,
            hint="Poista ylimääräiset solut alueen lopusta tai jaa aineisto pienempiin tiedostoihin.",
        )
    if not isinstance(exc, Exception):  # pyo3_runtime.PanicException: the Rust side gave up
        return ActualsError.of(
            msg("reader_failed"),
            path,
            sheet,
            hint="Avaa se Excelissä tai LibreOfficessa ja tallenna uudelleen .xlsx-muodossa.",
        )
    return _corrupt_error(path, sheet)


def _read_head(path: Path) -> bytes:
    from planner.storage import (
        loading_gate,  # the shared gate: a regular file (a FIFO would block) within the size limit
    )

    try:
        loading_gate.check_file(path, loading_gate.ACTUALS)
    except loading_gate.LoadLimitError as exc:
        raise ActualsError(exc.message + ".", path) from None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ActualsError.of(
                msg("file_too_large", megabytes=size // (1024 * 1024)),
                path,
                hint="Jaa aineisto pienempiin tiedostoihin.",
            )
        with open(path, "rb") as f:
            return f.read(16)
    except FileNotFoundError as exc:
        raise ActualsError.of(msg("file_not_found"), path) from exc
    except IsADirectoryError as exc:
        raise ActualsError.of(msg("path_is_folder"), path) from exc
    except PermissionError as exc:
        raise ActualsError.of(msg("file_not_readable"), path) from exc
    except OSError as exc:
        raise ActualsError.of(
            msg("os_error", errno=exc.errno or "?"),
            path,
            hint="Kopioi tiedosto omalle koneelle ja yritä uudelleen.",
        ) from exc


def is_csv_path(path: Path) -> bool:
    return path.suffix.lower() in CSV_SUFFIXES


def list_sheets(path: str | Path) -> list[SheetInfo]:
    """The sheets of a workbook with their visibility (a CSV has one sheet, named after the file)."""
    path = Path(path)
    if is_csv_path(path):
        _read_head(path)
        return [SheetInfo(path.stem, True)]
    wb, _scan = _open_workbook(path, scan_sheets=False)
    try:
        out = []
        for meta in wb.sheets_metadata:
            typ = str(getattr(meta, "typ", "")).lower()
            if "chart" in typ:
                continue
            visible = "visible" in str(meta.visible).lower() and "hidden" not in str(meta.visible).lower()
            out.append(SheetInfo(meta.name, visible))
        return out
    finally:
        _close(wb)


def _close(wb: Any) -> None:
    try:
        wb.close()
    except Exception:  # noqa: BLE001 - closing is best effort
        pass


def read_sheets(
    path: str | Path,
    sheet: str | None = None,
    include_hidden: bool = False,
    progress: ProgressFn | None = None,
) -> list[RawSheet]:
    """Read the named sheet, or every visible sheet, as rows of cells.

    Raises :class:`ActualsError` when the file or the named sheet cannot be read.
    """
    path = Path(path)
    if is_csv_path(path):
        return [read_csv(path, progress)]
    wb, scan = _open_workbook(path)
    try:
        try:
            metas = list(wb.sheets_metadata)
        except BaseException as exc:  # noqa: BLE001 - see _calamine_error
            raise _calamine_error(path, exc) from None
        names = [m.name for m in metas]
        if sheet is not None:
            if sheet not in names:
                lowered = {n.lower(): n for n in names}
                if sheet.lower() not in lowered:
                    raise ActualsError.of(msg("no_such_sheet", sheet=sheet, sheets=", ".join(names)), path)
                sheet = lowered[sheet.lower()]
            wanted = [sheet]
        else:
            wanted = [
                m.name
                for m in metas
                if (include_hidden or "hidden" not in str(m.visible).lower()) and "chart" not in str(m.typ).lower()
            ]
        if not wanted:
            raise ActualsError.of(msg("no_visible_sheets"), path)
        out = []
        refused: list[ActualsError] = []
        for i, name in enumerate(wanted):
            if progress:
                progress(0.05 + 0.4 * i / len(wanted), f"Luetaan välilehteä {name}")
            measured = scan.sheets.get(name) if scan is not None else None
            if measured is not None:
                try:
                    check_used_range(path, measured)
                except ActualsError as exc:
                    if sheet is not None or len(wanted) == 1:
                        raise
                    # Reading every visible sheet: one absurd sheet must not block the others.
                    refused.append(exc)
                    out.append(RawSheet(name, [], refused=f"{exc.message} {exc.hint}"))
                    continue
            try:
                sh = wb.get_sheet_by_name(name)
                total = sh.height
                rows = sh.to_python(skip_empty_area=False, nrows=MAX_ROWS)
                try:
                    merged = list(sh.merged_cell_ranges or [])
                except Exception:  # noqa: BLE001 - merged ranges are a hint only
                    merged = []
            except ActualsError:
                raise
            except BaseException as exc:  # noqa: BLE001 - any calamine failure (panics too) becomes one line
                raise _calamine_error(path, exc, name) from None
            raw = RawSheet(name, rows, truncated=total > MAX_ROWS, total_rows=total, merged=merged)
            if measured is not None:
                raw.uncached_formulas = list(measured.uncached_formulas)
                raw.uncached_count = measured.uncached_count
            out.append(raw)
        if refused and len(refused) == len(wanted):
            raise refused[0]
        return out
    finally:
        _close(wb)


# -- CSV ---------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 (BOM or not), then UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def sniff_delimiter(text: str) -> str:
    """The separator among ; , and tab that splits the first lines most consistently."""
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    best, best_score = ";", -1.0
    for delim in (";", "\t", ","):
        counts = []
        for ln in lines:
            try:
                counts.append(len(next(csv.reader([ln], delimiter=delim))) - 1)
            except (csv.Error, StopIteration):
                counts.append(0)
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        consistent = counts.count(common) / len(counts)
        score = consistent * 10 + min(common, 20) * 0.1
        # a decimal comma inside ;-separated numbers must not win for ","
        if delim == "," and ";" in text[:5000] and best == ";" and best_score > 0:
            score -= 5
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv(path: Path, progress: ProgressFn | None = None) -> RawSheet:
    _read_head(path)
    size = path.stat().st_size
    if size == 0:
        raise ActualsError.of(msg("file_empty"), path)
    if size > MAX_CSV_BYTES:
        raise ActualsError.of(
            msg("csv_too_large", megabytes=size // (1024 * 1024)), path, hint="Jaa se pienempiin osiin."
        )
    from planner.followup.actuals import csv_reader

    with open(path, "rb") as f:
        head_bytes = f.read(65536)
    kind = _sniff_kind(path, head_bytes[:16])
    if kind != "text" or b"\x00" in head_bytes[:4096] and not head_bytes.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ActualsError.of(
            msg("csv_not_text"),
            path,
            hint="Tallenna Excelistä muodossa CSV (puolipisteellä eroteltu).",
        )
    codec, _encoding = csv_reader.head_encoding(head_bytes)
    head_text = head_bytes.decode(codec, errors="replace")
    delim = sniff_delimiter(head_text)
    lines = csv_reader.estimated_lines(size, head_bytes)
    if lines > csv_reader.MAX_CSV_ROWS * 0.8:  # near the limit: count, and refuse before reading
        lines = csv_reader.count_lines(path)
        if lines > csv_reader.MAX_CSV_ROWS:
            raise csv_reader.too_many_rows(path, lines)
    truncated = False
    try:
        rows: Sequence[list[Cell]]
        rows, _codec = csv_reader.read_rows(
            path, codec, delim, head_text,
            (lambda n: progress(0.05 + 0.35 * min(1.0, n / max(lines, 1)), "Luetaan CSV-tiedostoa")) if progress
            else None)
        total = len(rows)
    except (ValueError, UnicodeError):  # pandas refused (uneven rows, broken quoting): the csv module reads anything
        text, _encoding = decode_text(path.read_bytes())
        read: list[list[Cell]] = []
        rows = read
        total = 0
        try:
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delim):
                total += 1
                read.append(row)
        except csv.Error as exc:
            raise ActualsError.of(
                msg("csv_field_too_long" if "larger than field limit" in str(exc) else "csv_quotes_unbalanced"),
                path,
                row=total + 1,
                hint="Tallenna Excelistä muodossa CSV (puolipisteellä eroteltu).",
            ) from exc
    if progress:
        progress(0.4, "CSV luettu")
    return RawSheet(path.stem, rows, truncated=truncated, total_rows=total)
