"""CSV files of actuals read in chunks with pandas' C parser (imported lazily).

Why pandas: the pure-Python ``csv`` module over a decoded copy of the whole file
took about 4x the time of ``pandas.read_csv`` and held the file three times in
memory (bytes, text, cells). Here the file is never decoded as a whole: its
encoding is checked block by block, and pandas parses it in chunks of
:data:`CHUNK_ROWS` rows as strings (``dtype=object`` without NA guessing: Python strings), so a cell is
what was written, exactly as the ``csv`` module gave it. Equal strings in a chunk
share one object (pandas' string boxing), which keeps a PxWeb file's repeated
area and month texts cheap.

All rows are read, up to :data:`MAX_CSV_ROWS`; that limit is checked before any
row is kept (the file's line count), so a larger file is refused up front with
a Finnish message instead of being cut silently. A file pandas cannot parse
(uneven quoting, more cells on a row than in the first lines) falls back to the
``csv`` module, which reads anything.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from planner.followup.actuals.errors import ActualsError
from planner.messages import msg

CHUNK_ROWS = 250_000
MAX_CSV_ROWS = 2_000_000
_BLOCK = 1 << 20


def encoding_and_lines(path: Path, head: bytes) -> tuple[str, str, int]:
    """(codec for pandas, name to show, number of lines), in one pass over the file.

    UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252: the whole file is
    checked as UTF-8 block by block (no copy of it is kept). The lines are counted in the
    same blocks (a last line without a newline counts): the file is read once, not twice.
    """
    if head.startswith(b"\xef\xbb\xbf"):
        codec, name = "utf-8-sig", "UTF-8 (BOM)"
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec, name = "utf-16", "UTF-16"
    else:
        codec, name = "utf-8", "UTF-8"
    dec = codecs.getincrementaldecoder("utf-8")() if codec == "utf-8" else None
    n = 0
    last = b"\n"
    with open(path, "rb") as f:
        while block := f.read(_BLOCK):
            n += block.count(b"\n")
            last = block[-1:]
            if dec is not None:
                try:
                    dec.decode(block)
                except UnicodeDecodeError:
                    codec, name, dec = "cp1252", "Windows-1252", None
    if dec is not None:
        try:
            dec.decode(b"", final=True)
        except UnicodeDecodeError:
            codec, name = "cp1252", "Windows-1252"
    return codec, name, n + (last != b"\n")


def _width(head_text: str, delim: str) -> int:
    """The most cells on any of the first lines (pandas needs the row width up front)."""
    width = 1
    try:
        for i, row in enumerate(csv.reader(io.StringIO(head_text, newline=""), delimiter=delim)):
            width = max(width, len(row))
            if i > 2000:
                break
    except csv.Error:
        pass
    return width


class ColumnRows(Sequence[list[str]]):
    """The rows of a CSV file held as pandas' chunks (object arrays of strings), a row made as a list when asked.

    Turning all of a 1,000,000-row file into Python lists took longer than pandas' parse
    itself (0.47 s vs 0.30 s) and held a list per row; a national PxWeb table keeps a
    handful of its ~300 areas. Here a row is a list only when something reads it:
    ``rows[i]``, slices and iteration give the same lists of strings as before, and
    :meth:`column` gives one column as an array for vectorised work (the import's area
    filter, :func:`planner.followup.actuals.importer.extract_records`).
    """

    __slots__ = ("_chunks", "_n", "_size", "width")

    def __init__(self, chunks: list, width: int) -> None:
        self._size = len(chunks[0]) if chunks else CHUNK_ROWS
        if any(len(a) != self._size for a in chunks[:-1]) or self._size == 0:
            import numpy as np  # chunks of uneven size (not what pandas gives): one chunk

            chunks = [np.concatenate(chunks)] if chunks else []
            self._size = max(1, len(chunks[0])) if chunks else CHUNK_ROWS
        self._chunks = chunks  # 2-D object arrays of ``_size`` rows each (the last may be shorter)
        self._n = sum(len(a) for a in chunks)
        self.width = width

    def __len__(self) -> int:
        return self._n

    def __eq__(self, other: object) -> bool:
        """Equal to the same rows held as lists (RawSheet is a dataclass: its equality compares rows)."""
        if isinstance(other, ColumnRows | list):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # unhashable, like the list it stands for

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self._n)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return self.rows_between(start, stop)
        i = key.__index__()
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("row index out of range")
        return self._chunks[i // self._size][i % self._size].tolist()

    def rows_between(self, start: int, stop: int) -> list[list[str]]:
        """Rows ``start`` to ``stop`` (exclusive) as lists, a chunk at a time."""
        out: list[list[str]] = []
        while start < stop:
            chunk = self._chunks[start // self._size]
            lo = start % self._size
            hi = min(len(chunk), lo + (stop - start))
            out.extend(chunk[lo:hi].tolist())
            start += hi - lo
        return out

    def __iter__(self) -> Iterator[list[str]]:
        for chunk in self._chunks:
            yield from chunk.tolist()

    def iter_from(self, start: int) -> Iterator[list[str]]:
        """The rows from ``start`` on, a chunk turned into lists at a time."""
        for k in range(start // self._size, len(self._chunks)):
            chunk = self._chunks[k]
            yield from (chunk[start % self._size:] if k == start // self._size else chunk).tolist()

    def take(self, indices: list[int]) -> list[list[str]]:
        """The rows at ``indices`` (ascending) as lists."""
        out: list[list[str]] = []
        by_chunk: dict[int, list[int]] = {}
        for i in indices:
            by_chunk.setdefault(i // self._size, []).append(i % self._size)
        for k, local in by_chunk.items():
            out.extend(self._chunks[k][local].tolist())
        return out

    def column(self, col: int, start: int = 0):
        """Cells of one column from row ``start`` on, as one object array (numpy)."""
        import numpy as np

        first = start // self._size
        parts = [a[start % self._size:, col] if k == first else a[:, col]
                 for k, a in enumerate(self._chunks) if k >= first]
        return np.concatenate(parts) if parts else np.array([], dtype=object)


def read_rows(path: Path, encoding: str, delim: str, head_text: str, progress=None) -> ColumnRows:
    """Every row of the file ("" for an empty cell), held as columns; raises ValueError when pandas cannot."""
    import pandas as pd

    width = _width(head_text, delim)
    chunks: list = []
    n = 0
    reader = pd.read_csv(
        path, sep=delim, header=None, names=range(width), dtype=object, keep_default_na=False, na_filter=False,
        skip_blank_lines=False, encoding=encoding, encoding_errors="replace", engine="c", quotechar='"',
        chunksize=CHUNK_ROWS, skipinitialspace=False,
    )
    with reader:
        for chunk in reader:
            chunks.append(chunk.to_numpy(dtype=object))
            n += len(chunk)
            if progress:
                progress(n)
    return ColumnRows(chunks, width)


def too_many_rows(path: Path, n: int) -> ActualsError:
    return ActualsError.of(
        msg("csv_too_many_rows", rows=f"{n:,}".replace(",", "\u00a0"),
            limit=f"{MAX_CSV_ROWS:,}".replace(",", "\u00a0")),
        path,
        hint="Suodata tiedosto (esim. vain ohjelman kunnat tai vuodet) tai jaa se pienempiin osiin.",
    )
