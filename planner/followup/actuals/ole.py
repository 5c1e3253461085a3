"""A small reader of OLE compound files (.xls, encrypted Office files): stream names and contents.

Only what the actuals import needs before handing a file to the spreadsheet
reader: the names of the streams (an encrypted .xlsx is an OLE container with
``EncryptionInfo`` and ``EncryptedPackage``) and the bytes of the ``Workbook``
stream of an .xls, to look for the password record and the used range of each
sheet without building the sheet in memory. Every chain is bounded, so a
broken or hostile file raises :class:`OleError` instead of looping or
allocating without end.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_MAX_STREAM_BYTES = 256 * 1024 * 1024


class OleError(ValueError):
    """The compound file is broken (the caller words the message for the user)."""


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


class OleFile:
    """The directory and streams of one compound file held in memory."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC) or len(data) < 512:
            raise OleError("not an OLE file")
        self.data = data
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        mini_shift = struct.unpack_from("<H", data, 0x20)[0]
        if shift not in (9, 12) or mini_shift != 6:
            raise OleError("bad sector size")
        self.sector = 1 << shift
        self.mini_sector = 1 << mini_shift
        n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
        self.mini_cutoff = struct.unpack_from("<I", data, 0x38)[0]
        first_minifat, n_minifat, first_difat, n_difat = struct.unpack_from("<IIII", data, 0x3C)
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s not in (_FREE, _END)]
        sid, guard = first_difat, 0
        while sid not in (_FREE, _END) and guard < n_difat + 1 and len(fat_sectors) < n_fat:
            block = self._sector_bytes(sid)
            words = struct.unpack(f"<{self.sector // 4}I", block)
            fat_sectors.extend(s for s in words[:-1] if s not in (_FREE, _END))
            sid, guard = words[-1], guard + 1
        fat_bytes = b"".join(self._sector_bytes(s) for s in fat_sectors[:n_fat])
        self.fat = struct.unpack(f"<{len(fat_bytes) // 4}I", fat_bytes)
        self.entries = self._read_directory(self._chain_bytes(first_dir, self.fat, self.sector, None))
        root = self.entries[0] if self.entries else None
        if root is None:
            raise OleError("no root entry")
        self._ministream = self._chain_bytes(root.start, self.fat, self.sector, root.size) if root.size else b""
        minifat_bytes = (
            self._chain_bytes(first_minifat, self.fat, self.sector, None) if n_minifat and first_minifat != _END else b""
        )
        self.minifat = struct.unpack(f"<{len(minifat_bytes) // 4}I", minifat_bytes)

    def _sector_bytes(self, sid: int) -> bytes:
        off = (sid + 1) * self.sector
        if sid >= _END - 16 or off + self.sector > len(self.data) + self.sector:
            raise OleError("sector outside the file")
        block = self.data[off:off + self.sector]
        return block.ljust(self.sector, b"\0")

    def _chain_bytes(self, start: int, fat: tuple[int, ...], size: int, length: int | None,
                     source: bytes | None = None) -> bytes:
        out = bytearray()
        sid, seen = start, 0
        limit = len(fat) + 1
        want = _MAX_STREAM_BYTES if length is None else min(length, _MAX_STREAM_BYTES)
        while sid not in (_FREE, _END) and len(out) < want:
            if sid >= len(fat) or seen > limit:
                raise OleError("broken sector chain")
            if source is None:
                out += self._sector_bytes(sid)
            else:
                out += source[sid * size:(sid + 1) * size]
            sid, seen = fat[sid], seen + 1
        return bytes(out[:want]) if length is not None else bytes(out)

    @staticmethod
    def _read_directory(raw: bytes) -> list[_Entry]:
        out = []
        for off in range(0, len(raw) - 127, 128):
            name_len = struct.unpack_from("<H", raw, off + 64)[0]
            kind = raw[off + 66]
            start, size = struct.unpack_from("<IQ", raw, off + 116)
            name = raw[off:off + max(0, min(name_len, 64) - 2)].decode("utf-16-le", errors="replace")
            out.append(_Entry(name, kind, start, size))
        return out

    def stream_names(self) -> list[str]:
        return [e.name for e in self.entries if e.kind == 2]

    def read_stream(self, name: str) -> bytes | None:
        """The bytes of the first stream with this name (case-insensitive), or None."""
        for e in self.entries:
            if e.kind == 2 and e.name.lower() == name.lower():
                if e.size < self.mini_cutoff:
                    return self._chain_bytes(e.start, self.minifat, self.mini_sector, e.size, self._ministream)
                return self._chain_bytes(e.start, self.fat, self.sector, e.size)
        return None
