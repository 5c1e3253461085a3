"""What a workbook's sheets hold, found cheaply before the spreadsheet reader loads them.

python-calamine builds a dense grid from A1 to the last used cell. A 5 KB .xlsx
with one value at XFD1048576 asks it for 550 GB and the process aborts; a
1.5 KB .ods with a repeated row asks for gigabytes. So before a sheet is
loaded its used range is measured here, from the file itself:

- .xlsx/.xlsm: a streaming scan of the sheet XML (``<dimension ref>`` may lie);
  a cell counts when it has content (a value, inline text or a formula), a cell
  that is only formatted does not (calamine skips it too);
- .ods: ``content.xml``, with its ``number-rows-repeated`` and
  ``number-columns-repeated`` attributes applied to cells with content;
- .xls: the cell records of each sheet's BIFF substream.

The same scans find formula cells saved without a computed value (calamine
reads them as empty), and password protection of every kind: an encrypted
.xlsx (an OLE container with ``EncryptionInfo``), an .xls with a ``FILEPASS``
record, an .ods whose manifest has ``encryption-data``.

Also here: finding the workbook part of an Office Open XML package through its
relationships, so a valid workbook whose parts have non-standard names is read
and not refused.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from planner.followup.actuals.ole import OleError, OleFile

#: A grid larger than this (rows x columns from A1 to the last used cell) is refused:
#: about 700 MB in the reader, far more than any file of actuals needs
#: (300,000 rows x 40 columns fit).
MAX_GRID_CELLS = 12_000_000
_CHUNK = 1024 * 1024
_MAX_SMALL_PART = 20 * 1024 * 1024  # workbook.xml, rels, manifest

OOXML_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
)
_OFFICE_DOC_REL = "/officeDocument"


class ScanError(ValueError):
    """The package structure is broken (the caller words the message)."""


@dataclass
class SheetScan:
    """One sheet's used range from A1 and its formula cells without a stored value."""

    name: str
    rows: int = 0  # last used row (1-based), 0 for an empty sheet
    cols: int = 0  # last used column (1-based)
    uncached_formulas: list[str] = field(default_factory=list)  # first cells, "C2"
    uncached_count: int = 0
    certified: bool = False  # known to be within MAX_GRID_CELLS without measuring it exactly

    @property
    def grid_cells(self) -> int:
        return 0 if self.certified else self.rows * self.cols

    @property
    def last_cell(self) -> str:
        return f"{col_letters(self.cols - 1)}{self.rows}" if self.rows and self.cols else "A1"

    def add_uncached(self, ref: str, count: int = 1) -> None:
        self.uncached_count += count
        if len(self.uncached_formulas) < 10:
            self.uncached_formulas.append(ref)


@dataclass
class WorkbookScan:
    kind: str  # "xlsx", "ods", "xls", "other"
    sheets: dict[str, SheetScan] = field(default_factory=dict)
    encrypted: bool = False


def col_letters(index: int) -> str:
    """0 -> "A", 16383 -> "XFD"."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def col_index(letters: bytes | str) -> int:
    """b"A" -> 1, b"XFD" -> 16384 (1-based)."""
    if isinstance(letters, bytes):
        letters = letters.decode("ascii")
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


# -- Office Open XML ------------------------------------------------------------------


def _read_small(z: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = z.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_SMALL_PART:
        raise ScanError(f"{name} too large")
    with z.open(info) as f:
        return f.read(_MAX_SMALL_PART + 1)[:_MAX_SMALL_PART]


def _parse_xml(data: bytes) -> ET.Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        raise ScanError("DTD in package part")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise ScanError(str(exc)) from exc


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _rels_of(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _resolve(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_part), target))


def _relationships(z: zipfile.ZipFile, part: str) -> list[tuple[str, str, str]]:
    """(id, type, resolved target) of a part's relationships; [] when it has none."""
    data = _read_small(z, _rels_of(part) if part else "_rels/.rels")
    if data is None:
        return []
    out = []
    for el in _parse_xml(data):
        if _local(el.tag) == "Relationship" and el.get("TargetMode", "") != "External":
            out.append((el.get("Id", ""), el.get("Type", ""), _resolve(part or "/", el.get("Target", ""))))
    return out


def ooxml_workbook_part(z: zipfile.ZipFile) -> str | None:
    """The workbook part of a spreadsheet package, found as Office finds it (None: not a workbook).

    The package relationship of type officeDocument names it; [Content_Types].xml
    confirms it is a spreadsheet. The usual name ``xl/workbook.xml`` is only a fallback.
    """
    names = set(z.namelist())
    types: dict[str, str] = {}
    ct = _read_small(z, "[Content_Types].xml")
    if ct is not None:
        for el in _parse_xml(ct):
            if _local(el.tag) == "Override":
                types[el.get("PartName", "").lstrip("/").lower()] = el.get("ContentType", "")
    for _id, typ, target in _relationships(z, ""):
        if typ.endswith(_OFFICE_DOC_REL):
            found = next((n for n in names if n.lower() == target.lower()), None)
            if found and (not types or types.get(found.lower(), "") in OOXML_MAIN_TYPES):
                return found
    for part, typ in types.items():
        if typ in OOXML_MAIN_TYPES:
            found = next((n for n in names if n.lower() == part), None)
            if found:
                return found
    for fallback in ("xl/workbook.xml", "xl/workbook.bin"):
        if fallback in names:
            return fallback
    return None


def _ooxml_sheet_parts(z: zipfile.ZipFile, workbook: str) -> list[tuple[str, str | None]]:
    """(sheet name, part or None) in workbook order."""
    data = _read_small(z, workbook)
    if data is None or workbook.endswith(".bin"):
        return []
    rels = {rid: target for rid, _typ, target in _relationships(z, workbook)}
    names = {n.lower(): n for n in z.namelist()}
    out = []
    for el in _parse_xml(data).iter():
        if _local(el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), "")
        target = rels.get(rid)
        out.append((el.get("name", ""), names.get(target.lower()) if target else None))
    return out


def _stream_chunks(z: zipfile.ZipFile, part: str, max_bytes: int, cut: re.Pattern[bytes]) -> Iterator[bytes]:
    """The part's bytes in chunks that end after a complete element matched by ``cut``."""
    carry = b""
    total = 0
    with z.open(part) as f:
        while True:
            block = f.read(_CHUNK)
            total += len(block)
            if total > max_bytes:
                raise _TooLarge(total)
            if not block:
                if carry:
                    yield carry
                return
            data = carry + block
            end = -1
            tail = max(0, len(data) - 65536)
            while end < 0 and tail >= 0:
                last = None
                for last in cut.finditer(data, tail):  # noqa: B007 - the loop finds the last match
                    pass
                if last is not None:
                    end = last.end()
                elif tail == 0:
                    break
                else:
                    tail = max(0, tail - 4 * 65536)
            if end < 0:
                end = data.rfind(b"<")
                if end <= 0:
                    # One tag or text as long as the chunk or longer (Excel's longest cell text is
                    # 32,767 characters): cut anywhere, a cell's reference could fall between two
                    # chunks and not be measured. A 32 KB .xlsx with a 30 MB attribute before
                    # r="XFD1048576" got past the guard that way and the reader aborted.
                    raise ScanError("an element longer than a chunk")
            yield data[:end]
            carry = data[end:]


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _row_at_least(limit: int) -> bytes:
    """A regex for a row number >= ``limit`` (a digit times a power of ten), or with a leading zero."""
    text = str(limit)
    first, zeros = int(text[0]), len(text) - 1
    alts = [rb"0", rb"[1-9][0-9]{%d,}" % (zeros + 1)]
    if first <= 9:
        alts.append(rb"[%d-9][0-9]{%d}" % (first, zeros))
    return rb"(?:" + rb"|".join(alts) + rb")"


# Cheap certificates that a sheet's grid is small enough, tried in turn: no cell
# reference breaks the row limit or the column pattern of the tier. Each search
# runs in C over the XML without building match objects (about 70 ms for 46 MB).
_TIERS = [
    (1_000_000, rb"[A-Z]{2,3}|[L-Z]"),  # rows < 1,000,000 and columns A-K: 11 M cells
    (600_000, rb"[A-Z]{2,3}|[U-Z]"),  # columns A-T: 12 M
    (400_000, rb"[A-Z]{2,3}"),  # columns A-Z: 10.4 M
    (100_000, rb"[A-Z]{3}|[D-Z][A-Z]"),  # columns A-CZ: 10.4 M
    (10_000, rb"[A-Z]{3}"),  # columns A-ZZ: 7 M
    (700, rb"(?!)"),  # any column: 11.5 M
]
# One literal prefix for the whole pattern (sre then skips to each `<c r="` fast: 0.06 s instead of
# 0.08 s for 30 MB), and no closing quote after the row, so that a row number with a leading zero
# ("K099999999", which the reader takes as row 99,999,999) is caught by the `0` alternative too.
_TIER_RX = [
    re.compile(rb'<c r="(?:(?:' + cols + rb')[0-9]|[A-Z]{1,3}' + _row_at_least(limit) + rb')')
    for limit, cols in _TIERS
]
# The same two questions in one search, for the common chunk that answers no to both: a cell
# element without a reference, or one whose reference is not plainly within the tier (a column
# and a row number of the tier's kind, nothing else, then the closing quote). Each pattern's
# "plainly within" is narrower than its tier's pattern above lets through, never wider (a test
# checks it over the edge cases), so a chunk without a match has neither kind of cell; a chunk
# with one is asked the two questions apart, as before. One negative lookahead per cell instead
# of the tier pattern's alternatives: 0.05 s for a 30 MB sheet instead of 0.13 s for the two.
_TIER_PLAIN = [
    rb'[A-K][1-9][0-9]{0,5}"',  # rows < 1,000,000, columns A-K
    rb'[A-T](?:[1-9][0-9]{0,4}|[1-5][0-9]{5})"',  # rows < 600,000, columns A-T
    rb'[A-Z](?:[1-9][0-9]{0,4}|[1-3][0-9]{5})"',  # rows < 400,000, columns A-Z
    rb'(?:[A-Z]|[A-C][A-Z])[1-9][0-9]{0,4}"',  # rows < 100,000, columns A-CZ
    rb'[A-Z]{1,2}[1-9][0-9]{0,3}"',  # rows < 10,000, columns A-ZZ
    rb'[A-Z]{1,3}(?:[1-9][0-9]?|[1-6][0-9]{2})"',  # rows < 700
]
_TIER_OR_NO_REF = [re.compile(rb'<c(?:>| (?!r="' + plain + rb"))") for plain in _TIER_PLAIN]
# A formula with no value after it: <c r="B2"><f>A1+1</f></c>, <c r="B2"><f t="shared" si="0"/></c>, or
# an empty <v></v> as openpyxl and other generators write (an empty value counts only for a text result, t="str").
_P = rb"(?:[A-Za-z_][\w.-]*:)?"
_UNCACHED_F = re.compile(
    rb"<" + _P + rb"c\s([^>]*)>\s*<" + _P + rb"f\b(?:[^>]*/>|[^>]*>[^<]*</" + _P + rb"f>)\s*"
    rb"(<" + _P + rb"v\s*/>|<" + _P + rb"v></" + _P + rb"v>)?\s*</" + _P + rb"c>"
)
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3}[0-9]{1,9})"')
# A cell element without attributes or whose first one is not its reference: only the exact pass
# places it (one search, 0.03 s for a 30 MB sheet; `<c>` and the counts of `<c ` and `<c r="` were
# three passes, 0.065 s).
_CELL_WITHOUT_REF = re.compile(rb'<c(?:>| (?!r="))')
_XLSX_CUT = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:c|row)>")
# Literal traces of a formula cell closed without a value (compact or pretty-printed XML).
_UNCACHED_HINTS = (b"f></c>", b"f></x:c>", b"/></c>", b"<v/>", b"<v />", b"<v></v>", b"v></", b">\n", b">\r",
                   b"> <", b">\t", b":f ")


def _scan_xlsx_sheet(z: zipfile.ZipFile, part: str, scan: SheetScan, max_bytes: int) -> None:
    tier = 0
    exact = False
    first = True
    prefixed = False
    for chunk in _stream_chunks(z, part, max_bytes, _XLSX_CUT):
        if first:
            first = False
            # Namespace prefixes (<x:c>) or cells without a reference: only the exact pass knows.
            prefixed = exact = b"<sheetData" not in chunk and b"sheetData" in chunk
        if not exact and _TIER_OR_NO_REF[tier].search(chunk):
            if _CELL_WITHOUT_REF.search(chunk):
                exact = True
            while tier < len(_TIER_RX) and _TIER_RX[tier].search(chunk):
                tier += 1
            if tier == len(_TIER_RX):
                exact = True
        # Every formula element starts "<f" (<f>A1</f>, <f t="shared" si="0"/>): one scan of the chunk, not two.
        # A sheet of values has no "f" at all after its first lines: one memchr (1 ms for 8 MB) says so
        # before the two-byte search (8 ms, as "<" is everywhere) has to run.
        has_formula = b"f" in chunk and ((b":f>" in chunk or b":f " in chunk) if prefixed else b"<f" in chunk)
        if has_formula and any(h in chunk for h in _UNCACHED_HINTS):
            for m in _UNCACHED_F.finditer(chunk):
                attrs = m.group(1)
                ref = _CELL_REF.search(attrs)
                if ref is None or (m.group(2) and b't="str"' in attrs):
                    continue  # an empty text result is a stored value
                scan.add_uncached(ref.group(1).decode("ascii"))
    if exact:
        scan.rows, scan.cols = _precise_xlsx_range(z, part, max_bytes)
    else:
        scan.certified = True


def _precise_xlsx_range(z: zipfile.ZipFile, part: str, max_bytes: int) -> tuple[int, int]:
    """Last row and column of cells with content, following rows and cells without ``r`` as Excel does."""
    rows = cols = 0
    row_no = 0
    col_no = 0
    token = re.compile(
        rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*?)(/?)>|<(?:[A-Za-z_][\w.-]*:)?c\b([^>]*?)(/?)>"
        rb"(</(?:[A-Za-z_][\w.-]*:)?c>)?"
    )
    r_attr = re.compile(rb'\br="([A-Z]{0,3})([0-9]{1,9})"')
    for chunk in _stream_chunks(z, part, max_bytes, _XLSX_CUT):
        for m in token.finditer(chunk):
            if m.group(1) is not None:
                ra = r_attr.search(m.group(1))
                row_no = int(ra.group(2)) if ra else row_no + 1
                col_no = 0
                continue
            ra = r_attr.search(m.group(3) or b"")
            if ra and ra.group(1):
                col_no, r = col_index(ra.group(1)), int(ra.group(2))
            else:
                col_no, r = col_no + 1, row_no
            if m.group(4) or m.group(5):
                continue  # only formatted
            rows, cols = max(rows, r), max(cols, col_no)
    return rows, cols


def _verify_xml_parts(z: zipfile.ZipFile, done: set[str], max_bytes: int) -> None:
    """Unpack the other XML parts (shared strings, styles ...) to check their real size and checksum.

    A zip entry may declare a small size and unpack to gigabytes; zipfile stops at
    the declared size and then fails the CRC check, so such a part is refused as
    broken here instead of being unpacked in full by the reader.
    """
    total = 0
    for info in z.infolist():
        if info.filename in done or not info.filename.lower().endswith((".xml", ".rels")):
            continue
        with z.open(info) as f:
            while block := f.read(_CHUNK):
                total += len(block)
                if total > max_bytes:
                    raise _TooLarge(total)


def scan_ooxml(path: Path, max_sheet_bytes: int, wanted: set[str] | None = None) -> WorkbookScan:
    out = WorkbookScan("xlsx")
    try:
        with zipfile.ZipFile(path) as z:
            workbook = ooxml_workbook_part(z)
            if workbook is None:
                raise ScanError("no workbook part")
            scanned = set()
            for name, part in _ooxml_sheet_parts(z, workbook):
                if wanted is not None and name not in wanted:
                    continue
                scan = SheetScan(name)
                if part is not None:
                    _scan_xlsx_sheet(z, part, scan, max_sheet_bytes)
                    scanned.add(part)
                out.sheets[name] = scan
            _verify_xml_parts(z, scanned, max_sheet_bytes)
    except _TooLarge:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError, struct.error) as exc:
        if isinstance(exc, ScanError):
            raise
        raise ScanError(str(exc)) from exc
    return out


# -- OpenDocument -----------------------------------------------------------------------

_ODS_TOKEN = re.compile(
    rb"<table:table(?:\s[^>]*)?>|</table:table>|<table:table-row(?:\s[^>]*)?/?>|</table:table-row>"
    rb"|<table:(?:covered-)?table-cell\b([^>]*?)(/?)>(</table:(?:covered-)?table-cell>)?"
)
_ODS_CUT = re.compile(rb"</table:(?:covered-)?table-cell>|</table:table-row>|/>")
_ROWS_REP = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_COLS_REP = re.compile(rb'table:number-columns-repeated="([0-9]+)"')
_TABLE_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_VALUE_ATTRS = (b"office:value=", b"office:date-value=", b"office:time-value=", b"office:boolean-value=")


def _xml_unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace")
    for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(a, b)
    return text


def _ods_formula_uncached(attrs: bytes) -> bool:
    if b"table:formula=" not in attrs:
        return False
    if b"office:value-type=" not in attrs:
        return True
    if b'office:value-type="string"' in attrs:
        return False
    return not any(a in attrs for a in _ODS_VALUE_ATTRS)


def scan_ods(path: Path, max_bytes: int) -> WorkbookScan:
    out = WorkbookScan("ods")
    try:
        with zipfile.ZipFile(path) as z:
            manifest = _read_small(z, "META-INF/manifest.xml")
            if manifest is not None and b"encryption-data" in manifest:
                out.encrypted = True
                return out
            if "content.xml" not in z.namelist():
                raise ScanError("no content.xml")
            scan: SheetScan | None = None
            row = 0  # rows done in this table
            row_rep = 1
            col = 0
            row_has = 0  # last column with content in the current row
            for chunk in _stream_chunks(z, "content.xml", max_bytes, _ODS_CUT):
                for m in _ODS_TOKEN.finditer(chunk):
                    tok = m.group(0)
                    if m.group(1) is not None:  # a cell
                        attrs = m.group(1)
                        rep_m = _COLS_REP.search(attrs) if b"repeated" in attrs else None
                        rep = int(rep_m.group(1)) if rep_m else 1
                        empty = bool(m.group(2) or m.group(3)) and b"office:value-type" not in attrs and (
                            b"table:formula" not in attrs
                        )
                        if scan is not None and b"table:formula=" in attrs and _ods_formula_uncached(attrs):
                            scan.add_uncached(f"{col_letters(col)}{row + 1}", rep * row_rep)
                        col += rep
                        if not empty:
                            row_has = col
                        continue
                    if tok.startswith(b"<table:table-row"):
                        rep_m = _ROWS_REP.search(tok)
                        row_rep = int(rep_m.group(1)) if rep_m else 1
                        col = row_has = 0
                        if tok.endswith(b"/>"):
                            row += row_rep
                        continue
                    if tok == b"</table:table-row>":
                        row += row_rep
                        if row_has and scan is not None:
                            scan.rows = row
                            scan.cols = max(scan.cols, row_has)
                        continue
                    if tok.startswith(b"<table:table"):
                        nm = _TABLE_NAME.search(tok)
                        name = _xml_unescape(nm.group(1)) if nm else f"Taulukko{len(out.sheets) + 1}"
                        scan = out.sheets.setdefault(name, SheetScan(name))
                        row = 0
                        continue
                    # </table:table>
                    scan = None
    except _TooLarge:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError) as exc:
        if isinstance(exc, ScanError):
            raise
        raise ScanError(str(exc)) from exc
    return out


# -- Excel 97-2003 (.xls) -----------------------------------------------------------------

_BOF, _EOF, _BOUNDSHEET, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x002F
_CELL_RECORDS = {0x0203, 0x00FD, 0x027E, 0x0006, 0x0205, 0x0204, 0x00D6}  # NUMBER LABELSST RK FORMULA ...
_MULRK = 0x00BD


def is_encrypted_ole(ole: OleFile) -> bool:
    names = {n.lower() for n in ole.stream_names()}
    return "encryptedpackage" in names or "encryptioninfo" in names


def scan_xls(path: Path) -> WorkbookScan:
    """Sheets' used ranges from the BIFF cell records; ``encrypted`` for a FILEPASS record."""
    out = WorkbookScan("xls")
    try:
        data = path.read_bytes()
        ole = OleFile(data)
        if is_encrypted_ole(ole):
            out.encrypted = True
            return out
        stream = ole.read_stream("Workbook") or ole.read_stream("Book")
    except (OleError, OSError, struct.error) as exc:
        raise ScanError(str(exc)) from exc
    if stream is None:
        return WorkbookScan("other")
    sheets: list[tuple[int, str]] = []
    pos, n = 0, len(stream)
    unpack = struct.unpack_from
    # globals: sheet names and where their substreams start
    while pos + 4 <= n:
        typ, size = unpack("<HH", stream, pos)
        body = pos + 4
        if typ == _FILEPASS:
            out.encrypted = True
            return out
        if typ == _BOUNDSHEET and size >= 8:
            offset, _state, dt, cch, flags = unpack("<IBBBB", stream, body)
            raw = stream[body + 8: body + size]
            name = raw[: cch * 2].decode("utf-16-le", "replace") if flags & 1 else raw[:cch].decode("latin-1")
            if dt == 0:  # a worksheet
                sheets.append((offset, name))
        pos = body + size
        if typ == _EOF:
            break
    for offset, name in sheets:
        scan = SheetScan(name)
        out.sheets[name] = scan
        p = offset
        depth = 0
        rows = cols = 0
        while p + 4 <= n:
            typ, size = unpack("<HH", stream, p)
            body = p + 4
            p = body + size
            if typ == _BOF:
                depth += 1
            elif typ == _EOF:
                depth -= 1
                if depth <= 0:
                    break
            elif depth == 1 and size >= 4 and (typ in _CELL_RECORDS or typ == _MULRK):
                r, c = unpack("<HH", stream, body)
                if typ == _MULRK and size >= 6:
                    c = unpack("<H", stream, body + size - 2)[0]
                if r + 1 > rows:
                    rows = r + 1
                if c + 1 > cols:
                    cols = c + 1
        scan.rows, scan.cols = rows, cols
    return out
