"""CSV files of actuals read in chunks with pandas' C parser (imported lazily).

Why pandas: the pure-Python ``csv`` module over a decoded copy of the whole file
took about 4x the time of ``pandas.read_csv`` and held the file three times in
memory (bytes, text, cells). Here the file is never decoded as a whole: its
first block tells the encoding, pandas decodes the rest strictly as it parses
(see :func:`head_encoding`), in chunks of
:data:`CHUNK_ROWS` rows as strings (``dtype=object`` without NA guessing: Python strings), so a cell is
what was written, exactly as the ``csv`` module gave it. Equal strings in a chunk
share one object (pandas' string boxing), which keeps a PxWeb file's repeated
area and month texts cheap.

All rows are read, up to :data:`MAX_CSV_ROWS`; a file whose first lines say it is
near that many is counted before reading, and the reading stops at the limit, so
a larger file is refused with a Finnish message before any row is used, never
cut silently. A file pandas cannot parse
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

#: Rows pandas parses in one call. Each call allocates and frees its own buffers, and fresh
#: memory costs page faults: a 1,000,000-row file read in chunks of 250,000 rows touched
#: 50 MB more than in one call (41,600 faults against 28,200, ~0.05 s of system time) for
#: no gain in peak memory, since every chunk is kept. Progress is told per chunk.
CHUNK_ROWS = 1_000_000
MAX_CSV_ROWS = 2_000_000
_BLOCK = 1 << 20


def head_encoding(head: bytes) -> tuple[str, str]:
    """(codec for pandas, name to show) as the file's first block tells it.

    A BOM decides (UTF-8 or UTF-16). Without one, a first block that is not UTF-8
    (a letter cut by the block's end is not a fault) is Windows-1252; otherwise the
    file is read as UTF-8 and :func:`read_rows` checks the rest as it reads: pandas
    decodes every cell strictly, and the first byte that is not UTF-8 makes it read
    the file again as Windows-1252. The file is not read a second time to check it
    (0.05 s of a 40 MB file, a tenth of pandas' parse).
    """
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "UTF-8 (BOM)"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", "UTF-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)
    except UnicodeDecodeError:
        return "cp1252", "Windows-1252"
    return "utf-8", "UTF-8"


def estimated_lines(size: int, head: bytes) -> int:
    """The file's lines as its first block's line length tells (for progress, and whether to count them)."""
    if len(head) >= size:
        return head.count(b"\n") + (not head.endswith(b"\n"))
    return max(1, round(size * max(1, head.count(b"\n")) / max(1, len(head))))


def count_lines(path: Path) -> int:
    """Lines of the file (a last line without a newline counts), a block at a time."""
    n = 0
    last = b"\n"
    with open(path, "rb") as f:
        while block := f.read(_BLOCK):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")


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
    """The rows of a CSV file held as pandas' columns (object arrays of strings), a row made as a list when asked.

    Turning all of a 1,000,000-row file into Python lists took longer than pandas' parse
    itself (0.47 s vs 0.30 s) and held a list per row; a national PxWeb table keeps a
    handful of its ~300 areas. Here a row is a list only when something reads it:
    ``rows[i]``, slices and iteration give the same lists of strings as before, and
    :meth:`column` gives one column as an array for vectorised work (the import's area
    filter, :func:`planner.followup.actuals.importer.extract_records`).

    Each chunk is kept as its columns, the arrays pandas made (no copy): making a chunk
    one two-dimensional array (``DataFrame.to_numpy``) copied every cell once more,
    0.05 s at 1,000,000 rows. Rows are put together from the columns when read.
    """

    __slots__ = ("_chunks", "_n", "_size", "width")

    def __init__(self, chunks: list[list], width: int) -> None:
        self._size = len(chunks[0][0]) if chunks else CHUNK_ROWS
        if any(len(cols[0]) != self._size for cols in chunks[:-1]) or self._size == 0:
            import numpy as np  # chunks of uneven size (not what pandas gives): one chunk

            chunks = [[np.concatenate([cols[c] for cols in chunks]) for c in range(width)]] if chunks else []
            self._size = max(1, len(chunks[0][0])) if chunks else CHUNK_ROWS
        self._chunks = chunks  # per chunk, ``width`` object arrays of ``_size`` cells (the last may be shorter)
        self._n = sum(len(cols[0]) for cols in chunks)
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
        j = i % self._size
        return [col[j] for col in self._chunks[i // self._size]]

    @staticmethod
    def _lists(cols: list) -> list[list[str]]:
        """Rows of the given column pieces (equal lengths) as lists, at C speed."""
        import numpy as np

        return np.stack(cols, axis=1).tolist()

    def rows_between(self, start: int, stop: int) -> list[list[str]]:
        """Rows ``start`` to ``stop`` (exclusive) as lists, a chunk at a time."""
        out: list[list[str]] = []
        while start < stop:
            cols = self._chunks[start // self._size]
            lo = start % self._size
            hi = min(len(cols[0]), lo + (stop - start))
            out.extend(self._lists([c[lo:hi] for c in cols]))
            start += hi - lo
        return out

    def __iter__(self) -> Iterator[list[str]]:
        for cols in self._chunks:
            yield from self._lists(cols)

    def iter_from(self, start: int) -> Iterator[list[str]]:
        """The rows from ``start`` on, a chunk turned into lists at a time."""
        first = start // self._size
        for k in range(first, len(self._chunks)):
            cols = self._chunks[k]
            yield from self._lists([c[start % self._size:] for c in cols] if k == first else cols)

    def take(self, indices: list[int]) -> list[list[str]]:
        """The rows at ``indices`` (ascending) as lists."""
        out: list[list[str]] = []
        by_chunk: dict[int, list[int]] = {}
        for i in indices:
            by_chunk.setdefault(i // self._size, []).append(i % self._size)
        for k, local in by_chunk.items():
            out.extend(self._lists([c[local] for c in self._chunks[k]]))
        return out

    def cells(self, col: int, indices) -> list:
        """Cells of one column at the given row indices (an ascending numpy array), as a list."""
        import numpy as np

        out: list = []
        bounds = np.searchsorted(indices, np.arange(1, len(self._chunks)) * self._size)
        for k, part in enumerate(np.split(indices, bounds)):
            if len(part):
                out.extend(self._chunks[k][col][part - k * self._size].tolist())
        return out

    def is_empty(self, col: int, start: int = 0):
        """Which cells of one column (from row ``start`` on) are "", as one bool array: a chunk at a time, no copy of the cells."""
        import numpy as np

        first = start // self._size
        parts = [(cols[col][start % self._size:] if k == first else cols[col]) == ""
                 for k, cols in enumerate(self._chunks) if k >= first]
        return np.concatenate(parts) if parts else np.array([], dtype=bool)

    def column(self, col: int, start: int = 0):
        """Cells of one column from row ``start`` on, as one object array (numpy; a view when one chunk holds them)."""
        import numpy as np

        first = start // self._size
        parts = [cols[col][start % self._size:] if k == first else cols[col]
                 for k, cols in enumerate(self._chunks) if k >= first]
        if len(parts) == 1:
            return parts[0]
        return np.concatenate(parts) if parts else np.array([], dtype=object)


def read_rows(path: Path, encoding: str, delim: str, head_text: str, progress=None) -> tuple[ColumnRows, str]:
    """Every row of the file ("" for an empty cell), held as columns, and the codec it was read with.

    ``encoding`` "utf-8" is checked as the file is read (see :func:`head_encoding`): a byte
    that is not UTF-8 anywhere makes the file Windows-1252, as a check of the whole file
    before reading did. More than :data:`MAX_CSV_ROWS` rows stops the reading with
    :func:`too_many_rows`. Raises ValueError when pandas cannot parse the file.
    """
    try:
        return _read_chunks(path, encoding, delim, head_text, progress), encoding
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise
    return _read_chunks(path, "cp1252", delim, head_text, progress), "cp1252"


def _read_chunks(path: Path, encoding: str, delim: str, head_text: str, progress) -> ColumnRows:
    import pandas as pd

    width = _width(head_text, delim)
    chunks: list = []
    n = 0
    reader = pd.read_csv(
        path, sep=delim, header=None, names=range(width), dtype=object, keep_default_na=False, na_filter=False,
        skip_blank_lines=False, encoding=encoding, encoding_errors="strict" if encoding == "utf-8" else "replace",
        engine="c", quotechar='"', chunksize=CHUNK_ROWS, skipinitialspace=False,
    )
    with reader:
        for chunk in reader:
            n += len(chunk)
            if n > MAX_CSV_ROWS:
                raise too_many_rows(path, count_lines(path))
            chunks.append([chunk[c].to_numpy() for c in range(width)])  # the parser's arrays, not copied
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
