"""Workbooks built byte by byte for the hostile-file tests: hand-written sheet XML in a zip, an OLE container.

Nothing here uses a spreadsheet library, so each file is exactly as odd as the
test needs: a value at XFD1048576, a ``<dimension>`` that lies, cells without
references, parts with non-standard names, formulas saved without values,
repeated rows in an .ods, password-protected files of every kind.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
from pathlib import Path

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def num(ref: str, value: float) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def xlsx(path: Path, sheet_data: str, *, workbook: str = "xl/workbook.xml", sheet: str = "xl/worksheets/sheet1.xml",
         sheet_name: str = "Data", dimension: str = "A1", prefix: str = "") -> Path:
    """A minimal valid workbook whose only sheet holds ``sheet_data`` (the inside of <sheetData>)."""
    wb_dir = posixpath.dirname(workbook)
    target = posixpath.relpath(sheet, wb_dir or ".")
    wb_rels = posixpath.join(wb_dir, "_rels", posixpath.basename(workbook) + ".rels")
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{MAIN_NS}"' if prefix else f'xmlns="{MAIN_NS}"'
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/{workbook}" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/{sheet}" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{REL_NS}">'
            f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="{workbook}"/></Relationships>'),
        workbook: (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN_NS}" '
            f'xmlns:r="{DOC_REL}"><sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        wb_rels: (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{REL_NS}">'
            f'<Relationship Id="rId1" Type="{DOC_REL}/worksheet" Target="{target}"/></Relationships>'),
        sheet: (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{p}worksheet {xmlns}>'
            f'<{p}dimension ref="{dimension}"/><{p}sheetData>{sheet_data}</{p}sheetData></{p}worksheet>'),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


def actuals_rows(indicator: str = "Palkkatukijaksot") -> str:
    """A small long-form sheet of actuals: Mittari | Kuukausi | Arvo, January to March 2026."""
    rows = [f'<row r="1">{inline("A1", "Mittari")}{inline("B1", "Kuukausi")}{inline("C1", "Arvo")}</row>']
    for i, month in enumerate(("1/2026", "2/2026", "3/2026"), start=2):
        rows.append(f'<row r="{i}">{inline(f"A{i}", indicator)}{inline(f"B{i}", month)}{num(f"C{i}", 10 + i)}</row>')
    return "".join(rows)


ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>{extra}'
    "</manifest:manifest>"
)
ODS_ENCRYPTED_ENTRY = (
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="999">'
    '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
    'manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
    'manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry>'
)


def ods_cell_text(text: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def ods_cell_number(x: float) -> str:
    return f'<table:table-cell office:value-type="float" office:value="{x}"><text:p>{x}</text:p></table:table-cell>'


def ods(path: Path, table_body: str, *, encrypted: bool = False, name: str = "Data") -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="{name}">{table_body}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", ODS_MANIFEST.format(extra=ODS_ENCRYPTED_ENTRY if encrypted else ""))
        z.writestr("content.xml", b"\x8f\x01garbled" * 40 if encrypted else content.encode(),
                   compress_type=zipfile.ZIP_DEFLATED)
    return path


# -- OLE compound file ------------------------------------------------------------------------

_END, _FREE, _FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def ole(path: Path, streams: dict[str, bytes]) -> Path:
    """A compound file (version 3, 512-byte sectors) holding ``streams``, each padded to 4096 bytes."""
    sector = 512
    names = list(streams)
    data = [streams[n].ljust(max(4096, -(-len(streams[n]) // sector) * sector), b"\0") for n in names]
    n_dir_entries = 1 + len(names)
    dir_sectors = -(-n_dir_entries * 128 // sector)
    stream_sectors = [len(d) // sector for d in data]
    total_data = dir_sectors + sum(stream_sectors)
    fat_sectors = 1
    while fat_sectors * (sector // 4) < fat_sectors + total_data:
        fat_sectors += 1
    fat = [_FATSECT] * fat_sectors
    first_dir = len(fat)
    fat += [first_dir + i + 1 for i in range(dir_sectors - 1)] + [_END]
    starts = []
    for count in stream_sectors:
        start = len(fat)
        starts.append(start)
        fat += [start + i + 1 for i in range(count - 1)] + [_END]
    fat += [_FREE] * (fat_sectors * (sector // 4) - len(fat))

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBBIII", len(raw), kind, 1, _FREE, right, child)
                + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", start, size))

    directory = entry("Root Entry", 5, _FREE, 1 if names else _FREE, _END, 0)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else _FREE
        directory += entry(name, 2, right, _FREE, starts[i], len(data[i]))  # >= 4096: no mini stream
    directory = directory.ljust(dir_sectors * sector, b"\0")
    difat = list(range(fat_sectors)) + [_FREE] * (109 - fat_sectors)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIII", 0, fat_sectors, first_dir, 0)
              + struct.pack("<IIIII", 4096, _END, 0, _END, 0) + struct.pack("<109I", *difat))
    body = struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(data)
    path.write_bytes(header + body)
    return path


def _record(typ: int, body: bytes) -> bytes:
    return struct.pack("<HH", typ, len(body)) + body


def biff_workbook(cells: list[tuple[int, int, float]], *, password: bool = False, sheet: str = "Data") -> bytes:
    """A BIFF8 Workbook stream: globals (BOF, [FILEPASS], BOUNDSHEET, EOF) and one sheet of NUMBER cells."""
    bof_globals = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06))
    filepass = _record(0x002F, struct.pack("<HHH", 1, 1, 2) + b"\x11" * 48) if password else b""
    name = sheet.encode("latin-1")

    def boundsheet(offset: int) -> bytes:
        return _record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(name), 0) + name)

    eof = _record(0x000A, b"")
    offset = len(bof_globals) + len(filepass) + len(boundsheet(0)) + len(eof)
    sheet_bytes = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x06))
    for row, col, value in cells:
        sheet_bytes += _record(0x0203, struct.pack("<HHHd", row, col, 0x0F, value))
    sheet_bytes += eof
    return bof_globals + filepass + boundsheet(offset) + eof + sheet_bytes


def declare_size(path: Path, part: str, size: int) -> None:
    """Make the zip headers of ``part`` declare ``size`` unpacked bytes (a zip bomb's lie)."""
    import struct as st

    data = bytearray(path.read_bytes())
    name = part.encode()
    for sig, name_len_at, header_len, size_at in ((b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)):
        i = 0
        while (i := data.find(sig, i)) != -1:
            n = st.unpack_from("<H", data, i + name_len_at)[0]
            if data[i + header_len:i + header_len + n] == name:
                st.pack_into("<I", data, i + size_at, size)
            i += 4
    path.write_bytes(bytes(data))
