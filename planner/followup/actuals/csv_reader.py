"""CSV files of actuals read in chunks with pandas' C parser (imported lazily).

Why pandas: the pure-Python ``csv`` module over a decoded copy of the whole file
took about 4x the time of ``pandas.read_csv`` and held the file three times in
memory (bytes, text, cells). Here the file is never decoded as a whole: its
encoding is checked block by block, and pandas parses it in chunks of
:data:`CHUNK_ROWS` rows as strings (``dtype=str``, no NA guessing), so a cell is
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
from pathlib import Path

from planner.followup.actuals.errors import ActualsError
from planner.messages import msg

CHUNK_ROWS = 100_000
MAX_CSV_ROWS = 2_000_000
_BLOCK = 1 << 20


def detect_encoding(path: Path, head: bytes) -> tuple[str, str]:
    """(codec for pandas, name to show): UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.

    The whole file is checked as UTF-8 block by block (no copy of it is kept).
    """
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "UTF-8 (BOM)"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", "UTF-16"
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as f:
            while block := f.read(_BLOCK):
                dec.decode(block)
            dec.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252", "Windows-1252"
    return "utf-8", "UTF-8"


def count_lines(path: Path) -> int:
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


def read_rows(path: Path, encoding: str, delim: str, head_text: str, progress=None) -> list[list[str]]:
    """Every row of the file as lists of strings ("" for an empty cell); raises ValueError when pandas cannot."""
    import pandas as pd

    width = _width(head_text, delim)
    rows: list[list[str]] = []
    reader = pd.read_csv(
        path, sep=delim, header=None, names=range(width), dtype=str, keep_default_na=False, na_filter=False,
        skip_blank_lines=False, encoding=encoding, encoding_errors="replace", engine="c", quotechar='"',
        chunksize=CHUNK_ROWS, skipinitialspace=False,
    )
    with reader:
        for chunk in reader:
            rows.extend(chunk.to_numpy(dtype=object).tolist())
            if progress:
                progress(len(rows))
    return rows


def too_many_rows(path: Path, n: int) -> ActualsError:
    return ActualsError.of(
        msg("csv_too_many_rows", rows=f"{n:,}".replace(",", "\u00a0"),
            limit=f"{MAX_CSV_ROWS:,}".replace(",", "\u00a0")),
        path,
        hint="Suodata tiedosto (esim. vain ohjelman kunnat tai vuodet) tai jaa se pienempiin osiin.",
    )
