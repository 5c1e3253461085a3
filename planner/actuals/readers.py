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
at most :data:`MAX_ROWS` rows of a sheet are used, with a warning.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.actuals.errors import ActualsError

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
    rows: list[list[Cell]]
    truncated: bool = False  # more than MAX_ROWS rows: the rest was left out
    total_rows: int = 0
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)


@dataclass
class SheetInfo:
    name: str
    visible: bool


ProgressFn = Callable[[float, str], None]


def _sniff_kind(path: Path, head: bytes) -> str:
    """The file's real kind from its first bytes: zip, ole, csv, or an error."""
    if not head:
        raise ActualsError("tiedosto on tyhjä (0 tavua).", path, hint="Tallenna taulukko uudelleen Excelistä.")
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
            raise ActualsError(
                f"tiedosto ei ole taulukko vaan {what}, vaikka sen pääte on {path.suffix}.",
                path,
                hint=f"Valitse Excel- tai CSV-tiedosto ({SUPPORTED_TEXT}).",
            )
    return "text"


def _is_encrypted_ole(path: Path) -> bool:
    """An Office file saved with a password is an OLE container holding 'EncryptedPackage'."""
    with open(path, "rb") as f:
        data = f.read(4 * 1024 * 1024)
    return "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data or (
        "EncryptionInfo".encode("utf-16-le") in data
    )


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ActualsError(
            "tiedosto on vioittunut tai keskeneräinen (zip-rakenne ei ole ehjä).",
            path,
            hint="Avaa se Excelissä ja tallenna uudelleen.",
        ) from exc
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise ActualsError(
            f"tiedosto purkautuu liian suureksi ({total // (1024 * 1024)} Mt).",
            path,
            hint="Jaa aineisto pienempiin tiedostoihin.",
        )
    for i in infos:
        name = i.filename.lower()
        if (name.startswith("xl/worksheets/") or name == "content.xml") and i.file_size > MAX_SHEET_XML_BYTES:
            raise ActualsError(
                f"taulukko on liian suuri luettavaksi (noin {i.file_size // (1024 * 1024)} Mt taulukkodataa, "
                f"yli {MAX_ROWS:,} riviä)".replace(",", "\u00a0") + ".",
                path,
                hint="Suodata tai jaa rivit pienempiin tiedostoihin.",
            )
    names = {i.filename for i in infos}
    if not ({"xl/workbook.xml", "xl/workbook.bin", "content.xml"} & names):
        raise ActualsError(
            "zip-tiedosto ei ole Excel- eikä ODS-työkirja.",
            path,
            hint=f"Valitse Excel- tai CSV-tiedosto ({SUPPORTED_TEXT}).",
        )


def _open_workbook(path: Path):
    from python_calamine import CalamineWorkbook

    head = _read_head(path)
    kind = _sniff_kind(path, head)
    if kind == "text":
        raise ActualsError(
            f"tiedosto ei ole Excel-työkirja, vaikka sen pääte on {path.suffix}.",
            path,
            hint="Jos se on CSV-tiedosto, anna sille pääte .csv.",
        )
    if kind == "ole" and _is_encrypted_ole(path):
        raise ActualsError(
            "työkirja on suojattu salasanalla, eikä sitä voi lukea.",
            path,
            hint="Avaa se Excelissä, poista salasana (Tiedosto > Tiedot > Suojaa työkirja) ja tallenna kopio.",
        )
    if kind == "zip":
        _check_zip(path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises CalamineError, PasswordError, XmlError, ZipError, ValueError ...
        raise _calamine_error(path, exc) from exc


def _calamine_error(path: Path, exc: Exception, sheet: str | None = None) -> ActualsError:
    name = type(exc).__name__
    if "Password" in name or "password" in str(exc).lower() or "encrypt" in str(exc).lower():
        return ActualsError(
            "työkirja on suojattu salasanalla, eikä sitä voi lukea.",
            path,
            sheet,
            hint="Poista salasana Excelissä ja tallenna kopio.",
        )
    detail = str(exc).splitlines()[0][:160] if str(exc) else name
    return ActualsError(
        f"työkirjaa ei voi lukea, se on vioittunut tai väärää muotoa ({detail}).",
        path,
        sheet,
        hint="Avaa se Excelissä ja tallenna uudelleen .xlsx-muodossa.",
    )


def _read_head(path: Path) -> bytes:
    from planner import loading_gate  # the shared gate: a regular file (a FIFO would block) within the size limit

    try:
        loading_gate.check_file(path, loading_gate.ACTUALS)
    except loading_gate.LoadLimitError as exc:
        raise ActualsError(exc.message + ".", path) from None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ActualsError(
                f"tiedosto on liian suuri ({size // (1024 * 1024)} Mt).",
                path,
                hint="Jaa aineisto pienempiin tiedostoihin.",
            )
        with open(path, "rb") as f:
            return f.read(16)
    except FileNotFoundError as exc:
        raise ActualsError("tiedostoa ei löydy.", path) from exc
    except IsADirectoryError as exc:
        raise ActualsError("polku on kansio, ei tiedosto.", path) from exc
    except PermissionError as exc:
        raise ActualsError("tiedostoa ei voi avata (ei lukuoikeutta tai se on auki toisessa ohjelmassa).", path) from exc
    except OSError as exc:
        raise ActualsError(f"tiedostoa ei voi lukea ({exc.strerror or exc}).", path) from exc


def is_csv_path(path: Path) -> bool:
    return path.suffix.lower() in CSV_SUFFIXES


def list_sheets(path: str | Path) -> list[SheetInfo]:
    """The sheets of a workbook with their visibility (a CSV has one sheet, named after the file)."""
    path = Path(path)
    if is_csv_path(path):
        _read_head(path)
        return [SheetInfo(path.stem, True)]
    wb = _open_workbook(path)
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
    wb = _open_workbook(path)
    try:
        metas = list(wb.sheets_metadata)
        names = [m.name for m in metas]
        if sheet is not None:
            if sheet not in names:
                lowered = {n.lower(): n for n in names}
                if sheet.lower() not in lowered:
                    raise ActualsError(
                        f"välilehteä \u201d{sheet}\u201d ei ole; välilehdet: {', '.join(names)}.", path
                    )
                sheet = lowered[sheet.lower()]
            wanted = [sheet]
        else:
            wanted = [
                m.name
                for m in metas
                if (include_hidden or "hidden" not in str(m.visible).lower()) and "chart" not in str(m.typ).lower()
            ]
        if not wanted:
            raise ActualsError("työkirjassa ei ole näkyviä välilehtiä.", path)
        out = []
        for i, name in enumerate(wanted):
            if progress:
                progress(0.05 + 0.4 * i / len(wanted), f"Luetaan välilehteä {name}")
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
            except Exception as exc:  # noqa: BLE001 - any calamine failure becomes one clear line
                raise _calamine_error(path, exc, name) from exc
            out.append(RawSheet(name, rows, truncated=total > MAX_ROWS, total_rows=total, merged=merged))
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
        raise ActualsError("tiedosto on tyhjä (0 tavua).", path)
    if size > MAX_CSV_BYTES:
        raise ActualsError(
            f"CSV-tiedosto on liian suuri ({size // (1024 * 1024)} Mt).", path, hint="Jaa se pienempiin osiin."
        )
    data = path.read_bytes()
    head = data[:16]
    kind = _sniff_kind(path, head)
    if kind != "text" or b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ActualsError(
            "tiedosto ei ole tekstimuotoinen CSV-tiedosto.",
            path,
            hint="Tallenna Excelistä muodossa CSV (puolipisteellä eroteltu).",
        )
    text, _encoding = decode_text(data)
    delim = sniff_delimiter(text)
    rows: list[list[Cell]] = []
    truncated = False
    total = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delim):
            total += 1
            if len(rows) >= MAX_ROWS:
                truncated = True
                continue
            rows.append(row)
    except csv.Error as exc:
        raise ActualsError(f"CSV-tiedoston rakenne on rikki ({exc}).", path, row=total + 1) from exc
    if progress:
        progress(0.4, "CSV luettu")
    return RawSheet(path.stem, rows, truncated=truncated, total_rows=total)
